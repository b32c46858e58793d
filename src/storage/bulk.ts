import { CompiledQuery, sql } from 'kysely';
import type { Engine, Storage, Tx } from './db.js';
import type { Database } from './schema.js';

/**
 * Most bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER (32766 since
 * 3.32, as better-sqlite3 builds it) and the PostgreSQL protocol's 16-bit parameter count.
 */
export const MAX_PARAMETERS: Record<Engine, number> = { sqlite: 32766, postgres: 65535 };

/**
 * Splits rows for multi-row INSERTs of `columns` values each: every chunk fits the engine's
 * parameter limit, and chunk sizes come from a small fixed set (the largest power of two that
 * fits, then halves) so that a stream of batches of varying size reuses a handful of prepared
 * statement shapes instead of compiling a new one per batch.
 */
export function insertChunks<T>(rows: readonly T[], columns: number, engine: Engine, cap = 4096): T[][] {
  let size = 1;
  while (size * 2 * columns <= MAX_PARAMETERS[engine] && size * 2 <= cap) size *= 2;
  const out: T[][] = [];
  let i = 0;
  while (i < rows.length) {
    while (size > rows.length - i) size /= 2;
    out.push(rows.slice(i, i + size));
    i += size;
  }
  return out;
}

const statements = new Map<string, string>();

function insertStatement(engine: Engine, table: string, columns: readonly string[], rows: number): string {
  const key = `${engine}\u0000${table}\u0000${columns.join(',')}\u0000${rows}`;
  let text = statements.get(key);
  if (!text) {
    let n = 0;
    const row = () => `(${columns.map(() => (engine === 'postgres' ? `$${++n}` : '?')).join(',')})`;
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${Array.from({ length: rows }, row).join(',')}`;
    statements.set(key, text);
  }
  return text;
}

/**
 * Inserts many rows of one table with multi-row INSERTs written directly. Kysely's builder parses
 * every value of every row into a syntax tree; for bulk writes that was a fifth of the time.
 * The rows must all have the same columns (those of the first row); columns left out take their defaults.
 */
export async function insertMany<T extends keyof Database & string>(tx: Tx, engine: Engine, table: T, rows: readonly Partial<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as (keyof Database[T] & string)[];
  for (const chunk of insertChunks(rows, columns.length, engine)) {
    const params: unknown[] = [];
    for (const r of chunk) for (const c of columns) params.push(r[c]);
    await tx.executeQuery(CompiledQuery.raw(insertStatement(engine, table, columns, chunk.length), params));
  }
}

export interface BulkWriteOptions {
  /** No running node uses the database meanwhile: checkpoints may be rare and large. */
  offline?: boolean;
}

/**
 * Tunes this process's connection for a long run of large write transactions (a bulk import)
 * and returns how to undo it. Only SQLite needs it; other connections keep their own settings.
 *
 * - synchronous=NORMAL: a batch is on disk at the next checkpoint rather than at its commit. A
 *   power cut can lose the last batches but never corrupts; a bulk import keeps its resume point
 *   in the same transactions, so a re-run redoes exactly what was lost.
 * - a 256 MiB page cache: the name-key index's pages stay in memory between batches.
 * - offline only: a checkpoint every ~400 MB of log instead of after each batch, so a page that
 *   several batches change is copied into the database once. Not with a node serving: its next
 *   commit would run the big checkpoint itself, stalling a request for seconds.
 */
export async function bulkWriteSettings(storage: Storage, opts: BulkWriteOptions = {}): Promise<() => Promise<void>> {
  if (storage.engine !== 'sqlite') return async () => undefined;
  const pragma = async (text: string) => (await sql.raw(`PRAGMA ${text}`).execute(storage.db)).rows[0] as Record<string, unknown> | undefined;
  const value = async (name: string) => Object.values((await pragma(name)) ?? {})[0];
  const before = { synchronous: await value('synchronous'), cache_size: await value('cache_size'), wal_autocheckpoint: await value('wal_autocheckpoint') };
  await pragma('synchronous = NORMAL');
  await pragma('cache_size = -262144');
  if (opts.offline) await pragma('wal_autocheckpoint = 100000');
  return async () => {
    if (opts.offline) await pragma('wal_checkpoint(TRUNCATE)');
    for (const [name, v] of Object.entries(before)) await pragma(`${name} = ${Number(v)}`);
  };
}

/**
 * Lets a write that has been started reach the database before this process goes on computing:
 * on PostgreSQL the server then executes it while the next rows are being built (SQLite runs
 * statements in this process: nothing changes). Collect the result with {@link inOrder}.
 */
export async function handOff(write: Promise<unknown>): Promise<void> {
  // Marked handled here; inOrder rethrows the failure.
  write.catch(() => undefined);
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Waits for every write; throws the failure of the first that failed, in the order given (the cause, not its aftermath). */
export async function inOrder(...writes: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(writes);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
