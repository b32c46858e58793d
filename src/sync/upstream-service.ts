import { z } from 'zod';
import { text } from '../domain/schemas/common.js';
import { ProblemError } from '../errors.js';
import type { BlobFiles } from '../storage/blob-files.js';
import type { Storage } from '../storage/db.js';
import { ChainRefusal, eventHash, type EventLog, type StoredEvent } from '../storage/event-log.js';
import type { Clock } from '../util/clock.js';
import { pathWithin, subtreeRange, type Feed } from './feed.js';
import type { NodeProfile } from './node-profile.js';
import type { NodeRegistry } from './node-registry.js';
import { isTransientDbError } from '../storage/db-errors.js';
import { KeyedQueue } from '../util/keyed-queue.js';
import type { AuditCopies } from './audit-copies.js';
import { decodeAuditPush, decodePush, encodeFeed, WireError } from './wire.js';

export const helloBody = z.strictObject({
  software: text(40),
  /** Events the node has that are not acknowledged yet, as it counts them. */
  waiting: z.number().int().min(0),
  waitingFiles: z.number().int().min(0).default(0),
  time: z.number().int(),
});
export const pullBody = z.strictObject({ after: z.number().int().min(0), limit: z.number().int().min(1).max(5000) });
export const restoreBody = z.strictObject({ after: z.number().int().min(0), limit: z.number().int().min(1).max(5000), feed: z.number().int().min(0).optional() });
export const blobStatusBody = z.strictObject({
  sha256: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .min(1)
    .max(500),
});

export type Authenticated = Awaited<ReturnType<NodeRegistry['authenticate']>>;

/** Events per origin as this node holds them, for a downstream to know where to resume. */
export interface Head {
  origin: string;
  seq: number;
  hash: string;
}

/** The refusal of a push, in words for the log and the sending node's screen. */
export function refusalProblem(err: ChainRefusal | WireError): ProblemError {
  if (err instanceof WireError) return new ProblemError(400, 'malformed-batch', err.message);
  // An event the catalogue refuses: named (origin, seq, type, field) so the sending node's operator can find it.
  if (err.code === 'unknown-type' || err.code === 'invalid-payload') {
    return new ProblemError(422, err.code === 'unknown-type' ? 'unknown-event-type' : 'invalid-event', `Refused: ${err.message}. Nothing of this batch was applied.`, {
      ...(err.event?.field ? { errors: [{ path: err.event.field, message: err.event.problem ?? err.message }] } : {}),
      data: { event: { origin: err.originUnit, seq: err.seq, type: err.event?.type ?? null, field: err.event?.field ?? null } },
    });
  }
  const status = err.code === 'gap' ? 409 : 422;
  return new ProblemError(status, `chain-${err.code}`, `Refused: ${err.message}. Nothing of this batch was applied.`);
}

/**
 * The upstream side of sync: what a node below may ask of this one. Everything it is sent is
 * checked (signature before this, then format, chain, ownership) and applied in one
 * transaction, or refused whole.
 */
export class UpstreamService {
  constructor(
    private readonly deps: {
      storage: Storage;
      clock: Clock;
      events: EventLog;
      feed: Feed;
      registry: NodeRegistry;
      profile: NodeProfile;
      files: BlobFiles;
      auditCopies: AuditCopies;
    },
  ) {}

  /** A piece of the node's audit chain, kept here so supervisors can read it and it is not lost with the node. */
  async pushAudit(auth: Authenticated, plain: Buffer): Promise<{ seq: number; stored: number; duplicates: number }> {
    let batch: ReturnType<typeof decodeAuditPush>;
    try {
      batch = decodeAuditPush(plain);
    } catch (err) {
      if (err instanceof WireError) throw await this.refused(auth, new ProblemError(400, 'malformed-batch', err.message));
      throw err;
    }
    try {
      return await this.perNode.run(`audit:${auth.node.id}`, () => this.deps.auditCopies.receive(auth.node, batch.chain, batch.rows));
    } catch (err) {
      if (err instanceof ProblemError) throw await this.refused(auth, err);
      throw err;
    }
  }

  /** The start of a round: this node's heads of the caller's origins, and its time. */
  async hello(auth: Authenticated, body: z.infer<typeof helloBody>): Promise<{ time: number; unit: string; tier: string; heads: Head[] }> {
    const heads = await this.headsUnder(auth.nodePath);
    await this.deps.registry.note(auth.node.id, {
      reported: JSON.stringify({ software: body.software, waiting: body.waiting, waitingFiles: body.waitingFiles, clockOffsetMs: body.time - this.deps.clock.now().getTime() }),
    });
    return { time: this.deps.clock.now().getTime(), unit: this.deps.profile.unitCode, tier: this.deps.profile.tier, heads };
  }

  private async headsUnder(path: string): Promise<Head[]> {
    const [lo, hi] = subtreeRange(path);
    const rows = await this.deps.storage.db
      .selectFrom('event_heads')
      .innerJoin('units', 'units.code', 'event_heads.origin_unit')
      .select(['event_heads.origin_unit', 'event_heads.seq', 'event_heads.hash'])
      .where('units.path', '>=', lo)
      .where('units.path', '<', hi)
      .execute();
    return rows.map((r) => ({ origin: r.origin_unit, seq: Number(r.seq), hash: r.hash }));
  }

  /**
   * Applies a pushed batch: rebuilds each chain from the claimed start, checks it ends where the
   * node signed, stores it after this node's copy (duplicates skipped), checks every new event is
   * owned by the node's units, and answers with the heads now held.
   */
  /** A node's pushes are applied one at a time: a node sending many at once gains nothing and holds up no one else's. */
  private readonly perNode = new KeyedQueue();

  push(auth: Authenticated, plain: Buffer, wireBytes: number): Promise<{ heads: Head[]; stored: number; duplicates: number }> {
    return this.perNode.run(auth.node.id, () => this.applyPush(auth, plain, wireBytes));
  }

  private async applyPush(auth: Authenticated, plain: Buffer, wireBytes: number): Promise<{ heads: Head[]; stored: number; duplicates: number }> {
    const { events, feed, registry } = this.deps;
    let batch: ReturnType<typeof decodePush>;
    try {
      batch = decodePush(plain);
    } catch (err) {
      if (err instanceof WireError) throw await this.refused(auth, refusalProblem(err));
      throw err;
    }
    const byOrigin = new Map<string, typeof batch.events>();
    for (const e of batch.events) {
      const list = byOrigin.get(e.origin_unit) ?? [];
      list.push(e);
      byOrigin.set(e.origin_unit, list);
    }
    const linked: StoredEvent[] = [];
    for (const claim of batch.chains) {
      const own = byOrigin.get(claim.o) ?? [];
      const unitPath = await this.unitPath(claim.o);
      if (!unitPath || !pathWithin(unitPath, auth.nodePath)) {
        throw await this.refused(auth, new ProblemError(403, 'foreign-origin', `Refused: events of ${claim.o}, which is not a unit of this node (${auth.node.unit_code}). Nothing was applied.`));
      }
      let prev = claim.prev;
      for (const e of own) {
        const hash = eventHash({ ...e, prev_hash: prev });
        linked.push({ ...e, prev_hash: prev, hash });
        prev = hash;
      }
      if (prev !== claim.last) {
        throw await this.refused(
          auth,
          new ProblemError(
            422,
            'chain-hash',
            `Refused: the events of ${claim.o} ${claim.from}–${claim.to} do not hash to the chain end the node signed: changed on the way or at the node. Nothing was applied.`,
          ),
        );
      }
    }
    // Back in log order (the chains were rebuilt per origin).
    const order = new Map(batch.events.map((e, i) => [`${e.origin_unit}\u0000${e.seq}`, i]));
    linked.sort((a, b) => order.get(`${a.origin_unit}\u0000${a.seq}`)! - order.get(`${b.origin_unit}\u0000${b.seq}`)!);
    let stored: StoredEvent[];
    try {
      stored = await events.transaction(async (tx) => {
        const fresh = await events.receive(tx, linked, 'complete');
        const foreign = await feed.foreignOwned(tx, fresh, auth.nodePath);
        if (foreign) {
          throw new ProblemError(
            403,
            'not-owner',
            `Refused: ${foreign.event.type} (${foreign.event.origin_unit} event ${foreign.event.seq}) concerns ${foreign.owner}, which this node (${auth.node.unit_code}) does not own. Nothing was applied.`,
          );
        }
        return fresh;
      });
    } catch (err) {
      if (err instanceof ChainRefusal) throw await this.refused(auth, refusalProblem(err), await this.headsUnder(auth.nodePath));
      if (err instanceof ProblemError) throw await this.refused(auth, err);
      // This node's database failing is not the batch's fault: the node is told to try again.
      if (isTransientDbError(err))
        throw new ProblemError(503, 'try-later', 'This node cannot store the batch just now (its database is busy or unavailable). Nothing was applied; try again shortly.', { retryAfterSeconds: 30 });
      // A projector that cannot apply what was sent: refuse it as data, not as our crash.
      const message = err instanceof Error ? err.message : String(err);
      throw await this.refused(auth, new ProblemError(422, 'cannot-apply', `Refused: the batch could not be applied here (${message.slice(0, 300)}). Nothing was applied.`));
    }
    // What the node said was waiting at its hello, less what has arrived since: its lag as seen here.
    const waiting = auth.node.reported ? (JSON.parse(auth.node.reported) as { waiting?: number }) : null;
    if (waiting && typeof waiting.waiting === 'number') waiting.waiting = Math.max(0, waiting.waiting - stored.length);
    await registry.note(auth.node.id, {
      last_push_at: this.deps.clock.now().toISOString(),
      eventsReceived: stored.length,
      bytesReceived: wireBytes,
      last_error: null,
      last_error_at: null,
      ...(waiting ? { reported: JSON.stringify(waiting) } : {}),
    });
    return { heads: await this.headsUnder(auth.nodePath), stored: stored.length, duplicates: linked.length - stored.length };
  }

  /** Records why a node was refused (its health shows it) and passes the refusal on. */
  private async refused(auth: Authenticated, problem: ProblemError, heads?: Head[]): Promise<ProblemError> {
    await this.deps.registry.note(auth.node.id, { last_error: problem.detail, last_error_at: this.deps.clock.now().toISOString() });
    return heads ? new ProblemError(problem.status, problem.slug, problem.detail, { ...problem.extra, data: { ...problem.extra.data, heads } }) : problem;
  }

  /** A page of the node's feed, as the body of the answer. */
  async pull(auth: Authenticated, body: z.infer<typeof pullBody>): Promise<{ plain: Buffer; count: number }> {
    const page = await this.deps.feed.page(auth.nodePath, body.after, body.limit);
    await this.deps.registry.note(auth.node.id, { last_pull_at: this.deps.clock.now().toISOString() });
    return { plain: encodeFeed(page.events, page.next, page.more), count: page.events.length };
  }

  /**
   * Everything the node should hold, for a node that lost its own chain (a replaced machine, an
   * old backup): its units' events and those addressed to it, in the order they were stored
   * here — so each applies after what it depends on. The first page names where the feed stands;
   * the node continues the feed from there.
   */
  async restore(auth: Authenticated, body: z.infer<typeof restoreBody>): Promise<Buffer> {
    const db = this.deps.storage.db;
    const feed =
      body.feed ??
      Number(
        (
          await db
            .selectFrom('event_addresses')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id ?? 0,
      );
    const [lo, hi] = subtreeRange(auth.nodePath);
    const addressed = this.deps.feed.addressedTo(auth.nodePath);
    const rows = await db
      .selectFrom('events as e')
      .leftJoin('units as u', 'u.code', 'e.origin_unit')
      .selectAll('e')
      .where('e.local_pos', '>', body.after)
      .where((eb) =>
        eb.or([eb.and([eb('u.path', '>=', lo), eb('u.path', '<', hi)]), eb.exists(addressed(eb.selectFrom('event_addresses as a').select('a.id').whereRef('a.local_pos', '=', 'e.local_pos')))]),
      )
      .orderBy('e.local_pos')
      .limit(body.limit + 1)
      .execute();
    const more = rows.length > body.limit;
    const page = rows.slice(0, body.limit);
    const events = page.map(({ local_pos, ...e }) => ({ ...e, seq: Number(e.seq) }));
    return encodeFeed(events, page.length ? Number(page[page.length - 1]!.local_pos) : body.after, more, feed);
  }

  /** Which of these files this node holds, and how much of each partly received one. */
  async blobStatus(auth: Authenticated, shas: string[]): Promise<{ sha256: string; size: number | null; received: number; complete: boolean }[]> {
    const rows = new Map((await this.deps.storage.db.selectFrom('attachments').select(['sha256', 'size', 'owner_unit']).where('sha256', 'in', shas).execute()).map((r) => [r.sha256, r]));
    const out = [];
    for (const sha of shas) {
      // A node asks about the files of its own units; of any other it learns nothing, not even that it exists.
      const found = rows.get(sha);
      const ownerPath = found ? await this.unitPath(found.owner_unit) : null;
      const row = ownerPath && pathWithin(ownerPath, auth.nodePath) ? found : undefined;
      const held = row ? await this.deps.files.progress(sha, Number(row.size)) : { received: 0, complete: false };
      out.push({ sha256: sha, size: row ? Number(row.size) : null, ...held });
    }
    return out;
  }

  /** A piece of a file pushed from below, for an attachment a unit of the node owns. */
  async putBlob(auth: Authenticated, sha: string, offset: number, chunk: Buffer): Promise<{ received: number; complete: boolean }> {
    const row = await this.deps.storage.db.selectFrom('attachments').select(['size', 'owner_unit']).where('sha256', '=', sha).executeTakeFirst();
    if (!row) throw new ProblemError(409, 'record-first', 'No attachment record for this file is held here yet: push the events first.');
    const ownerPath = await this.unitPath(row.owner_unit);
    if (!ownerPath || !pathWithin(ownerPath, auth.nodePath)) throw new ProblemError(403, 'not-owner', `This file belongs to ${row.owner_unit}, not to a unit of this node.`);
    const r = await this.deps.files.append(sha, offset, chunk, Number(row.size));
    if (r.mismatch)
      throw new ProblemError(422, 'blob-mismatch', 'The bytes received do not hash to the file name (or run past its size); the partial file was discarded. Send it again from the start.', {
        data: { received: r.received },
      });
    if (!r.accepted) throw new ProblemError(409, 'wrong-offset', `This node holds ${r.received} bytes of the file; continue from there.`, { data: { received: r.received } });
    await this.deps.registry.note(auth.node.id, { bytesReceived: chunk.length });
    return { received: r.received, complete: r.complete };
  }

  /** A piece of a file for a node below that was sent the record of it. */
  async getBlob(auth: Authenticated, sha: string, offset: number, length: number): Promise<{ chunk: Buffer; size: number }> {
    const row = await this.deps.storage.db.selectFrom('attachments').select(['size']).where('sha256', '=', sha).executeTakeFirst();
    if (!row || !(await this.deps.feed.attachmentVisible(sha, auth.nodePath))) throw new ProblemError(404, 'not-found', 'No such file is addressed to this node.');
    if (!(await this.deps.files.has(sha))) throw new ProblemError(404, 'not-arrived', 'This file has not arrived here yet from the node that made it.');
    const size = Number(row.size);
    if (offset > size) throw new ProblemError(416, 'bad-range', `The file has ${size} bytes.`);
    return { chunk: this.deps.files.readRange(sha, offset, Math.min(length, size - offset)), size };
  }

  private async unitPath(code: string): Promise<string | null> {
    return (await this.deps.storage.db.selectFrom('units').select('path').where('code', '=', code).executeTakeFirst())?.path ?? null;
  }
}
