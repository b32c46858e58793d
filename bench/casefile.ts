/**
 * npm run bench:casefile — opening a case file (GET /api/v1/cases/:id: the case, its clocks and the
 * timeline of every event and General Diary entry about it) at a station with 5,000 cases of 40
 * events each, against the floor of reading the same rows directly with SQL; on SQLite and on
 * PostgreSQL. Prints a Markdown table for docs/benchmarks.md. Target (issue 13): p95 ≤ 50 ms.
 *
 *   npm run bench:casefile [-- --cases 5000 --events 40 --reads 400 --engine sqlite|postgres]
 *
 * The station's cases are made through the services the API calls, with the same rules, as an
 * officer would make them (FIR with its
 * persons and GD entry, IO assigned, crime details, the accused arrested, produced and remanded
 * to judicial custody, a seizure of two items, an exhibit sent to the
 * FSL and taken back, a charge sheet, the victim told of the progress), then each case's diary is
 * filled up to --events events on the FIR with day-by-day entries written straight to the event
 * log (the same events the diary route writes, projected by the same catalogue: only faster to
 * make). Reads are of random cases, warm, one at a time, through the whole HTTP stack (inject).
 */
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { actorOf } from '../src/demo/investigation.js';
import { arrestInput, custodyOrderInput, productionInput } from '../src/domain/schemas/arrest.js';
import { caseAssignmentInput } from '../src/domain/schemas/case.js';
import { crimeDetailsInput, finalReportInput, victimProgressInput } from '../src/domain/schemas/final-report.js';
import { firInput } from '../src/domain/schemas/fir.js';
import { propertyMoveInput, seizureInput } from '../src/domain/schemas/property.js';
import { diaryScope } from '../src/events/case/diary-entry-added.js';
import { peekNextNumber } from '../src/storage/counters.js';
import { ManualClock } from '../src/util/clock.js';
import type { TestServer } from '../test/support/server.js';
import { machine, ms, onEachEngine, printTable } from './harness.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    events: { type: 'string', default: '40' },
    reads: { type: 'string', default: '400' },
    engine: { type: 'string' },
  },
});
const CASES = Number(values.cases);
const EVENTS = Number(values.events);
const READS = Number(values.reads);

/** The station's day: every case happened on 1 July 2026; the clock stands a week later. */
const START = new Date('2026-07-08T06:00:00Z');

function firBody(i: number) {
  return {
    stationCode: 'MH-PUN-PS01',
    infoType: 'written',
    occurredFrom: '2026-07-01T01:00:00+05:30',
    occurredTo: '2026-07-01T05:00:00+05:30',
    infoReceivedAt: '2026-07-01T09:30:00+05:30',
    place: { address: `House ${i}, Near Bhigwan Chowk, Baramati` },
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { person: { name: `Complainant ${i} Pawar`, gender: 'male', age: 30 + (i % 40) } },
    accused: [{ person: { name: `Accused ${i} Shaikh`, gender: 'male', age: 24 } }],
    witnesses: [{ person: { name: `Witness ${i} Jadhav`, gender: 'female', age: 33 } }],
    properties: [{ description: 'Hero Splendor motorcycle', category: 'vehicle', value: 65000 }],
    briefFacts: 'The complainant states that his motorcycle was stolen from outside his house at night. '.repeat(3),
  };
}

async function makeStation(server: TestServer): Promise<{ ids: string[]; token: string }> {
  const { node } = server;
  const sho = await actorOf(node, 'sho.pune1');
  const io = await actorOf(node, 'io.pune1');
  const shoToken = (await node.tokens.create(sho.user.id, 'bench', null, 'bench')).token;
  const client = { ip: 'bench', userAgent: 'bench:casefile' };
  const ids: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < CASES; i++) {
    const fir = await node.firCommands.register(sho, firInput.parse(firBody(i)), client);
    const personOf = (role: string) => fir.content.persons.find((p) => p.role === role)!.personId;
    const [accused, witness, complainant] = [personOf('accused'), personOf('witness'), personOf('complainant')];
    await node.caseFiles.assign(sho, fir.id, caseAssignmentInput.parse({ ioUserId: io.user.id }), client);
    await node.crimeDetails.record(io, fir.id, crimeDetailsInput.parse({ placeType: 'residence', moCodes: ['lock_broken', 'night'] }), client);
    const arrested = await node.arrests.record(
      io,
      fir.id,
      arrestInput.parse({
        personId: accused,
        outcome: 'arrested_sent_up',
        at: '2026-07-01T13:00:00+05:30',
        place: 'Bus stand, Baramati',
        grounds: 'Named by the complainant; the stolen motorcycle was found with him.',
        personInformed: { name: 'Dattu Shaikh', relationship: 'father', phone: '+91 98220 55555', informedAt: '2026-07-01T13:30:00+05:30' },
        attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
      }),
      client,
    );
    const arrestId = arrested.arrests[0]!.id;
    await node.arrests.produce(io, fir.id, arrestId, productionInput.parse({ at: '2026-07-02T11:00:00+05:30', court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' }), client);
    await node.arrests.orderCustody(
      io,
      fir.id,
      arrestId,
      custodyOrderInput.parse({ kind: 'judicial', from: '2026-07-02T11:30:00+05:30', court: 'JMFC Baramati', orderReference: `RA ${i}/2026` }),
      client,
    );
    const seizure = await node.propertyRoom.seize(
      io,
      fir.id,
      seizureInput.parse({
        seizedAt: '2026-07-01T16:00:00+05:30',
        place: 'House of the accused, Baramati',
        items: [
          { description: 'Mobile phone', category: 'mobile_phone', quantity: '1', sealNo: `S-${i}-1`, device: { make: 'Samsung', model: 'A12' } },
          { description: 'Iron rod', category: 'weapon', quantity: '1', sealNo: `S-${i}-2` },
        ],
        witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
        depositedWith: { userId: sho.user.id },
      }),
      client,
    );
    const item = seizure.items[1]!.id;
    await node.propertyRoom.move(
      io,
      fir.id,
      item,
      propertyMoveInput.parse({ kind: 'sent_to_fsl', at: '2026-07-02T10:00:00+05:30', receivedBy: { name: 'FSL clerk' }, destination: 'RFSL Pune' }),
      client,
    );
    await node.propertyRoom.move(
      io,
      fir.id,
      item,
      propertyMoveInput.parse({ kind: 'returned_to_malkhana', at: '2026-07-03T10:00:00+05:30', handedBy: { name: 'FSL clerk' }, receivedBy: { userId: sho.user.id } }),
      client,
    );
    await node.finalReports.submit(
      io,
      fir.id,
      finalReportInput.parse({
        kind: 'charge_sheet',
        accused: [{ personId: accused, status: 'in_custody', charged: true }],
        witnesses: [witness, complainant],
        sections: [{ act: 'BNS', section: '303(2)' }],
        courtCode: 'MH-PUN-JMFC-BRM',
        summary: 'Investigation completed; offence proved against A1.',
      }),
      client,
    );
    await node.finalReports.informVictim(io, fir.id, victimProgressInput.parse({ informedAt: '2026-07-04T11:00:00+05:30', means: 'sms' }), client);
    ids.push(fir.id);
    if ((i + 1) % 250 === 0) process.stderr.write(`  ${i + 1}/${CASES} cases through the services (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  // Fill each case's own events up to EVENTS with diary entries, 200 cases to a transaction.
  const have = new Map<string, number>();
  for (const r of await node.storage.db
    .selectFrom('events')
    .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('entity_id', 'in', ids.slice(0, 1))
    .groupBy('entity_id')
    .execute())
    have.set(r.entity_id, Number(r.n));
  const perCase = have.get(ids[0]!) ?? 0;
  const entries = Math.max(0, EVENTS - perCase);
  process.stderr.write(`  the services wrote ${perCase} events on each FIR; adding ${entries} diary entries to each\n`);
  for (let i = 0; i < ids.length; i += 200) {
    await node.events.transaction(async (tx) => {
      const batch = [];
      for (const id of ids.slice(i, i + 200)) {
        const first = await peekNextNumber(tx, node.storage.engine, diaryScope(id));
        for (let n = 0; n < entries; n++) {
          const began = new Date(Date.parse('2026-07-01T12:00:00+05:30') + n * 3 * 3600_000).toISOString();
          batch.push({
            type: 'case.diary_entry_added',
            entityId: id,
            actor: io.user.id,
            payload: {
              entryId: uuidv7(),
              entryNo: first + n,
              beganAt: began,
              closedAt: null,
              places: ['Bhigwan Chowk'],
              text: 'Enquired with the neighbours; no new information.',
              statements: [{ personId: null, name: 'A neighbour', text: 'I saw nothing that night.' }],
            },
          });
        }
      }
      await node.events.appendMany(tx, batch);
    });
  }
  process.stderr.write(`  made in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  return { ids, token: shoToken };
}

/** Opening READS random case files through the API, then the same cases read with the floor's SQL; milliseconds each. */
async function measure(server: TestServer, ids: string[], token: string): Promise<{ api: number[]; floor: number[] }> {
  const { app, node } = server;
  const db = node.storage.db;
  const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
  const floor = async (id: string) => {
    // The least any implementation reads to show this page: the FIR, its case row, its events, its GD entries.
    await Promise.all([
      db.selectFrom('firs').selectAll().where('id', '=', id).executeTakeFirst(),
      db.selectFrom('case_files').selectAll().where('fir_id', '=', id).executeTakeFirst(),
      db.selectFrom('events').select(['type', 'payload', 'actor', 'at']).where('entity_id', '=', id).orderBy('at').execute(),
      db.selectFrom('gd_entries').selectAll().where('ref_type', '=', 'fir').where('ref_id', '=', id).execute(),
    ]);
  };
  const open = async (id: string) => {
    const r = await app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: { authorization: `Bearer ${token}` } });
    if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
  };
  for (let i = 0; i < 50; i++) {
    await open(pick());
    await floor(pick());
  }
  const api: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < READS; i++) {
    const id = pick();
    let t = performance.now();
    await open(id);
    api.push(performance.now() - t);
    t = performance.now();
    await floor(id);
    floorMs.push(performance.now() - t);
  }
  return { api, floor: floorMs };
}

const rows = await onEachEngine(values.engine, { clock: () => new ManualClock(START), listen: false }, async (server, engine) => {
  process.stderr.write(`${engine}: making ${CASES} cases of ${EVENTS} events…\n`);
  const { ids, token } = await makeStation(server);
  const events = Number(
    (
      await server.node.storage.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const { api, floor } = await measure(server, ids, token);
  return [
    `| ${engine} | ${ids.length.toLocaleString('en-IN')} cases, ${events.toLocaleString('en-IN')} events | GET /api/v1/cases/:id | ${ms(api, 50)} | ${ms(api, 95)} | ${ms(api, 99)} | ${ms(floor, 50)} | ${ms(floor, 95)} | ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB |`,
  ];
});
printTable(`${machine()}, ${READS} reads of random cases, warm`, ['Engine', 'Station', 'Read', 'p50 ms', 'p95 ms', 'p99 ms', 'floor p50 ms', 'floor p95 ms', 'RSS'], rows);
