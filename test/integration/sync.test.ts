import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { chainOf, CLI_ACTOR, enrolStation, signedIn, startStateNode, startStationNode } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { theftFir } from '../support/fir-bodies.js';
import { pngOf } from '../support/images.js';
import { ok } from '../support/answers.js';

describe(`sync: a station node and its state (state on ${ENGINE}, station on sqlite)`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let state: TestServer;
  let station: TestServer;

  before(async () => {
    state = await startStateNode({ clock });
    station = await startStationNode('MH-PUN-PS01', { clock });
  });
  after(async () => {
    await station?.close();
    await state?.close();
  });

  test('a station enrols with a one-time code and its first sync brings its units, users and records', async () => {
    await enrolStation(state, station);
    const report = await station.node.sync.client.runNow();
    assert.equal(report.pushed, 0);
    assert.ok(report.pulled > 0);
    const status = await station.node.sync.client.status();
    assert.equal(status.link, 'online');
    assert.equal(status.firstSyncDone, true);
    assert.ok(await station.node.units.get('MH-NSK-PS01'), 'the stations of the state, for zero-FIR transfers');
    assert.ok(await station.node.users.byUsername('sho.pune1'));
    assert.equal(await station.node.users.byUsername('sho.nashik1'), null, 'users of other stations stay at the state');
    assert.equal(await station.node.users.byUsername('admin.mh'), null);
  });

  test('an officer signs in at the station with the credentials synced down, and registers an FIR that reaches the state', async () => {
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const res = await sho.post('/api/v1/firs', theftFir());
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const before = await station.node.sync.client.status();
    assert.ok(before.waitingEvents > 0);
    const report = await station.node.sync.client.runNow();
    assert.equal(report.pushed, before.waitingEvents);
    assert.equal((await station.node.sync.client.status()).waitingEvents, 0);
    const [health] = await state.node.sync.registry.list();
    assert.equal(health!.waitingReported, 0, 'the state counts down what the station said was waiting');
    assert.equal(health!.eventsReceived, report.pushed);
    assert.deepEqual(await chainOf(state, 'MH-PUN-PS01'), await chainOf(station, 'MH-PUN-PS01'));
    const atState = await state.node.firs.get(res.body.id);
    assert.equal(atState?.number, res.body.number);
    const verified = await state.node.events.verify();
    assert.deepEqual(verified.problems, []);
  });

  test("a case's assignment and diary, written at the station, reach the state; the state may read them but not act on them", async () => {
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const fir = await sho.post('/api/v1/firs', theftFir());
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    const ioId = (await station.node.users.byUsername('io.pune1'))!.id;
    assert.equal((await sho.post(`/api/v1/cases/${fir.body.id}/assignment`, { ioUserId: ioId })).status, 200);
    clock.advance(3600);
    const io = await signedIn(station, 'io.pune1', state, clock);
    const entry = await io.post(`/api/v1/cases/${fir.body.id}/diary`, { beganAt: new Date(clock.now().getTime() - 600_000).toISOString(), text: 'Visited the place of occurrence.' });
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
    await station.node.sync.client.runNow();
    assert.equal((await state.node.firs.get(fir.body.id))?.content.ioUserId, ioId, 'the state knows the IO');
    const sp = await signedIn(state, 'sp.pune', state, clock);
    const diary = await sp.get(`/api/v1/cases/${fir.body.id}/diary`);
    assert.equal(diary.status, 200, JSON.stringify(diary.body));
    assert.deepEqual(
      diary.body.entries.map((e: { entryNo: number; text: string }) => [e.entryNo, e.text]),
      [[1, 'Visited the place of occurrence.']],
    );
    const file = ok(await sp.get(`/api/v1/cases/${fir.body.id}`));
    assert.ok(file.body.timeline.some((t: { type: string }) => t.type === 'case.io_assigned'));
    // Taking the case over is a change to the station's records: made at the station's node.
    const take = await sp.post(`/api/v1/cases/${fir.body.id}/takeover`, { reason: 'Supervision from the district' });
    assert.equal(take.status, 409, JSON.stringify(take.body));
    assert.deepEqual((await state.node.events.verify()).problems, []);

    // Handed to a station the state keeps: its SHO takes it up there; the station node may no longer act.
    const sho2 = await signedIn(station, 'sho.pune1', state, clock); // an hour on: signed in again
    const moved = await sho2.post(`/api/v1/cases/${fir.body.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    await station.node.sync.client.runNow();
    const nashik = await signedIn(state, 'sho.nashik1', state, clock);
    const nashikId = (await state.node.users.byUsername('sho.nashik1'))!.id;
    assert.equal((await nashik.post(`/api/v1/cases/${fir.body.id}/assignment`, { ioUserId: nashikId })).status, 200);
    const next = await nashik.post(`/api/v1/cases/${fir.body.id}/diary`, { beganAt: new Date(clock.now().getTime() - 300_000).toISOString(), text: 'Took up the investigation at Niphad.' });
    assert.equal(next.status, 201, JSON.stringify(next.body));
    assert.equal(next.body.entryNo, 2);
    assert.equal((await io.post(`/api/v1/cases/${fir.body.id}/diary`, { beganAt: new Date(clock.now().getTime() - 300_000).toISOString(), text: 'x y z' })).status, 403);
    // The FIR's own station hears how its case goes on.
    await station.node.sync.client.runNow();
    const atStation = await station.node.storage.db.selectFrom('case_diary_entries').select('entry_no').where('fir_id', '=', fir.body.id).orderBy('entry_no').execute();
    assert.deepEqual(
      atStation.map((r) => r.entry_no),
      [1, 2],
    );
    assert.deepEqual((await station.node.events.verify(undefined, await station.node.profile.completeOrigins())).problems, []);
  });

  test('a photo travels after the record that refers to it; the record is usable before it arrives', async () => {
    const writer = await signedIn(station, 'writer.pune1', state, clock);
    const photo = pngOf(5000);
    const up = await writer.request('POST', '/api/v1/attachments', undefined, { raw: photo as unknown as string, headers: { 'content-type': 'image/png' } });
    assert.equal(up.status, 201);
    const fir = await writer.post('/api/v1/firs', theftFir({ accused: [{ person: { name: 'Raju Kamble', gender: 'male', age: 30, photoSha256: up.body.sha256 } }] }));
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    const status = await station.node.sync.client.status();
    assert.equal(status.waitingFiles, 1);
    const report = await station.node.sync.client.runNow();
    assert.equal(report.filesUp, 1);
    assert.equal((await station.node.sync.client.status()).waitingFiles, 0);
    assert.ok(await state.node.sync.files.has(up.body.sha256));
    assert.deepEqual(state.node.sync.files.read(up.body.sha256), station.node.sync.files.read(up.body.sha256), 'the same bytes');
  });

  test('a state-wide alert with a photo reaches the station, and the photo follows', async () => {
    const scrb = await signedIn(state, 'scrb.mh', state, clock);
    const photo = pngOf(3000);
    const up = await scrb.request('POST', '/api/v1/alerts/photos', undefined, { raw: photo as unknown as string, headers: { 'content-type': 'image/png' } });
    assert.equal(up.status, 201, JSON.stringify(up.body));
    const issued = await scrb.post('/api/v1/alerts', {
      kind: 'missing_person',
      title: 'Missing child: Aarav, 7',
      details: 'Last seen at Swargate bus stand in a red shirt.',
      photoSha256: up.body.sha256,
    });
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    assert.equal(issued.body.targetUnit, 'MH');
    const report = await station.node.sync.client.runNow();
    assert.ok(report.pulled >= 2, 'the alert and its photo record');
    assert.equal(report.filesDown, 1);
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const alerts = await sho.get('/api/v1/alerts');
    assert.equal(alerts.status, 200);
    assert.deepEqual(
      alerts.body.alerts.map((a: { title: string }) => a.title),
      ['Missing child: Aarav, 7'],
    );
    const got = await sho.request('GET', `/api/v1/alerts/${issued.body.id}/photo`);
    assert.equal(got.status, 200);
  });

  test('a zero FIR sent to a station served by the state is registered there under its own number', async () => {
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const zero = await sho.post('/api/v1/firs', theftFir({ origin: 'zero', jurisdictionStationCode: 'MH-NSK-PS01' }));
    assert.equal(zero.status, 201, JSON.stringify(zero.body));
    const sent = await sho.post(`/api/v1/firs/${zero.body.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The offence occurred at Niphad' });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal(sent.body.to, null, 'registered at the other station when it gets there');
    assert.equal(sent.body.from.status, 'transferred');
    await station.node.sync.client.runNow();
    const there = await state.node.storage.db.selectFrom('firs').selectAll().where('transferred_from_fir', '=', zero.body.id).executeTakeFirstOrThrow();
    assert.equal(there.station_code, 'MH-NSK-PS01');
    assert.equal(there.fir_no, 1, 'the first FIR of that station this year');
    await station.node.sync.client.runNow();
    const back = await station.node.firs.get(zero.body.id);
    assert.equal(back?.transferredToFir, there.id, 'the sending station learns the new FIR');
  });

  test('the state refuses to register records for a station that keeps its own node', async () => {
    const token = await state.node.tokens.create((await state.node.users.byUsername('sho.pune1'))!.id, 'test', null, 'test');
    const res = await fetch(`${state.url}/api/v1/firs`, { method: 'POST', headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' }, body: JSON.stringify(theftFir()) });
    assert.equal(res.status, 409);
    assert.match((await res.json()).detail, /keeps its records on its own node/);
  });

  test('a revoked node is refused at once, and says so in its health', async () => {
    const [n] = await state.node.sync.registry.list();
    await state.node.sync.registry.revoke(CLI_ACTOR, n!.id, 'Laptop stolen from the station');
    const round = await station.node.sync.runRound();
    assert.equal(round.ok, false);
    assert.match(round.error!, /revoked .*Laptop stolen/);
    assert.equal(round.sync.link, 'refused');
  });

  test('a replacement machine for the station gets its records back from the state, then continues the FIR numbers', async () => {
    const replacement = await startStationNode('MH-PUN-PS01', { clock });
    try {
      await enrolStation(state, replacement);
      const report = await replacement.node.sync.client.runNow();
      assert.ok(report.restored > 0);
      assert.deepEqual(await chainOf(replacement, 'MH-PUN-PS01'), await chainOf(state, 'MH-PUN-PS01'));
      const firs = async (server: TestServer) =>
        (await server.node.storage.db.selectFrom('firs').select(['id', 'fir_no', 'status', 'transferred_to_fir', 'version']).where('station_code', '=', 'MH-PUN-PS01').orderBy('fir_no').execute()).map(
          (r) => JSON.stringify(r),
        );
      assert.deepEqual(await firs(replacement), await firs(state), 'the read tables come back as they were');
      const sho = await signedIn(replacement, 'sho.pune1', state, clock);
      const fir = await sho.post('/api/v1/firs', theftFir());
      assert.equal(fir.status, 201, JSON.stringify(fir.body));
      assert.equal(fir.body.firNo, (await firs(state)).length + 1, 'the next number, not a second FIR No. 1');
      await replacement.node.sync.client.runNow();
      assert.deepEqual(await chainOf(state, 'MH-PUN-PS01'), await chainOf(replacement, 'MH-PUN-PS01'));
    } finally {
      await replacement.close();
    }
  });
});
