/**
 * npm run bench:search — person search at scale. Writes a deterministic CSV of synthetic persons
 * from many regions (about one in six in an Indian script) plus the names development set, imports
 * it through the same code as `cctns import persons`, then times 1,000 misspelt and cross-script
 * queries through node.personSearch.find and measures recall@10 on the development set — on
 * SQLite and on PostgreSQL, with pg_trgm trigram similarity beside it on PostgreSQL.
 *
 *   npm run bench:search [-- --persons 1000000 --queries 1000 --engine sqlite|postgres|both --seed 42 --online]
 *
 * --online imports as against a serving node (checkpoints after every batch) instead of as a first load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importProgressReporter } from '../src/cli/import-progress.js';
import { loadConfig } from '../src/config.js';
import { openNode, type CctnsNode } from '../src/node.js';
import { PersonImporter, type ImportSummary } from '../src/records/person-import.js';
import { openPostgres, openSqlite, type Engine } from '../src/storage/db.js';
import { csvField } from '../src/util/csv.js';
import { startPostgres } from '../scripts/postgres.mjs';
import { evaluate, formatReport, loadDevSet, type DevPair, type QualityReport } from './name-quality.js';
import { makeQuery, type BenchQuery, type QueryKind } from './names/perturb.js';
import { Population, prng } from './names/population.js';
import { searchPhases, timeQueries, type LatencyReport, type PhaseReport } from './search-measure.js';
import { SIMILARITY_THRESHOLD, trigramAvailable, trigramSearch } from './trigram-baseline.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '1000' },
    engine: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '42' },
    'batch-size': { type: 'string' },
    keep: { type: 'boolean', default: false },
    online: { type: 'boolean', default: false },
  },
});
const PERSONS = Number(values.persons);
const QUERIES = Number(values.queries);
const SEED = Number(values.seed);
const engines: Engine[] = values.engine === 'both' ? ['sqlite', 'postgres'] : [values.engine as Engine];
const log = (s: string) => process.stderr.write(s + '\n');

/** The CSV the import reads, and the persons the queries are made from (chosen before writing). */
async function writePopulation(file: string): Promise<{ queries: BenchQuery[]; devPairs: DevPair[]; rows: number; nativeShare: number }> {
  const rng = prng(SEED + 1);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(QUERIES, PERSONS)) chosen.add(Math.floor(rng() * PERSONS));
  const out = fs.createWriteStream(file);
  const write = (fields: (string | number | null)[]) => {
    const ok = out.write(fields.map((f) => csvField(f)).join(',') + '\n');
    return ok ? null : new Promise<void>((r) => out.once('drain', () => r()));
  };
  void write(['name', 'father_name', 'gender', 'age', 'district']);
  const queries: BenchQuery[] = [];
  let i = 0;
  let native = 0;
  for (const p of new Population(SEED).persons(PERSONS)) {
    if (chosen.has(i)) queries.push(makeQuery(p, rng));
    if (p.native) native++;
    // Registers write gender every which way: M/F/T mostly, sometimes the word, sometimes nothing.
    const g = rng();
    const gender = g < 0.03 ? '' : g < 0.08 ? { M: 'male', F: 'female', T: 'transgender' }[p.gender] : p.gender;
    await write([p.name, p.fatherName, gender, p.age, p.district]);
    i++;
  }
  // The development set's targets and gallery, so its recall can be measured among a million.
  const dev = loadDevSet();
  const targets = new Set(dev.pairs.map((p) => p.target));
  for (const name of targets) await write([name, '', '', '', '']);
  for (const g of dev.gallery) await write([g.name, g.father_name, g.gender, g.age, g.district]);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { queries, devPairs: dev.pairs, rows: i + targets.size + dev.gallery.length, nativeShare: native / PERSONS };
}

interface EngineResult {
  engine: Engine;
  importSummary: ImportSummary;
  dbBytes: number;
  ours: LatencyReport;
  oursDev: QualityReport;
  phases: PhaseReport;
  trigram?: { latency: LatencyReport; dev: QualityReport; indexSeconds: number };
}

async function dbSize(node: CctnsNode, sqliteFile?: string): Promise<number> {
  if (sqliteFile) return ['', '-wal'].reduce((n, s) => n + (fs.existsSync(sqliteFile + s) ? fs.statSync(sqliteFile + s).size : 0), 0);
  const { sql } = await import('kysely');
  const r = await sql<{ n: string }>`SELECT pg_database_size(current_database()) AS n`.execute(node.storage.db);
  return Number(r.rows[0]!.n);
}

async function runEngine(engine: Engine, csv: string, dir: string, queries: BenchQuery[], devPairs: DevPair[]): Promise<EngineResult> {
  let pgServer: Awaited<ReturnType<typeof startPostgres>> | undefined;
  const sqliteFile = engine === 'sqlite' ? path.join(dir, 'cctns.sqlite') : undefined;
  let databaseUrl: string | undefined;
  if (engine === 'postgres') {
    pgServer = await startPostgres();
    databaseUrl = pgServer.url;
  }
  const config = loadConfig({ ...process.env, CCTNS_DATA: dir, DATABASE_URL: databaseUrl ?? '' });
  const node = await openNode(config, { storage: databaseUrl ? openPostgres(databaseUrl) : openSqlite(sqliteFile!) });
  try {
    log(`\n${engine}: importing ${path.basename(csv)}…`);
    const progress = importProgressReporter(process.stderr, 10_000);
    const importSummary = await new PersonImporter(node).run({
      file: csv,
      unit: node.originUnit(),
      actor: { id: 'bench', username: 'bench', unitCode: node.originUnit() },
      rejectsFile: path.join(dir, `rejects-${engine}.csv`),
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      // A first load: nothing else uses the database (`cctns import persons --offline`).
      offline: !values.online,
      onProgress: progress.update,
    });
    progress.done();
    log(`${engine}: imported ${importSummary.imported} in ${(importSummary.elapsedMs / 1000).toFixed(1)} s (${importSummary.rejected} rejected, ${importSummary.duplicates} duplicates)`);
    const dbBytes = await dbSize(node, sqliteFile);

    const search = async (q: string) => (await node.personSearch.find({ q, limit: 10 })).map((h) => h.name);
    log(`${engine}: ${queries.length} queries…`);
    const ours = await timeQueries(queries, search);
    log(`${engine}: p50 ${ours.p50.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} ms; development set…`);
    const oursDev = await evaluate(devPairs, async (q) => (await node.personSearch.find({ q, limit: 10 })).map((h) => ({ name: h.name, score: h.score, band: h.band })));
    const phases = await searchPhases(node, queries.slice(0, 300));
    const result: EngineResult = { engine, importSummary, dbBytes, ours, oursDev, phases };

    if (engine === 'postgres') {
      if (!trigramAvailable()) log('pg_trgm is not installed (apt-get install postgresql-contrib): no trigram baseline.');
      else {
        log('postgres: building the pg_trgm GIN index for the baseline…');
        const trgm = await trigramSearch(databaseUrl!);
        try {
          const latency = await timeQueries(queries, async (q) => (await trgm.find(q)).map((r) => r.name));
          // Trigram similarity has no notion of a strong match; 0.6 and above is counted as one.
          const dev = await evaluate(devPairs, async (q) => (await trgm.find(q)).map((r) => ({ name: r.name, score: r.similarity, band: r.similarity >= 0.6 ? 'strong' : 'possible' })));
          result.trigram = { latency, dev, indexSeconds: trgm.indexSeconds };
        } finally {
          await trgm.close();
        }
      }
    }
    return result;
  } finally {
    await node.close();
    await pgServer?.stop();
  }
}

const ms = (x: number) => x.toFixed(1);
const pct = (x: number) => (x * 100).toFixed(1) + ' %';
const rate = (t: { r10: number; n: number }) => (t.r10 / t.n).toFixed(3);

function report(results: EngineResult[], meta: { rows: number; nativeShare: number; csvBytes: number; generateSeconds: number }): string {
  const cpu = os.cpus();
  const lines = [
    `Person search, ${PERSONS.toLocaleString('en-IN')} generated persons (+ the development set), ${QUERIES} queries — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
    '',
    `CSV: ${meta.rows.toLocaleString('en-IN')} rows, ${(meta.csvBytes / 2 ** 20).toFixed(0)} MiB, ${pct(meta.nativeShare)} in an Indian script, written in ${meta.generateSeconds.toFixed(1)} s.`,
    '',
    '| engine | import (same code as `cctns import persons`) | rows/s | rejected | duplicates | database size |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${(r.importSummary.elapsedMs / 1000).toFixed(1)} s | ${Math.round(r.importSummary.rowsPerSecond).toLocaleString('en-IN')} | ${r.importSummary.rejected} | ${r.importSummary.duplicates} | ${(r.dbBytes / 2 ** 30).toFixed(2)} GiB |`,
    ),
    '',
    '| engine | search | p50 | p95 | p99 | perturbed queries: name in top 10 | dev set recall@10 | dev set recall@1 | dev negatives in the strong band |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const row = (label: string, l: LatencyReport, d: QualityReport) =>
      `| ${r.engine} | ${label} | ${ms(l.p50)} ms | ${ms(l.p95)} ms | ${ms(l.p99)} ms | ${pct(l.found)} | ${rate(d.overall)} | ${(d.overall.r1 / d.overall.n).toFixed(3)} | ${d.negatives.strong} of ${d.negatives.n} |`;
    lines.push(row('name keys (personSearch.find)', r.ours, r.oursDev));
    if (r.trigram) lines.push(row(`pg_trgm \`%\` (threshold ${SIMILARITY_THRESHOLD})`, r.trigram.latency, r.trigram.dev));
  }
  const kinds: QueryKind[] = ['spelling', 'script', 'initial', 'order', 'exact'];
  lines.push('', `| engine | search | ${kinds.join(' | ')} |`, `| --- | --- | ${kinds.map(() => '---:').join(' | ')} |`);
  const byKind = (l: LatencyReport) => kinds.map((k) => (l.foundByKind[k] ? `${pct(l.foundByKind[k]!.found / l.foundByKind[k]!.n)} (${l.foundByKind[k]!.n})` : '–')).join(' | ');
  for (const r of results) {
    lines.push(`| ${r.engine} | name keys | ${byKind(r.ours)} |`);
    if (r.trigram) lines.push(`| ${r.engine} | pg_trgm | ${byKind(r.trigram.latency)} |`);
  }
  const devKinds = Object.keys(results[0]!.oursDev.byKind);
  lines.push('', `| engine | search | ${devKinds.join(' | ')} |`, `| --- | --- | ${devKinds.map(() => '---:').join(' | ')} |`);
  for (const r of results) {
    lines.push(`| ${r.engine} | name keys | ${devKinds.map((k) => rate(r.oursDev.byKind[k]!)).join(' | ')} |`);
    if (r.trigram) lines.push(`| ${r.engine} | pg_trgm | ${devKinds.map((k) => rate(r.trigram!.dev.byKind[k]!)).join(' | ')} |`);
  }
  lines.push(
    '',
    'Where a name-key search spends its time (300 of the queries; p50 / p95):',
    '',
    '| engine | key lookup | row fetch | parse, weigh, score | total | keys per query | ids from the lookup |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => {
      const p = r.phases;
      const f = (x: { p50: number; p95: number }) => `${ms(x.p50)} / ${ms(x.p95)} ms`;
      return `| ${r.engine} | ${f(p.lookup)} | ${f(p.fetch)} | ${f(p.rest)} | ${f(p.total)} | ${p.keysPerQuery.toFixed(1)} | ${Math.round(p.idsPerQuery)} |`;
    }),
  );
  for (const r of results) if (r.trigram) lines.push('', `pg_trgm GIN index on persons.name built in ${r.trigram.indexSeconds.toFixed(1)} s.`);
  // The development set in detail (what the name search misses at this scale), for whoever tunes it.
  for (const r of results) lines.push('', `### Development set among ${PERSONS.toLocaleString('en-IN')} persons — name keys, ${r.engine}`, '', formatReport(r.oursDev));
  return lines.join('\n');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cctns-bench-search-'));
try {
  const csv = path.join(dir, 'persons.csv');
  log(`Writing ${PERSONS.toLocaleString('en-IN')} persons to ${csv}…`);
  const t0 = performance.now();
  const { queries, devPairs, rows, nativeShare } = await writePopulation(csv);
  const generateSeconds = (performance.now() - t0) / 1000;
  // Asked in a fixed but mixed order, not in file order.
  const order = prng(SEED + 2);
  const shuffled = queries
    .map((q) => [order(), q] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, q]) => q);
  const results: EngineResult[] = [];
  for (const engine of engines) {
    const engineDir = path.join(dir, engine);
    fs.mkdirSync(engineDir);
    results.push(await runEngine(engine, csv, engineDir, shuffled, devPairs));
    if (engine === 'sqlite' && !values.keep) fs.rmSync(engineDir, { recursive: true, force: true });
  }
  console.log('\n' + report(results, { rows, nativeShare, csvBytes: fs.statSync(csv).size, generateSeconds }));
} finally {
  if (values.keep) log(`Kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
