/**
 * Timing helpers for the search benchmark: latency percentiles over a query set, and where one
 * person search spends its time (key lookup, row fetch, the rest) without touching its code —
 * a Kysely plugin times each statement, a wrapper times the index lookup.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { CctnsNode } from '../src/node.js';
import type { Executor } from '../src/storage/db.js';
import type { BenchQuery, QueryKind } from './names/perturb.js';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LatencyReport {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Share of queries whose stored name is in the top ten. */
  found: number;
  foundByKind: Partial<Record<QueryKind, { n: number; found: number }>>;
}

/** Runs every query once, in order, one at a time (as one officer would), after a short warm-up. */
export async function timeQueries(queries: BenchQuery[], search: (q: string) => Promise<string[]>, warmup = 50): Promise<LatencyReport> {
  for (const q of queries.slice(0, warmup)) await search(q.q);
  const times: number[] = [];
  const foundByKind: LatencyReport['foundByKind'] = {};
  let found = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const names = await search(q.q);
    times.push(performance.now() - t0);
    const hit = names.includes(q.target);
    if (hit) found++;
    const k = (foundByKind[q.kind] ??= { n: 0, found: 0 });
    k.n++;
    if (hit) k.found++;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    found: found / queries.length,
    foundByKind,
  };
}

/** Times statements by the table they read, per query (`take()` returns and resets). */
class StatementTimer implements KyselyPlugin {
  private readonly started = new WeakMap<object, { t: number; table: string }>();
  totals = new Map<string, number>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as { from?: { froms?: { table?: { identifier?: { name?: string } } }[] } };
    this.started.set(args.queryId, { t: performance.now(), table: node.from?.froms?.[0]?.table?.identifier?.name ?? '?' });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.started.get(args.queryId);
    if (s) this.totals.set(s.table, (this.totals.get(s.table) ?? 0) + performance.now() - s.t);
    return args.result;
  }

  take(): Map<string, number> {
    const t = this.totals;
    this.totals = new Map();
    return t;
  }
}

export interface PhaseReport {
  /** Wall time of the name-key lookup (all keys of the query). */
  lookup: { p50: number; p95: number };
  /** Reading the candidates' rows from persons. */
  fetch: { p50: number; p95: number };
  /** Everything else: parsing the query, weighing candidates, scoring and sorting them. */
  rest: { p50: number; p95: number };
  total: { p50: number; p95: number };
  keysPerQuery: number;
  /** Person ids the lookup returned per query (before the cut to the re-ranked few). */
  idsPerQuery: number;
}

/** Where the time of node.personSearch.find goes, over the given queries. */
export async function searchPhases(node: CctnsNode, queries: BenchQuery[]): Promise<PhaseReport> {
  const timer = new StatementTimer();
  const exec = node.storage.db.withPlugin(timer) as Executor;
  const index = node.personIndex;
  const lookup = index.lookup.bind(index);
  let lookupMs = 0;
  let keys = 0;
  let ids = 0;
  index.lookup = async (k, cap, e) => {
    const t0 = performance.now();
    const r = await lookup(k, cap, e);
    lookupMs += performance.now() - t0;
    keys += k.length;
    ids += new Set([...r.values()].flat()).size;
    return r;
  };
  const rows = { lookup: [] as number[], fetch: [] as number[], rest: [] as number[], total: [] as number[] };
  try {
    for (const q of queries) {
      lookupMs = 0;
      timer.take();
      const t0 = performance.now();
      await node.personSearch.find({ q: q.q, limit: 10 }, exec);
      const total = performance.now() - t0;
      const fetch = timer.take().get('persons') ?? 0;
      rows.lookup.push(lookupMs);
      rows.fetch.push(fetch);
      rows.rest.push(Math.max(0, total - lookupMs - fetch));
      rows.total.push(total);
    }
  } finally {
    index.lookup = lookup;
  }
  const pct = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { p50: percentile(s, 50), p95: percentile(s, 95) };
  };
  return {
    lookup: pct(rows.lookup),
    fetch: pct(rows.fetch),
    rest: pct(rows.rest),
    total: pct(rows.total),
    keysPerQuery: keys / queries.length,
    idsPerQuery: ids / queries.length,
  };
}
