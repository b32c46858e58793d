/**
 * What the server benchmarks (bench:records, bench:casefile, bench:match) share: the engines asked
 * for (both unless `--engine` names one), a throwaway PostgreSQL started once when none is given,
 * a test server per engine on the benchmark's clock, latency percentiles, and the Markdown table
 * for docs/benchmarks.md headed by the machine it ran on.
 */
import os from 'node:os';
import { startPostgres } from '../scripts/postgres.mjs';
import type { Clock } from '../src/util/clock.js';
import { startTestServer, type TestServer } from '../test/support/server.js';

/** The p-th percentile of unsorted samples (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** A percentile to one decimal, as the tables print them. */
export const ms = (xs: readonly number[], p: number) => percentile(xs, p).toFixed(1);

/**
 * Runs `measure` on a fresh test server of each engine (`engine` names one; both otherwise) and
 * returns the table rows it gave, in order; the server is closed and the PostgreSQL stopped
 * however the run ends.
 */
export async function onEachEngine(
  engine: string | undefined,
  server: { clock: () => Clock; listen?: boolean },
  measure: (server: TestServer, engine: string) => Promise<string[]>,
): Promise<string[]> {
  const rows: string[] = [];
  let pg: Awaited<ReturnType<typeof startPostgres>> | undefined;
  try {
    for (const e of engine ? [engine] : ['sqlite', 'postgres']) {
      process.env.CCTNS_TEST_ENGINE = e;
      if (e === 'postgres' && !process.env.CCTNS_TEST_PG_URL) {
        pg = await startPostgres();
        process.env.CCTNS_TEST_PG_URL = pg.url;
      }
      const s = await startTestServer({ clock: server.clock(), ...(server.listen === undefined ? {} : { listen: server.listen }) });
      try {
        rows.push(...(await measure(s, e)));
      } finally {
        await s.close();
      }
    }
  } finally {
    await pg?.stop();
  }
  return rows;
}

/** The machine a result was measured on: cores, CPU model, memory, Node, and the date. */
export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;

/** Prints a Markdown table: a caption line, the header, and the rows. */
export function printTable(caption: string, header: readonly string[], rows: readonly string[]): void {
  console.log(`\n${caption}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- |').join('')}`);
  for (const r of rows) console.log(r);
}
