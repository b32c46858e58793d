/**
 * The case file (issue 13): the SHO assigns the IO, only the IO or a supervisor who took the case
 * over on record acts on it, the case diary (BNSS 192) is numbered without gaps and read only by
 * the IO, the SHO and supervisors, and the timeline shows what happened. Both engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, shown } from '../support/answers.js';

describe(`case file (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = signedInClients(() => server, clock);
  const events = () => eventCount(server);
  const denials = async (action: string) =>
    Number(
      (
        await server.node.storage.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .where('outcome', '=', 'denied')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const id: Record<string, string> = {};
  const ids = (u: string) => id[u]!;
  const entry = (over: Record<string, unknown> = {}) => ({
    beganAt: '2026-07-01T12:00:00+05:30',
    closedAt: '2026-07-01T13:00:00+05:30',
    places: ['Bhigwan Chowk, Baramati'],
    text: 'Visited the place of occurrence, prepared the spot panchnama.',
    ...over,
  });

  let firId: string;
  let complainantId: string;

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    for (const u of Object.keys(server.demo.users)) id[u] = (await server.node.users.byUsername(u))!.id;
    const writer = await as('writer.pune1');
    const r = await writer.post('/api/v1/firs', theftFir());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    firId = r.body.id;
    complainantId = shown(r.body.complainant).id;
    clock.advance(8 * 3600); // 19:30 IST: the day's investigation has happened
  });
  after(() => server.close());

  test('before an IO is assigned nobody acts on the case; the SHO sees it and may assign', async () => {
    const sho = await as('sho.pune1');
    const file = await sho.get(`/api/v1/cases/${firId}`);
    assert.equal(file.status, 200, JSON.stringify(file.body));
    assert.equal(file.body.io, null);
    assert.deepEqual(file.body.may, { act: false, assign: true, takeOver: false, transfer: true });
    assert.deepEqual(
      file.body.timeline.map((t: { type: string }) => t.type),
      ['gd.fir_registered', 'fir.registered'],
    );
    const before = await events();
    const deniedBefore = await denials('case.act');
    const io = await as('io.pune1');
    const r = await io.post(`/api/v1/cases/${firId}/diary`, entry());
    assert.equal(r.status, 403);
    assert.match(r.body.detail, /no investigating officer yet/);
    assert.equal(await events(), before, 'nothing written');
    assert.equal(await denials('case.act'), deniedBefore + 1, 'the refusal is audited');
  });

  test('the SHO assigns the IO; only the SHO may', async () => {
    const io = await as('io.pune1');
    const self = await io.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('io.pune1') });
    assert.equal(self.status, 403, 'an IO does not assign cases');
    const sho = await as('sho.pune1');
    const notIo = await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('writer.pune1') });
    assert.equal(notIo.status, 400);
    assert.equal(notIo.body.errors![0]!.path, 'ioUserId');
    const outside = await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('sho.nashik1') });
    assert.equal(outside.status, 400, 'an officer of another station cannot be its IO');
    const r = await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('io.pune1') });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.io!.id, ids('io.pune1'));
    const assigned = r.body.timeline.find((t: { type: string }) => t.type === 'case.io_assigned');
    assert.equal(assigned!.officer!.id, ids('io.pune1'));
    assert.equal(assigned!.by!.id, ids('sho.pune1'));
    const again = await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('io.pune1') });
    assert.equal(again.status, 409);
    const fir = ok(await sho.get(`/api/v1/firs/${firId}`));
    assert.equal(fir.body.io!.id, ids('io.pune1'), 'the FIR names its current IO');
  });

  test('the IO keeps the diary: entries numbered 1, 2 …; statements of persons on the FIR or named', async () => {
    const io = await as('io.pune1');
    const first = await io.post(`/api/v1/cases/${firId}/diary`, entry({ statements: [{ personId: complainantId, text: 'I saw two men push my motorcycle away.' }] }));
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.entryNo, 1);
    assert.equal(shown(first.body.statements[0]!.maker).name, 'Suresh Pawar');
    const second = await io.post(
      `/api/v1/cases/${firId}/diary`,
      entry({ beganAt: '2026-07-01T14:00:00+05:30', closedAt: undefined, statements: [{ name: 'Ramesh Kale (neighbour)', text: 'I heard the engine start at 3 a.m.' }] }),
    );
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal(second.body.entryNo, 2);
    assert.equal(second.body.closedAt, null);
    const diary = ok(await io.get(`/api/v1/cases/${firId}/diary`));
    assert.deepEqual(
      diary.body.entries.map((e: { entryNo: number }) => e.entryNo),
      [1, 2],
    );
    const file = ok(await io.get(`/api/v1/cases/${firId}`));
    assert.equal(file.body.diaryEntries, 2);
    assert.deepEqual(file.body.may, { act: true, assign: false, takeOver: false, transfer: false });
    const diaryItems = file.body.timeline.filter((t: { type: string }) => t.type === 'case.diary_entry_added');
    assert.deepEqual(
      diaryItems.map((t) => [t.entryNo, t.text]),
      [
        [1, null],
        [2, null],
      ],
      'the timeline names diary entries without their text',
    );
  });

  test('bad diary entries are refused whole, naming the field', async () => {
    const io = await as('io.pune1');
    const before = await events();
    const cases: [Record<string, unknown>, string][] = [
      [entry({ beganAt: '2026-06-30T12:00:00+05:30' }), 'beganAt'],
      [entry({ beganAt: '2026-07-09T12:00:00+05:30' }), 'beganAt'],
      [entry({ closedAt: '2026-07-01T11:00:00+05:30' }), 'closedAt'],
      [entry({ statements: [{ personId: ids('io.pune1'), text: 'x' }] }), 'statements.0.personId'],
      [entry({ text: '' }), 'text'],
      [entry({ statements: [{ name: 'A', text: 'b', personId: complainantId }] }), 'statements.0'],
    ];
    for (const [body, path] of cases) {
      const r = await io.post(`/api/v1/cases/${firId}/diary`, body);
      assert.equal(r.status, 400, `${path}: ${JSON.stringify(r.body)}`);
      assert.ok(
        r.body.errors!.some((e: { path: string }) => e.path.startsWith(path)),
        `${path} named in ${JSON.stringify(r.body.errors)}`,
      );
    }
    assert.equal(await events(), before, 'nothing written');
  });

  test('others of the station may not act; the diary is for the IO, the SHO and supervisors only', async () => {
    const sho = await as('sho.pune1');
    const deniedBefore = await denials('case.act');
    const r = await sho.post(`/api/v1/cases/${firId}/diary`, entry());
    assert.equal(r.status, 403, 'the SHO is not the IO of this case');
    assert.equal(await denials('case.act'), deniedBefore + 1);
    for (const u of ['sho.pune1', 'sdpo.pune', 'sp.pune']) assert.equal((await (await as(u)).get(`/api/v1/cases/${firId}/diary`)).status, 200, u);
    for (const u of ['writer.pune1', 'sho.nashik1', 'scrb.mh', 'fsl.mh']) {
      const c = await as(u);
      assert.equal((await c.get(`/api/v1/cases/${firId}/diary`)).status, 403, `${u}: diary`);
      assert.equal((await c.get(`/api/v1/cases/${firId}`)).status, 403, `${u}: case file`);
    }
  });

  test('reassignment needs a reason; the old IO loses the case, the new one has it', async () => {
    const sho = await as('sho.pune1');
    const bare = await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('sho.pune1') });
    assert.equal(bare.status, 400);
    assert.equal(bare.body.errors![0]!.path, 'reason');
    const r = await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ids('sho.pune1'), reason: 'SI Patil is on leave for a month' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const item = r.body.timeline.filter((t: { type: string }) => t.type === 'case.io_assigned').at(-1);
    assert.equal(item!.text, 'SI Patil is on leave for a month');
    assert.equal((await (await as('io.pune1')).post(`/api/v1/cases/${firId}/diary`, entry())).status, 403);
    const third = await sho.post(`/api/v1/cases/${firId}/diary`, entry({ beganAt: '2026-07-01T15:00:00+05:30', closedAt: '2026-07-01T16:00:00+05:30' }));
    assert.equal(third.status, 201, JSON.stringify(third.body));
    assert.equal(third.body.entryNo, 3);
  });

  test('a supervisor takes the case over on record and acts on it', async () => {
    const sdpo = await as('sdpo.pune');
    assert.equal((await sdpo.post(`/api/v1/cases/${firId}/diary`, entry())).status, 403, 'not before taking it over');
    const short = await sdpo.post(`/api/v1/cases/${firId}/takeover`, { reason: 'no' });
    assert.equal(short.status, 400);
    const r = await sdpo.post(`/api/v1/cases/${firId}/takeover`, { reason: 'Supervision of a case with public disorder' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.acting!.id, ids('sdpo.pune'));
    assert.equal(r.body.may.act, true);
    const e = await sdpo.post(`/api/v1/cases/${firId}/diary`, entry({ beganAt: '2026-07-01T16:30:00+05:30', closedAt: null }));
    assert.equal(e.status, 201, JSON.stringify(e.body));
    assert.equal(e.body.entryNo, 4);
    assert.equal((await (await as('sho.nashik1')).post(`/api/v1/cases/${firId}/takeover`, { reason: 'Not my district at all' })).status, 403);
    assert.equal((await (await as('io.pune1')).post(`/api/v1/cases/${firId}/takeover`, { reason: 'I want it back please' })).status, 403);
  });

  test('the SHO hands the case to another station with its whole file; its SHO assigns an IO there, the old IO and station lose it', async () => {
    const writer = await as('writer.pune1');
    const r = await writer.post('/api/v1/firs', theftFir());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const caseId = r.body.id;
    const sho = await as('sho.pune1');
    assert.equal((await sho.post(`/api/v1/cases/${caseId}/assignment`, { ioUserId: ids('io.pune1') })).status, 200);
    const io = await as('io.pune1');
    assert.equal((await io.post(`/api/v1/cases/${caseId}/diary`, entry())).status, 201);
    assert.equal((await io.post(`/api/v1/cases/${caseId}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' })).status, 403, 'an IO does not transfer cases');
    const same = await sho.post(`/api/v1/cases/${caseId}/transfer`, { toStationCode: 'MH-PUN-PS01', reason: 'No reason at all' });
    assert.equal(same.status, 400);
    assert.equal(same.body.errors![0]!.path, 'toStationCode');
    const notStation = await sho.post(`/api/v1/cases/${caseId}/transfer`, { toStationCode: 'MH-PUN', reason: 'The district looks into it' });
    assert.equal(notStation.status, 400);
    const moved = await sho.post(`/api/v1/cases/${caseId}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.investigatingUnit.code, 'MH-NSK-PS01');
    // The FIR stays in Baramati's register; the case is Niphad's now.
    const fir = await sho.get(`/api/v1/firs/${caseId}`);
    assert.equal(fir.status, 200);
    assert.equal(fir.body.number, r.body.number);
    assert.equal(fir.body.io, null, 'the IO is released');
    assert.equal((await sho.get(`/api/v1/cases/${caseId}`)).status, 403, 'the sending station no longer holds the case');
    assert.equal((await io.post(`/api/v1/cases/${caseId}/diary`, entry())).status, 403, 'nor its IO');
    const nashik = await as('sho.nashik1');
    const file = await nashik.get(`/api/v1/cases/${caseId}`);
    assert.equal(file.status, 200, JSON.stringify(file.body));
    assert.equal(file.body.investigatingUnit.code, 'MH-NSK-PS01');
    assert.equal(file.body.diaryEntries, 1, 'the whole file came with it');
    assert.deepEqual(file.body.may, { act: false, assign: true, takeOver: false, transfer: true });
    assert.ok(file.body.timeline.some((t: { type: string; text: string | null }) => t.type === 'case.transferred' && t.text === 'The accused live in Niphad'));
    const io2 = await nashik.post(`/api/v1/cases/${caseId}/assignment`, { ioUserId: ids('sho.nashik1') });
    assert.equal(io2.status, 200, JSON.stringify(io2.body));
    const next = await nashik.post(`/api/v1/cases/${caseId}/diary`, entry({ beganAt: '2026-07-01T18:00:00+05:30', closedAt: null }));
    assert.equal(next.status, 201, JSON.stringify(next.body));
    assert.equal(next.body.entryNo, 2, 'the diary continues in the same volume');
    // The SP of Pune supervised it; the case is now in Nashik district.
    assert.equal((await (await as('sp.pune')).get(`/api/v1/cases/${caseId}`)).status, 403);
  });

  test("a sexual-offence victim's statement: masked for a supervisor who may not unmask, shown to the IO", async () => {
    const writer = await as('writer.pune1');
    const body = theftFir({
      sections: [{ act: 'BNS', section: '64(1)' }],
      complainant: person('Kavita Shinde', { gender: 'female', age: 24 }),
      briefFacts: 'Kavita Shinde reported that she was assaulted.',
      properties: [],
    });
    const r = await writer.post('/api/v1/firs', body);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const sho = await as('sho.pune1');
    assert.equal((await sho.post(`/api/v1/cases/${r.body.id}/assignment`, { ioUserId: ids('io.pune1') })).status, 200);
    const io = await as('io.pune1');
    const victimId = shown(ok(await io.get(`/api/v1/firs/${r.body.id}`)).body.complainant).id;
    const add = await io.post(`/api/v1/cases/${r.body.id}/diary`, entry({ statements: [{ personId: victimId, text: 'My name is Kavita Shinde and I was attacked.' }] }));
    assert.equal(add.status, 201, JSON.stringify(add.body));
    assert.equal(shown(add.body.statements[0]!.maker).name, 'Kavita Shinde');
    const sdpo = await as('sdpo.pune');
    const seen = await sdpo.get(`/api/v1/cases/${r.body.id}/diary`);
    assert.equal(seen.status, 200);
    const json = JSON.stringify(seen.body);
    assert.ok(!json.includes('Kavita') && !json.includes(victimId), json);
    assert.deepEqual(seen.body.entries[0]!.statements[0]!.maker, { masked: true });
    assert.equal(seen.body.entries[0]!.textWithheld, true);
  });
});
