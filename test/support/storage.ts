import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config.js';
import { openPostgres, openSqlite, type Engine, type Storage } from '../../src/storage/db.js';

/** The engine this test run is for: `npm test` runs every file once per engine. */
export const ENGINE: Engine = process.env.CCTNS_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestStorage {
  storage: Storage;
  dataDir: string;
  config: Config;
  /** Another connection to the same database (for two-process scenarios and CLI checks). */
  reopen(): Storage;
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

let counter = 0;

/** A fresh, empty database of the run's engine (or the one asked for) and a fresh data directory. */
export async function freshStorage(overrides: Partial<Config['security']> = {}, opts: { engine?: Engine } = {}): Promise<TestStorage> {
  const engine = opts.engine ?? ENGINE;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cctns-test-'));
  const base = loadConfig({ ...process.env, CCTNS_DATA: dataDir, DATABASE_URL: '', PORT: '0' });
  let storage: Storage;
  let databaseUrl: string | undefined;
  let dropDb: (() => Promise<void>) | undefined;
  if (engine === 'postgres') {
    const admin = process.env.CCTNS_TEST_PG_URL;
    if (!admin) throw new Error('CCTNS_TEST_PG_URL is not set: run the tests with `npm test`, which starts PostgreSQL.');
    const name = `cctns_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const client = new pg.Client(admin);
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const u = new URL(admin);
    u.pathname = '/' + name;
    databaseUrl = u.toString();
    storage = openPostgres(databaseUrl);
    dropDb = async () => {
      const c = new pg.Client(admin);
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    storage = openSqlite(path.join(dataDir, 'cctns.sqlite'));
  }
  const config: Config = { ...base, databaseUrl, security: { ...base.security, ...overrides } };
  const opened: Storage[] = [storage];
  return {
    storage,
    dataDir,
    config,
    databaseUrl,
    reopen() {
      const s = databaseUrl ? openPostgres(databaseUrl) : openSqlite(path.join(dataDir, 'cctns.sqlite'));
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close().catch(() => undefined);
      await dropDb?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
