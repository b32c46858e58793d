import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Storage } from '../storage/db.js';
import type { Database } from '../storage/schema.js';

/** Every table, with the column that orders it; parents before children for restore. */
const TABLES: { name: keyof Database; key: string | string[] }[] = [
  { name: 'settings', key: 'key' },
  { name: 'events', key: 'local_pos' },
  { name: 'event_heads', key: 'origin_unit' },
  { name: 'units', key: 'path' },
  { name: 'users', key: 'id' },
  { name: 'login_state', key: 'user_id' },
  { name: 'sessions', key: 'id_hash' },
  { name: 'api_tokens', key: 'id' },
  { name: 'audit_log', key: 'seq' },
  { name: 'audit_head', key: 'id' },
  // Sync: the nodes enrolled here, this node's link upward, the feed, which files are here.
  { name: 'sync_nodes', key: 'id' },
  { name: 'sync_upstream', key: 'id' },
  { name: 'sync_acks', key: 'origin_unit' },
  { name: 'event_addresses', key: 'id' },
  { name: 'blobs', key: 'sha256' },
  { name: 'sync_blobs_up', key: 'sha256' },
  // The audit chains of the nodes below, as this node keeps them.
  { name: 'audit_remote', key: ['chain_id', 'seq'] },
  { name: 'audit_remote_heads', key: 'chain_id' },
];

const FORMAT = 'cctns-backup';

/**
 * A consistent snapshot of every table as gzip-compressed NDJSON: readable by either engine, so a
 * station's SQLite backup can be restored into PostgreSQL and back. The node key (DATA/node.key)
 * is not included: keep it separately, as it unlocks the TOTP seeds.
 */
export async function backup(storage: Storage, file: string, onProgress?: (table: string, rows: number) => void): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tmp = `${file}.partial`;
  await storage.db.transaction().execute(async (tx) => {
    if (storage.engine === 'postgres') await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(tx);
    async function* lines() {
      yield JSON.stringify({ format: FORMAT, version: 1, engine: storage.engine, tables: TABLES.map((t) => t.name) }) + '\n';
      for (const t of TABLES) {
        let offset = 0;
        counts[t.name] = 0;
        for (;;) {
          let q = tx.selectFrom(t.name).selectAll();
          for (const k of [t.key].flat()) q = q.orderBy(sql.ref(k));
          const rows = await q.limit(2000).offset(offset).execute();
          if (rows.length === 0) break;
          offset += rows.length;
          counts[t.name] = (counts[t.name] ?? 0) + rows.length;
          yield rows.map((row) => JSON.stringify({ t: t.name, r: row })).join('\n') + '\n';
          onProgress?.(t.name, counts[t.name]!);
        }
      }
      yield JSON.stringify({ end: true, counts }) + '\n';
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
  });
  fs.renameSync(tmp, file);
  return counts;
}

/** Loads a backup into an empty, migrated database. Refuses a non-empty one. */
export async function restore(storage: Storage, file: string, onProgress?: (rows: number) => void): Promise<Record<string, number>> {
  const existing = await storage.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) throw new Error('The target database is not empty; restore only into a new data directory or database.');
  const gunzip = zlib.createGunzip();
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(gunzip), crlfDelay: Infinity });
  // readline does not pass on its source's errors: a corrupt or cut file would leave it waiting
  // for ever. Close it instead; the missing end marker then refuses the restore.
  let readError: Error | undefined;
  gunzip.on('error', (err) => {
    readError = err;
    input.close();
  });
  const counts: Record<string, number> = {};
  let header = false;
  let ended = false;
  let total = 0;
  await storage.db.transaction().execute(async (tx) => {
    let batch: { t: string; r: Record<string, unknown> }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const table = batch[0]!.t;
      // Rows of whichever table the line names, as that table stored them: typed at run time, not here.
      await tx
        .insertInto(table as keyof Database)
        .values(batch.map((b) => b.r) as never)
        .execute();
      batch = [];
    };
    for await (const line of input) {
      if (!line) continue;
      const obj = JSON.parse(line);
      if (!header) {
        if (obj.format !== FORMAT || obj.version !== 1) throw new Error('This file is not a CCTNS backup (version 1).');
        header = true;
        continue;
      }
      if (obj.end) {
        ended = true;
        break;
      }
      if (!TABLES.some((t) => t.name === obj.t)) throw new Error(`Unknown table ${obj.t} in backup`);
      if (batch.length && (batch[0]!.t !== obj.t || batch.length >= 200)) await flush();
      batch.push(obj);
      counts[obj.t] = (counts[obj.t] ?? 0) + 1;
      if (++total % 5000 === 0) onProgress?.(total);
    }
    await flush();
    if (!ended) throw new Error(`The backup file is truncated or corrupt${readError ? ` (${readError.message})` : ''}; nothing was restored.`);
    // The restored audit log continues from an older entry than the upstream may hold: it is sent
    // up again as a new chain rather than contradicting the copy there.
    await tx.updateTable('sync_upstream').set({ audit_chain: null, audit_acked: 0 }).execute();
    if (storage.engine === 'postgres') {
      await sql`SELECT setval(pg_get_serial_sequence('events', 'local_pos'), COALESCE((SELECT MAX(local_pos) FROM events), 0) + 1, false)`.execute(tx);
      await sql`SELECT setval(pg_get_serial_sequence('event_addresses', 'id'), COALESCE((SELECT MAX(id) FROM event_addresses), 0) + 1, false)`.execute(tx);
    }
  });
  return counts;
}
