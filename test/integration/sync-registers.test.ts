import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { ok } from '../support/answers.js';
import { chainOf, signedIn, stateAndStation } from '../support/network.js';
import { ENGINE } from '../support/storage.js';

/**
 * A missing person of one station (Baramati, on its own node) found dead at a station of another
 * district (Nashik, kept by the state node): the found-dead status reaches the report's node once,
 * its diary stays numbered without gaps or doubles, and nothing is lost either way.
 */
describe(`sync: a body at another district identified as a station's missing person (state on ${ENGINE}, station on sqlite)`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const nodes = stateAndStation('MH-PUN-PS01', clock);

  test('found dead at Nashik: the report at Baramati becomes found dead once, its alert withdrawn, both diaries whole', async () => {
    const { state, station } = nodes;
    const baramati = await signedIn(station, 'sho.pune1', state, clock);
    const report = ok(
      await baramati.post('/api/v1/missing-persons', {
        stationCode: 'MH-PUN-PS01',
        person: { name: 'Kisan Bhise', age: 60 },
        description: { sex: 'male', heightCm: 165, place: { address: 'Baramati bus stand' } },
        lastSeenAt: '2026-06-30T18:00:00+05:30',
        informant: { person: { name: 'Shanta Bhise', gender: 'female', age: 55 } },
      }),
      201,
    );
    await station.node.sync.client.runNow();
    assert.equal((await state.node.missingPersons.get(report.body.id))?.status, 'missing', 'the state holds the report');

    clock.advance(600);
    const nashik = await signedIn(state, 'sho.nashik1', state, clock);
    const body = ok(
      await nashik.post('/api/v1/unnatural-deaths', {
        stationCode: 'MH-NSK-PS01',
        description: { sex: 'male', ageRange: { from: 55, to: 65 }, place: { address: 'Godavari bank, Nashik' } },
        foundAt: '2026-07-01T10:00:00+05:30',
        informant: { person: { name: 'Dattu Kale', gender: 'male', age: 50 } },
      }),
      201,
    );
    clock.advance(600);
    ok(await nashik.post(`/api/v1/unnatural-deaths/${body.body.id}/identify`, { missingPersonId: report.body.id, at: clock.now().toISOString(), note: 'Identified by his wife.' }));

    // Meanwhile Baramati writes its own diary.
    ok(await baramati.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Patrol to the market.' }), 201);
    await station.node.sync.client.runNow();
    await station.node.sync.client.runNow();

    for (const [where, node] of [
      ['the station', station],
      ['the state', state],
    ] as const) {
      const mp = (await node.node.missingPersons.get(report.body.id))!;
      assert.equal(mp.status, 'found_dead', `found dead at ${where}`);
      const changes = await node.node.storage.db.selectFrom('events').select('id').where('entity_id', '=', report.body.id).where('type', '=', 'missing_person.status_changed').execute();
      assert.equal(changes.length, 1, `one change of status at ${where}`);
      assert.equal((await node.node.alerts.get(mp.alertId!))?.status, 'withdrawn', `the alert withdrawn at ${where}`);
      // Baramati's diary: numbered 1, 2, 3 … without a double or a gap, the same at both nodes.
      const gd = await node.node.storage.db.selectFrom('gd_entries').select(['gd_date', 'entry_no']).where('station_code', '=', 'MH-PUN-PS01').orderBy('gd_date').orderBy('entry_no').execute();
      const byDay = new Map<string, number[]>();
      for (const g of gd) byDay.set(g.gd_date, [...(byDay.get(g.gd_date) ?? []), g.entry_no]);
      for (const [day, nos] of byDay)
        assert.deepEqual(
          nos,
          Array.from({ length: nos.length }, (_, i) => i + 1),
          `Baramati's diary of ${day} at ${where}`,
        );
    }
    const atStation = await station.node.storage.db.selectFrom('gd_entries').select(['id']).where('station_code', '=', 'MH-PUN-PS01').execute();
    const atState = await state.node.storage.db.selectFrom('gd_entries').select(['id']).where('station_code', '=', 'MH-PUN-PS01').execute();
    assert.deepEqual(atStation.map((g) => g.id).sort(), atState.map((g) => g.id).sort(), 'the same diary at both nodes');
    assert.deepEqual(await chainOf(state, 'MH-PUN-PS01'), await chainOf(station, 'MH-PUN-PS01'));
    assert.deepEqual((await state.node.events.verify()).problems, []);
  });
});
