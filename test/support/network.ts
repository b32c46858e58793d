import { after, before } from 'node:test';
import type { Config } from '../../src/config.js';
import { newNonce, privateKeyObject, requestSigningText, sign } from '../../src/sync/crypto.js';
import type { Clock } from '../../src/util/clock.js';
import { ApiClient } from './client.js';
import { startTestServer, type TestServer } from './server.js';

export const CLI_ACTOR = { id: 'cli', username: 'cli:test', unitCode: 'MH' };

/** Settings that make a test network react at once instead of waiting for its timers. */
export const QUICK_SYNC: Partial<Config['sync']> = { intervalSeconds: 3600, idleTimeoutSeconds: 5, maxBackoffSeconds: 1 };

/** A state node of the run's engine with the demo jurisdiction, listening on a local port. */
export function startStateNode(opts: { clock?: Clock } = {}): Promise<TestServer> {
  return startTestServer({ clock: opts.clock, node: { tier: 'state', unit: 'MH' }, sync: QUICK_SYNC });
}

/** A station node on SQLite (as stations run), not enrolled, listening on a local port. */
export function startStationNode(unit: string, opts: { clock?: Clock } = {}): Promise<TestServer> {
  return startTestServer({ clock: opts.clock, node: { tier: 'station', unit, upstream: undefined }, sync: QUICK_SYNC, engine: 'sqlite', demo: false });
}

/** Registers the station at the state and enrols it with the code, as the two administrators would. */
export async function enrolStation(state: TestServer, station: TestServer, upstreamUrl = state.url): Promise<{ nodeId: string }> {
  const { code } = await state.node.sync.registry.add(CLI_ACTOR, { unitCode: station.node.profile.unitCode });
  return station.node.sync.enrol({ upstreamUrl, code });
}

/** A signed-in API client of the node, as the demo user (whose login the state printed). */
export async function signedIn(server: TestServer, username: string, state: TestServer, clock: Clock): Promise<ApiClient> {
  const api = new ApiClient(server.app);
  const login = state.demo.users[username]!;
  await api.signIn(username, login.password, login.totpSecret, clock);
  return api;
}

/** The events a node holds of one origin, as "seq:hash" in order: two nodes agree when these do. */
export async function chainOf(server: TestServer, origin: string): Promise<string[]> {
  const rows = await server.node.storage.db.selectFrom('events').select(['seq', 'hash']).where('origin_unit', '=', origin).orderBy('seq').execute();
  return rows.map((r) => `${Number(r.seq)}:${r.hash}`);
}

/** A node's private key as its station node keeps it (sealed in its settings). */
export async function nodeKeyOf(station: TestServer): Promise<string> {
  const sealed = (await station.node.storage.db.selectFrom('settings').select('value').where('key', '=', 'sync.identity_private').executeTakeFirstOrThrow()).value;
  return station.node.secrets.open(sealed);
}

/** A sync request to an upstream, signed as a node would sign it (or with another key, time or nonce). */
export async function signedSyncCall(
  upstreamUrl: string,
  path: string,
  body: Buffer,
  opts: { node: string; key: string; time: number; nonce?: string; encoding?: string },
): Promise<{ status: number; body: unknown; nonce: string; time: number }> {
  const nonce = opts.nonce ?? newNonce();
  const encoding = opts.encoding ?? 'br';
  const signature = sign(privateKeyObject(opts.key), requestSigningText({ method: 'POST', path, nodeId: opts.node, time: opts.time, nonce, encoding, body }));
  const res = await fetch(upstreamUrl + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-ndjson',
      'content-encoding': encoding,
      'x-cctns-node': opts.node,
      'x-cctns-time': String(opts.time),
      'x-cctns-nonce': nonce,
      'x-cctns-signature': signature,
    },
    body: new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, nonce, time: opts.time };
}

/**
 * A state node and one station node for a describe block: started before its tests (the station
 * enrolled and through its first sync unless `enrolled: false`), closed after them.
 */
export function stateAndStation(unit: string, clock: Clock, opts: { enrolled?: boolean } = {}): { state: TestServer; station: TestServer } {
  const nodes = {} as { state: TestServer; station: TestServer };
  before(async () => {
    nodes.state = await startStateNode({ clock });
    nodes.station = await startStationNode(unit, { clock });
    if (opts.enrolled !== false) {
      await enrolStation(nodes.state, nodes.station);
      await nodes.station.node.sync.client.runNow();
    }
  });
  after(async () => {
    await nodes.station?.close();
    await nodes.state?.close();
  });
  return nodes;
}
