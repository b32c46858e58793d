import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { person, theftFir } from '../support/fir-bodies.js';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { sha256Hex } from '../../src/util/hash.js';
import { chunk, PNG_SIGNATURE, pngOf } from '../support/images.js';
import { ok as succeeded, shown } from '../support/answers.js';

describe(`station records (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const clients: Record<string, ApiClient> = {};
  const as = async (username: string) => {
    // Time moves in these tests: sign in again once the idle limit has ended a session.
    if (clients[username] && (await clients[username]!.get('/api/v1/me')).status === 401) delete clients[username];
    if (!clients[username]) {
      const c = new ApiClient(server.app);
      await c.signIn(username, DEMO_PASSWORD, server.demo.users[username]!.totpSecret, clock);
      clients[username] = c;
    }
    return clients[username]!;
  };
  const count = async (table: 'events' | 'firs' | 'persons' | 'gd_entries' | 'complaints') =>
    Number(
      (
        await server.node.storage.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('walk-in complaint → acknowledgement, GD entry; converted to an FIR under BNS 303(2) and 115(2)', async () => {
    const writer = await as('writer.pune1');
    const c = await writer.post('/api/v1/complaints', {
      stationCode: 'MH-PUN-PS01',
      complainant: person('Suresh Pawar'),
      description: 'My motorcycle was stolen last night.',
      place: 'Baramati',
      occurredFrom: '2026-07-01T01:00:00+05:30',
      sectionsAlleged: [{ act: 'BNS', section: '303(2)' }],
    });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    assert.match(c.body.ackNo, /^MH-PUN-PS01\/2026\/C00001$/);
    assert.equal(c.body.status, 'registered');
    const gd = succeeded(await writer.get('/api/v1/gd'));
    assert.equal(gd.body.date, '2026-07-01');
    assert.equal(gd.body.entries.at(-1)!.kind, 'complaint_registered');
    assert.equal(gd.body.entries.at(-1)!.refId, c.body.id);

    clock.advance(600);
    const conv = await writer.post(`/api/v1/complaints/${c.body.id}/convert`, theftFir({ complainant: { personId: c.body.complainantId } }));
    assert.equal(conv.status, 201, JSON.stringify(conv.body));
    const fir = conv.body.fir;
    assert.equal(fir.number, 'MH-PUN-PS01/2026/0001');
    assert.equal(fir.lawCode, 'BNS');
    assert.deepEqual(fir.principal, { act: 'BNS', section: '303(2)' }, 'theft (5 years) outranks hurt (1 year)');
    assert.equal(fir.sensitive, false);
    assert.equal(shown(fir.complainant).name, 'Suresh Pawar');
    assert.equal(conv.body.complaint.status, 'closed');
    assert.equal(conv.body.complaint.closure, 'converted_to_fir');
    assert.equal(conv.body.complaint.firId, fir.id);
    const gd2 = succeeded(await writer.get('/api/v1/gd'));
    const entry = gd2.body.entries.find((e: { id: string }) => e.id === fir.gdEntry!.id);
    assert.equal(entry!.kind, 'fir_registered');
    assert.ok(Date.parse(entry!.entryAt) <= Date.parse(fir.registeredAt), 'the GD entry never follows the FIR');
  });

  test('FIR numbers are gap-free and unique under parallel registrations', async () => {
    const writer = await as('writer.pune1');
    const io = await as('io.pune1');
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? writer : io).post('/api/v1/firs', theftFir({ complainant: person(`Complainant ${i}`) }))));
    for (const r of results) assert.equal(r.status, 201, JSON.stringify(r.body));
    const numbers = results.map((r) => Number(succeeded(r).body.number.split('/')[2])).sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      Array.from({ length: 16 }, (_, i) => i + 2),
      'after FIR 1: 2..17, none shared, none skipped',
    );
  });

  test('the law follows the occurrence date: IPC before 1 July 2024, BNS from it', async () => {
    const writer = await as('writer.pune1');
    const before = await count('events');
    const wrong = await writer.post(
      '/api/v1/firs',
      theftFir({ occurredFrom: '2024-06-30T22:00:00+05:30', occurredTo: undefined, infoReceivedAt: '2026-07-01T09:00:00+05:30', sections: [{ act: 'BNS', section: '303(2)' }] }),
    );
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors![0]!.path, 'sections.0');
    assert.match(wrong.body.errors![0]!.message, /before 1 July 2024, so the IPC applies \(use IPC 379\)/);
    assert.equal(await count('events'), before, 'nothing written');
    const old = await writer.post(
      '/api/v1/firs',
      theftFir({
        occurredFrom: '2024-06-30T22:00:00+05:30',
        occurredTo: undefined,
        infoReceivedAt: '2026-07-01T09:00:00+05:30',
        sections: [{ act: 'IPC', section: '379' }],
        delayReasons: 'Complainant was abroad',
      }),
    );
    assert.equal(old.status, 201, JSON.stringify(old.body));
    assert.equal(old.body.lawCode, 'IPC');
    const boundary = await writer.post('/api/v1/firs', theftFir({ occurredFrom: '2024-07-01T00:00:00+05:30', occurredTo: undefined, infoReceivedAt: '2026-07-01T09:00:00+05:30' }));
    assert.equal(boundary.status, 201, 'midnight IST on 1 July 2024 is BNS');
  });

  test('amendments are new versions with reason and author; adding an accused and a victim', async () => {
    const sho = await as('sho.pune1');
    const reg = succeeded(await sho.post('/api/v1/firs', theftFir()));
    const id = reg.body.id;
    const io = server.demo.users['io.pune1']!;
    const ioUser = await server.node.users.byUsername(io.username);
    const am = await sho.post(`/api/v1/firs/${id}/amendments`, {
      reason: 'Accused identified from CCTV; victim statement recorded',
      addPersons: [
        { role: 'accused', person: { name: 'Raju alias Bablu Shaikh', gender: 'male', age: 24 } },
        { role: 'victim', person: { name: 'Suresh Pawar', gender: 'male', age: 41 } },
      ],
    });
    assert.equal(am.status, 200, JSON.stringify(am.body));
    assert.equal(am.body.version, 2);
    assert.equal(shown(am.body.accused[0]).name, 'Raju alias Bablu Shaikh');
    assert.equal(am.body.victims.length, 1);
    // The IO is assigned on the case file; a later amendment keeps the assignment.
    assert.equal((await sho.post(`/api/v1/cases/${id}/assignment`, { ioUserId: ioUser!.id })).status, 200);
    const again = await sho.post(`/api/v1/firs/${id}/amendments`, { reason: 'Place corrected after the spot visit', place: { address: 'Bhigwan Chowk, Baramati' } });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.io!.id, ioUser!.id);
    const versions = succeeded(await sho.get(`/api/v1/firs/${id}/versions`));
    assert.deepEqual(
      versions.body.versions.map((v: { version: number }) => v.version),
      [1, 2, 3],
    );
    assert.equal(versions.body.versions[1]!.reason, 'Accused identified from CCTV; victim statement recorded');
    assert.equal(versions.body.versions[0]!.content.persons.length, 1, 'version 1 is unchanged');
    const none = await sho.post(`/api/v1/firs/${id}/amendments`, { reason: 'nothing really' });
    assert.equal(none.status, 400);
  });

  test('sensitive case: victim identity withheld from others, shown to the IO and SHO, unmasked views audited', async () => {
    const sho = await as('sho.pune1');
    const ioUser = await server.node.users.byUsername('io.pune1');
    const reg = await sho.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '64' }],
        complainant: person('Meena Jadhav', { gender: 'female', age: 29 }),
        victims: [person('Meena Jadhav', { gender: 'female', age: 29 })],
        unknownAccused: [],
        properties: [],
        ioUserId: ioUser!.id,
        briefFacts: 'Statement recorded by a woman officer.',
      }),
    );
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    assert.equal(reg.body.sensitive, true);
    const id = reg.body.id;
    assert.equal(shown(succeeded(await sho.get(`/api/v1/firs/${id}`)).body.victims[0]).name, 'Meena Jadhav', 'the SHO of the station');
    const writer = await as('writer.pune1');
    const seen = succeeded(await writer.get(`/api/v1/firs/${id}`));
    assert.equal(seen.body.identitiesWithheld, true);
    assert.equal(seen.body.victims[0]!.masked, true);
    assert.equal(seen.body.complainant!.masked, true);
    assert.ok(!JSON.stringify(seen.body).includes('Meena'), 'the name appears nowhere in the answer');
    const list = succeeded(await writer.get('/api/v1/firs?limit=100'));
    const row = list.body.firs.find((f: { id: string }) => f.id === id);
    assert.equal(row!.complainantName, null);
    assert.ok(!JSON.stringify(list.body).includes('Meena'));
    const sp = await as('sp.pune');
    assert.equal(shown(succeeded(await sp.get(`/api/v1/firs/${id}`)).body.victims[0]).name, 'Meena Jadhav', 'the SP is granted record.unmask');
    const io = await as('io.pune1');
    assert.equal(shown(succeeded(await io.get(`/api/v1/firs/${id}`)).body.victims[0]).name, 'Meena Jadhav', 'the IO of the case');
    const unmasked = await server.node.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'fir.read_unmasked').where('target_id', '=', id).execute();
    assert.deepEqual([...new Set(unmasked.map((r) => r.actor_username))].sort(), ['io.pune1', 'sho.pune1', 'sp.pune']);
    const personId = (await server.node.storage.db.selectFrom('record_persons').select('person_id').where('record_id', '=', id).where('role', '=', 'victim').executeTakeFirstOrThrow()).person_id;
    const p = succeeded(await writer.get(`/api/v1/persons/${personId}`));
    assert.equal(p.body.masked, true);
    const matches = succeeded(await writer.get('/api/v1/persons/matches?name=Meena%20Jadhav'));
    assert.equal(matches.body.matches.length, 0, 'protected persons are never suggested');
  });

  test('FIR copy PDF in English and Hindi with a verification code anyone can check', async () => {
    const sho = await as('sho.pune1');
    const reg = succeeded(await sho.post('/api/v1/firs', theftFir()));
    for (const lang of ['en', 'hi']) {
      const r = await sho.request('GET', `/api/v1/firs/${reg.body.id}/copy.pdf?lang=${lang}&for=informant`);
      assert.equal(r.status, 200);
      assert.equal(r.headers['content-type'], 'application/pdf');
      assert.equal(String(r.body).slice(0, 5), '%PDF-');
    }
    const fir = (await server.node.firs.get(reg.body.id))!;
    const { verificationCode } = await import('../../src/documents/verification.js');
    const code = verificationCode(server.node.secrets, fir);
    const ok = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${code}` });
    assert.equal(ok.statusCode, 200);
    assert.equal(JSON.parse(ok.body).number, reg.body.number);
    assert.ok(!ok.body.includes('Suresh'), 'no personal data in the verification answer');
    const forged = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}` });
    assert.equal(forged.statusCode, 404);
    const copies = await server.node.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'fir.copy').where('target_id', '=', reg.body.id).execute();
    assert.equal(copies.length, 2, 'every copy issued is audited');
  });

  test('zero FIR: registered anywhere, transferred to the jurisdictional station with the link kept', async () => {
    const sho = await as('sho.pune1');
    const zero = await sho.post('/api/v1/firs', theftFir({ origin: 'zero', jurisdictionStationCode: 'MH-NSK-PS01', place: { address: 'Nashik Road railway station' } }));
    assert.equal(zero.status, 201, JSON.stringify(zero.body));
    const t = await sho.post(`/api/v1/firs/${zero.body.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'Offence occurred in the jurisdiction of Nashik' });
    assert.equal(t.status, 200, JSON.stringify(t.body));
    assert.equal(t.body.from.status, 'transferred');
    assert.equal(t.body.from.transferredToFir, t.body.to!.id);
    assert.equal(t.body.to!.transferredFromFir, zero.body.id);
    assert.equal(t.body.to!.number, 'MH-NSK-PS01/2026/0001');
    const nashik = await as('sho.nashik1');
    const got = await nashik.get(`/api/v1/firs/${t.body.to!.id}`);
    assert.equal(got.status, 200);
    assert.equal((await nashik.get(`/api/v1/firs/${zero.body.id}`)).status, 403, 'the zero FIR stays with its station');
    const again = await sho.post(`/api/v1/firs/${zero.body.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'again and again' });
    assert.equal(again.status, 409);
  });

  test('e-FIR awaits the informant’s signature', async () => {
    const sho = await as('sho.pune1');
    const e = succeeded(await sho.post('/api/v1/firs', theftFir({ origin: 'efir', infoType: 'electronic' })));
    assert.equal(e.body.status, 'awaiting_signature');
    const s = await sho.post(`/api/v1/firs/${e.body.id}/efir-signature`);
    assert.equal(s.status, 200, JSON.stringify(s.body));
    assert.equal(s.body.status, 'registered');
    assert.ok(s.body.efirSignedAt);
    assert.equal((await sho.post(`/api/v1/firs/${e.body.id}/efir-signature`)).status, 409);
  });

  test('bad input: a clear field-level error and nothing written', async () => {
    const writer = await as('writer.pune1');
    const cases: [string, Record<string, unknown>, number, RegExp][] = [
      ['unknown section', { sections: [{ act: 'BNS', section: '999' }] }, 400, /not in the law catalogue/],
      ['occurrence after registration', { occurredFrom: '2026-07-02T10:00:00+05:30', occurredTo: undefined }, 400, /after the registration time/],
      ['missing brief facts', { briefFacts: undefined }, 400, /briefFacts: is required/],
      ['missing place', { place: undefined }, 400, /place: is required/],
      ['no sections', { sections: [] }, 400, /at least one section/],
      ['another station', { stationCode: 'MH-NSK-PS01' }, 403, /only at your own station/],
      [
        'a GD entry that is not this station’s',
        { registeredAt: '2026-07-01T08:00:00+05:30', infoReceivedAt: '2026-07-01T07:30:00+05:30', gdEntryId: '00000000-0000-7000-8000-000000000000' },
        400,
        /gdEntryId/,
      ],
    ];
    for (const [name, override, status, message] of cases) {
      const before = { events: await count('events'), firs: await count('firs'), persons: await count('persons'), gd: await count('gd_entries') };
      const r = await writer.post('/api/v1/firs', theftFir(override));
      assert.equal(r.status, status, `${name}: ${JSON.stringify(r.body)}`);
      assert.match(JSON.stringify(r.body), message, name);
      assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.deepEqual({ events: await count('events'), firs: await count('firs'), persons: await count('persons'), gd: await count('gd_entries') }, before, `${name}: nothing written`);
    }
  });

  test('an FIR can never be registered before the GD entry it cites', async () => {
    const writer = await as('writer.pune1');
    clock.advance(60);
    const info = await writer.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'information', text: 'Telephone information of a theft received.' });
    assert.equal(info.status, 201);
    const earlier = new Date(Date.parse(info.body.entryAt) - 60_000).toISOString();
    const r = await writer.post('/api/v1/firs', theftFir({ gdEntryId: info.body.id, registeredAt: earlier, infoReceivedAt: '2026-07-01T09:00:00+05:30' }));
    assert.equal(r.status, 400);
    assert.match(r.body.detail, /cannot be registered before its GD entry/);
    clock.advance(60);
    const ok = await writer.post('/api/v1/firs', theftFir({ gdEntryId: info.body.id, registeredAt: clock.now().toISOString(), infoReceivedAt: '2026-07-01T09:00:00+05:30' }));
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.gdEntry!.id, info.body.id);
  });

  test('an arrest entered in the GD starts the FIR’s 24-hour production clock (BNSS 58); default bail waits for the first remand (BNSS 187(3))', async () => {
    const sho = await as('sho.pune1');
    const reg = succeeded(await sho.post('/api/v1/firs', theftFir()));
    assert.ok(!reg.body.clocks.some((c) => c.code.startsWith('production-before')), 'no arrest, no production clock');
    const arrest = await sho.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'arrest', text: 'Accused Raju Shaikh arrested at Bhigwan Chowk', firId: reg.body.id });
    assert.equal(arrest.status, 201, JSON.stringify(arrest.body));
    const fir = succeeded(await sho.get(`/api/v1/firs/${reg.body.id}`));
    const clock = fir.body.clocks.find((c: { code: string }) => c.code === 'production-before-magistrate-24h');
    assert.ok(clock, JSON.stringify(fir.body.clocks.map((c: { code: string }) => c.code)));
    assert.equal(clock.status, 'running');
    assert.equal(Date.parse(clock.dueAt) - Date.parse(arrest.body.entryAt), 24 * 3600_000, 'due 24 hours after the arrest');
    assert.ok(!fir.body.clocks.some((c: { code: string }) => c.code.startsWith('charge-sheet')), 'the default-bail clock runs from the first remand, not the arrest');
    const wrong = await sho.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'arrest', text: 'x', firId: '00000000-0000-7000-8000-000000000000' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors![0]!.path, 'firId');
  });

  test('General Diary: numbered per day, corrections are new entries referring to the old', async () => {
    const io = await as('io.pune1');
    const dep = succeeded(await io.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'departure', text: 'Departed for spot inspection with HC Jadhav' }));
    const arr = succeeded(await io.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'arrival', text: 'Returned after inspection' }));
    assert.equal(arr.body.entryNo, dep.body.entryNo + 1);
    const fix = succeeded(await io.post('/api/v1/gd/corrections', { correctsId: dep.body.id, text: 'Departed with HC Sunita Jadhav and PC More' }));
    assert.equal(fix.body.kind, 'correction');
    assert.equal(fix.body.correctsId, dep.body.id);
    const day = succeeded(await io.get('/api/v1/gd'));
    const nos = day.body.entries.map((e: { entryNo: number }) => e.entryNo);
    assert.deepEqual(
      nos,
      Array.from({ length: nos.length }, (_, i) => i + 1),
    );
    assert.equal(day.body.entries.find((e: { id: string }) => e.id === dep.body.id)!.text, 'Departed for spot inspection with HC Jadhav', 'the old entry stays');
    clock.advance(24 * 3600);
    const next = succeeded(await (await as('io.pune1')).post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Roll call' }));
    assert.equal(next.body.entryNo, 1, 'numbering starts again each IST day');
    assert.equal((await (await as('io.pune1')).post('/api/v1/gd', { stationCode: 'MH-NSK-PS01', kind: 'general', text: 'x' })).status, 403);
  });

  test('persons: likely existing persons are offered; photos are type- and size-checked and content-addressed', async () => {
    const writer = await as('writer.pune1');
    const m = succeeded(await writer.get(`/api/v1/persons/matches?name=${encodeURIComponent('suresh  PAWAR')}&relativeName=Dattatray%20Pawar`));
    assert.ok(m.body.matches.length >= 1);
    assert.equal(shown(m.body.matches[0]!.person).name, 'Suresh Pawar');
    assert.ok(m.body.matches[0]!.reasons.includes('strong match'), 'the same name, differently written, is a strong match');
    const png = pngOf(100);
    const up = await writer.request('POST', '/api/v1/attachments', undefined, { raw: png as unknown as string, headers: { 'content-type': 'image/png' } });
    assert.equal(up.status, 201, JSON.stringify(up.body));
    assert.match(up.body.sha256, /^[0-9a-f]{64}$/);
    const again = succeeded(await writer.request('POST', '/api/v1/attachments', undefined, { raw: png as unknown as string, headers: { 'content-type': 'image/png' } }));
    assert.equal(again.body.sha256, up.body.sha256);
    const notImage = await writer.request('POST', '/api/v1/attachments', undefined, { raw: 'hello, this is text', headers: { 'content-type': 'image/png' } });
    assert.equal(notImage.status, 415);
    assert.match(notImage.body.detail, /not a JPEG, PNG or WebP/);
    const big = Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]);
    assert.equal((await writer.request('POST', '/api/v1/attachments', undefined, { raw: big as unknown as string, headers: { 'content-type': 'image/png' } })).status, 413);
    const withPhoto = await writer.post('/api/v1/firs', theftFir({ complainant: person('Photo Person', { photoSha256: up.body.sha256 }) }));
    assert.equal(withPhoto.status, 201, JSON.stringify(withPhoto.body));
    const missing = await writer.post('/api/v1/firs', theftFir({ complainant: person('Photo Person', { photoSha256: 'a'.repeat(64) }) }));
    assert.equal(missing.status, 400);
    const aadhaar = succeeded(await writer.post('/api/v1/firs', theftFir({ complainant: person('Aadhaar Holder', { idDocuments: [{ kind: 'aadhaar', number: '2345 6789 0123' }] }) })));
    assert.equal(shown(aadhaar.body.complainant).idDocuments[0]!.number, 'XXXX-XXXX-0123');
    const raw = JSON.stringify(await server.node.storage.db.selectFrom('events').select('payload').execute());
    assert.ok(!raw.includes('234567890123') && !raw.includes('2345 6789'), 'the full Aadhaar number is stored nowhere');
  });

  test('photos are decoded and encoded again: what is stored is pixels only, never what rode along', async (t) => {
    const writer = await as('writer.pune1');
    const upload = (bytes: Buffer, type: string) => writer.request('POST', '/api/v1/attachments', undefined, { raw: bytes as unknown as string, headers: { 'content-type': type } });
    const stored = async (sha: string) => {
      const r = await server.app.inject({ method: 'GET', url: `/api/v1/attachments/${sha}`, headers: { cookie: `cctns_session=${writer.cookie('cctns_session')}` } });
      assert.equal(r.statusCode, 200);
      return r.rawPayload;
    };
    await t.test('a PNG carrying HTML in a chunk and after its end keeps no HTML', async () => {
      const html = '<html><body><script>alert(document.cookie)</script></body></html>';
      const png = pngOf(300, 77);
      const iend = png.length - 12;
      const polyglot = Buffer.concat([png.subarray(0, iend), chunk('tEXt', Buffer.from(`Comment\0${html}`, 'latin1')), png.subarray(iend), Buffer.from(html)]);
      const up = await upload(polyglot, 'image/png');
      assert.equal(up.status, 201, JSON.stringify(up.body));
      const bytes = await stored(up.body.sha256);
      assert.doesNotMatch(bytes.toString('latin1'), /<html|<script/i);
      assert.equal(up.body.sha256, sha256Hex(bytes), 'the hash is of the bytes stored');
      assert.equal(up.body.size, bytes.length);
      assert.equal((await sharp(bytes).metadata()).format, 'png');
    });
    await t.test('a JPEG with GPS in its EXIF comes back without EXIF, XMP or ICC', async () => {
      const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
        .withExif({ IFD0: { Make: 'PhoneCo', ImageDescription: 'victim home' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 31/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '73/1 51/1 0/1' } })
        .jpeg()
        .toBuffer();
      assert.ok((await sharp(jpeg).metadata()).exif, 'the upload has EXIF');
      assert.match(jpeg.toString('latin1'), /PhoneCo/);
      const up = await upload(jpeg, 'image/jpeg');
      assert.equal(up.status, 201, JSON.stringify(up.body));
      const bytes = await stored(up.body.sha256);
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.format, 'jpeg');
      assert.equal(meta.exif, undefined);
      assert.equal(meta.xmp, undefined);
      assert.equal(meta.icc, undefined);
      assert.doesNotMatch(bytes.toString('latin1'), /PhoneCo|victim home/);
      assert.deepEqual([meta.width, meta.height], [64, 48]);
    });
    await t.test('an image cut short is refused', async () => {
      const jpeg = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#3366aa' } })
        .jpeg()
        .toBuffer();
      const r = await upload(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image/jpeg');
      assert.equal(r.status, 415);
      assert.match(r.body.detail, /could not be read/);
      const png = pngOf(3000, 5);
      assert.equal((await upload(png.subarray(0, png.length - 200), 'image/png')).status, 415);
    });
    await t.test('an image of enormous dimensions (a decompression bomb) is refused', async () => {
      const header = Buffer.alloc(13);
      header.writeUInt32BE(60_000, 0);
      header.writeUInt32BE(60_000, 4);
      header.set([8, 2, 0, 0, 0], 8);
      const bomb = Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.alloc(1_000_000))), chunk('IEND', Buffer.alloc(0))]);
      const r = await upload(bomb, 'image/png');
      assert.equal(r.status, 413);
      assert.match(r.body.detail, /million pixels/);
      assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
    });
    await t.test('a WebP is stored as a WebP; a GIF is refused', async () => {
      const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#00aa00' } })
        .webp()
        .toBuffer();
      const up = await upload(webp, 'image/webp');
      assert.equal(up.status, 201);
      assert.equal(up.body.mime, 'image/webp');
      const gif = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#00aa00' } })
        .gif()
        .toBuffer();
      assert.equal((await upload(gif, 'image/png')).status, 415);
    });
  });

  test('rebuild reproduces FIRs, versions, GD and counters; numbering continues', async () => {
    const snap = async () => ({
      firs: await server.node.storage.db.selectFrom('firs').selectAll().orderBy('id').execute(),
      versions: await server.node.storage.db.selectFrom('fir_versions').selectAll().orderBy('fir_id').orderBy('version').execute(),
      gd: await server.node.storage.db.selectFrom('gd_entries').selectAll().orderBy('id').execute(),
      counters: await server.node.storage.db.selectFrom('counters').selectAll().orderBy('scope').execute(),
    });
    const before = await snap();
    await server.node.events.rebuild();
    assert.deepEqual(await snap(), before);
    const writer = await as('writer.pune1');
    const next = succeeded(await writer.post('/api/v1/firs', theftFir()));
    const max = Math.max(...before.firs.filter((f) => f.station_code === 'MH-PUN-PS01' && f.year === 2026).map((f) => f.fir_no));
    assert.equal(next.body.firNo, max + 1);
  });
});
