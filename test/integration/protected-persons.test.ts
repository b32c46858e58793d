/**
 * Who sees a protected person, by every route: a 16-year-old victim of a sexual offence (BNS 64)
 * with a photo and a phone, her mother as complainant, and a 15-year-old accused. Linking them
 * by id, their masking on other records, ids in versions, complaints and the audit log, their
 * photo, the hit/no-hit answer of FIR and vehicle search, and the audit of searches.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { Role } from '../../src/domain/roles.js';
import { ManualClock } from '../../src/util/clock.js';
import { bearerClients, type Answer } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { refused, ok, shown } from '../support/answers.js';
import { z } from 'zod';

/** An audit entry of a person search: its detail records the terms searched (its shape varies by action, so the contract leaves it open). */
const searchEntry = z.object({ terms: z.object({ q: z.string() }) });

const VICTIM = 'Pooja Kamble';
const MOTHER = 'Lata Kamble';
const CHILD_ACCUSED = 'Rohit Salve';
const VICTIM_PHONE = '+91 98220 55555';
const VICTIM_VEHICLE = 'MH12XY9876';

describe(`protected persons: who sees them, by every route (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let victimId = '';
  let motherId = '';
  let childId = '';
  let photo = '';
  let caseId = '';
  let theftId = '';

  /** A bearer-token client for a user (demo or created here): the policy alone decides. */
  const as = bearerClients(() => server, 'protected persons');
  const addUser = (username: string, role: Role, unitCode: string) =>
    server.node.events.transaction((tx) =>
      server.node.users.create(tx, { id: randomUUID(), username, displayName: username, role, unitCode, language: 'en', passwordHash: 'x', mustChangePassword: false, totpSecret: null }, 'test'),
    );
  const eventCount = async () =>
    Number(
      (
        await server.node.storage.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const idOf = async (firId: string, role: string) =>
    (await server.node.storage.db.selectFrom('record_persons').select('person_id').where('record_id', '=', firId).where('role', '=', role).executeTakeFirstOrThrow()).person_id;
  /** What a refusal says, without what differs per request. */
  const refusal = (r: Answer) => {
    const problem = refused(r).body;
    return { status: r.status, type: problem.type, detail: problem.detail, errors: problem.errors };
  };
  const leaks = (r: Answer, ...secrets: string[]) => secrets.filter((s) => JSON.stringify(r.body).includes(s) || JSON.stringify(r.headers).includes(s));

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    await addUser('io2.pune1', 'investigating_officer', 'MH-PUN-PS01');
    await addUser('writer.pune2', 'station_writer', 'MH-PUN-PS02');
    await addUser('sho.pune2', 'station_house_officer', 'MH-PUN-PS02');
    const sho = await as('sho.pune1');
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 40, b: 90 } } })
      .png()
      .toBuffer();
    const up = await sho.request('POST', '/api/v1/attachments', undefined, { raw: png as unknown as string, headers: { 'content-type': 'image/png' } });
    assert.equal(up.status, 201, JSON.stringify(up.body));
    photo = up.body.sha256;
    const io = (await server.node.users.byUsername('io.pune1'))!;
    const reg = await sho.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '64' }],
        complainant: person(MOTHER, { gender: 'female', age: 42, relativeName: 'Sunil Kamble', relativeKind: 'husband' }),
        victims: [person(VICTIM, { gender: 'female', age: 16, phones: [VICTIM_PHONE], photoSha256: photo, aliases: ['Puja'] })],
        accused: [person(CHILD_ACCUSED, { age: 15 })],
        unknownAccused: [],
        properties: [{ description: 'Scooter of the victim', category: 'vehicle', value: 40000, vehicle: { registration: VICTIM_VEHICLE } }],
        ioUserId: io.id,
        briefFacts: `Statement of ${VICTIM}, aged 16, recorded by a woman officer at her home.`,
      }),
    );
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    caseId = reg.body.id;
    victimId = await idOf(caseId, 'victim');
    motherId = await idOf(caseId, 'complainant');
    childId = await idOf(caseId, 'accused');
  });
  after(() => server.close());

  test('linking a protected person by id without the right to unmask them: refused exactly like an unknown id, nothing written', async () => {
    const cases: [string, string, (id: string) => [string, unknown]][] = [
      ['a writer of the same station', 'writer.pune1', (id) => ['/api/v1/firs', theftFir({ witnesses: [{ personId: id }] })]],
      [
        'a writer of the same station, as complainant of a complaint',
        'writer.pune1',
        (id) => ['/api/v1/complaints', { stationCode: 'MH-PUN-PS01', complainant: { personId: id }, description: 'A complaint.', place: 'Baramati' }],
      ],
      ['another station of the district', 'writer.pune2', (id) => ['/api/v1/firs', theftFir({ stationCode: 'MH-PUN-PS02', complainant: { personId: id } })]],
      ['the SHO of another station of the district', 'sho.pune2', (id) => ['/api/v1/firs', theftFir({ stationCode: 'MH-PUN-PS02', victims: [{ personId: id }] })]],
      ['the SHO of another district', 'sho.nashik1', (id) => ['/api/v1/firs', theftFir({ stationCode: 'MH-NSK-PS01', accused: [{ personId: id }] })]],
    ];
    for (const [who, username, body] of cases) {
      const c = await as(username);
      const unknown = await c.post(...body(randomUUID()));
      assert.equal(unknown.status, 400, `${who}: an unknown id is refused (${JSON.stringify(unknown.body)})`);
      for (const id of [victimId, motherId, childId]) {
        const before = await eventCount();
        const r = await c.post(...body(id));
        assert.deepEqual(refusal(r), refusal(unknown), `${who}: a withheld person is answered as an unknown id`);
        assert.deepEqual(leaks(r, id, VICTIM, MOTHER, CHILD_ACCUSED), []);
        assert.equal(await eventCount(), before, `${who}: nothing written`);
      }
    }
    // An amendment by an IO of the station who is not the IO of the case; and converting a complaint.
    const io2 = await as('io2.pune1');
    const theft = await io2.post('/api/v1/firs', theftFir());
    assert.equal(theft.status, 201);
    const unknown = await io2.post(`/api/v1/firs/${theft.body.id}/amendments`, { reason: 'Witness examined today', addPersons: [{ role: 'witness', personId: randomUUID() }] });
    for (const id of [victimId, childId]) {
      const r: Answer = await io2.post(`/api/v1/firs/${theft.body.id}/amendments`, { reason: 'Witness examined today', addPersons: [{ role: 'witness', personId: id }] });
      assert.deepEqual(refusal(r), refusal(unknown), 'an amendment cannot link them either');
    }
    const writer = await as('writer.pune1');
    const complaint = ok(await writer.post('/api/v1/complaints', { stationCode: 'MH-PUN-PS01', complainant: person('Anil More'), description: 'A complaint.', place: 'Baramati' }));
    const conv = await writer.post(`/api/v1/complaints/${complaint.body.id}/convert`, theftFir({ complainant: { personId: complaint.body.complainantId }, witnesses: [{ personId: victimId }] }));
    assert.equal(conv.status, 400);
    assert.match(conv.body.errors![0]!.message, /no person with this id that you may link/);
    // A new person may not take a withheld person's photo either.
    const photoRef = await writer.post('/api/v1/firs', theftFir({ witnesses: [person('Someone Else', { photoSha256: photo })] }));
    assert.equal(photoRef.status, 400);
    assert.match(photoRef.body.errors![0]!.message, /upload the photo first/);
  });

  test('an officer who may unmask links her as a witness elsewhere: she stays withheld there from everyone else, whoever investigates that case', async () => {
    const sho = await as('sho.pune1');
    const io2 = (await server.node.users.byUsername('io2.pune1'))!;
    const r = await sho.post(
      '/api/v1/firs',
      theftFir({ witnesses: [{ personId: victimId }], ioUserId: io2.id, briefFacts: 'A chain was snatched near the bus stand; a girl waiting there saw the thieves.' }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    theftId = r.body.id;
    assert.equal(shown(r.body.witnesses[0]).name, VICTIM, 'the SHO of the station may see her');
    for (const username of ['io2.pune1', 'writer.pune1', 'sdpo.pune']) {
      const seen = await (await as(username)).get(`/api/v1/firs/${theftId}`);
      assert.equal(seen.status, 200);
      assert.equal(seen.body.witnesses[0]!.masked, true, `${username}: withheld on the theft FIR too`);
      assert.equal(seen.body.identitiesWithheld, true);
      assert.deepEqual(leaks(seen, VICTIM, 'Puja', VICTIM_PHONE, photo, victimId), [], `${username}: no name, alias, phone, photo or id`);
      const list = await (await as(username)).get('/api/v1/firs?limit=100');
      assert.deepEqual(leaks(list, VICTIM, victimId), []);
    }
    for (const username of ['io.pune1', 'sp.pune']) {
      const seen = ok(await (await as(username)).get(`/api/v1/firs/${theftId}`));
      assert.equal(shown(seen.body.witnesses[0]).name, VICTIM, `${username} may unmask her through her own case`);
    }
    const personPage = ok(await (await as('io2.pune1')).get(`/api/v1/persons/${victimId}`));
    assert.equal(personPage.body.masked, true);
    assert.deepEqual(personPage.body.records, []);
    assert.equal((await (await as('io2.pune1')).get(`/api/v1/persons/${victimId}/same-as`)).status, 404, 'her marks are not listed to those who may not see her');
  });

  test('ids of withheld persons are not handed out: versions, complaints, the FIR view', async () => {
    const writer = await as('writer.pune1');
    const versions = await writer.get(`/api/v1/firs/${caseId}/versions`);
    assert.equal(versions.status, 200);
    assert.deepEqual(leaks(versions, victimId, motherId, childId), []);
    assert.deepEqual(versions.body.versions[0]!.content.persons.map((p: { withheld?: boolean; role: string }) => [p.withheld, p.role]).sort(), [
      [true, 'accused'],
      [true, 'complainant'],
      [true, 'victim'],
    ]);
    const shoVersions = await (await as('sho.pune1')).get(`/api/v1/firs/${caseId}/versions`);
    assert.ok(JSON.stringify(shoVersions.body).includes(victimId), 'the SHO, who may unmask, sees the ids');
    const view = await writer.get(`/api/v1/firs/${caseId}`);
    // (Names in the free text are another rule's: see free-text redaction.)
    assert.deepEqual(leaks(view, victimId, motherId, childId, photo, MOTHER, CHILD_ACCUSED), []);
    // A complaint by the mother, registered by the SHO who may see her.
    const c = await (
      await as('sho.pune1')
    ).post('/api/v1/complaints', { stationCode: 'MH-PUN-PS01', complainant: { personId: motherId }, description: 'Threats received after the FIR.', place: 'Baramati' });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    const one = ok(await writer.get(`/api/v1/complaints/${c.body.id}`));
    assert.equal(one.body.complainant!.masked, true);
    assert.equal(one.body.complainantId, null);
    assert.deepEqual(leaks(one, motherId, MOTHER), []);
    assert.deepEqual(leaks(await writer.get('/api/v1/complaints'), motherId, MOTHER), []);
  });

  test('her photo is served only to those who may unmask her; to others exactly as a file that does not exist', async () => {
    const missing = 'f'.repeat(64);
    for (const username of ['writer.pune1', 'io2.pune1', 'sdpo.pune', 'sho.nashik1', 'scrb.mh']) {
      const c = await as(username);
      const none = await c.get(`/api/v1/attachments/${missing}`);
      const r = await c.get(`/api/v1/attachments/${photo}`);
      assert.deepEqual(refusal(r), refusal(none), `${username}: 404 like a file that does not exist`);
      assert.equal(r.status, 404);
    }
    for (const username of ['sho.pune1', 'io.pune1', 'sp.pune']) {
      const r = await (await as(username)).get(`/api/v1/attachments/${photo}`);
      assert.equal(r.status, 200, `${username} may unmask her`);
    }
    const alert = await (await as('sdpo.pune')).post('/api/v1/alerts', { kind: 'missing_person', title: 'Missing girl', details: 'Seen near the bus stand.', photoSha256: photo });
    const unknown = await (await as('sdpo.pune')).post('/api/v1/alerts', { kind: 'missing_person', title: 'Missing girl', details: 'Seen near the bus stand.', photoSha256: 'e'.repeat(64) });
    assert.deepEqual(refusal(alert), refusal(unknown), 'an alert cannot publish her photo');
  });

  test('outside the jurisdiction, FIR word and vehicle search answer nothing for a case with a protected person', async () => {
    const sho = await as('sho.pune1');
    // A control: an ordinary case is answered hit/no-hit outside as before.
    const ordinary = await sho.post(
      '/api/v1/firs',
      theftFir({
        briefFacts: 'Ganesh Bhosale reports his tractor stolen from the farm.',
        properties: [{ description: 'Tractor', category: 'vehicle', value: 500000, vehicle: { registration: 'MH12ZZ4321' } }],
      }),
    );
    assert.equal(ordinary.status, 201, JSON.stringify(ordinary.body));
    const nashik = await as('sho.nashik1');
    const control = ok(await nashik.get('/api/v1/search/firs?text=Ganesh%20Bhosale'));
    assert.deepEqual(
      control.body.elsewhere.map((e: { unitCode: string }) => e.unitCode),
      ['MH-PUN-PS01'],
    );
    for (const q of [VICTIM, 'Pooja', 'bus stand girl']) {
      const r = await nashik.get(`/api/v1/search/firs?text=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.elsewhere, [], `"${q}": no hit/no-hit answer`);
    }
    // Every FIR here is at Bhigwan Chowk: the two that name her are not counted.
    const atStation = await server.node.storage.db.selectFrom('firs').select('id').where('station_code', '=', 'MH-PUN-PS01').execute();
    const place = ok(await nashik.get(`/api/v1/search/firs?place=${encodeURIComponent('Bhigwan Chowk')}`));
    assert.deepEqual(
      place.body.elsewhere.map((e: { unitCode: string; count: number }) => [e.unitCode, e.count]),
      [['MH-PUN-PS01', atStation.length - 2]],
    );
    assert.deepEqual(
      ok(await nashik.get('/api/v1/search/vehicles?q=MH12ZZ4321')).body.elsewhere.map((e: { unitCode: string }) => e.unitCode),
      ['MH-PUN-PS01'],
    );
    assert.deepEqual(ok(await nashik.get(`/api/v1/search/vehicles?q=${VICTIM_VEHICLE}`)).body.elsewhere, []);
  });

  test('the audit log: no ids or photo hashes of withheld persons, and others’ searches only as searches except for the auditor, who still gets no withheld id', async () => {
    // Entries that name her: the SHO opens her page; a writer searches.
    await (await as('sho.pune1')).get(`/api/v1/persons/${victimId}`);
    const writer = await as('writer.pune1');
    await writer.get('/api/v1/search/persons?q=Ganesh%20Bhosale');
    await writer.get(`/api/v1/search/phones?q=${encodeURIComponent('+91 98220 12345')}`);
    for (const username of ['sdpo.pune', 'admin.mh', 'scrb.mh']) {
      const audit = await (await as(username)).get('/api/v1/audit?limit=500');
      assert.equal(audit.status, 200);
      assert.deepEqual(leaks(audit, victimId, motherId, childId, photo), [], `${username}: no withheld id or photo hash`);
      const search = audit.body.entries.find((e) => e.action === 'search.persons' && e.actor === 'writer.pune1');
      assert.ok(search, `${username} sees that the writer searched`);
      assert.equal(search.detail.terms, undefined, `${username}: not what was searched`);
      assert.equal(search.detail.ids, undefined, `${username}: not what was found`);
      assert.equal(typeof search.detail.count, 'number');
    }
    const sp = ok(await (await as('sp.pune')).get('/api/v1/audit?limit=500'));
    assert.ok(JSON.stringify(sp.body).includes(victimId), 'the SP, who may unmask her, sees her id');
    assert.equal(sp.body.entries.find((e: { action: string }) => e.action === 'search.persons')!.detail.terms, undefined, 'but not others’ search terms');
    const auditor = await (await as('audit.mh')).get('/api/v1/audit?limit=500');
    assert.equal(auditor.status, 200);
    const full = auditor.body.entries.find((e) => e.action === 'search.persons' && e.actor === 'writer.pune1');
    assert.equal(searchEntry.parse(full!.detail).terms.q, 'Ganesh Bhosale', 'the auditor reads searches in full');
    assert.ok(Array.isArray(full!.detail.ids));
    // Reading the log in full lifts the limit on searches only: the ids of persons the auditor
    // may not see, and their photos' hashes, stay withheld from them as from anyone.
    assert.ok(!JSON.stringify(auditor.body).includes(victimId) && !JSON.stringify(auditor.body).includes(photo), 'no withheld id or photo hash, even for the auditor');
    assert.equal((await (await as('audit.mh')).get(`/api/v1/firs/${caseId}`)).status, 403, 'the auditor reads no case records');
    const own = ok(await writer.get('/api/v1/me/audit?limit=500'));
    assert.equal(searchEntry.parse(own.body.entries.find((e) => e.action === 'search.persons')!.detail).terms.q, 'Ganesh Bhosale', 'one’s own searches in one’s own trail');
  });

  test('a complaint alleging a sexual offence withholds its complainant before any FIR exists', async () => {
    const name = 'Savita Gaikwad';
    const sho = await as('sho.pune1');
    const reg = await sho.post('/api/v1/complaints', {
      stationCode: 'MH-PUN-PS01',
      complainant: { person: { name, gender: 'female', age: 24, phones: ['+91 90110 44556'] } },
      description: `${name} states that her employer assaulted her in the office store room.`,
      place: 'Office, Shivajinagar',
      sectionsAlleged: [{ act: 'BNS', section: '64' }],
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    assert.equal(reg.body.sensitive, true);
    assert.equal(shown(reg.body.complainant).name, name, 'the SHO sees her');
    const id = reg.body.id;
    const complainantId = reg.body.complainantId;
    for (const username of ['writer.pune1', 'io2.pune1', 'sdpo.pune']) {
      const c = await as(username);
      const one = await c.get(`/api/v1/complaints/${id}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.complainant!.masked, true, `${username}: her box is withheld`);
      assert.equal(one.body.complainantId, null, `${username}: and her id`);
      assert.equal(one.body.textWithheld, true);
      const list = await c.get('/api/v1/complaints');
      const gd = await c.get(`/api/v1/gd?date=2026-07-01`);
      const search = await c.get(`/api/v1/search/persons?q=${encodeURIComponent(name)}`);
      for (const r of [one, list, gd, search]) assert.deepEqual(leaks(r, 'Savita', 'Gaikwad', '44556', complainantId!), [], `${username}: ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    const link = await (
      await as('writer.pune1')
    ).post('/api/v1/complaints', { stationCode: 'MH-PUN-PS01', complainant: { personId: complainantId }, description: 'Another complaint', place: 'Bus stand' });
    assert.equal(link.status, 400, 'and she cannot be linked by those who may not see her');
  });

  test('a witness of a theft who later becomes the victim of a sexual offence: from then on the station’s free text is withheld of her, on every record', async () => {
    const name = 'Kavita Jadhav';
    const writer2 = await as('writer.pune2');
    const theft = ok(
      await writer2.post(
        '/api/v1/firs',
        theftFir({ stationCode: 'MH-PUN-PS02', witnesses: [person(name, { gender: 'female', age: 30 })], briefFacts: `Two men took a bag from a shop; ${name} saw them run.` }),
      ),
      201,
    );
    const kavitaId = await idOf(theft.body.id, 'witness');
    ok(await writer2.post('/api/v1/gd', { stationCode: 'MH-PUN-PS02', kind: 'general', text: `${name} came to give her statement in the shop theft.` }), 201);
    assert.match(ok(await writer2.get(`/api/v1/firs/${theft.body.id}`)).body.briefFacts, /Kavita Jadhav saw them run/, 'an unprotected witness is written as she is');
    // Weeks later she reports a sexual offence at the same station; the SHO registers it.
    ok(
      await (
        await as('sho.pune2')
      ).post(
        '/api/v1/firs',
        theftFir({ stationCode: 'MH-PUN-PS02', sections: [{ act: 'BNS', section: '64' }], victims: [{ personId: kavitaId }], briefFacts: 'The victim was assaulted on her way home.' }),
      ),
      201,
    );
    for (const username of ['writer.pune2', 'sdpo.pune']) {
      const c = await as(username);
      const fir = ok(await c.get(`/api/v1/firs/${theft.body.id}`));
      assert.equal(fir.body.witnesses[0]!.masked, true, `${username}: she is withheld on the theft FIR`);
      assert.match(fir.body.briefFacts, /\[name withheld\] saw them run/, `${username}: and from its facts`);
      const gd = ok(await c.get('/api/v1/gd?station=MH-PUN-PS02&date=2026-07-01'));
      assert.ok(
        gd.body.entries.some((e) => e.textWithheld && e.text.includes('[name withheld] came to give her statement')),
        `${username}: the station’s diary no longer names her: ${JSON.stringify(gd.body.entries)}`,
      );
      const list = await c.get('/api/v1/firs?limit=100');
      assert.deepEqual(leaks(list, 'Kavita', 'Jadhav', kavitaId), [], `${username}: nor the list of FIRs`);
    }
  });
});
