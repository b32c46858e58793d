import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, refused, shown } from '../support/answers.js';
import { pdfAs, printedCode } from '../support/pdf.js';
import { pngOf } from '../support/images.js';

const NASHIK = 'MH-NSK-PS01';
const CHILD = { name: 'Pinki Shinde', father: 'Baban Shinde' };

/** A body as the Nashik officer registers it; `over` replaces parts of it. */
function body(over: { description?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { description, ...rest } = over;
  return {
    stationCode: NASHIK,
    description: {
      sex: 'female',
      ageRange: { from: 12, to: 16 },
      heightCm: 150,
      build: 'thin',
      complexion: 'fair',
      marks: 'Mole on the right cheek',
      clothes: 'Blue school uniform',
      place: { address: 'Godavari bank near Ramkund, Nashik', latitude: 20.0, longitude: 73.79 },
      ...description,
    },
    foundAt: '2026-07-01T07:30:00+05:30',
    informedAt: '2026-07-01T08:00:00+05:30',
    informant: { person: { name: 'Dattu Kale', gender: 'male', age: 50, phones: ['+91 98220 33333'] } },
    belongings: 'A red school bag, a steel tiffin',
    apparentCause: 'Drowning (apparent)',
    ...rest,
  };
}

const inquest = (over: Record<string, unknown> = {}) => ({
  heldBy: 'PSI Kiran Wagh',
  heldAt: '2026-07-01T10:00:00+05:30',
  witnesses: ['Sakharam Pawar', 'Nandu Bhosale'],
  findings: 'No external injuries; froth at the mouth; body swollen.',
  apparentCause: 'Drowning',
  forwardedTo: { designation: 'sub_divisional_magistrate', name: 'SDM Nashik' },
  forwardedAt: '2026-07-01T11:00:00+05:30',
  ...over,
});

describe(`unnatural deaths and unidentified bodies (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  const events = () => eventCount(server);
  const pdfOf = (username: string, url: string) => pdfAs(server, username, url);
  let bodyId = '';
  let secondId = '';
  let childReportId = '';

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('registered with its GD entry first, numbered per station and year, the 24-hour inquest clock running from the information', async () => {
    const sho = await as('sho.nashik1');
    const r = ok(await sho.post('/api/v1/unnatural-deaths', body()), 201);
    bodyId = r.body.id;
    assert.equal(r.body.number, `${NASHIK}/2026/UD00001`);
    assert.equal(r.body.status, 'unidentified');
    assert.deepEqual(r.body.description.ageRange, { from: 12, to: 16 });
    assert.equal(shown(r.body.informant).name, 'Dattu Kale');
    const row = (await server.node.unnaturalDeaths.get(bodyId))!;
    const gd = (await server.node.gd.get(row.gdEntryId))!;
    assert.equal(gd.kind, 'unnatural_death_registered');
    assert.ok(Date.parse(gd.entryAt) <= Date.parse(r.body.registeredAt), 'the GD entry comes first');
    const [clockState] = r.body.clocks;
    assert.equal(clockState!.code, 'inquest-report-24h');
    assert.equal(clockState!.startedAt, '2026-07-01T02:30:00.000Z', 'from the information received');
    assert.equal(clockState!.dueAt, '2026-07-02T02:30:00.000Z');
    assert.equal(clockState!.status, 'running');
    // The description's matching fields are columns, as for missing persons.
    const cols = await server.node.storage.db.selectFrom('unnatural_deaths').select(['sex', 'age_from', 'age_to', 'height_cm', 'latitude']).where('id', '=', bodyId).executeTakeFirstOrThrow();
    assert.deepEqual({ ...cols, latitude: Number(cols.latitude) }, { sex: 'female', age_from: 12, age_to: 16, height_cm: 150, latitude: 20 });

    const second = ok(
      await sho.post(
        '/api/v1/unnatural-deaths',
        body({ foundAt: '2026-07-01T09:00:00+05:30', informedAt: undefined, description: { sex: 'male', marks: 'Tattoo of a trident on the right arm', place: { address: 'Nashik railway yard' } } }),
      ),
      201,
    );
    secondId = second.body.id;
    assert.equal(second.body.number, `${NASHIK}/2026/UD00002`, 'numbers follow without a gap');
    assert.equal(second.body.informedAt, second.body.registeredAt, 'informed when registered, if not said');
    const dash = ok(await sho.get(`/api/v1/stations/${NASHIK}/dashboard`)).body.unnaturalDeaths;
    assert.equal(dash.unidentified, 2);
    assert.deepEqual(
      dash.inquestsDue.map((d) => d.number),
      [`${NASHIK}/2026/UD00001`, `${NASHIK}/2026/UD00002`],
    );
  });

  test('impossible dates and ages are refused with the field named, nothing written', async () => {
    const sho = await as('sho.nashik1');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ foundAt: '2026-07-03T10:00:00+05:30' }, 'foundAt', /future/],
      [{ informedAt: '2026-07-01T07:00:00+05:30' }, 'informedAt', /before the body was found/],
      [{ informedAt: '2026-07-05T07:00:00+05:30' }, 'informedAt', /future/],
      [{ description: { sex: 'male', place: { address: 'x' }, ageRange: { from: 40, to: 20 } } }, 'description.ageRange.to', /lower age/],
      [{ description: { sex: 'male', place: { address: 'x' }, ageRange: { from: 20, to: 300 } } }, 'description.ageRange.to', /120/],
      [{ description: { sex: 'male', place: { address: 'x', latitude: 51.5 } } }, 'description.place.latitude', /outside India/],
      [{ photos: ['a'.repeat(64)] }, 'photos.0', /upload the photo first/],
    ];
    for (const [over, path, message] of cases) {
      const before = await events();
      const r = refused(await sho.post('/api/v1/unnatural-deaths', body(over)), 400, JSON.stringify(over));
      const err = r.body.errors!.find((e) => e.path === path);
      assert.ok(err, `${path} named in ${JSON.stringify(r.body.errors)}`);
      assert.match(err.message, message);
      assert.equal(await events(), before, `nothing written for ${JSON.stringify(over)}`);
    }
  });

  test('the inquest: checked against the Act, then it stops the clock; once only; an inquest not forwarded in 24 hours is overdue', async () => {
    const sho = await as('sho.nashik1');
    refused(await (await as('sho.pune1')).post(`/api/v1/unnatural-deaths/${bodyId}/inquest`, inquest()), 403);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ heldAt: '2026-07-01T07:00:00+05:30' }, 'heldAt', /before the body was found/],
      [{ forwardedAt: '2026-07-01T09:00:00+05:30' }, 'forwardedAt', /before the inquest was held/],
      [{ forwardedAt: '2026-07-02T09:00:00+05:30' }, 'forwardedAt', /future/],
      [{ witnesses: ['Sakharam Pawar'] }, 'witnesses', /at least 2/],
      [{ witnesses: ['Sakharam Pawar', 'sakharam pawar '] }, 'witnesses', /at least 2 different/],
      [{ forwardedTo: { designation: 'tehsildar' } }, 'forwardedTo.designation', /district_magistrate/],
    ];
    for (const [over, path, message] of cases) {
      const before = await events();
      const r = refused(await sho.post(`/api/v1/unnatural-deaths/${bodyId}/inquest`, inquest(over)), 400, JSON.stringify(over));
      const err = r.body.errors!.find((e) => e.path === path);
      assert.ok(err, `${path} named in ${JSON.stringify(r.body.errors)}`);
      assert.match(err.message, message);
      assert.equal(await events(), before, 'nothing written');
    }
    const r = ok(await sho.post(`/api/v1/unnatural-deaths/${bodyId}/inquest`, inquest()));
    assert.equal(r.body.inquest!.forwardedTo.designation, 'sub_divisional_magistrate');
    assert.equal(r.body.clocks[0]!.status, 'met');
    refused(await sho.post(`/api/v1/unnatural-deaths/${bodyId}/inquest`, inquest()), 409);

    clock.advance(28 * 3600); // 2026-07-02T10:00Z: the second body's 24 hours have run out
    const dash = ok(await (await as('sho.nashik1')).get(`/api/v1/stations/${NASHIK}/dashboard`)).body;
    assert.deepEqual(
      dash.unnaturalDeaths.inquestsDue.map((d) => [d.recordId, d.clock.status]),
      [[secondId, 'overdue']],
      'the forwarded inquest is off the list; the other is overdue',
    );
    assert.ok(dash.clocks.overdue.some((d) => d.recordId === secondId && d.recordType === 'unnatural_death'));
  });

  test('the post-mortem reference and, later, its cause', async () => {
    const sho = await as('sho.nashik1');
    const before = await events();
    const early = refused(
      await sho.post(`/api/v1/unnatural-deaths/${bodyId}/post-mortem`, { hospital: 'Civil Hospital, Nashik', number: 'PM/123/2026', conductedAt: '2026-06-30T10:00:00+05:30' }),
      400,
    );
    assert.equal(early.body.errors![0]!.path, 'conductedAt');
    refused(
      await sho.post(`/api/v1/unnatural-deaths/${bodyId}/post-mortem`, {
        hospital: 'Civil Hospital, Nashik',
        number: 'PM/123/2026',
        conductedAt: '2026-07-01T14:00:00+05:30',
        reportReceivedAt: '2026-07-01T13:00:00+05:30',
      }),
      400,
    );
    assert.equal(await events(), before);
    ok(await sho.post(`/api/v1/unnatural-deaths/${bodyId}/post-mortem`, { hospital: 'Civil Hospital, Nashik', number: 'PM/123/2026', conductedAt: '2026-07-01T14:00:00+05:30' }));
    const r = ok(
      await sho.post(`/api/v1/unnatural-deaths/${bodyId}/post-mortem`, {
        hospital: 'Civil Hospital, Nashik',
        number: 'PM/123/2026',
        conductedAt: '2026-07-01T14:00:00+05:30',
        reportReceivedAt: '2026-07-02T12:00:00+05:30',
        causeOfDeath: 'Asphyxia due to drowning',
      }),
    );
    assert.equal(r.body.postMortem!.causeOfDeath, 'Asphyxia due to drowning');
  });

  test('identified as a missing child of another district: her report becomes found dead in the same transaction; she stays masked; refusals write nothing', async () => {
    const writer = await as('writer.pune1');
    const child = ok(
      await writer.post('/api/v1/missing-persons', {
        stationCode: 'MH-PUN-PS01',
        person: { name: CHILD.name, age: 14, relativeName: CHILD.father, relativeKind: 'father', addresses: [{ line: 'Gondhali lane, Baramati' }] },
        description: { sex: 'female', heightCm: 150, marks: 'Mole on the right cheek', place: { address: 'Outside the school, Baramati' } },
        lastSeenAt: '2026-06-30T16:00:00+05:30',
        informant: { person: { name: CHILD.father, gender: 'male', age: 40, phones: ['+91 98220 11111'] } },
        informantRelation: 'father',
      }),
      201,
    );
    childReportId = child.body.id;
    const adult = ok(
      await writer.post('/api/v1/missing-persons', {
        stationCode: 'MH-PUN-PS01',
        person: { name: 'Ramesh Gaikwad', age: 42 },
        description: { sex: 'male', place: { address: 'Baramati bus stand' } },
        lastSeenAt: '2026-06-30T18:00:00+05:30',
        informant: { person: { name: 'Sunanda Gaikwad', gender: 'female', age: 38 } },
      }),
      201,
    );
    clock.advance(3600);
    const sho = await as('sho.nashik1');
    const idf = (over: Record<string, unknown>) => ({ at: '2026-07-02T15:45:00+05:30', note: 'Identified by her father from the clothes and the mole.', ...over });
    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      [bodyId, { missingPersonId: '0190a000-0000-7000-8000-000000000000' }, 'missingPersonId', /is not a missing-person report/],
      [bodyId, {}, 'missingPersonId', /one of the two/],
      [bodyId, { missingPersonId: childReportId, person: { person: { name: 'X Y' } } }, 'missingPersonId', /one of the two/],
      [bodyId, { missingPersonId: childReportId, at: '2026-07-05T10:00:00+05:30' }, 'at', /future/],
      [bodyId, { missingPersonId: childReportId, at: '2026-07-01T07:00:00+05:30' }, 'at', /before the body was found/],
    ];
    for (const [id, over, path, message] of refusals) {
      const before = await events();
      const r = refused(await sho.post(`/api/v1/unnatural-deaths/${id}/identify`, idf(over)), 400, JSON.stringify(over));
      const err = r.body.errors!.find((e) => e.path === path);
      assert.ok(err, `${path} named in ${JSON.stringify(r.body.errors)}`);
      assert.match(err.message, message);
      assert.equal(await events(), before, 'nothing written');
    }

    const r = ok(await sho.post(`/api/v1/unnatural-deaths/${bodyId}/identify`, idf({ missingPersonId: childReportId })));
    assert.equal(r.body.status, 'identified');
    assert.equal(r.body.identification!.missingPerson!.status, 'found_dead');
    const report = (await server.node.missingPersons.get(childReportId))!;
    assert.equal(report.status, 'found_dead');
    assert.equal(report.statusAt, '2026-07-02T10:15:00.000Z');
    assert.equal((await server.node.alerts.get(report.alertId!))!.status, 'withdrawn', 'her alert is withdrawn');
    // Nashik's SHO may not see a child of Pune: no name, no marks, no photos, anywhere.
    assert.equal(r.body.identification!.person!.masked, true);
    assert.equal(r.body.description.marks, null);
    for (const text of [JSON.stringify(r.body), JSON.stringify(ok(await sho.get(`/api/v1/unnatural-deaths/${bodyId}`)).body), JSON.stringify(ok(await sho.get('/api/v1/unnatural-deaths')).body)])
      for (const term of ['Pinki', 'Gondhali', 'Mole on the right cheek']) assert.ok(!text.includes(term), `${term} is not shown`);
    const pdf = await pdfOf('sho.nashik1', `/api/v1/unnatural-deaths/${bodyId}/report.pdf`);
    assert.ok(!pdf.includes('Pinki') && !pdf.includes('Mole on the right cheek'), 'nor in the PDF');
    assert.match(pdf, /Identity withheld/);
    // Pune's SHO, who may see her, reads her report found dead.
    const pune = ok(await (await as('sho.pune1')).get(`/api/v1/missing-persons/${childReportId}`));
    assert.equal(shown(pune.body.person).name, CHILD.name);
    assert.equal(pune.body.status, 'found_dead');
    assert.match(pune.body.statusNote!, /UD00001/);

    // Twice, and to a report already closed: refused, nothing written.
    let before = await events();
    const twice = refused(await sho.post(`/api/v1/unnatural-deaths/${bodyId}/identify`, idf({ missingPersonId: adult.body.id })), 400);
    assert.match(twice.body.errors![0]!.message, /already identified/);
    const closed = refused(await sho.post(`/api/v1/unnatural-deaths/${secondId}/identify`, idf({ missingPersonId: childReportId })), 400);
    assert.match(closed.body.errors![0]!.message, /already closed as found dead/);
    assert.equal(await events(), before, 'nothing written');
    ok(await (await as('sho.pune1')).post(`/api/v1/missing-persons/${adult.body.id}/status`, { status: 'traced', at: '2026-07-02T15:50:00+05:30', note: 'Found at a relative’s house' }));
    before = await events();
    const traced = refused(await sho.post(`/api/v1/unnatural-deaths/${secondId}/identify`, idf({ missingPersonId: adult.body.id })), 400);
    assert.match(traced.body.errors![0]!.message, /already closed as traced/);
    assert.equal(await events(), before, 'nothing written');

    // A named person.
    const named = ok(await sho.post(`/api/v1/unnatural-deaths/${secondId}/identify`, idf({ person: { person: { name: 'Bhima Salve', gender: 'male', age: 60 } }, note: 'Identified by his son.' })));
    assert.equal(shown(named.body.identification!.person).name, 'Bhima Salve');
    assert.equal(named.body.identification!.missingPerson, null);
    assert.deepEqual(
      ok(await sho.get('/api/v1/unnatural-deaths?status=unidentified')).body.unnaturalDeaths.map((u) => u.id),
      [],
    );
    assert.equal(ok(await sho.get(`/api/v1/stations/${NASHIK}/dashboard`)).body.unnaturalDeaths.unidentified, 0);
  });

  test('lists by dates; the report as PDF in English and Hindi, verifiable; another district cannot read it', async () => {
    const sho = await as('sho.nashik1');
    assert.equal(ok(await sho.get('/api/v1/unnatural-deaths?from=2026-07-01T08:00:00%2B05:30')).body.unnaturalDeaths.length, 1, 'the second body, found later');
    assert.deepEqual(
      ok(await sho.get('/api/v1/unnatural-deaths?to=2026-07-01T08:00:00%2B05:30')).body.unnaturalDeaths.map((u) => u.id),
      [bodyId],
    );
    refused(await sho.get('/api/v1/unnatural-deaths?from=yesterday'), 400);
    for (const lang of ['en', 'hi'] as const) {
      const text = await pdfOf('sho.nashik1', `/api/v1/unnatural-deaths/${secondId}/report.pdf?lang=${lang}`);
      assert.match(text, lang === 'en' ? /UNNATURAL DEATH/ : /अप्राकृतिक मृत्यु/);
      assert.match(text, /Bhima Salve/);
      const v = ok(await sho.get(`/api/v1/verify/${printedCode(text)}`));
      assert.equal(v.body.document, 'unnatural-death-report');
      assert.equal(v.body.number, `${NASHIK}/2026/UD00002`);
    }
    refused(await (await as('sho.pune1')).get(`/api/v1/unnatural-deaths/${secondId}`), 403);
  });

  test('an unidentified body that may be a child’s: its photos and marks only to those who may see the station’s children; an adult’s to all who read it', async () => {
    const sho = await as('sho.pune1');
    const writer = await as('writer.pune1');
    const up = ok(await writer.request('POST', '/api/v1/attachments', undefined, { raw: pngOf(400, 21) as unknown as string, headers: { 'content-type': 'image/png' } }), 201);
    const sha = up.body.sha256;
    const at = { stationCode: 'MH-PUN-PS01', photos: [sha] };
    const child = ok(
      await sho.post(
        '/api/v1/unnatural-deaths',
        body({ ...at, description: { sex: 'male', ageRange: { from: 15, to: 19 }, marks: 'A tattoo of an anchor', photoSha256: sha, place: { address: 'Canal' } } }),
      ),
      201,
    );
    const unknown = ok(await sho.post('/api/v1/unnatural-deaths', body({ ...at, description: { sex: 'male', marks: 'A tattoo of an anchor', place: { address: 'Canal' } } })), 201);
    const adult = ok(
      await sho.post('/api/v1/unnatural-deaths', body({ ...at, description: { sex: 'male', ageRange: { from: 30, to: 40 }, marks: 'A tattoo of an anchor', place: { address: 'Canal' } } })),
      201,
    );
    for (const id of [child.body.id, unknown.body.id]) {
      const seen = ok(await writer.get(`/api/v1/unnatural-deaths/${id}`)).body;
      assert.deepEqual([seen.photos, seen.description.marks, seen.description.photoSha256], [[], null, null], 'withheld from the writer');
      const pdf = await pdfOf('writer.pune1', `/api/v1/unnatural-deaths/${id}/report.pdf`);
      assert.ok(!pdf.includes('anchor'), 'nor printed for the writer');
      const listed = ok(await writer.get('/api/v1/unnatural-deaths?station=MH-PUN-PS01')).body.unnaturalDeaths.find((u) => u.id === id)!;
      assert.deepEqual([listed.photos, listed.description.marks], [[], null], 'nor listed');
      assert.deepEqual(ok(await sho.get(`/api/v1/unnatural-deaths/${id}`)).body.photos, [sha], 'the SHO sees them');
    }
    const seen = ok(await writer.get(`/api/v1/unnatural-deaths/${adult.body.id}`)).body;
    assert.deepEqual([seen.photos, seen.description.marks], [[sha], 'A tattoo of an anchor']);
  });

  test('a person entered as an adult and identified as a body found before their eighteenth birthday is a child from then on', async () => {
    const sho = await as('sho.pune1');
    const writer = await as('writer.pune1');
    // 18 today (1 July 2026 on the test clock's day of entry); the body was found on 30 June, at 17.
    const complaint = ok(
      await sho.post('/api/v1/complaints', {
        stationCode: 'MH-PUN-PS01',
        complainant: { person: { name: 'Sagar Londhe', gender: 'male', birthDate: '2008-07-01' } },
        description: 'A lost bicycle.',
        place: 'Ward 6',
      }),
      201,
    );
    const personId = (await server.node.complaints.get(complaint.body.id))!.complainantId;
    assert.equal((await server.node.persons.get(personId))!.juvenile, false, '18 on the day entered');
    const b = ok(await sho.post('/api/v1/unnatural-deaths', body({ stationCode: 'MH-PUN-PS01', foundAt: '2026-06-30T12:00:00+05:30', informedAt: '2026-06-30T13:00:00+05:30' })), 201);
    ok(await sho.post(`/api/v1/unnatural-deaths/${b.body.id}/identify`, { person: { personId }, at: '2026-07-01T10:00:00+05:30', note: 'Identified by his brother.' }));
    assert.equal((await server.node.persons.get(personId))!.juvenile, true);
    assert.equal(ok(await writer.get(`/api/v1/unnatural-deaths/${b.body.id}`)).body.identification!.person!.masked, true);
    assert.equal(ok(await writer.get(`/api/v1/complaints/${complaint.body.id}`)).body.complainant!.masked, true, 'masked on every record he stands on');
  });
});
