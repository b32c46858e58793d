import type { BlobFiles } from '../storage/blob-files.js';
import type { Storage } from '../storage/db.js';
import { ChainRefusal, type ChainMode, type EventLog, type StoredEvent } from '../storage/event-log.js';
import type { ExpressionBuilder, Selectable, UpdateObject } from 'kysely';
import type { Database, SyncUpstreamTable } from '../storage/schema.js';

type LinkRow = Selectable<SyncUpstreamTable>;
import type { Clock } from '../util/clock.js';
import type { SyncSettings } from '../config.js';
import { publicKeyObject } from './crypto.js';
import { subtreeRange } from './feed.js';
import type { NodeIdentity } from './identity.js';
import type { NodeProfile } from './node-profile.js';
import { LinkError, Transport } from './transport.js';
import type { Head } from './upstream-service.js';
import { v4 as uuidv4 } from 'uuid';
import { compress, decodeFeed, decompress, encodeAuditPush, encodePush, WireError, type AuditLine } from './wire.js';

export const SOFTWARE = 'cctns/0.1';

export type LinkState = 'not-enrolled' | 'never-synced' | 'online' | 'offline' | 'refused';

export interface SyncStatus {
  tier: string;
  unit: string;
  enrolled: boolean;
  upstream: { url: string; unit: string; nodeId: string; enrolledAt: string } | null;
  link: LinkState;
  running: boolean;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string | null;
  waitingEvents: number;
  waitingFiles: number;
  missingFiles: number;
  eventsPushed: number;
  eventsPulled: number;
  bytesUp: number;
  bytesDown: number;
  firstSyncDone: boolean;
  clockOffsetSeconds: number;
}

export interface RoundReport {
  restored: number;
  pushed: number;
  pulled: number;
  /** Audit entries sent up. */
  auditUp: number;
  filesUp: number;
  filesDown: number;
  bytesUp: number;
  bytesDown: number;
  batches: number;
  retries: number;
  milliseconds: number;
}

export type Progress = (step: 'restore' | 'push' | 'files-up' | 'pull' | 'files-down', done: number, total?: number) => void;

export interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Not enrolled yet: nothing to sync with. */
export class NotEnrolled extends Error {}

/** Bounds of a batch, in compressed bytes: small enough to get through a bad link, large enough to compress well. */
const MIN_BATCH = 8 * 1024;
/** An audit entry, compressed in a batch, is about this size: it sizes audit batches to the link. */
const AUDIT_BYTES_PER_ENTRY = 120;
/** A file the upstream finds not to match its hash this often in one round is left for the next. */
const MAX_FILE_MISMATCHES = 2;
const MAX_BATCH = 1024 * 1024;
/** A batch should take about this long on the link, so a cut loses little and round trips stay few. */
const BATCH_SECONDS = 10;
/** Between hellos, rounds go straight to push and pull. */
const HELLO_EVERY_MS = 5 * 60_000;

/**
 * The downstream side of sync. A round: hello (the upstream's heads and time), restore what the
 * upstream holds of this node's own chain and this node lacks, push unacknowledged events in
 * batches sized to the link, push files, pull the feed, fetch files. Any failure abandons the
 * round; it is retried with backoff. Nothing is marked sent until the upstream has said it holds it.
 */
export class SyncClient {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<RoundReport> | null = null;
  private stopped = true;
  private nextAt: number | null = null;
  /** Compressed bytes a batch aims at; adapts to the link. */
  private targetBytes = 32 * 1024;
  private bytesPerEvent = 400;
  private transport: Transport | null = null;
  private log: Log | undefined;
  /** Milliseconds to add to this machine's clock to get the upstream's (learned at each hello). */
  private clockOffset = 0;
  private needsHello = true;
  private helloAt = 0;

  constructor(
    private readonly deps: {
      storage: Storage;
      clock: Clock;
      events: EventLog;
      profile: NodeProfile;
      identity: () => Promise<NodeIdentity>;
      files: BlobFiles;
      settings: SyncSettings;
      /** Runs after events arrive (registering cases transferred here). */
      afterReceive: () => Promise<void>;
    },
  ) {}

  async link(): Promise<LinkRow | undefined> {
    return this.deps.storage.db.selectFrom('sync_upstream').selectAll().where('id', '=', 1).executeTakeFirst();
  }

  /** Starts syncing in the background: now, then after each interval or new record. */
  start(log?: Log): void {
    if (log) this.log = log;
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.transport?.close();
    await this.current?.catch(() => undefined);
  }

  /** The upstream's address changed: the next request opens new connections to it. */
  reconnect(): void {
    this.transport?.close();
    this.transport = null;
    this.needsHello = true;
  }

  /** New records: sync soon rather than at the next interval. */
  nudge(): void {
    if (this.stopped || this.current) return;
    if (this.nextAt === null || this.nextAt - Date.now() > 1000) this.schedule(1000);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = Date.now() + ms;
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    try {
      if (!(await this.link())) return this.schedule(this.deps.settings.intervalSeconds * 1000);
      await this.runNow();
      this.schedule(this.deps.settings.intervalSeconds * 1000);
    } catch {
      // A failed round, or the database itself failing: either way the next try comes, later.
      const failures = (await this.link().catch(() => undefined))?.consecutive_failures ?? 1;
      // Exponential backoff with jitter, so stations coming back together do not call at once.
      const base = Math.min(this.deps.settings.maxBackoffSeconds, 2 ** Math.min(failures, 16));
      this.schedule(base * 1000 * (0.8 + 0.4 * Math.random()));
    }
  }

  /** One round now (after the one in progress, if any). */
  async runNow(progress?: Progress): Promise<RoundReport> {
    while (this.current) await this.current.catch(() => undefined);
    this.current = this.round(progress);
    try {
      return await this.current;
    } finally {
      this.current = null;
    }
  }

  private async round(progress?: Progress): Promise<RoundReport> {
    const link = await this.link();
    if (!link) throw new NotEnrolled('This node is not enrolled with an upstream: run "cctns node enrol".');
    const started = Date.now();
    const report: RoundReport = { restored: 0, pushed: 0, pulled: 0, auditUp: 0, filesUp: 0, filesDown: 0, bytesUp: 0, bytesDown: 0, batches: 0, retries: 0, milliseconds: 0 };
    const t = await this.transportFor(link);
    const up0 = t.bytesUp;
    const down0 = t.bytesDown;
    await this.update({ last_attempt_at: this.now() });
    try {
      // The hello (heads, time, what waits here) starts the first round and any after a failure, and
      // is repeated every few minutes; between, the acknowledgements of the last push are current.
      if (this.needsHello || Date.now() - this.helloAt > HELLO_EVERY_MS) {
        const hello = await this.hello(t);
        report.restored = await this.restore(t, hello.heads, progress);
        await this.resetAcks(hello.heads);
        this.needsHello = false;
        this.helloAt = Date.now();
      }
      await this.push(t, report, progress);
      report.auditUp = await this.pushAudit(t);
      // Records both ways before any file: a file that cannot go must not hold up what can.
      report.pulled = await this.pull(t, progress);
      // Cases transferred here are registered now; one that cannot be must not stop the sync.
      await this.deps.afterReceive().catch((err: unknown) => this.log?.warn({ err: err instanceof Error ? err.message : String(err) }, 'registering a transferred case failed; retried next round'));
      report.filesUp = await this.pushFiles(t, progress);
      report.filesDown = await this.fetchFiles(t, progress);
      report.bytesUp = t.bytesUp - up0;
      report.bytesDown = t.bytesDown - down0;
      report.milliseconds = Date.now() - started;
      await this.update((eb) => ({
        last_success_at: this.now(),
        consecutive_failures: 0,
        last_error: null,
        bytes_up: eb('bytes_up', '+', report.bytesUp),
        bytes_down: eb('bytes_down', '+', report.bytesDown),
      }));
      return report;
    } catch (err) {
      const message = describe(err);
      this.needsHello = true;
      this.log?.warn({ err: message, failure: err instanceof LinkError ? err.failure : 'local' }, 'sync round abandoned');
      await this.update((eb) => ({
        last_error: message,
        last_error_at: this.now(),
        // The upstream said no (revoked, refused a batch): someone must act. Anything else is the link.
        last_error_refused: err instanceof LinkError && err.failure === 'refused' && (err.status ?? 0) < 500 ? 1 : 0,
        consecutive_failures: eb('consecutive_failures', '+', 1),
        bytes_up: eb('bytes_up', '+', t.bytesUp - up0),
        bytes_down: eb('bytes_down', '+', t.bytesDown - down0),
      }));
      throw err;
    } finally {
      // Connections are kept alive within a round only. Between rounds an idle one can die
      // unnoticed (a NAT forgets it, a cut just after the last answer), and the next round would
      // fail on its first request for nothing; a round costs one handshake instead.
      t.close();
      if (this.transport === t) this.transport = null;
    }
  }

  private async transportFor(link: LinkRow): Promise<Transport> {
    if (!this.transport) {
      this.transport = new Transport({
        baseUrl: link.url,
        nodeId: link.node_id,
        identity: await this.deps.identity(),
        upstreamKey: publicKeyObject(link.upstream_key),
        clockOffsetMs: () => this.clockOffset,
        now: () => this.deps.clock.now().getTime(),
        idleTimeoutMs: this.deps.settings.idleTimeoutSeconds * 1000,
      });
      this.clockOffset = Number(link.clock_offset_ms);
    }
    return this.transport;
  }

  private async hello(t: Transport): Promise<{ heads: Head[] }> {
    const sent = this.deps.clock.now().getTime();
    let answer: { time: number; heads: Head[] };
    try {
      answer = await t.json('/api/v1/sync/hello', { software: SOFTWARE, waiting: await this.waitingEvents(), waitingFiles: await this.waitingFiles(), time: sent });
    } catch (err) {
      // A clock far off is corrected from the upstream's signed time, then the hello is repeated.
      if (!(err instanceof LinkError && err.slug === 'clock-skew')) throw err;
      const time = Number(err.problem?.time ?? NaN);
      if (!Number.isFinite(time)) throw err;
      this.clockOffset = time - this.deps.clock.now().getTime();
      answer = await t.json('/api/v1/sync/hello', { software: SOFTWARE, waiting: await this.waitingEvents(), waitingFiles: await this.waitingFiles(), time: sent });
    }
    if (!answer || !Array.isArray(answer.heads) || typeof answer.time !== 'number') throw new LinkError('bad-answer', 'The upstream answered the hello with something else.');
    const received = this.deps.clock.now().getTime();
    this.clockOffset = Math.round(answer.time - (sent + received) / 2);
    await this.update({ clock_offset_ms: this.clockOffset });
    return answer;
  }

  /** Origins whose chains this node pushes: its own and those of the nodes below it. */
  private async myOrigins(): Promise<string[]> {
    const own = await this.deps.profile.ownPath();
    if (!own) return [this.deps.profile.unitCode];
    const [lo, hi] = subtreeRange(own);
    const rows = await this.deps.storage.db
      .selectFrom('event_heads')
      .innerJoin('units', 'units.code', 'event_heads.origin_unit')
      .select('event_heads.origin_unit')
      .where('units.path', '>=', lo)
      .where('units.path', '<', hi)
      .execute();
    return [...new Set([this.deps.profile.unitCode, ...rows.map((r) => r.origin_unit)])];
  }

  private async localHead(origin: string): Promise<{ seq: number; hash: string } | null> {
    const r = await this.deps.storage.db.selectFrom('event_heads').select(['seq', 'hash']).where('origin_unit', '=', origin).executeTakeFirst();
    return r ? { seq: Number(r.seq), hash: r.hash } : null;
  }

  /**
   * Where the upstream holds more of this node's own chains than the node itself (a replaced
   * machine, a restored backup), gets everything back first, in the upstream's order, before
   * making anything new. Answers how many events came back.
   */
  private async restore(t: Transport, heads: Head[], progress?: Progress): Promise<number> {
    const mine = new Set([...(await this.myOrigins()), ...heads.map((h) => h.origin)]);
    let behind = false;
    for (const head of heads) if (head.seq > ((await this.localHead(head.origin))?.seq ?? 0)) behind = true;
    if (!behind) return 0;
    let after = 0;
    let feed: number | undefined;
    let restored = 0;
    for (;;) {
      const page = await this.feedRequest(t, '/api/v1/sync/restore', { after, limit: 1000, feed });
      feed ??= page.feed;
      restored += await this.receive(page.events, (origin) => (mine.has(origin) ? 'complete' : 'partial'));
      progress?.('restore', restored);
      if (!page.more) break;
      after = page.next;
    }
    // What was addressed to this node after the restore began comes through the feed.
    const cursor = Number((await this.link())!.pull_cursor);
    if (feed !== undefined && feed > cursor) await this.update({ pull_cursor: feed });
    return restored;
  }

  /** The upstream's heads become this node's acknowledgements; the push restarts from the first event not held there. */
  private async resetAcks(heads: Head[]): Promise<void> {
    const origins = await this.myOrigins();
    const held = new Map(heads.map((h) => [h.origin, h.seq]));
    await this.deps.storage.db.transaction().execute(async (tx) => {
      for (const origin of origins) {
        const seq = held.get(origin) ?? 0;
        await tx
          .insertInto('sync_acks')
          .values({ origin_unit: origin, seq })
          .onConflict((oc) => oc.column('origin_unit').doUpdateSet({ seq }))
          .execute();
      }
    });
    await this.recomputeFloor(origins);
  }

  private async recomputeFloor(origins: string[]): Promise<void> {
    const db = this.deps.storage.db;
    const first = await db
      .selectFrom('events')
      .innerJoin('sync_acks', (j) => j.onRef('sync_acks.origin_unit', '=', 'events.origin_unit'))
      .select((eb) => eb.fn.min('events.local_pos').as('pos'))
      .where('events.origin_unit', 'in', origins)
      .whereRef('events.seq', '>', 'sync_acks.seq')
      .executeTakeFirst();
    const max = await db
      .selectFrom('events')
      .select((eb) => eb.fn.max('local_pos').as('pos'))
      .executeTakeFirst();
    const floor = first?.pos != null ? Number(first.pos) - 1 : Number(max?.pos ?? 0);
    await this.update({ push_floor: floor });
  }

  /** Events of this node's chains that the upstream has not acknowledged, in log order. */
  private async unacknowledged(limit: number, origins?: string[]): Promise<(StoredEvent & { local_pos: number })[]> {
    const link = (await this.link())!;
    const mine = origins ?? (await this.myOrigins());
    const rows = await this.deps.storage.db
      .selectFrom('events')
      .leftJoin('sync_acks', 'sync_acks.origin_unit', 'events.origin_unit')
      .selectAll('events')
      .where('events.local_pos', '>', Number(link.push_floor))
      .where('events.origin_unit', 'in', mine)
      .where((eb) => eb('events.seq', '>', eb.fn.coalesce('sync_acks.seq', eb.val(0))))
      .orderBy('events.local_pos')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq), local_pos: Number(r.local_pos) }));
  }

  async waitingEvents(): Promise<number> {
    const link = await this.link();
    if (!link) return 0;
    const mine = await this.myOrigins();
    const r = await this.deps.storage.db
      .selectFrom('events')
      .leftJoin('sync_acks', 'sync_acks.origin_unit', 'events.origin_unit')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('events.local_pos', '>', Number(link.push_floor))
      .where('events.origin_unit', 'in', mine)
      .where((eb) => eb('events.seq', '>', eb.fn.coalesce('sync_acks.seq', eb.val(0))))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  private async push(t: Transport, report: RoundReport, progress?: Progress): Promise<void> {
    const origins = await this.myOrigins();
    const total = await this.waitingEvents();
    let gaps = 0;
    for (;;) {
      const want = Math.max(1, Math.min(5000, Math.floor(this.targetBytes / this.bytesPerEvent)));
      let batch = await this.unacknowledged(want, origins);
      if (batch.length === 0) return;
      let body = compress(encodePush(batch), 9);
      // Compression varies with content: a batch far over its target is cut down once.
      if (body.length > this.targetBytes * 1.5 && batch.length > 1) {
        batch = batch.slice(0, Math.max(1, Math.floor((batch.length * this.targetBytes) / body.length)));
        body = compress(encodePush(batch), 9);
      }
      const started = Date.now();
      let answer: { heads: Head[]; stored: number };
      try {
        const res = await t.request('POST', '/api/v1/sync/push', body, { 'content-type': 'application/x-ndjson', 'content-encoding': 'br' });
        answer = JSON.parse(res.body.toString('utf8'));
        if (!Array.isArray(answer.heads)) throw new Error();
      } catch (err) {
        if (err instanceof LinkError && (err.failure === 'cut' || err.failure === 'timeout')) this.targetBytes = Math.max(MIN_BATCH, Math.floor(this.targetBytes / 2));
        // The upstream holds less than this node thought (restored from a backup): resend from its heads.
        if (err instanceof LinkError && err.slug === 'chain-gap' && Array.isArray(err.problem?.heads) && gaps++ < 3) {
          await this.resetAcks(err.problem!.heads as Head[]);
          report.retries++;
          continue;
        }
        if (err instanceof SyntaxError || (err instanceof Error && !(err instanceof LinkError))) throw new LinkError('bad-answer', 'The upstream answered the push with something else.');
        throw err;
      }
      const seconds = Math.max(0.05, (Date.now() - started) / 1000);
      this.bytesPerEvent = Math.max(50, Math.round(0.7 * this.bytesPerEvent + (0.3 * body.length) / batch.length));
      // About BATCH_SECONDS on the link, and well inside the idle timeout (the whole body is written at once).
      const budget = Math.min(BATCH_SECONDS, this.deps.settings.idleTimeoutSeconds / 3);
      this.targetBytes = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.round((body.length / seconds) * budget)));
      await this.acknowledge(answer.heads, batch);
      report.pushed += answer.stored;
      report.batches++;
      progress?.('push', report.pushed, total);
    }
  }

  /** The upstream's heads after a push: acknowledged events are never sent again. */
  private async acknowledge(heads: Head[], batch: { origin_unit: string; seq: number; local_pos: number }[]): Promise<void> {
    const held = new Map(heads.map((h) => [h.origin, h.seq]));
    const all = batch.every((e) => (held.get(e.origin_unit) ?? 0) >= e.seq);
    await this.deps.storage.db.transaction().execute(async (tx) => {
      for (const [origin, seq] of held) {
        await tx
          .insertInto('sync_acks')
          .values({ origin_unit: origin, seq })
          .onConflict((oc) => oc.column('origin_unit').doUpdateSet({ seq }))
          .execute();
      }
      await tx
        .updateTable('sync_upstream')
        .set((eb) => ({
          last_push_at: this.now(),
          events_pushed: eb('events_pushed', '+', batch.length),
          ...(all ? { push_floor: batch[batch.length - 1]!.local_pos } : {}),
        }))
        .where('id', '=', 1)
        .execute();
    });
    if (!all) throw new LinkError('bad-answer', 'The upstream acknowledged less than the batch it accepted.');
  }

  /** Attachment files of this node's units that the upstream has not confirmed. */
  private async filesToPush(limit: number): Promise<{ sha256: string; size: number }[]> {
    const own = await this.deps.profile.ownPath();
    if (!own) return [];
    const [lo, hi] = subtreeRange(own);
    const rows = await this.deps.storage.db
      .selectFrom('attachments')
      .innerJoin('blobs', 'blobs.sha256', 'attachments.sha256')
      .innerJoin('units', 'units.code', 'attachments.owner_unit')
      .leftJoin('sync_blobs_up', 'sync_blobs_up.sha256', 'attachments.sha256')
      .select(['attachments.sha256', 'attachments.size'])
      .where('sync_blobs_up.sha256', 'is', null)
      .where('units.path', '>=', lo)
      .where('units.path', '<', hi)
      .orderBy('attachments.created_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ sha256: r.sha256, size: Number(r.size) }));
  }

  async waitingFiles(): Promise<number> {
    return (await this.filesToPush(10_000)).length;
  }

  /**
   * Sends the upstream this node's audit entries it does not hold yet, hashes and all, after the
   * records: supervisors there read them, and they outlive this machine. A node restored from a
   * backup starts a new chain (see backup.ts), so the upstream's copy is never contradicted.
   */
  private async pushAudit(t: Transport): Promise<number> {
    let sent = 0;
    let gaps = 0;
    for (;;) {
      const link = (await this.link())!;
      let chain = link.audit_chain;
      if (!chain) {
        chain = uuidv4();
        await this.update({ audit_chain: chain, audit_acked: 0 });
      }
      const want = Math.max(50, Math.min(2000, Math.floor(this.targetBytes / AUDIT_BYTES_PER_ENTRY)));
      const rows = await this.deps.storage.db.selectFrom('audit_log').selectAll().where('seq', '>', Number(link.audit_acked)).orderBy('seq').limit(want).execute();
      if (rows.length === 0) return sent;
      const body = compress(
        encodeAuditPush(
          chain,
          rows.map((r) => ({ ...r, seq: Number(r.seq), outcome: r.outcome as AuditLine['outcome'] })),
        ),
        9,
      );
      let seq: number;
      try {
        const res = await t.request('POST', '/api/v1/sync/audit', body, { 'content-type': 'application/x-ndjson', 'content-encoding': 'br' });
        seq = (JSON.parse(res.body.toString('utf8')) as { seq: number }).seq;
        if (typeof seq !== 'number') throw new Error();
      } catch (err) {
        // The upstream holds another part of the chain than was acknowledged here: go on from there.
        if (err instanceof LinkError && err.slug === 'audit-gap' && typeof err.problem?.auditSeq === 'number' && gaps++ < 3) {
          await this.update({ audit_acked: err.problem.auditSeq });
          continue;
        }
        if (err instanceof SyntaxError || (err instanceof Error && !(err instanceof LinkError))) throw new LinkError('bad-answer', 'The upstream answered the audit push with something else.');
        throw err;
      }
      await this.update({ audit_acked: seq });
      sent += rows.length;
      if (rows.length < want) return sent;
    }
  }

  /** Pushes files in pieces, each resuming where the upstream's copy stands. */
  private async pushFiles(t: Transport, progress?: Progress): Promise<number> {
    let done = 0;
    for (;;) {
      const files = await this.filesToPush(100);
      if (files.length === 0) return done;
      const status = await t.json<{ files: { sha256: string; received: number; complete: boolean; size: number | null }[] }>('/api/v1/sync/blobs/status', { sha256: files.map((f) => f.sha256) });
      let moved = 0;
      for (const f of files) {
        const s = status.files?.find((x) => x.sha256 === f.sha256);
        if (!s) throw new LinkError('bad-answer', 'The upstream did not say whether it holds a file.');
        // The upstream has not received the record of this file yet: it will after the next push.
        if (s.size === null) continue;
        let offset = s.received;
        let complete = s.complete;
        let mismatches = 0;
        while (!complete && offset < f.size) {
          const length = Math.min(f.size - offset, Math.max(MIN_BATCH, this.targetBytes));
          try {
            const res = await t.request('PUT', `/api/v1/sync/blobs/${f.sha256}?offset=${offset}`, this.deps.files.readRange(f.sha256, offset, length), { 'content-type': 'application/octet-stream' });
            const r = JSON.parse(res.body.toString('utf8')) as { received: number; complete: boolean };
            offset = r.received;
            complete = r.complete;
          } catch (err) {
            if (err instanceof LinkError && err.slug === 'blob-mismatch' && ++mismatches > MAX_FILE_MISMATCHES) break;
            if (err instanceof LinkError && (err.slug === 'wrong-offset' || err.slug === 'blob-mismatch') && typeof err.problem?.received === 'number') {
              offset = err.problem.received as number;
              continue;
            }
            // The upstream will not take this file (another node's copy of it is the one it waits for): the others still go.
            if (err instanceof LinkError && err.failure === 'refused' && err.status === 403) break;
            throw err;
          }
        }
        if (!complete) {
          this.log?.warn({ sha256: f.sha256 }, 'a file could not be sent this round (its bytes here do not match its hash, or the upstream refused it); tried again next round');
          continue;
        }
        await this.deps.storage.db
          .insertInto('sync_blobs_up')
          .values({ sha256: f.sha256, done_at: this.now() })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .execute();
        done++;
        moved++;
        progress?.('files-up', done);
      }
      if (moved === 0) return done;
    }
  }

  private async feedRequest(t: Transport, path: string, body: unknown): Promise<ReturnType<typeof decodeFeed>> {
    const res = await t.request('POST', path, Buffer.from(JSON.stringify(body)), { 'content-type': 'application/json' });
    try {
      return decodeFeed(decompress(res.body, String(res.headers['content-encoding'] ?? 'identity'), 256 * 1024 * 1024));
    } catch (err) {
      if (err instanceof WireError) throw new LinkError('bad-answer', `The upstream sent a malformed feed: ${err.message}`);
      throw err;
    }
  }

  /** Stores what the upstream sent; a refusal of its content is a bad answer, not this node's fault. */
  private async receive(events: StoredEvent[], mode: ChainMode | ((origin: string) => ChainMode), cursor?: { next: number; done: boolean }): Promise<number> {
    try {
      return await this.deps.events.transaction(async (tx) => {
        const stored = await this.deps.events.receive(tx, events, mode);
        if (cursor) {
          await tx
            .updateTable('sync_upstream')
            .set((eb) => ({ pull_cursor: cursor.next, last_pull_at: this.now(), events_pulled: eb('events_pulled', '+', stored.length), ...(cursor.done ? { initial_pull_done: 1 } : {}) }))
            .where('id', '=', 1)
            .execute();
        }
        return stored.length;
      });
    } catch (err) {
      if (err instanceof ChainRefusal) throw new LinkError('bad-answer', `The upstream sent events that do not verify: ${err.message}. Nothing of them was stored.`);
      throw err;
    }
  }

  /** Reads the feed of what is addressed to this node until it is empty. */
  private async pull(t: Transport, progress?: Progress): Promise<number> {
    let pulled = 0;
    for (;;) {
      const link = (await this.link())!;
      const limit = Math.max(20, Math.min(2000, Math.floor(this.targetBytes / this.bytesPerEvent)));
      const page = await this.feedRequest(t, '/api/v1/sync/pull', { after: Number(link.pull_cursor), limit });
      if (page.next < Number(link.pull_cursor)) throw new LinkError('bad-answer', 'The upstream moved the feed cursor backwards.');
      pulled += await this.receive(page.events, 'partial', { next: page.next, done: !page.more });
      progress?.('pull', pulled);
      if (!page.more) return pulled;
    }
  }

  /** Attachment records held here whose files are not: fetched in pieces, resuming partial ones. */
  private async fetchFiles(t: Transport, progress?: Progress): Promise<number> {
    const rows = await this.deps.storage.db
      .selectFrom('attachments')
      .leftJoin('blobs', 'blobs.sha256', 'attachments.sha256')
      .select(['attachments.sha256', 'attachments.size'])
      .where('blobs.sha256', 'is', null)
      .limit(200)
      .execute();
    let done = 0;
    for (const r of rows) {
      const size = Number(r.size);
      const held = await this.deps.files.progress(r.sha256, size);
      let offset = held.received;
      if (held.complete) {
        done++;
        continue;
      }
      try {
        while (offset < size) {
          const length = Math.min(size - offset, Math.max(MIN_BATCH, this.targetBytes));
          const res = await t.request('GET', `/api/v1/sync/blobs/${r.sha256}?offset=${offset}&length=${length}`);
          const got = await this.deps.files.append(r.sha256, offset, res.body, size);
          if (got.mismatch) throw new LinkError('bad-answer', `The file ${r.sha256.slice(0, 12)}… from the upstream does not match its hash; fetching it again.`);
          if (!got.accepted || res.body.length === 0) throw new LinkError('bad-answer', 'The upstream sent a piece of a file at the wrong place.');
          offset = got.received;
        }
        done++;
        progress?.('files-down', done);
      } catch (err) {
        // Not arrived upstream yet either: it comes in a later round.
        if (err instanceof LinkError && err.slug === 'not-arrived') continue;
        throw err;
      }
    }
    return done;
  }

  async status(): Promise<SyncStatus> {
    const link = await this.link();
    const { profile } = this.deps;
    const missing = Number(
      (
        await this.deps.storage.db
          .selectFrom('attachments')
          .leftJoin('blobs', 'blobs.sha256', 'attachments.sha256')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('blobs.sha256', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const base = { tier: profile.tier, unit: profile.unitCode, running: !!this.current, missingFiles: missing };
    if (!link) {
      return {
        ...base,
        enrolled: false,
        upstream: null,
        link: 'not-enrolled',
        lastAttemptAt: null,
        lastSuccessAt: null,
        lastPushAt: null,
        lastPullAt: null,
        lastError: null,
        lastErrorAt: null,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        waitingEvents: 0,
        waitingFiles: 0,
        eventsPushed: 0,
        eventsPulled: 0,
        bytesUp: 0,
        bytesDown: 0,
        firstSyncDone: false,
        clockOffsetSeconds: 0,
      };
    }
    const failing = link.consecutive_failures > 0;
    const refused = failing && link.last_error_refused === 1;
    const state: LinkState = !link.last_success_at && !failing ? 'never-synced' : refused ? 'refused' : failing ? 'offline' : 'online';
    return {
      ...base,
      enrolled: true,
      upstream: { url: link.url, unit: link.upstream_unit, nodeId: link.node_id, enrolledAt: link.enrolled_at },
      link: state,
      lastAttemptAt: link.last_attempt_at,
      lastSuccessAt: link.last_success_at,
      lastPushAt: link.last_push_at,
      lastPullAt: link.last_pull_at,
      lastError: failing ? link.last_error : null,
      lastErrorAt: failing ? link.last_error_at : null,
      consecutiveFailures: Number(link.consecutive_failures),
      nextAttemptAt: this.nextAt && !this.stopped ? new Date(this.nextAt).toISOString() : null,
      waitingEvents: await this.waitingEvents(),
      waitingFiles: await this.waitingFiles(),
      eventsPushed: Number(link.events_pushed),
      eventsPulled: Number(link.events_pulled),
      bytesUp: Number(link.bytes_up),
      bytesDown: Number(link.bytes_down),
      firstSyncDone: link.initial_pull_done === 1,
      clockOffsetSeconds: Math.round(Number(link.clock_offset_ms) / 1000),
    };
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  /** The link row's new values, or a function of the row's columns for those counted up in SQL. */
  private async update(set: LinkUpdate | ((eb: ExpressionBuilder<Database, 'sync_upstream'>) => LinkUpdate)): Promise<void> {
    await this.deps.storage.db.updateTable('sync_upstream').set(set).where('id', '=', 1).execute();
  }
}

type LinkUpdate = UpdateObject<Database, 'sync_upstream'>;

function describe(err: unknown): string {
  if (err instanceof LinkError) return err.failure === 'refused' ? `Refused by the upstream (HTTP ${err.status}): ${err.message}` : err.message;
  if (err instanceof Error) return `This node could not continue the round: ${err.message}`;
  return String(err);
}
