import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { ok, refused, shown } from '../support/answers.js';
import { ApiClient, signedInClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { pdfText } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

/** A valid NC report at Pune PS01 (hurt and insult, both non-cognizable); tests override what they probe. */
function ncBody(overrides: Record<string, unknown> = {}) {
  return {
    stationCode: 'MH-PUN-PS01',
    informant: person('Ramesh Kulkarni', { phones: ['+91 98220 55555'] }),
    accused: [person('Vijay Gaikwad')],
    substance: 'The informant states that his neighbour slapped him and abused him in front of the shop after a quarrel over parking.',
    place: 'Outside Kulkarni General Stores, Baramati',
    occurredFrom: '2026-07-01T08:00:00+05:30',
    sections: [
      { act: 'BNS', section: '115(2)' },
      { act: 'BNS', section: '352' },
    ],
    courtCode: 'MH-PUN-JMFC-BRM',
    ...overrides,
  };
}

const NC_CODE = /\b([A-Z0-9]+(?:-[A-Z0-9]+)*-\d{4}-NC\d{2}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/;

describe(`non-cognizable reports (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST, 1 July
  const as = signedInClients(() => server, clock);
  const counts = async () => {
    const db = server.node.storage.db;
    const n = async (table: 'events' | 'nc_reports' | 'nc_diaries' | 'gd_entries' | 'persons' | 'firs') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { events: await n('events'), nc: await n('nc_reports'), diaries: await n('nc_diaries'), gd: await n('gd_entries'), persons: await n('persons'), firs: await n('firs') };
  };

  /** A PDF's text as a reader sees it, fetched as this user (a bearer token: the bytes untouched). */
  const printed = async (username: string, url: string) => {
    const user = (await server.node.users.byUsername(username))!;
    const { token } = await server.node.tokens.create(user.id, 'nc-reports test', null, 'test');
    const r = await server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/pdf');
    return pdfText(r.rawPayload);
  };

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('registered with its GD entry first, numbered NC n/yyyy per station gap-free, the informant referred to the Magistrate', async () => {
    const writer = await as('writer.pune1');
    const r = ok(await writer.post('/api/v1/nc-reports', ncBody()), 201);
    assert.equal(r.body.number, 'NC 1/2026');
    assert.equal(r.body.stationCode, 'MH-PUN-PS01');
    assert.equal(r.body.status, 'registered');
    assert.equal(shown(r.body.informant).name, 'Ramesh Kulkarni');
    assert.equal(shown(r.body.accused[0]).name, 'Vijay Gaikwad');
    assert.equal(r.body.referredTo.code, 'MH-PUN-JMFC-BRM');
    assert.match(r.body.referredTo.nameEn, /Baramati/);
    const gd = await server.node.gd.get(r.body.gdEntry!.id);
    assert.equal(gd!.kind, 'nc_registered');
    assert.equal(gd!.refId, r.body.id);
    assert.match(gd!.text, /NC 1\/2026/);
    assert.ok(Date.parse(gd!.entryAt) <= Date.parse(r.body.receivedAt), 'the GD entry never follows the report');
    // Parallel registrations share no number and skip none.
    const many = await Promise.all(Array.from({ length: 6 }, (_, i) => writer.post('/api/v1/nc-reports', ncBody({ informant: person(`Parallel Informant ${i}`) }))));
    const numbers = many.map((a) => ok(a, 201).body.ncNo).sort((a, b) => a - b);
    assert.deepEqual(numbers, [2, 3, 4, 5, 6, 7]);
    // Another station has its own series.
    const other = ok(await (await as('sho.nashik1')).post('/api/v1/nc-reports', ncBody({ stationCode: 'MH-NSK-PS01', courtCode: 'MH-NSK-CJM' })), 201);
    assert.equal(other.body.number, 'NC 1/2026');
  });

  test('bad input is refused with a sentence naming the field, and nothing is written', async () => {
    const writer = await as('writer.pune1');
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['a cognizable section', { sections: [{ act: 'BNS', section: '303(2)' }] }, 'sections.0', /cognizable: an FIR must be registered/],
      ['a section the catalogue cannot classify', { sections: [{ act: 'BNS', section: '318' }] }, 'sections.0', /sub-section/],
      ['a section of unknown class', { sections: [{ act: 'BNS', section: '45' }] }, 'sections.0', /does not say whether/],
      ['an unknown section', { sections: [{ act: 'BNS', section: '9999' }] }, 'sections.0', /not in the law catalogue/],
      ['no section', { sections: [] }, 'sections', /at least one/],
      ['information received in the future', { receivedAt: '2026-07-02T10:00:00+05:30' }, 'receivedAt', /future/],
      ['an occurrence in the future', { occurredFrom: '2026-07-03T10:00:00+05:30' }, 'occurredFrom', /./],
      ['a court that is not a Magistrate’s', { courtCode: 'MH-PUN-SESS' }, 'courtCode', /Magistrate/],
      ['a court of another district', { courtCode: 'MH-NSK-CJM' }, 'courtCode', /Magistrate/],
      ['no informant', { informant: undefined }, 'informant', /./],
    ];
    for (const [what, override, path, message] of cases) {
      const before = await counts();
      const r = refused(await writer.post('/api/v1/nc-reports', ncBody(override)), 400, what);
      const errors = (r.body.errors ?? []) as { path: string; message: string }[];
      assert.ok(
        errors.some((e) => e.path === path && message.test(e.message)),
        `${what}: ${JSON.stringify(r.body)}`,
      );
      assert.deepEqual(await counts(), before, `${what}: nothing written`);
    }
  });

  test('the catalogue decides what is cognizable: a correction that makes a section cognizable makes it refused', async () => {
    const scrb = await as('scrb.mh');
    const fix = await scrb.post('/api/v1/law/sections/BNS/352/corrections', { changes: { cognizable: 'yes' }, reason: 'Test: reclassified as cognizable', source: 'test notification' });
    assert.equal(fix.status, 200, JSON.stringify(fix.body));
    try {
      const r = refused(await (await as('writer.pune1')).post('/api/v1/nc-reports', ncBody()), 400);
      assert.match(r.body.detail, /sections\.1: BNS 352 is cognizable/);
    } finally {
      ok(await scrb.post('/api/v1/law/sections/BNS/352/corrections', { changes: { cognizable: 'no' }, reason: 'Test: restored to non-cognizable', source: 'test notification' }), 200);
    }
  });

  test('list and search: by number, date range, informant name (as the person search matches names)', async () => {
    const writer = await as('writer.pune1');
    const byNo = ok(await writer.get('/api/v1/nc-reports?number=NC%201%2F2026&station=MH-PUN-PS01'));
    assert.deepEqual(
      byNo.body.reports.map((r) => r.number),
      ['NC 1/2026'],
    );
    assert.equal(byNo.body.reports[0]!.informantName, 'Ramesh Kulkarni');
    const byName = ok(await writer.get('/api/v1/nc-reports?informant=Ramesh%20Kulkarni'));
    assert.deepEqual(
      byName.body.reports.map((r) => r.number),
      ['NC 1/2026'],
    );
    const spelt = ok(await writer.get('/api/v1/nc-reports?informant=Rames%20Kulkarni'));
    assert.ok(
      spelt.body.reports.some((r) => r.number === 'NC 1/2026'),
      'a spelling variant finds the informant',
    );
    assert.equal(ok(await writer.get('/api/v1/nc-reports?from=2026-07-02&to=2026-07-31')).body.reports.length, 0);
    assert.ok(ok(await writer.get('/api/v1/nc-reports?from=2026-07-01&to=2026-07-01')).body.reports.length >= 7);
    refused(await writer.get('/api/v1/nc-reports?number=seven'), 400);
    refused(await writer.get('/api/v1/nc-reports?from=2026-07-05&to=2026-07-01'), 400);
    // Jurisdiction: the Nashik SHO does not see Pune's reports.
    const elsewhere = ok(await (await as('sho.nashik1')).get('/api/v1/nc-reports?number=NC%201%2F2026'));
    assert.deepEqual(
      elsewhere.body.reports.map((r) => r.stationCode),
      ['MH-NSK-PS01'],
    );
  });

  test('a child informant is withheld from those who may not see them: answer, list, search, free text and the diary PDF', async () => {
    const writer = await as('writer.pune1');
    const sho = await as('sho.pune1');
    const r = ok(
      await writer.post(
        '/api/v1/nc-reports',
        ncBody({
          informant: person('Chintu Bhosale', { age: 15, phones: ['+91 90000 11111'] }),
          substance: 'Chintu Bhosale states that a shopkeeper pushed him and abused him.',
        }),
      ),
      201,
    );
    assert.equal(r.body.informant!.masked, true);
    assert.ok(!JSON.stringify(r.body).includes('Chintu'), 'no trace of the child in the writer’s answer');
    assert.equal(r.body.textWithheld, true);
    const mine = ok(await writer.get(`/api/v1/nc-reports/${r.body.id}`));
    assert.ok(!JSON.stringify(mine.body).includes('Chintu'));
    const list = ok(await writer.get(`/api/v1/nc-reports?number=${encodeURIComponent(r.body.number)}`));
    assert.equal(list.body.reports[0]!.informantName, null);
    assert.ok(!JSON.stringify(list.body).includes('Chintu'));
    // The diary entry written for the report carries the substance: the station's diary withholds the child too.
    const day = ok(await writer.get('/api/v1/gd?station=MH-PUN-PS01&date=2026-07-01'));
    const entry = day.body.entries.find((e) => e.id === r.body.gdEntry!.id)!;
    assert.ok(entry.textWithheld && !entry.text.includes('Chintu'), entry.text);
    // The child's name never finds the report, for anyone.
    assert.deepEqual(ok(await writer.get('/api/v1/nc-reports?informant=Chintu%20Bhosale')).body.reports, []);
    assert.deepEqual(ok(await sho.get('/api/v1/nc-reports?informant=Chintu%20Bhosale')).body.reports, []);
    // The SHO may see the child.
    const seen = ok(await sho.get(`/api/v1/nc-reports/${r.body.id}`));
    assert.equal(shown(seen.body.informant).name, 'Chintu Bhosale');
    const audit = await server.node.storage.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'nc.read')
      .where('target_id', '=', r.body.id)
      .where('actor_username', '=', 'sho.pune1')
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(audit.detail).unmasked, true, 'the unmasked view is audited as such');
    // The diary as the writer prints it.
    const text = await printed('writer.pune1', '/api/v1/nc-diaries/diary.pdf?station=MH-PUN-PS01&from=2026-07-01&lang=en');
    assert.ok(text.includes(r.body.number), 'the report is in the diary');
    assert.ok(!text.includes('Chintu'), 'the child is not named in the writer’s diary');
    assert.ok(text.includes('[name withheld]'));
    const shoPdf = await printed('sho.pune1', '/api/v1/nc-diaries/diary.pdf?station=MH-PUN-PS01&from=2026-07-01');
    assert.ok(shoPdf.includes('Chintu Bhosale'), 'the SHO’s diary names the child');
  });

  test('the fortnightly diary: PDF in English and Hindi with a verification code, owed on the dashboard until forwarded, forwarded once', async () => {
    const writer = await as('writer.pune1');
    const enText = await printed('writer.pune1', '/api/v1/nc-diaries/diary.pdf?station=MH-PUN-PS01&from=2026-07-01&lang=en');
    assert.match(enText, /DIARY OF NON-COGNIZABLE REPORTS/);
    assert.match(enText, /174\(1\)/);
    assert.ok(enText.includes('NC 1/2026') && enText.includes('Ramesh Kulkarni'));
    assert.match(await printed('writer.pune1', '/api/v1/nc-diaries/diary.pdf?station=MH-PUN-PS01&from=2026-07-01&lang=hi'), /असंज्ञेय/);
    const code = NC_CODE.exec(enText)?.[1];
    assert.ok(code, `a verification code is printed: ${enText.slice(0, 300)}`);
    const v = ok(await new ApiClient(server.app).get(`/api/v1/verify/${code}`));
    assert.equal(v.body.document, 'nc-diary');
    assert.equal(v.body.version, v.body.currentVersion);
    refused(await new ApiClient(server.app).get(`/api/v1/verify/${code!.slice(0, -1)}${code!.endsWith('A') ? 'B' : 'A'}`), 404);
    refused(await writer.get('/api/v1/nc-diaries/diary.pdf?station=MH-PUN-PS01&from=2026-07-02'), 400);

    // Not yet owed while the fortnight runs; forwarding it early is refused.
    let dash = ok(await writer.get('/api/v1/stations/MH-PUN-PS01/dashboard'));
    assert.ok(dash.body.ncReports.thisFortnight >= 8);
    assert.deepEqual(dash.body.ncReports.diariesOwed, []);
    let before = await counts();
    const early = refused(await writer.post('/api/v1/nc-diaries', { stationCode: 'MH-PUN-PS01', from: '2026-07-01', courtCode: 'MH-PUN-JMFC-BRM' }), 400);
    assert.match(early.body.detail, /has not ended/);
    assert.deepEqual(await counts(), before);

    clock.advance(15 * 86_400); // 16 July: the diary is due today
    dash = ok(await (await as('writer.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard'));
    assert.deepEqual(
      dash.body.ncReports.diariesOwed.map((d) => [d.fortnight.start, d.fortnight.end, d.due, d.overdue]),
      [['2026-07-01', '2026-07-15', '2026-07-16', false]],
    );
    clock.advance(86_400); // 17 July
    dash = ok(await (await as('writer.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard'));
    assert.equal(dash.body.ncReports.diariesOwed[0]!.overdue, true, 'overdue the day after it was due');

    before = await counts();
    for (const [body, path] of [
      [{ stationCode: 'MH-PUN-PS01', from: '2026-07-02', courtCode: 'MH-PUN-JMFC-BRM' }, 'from'],
      [{ stationCode: 'MH-PUN-PS01', from: '2026-07-01', courtCode: 'MH-PUN-SESS' }, 'courtCode'],
      [{ stationCode: 'MH-PUN-PS01', from: '2026-07-32', courtCode: 'MH-PUN-JMFC-BRM' }, 'from'],
    ] as const) {
      const r = refused(await (await as('writer.pune1')).post('/api/v1/nc-diaries', body), 400);
      assert.ok(
        (r.body.errors as { path: string }[]).some((e) => e.path === path),
        JSON.stringify(r.body),
      );
    }
    assert.deepEqual(await counts(), before);
    const fwd = ok(await (await as('writer.pune1')).post('/api/v1/nc-diaries', { stationCode: 'MH-PUN-PS01', from: '2026-07-01', courtCode: 'MH-PUN-JMFC-BRM', reference: 'PS01/NC/14/2026' }), 201);
    assert.equal(fwd.body.fortnight.end, '2026-07-15');
    assert.ok(fwd.body.reportIds.length >= 8);
    const events = await server.node.storage.db.selectFrom('events').select(['type', 'entity_id']).where('type', '=', 'nc.diary_forwarded').execute();
    assert.deepEqual(
      events.map((e) => e.entity_id),
      [fwd.body.id],
    );
    const gd = await server.node.storage.db.selectFrom('gd_entries').selectAll().where('kind', '=', 'nc_diary_forwarded').executeTakeFirstOrThrow();
    assert.match(gd.text, /NC 1\/2026/);
    dash = ok(await (await as('writer.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard'));
    assert.deepEqual(dash.body.ncReports.diariesOwed, []);
    const report = ok(await (await as('writer.pune1')).get(`/api/v1/nc-reports?number=NC%201%2F2026&station=MH-PUN-PS01`));
    assert.equal(report.body.reports[0]!.diaryForwarded, true);

    before = await counts();
    refused(await (await as('writer.pune1')).post('/api/v1/nc-diaries', { stationCode: 'MH-PUN-PS01', from: '2026-07-01', courtCode: 'MH-PUN-JMFC-BRM' }), 409);
    // A report entered late into a fortnight already forwarded would never reach the Magistrate.
    const late = refused(await (await as('writer.pune1')).post('/api/v1/nc-reports', ncBody({ receivedAt: '2026-07-10T10:00:00+05:30', occurredFrom: '2026-07-10T09:00:00+05:30' })), 400);
    assert.match(late.body.detail, /receivedAt: the diary of 2026-07-01 to 2026-07-15 has already been forwarded/);
    assert.deepEqual(await counts(), before);
  });

  test('converted to an FIR on the Magistrate’s order: one transaction, linked both ways, persons carried over; never twice, never without an order', async () => {
    const writer = await as('writer.pune1');
    const nc = ok(await writer.get('/api/v1/nc-reports?number=NC%201%2F2026&station=MH-PUN-PS01')).body.reports[0]!;
    const fir = theftFir({
      complainant: undefined,
      occurredFrom: '2026-07-01T08:00:00+05:30',
      occurredTo: undefined,
      infoReceivedAt: '2026-07-01T11:30:00+05:30',
      sections: [{ act: 'BNS', section: '115(2)' }],
      unknownAccused: [],
      properties: [],
    });
    const order = { date: '2026-07-16', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Misc. Cr. Appl. 112/2026' };

    const refusals: [string, unknown, number, RegExp][] = [
      ['without an order', { fir }, 400, /order/],
      ['an order in the future', { order: { ...order, date: '2026-07-18' }, fir }, 400, /order\.date: is in the future/],
      ['an order before the report', { order: { ...order, date: '2026-06-30' }, fir }, 400, /order\.date/],
      ['an order of a court that is not a Magistrate’s', { order: { ...order, courtCode: 'MH-PUN-SESS' }, fir }, 400, /order\.courtCode/],
      ['an FIR at another station', { order, fir: { ...fir, stationCode: 'MH-PUN-PS02' } }, 400, /fir\.stationCode/],
      // The FIR's own refusals name the field where the request has it, so the web form puts them on it.
      ['an FIR that cannot be registered', { order, fir: { ...fir, sections: [{ act: 'BNS', section: '9999' }] } }, 400, /"path":"fir\.sections/],
      ['an occurrence after the information', { order, fir: { ...fir, occurredFrom: '2026-07-01T12:00:00+05:30' } }, 400, /"path":"fir\.infoReceivedAt"/],
    ];
    for (const [what, body, status, detail] of refusals) {
      const before = await counts();
      const r = refused(await writer.post(`/api/v1/nc-reports/${nc.id}/convert`, body), status, what);
      assert.match(JSON.stringify(r.body), detail, what);
      assert.deepEqual(await counts(), before, `${what}: nothing written`);
    }

    const c = ok(await writer.post(`/api/v1/nc-reports/${nc.id}/convert`, { order, fir }), 201);
    assert.equal(c.body.report.status, 'converted');
    assert.equal(c.body.report.fir!.id, c.body.fir.id);
    assert.equal(c.body.report.fir!.number, c.body.fir.number);
    assert.deepEqual(c.body.report.order, { date: '2026-07-16', court: c.body.report.referredTo, reference: 'Misc. Cr. Appl. 112/2026' });
    assert.deepEqual(c.body.fir.ncReport, { id: nc.id, number: 'NC 1/2026' });
    assert.equal(shown(c.body.fir.complainant).name, 'Ramesh Kulkarni', 'the informant is the complainant');
    assert.deepEqual(
      c.body.fir.accused.map((a) => shown(a).name),
      ['Vijay Gaikwad'],
    );
    const read = ok(await writer.get(`/api/v1/firs/${c.body.fir.id}`));
    assert.equal(read.body.ncReport!.id, nc.id);
    const types = (await server.node.storage.db.selectFrom('events').select('type').orderBy('local_pos', 'desc').limit(3).execute()).map((e) => e.type);
    assert.deepEqual(types, ['nc.converted', 'fir.registered', 'gd.entry_added']);

    const before = await counts();
    const twice = refused(await writer.post(`/api/v1/nc-reports/${nc.id}/convert`, { order, fir }), 409);
    assert.match(twice.body.detail, /already been converted/);
    assert.deepEqual(await counts(), before);
  });

  test('rebuild replays the register exactly', async () => {
    const db = server.node.storage.db;
    const snapshot = async () => ({
      reports: await db.selectFrom('nc_reports').selectAll().orderBy('id').execute(),
      diaries: await db.selectFrom('nc_diaries').selectAll().orderBy('id').execute(),
      links: await db.selectFrom('record_persons').selectAll().where('record_type', '=', 'nc_report').orderBy('record_id').orderBy('person_id').execute(),
      counters: await db.selectFrom('counters').selectAll().where('scope', 'like', 'nc:%').orderBy('scope').execute(),
      protectedAt: await db.selectFrom('station_protected_persons').selectAll().orderBy('station_code').orderBy('person_id').execute(),
    });
    const before = await snapshot();
    await server.node.events.rebuild();
    assert.deepEqual(await snapshot(), before);
    assert.ok(before.protectedAt.length >= 1, 'the child informant is among the station’s protected persons');
  });
});
