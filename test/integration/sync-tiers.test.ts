import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { principalOf, type RequestActor } from '../../src/access/auth-service.js';
import { ManualClock } from '../../src/util/clock.js';
import { theftFir } from '../support/fir-bodies.js';
import { chainOf, CLI_ACTOR, enrolStation, QUICK_SYNC, signedIn, startStateNode, startStationNode } from '../support/network.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok } from '../support/answers.js';

const CLIENT = { ip: 'test', userAgent: 'test' };

/** An NCRB officer of the national node, acting through the services. */
async function ncrbActor(national: TestServer): Promise<RequestActor> {
  const id = uuidv7();
  await national.node.events.transaction((tx) =>
    national.node.users.create(
      tx,
      { id, username: 'ncrb.analyst', displayName: 'NCRB Analyst', role: 'ncrb_officer', unitCode: 'IN', language: 'en', passwordHash: 'x', mustChangePassword: true, totpSecret: null },
      'test',
    ),
  );
  const user = (await national.node.users.byId(id))!;
  const unit = (await national.node.units.get('IN'))!;
  return { user, unit, principal: principalOf(user, unit), via: 'session' };
}

describe(`sync across three tiers: station → state → national (${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let national: TestServer;
  let state: TestServer;
  let station: TestServer;

  before(async () => {
    // The national node holds no demo data of its own: Maharashtra's comes from its state node.
    national = await startTestServer({ clock, node: { tier: 'national' }, sync: QUICK_SYNC, demo: false, engine: 'sqlite' });
    state = await startStateNode({ clock });
    station = await startStationNode('MH-PUN-PS01', { clock });
  });
  after(async () => {
    await station?.close();
    await state?.close();
    await national?.close();
  });

  // Subtrees are byte ranges of paths ([path, path + '~')). Under a locale collation (en_US…) '~'
  // sorts before letters and a state's stations fell outside its subtree; the test server runs
  // without a locale, so the columns' own collation is what must be right.
  if (ENGINE === 'postgres') {
    test('on PostgreSQL, unit paths compare as bytes whatever the database locale', async () => {
      const { rows } = await sql<{ table_name: string; column_name: string; collation_name: string | null }>`
        SELECT table_name, column_name, collation_name FROM information_schema.columns
        WHERE (table_name, column_name) IN (('units', 'path'), ('alerts', 'target_path'), ('event_addresses', 'unit_path'), ('event_addresses', 'origin_path'))
        ORDER BY table_name, column_name`.execute(state.node.storage.db);
      assert.deepEqual(
        rows.map((r) => `${r.table_name}.${r.column_name}:${r.collation_name}`),
        ['alerts.target_path:C', 'event_addresses.origin_path:C', 'event_addresses.unit_path:C', 'units.path:C'],
      );
    });
  }

  test('the state enrols with the national node like a station with the state, and pushes its state', async () => {
    const { code } = await national.node.sync.registry.add({ ...CLI_ACTOR, unitCode: 'IN' }, { unitCode: 'MH' });
    await state.node.sync.enrol({ upstreamUrl: national.url, code });
    const report = await state.node.sync.client.runNow();
    assert.ok(report.pushed > 0);
    assert.deepEqual(await chainOf(national, 'MH'), await chainOf(state, 'MH'));
    assert.ok(await national.node.units.get('MH-PUN-PS01'), 'the units of the state, made at the state');
    assert.ok(!(await state.node.users.byUsername('ncrb.analyst')));
  });

  test('an FIR registered at the station reaches the national node through its state, chains intact', async () => {
    await enrolStation(state, station);
    await station.node.sync.client.runNow();
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const fir = await sho.post('/api/v1/firs', theftFir());
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    await station.node.sync.client.runNow();
    await state.node.sync.client.runNow();
    assert.deepEqual(await chainOf(national, 'MH-PUN-PS01'), await chainOf(station, 'MH-PUN-PS01'));
    assert.equal((await national.node.firs.get(fir.body.id))?.number, fir.body.number);
    const complete = await national.node.profile.completeOrigins();
    assert.deepEqual((await national.node.events.verify(undefined, complete)).problems, []);
    assert.deepEqual((await state.node.events.verify(undefined, await state.node.profile.completeOrigins())).problems, []);
    assert.deepEqual((await station.node.events.verify(undefined, await station.node.profile.completeOrigins())).problems, []);
  });

  test('a national lookout notice reaches the station through its state', async () => {
    const ncrb = await ncrbActor(national);
    const alert = await national.node.alerts.issue(ncrb, { kind: 'wanted_person', title: 'Wanted: Shankar Rao, interstate thefts', details: 'Last seen near Solapur.' }, CLIENT);
    assert.equal(alert.targetUnit, 'IN');
    await state.node.sync.client.runNow();
    await station.node.sync.client.runNow();
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const alerts = ok(await sho.get('/api/v1/alerts'));
    assert.ok(alerts.body.alerts.some((a: { id: string }) => a.id === alert.id));
    // The NCRB analyst's own account stays at the national node.
    assert.equal(await state.node.users.byUsername('ncrb.analyst'), null);
  });
});
