/**
 * npm run bench:match — the match candidates of a new unidentified body among the missing-person
 * reports of a State: 200,000 open reports and 50,000 unidentified bodies in the match index,
 * then new bodies made from reports with a medical officer's noise (the planted pairs), each asked
 * for its top 10 — blocked by the index and scored in memory (src/records/matching.ts,
 * `rankCandidates`, what GET /api/v1/unnatural-deaths/:id/match-candidates runs), beside the naive
 * alternative that scores every report of the State. Prints latency (p50/p95/p99) and the recall
 * of the planted report in the top 10, as a Markdown table for docs/benchmarks.md. Targets (issue
 * 14): p95 ≤ 200 ms, recall ≥ 90 %.
 *
 *   npm run bench:match [-- --reports 200000 --bodies 50000 --queries 500 --naive 40 --engine sqlite|postgres]
 *
 * The index rows are bulk-loaded (src/storage/bulk.ts) with the features the projectors compute
 * (`matchFeatures` of generated marks and clothes text): loading 250,000 registrations through the
 * services would take hours and measure registration, not matching. Deterministic (seeded).
 */
import { sql } from 'kysely';
import { parseArgs } from 'node:util';
import { ageBand, matchFeatures, scorePair, type MatchSubject } from '../src/domain/matching.js';
import { loadMatchRules } from '../src/events/match/rules.js';
import { rankCandidates, subjectOfRow } from '../src/records/matching.js';
import { insertMany } from '../src/storage/bulk.js';
import type { MatchIndexTable } from '../src/storage/schema.js';
import { canonicalJson } from '../src/util/canonical-json.js';
import { ManualClock } from '../src/util/clock.js';
import type { TestServer } from '../test/support/server.js';
import { machine, ms, onEachEngine, printTable } from './harness.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '200000' },
    bodies: { type: 'string', default: '50000' },
    queries: { type: 'string', default: '500' },
    naive: { type: 'string', default: '40' },
    engine: { type: 'string' },
  },
});
const REPORTS = Number(values.reports);
const BODIES = Number(values.bodies);
const QUERIES = Number(values.queries);
const NAIVE = Number(values.naive);
const rules = loadMatchRules();

/** A seeded generator (mulberry32): the same State every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(14_2026);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const DAY = 86_400_000;
const FROM = Date.parse('2021-01-01T00:00:00Z');
const TO = Date.parse('2026-06-30T00:00:00Z');
/** 36 districts spread over Maharashtra's extent, 30 stations each. */
const DISTRICTS = Array.from({ length: 36 }, (_, i) => ({ code: `MH-D${String(i).padStart(2, '0')}`, lat: 16 + (i % 6) * 0.9 + 0.4, lon: 73.2 + Math.floor(i / 6) * 1.15 + 0.5 }));
const KINDS = ['mole', 'scar', 'tattoo', 'birthmark', 'burn', 'wart'];
const PARTS = ['forehead', 'cheek', 'chin', 'neck', 'shoulder', 'arm', 'forearm', 'wrist', 'hand', 'finger', 'chest', 'back', 'thigh', 'knee', 'leg', 'ankle', 'foot', 'ear', 'eyebrow', 'lip'];
const COLOURS = ['red', 'blue', 'green', 'yellow', 'black', 'white', 'grey', 'brown', 'pink', 'orange', 'maroon', 'cream', 'checked', 'striped'];
const ITEMS = ['shirt', 'tshirt', 'trousers', 'jeans', 'kurta', 'pyjama', 'saree', 'salwar', 'frock', 'lungi', 'jacket', 'sweater', 'chappals', 'sandals', 'shoes', 'cap', 'shawl', 'uniform'];
const BUILDS = rules.build.order;
const COMPLEXIONS = rules.complexion.order;

interface Person {
  sex: 'male' | 'female';
  age: number;
  height: number;
  build: (typeof BUILDS)[number];
  complexion: (typeof COMPLEXIONS)[number];
  marks: { kind: string; side: string; part: string }[];
  clothes: string[];
  at: number;
  district: (typeof DISTRICTS)[number];
  lat: number;
  lon: number;
}

function person(): Person {
  const sex = rand() < 0.5 ? 'male' : 'female';
  // A quarter children, most adults 18–50, some old.
  const age = rand() < 0.25 ? int(3, 17) : rand() < 0.8 ? int(18, 50) : int(51, 85);
  const base = age < 18 ? 80 + age * 5 : sex === 'male' ? 167 : 154;
  const district = pick(DISTRICTS);
  return {
    sex,
    age,
    height: Math.min(210, Math.max(60, Math.round(base + (rand() - 0.5) * 20))),
    build: pick(BUILDS),
    complexion: pick(COMPLEXIONS),
    marks: Array.from({ length: int(0, 3) }, () => ({ kind: pick(KINDS), side: pick(['left', 'right']), part: pick(PARTS) })),
    clothes: [...new Set([pick(COLOURS), pick(ITEMS), pick(COLOURS), pick(ITEMS)])].slice(0, int(2, 4)),
    at: FROM + rand() * (TO - FROM),
    district,
    lat: district.lat + (rand() - 0.5) * 0.6,
    lon: district.lon + (rand() - 0.5) * 0.6,
  };
}

const marksText = (m: Person['marks']) => m.map((x) => `${x.kind} on the ${x.side} ${x.part}`).join(', ');
const neighbour = <T>(order: readonly T[], v: T) => order[Math.max(0, Math.min(order.length - 1, order.indexOf(v) + (rand() < 0.5 ? -1 : 1)))]!;

/** What a station records of a body: an estimated age range, a measured height, build and complexion as judged, the marks and clothes as seen. */
function bodyOf(p: Person, planted: boolean): MatchSubject & { truth: Person } {
  const gap = planted ? Math.min(rules.retrieval.windowDays - 1, -Math.log(1 - rand()) * 45) * DAY : 0;
  const at = planted ? p.at + gap : FROM + rand() * (TO - FROM);
  const ageThen = p.age + gap / (365.25 * DAY);
  const estimate = Math.round(ageThen + (rand() - 0.5) * 10);
  const noCoords = rand() < 0.1;
  const km = rand() * 50;
  const bearing = rand() * 2 * Math.PI;
  const district = rand() < 0.7 ? p.district : pick(DISTRICTS);
  return {
    sex: p.sex,
    ageFrom: Math.max(0, estimate - 5),
    ageTo: estimate + 5,
    heightCm: p.height + int(-5, 5),
    build: rand() < 0.25 ? neighbour(BUILDS, p.build) : p.build,
    complexion: rand() < 0.3 ? neighbour(COMPLEXIONS, p.complexion) : p.complexion,
    features: matchFeatures({ marks: marksText(p.marks.filter(() => rand() < 0.6)), clothes: p.clothes.filter(() => rand() < 0.6).join(' ') }, rules),
    at: new Date(at).toISOString(),
    latitude: noCoords ? null : p.lat + (km / 111) * Math.cos(bearing),
    longitude: noCoords ? null : p.lon + (km / 105) * Math.sin(bearing),
    district: district.code,
    state: 'MH',
    truth: p,
  };
}

function reportRow(id: string, p: Person): MatchIndexTable {
  return {
    kind: 'missing',
    id,
    station_code: `${p.district.code}-PS${String(int(1, 30)).padStart(2, '0')}`,
    district_code: p.district.code,
    state_code: 'MH',
    sex: p.sex,
    age_from: p.age,
    age_to: p.age,
    age_band: ageBand(p.age, p.age, rules),
    at: new Date(p.at).toISOString(),
    height_cm: rand() < 0.85 ? p.height : null,
    build: p.build,
    complexion: p.complexion,
    latitude: rand() < 0.7 ? p.lat : null,
    longitude: null,
    features: canonicalJson(matchFeatures({ marks: marksText(p.marks), clothes: p.clothes.join(', ') }, rules)),
  };
}

function bodyRow(id: string, b: MatchSubject): MatchIndexTable {
  return {
    kind: 'body',
    id,
    station_code: `${b.district}-PS01`,
    district_code: b.district,
    state_code: 'MH',
    sex: b.sex,
    age_from: b.ageFrom,
    age_to: b.ageTo,
    age_band: ageBand(b.ageFrom, b.ageTo, rules),
    at: b.at,
    height_cm: b.heightCm,
    build: b.build,
    complexion: b.complexion,
    latitude: b.latitude,
    longitude: b.longitude,
    features: canonicalJson(b.features),
  };
}

async function load(server: TestServer): Promise<{ persons: Person[]; ids: string[] }> {
  const { storage } = server.node;
  const persons: Person[] = [];
  const ids: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < REPORTS; i += 10_000) {
    const rows: MatchIndexTable[] = [];
    for (let j = i; j < Math.min(REPORTS, i + 10_000); j++) {
      const p = person();
      const row = reportRow(`m-${String(j).padStart(7, '0')}`, p);
      // Coordinates: both or none (a report with a latitude has its longitude).
      row.longitude = row.latitude === null ? null : p.lon;
      persons.push(p);
      ids.push(row.id);
      rows.push(row);
    }
    await storage.db.transaction().execute((tx) => insertMany(tx, storage.engine, 'match_index', rows));
  }
  // The bodies already registered: a fifth of them bodies of reported persons, the rest of persons nobody reported.
  for (let i = 0; i < BODIES; i += 10_000) {
    const rows: MatchIndexTable[] = [];
    for (let j = i; j < Math.min(BODIES, i + 10_000); j++) rows.push(bodyRow(`b-${String(j).padStart(7, '0')}`, rand() < 0.2 ? bodyOf(persons[int(0, REPORTS - 1)]!, true) : bodyOf(person(), false)));
    await storage.db.transaction().execute((tx) => insertMany(tx, storage.engine, 'match_index', rows));
  }
  await sql.raw(storage.engine === 'postgres' ? 'ANALYZE match_index' : 'ANALYZE').execute(storage.db);
  process.stderr.write(`  loaded ${REPORTS} reports and ${BODIES} bodies in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  return { persons, ids };
}

interface Run {
  ms: number[];
  found: number;
  blocked: number[];
}

async function measure(server: TestServer, persons: Person[], ids: string[]): Promise<{ indexed: Run; naive: Run }> {
  const db = server.node.storage.db;
  // New bodies: each made from a report still missing, with the noise above.
  const queries = Array.from({ length: QUERIES }, () => {
    const i = int(0, REPORTS - 1);
    return { id: ids[i]!, body: bodyOf(persons[i]!, true) };
  });
  const indexed: Run = { ms: [], found: 0, blocked: [] };
  for (const q of queries.slice(0, 20)) await rankCandidates(db, 'body', q.body, { limit: 10, rules });
  for (const q of queries) {
    const t = performance.now();
    const top = await rankCandidates(db, 'body', q.body, { limit: 10, rules });
    indexed.ms.push(performance.now() - t);
    if (top.some((c) => c.id === q.id)) indexed.found++;
  }
  // The naive alternative: every open report of the State read and scored.
  const naive: Run = { ms: [], found: 0, blocked: [] };
  for (const q of queries.slice(0, NAIVE)) {
    const t = performance.now();
    const rows = await db.selectFrom('match_index').selectAll().where('kind', '=', 'missing').where('state_code', '=', 'MH').execute();
    const scored = [];
    for (const r of rows) {
      const s = scorePair(subjectOfRow(r), q.body, rules);
      if (s.excluded === undefined) scored.push({ id: r.id, score: s.score });
    }
    const top = scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, 10);
    naive.ms.push(performance.now() - t);
    if (top.some((c) => c.id === q.id)) naive.found++;
  }
  return { indexed, naive };
}

const rows = await onEachEngine(values.engine, { clock: () => new ManualClock('2026-07-01T06:00:00Z'), listen: false }, async (server, engine) => {
  process.stderr.write(`${engine}: loading ${REPORTS} reports and ${BODIES} bodies…\n`);
  const { persons, ids } = await load(server);
  const { indexed, naive } = await measure(server, persons, ids);
  const pct = (r: Run, n: number) => `${((100 * r.found) / n).toFixed(1)} %`;
  const loaded = `${REPORTS.toLocaleString('en-IN')} reports, ${BODIES.toLocaleString('en-IN')} bodies`;
  return [
    `| ${engine} | ${loaded} | blocked + scored | ${QUERIES} | ${ms(indexed.ms, 50)} | ${ms(indexed.ms, 95)} | ${ms(indexed.ms, 99)} | ${pct(indexed, QUERIES)} |`,
    `| ${engine} | ${loaded} | naive: every report scored | ${NAIVE} | ${ms(naive.ms, 50)} | ${ms(naive.ms, 95)} | ${ms(naive.ms, 99)} | ${pct(naive, NAIVE)} |`,
  ];
});
printTable(`${machine()}, top 10 of new bodies, warm`, ['Engine', 'Loaded', 'Retrieval', 'Bodies asked', 'p50 ms', 'p95 ms', 'p99 ms', 'planted report in top 10'], rows);
