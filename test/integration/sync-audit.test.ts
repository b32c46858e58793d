/**
 * Audit trails travel upward: a station node's log of who read and wrote what reaches its state
 * with every round, verified link by link, so supervisors there can read it and it is not lost
 * with the station's machine. A changed, unlinked or gapped piece is refused whole.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditHash } from '../../src/access/audit-log.js';
import { ManualClock } from '../../src/util/clock.js';
import { compress, encodeAuditPush, type AuditLine } from '../../src/sync/wire.js';
import { theftFir } from '../support/fir-bodies.js';
import { enrolStation, nodeKeyOf, signedIn, signedSyncCall, startStateNode, startStationNode } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { z } from 'zod';
import { problemSchema } from '../../src/api/problem.js';
import { bodyOf, ok } from '../support/answers.js';

/** A refused audit push: problem+json saying where the chain stands here (src/sync/audit-copies.ts). */
const auditRefusal = problemSchema.extend({ auditSeq: z.number().optional() });
const refusal = (r: { body: unknown }) => bodyOf(r, auditRefusal);

const ORIGIN = 'MH-PUN-PS01';

describe(`sync: audit trails travel upward (state on ${ENGINE}, station on sqlite)`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let state: TestServer;
  let station: TestServer;
  let nodeId: string;
  let key: string;
  let firId: string;

  const stationLog = async (): Promise<AuditLine[]> =>
    (await station.node.storage.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()).map((r) => ({ ...r, seq: Number(r.seq), outcome: r.outcome as AuditLine['outcome'] }));
  const chainId = async () => (await station.node.storage.db.selectFrom('sync_upstream').select('audit_chain').executeTakeFirstOrThrow()).audit_chain!;
  const keptAtState = async () =>
    (await state.node.storage.db.selectFrom('audit_remote').select(['seq', 'hash']).where('node_id', '=', nodeId).orderBy('seq').execute()).map((r) => `${Number(r.seq)}:${r.hash}`);
  const push = (rows: AuditLine[], chain: string) => signedSyncCall(state.url, '/api/v1/sync/audit', compress(encodeAuditPush(chain, rows)), { node: nodeId, key, time: clock.now().getTime() });

  before(async () => {
    state = await startStateNode({ clock });
    station = await startStationNode(ORIGIN, { clock });
    nodeId = (await enrolStation(state, station)).nodeId;
    await station.node.sync.client.runNow();
    key = await nodeKeyOf(station);
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const fir = await sho.post('/api/v1/firs', theftFir());
    assert.equal(fir.status, 201);
    firId = fir.body.id;
    assert.equal((await sho.get(`/api/v1/firs/${firId}`)).status, 200);
  });
  after(async () => {
    await station?.close();
    await state?.close();
  });

  test('each round sends the station’s audit entries; the state keeps them, in order, once', async () => {
    const report = await station.node.sync.client.runNow();
    assert.ok(report.auditUp > 0);
    const log = await stationLog();
    assert.deepEqual(
      await keptAtState(),
      log.map((r) => `${r.seq}:${r.hash}`),
    );
    assert.equal((await station.node.sync.client.runNow()).auditUp, 0, 'nothing is sent twice');
    // Reads made since (signing in, the FIR page) follow in the next round.
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    assert.equal((await sho.get(`/api/v1/firs/${firId}`)).status, 200);
    assert.ok((await station.node.sync.client.runNow()).auditUp > 0);
    assert.deepEqual(
      await keptAtState(),
      (await stationLog()).map((r) => `${r.seq}:${r.hash}`),
    );
  });

  test('a supervisor at the state reads who opened a station’s FIR there; one outside the district does not', async () => {
    const sp = await signedIn(state, 'sp.pune', state, clock);
    const below = await sp.get('/api/v1/audit?from=below&limit=500');
    assert.equal(below.status, 200, JSON.stringify(below.body));
    const reads = below.body.entries.filter((e) => e.targetId === firId && e.actor === 'sho.pune1');
    assert.ok(reads.length >= 2, 'the registration and the reads of the FIR at the station');
    assert.ok(below.body.entries.every((e) => e.node === ORIGIN));
    const times = below.body.entries.map((e: { at: string }) => e.at);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    const older = ok(await sp.get(`/api/v1/audit?from=below&limit=500&beforeAt=${encodeURIComponent(times[0]!)}`));
    assert.ok(older.body.entries.every((e) => e.at < times[0]!));
    const here = ok(await sp.get('/api/v1/audit?limit=500'));
    assert.ok(
      here.body.entries.every((e: { node: string | null }) => e.node === null),
      'the state’s own log is apart',
    );
    // The reading of the trail is itself audited, at the state.
    const own = await state.node.storage.db.selectFrom('audit_log').select('detail').where('action', '=', 'audit.read').execute();
    assert.ok(own.some((r) => JSON.parse(r.detail).from === 'below'));

    const nashik = await signedIn(state, 'sho.nashik1', state, clock);
    const outside = await nashik.get('/api/v1/audit?from=below&limit=500');
    if (outside.status === 200) assert.equal(outside.body.entries.filter((e: { targetId: string | null }) => e.targetId === firId).length, 0);
    else assert.equal(outside.status, 403);
  });

  test('a changed, unlinked, gapped or foreign piece of the trail is refused whole; a repeat stores nothing', async () => {
    const log = await stationLog();
    const chain = await chainId();
    const before = await keptAtState();
    const last = log[log.length - 1]!;
    const next = (n: number, prev: string, extra: Partial<AuditLine> = {}): AuditLine => {
      const base = { ...last, id: `x-${n}`, seq: last.seq + n, prev_hash: prev, detail: '{}', ...extra };
      return { ...base, hash: auditHash(base) };
    };
    const a = next(1, last.hash);
    const b = next(2, a.hash);

    const changed = { ...b, detail: '{"count":999}' };
    let r = await push([a, changed], chain);
    assert.equal(r.status, 422);
    assert.match(refusal(r).type, /audit-hash$/);
    assert.match(refusal(r).detail, /entry \d+ does not match its hash.*Nothing of this push was stored/);

    r = await push([a, next(2, 'f'.repeat(64))], chain);
    assert.equal(r.status, 422);
    assert.match(refusal(r).type, /audit-link$/);

    r = await push([b], chain);
    assert.equal(r.status, 409);
    assert.match(refusal(r).type, /audit-gap$/);
    assert.equal(refusal(r).auditSeq, last.seq, 'says where the chain stands here');

    const edited = { ...log[0]!, detail: '{"edited":true}' };
    r = await push([{ ...edited, hash: auditHash(edited) }], chain);
    assert.equal(r.status, 409, 'an entry already kept cannot be replaced, even with a matching hash');
    assert.match(refusal(r).type, /audit-fork$/);

    r = await push(log.slice(-3), chain);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { seq: last.seq, stored: 0, duplicates: 3 });

    r = await push([{ ...log[0]!, actor_id: null }], 'not-a-uuid');
    assert.equal(r.status, 400);
    assert.match(refusal(r).detail, /chain/);

    assert.deepEqual(await keptAtState(), before, 'nothing of a refused push was stored');
  });

  test('a chain belongs to the node that started it', async () => {
    const chain = await chainId();
    const other = await startStationNode('MH-PUN-PS02', { clock });
    try {
      const otherId = (await enrolStation(state, other)).nodeId;
      await other.node.sync.client.runNow();
      const otherKey = await nodeKeyOf(other);
      const log = await stationLog();
      const r = await signedSyncCall(state.url, '/api/v1/sync/audit', compress(encodeAuditPush(chain, log.slice(0, 1))), { node: otherId, key: otherKey, time: clock.now().getTime() });
      assert.equal(r.status, 403);
      assert.match(refusal(r).type, /foreign-chain$/);
    } finally {
      await other.close();
    }
  });
});
