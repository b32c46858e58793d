/**
 * `npm run eval:names [-- --engine postgres]`: loads the development set's targets and gallery
 * into a fresh node and runs every query through the real person search. Exits 1 if a target is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openNode } from '../src/node.js';
import { openPostgres } from '../src/storage/db.js';
import { startPostgres } from '../scripts/postgres.mjs';
import { devSetDir, evaluate, formatReport, loadDevPersons, loadDevSet, meetsTargets } from './name-quality.js';

const { values } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' }, dev: { type: 'string' } } });
const dir = values.dev ?? devSetDir();
const { pairs, gallery } = loadDevSet(dir);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cctns-eval-'));
let stopPg: (() => Promise<void>) | undefined;
let databaseUrl: string | undefined;
if (values.engine === 'postgres') {
  const pgServer = await startPostgres();
  databaseUrl = pgServer.url;
  stopPg = pgServer.stop;
}
const config = loadConfig({ ...process.env, CCTNS_DATA: dataDir, DATABASE_URL: databaseUrl ?? '' });
const node = await openNode(config, databaseUrl ? { storage: openPostgres(databaseUrl) } : {});
try {
  const n = await loadDevPersons(node, pairs, gallery, 'IN');
  console.log(`Development set: ${dir}\n${pairs.length} pairs; ${n} persons loaded (${node.storage.engine})\n`);
  const report = await evaluate(pairs, async (q) => (await node.personSearch.find({ q, limit: 50 })).map((h) => ({ name: h.name, score: h.score, band: h.band })));
  console.log(formatReport(report));
  const verdict = meetsTargets(report);
  console.log(`\n${verdict.ok ? 'Targets met' : 'TARGETS MISSED: ' + verdict.failures.join('; ')}`);
  process.exitCode = verdict.ok ? 0 : 1;
} finally {
  await node.close();
  await stopPg?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
