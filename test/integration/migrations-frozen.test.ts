import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { backfillStationProtectedPersons } from '../../src/storage/migrations/016-case-file-reads.js';
import { backfillSearchIndex } from '../../src/storage/migrations/005-record-search.backfill.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

/**
 * Migration 005 indexes the records of a node upgraded from before it with its own frozen copy of
 * the index rules (migrations import no application code). The copy must produce the index the
 * application's projectors write: the same rows, and the values those rules gave when 005 was
 * written (the literals below never change, whatever src/search/ becomes).
 */
describe(`frozen migrations (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const c = new ApiClient(server.app);
    c.bearer = (await server.node.tokens.create((await server.node.users.byUsername('writer.pune1'))!.id, 'frozen migrations', null, 'test')).token;
    const r = await c.post(
      '/api/v1/firs',
      theftFir({
        accused: [person('Raju Shinde', { phones: ['020-2612 3456', '098220-12345'] })],
        properties: [{ description: 'Motorcycle', category: 'vehicle', value: 65000, vehicle: { registration: 'mh 12 ab १२३४', engineNo: 'ha10-efb 123456', chassisNo: 'MBLHA10EZB9K54321' } }],
        briefFacts: 'Stolen from outside the HOUSE at night. शिकायतकर्ता ने बताया कि उसकी मोटरसाइकिल चोरी हो गई।',
      }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
  });
  after(() => server.close());

  async function indexRows() {
    const db = server.node.storage.db;
    const text =
      ENGINE === 'postgres'
        ? (await sql<{ fir_id: string; facts: string; place: string }>`select fir_id, facts, place from fir_text order by fir_id`.execute(db)).rows
        : (await sql<{ fir_id: string; facts: string; place: string }>`select d.fir_id, t.facts, t.place from fir_text t join fir_text_docs d on d.doc = t.rowid order by d.fir_id`.execute(db)).rows;
    return {
      // details: the vehicle as JSON; the stored FIR content has its keys sorted, so compare values.
      vehicles: (
        await db
          .selectFrom('vehicle_index')
          .select(['fir_id', 'item', 'registration', 'registration_rev', 'engine_no', 'engine_rev', 'chassis_no', 'chassis_rev', 'details'])
          .orderBy('fir_id')
          .orderBy('item')
          .execute()
      ).map((r) => ({ ...r, details: JSON.parse(r.details) as unknown })),
      sections: await db.selectFrom('fir_section_index').select(['fir_id', 'act', 'section', 'section_base']).orderBy('fir_id').orderBy('act').orderBy('section').execute(),
      phones: await db.selectFrom('phone_index').select(['phone', 'person_id', 'owner_unit']).orderBy('phone').orderBy('person_id').execute(),
      text,
    };
  }

  test('005: the frozen backfill writes the index the projectors write, with the rules of its time', async () => {
    const live = await indexRows();
    const db = server.node.storage.db;
    for (const table of ['vehicle_index', 'fir_section_index', 'phone_index']) await sql`delete from ${sql.table(table)}`.execute(db);
    await sql`delete from fir_text`.execute(db);
    if (ENGINE === 'sqlite') await sql`delete from fir_text_docs`.execute(db);
    await backfillSearchIndex(db, ENGINE);
    const backfilled = await indexRows();
    assert.deepEqual(backfilled, live);

    const v = backfilled.vehicles.find((r) => r.chassis_no === 'MBLHA10EZB9K54321');
    assert.deepEqual(v && { registration: v.registration, registration_rev: v.registration_rev, engine_no: v.engine_no, engine_rev: v.engine_rev }, {
      registration: 'MH12AB1234',
      registration_rev: '4321BA21HM',
      engine_no: 'HA10EFB123456',
      engine_rev: '654321BFE01AH',
    });
    assert.deepEqual(
      backfilled.sections.map((s) => `${s.act} ${s.section} ${s.section_base}`),
      ['BNS 115(2) 115', 'BNS 303(2) 303'],
    );
    const phones = backfilled.phones.map((p) => p.phone);
    for (const expected of ['2026123456', '9822012345']) assert.ok(phones.includes(expected), `${expected} in ${phones.join(', ')}`);
    const fir = backfilled.text.find((t) => t.facts.startsWith('stolen'));
    assert.deepEqual(fir && { facts: fir.facts, place: fir.place }, {
      facts: 'stolen from outside the house at night शिकायतकर्ता ने बताया कि उसकी मोटरसाइकिल चोरी हो गई',
      place: 'near bhigwan chowk baramati b 3 east 2 km',
    });
  });

  test('016: the backfill notes the protected persons the projectors note', async () => {
    const c = new ApiClient(server.app);
    c.bearer = (await server.node.tokens.create((await server.node.users.byUsername('sho.pune1'))!.id, 'frozen migrations', null, 'test')).token;
    const sensitive = await c.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '64' }],
        victims: [person('Asha Pawar', { gender: 'female', age: 19 })],
        accused: [person('Sonu Jagtap', { age: 16 })],
        witnesses: [person('Ramesh Kale')],
      }),
    );
    assert.equal(sensitive.status, 201, JSON.stringify(sensitive.body));
    const complaint = await c.post('/api/v1/complaints', {
      stationCode: 'MH-PUN-PS01',
      complainant: person('Mira Shah', { gender: 'female', age: 28 }),
      description: 'Assaulted at work.',
      place: 'Office',
      sectionsAlleged: [{ act: 'BNS', section: '64' }],
    });
    assert.equal(complaint.status, 201, JSON.stringify(complaint.body));
    const db = server.node.storage.db;
    const rows = async () =>
      (await db.selectFrom('station_protected_persons').innerJoin('persons', 'persons.id', 'station_protected_persons.person_id').select(['station_code', 'persons.name']).execute())
        .map((r) => `${r.station_code} ${r.name}`)
        .sort();
    const live = await rows();
    assert.deepEqual(
      live,
      ['MH-PUN-PS01 Asha Pawar', 'MH-PUN-PS01 Mira Shah', 'MH-PUN-PS01 Sonu Jagtap', 'MH-PUN-PS01 Suresh Pawar'],
      'the victim, the complainants of the FIR and the complaint, the child accused; not the adult witness or any adult accused',
    );
    await db.deleteFrom('station_protected_persons').execute();
    await backfillStationProtectedPersons(db);
    assert.deepEqual(await rows(), live);
  });
});
