import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or a transaction: repositories accept both. */
export type Executor = Db | Tx;

export interface Storage {
  db: Db;
  engine: Engine;
  /** Human-readable location, never containing a password. */
  location: string;
  /** The SQLite file, for backups (undefined on PostgreSQL). */
  sqlitePath?: string;
  close(): Promise<void>;
}

// PostgreSQL returns BIGINT and NUMERIC as strings; our sequence numbers fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

export function openStorage(opts: { databaseUrl?: string; dataDir: string }): Storage {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  fs.mkdirSync(opts.dataDir, { recursive: true });
  return openSqlite(path.join(opts.dataDir, 'cctns.sqlite'));
}

export function openSqlite(file: string): Storage {
  const sqlite = new SQLite(file);
  // WAL keeps readers off the writer's back; FULL makes every acknowledged commit survive a
  // power cut, which a station without a UPS will have.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    engine: 'sqlite',
    location: file,
    sqlitePath: file,
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements are reusable, and preparing was a
 * third of the time of an FIR registration. Queries are built from a bounded set of shapes, so
 * the cache stays small; it is capped all the same.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') return Reflect.get(target, prop, receiver);
      return (sql: string) => {
        let stmt = cache.get(sql);
        if (!stmt) {
          if (cache.size >= 2000) cache.clear();
          stmt = target.prepare(sql);
          cache.set(sql, stmt);
        }
        return stmt;
      };
    },
  });
}

export function openPostgres(url: string): Storage {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not crash the node.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
