import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, refused, shown } from '../support/answers.js';
import { pdfText, printedCode } from '../support/pdf.js';
import { theftFir } from '../support/fir-bodies.js';

const PUNE = 'MH-PUN-PS01';
const IMEI = '490154203237518';
const IMEI_SPACED = '49 015420 323751 8';

/** A lost phone and an Aadhaar card, as the Baramati writer registers it; `over` replaces parts. */
function lostBody(over: Record<string, unknown> = {}) {
  return {
    stationCode: PUNE,
    informant: { person: { name: 'Savita Jagtap', gender: 'female', birthDate: '1990-05-17', phones: ['+91 98220 44444'] } },
    lostAt: '2026-06-30T18:00:00+05:30',
    lostPlace: 'Baramati bus stand',
    articles: [
      { kind: 'mobile_phone', description: 'Black Redmi Note 12', mobilePhone: { imei: IMEI_SPACED, make: 'Xiaomi', model: 'Redmi Note 12' } },
      { kind: 'document', description: 'Aadhaar card', document: { type: 'Aadhaar', number: 'XXXX XXXX 1234', issuer: 'UIDAI' } },
    ],
    circumstances: 'Left on the seat of the Pune bus.',
    ...over,
  };
}

function foundBody(over: Record<string, unknown> = {}) {
  return {
    stationCode: PUNE,
    article: { kind: 'mobile_phone', description: 'Black Redmi phone, cracked screen', mobilePhone: { imei: IMEI } },
    foundAt: '2026-07-01T08:00:00+05:30',
    foundPlace: 'Platform 2, Baramati bus stand',
    handedInBy: { person: { name: 'Rafiq Shaikh', gender: 'male', age: 40 } },
    depositedBy: 'HC Sunil More',
    receivedBy: 'ASI Malkhana Jadhav',
    ...over,
  };
}

const order = (over: Record<string, unknown> = {}) => ({ date: '2026-07-01', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Misc. 41/2026', ...over });

describe(`lost article reports and found property (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  const events = () => eventCount(server);
  const moveTo = (iso: string) => clock.advance((Date.parse(iso) - clock.now().getTime()) / 1000);
  const pdfOf = async (username: string, url: string) => {
    const token = (await server.node.tokens.create((await server.node.users.byUsername(username))!.id, 'print', null, 'test')).token;
    const r = await server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-type']), /application\/pdf/);
    return pdfText(r.rawPayload);
  };
  let lostId = '';
  let foundId = '';

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('a lost article report: GD entry first, numbered per station and year, its phone checks as lost', async () => {
    const writer = await as('writer.pune1');
    const r = ok(await writer.post('/api/v1/lost-reports', lostBody()), 201);
    lostId = r.body.id;
    assert.equal(r.body.number, `${PUNE}/2026/LAR00001`);
    assert.equal(r.body.status, 'lost');
    assert.equal(r.body.articles[0]!.mobilePhone!.imei, IMEI, 'the IMEI is kept in its one writing');
    assert.equal(shown(r.body.informant).name, 'Savita Jagtap');
    const gd = (await server.node.gd.get(r.body.gdEntry!.id))!;
    assert.equal(gd.kind, 'lost_article_reported');
    assert.match(gd.text, /LAR00001/);
    const second = ok(await writer.post('/api/v1/lost-reports', lostBody({ articles: [{ kind: 'bag', description: 'Brown leather wallet' }] })), 201);
    assert.equal(second.body.number, `${PUNE}/2026/LAR00002`, 'numbers follow without a gap');

    // The check, from anywhere in the state: lost, not stolen; the public part names no person.
    const check = ok(await (await as('sho.nashik1')).get(`/api/v1/stolen-property/check?imei=${encodeURIComponent(IMEI_SPACED)}`));
    assert.equal(check.body.state, 'lost');
    assert.deepEqual(
      check.body.lostReports.map((l) => [l.state, l.number]),
      [['lost', `${PUNE}/2026/LAR00001`]],
    );
    assert.deepEqual(check.body.lostRecords, [], 'outside the jurisdiction: no record');
    assert.doesNotMatch(JSON.stringify(check.body), /Savita/);
    const inside = ok(await writer.get(`/api/v1/stolen-property/check?imei=${IMEI}`));
    assert.deepEqual(inside.body.lostRecords, [{ type: 'lost_report', id: lostId, number: `${PUNE}/2026/LAR00001` }]);
  });

  test('impossible reports are refused with the field named, nothing written', async () => {
    const writer = await as('writer.pune1');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ lostAt: '2026-07-02T10:00:00+05:30' }, 'lostAt', /future/],
      [{ lostAt: '1989-01-01T10:00:00+05:30' }, 'lostAt', /date of birth/],
      [{ informant: { person: { name: 'Old Man', age: 30 } }, lostAt: '1980-01-01T10:00:00+05:30' }, 'lostAt', /before the informant was born/],
      [{ reportedAt: '2026-06-29T10:00:00+05:30' }, 'lostAt', /after the report/],
      [{ articles: [{ kind: 'mobile_phone', description: 'A phone', mobilePhone: { imei: '490154203237519' } }] }, 'articles.0.mobilePhone.imei', /check digit/],
      [{ articles: [{ kind: 'mobile_phone', description: 'A phone' }] }, 'articles.0.mobilePhone', /IMEI/],
      [{ articles: [{ kind: 'spaceship', description: 'A ship' }] }, 'articles.0.kind', /must be one of/],
      [{ articles: [{ kind: 'document', description: 'PAN card' }] }, 'articles.0.document', /number/],
      [{ articles: [] }, 'articles', /at least one/],
    ];
    for (const [over, path, message] of cases) {
      const before = await events();
      const r = refused(await writer.post('/api/v1/lost-reports', lostBody(over)), 400, JSON.stringify(over));
      const err = r.body.errors!.find((e) => e.path === path);
      assert.ok(err, `${path} named in ${JSON.stringify(r.body.errors)}`);
      assert.match(err.message, message);
      assert.equal(await events(), before, `nothing written for ${JSON.stringify(over)}`);
    }
  });

  test('the acknowledgement in English and Hindi, with a verification code that checks', async () => {
    const en = await pdfOf('writer.pune1', `/api/v1/lost-reports/${lostId}/report.pdf?lang=en`);
    assert.match(en, /LOST ARTICLE REPORT/);
    assert.match(en, /490154203237518/);
    assert.match(en, /Savita Jagtap/);
    const hi = await pdfOf('writer.pune1', `/api/v1/lost-reports/${lostId}/report.pdf?lang=hi`);
    assert.match(hi, /गुमशुदा वस्तु रिपोर्ट/);
    const v = ok(await (await as('writer.pune1')).get(`/api/v1/verify/${printedCode(en)}`));
    assert.equal(v.body.document, 'lost-article-report');
    assert.equal(v.body.number, `${PUNE}/2026/LAR00001`);
  });

  test('a child informant is withheld from those who may not see him, in the answer and the PDF', async () => {
    const sho = await as('sho.pune1');
    const child = ok(
      await sho.post('/api/v1/lost-reports', lostBody({ informant: { person: { name: 'Chotu Kamble', gender: 'male', age: 12 } }, articles: [{ kind: 'bag', description: 'School bag' }] })),
      201,
    );
    const r = ok(await (await as('writer.pune1')).get(`/api/v1/lost-reports/${child.body.id}`));
    assert.equal(r.body.informant!.masked, true);
    assert.doesNotMatch(JSON.stringify(r.body), /Chotu/);
    const list = ok(await (await as('writer.pune1')).get('/api/v1/lost-reports?limit=500'));
    assert.doesNotMatch(JSON.stringify(list.body), /Chotu/);
    assert.doesNotMatch(await pdfOf('writer.pune1', `/api/v1/lost-reports/${child.body.id}/report.pdf?lang=en`), /Chotu/);
  });

  test('a found phone: numbered, in the property room, its IMEI matched to the lost report; the report shows it found', async () => {
    const writer = await as('writer.pune1');
    const bad = refused(await writer.post('/api/v1/found-property', foundBody({ receivedBy: 'hc sunil more ' })), 400);
    assert.ok(
      bad.body.errors!.some((e) => e.path === 'receivedBy'),
      JSON.stringify(bad.body.errors),
    );
    const before = await events();
    refused(await writer.post('/api/v1/found-property', foundBody({ foundAt: '2026-07-05T08:00:00+05:30' })), 400);
    assert.equal(await events(), before);
    const r = ok(await writer.post('/api/v1/found-property', foundBody()), 201);
    foundId = r.body.id;
    assert.equal(r.body.number, `${PUNE}/2026/FP00001`);
    assert.equal(r.body.status, 'unclaimed');
    assert.equal(r.body.custody.place, 'malkhana');
    assert.deepEqual(r.body.clocks, [], 'no claim period before the proclamation');
    assert.equal(r.body.matches!.state, 'found');
    assert.deepEqual(
      r.body.matches!.lostReports.map((l) => [l.state, l.number]),
      [['found', `${PUNE}/2026/LAR00001`]],
    );
    assert.equal(ok(await writer.get(`/api/v1/lost-reports/${lostId}`)).body.status, 'found');
    const check = ok(await writer.get(`/api/v1/stolen-property/check?imei=${IMEI}`));
    assert.equal(check.body.state, 'found');
  });

  test('returned to its owner on the Magistrate’s order, with a receipt in English and Hindi; never moves again', async () => {
    moveTo('2026-07-02T06:00:00Z');
    const sho = await as('sho.pune1');
    const claim = (over: Record<string, unknown> = {}) => ({
      claimant: { person: { name: 'Savita Jagtap', gender: 'female', birthDate: '1990-05-17' } },
      at: '2026-07-02T11:00:00+05:30',
      identity: { document: 'Voter ID', number: 'MH/12/345/678' },
      proof: 'Purchase bill with the same IMEI; unlocked the phone in front of the officer.',
      order: order(),
      handedBy: 'ASI Malkhana Jadhav',
      lostReportId: lostId,
      ...over,
    });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ order: order({ courtCode: 'MH-NSK-CJM' }) }, 'order.courtCode', /Magistrate/],
      [{ order: order({ date: '2026-07-09' }) }, 'order.date', /future/],
      [{ at: '2026-07-03T11:00:00+05:30' }, 'at', /future/],
      [{ lostReportId: '01900000-0000-7000-8000-000000000000' }, 'lostReportId', /not a lost/],
    ];
    for (const [over, path, message] of cases) {
      const before = await events();
      const r = refused(await sho.post(`/api/v1/found-property/${foundId}/claim`, claim(over)), 400, JSON.stringify(over));
      const err = r.body.errors!.find((e) => e.path === path);
      assert.ok(err, `${path} named in ${JSON.stringify(r.body.errors)}`);
      assert.match(err.message, message);
      assert.equal(await events(), before);
    }
    const r = ok(await sho.post(`/api/v1/found-property/${foundId}/claim`, claim()));
    assert.equal(r.body.status, 'returned');
    assert.equal(r.body.custody.place, 'owner');
    assert.equal(r.body.claim!.lostReport!.id, lostId);
    const en = await pdfOf('sho.pune1', `/api/v1/found-property/${foundId}/receipt.pdf?lang=en`);
    assert.match(en, /PROPERTY RETURNED/);
    assert.match(en, /Savita Jagtap/);
    assert.match(await pdfOf('sho.pune1', `/api/v1/found-property/${foundId}/receipt.pdf?lang=hi`), /रसीद/);
    assert.equal(ok(await sho.get(`/api/v1/verify/${printedCode(en)}`)).body.document, 'property-return-receipt');
    const again = refused(await sho.post(`/api/v1/found-property/${foundId}/claim`, claim()), 400);
    assert.match(again.body.errors![0]!.message, /returned to its owner/);
  });

  test('unclaimed property: reported with the proclamation, the six months run as a clock; disposal refused before they end, allowed after', async () => {
    let sho = await as('sho.pune1');
    const bag = ok(await sho.post('/api/v1/found-property', foundBody({ article: { kind: 'bag', description: 'Blue rexine bag with clothes', value: 20000 }, handedInBy: undefined })), 201);
    const dispose = (over: Record<string, unknown> = {}) => ({
      at: '2026-07-02T11:00:00+05:30',
      ground: 'no_claimant',
      order: order({ date: '2026-07-02' }),
      manner: 'Sold by public auction',
      handedBy: 'ASI Malkhana Jadhav',
      receivedBy: 'Naib Tehsildar Baramati',
      ...over,
    });
    let r = refused(await sho.post(`/api/v1/found-property/${bag.body.id}/dispose`, dispose()), 400);
    assert.match(r.body.errors!.find((e) => e.path === 'ground')!.message, /proclamation is not recorded/);
    r = refused(await sho.post(`/api/v1/found-property/${bag.body.id}/dispose`, dispose({ ground: 'perishable' })), 400);
    assert.match(r.body.errors!.find((e) => e.path === 'ground')!.message, /speedy and natural decay/);
    r = refused(await sho.post(`/api/v1/found-property/${bag.body.id}/dispose`, dispose({ ground: 'low_value' })), 400);
    assert.match(r.body.errors!.find((e) => e.path === 'ground')!.message, /10000/);

    const reported = ok(
      await sho.post(`/api/v1/found-property/${bag.body.id}/magistrate-report`, {
        courtCode: 'MH-PUN-JMFC-BRM',
        reportedOn: '2026-07-01',
        reference: 'PS Baramati No. 77/2026',
        proclamation: { date: '2026-07-02', reference: 'Proclamation 12/2026' },
      }),
    );
    const [claimClock] = reported.body.clocks;
    assert.equal(claimClock!.code, 'unclaimed-property-claim-6m');
    assert.equal(claimClock!.dueDateIst, '2027-01-02');
    assert.equal(claimClock!.status, 'running');
    refused(await sho.post(`/api/v1/found-property/${bag.body.id}/magistrate-report`, { courtCode: 'MH-PUN-JMFC-BRM', reportedOn: '2026-07-01', reference: 'again' }), 409);
    r = refused(await sho.post(`/api/v1/found-property/${bag.body.id}/dispose`, dispose()), 400);
    assert.match(r.body.errors!.find((e) => e.path === 'ground')!.message, /2027-01-02/);

    moveTo('2027-01-04T06:00:00Z');
    sho = await as('sho.pune1');
    const dash = ok(await sho.get(`/api/v1/stations/${PUNE}/dashboard`)).body.foundProperty;
    assert.equal(dash.claimPeriods[0]!.clock.status, 'overdue', 'the claim period has ended: a disposal order is to be sought');
    const done = ok(await sho.post(`/api/v1/found-property/${bag.body.id}/dispose`, dispose({ at: '2027-01-04T10:00:00+05:30', order: order({ date: '2027-01-03' }) })));
    assert.equal(done.body.status, 'disposed');
    assert.equal(done.body.custody.place, 'disposed');
    assert.equal(done.body.clocks[0]!.status, 'met_late');
  });

  test('a lost report that was a theft is converted to an FIR in one transaction, linked; the phone then checks as stolen', async () => {
    moveTo('2027-01-05T06:00:00Z');
    const sho = await as('sho.pune1');
    const imei = '356938035643809';
    const lr = ok(
      await sho.post('/api/v1/lost-reports', lostBody({ lostAt: '2027-01-04T18:00:00+05:30', articles: [{ kind: 'mobile_phone', description: 'Samsung phone', mobilePhone: { imei } }] })),
      201,
    );
    const fir = theftFir({
      occurredFrom: '2027-01-04T17:00:00+05:30',
      occurredTo: '2027-01-04T18:00:00+05:30',
      infoReceivedAt: '2027-01-05T10:00:00+05:30',
      complainant: undefined,
      properties: [{ description: 'Samsung phone', category: 'mobile phone', mobilePhone: { imei } }],
    });
    refused(await sho.post(`/api/v1/lost-reports/${lr.body.id}/convert`, { fir: { ...fir, stationCode: 'MH-PUN-PS02' } }), 400);
    // The FIR's own refusal names its field in the conversion's body, so the form puts it on that field.
    const late = refused(await sho.post(`/api/v1/lost-reports/${lr.body.id}/convert`, { fir: { ...fir, sections: [{ act: 'BNS', section: '999' }] } }), 400);
    assert.ok(
      (late.body.errors ?? []).some((e: { path: string }) => e.path.startsWith('fir.sections')),
      `the refusal names fir.…: ${JSON.stringify(late.body)}`,
    );
    assert.equal((await sho.get(`/api/v1/lost-reports/${lr.body.id}`)).body.status, 'lost', 'nothing converted');
    const r = ok(await sho.post(`/api/v1/lost-reports/${lr.body.id}/convert`, { fir }), 201);
    assert.equal(r.body.report.status, 'converted');
    assert.equal(r.body.report.fir!.id, r.body.fir.id);
    assert.equal(shown(r.body.fir.complainant).name, 'Savita Jagtap', 'the informant is the complainant');
    refused(await sho.post(`/api/v1/lost-reports/${lr.body.id}/convert`, { fir }), 409);
    const check = ok(await sho.get(`/api/v1/stolen-property/check?imei=${imei}`));
    assert.equal(check.body.state, 'stolen');
    assert.deepEqual(check.body.lostReports, [], 'the converted report is the FIR’s');
  });
});
