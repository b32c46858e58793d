import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { enrolStation, signedIn, startStateNode, startStationNode } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { theftFir } from '../support/fir-bodies.js';

/** The events a node holds of one origin, as (seq, hash) in order. */
async function chain(server: TestServer, origin: string) {
  const rows = await server.node.storage.db.selectFrom('events').select(['seq', 'hash']).where('origin_unit', '=', origin).orderBy('seq').execute();
  return rows.map((r) => `${Number(r.seq)}:${r.hash}`);
}

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
    assert.deepEqual(await chain(state, 'MH-PUN-PS01'), await chain(station, 'MH-PUN-PS01'));
    const atState = await state.node.firs.get(res.body.id);
    assert.equal(atState?.number, res.body.number);
    const verified = await state.node.events.verify();
    assert.deepEqual(verified.problems, []);
  });
});
