import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, refused, shown } from '../support/answers.js';
import { pdfAs, printedCode } from '../support/pdf.js';
import { pngOf } from '../support/images.js';

const PUNE = 'MH-PUN-PS01';
const NASHIK = 'MH-NSK-PS01';
const CHILD = { name: 'Chintu Gaikwad', mark: 'crescent scar on the left eyebrow' };

/** A found person as the Pune officer registers them; `over` replaces parts of it. */
function found(over: { description?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { description, ...rest } = over;
  return {
    stationCode: PUNE,
    description: {
      sex: 'male',
      ageRange: { from: 65, to: 75 },
      heightCm: 160,
      build: 'thin',
      complexion: 'wheatish',
      marks: 'Mole on the right cheek',
      clothes: 'White dhoti and a blue shirt',
      place: { address: 'Pune railway station, platform 3', latitude: 18.528, longitude: 73.874 },
      ...description,
    },
    foundAt: '2026-07-01T07:30:00+05:30',
    foundBy: 'RPF constable Sunil More',
    condition: 'Confused, cannot say where he lives; signs of dementia',
    ...rest,
  };
}

describe(`found persons (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  const events = () => eventCount(server);
  let adultId = '';
  let childId = '';

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('an adult: registered with its GD entry first, numbered per station and year, no CWC clock, printed in English and Hindi', async () => {
    const writer = await as('writer.pune1');
    const r = ok(await writer.post('/api/v1/found-persons', found()), 201);
    adultId = r.body.id;
    assert.equal(r.body.number, `${PUNE}/2026/FPR00001`);
    assert.equal(r.body.status, 'found');
    assert.equal(r.body.child, false);
    assert.equal(r.body.person, null, 'nobody knows who he is');
    assert.deepEqual(r.body.clocks, [], 'an adult has no clock to the CWC');
    assert.equal(r.body.receivedAt, clock.now().toISOString(), 'in police charge since the registration when not said');
    const row = (await server.node.foundPersons.get(adultId))!;
    const gd = (await server.node.gd.get(row.gdEntryId))!;
    assert.equal(gd.kind, 'found_person_registered');
    assert.ok(Date.parse(gd.entryAt) <= Date.parse(r.body.registeredAt), 'the GD entry comes first');
    assert.equal(ok(await writer.post('/api/v1/found-persons', found({ foundAt: '2026-07-01T08:00:00+05:30' })), 201).body.number, `${PUNE}/2026/FPR00002`);
    const list = ok(await writer.get(`/api/v1/found-persons?station=${PUNE}&child=false`)).body.foundPersons;
    assert.equal(list.length, 2);
    for (const lang of ['en', 'hi'] as const) {
      const text = await pdfAs(server, 'writer.pune1', `/api/v1/found-persons/${adultId}/report.pdf?lang=${lang}`);
      assert.match(text, lang === 'en' ? /FOUND PERSON REPORT/ : /मिले हुए व्यक्ति की रिपोर्ट/);
      const v = ok(await writer.get(`/api/v1/verify/${printedCode(text)}`));
      assert.equal(v.body.document, 'found-person-report');
      assert.equal(v.body.number, `${PUNE}/2026/FPR00001`);
    }
    refused(await (await as('sho.nashik1')).get(`/api/v1/found-persons/${adultId}`), 403);
  });

  test('a child (the doubt to the child): never named in the diary, masked with photo and marks to those who may not unmask, in the list, the record, the PDF and the audit', async () => {
    const writer = await as('writer.pune1');
    const sho = await as('sho.pune1');
    const photo = ok(await writer.request('POST', '/api/v1/attachments', undefined, { raw: pngOf(300, 33) as unknown as string, headers: { 'content-type': 'image/png' } }), 201).body.sha256;
    const r = ok(
      await writer.post(
        '/api/v1/found-persons',
        found({
          person: { name: CHILD.name },
          description: { ageRange: { from: 17, to: 20 }, marks: CHILD.mark, photoSha256: photo, clothes: 'Red T-shirt' },
          foundAt: '2026-06-30T07:00:00+05:30',
          receivedAt: '2026-06-30T09:00:00+05:30',
          circumstances: `Found alone near the ticket counter; says his name is ${CHILD.name}.`,
        }),
      ),
      201,
    );
    childId = r.body.id;
    assert.equal(r.body.child, true, 'an estimate reaching below 18 is a child');
    assert.equal(r.body.person!.masked, true);
    assert.equal(r.body.description.photoSha256, null);
    assert.equal(r.body.description.marks, null);
    const leaks = (json: unknown) => [CHILD.name, 'Chintu', 'crescent', photo].filter((s) => JSON.stringify(json).includes(s));
    assert.deepEqual(leaks(r.body), []);
    const [cwc] = r.body.clocks;
    assert.equal(cwc!.code, 'child-found-cwc-24h');
    assert.equal(cwc!.startedAt, '2026-06-30T03:30:00.000Z', 'from when the police took charge');
    assert.equal(cwc!.dueAt, '2026-07-01T03:30:00.000Z');
    assert.equal(cwc!.status, 'overdue');
    const row = (await server.node.foundPersons.get(childId))!;
    const gd = (await server.node.gd.get(row.gdEntryId))!;
    assert.ok(!gd.text.includes('Chintu'), `the diary never names the child: ${gd.text}`);
    assert.deepEqual(leaks(ok(await writer.get(`/api/v1/found-persons/${childId}`)).body), []);
    assert.deepEqual(leaks(ok(await writer.get(`/api/v1/found-persons?station=${PUNE}`)).body), []);
    for (const lang of ['en', 'hi'] as const) assert.deepEqual(leaks(await pdfAs(server, 'writer.pune1', `/api/v1/found-persons/${childId}/report.pdf?lang=${lang}`)), []);
    const full = ok(await sho.get(`/api/v1/found-persons/${childId}`)).body;
    assert.equal(shown(full.person).name, CHILD.name, 'the SHO may see the child');
    assert.equal(full.description.photoSha256, photo);
    assert.equal(full.unmasked, true);
    assert.match(await pdfAs(server, 'sho.pune1', `/api/v1/found-persons/${childId}/report.pdf?lang=en`), /Chintu Gaikwad/);
    const audit = await server.node.storage.db.selectFrom('audit_log').select(['action', 'detail']).where('target_id', '=', childId).execute();
    assert.ok(
      audit.some((a) => a.action === 'fir.read_unmasked'),
      'the unmasked read is audited',
    );
    assert.deepEqual(leaks(audit), []);
    // On the dashboard: a child to produce before the Committee, overdue.
    const dash = ok(await sho.get(`/api/v1/stations/${PUNE}/dashboard`)).body;
    assert.equal(dash.foundPersons.open, 3);
    assert.deepEqual(
      dash.foundPersons.cwcDue.map((c) => c.recordId),
      [childId],
    );
    assert.ok(dash.clocks.overdue.some((c) => c.recordType === 'found_person' && c.recordId === childId));
  });

  test('placed: an adult is not placed before the Child Welfare Committee; the child produced before it stops the clock', async () => {
    const writer = await as('sho.pune1');
    const before = await events();
    const adult = refused(await writer.post(`/api/v1/found-persons/${adultId}/placement`, { kind: 'cwc', name: 'CWC Pune', at: clock.now().toISOString() }), 400);
    assert.equal(adult.body.errors![0]!.path, 'kind');
    refused(await writer.post(`/api/v1/found-persons/${childId}/placement`, { kind: 'cwc', name: 'CWC Pune', at: '2027-01-01T00:00:00Z' }), 400);
    refused(await writer.post(`/api/v1/found-persons/${childId}/placement`, { kind: 'cwc', name: 'CWC Pune', at: '2026-06-01T00:00:00Z' }), 400);
    assert.equal(await events(), before, 'nothing written');
    const placed = ok(await writer.post(`/api/v1/found-persons/${childId}/placement`, { kind: 'cwc', name: 'Child Welfare Committee, Pune', at: clock.now().toISOString() })).body;
    assert.equal(placed.clocks[0]!.status, 'met_late', 'produced, late');
    assert.equal(placed.cwcProducedAt, clock.now().toISOString());
    const later = ok(await writer.post(`/api/v1/found-persons/${childId}/placement`, { kind: 'shelter', name: 'Children’s Home, Yerwada', at: clock.now().toISOString() })).body;
    assert.equal(later.placement!.kind, 'shelter');
    assert.equal(later.clocks[0]!.status, 'met_late', 'the first production stands');
    assert.deepEqual(ok(await writer.get(`/api/v1/stations/${PUNE}/dashboard`)).body.foundPersons.cwcDue, []);
  });

  test('bad input refused with the field named, nothing written', async () => {
    const writer = await as('writer.pune1');
    const before = await events();
    const cases: [string, Record<string, unknown>, string][] = [
      ['a future finding', found({ foundAt: '2027-01-01T00:00:00+05:30' }), 'foundAt'],
      ['taken charge of before found', found({ receivedAt: '2026-06-30T00:00:00+05:30' }), 'receivedAt'],
      ['no age at all', found({ description: { ageRange: undefined } }), 'description.ageRange'],
      ['an age outside the estimate', found({ person: { name: 'Ramu', age: 30 } }), 'person.age'],
      ['born after being found', found({ person: { name: 'Ramu', birthDate: '2026-12-01' }, description: { ageRange: undefined } }), 'person.birthDate'],
      ['an impossible age', found({ person: { name: 'Ramu', age: 300 } }), 'person.age'],
      ['an impossible estimate', found({ description: { ageRange: { from: 50, to: 40 } } }), 'description.ageRange.to'],
    ];
    for (const [what, body, path] of cases) {
      const r = refused(await writer.post('/api/v1/found-persons', body), 400, what);
      assert.ok(
        r.body.errors!.some((e) => e.path === path),
        `${what}: ${JSON.stringify(r.body.errors)}`,
      );
    }
    assert.equal(await events(), before, 'nothing written');
  });

  test('matched both ways across the State: a report at Nashik offers the found person, confirmed, then restored through the report (traced → returned); never merged', async () => {
    const nashik = await as('sho.nashik1');
    const pune = await as('sho.pune1');
    const report = ok(
      await nashik.post('/api/v1/missing-persons', {
        stationCode: NASHIK,
        person: { name: 'Vitthal Jadhav', age: 70 },
        description: {
          sex: 'male',
          heightCm: 161,
          build: 'thin',
          complexion: 'wheatish',
          marks: 'Mole on the right cheek',
          clothes: 'White dhoti, blue shirt',
          place: { address: 'Nashik Road', latitude: 19.95, longitude: 73.84 },
        },
        lastSeenAt: '2026-06-29T18:00:00+05:30',
        informant: { person: { name: 'Suman Jadhav', gender: 'female', age: 45 } },
      }),
      201,
    ).body;
    const fromReport = ok(await nashik.get(`/api/v1/missing-persons/${report.id}/match-candidates`)).body;
    const offered = fromReport.candidates.find((c) => c.id === adultId);
    assert.ok(offered, 'the report offers the found person');
    assert.equal(offered.kind, 'found_person');
    assert.ok(offered.reasons.some((x) => x.factor === 'marks' && x.verdict === 'agrees'));
    const fromFound = ok(await pune.get(`/api/v1/found-persons/${adultId}/match-candidates`)).body;
    assert.equal(fromFound.candidates[0]?.id, report.id, 'the found person offers the report first');
    assert.equal((await server.node.missingPersons.get(report.id))!.status, 'missing', 'offered, not merged');

    const confirmed = ok(
      await nashik.post('/api/v1/matches/found-persons/confirm', { missingPersonId: report.id, foundPersonId: adultId, reason: 'His daughter recognised him from the photo.' }),
    ).body;
    assert.equal(confirmed.decision, 'confirmed');
    assert.deepEqual(confirmed.outcome, { path: `/api/v1/found-persons/${adultId}/outcome`, body: { missingPersonId: report.id }, allowed: false });
    assert.equal((await server.node.foundPersons.get(adultId))!.status, 'found', 'confirming links, it does not conclude');
    refused(await nashik.post('/api/v1/matches/found-persons/confirm', { missingPersonId: report.id, foundPersonId: adultId, reason: 'Again, the same pair.' }), 409);
    assert.deepEqual(
      ok(await nashik.get(`/api/v1/missing-persons/${report.id}/match-candidates`)).body.confirmed.map((c) => c.id),
      [adultId],
    );

    const identified = ok(
      await pune.post(`/api/v1/found-persons/${adultId}/outcome`, {
        outcome: 'identified',
        at: clock.now().toISOString(),
        missingPersonId: report.id,
        note: 'Recognised by his daughter on a video call.',
      }),
    ).body;
    assert.equal(identified.status, 'identified');
    assert.equal(identified.outcome!.missingPerson!.status, 'traced');
    assert.equal(shown(identified.person).name, 'Vitthal Jadhav');
    clock.advance(600);
    const restored = ok(
      await pune.post(`/api/v1/found-persons/${adultId}/outcome`, {
        outcome: 'restored',
        at: clock.now().toISOString(),
        restoredTo: 'Suman Jadhav (daughter)',
        note: 'Handed over to his daughter at the station.',
      }),
    ).body;
    assert.equal(restored.status, 'restored');
    assert.equal((await server.node.missingPersons.get(report.id))!.status, 'returned');
    refused(await pune.post(`/api/v1/found-persons/${adultId}/outcome`, { outcome: 'restored', at: clock.now().toISOString(), note: 'Restored once more.' }), 409);
    assert.equal(ok(await pune.get(`/api/v1/found-persons/${adultId}/match-candidates`)).body.candidates.length, 0, 'no longer offered');
  });

  test('a report already traced elsewhere cannot be the one a found person is restored through; nothing written', async () => {
    const pune = await as('sho.pune1');
    const report = ok(
      await pune.post('/api/v1/missing-persons', {
        stationCode: PUNE,
        person: { name: 'Gopal Shinde', age: 72 },
        description: { sex: 'male', place: { address: 'Shivajinagar' } },
        lastSeenAt: '2026-06-30T18:00:00+05:30',
        informant: { person: { name: 'Meena Shinde', gender: 'female', age: 40 } },
      }),
      201,
    ).body;
    ok(await pune.post(`/api/v1/missing-persons/${report.id}/status`, { status: 'traced', at: clock.now().toISOString(), note: 'Traced at his sister’s house in Satara.' }));
    const second = (await server.node.foundPersons.list(PUNE, { limit: 50, station: undefined })).find((f) => f.number.endsWith('FPR00002'))!;
    const before = await events();
    const r = refused(
      await pune.post(`/api/v1/found-persons/${second.id}/outcome`, { outcome: 'restored', at: clock.now().toISOString(), missingPersonId: report.id, note: 'Restored to the family.' }),
      400,
    );
    assert.equal(r.body.errors![0]!.path, 'missingPersonId');
    assert.match(r.body.errors![0]!.message, /already marked traced elsewhere/);
    refused(await pune.post(`/api/v1/found-persons/${second.id}/outcome`, { outcome: 'restored', at: '2027-01-01T00:00:00Z', note: 'Restored to the family.' }), 400);
    assert.equal(await events(), before, 'nothing written');
  });
});
