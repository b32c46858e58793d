/**
 * The peer: the same events as PouchDB documents (one per event, _id = event id, every column a
 * field) replicated from a local PouchDB (LevelDB) to a PouchDB server (express-pouchdb, LevelDB)
 * with one-shot PouchDB.replicate, over one keep-alive agent. A replication that errs is started
 * again. One that hangs is too: node-fetch 2 (PouchDB's HTTP client in Node) never settles a
 * response whose body is cut by a reset (node-fetch/node-fetch#1604), so a replication in which
 * no byte has moved on any socket for IDLE_MS — the same rule and the same 30 s as the station
 * node's sync idle timeout — is cancelled, its requests aborted, and started again.
 */
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Contender, Prepared, Transfer } from './contender.js';
import type { Backlog, EventRow } from './dataset.js';

/** As CCTNS_SYNC_TIMEOUT's default (src/config.ts): a request that moves no byte for this long is abandoned. */
const IDLE_MS = 30_000;
const MAX_ATTEMPTS = 200;
const DB = 'station-events';

/** The little of PouchDB's API used here (the packages ship no types). */
interface PouchDb {
  bulkDocs(docs: object[]): Promise<unknown>;
  allDocs(opts: { include_docs?: boolean; conflicts?: boolean }): Promise<{ total_rows: number; rows: { id: string; doc?: Record<string, unknown> & { _rev: string; _conflicts?: string[] } }[] }>;
  info(): Promise<unknown>;
  close(): Promise<void>;
}
interface Replication {
  on(event: 'change' | 'complete' | 'error', fn: (info: { ok?: boolean; status?: string }) => void): Replication;
  cancel(): void;
}
interface PouchStatic {
  new (name: string, opts?: Record<string, unknown>): PouchDb;
  defaults(opts: Record<string, unknown>): PouchStatic;
  replicate(source: PouchDb, target: PouchDb, opts?: Record<string, unknown>): Replication;
  fetch(url: string, opts: Record<string, unknown>): Promise<unknown>;
  version: string;
}

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-node') as PouchStatic;
const expressPouchDB = require('express-pouchdb') as (pouch: PouchStatic, opts: Record<string, unknown>) => http.RequestListener & { listen(port: number, host: string, cb: () => void): http.Server };

export const pouchVersion = (): string => `pouchdb-node ${PouchDB.version}, express-pouchdb ${(require('express-pouchdb/package.json') as { version: string }).version}, LevelDB adapter`;

function docOf(e: EventRow): Record<string, unknown> {
  return { _id: e.id, origin_unit: e.origin_unit, seq: e.seq, type: e.type, entity_id: e.entity_id, payload: e.payload, actor: e.actor, at: e.at, prev_hash: e.prev_hash, hash: e.hash };
}

/**
 * A keep-alive agent that counts the bytes moved on its sockets, either way. (Counted from the
 * sockets' own counters: a 'data' listener would make node-fetch take every chunked answer for
 * a premature close.)
 */
class WatchedAgent extends http.Agent {
  private readonly watched = new Set<net.Socket>();
  private closedBytes = 0;
  override createConnection(options: http.ClientRequestArgs): net.Socket {
    const socket = net.createConnection(options as net.NetConnectOpts);
    this.watched.add(socket);
    socket.once('close', () => {
      this.watched.delete(socket);
      this.closedBytes += socket.bytesRead + socket.bytesWritten;
    });
    return socket;
  }
  moved(): number {
    let n = this.closedBytes;
    for (const s of this.watched) n += s.bytesRead + s.bytesWritten;
    return n;
  }
}

/** Runs one replication to the end: true if it completed, false if it erred or hung. */
function replicateOnce(local: PouchDb, remoteUrl: string, agent: WatchedAgent): Promise<boolean> {
  const abort = new AbortController();
  // The same keep-alive agent as the floor, and a handle to abort a hung request.
  const remote = new PouchDB(remoteUrl, { fetch: (url: string, opts: Record<string, unknown>) => PouchDB.fetch(url, { ...opts, agent, signal: abort.signal }) });
  return new Promise<boolean>((resolve) => {
    let moved = agent.moved();
    let movedAt = performance.now();
    const watchdog = setInterval(() => {
      const now = agent.moved();
      if (now !== moved) [moved, movedAt] = [now, performance.now()];
      else if (performance.now() - movedAt > IDLE_MS) finish(false);
    }, 1000);
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      if (!ok) {
        rep.cancel();
        abort.abort();
      }
      resolve(ok);
    };
    const rep = PouchDB.replicate(local, remote)
      .on('complete', (info: { ok?: boolean; status?: string }) => finish(info.ok !== false && info.status === 'complete'))
      .on('error', () => finish(false));
  }).finally(() => remote.close().catch(() => undefined));
}

export const pouchdb: Contender = {
  name: 'PouchDB replicate',
  async prepare({ events }: Backlog): Promise<Prepared> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cctns-bench-pouch-'));
    fs.mkdirSync(path.join(dir, 'server'));
    const ServerPouch = PouchDB.defaults({ prefix: path.join(dir, 'server') + path.sep });
    const app = expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB' });
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const direct = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${DB}`;
    // The target database exists before the clock starts, as it would at the state.
    const check = new PouchDB(direct);
    await check.info();
    const local = new PouchDB(path.join(dir, 'station'));
    for (let i = 0; i < events.length; i += 500) await local.bulkDocs(events.slice(i, i + 500).map(docOf));
    const agent = new WatchedAgent({ keepAlive: true });
    const holdsAll = async () => (await check.allDocs({})).rows.length >= events.length;
    return {
      target: { host: '127.0.0.1', port: (server.address() as AddressInfo).port },
      async transfer(linkUrl: string): Promise<Transfer> {
        let attempts = 0;
        while (!((await replicateOnce(local, `${linkUrl}/${DB}`, agent)) && (await holdsAll()))) {
          if (++attempts >= MAX_ATTEMPTS) throw new Error(`PouchDB: no complete replication in ${attempts} attempts`);
        }
        const { rows } = await check.allDocs({ include_docs: true, conflicts: true });
        const byId = new Map(rows.map((r) => [r.id, r.doc!]));
        const exactlyOnce =
          rows.length === events.length &&
          events.every((e) => {
            const d = byId.get(e.id);
            if (!d || !d._rev.startsWith('1-') || d._conflicts?.length) return false;
            return Object.entries(docOf(e)).every(([k, v]) => d[k] === v);
          });
        return { attempts, eventsDelivered: rows.length, exactlyOnce };
      },
      async close() {
        agent.destroy();
        await Promise.all([local.close(), check.close()]).catch(() => undefined);
        server.closeAllConnections?.();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
