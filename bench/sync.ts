/**
 * npm run bench:sync — what it costs to bring a station's backlog after 3 days offline (300
 * FIRs, 2,000 other GD entries: bench/sync/dataset.ts, made on a real state node and a real
 * station node) to the state over a poor link: 64 kbit/s each way, 400 ms RTT, 3 % of exchanges
 * cut mid-transfer. Each contender gets a fresh emulated link with the same seed and settings
 * (test/support/link-emulator.ts, whose header states the model); bytes are counted on the
 * link. Prints a table with the ratios to the physical floor and the targets, the cuts, where the
 * bytes and the time of each contender went, and writes bench/results/sync-DATE.json.
 *
 *   npm run bench:sync [-- --only ours,floor --firs 30 --gd 200 --dry --trace FILE --seed 7 --cut-probability 0.3]
 *
 * (--seed and --cut-probability are for trying the contenders on other cuts and worse links;
 * the benchmark is seed 64400 and 0.03.)
 *
 * A contender is a module exporting a Contender (bench/sync/contender.ts): ours (the station's
 * SyncClient, bench/sync/ours.ts), the floor (bench/sync/floor.ts) and PouchDB (bench/sync/pouch.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { LinkEmulator, type ExchangeRecord, type LinkOptions } from '../test/support/link-emulator.js';
import type { Contender } from './sync/contender.js';
import { buildStationBacklog } from './sync/dataset.js';
import { floor } from './sync/floor.js';
import { ours } from './sync/ours.js';
import { pouchdb, pouchVersion } from './sync/pouch.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    firs: { type: 'string', default: '300' },
    gd: { type: 'string', default: '2000' },
    dry: { type: 'boolean', default: false },
    /** Writes every exchange of every contender (sizes, times, cuts) to this JSON file. */
    trace: { type: 'string' },
    'cut-probability': { type: 'string' },
    seed: { type: 'string' },
  },
});

const LINK: Omit<LinkOptions, 'target'> = {
  rateBitsPerSecond: 64_000,
  rttMs: 400,
  cutProbability: Number(values['cut-probability'] ?? 0.03),
  cutWithinBytes: 16_384,
  seed: Number(values.seed ?? 64_400),
};
const TARGETS = { bytesTimesFloor: 1.3, secondsTimesFloor: 1.3, fewerBytesThanPouch: 4, bytesPerFir: 2048 };

interface Group {
  exchanges: number;
  requestHead: number;
  requestBody: number;
  responseHead: number;
  responseBody: number;
  cutsChosen: number;
  cutsDone: number;
  /** From the request's last byte delivered to the server to the response's first byte back. */
  serverMs: number;
}

interface Result {
  name: string;
  bytesUp: number;
  bytesDown: number;
  totalBytes: number;
  bytesPerFir: number;
  seconds: number;
  attempts: number;
  eventsDelivered: number;
  exactlyOnce: boolean;
  link: { connections: number; exchanges: number; cutsChosen: number; cuts: number };
  /** Time on the link's clock: exchanges in flight, the server answering, and the client between exchanges. */
  time: { linkBusySeconds: number; serverSeconds: number; clientGapSeconds: number };
  /** Per request kind (method and path, ids replaced), sizes as they arrived at the link. */
  exchanges: Record<string, Group>;
  detail?: Record<string, number | string>;
}

const contenders: Contender[] = [ours, floor, pouchdb];
const only = values.only?.toLowerCase().split(',').filter(Boolean);
const chosen = contenders.filter((c) => !only || only.some((o) => c.name.toLowerCase().includes(o)));

const log = (s: string) => process.stderr.write(s + '\n');

/** Groups exchanges by kind: ids, hashes and numbers in paths become ":id". */
function kindOf(r: ExchangeRecord): string {
  const p = r.path
    .split('/')
    .map((seg) => (/^[0-9a-f]{32,}$/i.test(seg) || /^[0-9a-f-]{36}$/i.test(seg) || /^\d+$/.test(seg) || seg.length > 40 ? ':id' : seg))
    .join('/');
  return `${r.method} ${p}`;
}

function summarise(records: ExchangeRecord[]): { groups: Record<string, Group>; time: Result['time'] } {
  const groups: Record<string, Group> = {};
  for (const r of records) {
    const g = (groups[kindOf(r)] ??= { exchanges: 0, requestHead: 0, requestBody: 0, responseHead: 0, responseBody: 0, cutsChosen: 0, cutsDone: 0, serverMs: 0 });
    g.exchanges++;
    g.requestHead += r.requestHead;
    g.requestBody += r.requestBody ?? 0;
    g.responseHead += r.responseHead ?? 0;
    g.responseBody += r.responseBody ?? 0;
    if (r.cut) g.cutsChosen++;
    if (r.cut?.done) g.cutsDone++;
    if (r.responseAt !== null && r.requestDeliveredAt !== null) g.serverMs += Math.max(0, r.responseAt - r.requestDeliveredAt);
  }
  // The union of the intervals in which some exchange was under way, and what lies between them.
  const spans = records.map((r) => [r.requestAt, r.responseDeliveredAt ?? r.responseAt ?? r.requestDeliveredAt ?? r.requestAt] as const).sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let gaps = 0;
  let end = spans[0]?.[0] ?? 0;
  for (const [s, e] of spans) {
    if (s > end) gaps += s - end;
    busy += Math.max(0, e - Math.max(s, end));
    end = Math.max(end, e);
  }
  const server = Object.values(groups).reduce((t, g) => t + g.serverMs, 0);
  const sec = (ms: number) => Math.round(ms / 100) / 10;
  for (const g of Object.values(groups)) g.serverMs = Math.round(g.serverMs);
  return { groups, time: { linkBusySeconds: sec(busy), serverSeconds: sec(server), clientGapSeconds: sec(gaps) } };
}

log(`building the backlog on a state and a station node: ${values.firs} FIRs, ${values.gd} GD entries…`);
const t0 = performance.now();
const backlog = await buildStationBacklog({ firs: Number(values.firs), gdEntries: Number(values.gd) });
const events = backlog.events;
const ndjson = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
const count = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred).length;
const dataset = {
  events: events.length,
  firs: backlog.firCount,
  gdEntries: backlog.gdEntries,
  stationEventsBeforeBacklog: backlog.before,
  ndjsonBytes: Buffer.byteLength(ndjson),
  gzipBytes: zlib.gzipSync(ndjson, { level: 9 }).length,
  types: Object.fromEntries([...new Set(events.map((e) => e.type))].sort().map((t) => [t, count((e) => e.type === t)])),
  gdOfFirs: count((e) => e.type === 'gd.entry_added' && JSON.parse(e.payload).kind === 'fir_registered'),
  buildSeconds: 0,
};
dataset.buildSeconds = Math.round((performance.now() - t0) / 100) / 10;
log(
  `${dataset.events} events (${JSON.stringify(dataset.types)}; ${dataset.gdOfFirs} of the GD entries are the FIRs' own), ${dataset.ndjsonBytes} bytes as NDJSON, ${dataset.gzipBytes} gzipped in one piece; built in ${dataset.buildSeconds} s`,
);

const results: Result[] = [];
const traces: Record<string, ExchangeRecord[]> = {};
try {
  for (const c of chosen) {
    log(`${c.name}: preparing…`);
    const prepared = await c.prepare(backlog);
    const link = await LinkEmulator.start({ ...LINK, trace: true, target: prepared.target });
    const ticker = setInterval(() => {
      const s = link.stats();
      log(`  ${c.name}: ${s.bytesUp} B up, ${s.bytesDown} B down, ${s.exchanges} exchanges, ${s.randomCuts} cuts`);
    }, 30_000);
    try {
      log(`${c.name}: transferring…`);
      const started = performance.now();
      const t = await prepared.transfer(link.url());
      const seconds = (performance.now() - started) / 1000;
      const s = link.stats();
      const exchanges = link.exchangeLog();
      traces[c.name] = exchanges;
      const { groups, time } = summarise(exchanges);
      results.push({
        name: c.name,
        bytesUp: s.bytesUp,
        bytesDown: s.bytesDown,
        totalBytes: s.bytesUp + s.bytesDown,
        bytesPerFir: Math.round((s.bytesUp + s.bytesDown) / backlog.firCount),
        seconds: Math.round(seconds * 10) / 10,
        attempts: t.attempts,
        eventsDelivered: t.eventsDelivered,
        exactlyOnce: t.exactlyOnce,
        link: { connections: s.connections, exchanges: s.exchanges, cutsChosen: s.cutsChosen, cuts: s.randomCuts },
        time,
        exchanges: groups,
        ...(t.detail ? { detail: t.detail } : {}),
      });
      log(`${c.name}: done in ${seconds.toFixed(1)} s, ${s.randomCuts} of ${s.cutsChosen} chosen cuts made`);
    } finally {
      clearInterval(ticker);
      await link.close();
      await prepared.close();
    }
  }
} finally {
  await backlog.cleanup();
}

const base = results.find((r) => r.name === floor.name);
const pouch = results.find((r) => r.name === pouchdb.name);
const ratios = base ? results.map((r) => ({ name: r.name, bytes: +(r.totalBytes / base.totalBytes).toFixed(2), seconds: +(r.seconds / base.seconds).toFixed(2) })) : [];
const kb = (n: number) => (n / 1024).toFixed(1);
const c = dataset.types;
console.log(
  `\nStation backlog to the state: ${dataset.events} events — ${c['fir.registered'] ?? 0} fir.registered, ${c['person.created'] ?? 0} person.created, ${c['gd.entry_added'] ?? 0} gd.entry_added ` +
    `(${dataset.gdOfFirs} of them the FIRs' own) — from ${dataset.firs} FIRs and ${dataset.gdEntries} other GD entries; ${kb(dataset.ndjsonBytes)} KiB as NDJSON`,
);
console.log(`Link: ${LINK.rateBitsPerSecond! / 1000} kbit/s each way, ${LINK.rttMs} ms RTT, ${LINK.cutProbability! * 100} % of exchanges cut, seed ${LINK.seed}\n`);
console.log('| contender | up KiB | down KiB | total KiB | bytes/FIR | seconds | attempts | exchanges | cuts (made/chosen) | delivered | exactly once | bytes × floor | time × floor |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const x = ratios.find((q) => q.name === r.name);
  console.log(
    `| ${r.name} | ${kb(r.bytesUp)} | ${kb(r.bytesDown)} | ${kb(r.totalBytes)} | ${r.bytesPerFir} | ${r.seconds} | ${r.attempts} | ${r.link.exchanges} | ${r.link.cuts}/${r.link.cutsChosen} | ${r.eventsDelivered} | ${r.exactlyOnce ? 'yes' : 'NO'} | ${x?.bytes ?? '–'} | ${x?.seconds ?? '–'} |`,
  );
}

const mine = results.find((r) => r.name === ours.name);
const targets = mine
  ? {
      bytesWithin1_3xFloor: base ? mine.totalBytes <= TARGETS.bytesTimesFloor * base.totalBytes : null,
      timeWithin1_3xFloor: base ? mine.seconds <= TARGETS.secondsTimesFloor * base.seconds : null,
      fourTimesFewerBytesThanPouch: pouch ? pouch.totalBytes >= TARGETS.fewerBytesThanPouch * mine.totalBytes : null,
      atMost2KiBPerFir: mine.bytesPerFir <= TARGETS.bytesPerFir,
      exactlyOnce: mine.exactlyOnce,
    }
  : null;
if (targets) {
  const say = (v: boolean | null) => (v === null ? 'not measured' : v ? 'met' : 'MISSED');
  console.log(
    `\nTargets for ours: bytes ≤ 1.3 × floor: ${say(targets.bytesWithin1_3xFloor)}; time ≤ 1.3 × floor: ${say(targets.timeWithin1_3xFloor)}; ≥ 4 × fewer bytes than PouchDB: ${say(targets.fourTimesFewerBytesThanPouch)}; ≤ 2 KiB per FIR: ${say(targets.atMost2KiBPerFir)}; every event exactly once: ${say(targets.exactlyOnce)}`,
  );
}

for (const r of results) {
  console.log(
    `\n${r.name}: ${r.link.connections} connections; link busy ${r.time.linkBusySeconds} s (server answering ${r.time.serverSeconds} s of it), client between exchanges ${r.time.clientGapSeconds} s`,
  );
  if (r.detail)
    console.log(
      `  ${Object.entries(r.detail)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')}`,
    );
  console.log('| exchange | n | req head B | req body B | resp head B | resp body B | cuts (made/chosen) | server s |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [k, g] of Object.entries(r.exchanges).sort((a, b) => b[1].requestBody + b[1].responseBody - (a[1].requestBody + a[1].responseBody))) {
    console.log(`| ${k} | ${g.exchanges} | ${g.requestHead} | ${g.requestBody} | ${g.responseHead} | ${g.responseBody} | ${g.cutsDone}/${g.cutsChosen} | ${(g.serverMs / 1000).toFixed(1)} |`);
  }
}

if (values.trace) fs.writeFileSync(values.trace, JSON.stringify(traces, null, 1) + '\n');
if (!values.dry) {
  const dir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  // Runs on another link than the benchmark's say so in their name.
  const variant = (values.seed ? `-seed${values.seed}` : '') + (values['cut-probability'] ? `-cut${values['cut-probability']}` : '');
  const file = path.join(dir, `sync-${new Date().toISOString().slice(0, 10)}${variant}.json`);
  const machine = { cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`, node: process.version, pouchdb: pouchVersion() };
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, link: LINK, dataset, results, ratiosToFloor: ratios, targets }, null, 2) + '\n');
  log(`\nwrote ${path.relative(process.cwd(), file)}`);
}
