import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient, signedInClients } from '../support/client.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { pngOf } from '../support/images.js';
import { ok, refused, shown } from '../support/answers.js';
import { pdfAs, printedCode } from '../support/pdf.js';
import { seedDemoMissingPersons } from '../../src/demo/missing-persons.js';

const CHILD = { name: 'Pinki Shinde', deva: 'पिंकी शिंदे', father: 'Baban Shinde', phone: '+91 98220 11111' };
const ADULT = { name: 'Ramesh Gaikwad' };

/** A report as the officer fills it in; `over` replaces parts of it. */
function report(over: { person?: Record<string, unknown>; description?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { person, description, ...rest } = over;
  return {
    stationCode: 'MH-PUN-PS01',
    person: { name: ADULT.name, age: 42, addresses: [{ line: 'Ward 3, Baramati' }], ...person },
    description: {
      sex: 'male',
      heightCm: 168,
      build: 'medium',
      complexion: 'wheatish',
      marks: 'Scar on the left forearm',
      clothes: 'White shirt, grey trousers',
      place: { address: 'Baramati bus stand', latitude: 18.15, longitude: 74.58 },
      ...description,
    },
    lastSeenAt: '2026-06-30T18:00:00+05:30',
    informant: { person: { name: 'Sunanda Gaikwad', gender: 'female', age: 38, phones: ['+91 98220 22222'] } },
    informantRelation: 'wife',
    contacts: [{ name: 'Sunanda Gaikwad', relation: 'wife', phone: '+91 98220 22222' }],
    circumstances: 'Left for the market and did not come back.',
    ...rest,
  };
}

/** A 14-year-old girl, as her father reports her. */
function childReport(over: Record<string, unknown> = {}) {
  return report({
    person: { name: CHILD.name, aliases: [CHILD.deva], age: 14, relativeName: CHILD.father, relativeKind: 'father', addresses: [{ line: 'Gondhali lane, Baramati' }] },
    description: {
      sex: 'female',
      heightCm: 150,
      build: 'thin',
      complexion: 'fair',
      marks: 'Mole on the right cheek',
      clothes: 'Blue school uniform',
      place: { address: 'Outside the Zilla Parishad school, Baramati' },
    },
    informant: { person: { name: CHILD.father, gender: 'male', age: 40, phones: [CHILD.phone] } },
    informantRelation: 'father',
    contacts: [{ name: CHILD.father, relation: 'father', phone: CHILD.phone }],
    circumstances: `${CHILD.name} did not come home from school.`,
    ...over,
  });
}

describe(`missing persons (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  const events = () => eventCount(server);
  const activeAlerts = async (c: ApiClient) => ok(await c.get('/api/v1/alerts')).body.alerts;
  const pdfOf = (username: string, url: string) => pdfAs(server, username, url);
  let adultId = '';
  let childId = '';

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('an adult: numbered report, GD entry first, alert to the district only, found by name', async () => {
    const writer = await as('writer.pune1');
    const r = ok(await writer.post('/api/v1/missing-persons', report()), 201);
    adultId = r.body.id;
    assert.equal(r.body.number, 'MH-PUN-PS01/2026/M00001');
    assert.equal(r.body.child, false);
    assert.equal(r.body.fir, null, 'an adult is a report, not an FIR');
    assert.equal(r.body.status, 'missing');
    assert.equal(shown(r.body.person).name, ADULT.name);
    assert.equal(shown(r.body.informant).name, 'Sunanda Gaikwad');
    assert.equal(r.body.age, 42);
    assert.deepEqual(r.body.description.place, { address: 'Baramati bus stand', latitude: 18.15, longitude: 74.58 });
    const row = (await server.node.missingPersons.get(adultId))!;
    const gd = (await server.node.gd.get(row.gdEntryId))!;
    assert.equal(gd.kind, 'missing_person_reported');
    assert.ok(Date.parse(gd.entryAt) <= Date.parse(r.body.reportedAt), 'the GD entry comes first');
    assert.equal(r.body.alert!.targetUnit, 'MH-PUN');
    assert.equal(r.body.alert!.status, 'active');
    const sdpo = (await activeAlerts(await as('sdpo.pune'))).find((a) => a.id === r.body.alert!.id);
    assert.ok(sdpo, 'a unit of the district has the alert');
    assert.match(sdpo.details, /Ramesh Gaikwad/);
    assert.ok(!(await activeAlerts(await as('sho.nashik1'))).some((a) => a.id === r.body.alert!.id), 'another district does not');

    const second = ok(await writer.post('/api/v1/missing-persons', report({ person: { name: 'Gopal Jadhav', age: 30 } })), 201);
    assert.equal(second.body.number, 'MH-PUN-PS01/2026/M00002', 'numbers follow without a gap');
    const found = ok(await writer.get(`/api/v1/missing-persons?name=${encodeURIComponent('Ramesh Gaikwad')}`)).body.missingPersons;
    assert.deepEqual(
      found.map((m) => m.id),
      [adultId],
    );
  });

  test('a child of 14 is an FIR of kidnapping at once, linked both ways, alert to every station of the State, masked from those who may not see her', async () => {
    const writer = await as('writer.pune1');
    const r = ok(await writer.post('/api/v1/missing-persons', childReport()), 201);
    childId = r.body.id;
    assert.equal(r.body.child, true);
    assert.ok(r.body.fir, 'registered as an FIR');
    const fir = (await server.node.firs.get(r.body.fir.id))!;
    assert.deepEqual(fir.content.sections, [{ act: 'BNS', section: '137(2)' }]);
    assert.equal((await server.node.missingPersons.ofFir(fir.id))!.id, childId, 'the FIR leads back to the report');
    // The writer may not see a child: no identity, no photo, no contacts, no name in the text.
    assert.equal(r.body.person!.masked, true);
    assert.equal(r.body.contacts.length, 0);
    assert.equal(r.body.contactsWithheld, true);
    const text = JSON.stringify(r.body);
    for (const term of [CHILD.name, CHILD.deva, 'Pinki', 'Gondhali', 'Mole on the right cheek']) assert.ok(!text.includes(term), `${term} is not shown to the writer`);
    const fromList = JSON.stringify(ok(await writer.get('/api/v1/missing-persons?station=MH-PUN-PS01')).body);
    assert.ok(!fromList.includes('Pinki'), 'nor in the list');
    assert.deepEqual(ok(await writer.get(`/api/v1/missing-persons?name=${encodeURIComponent(CHILD.name)}`)).body.missingPersons, [], 'her name finds nothing for the writer');
    const firView = JSON.stringify(ok(await writer.get(`/api/v1/firs/${fir.id}`)).body);
    assert.ok(!firView.includes('Pinki'), 'nor on the FIR');
    const gd = (await server.node.gd.get((await server.node.missingPersons.get(childId))!.gdEntryId))!;
    assert.ok(!gd.text.includes('Pinki'), 'the diary does not name her');

    // The SHO may see her.
    const sho = await as('sho.pune1');
    const full = ok(await sho.get(`/api/v1/missing-persons/${childId}`));
    assert.equal(shown(full.body.person).name, CHILD.name);
    assert.equal(full.body.unmasked, true);
    assert.equal(full.body.contacts[0]!.phone, CHILD.phone);
    assert.deepEqual(
      ok(await sho.get(`/api/v1/missing-persons?name=${encodeURIComponent(CHILD.deva)}`)).body.missingPersons.map((m) => m.id),
      [childId],
      'found by her name in Devanagari by the SHO',
    );

    // The alert reaches a station of another district, without her name.
    assert.equal(r.body.alert!.targetUnit, 'MH');
    const nashik = (await activeAlerts(await as('sho.nashik1'))).find((a) => a.id === r.body.alert!.id);
    assert.ok(nashik, 'every station of the State has the alert');
    assert.ok(!JSON.stringify(nashik).includes('Pinki'), 'the alert does not name the child');
    assert.match(nashik.details, /14 years/);
  });

  test('the API has no way to make a missing child a plain report', async () => {
    const writer = await as('writer.pune1');
    const before = await events();
    for (const sneak of [{ asFir: false }, { fir: null }, { plainReport: true }, { child: false }]) {
      const r = refused(await writer.post('/api/v1/missing-persons', childReport(sneak)), 400);
      assert.match(r.body.detail, new RegExp(Object.keys(sneak)[0]!));
    }
    // A birth date that makes her 17 on the day she was last seen: still a child, still an FIR.
    const seventeen = ok(await writer.post('/api/v1/missing-persons', childReport({ person: { name: 'Kavita More', age: undefined, birthDate: '2008-07-15' } })), 201);
    assert.equal(seventeen.body.child, true);
    assert.ok(seventeen.body.fir);
    // Last seen before the BNS came into force: the FIR is under the IPC.
    const old = ok(await writer.post('/api/v1/missing-persons', childReport({ person: { name: 'Raju Bhosale', age: 10 }, lastSeenAt: '2024-05-01T10:00:00+05:30' })), 201);
    assert.deepEqual((await server.node.firs.get(old.body.fir!.id))!.content.sections, [{ act: 'IPC', section: '363' }]);
    assert.ok((await events()) > before);
  });

  test('impossible ages and dates are refused with the field named, nothing written', async () => {
    const writer = await as('writer.pune1');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ person: { name: 'A B', age: -1 } }, 'person.age', /negative/],
      [{ person: { name: 'A B', age: 121 } }, 'person.age', /120/],
      [{ person: { name: 'A B', age: undefined } }, 'person.age', /age when last seen, or the date of birth/],
      [{ person: { name: 'A B', age: undefined, birthDate: '2027-01-01' } }, 'person.birthDate', /future/],
      [{ lastSeenAt: '2026-07-02T10:00:00+05:30' }, 'lastSeenAt', /future/],
      [{ person: { name: 'A B', age: undefined, birthDate: '2000-05-01' }, lastSeenAt: '1999-01-01T10:00:00+05:30' }, 'lastSeenAt', /before the date of birth/],
      [{ description: { sex: 'male', place: { address: 'x' }, ageRange: { from: 30, to: 20 } } }, 'description.ageRange.to', /lower age/],
      [{ description: { sex: 'male', place: { address: 'x' }, heightCm: 400 } }, 'description.heightCm', /250/],
    ];
    for (const [over, path, message] of cases) {
      const before = await events();
      const r = refused(await writer.post('/api/v1/missing-persons', report(over)), 400, JSON.stringify(over));
      const err = r.body.errors!.find((e) => e.path === path);
      assert.ok(err, `${path} named in ${JSON.stringify(r.body.errors)}`);
      assert.match(err.message, message);
      assert.equal(await events(), before, `nothing written for ${JSON.stringify(over)}`);
    }
  });

  test('traced, returned: dates checked, alert withdrawn, the child’s FIR stays with its IO; the dashboard counts', async () => {
    const writer = await as('writer.pune1');
    const sho = await as('sho.pune1');
    const dash0 = ok(await sho.get('/api/v1/stations/MH-PUN-PS01/dashboard')).body.missingPersons;
    assert.deepEqual(dash0, { open: 5, children: 3 });
    refused(await writer.post(`/api/v1/missing-persons/${childId}/status`, { status: 'traced', at: '2026-07-01T11:50:00+05:30', note: 'Found at her aunt’s house' }), 403);
    const before = await events();
    const early = refused(await sho.post(`/api/v1/missing-persons/${childId}/status`, { status: 'traced', at: '2026-06-30T12:00:00+05:30', note: 'Found at her aunt’s house' }), 400);
    assert.equal(early.body.errors![0]!.path, 'at');
    assert.match(early.body.errors![0]!.message, /before the report/);
    const future = refused(await sho.post(`/api/v1/missing-persons/${childId}/status`, { status: 'traced', at: '2026-07-03T12:00:00+05:30', note: 'Found at her aunt’s house' }), 400);
    assert.match(future.body.errors![0]!.message, /future/);
    assert.equal(await events(), before, 'nothing written');

    clock.advance(1500);
    const traced = ok(await sho.post(`/api/v1/missing-persons/${childId}/status`, { status: 'traced', at: '2026-07-01T11:50:00+05:30', note: 'Found at her aunt’s house' }));
    assert.equal(traced.body.status, 'traced');
    assert.equal(traced.body.alert!.status, 'withdrawn', 'the alert is withdrawn when traced');
    assert.ok(!(await activeAlerts(await as('sho.nashik1'))).some((a) => a.id === traced.body.alert!.id));
    const fir = (await server.node.firs.get(traced.body.fir!.id))!;
    assert.equal(fir.status, 'registered', 'the FIR is not closed: its IO files the final report');
    assert.equal(traced.body.fir!.status, 'registered');
    const caseFile = ok(await sho.get(`/api/v1/cases/${traced.body.fir!.id}`)).body;
    assert.equal(caseFile.missingPerson!.id, childId, 'the case file shows the report');
    assert.equal(caseFile.missingPerson!.status, 'traced');
    assert.equal(Date.parse(caseFile.missingPerson!.statusAt!), Date.parse('2026-07-01T11:50:00+05:30'));
    assert.deepEqual(ok(await sho.get('/api/v1/stations/MH-PUN-PS01/dashboard')).body.missingPersons, { open: 4, children: 2 });

    const beforeTraced = refused(await sho.post(`/api/v1/missing-persons/${childId}/status`, { status: 'returned', at: '2026-07-01T11:45:00+05:30', note: 'Handed to her father' }), 400);
    assert.match(beforeTraced.body.errors![0]!.message, /before the last change/);
    const returned = ok(await sho.post(`/api/v1/missing-persons/${childId}/status`, { status: 'returned', at: '2026-07-01T11:55:00+05:30', note: 'Handed to her father' }));
    assert.equal(returned.body.status, 'returned');
    refused(await sho.post(`/api/v1/missing-persons/${childId}/status`, { status: 'found_dead', at: '2026-07-01T11:56:00+05:30', note: 'A second change' }), 409);

    const dead = ok(await sho.post(`/api/v1/missing-persons/${adultId}/status`, { status: 'found_dead', at: '2026-07-01T11:57:00+05:30', note: 'Body found in the canal' }));
    assert.equal(dead.body.alert!.status, 'withdrawn');
    assert.deepEqual(
      ok(await sho.get('/api/v1/missing-persons?status=found_dead')).body.missingPersons.map((m) => m.id),
      [adultId],
    );
  });

  test('the report as PDF in English and Hindi, verifiable, the child withheld from the writer', async () => {
    const sho = await as('sho.pune1');
    for (const lang of ['en', 'hi'] as const) {
      const text = await pdfOf('sho.pune1', `/api/v1/missing-persons/${adultId}/report.pdf?lang=${lang}`);
      assert.match(text, lang === 'en' ? /MISSING PERSON REPORT/ : /गुमशुदा व्यक्ति रिपोर्ट/);
      assert.match(text, /Ramesh Gaikwad/);
      const v = ok(await sho.get(`/api/v1/verify/${printedCode(text)}`));
      assert.equal(v.body.document, 'missing-person-report');
      assert.equal(v.body.number, 'MH-PUN-PS01/2026/M00001');
    }
    const text = await pdfOf('writer.pune1', `/api/v1/missing-persons/${childId}/report.pdf`);
    assert.match(text, /Identity withheld/);
    assert.ok(!text.includes('Pinki') && !text.includes('Gondhali'), 'the child is not in the writer’s PDF');
  });

  test('a photo goes with an adult’s alert, never with a child’s; a station outside the district cannot read the reports', async () => {
    const writer = await as('writer.pune1');
    const png = pngOf(400, 7);
    const up = ok(await writer.request('POST', '/api/v1/attachments', undefined, { raw: png as unknown as string, headers: { 'content-type': 'image/png' } }), 201);
    const adult = ok(
      await writer.post('/api/v1/missing-persons', report({ person: { name: 'Photo Adult', age: 50 }, description: { sex: 'male', place: { address: 'Market' }, photoSha256: up.body.sha256 } })),
      201,
    );
    assert.equal((await server.node.alerts.get(adult.body.alert!.id))!.photoSha256, up.body.sha256);
    const png2 = pngOf(400, 8);
    const up2 = ok(await writer.request('POST', '/api/v1/attachments', undefined, { raw: png2 as unknown as string, headers: { 'content-type': 'image/png' } }), 201);
    const child = ok(
      await writer.post('/api/v1/missing-persons', childReport({ description: { sex: 'male', place: { address: 'Market' }, photoSha256: up2.body.sha256 }, person: { name: 'Chhotu Pawar', age: 9 } })),
      201,
    );
    assert.equal((await server.node.alerts.get(child.body.alert!.id))!.photoSha256, null);
    assert.equal(child.body.description.photoSha256, null, 'the writer does not get her photo');
    refused(await (await as('sho.nashik1')).get(`/api/v1/missing-persons/${adultId}`), 403);
  });
});

describe(`the demo's missing persons (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('an adult and a child of 14 at Baramati: the child an FIR with an alert to the State; seeded once', async () => {
    assert.equal(await seedDemoMissingPersons(server.node), 2);
    assert.equal(await seedDemoMissingPersons(server.node), 0, 'not again');
    const rows = await server.node.storage.db.selectFrom('missing_persons').selectAll().orderBy('seq').execute();
    assert.deepEqual(
      rows.map((r) => [r.number, r.child, r.age, !!r.fir_id]),
      [
        ['MH-PUN-PS01/2026/M00001', 0, 67, false],
        ['MH-PUN-PS01/2026/M00002', 1, 14, true],
      ],
    );
    const alert = (await server.node.alerts.get(rows[1]!.alert_id!))!;
    assert.equal(alert.targetUnit, 'MH');
    assert.ok(!alert.details.includes('Aarti'));
    assert.equal((await server.node.alerts.get(rows[0]!.alert_id!))!.targetUnit, 'MH-PUN');
  });
});
