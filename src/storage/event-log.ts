import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../util/clock.js';
import { canonicalJson } from '../util/canonical-json.js';
import { GENESIS_HASH, sha256Hex } from '../util/hash.js';
import { handOff, inOrder, insertMany } from './bulk.js';
import type { Executor, Storage, Tx } from './db.js';
import type { EventsTable } from './schema.js';
import { readLocked } from './locked-row.js';

export interface NewEvent {
  type: string;
  entityId: string;
  payload: Record<string, unknown>;
  /** User id (or "system"/"migration") responsible for the change. */
  actor: string;
}

export type StoredEvent = Omit<EventsTable, 'local_pos'>;

/** The PostgreSQL advisory lock that orders event-storing transactions (see serialiseWrites). */
const WRITE_LOCK_KEY = 0x0cc7_1509;

/** Applies one event to the read tables. Must be deterministic: rebuild replays it. */
export type Projector = (tx: Tx, event: StoredEvent, payload: unknown) => Promise<void>;

/** A payload checked against its type's schema and brought to the type's current version, or the field that is wrong. */
export type PayloadReading = { ok: true; payload: Record<string, unknown> } | { ok: false; field: string; message: string };

/**
 * What the log knows of event types: the catalogue (src/events), handed in by node.ts. The log
 * sits below it, so it sees the catalogue only through this port.
 */
export interface EventContract {
  /** Every event type this node knows how to apply. */
  types(): string[];
  /** The payload version the type is written at now; undefined for an unknown type. */
  version(type: string): number | undefined;
  /** Checks a payload written at `version` and upcasts it to the current version. */
  read(exec: Executor, type: string, version: number, payload: unknown): Promise<PayloadReading>;
  /** Applies one event (`one`), or consecutive events of the type at once where it can (`many`). */
  projector(type: string): { one: Projector; many?: BatchProjector };
  /** The read tables rebuild empties, in that order (dependants first). */
  readonly tables: readonly string[];
}

export interface ProjectedEvent {
  event: StoredEvent;
  payload: unknown;
}

/**
 * Applies consecutive events of one type at once (multi-row writes). Must leave the read tables
 * exactly as applying them one by one, in order, would: append, appendMany and rebuild all use it.
 */
export type BatchProjector = (tx: Tx, events: readonly ProjectedEvent[]) => Promise<void>;

export interface ChainProblem {
  originUnit: string;
  seq: number;
  reason: string;
}

/**
 * How events made elsewhere arrive: a `complete` chain continues this node's copy of the
 * origin's chain without gaps (what a downstream pushes, a restore); a `partial` one is a
 * selection of another node's events (what an upstream sends down), each checked on its own and
 * against its neighbours where those are held here.
 */
export type ChainMode = 'complete' | 'partial';

/** Events that do not continue a chain as they claim: the whole arrival is refused. */
export class ChainRefusal extends Error {
  constructor(
    readonly code: 'gap' | 'link' | 'hash' | 'fork' | 'own-origin' | 'unknown-type' | 'invalid-payload',
    readonly originUnit: string,
    readonly seq: number,
    detail: string,
    /** For a refused payload: the event's type and the field found wrong. */
    readonly event?: { type: string; field?: string; problem?: string },
  ) {
    super(`${originUnit} event ${seq}: ${detail}`);
  }
}

/** Called inside the transaction that stored events, whichever way they came. */
export type StoredHook = (tx: Tx, events: readonly StoredEvent[], how: 'local' | ChainMode) => Promise<void>;

/**
 * Hash of an event: covers every field, chained to the previous event of the same origin. The
 * payload version is covered when it is not 1: events written before versions existed (all of
 * version 1) keep the hashes they were made with, so old logs and chains held elsewhere verify.
 */
export function eventHash(e: Omit<StoredEvent, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      origin_unit: e.origin_unit,
      seq: e.seq,
      id: e.id,
      type: e.type,
      entity_id: e.entity_id,
      payload: e.payload,
      ...(e.payload_version !== 1 ? { payload_version: e.payload_version } : {}),
      actor: e.actor,
      at: e.at,
      prev_hash: e.prev_hash,
    }),
  );
}

/**
 * The node's append-only log. Every change to a record is appended here in the same transaction
 * that updates the read tables, through the projector the catalogue declares for its type. Every
 * payload appended, received or replayed is checked against the catalogue first.
 */
export class EventLog {
  private contract: EventContract | null = null;
  /**
   * The head as last appended in each open transaction: later appends in it need not re-read it,
   * and transactions opened through {@link transaction} write it back once, before commit.
   */
  private readonly txHeads = new WeakMap<Tx, { origin: string; seq: number; hash: string; dirty: boolean }>();
  private readonly managed = new WeakSet<Tx>();
  /** Transactions that appended events of this node: listeners hear of them after commit. */
  private readonly appendedIn = new WeakSet<Tx>();
  private readonly commitListeners = new Set<() => void>();
  private storedHook: StoredHook | null = null;
  private serialised = false;
  private readonly writeLocked = new WeakSet<Tx>();

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly originUnit: () => string,
  ) {}

  /** The event catalogue; node.ts hands it in once the services its projectors use exist. */
  useCatalogue(contract: EventContract): void {
    this.contract = contract;
  }

  private get catalogue(): EventContract {
    if (!this.contract) throw new Error('The event log has no catalogue yet');
    return this.contract;
  }

  /** One hook sees every stored event (the feed addresses them for the nodes below). */
  setStoredHook(hook: StoredHook | null): void {
    this.storedHook = hook;
  }

  /**
   * Make transactions that store events commit in the order they number them. Nodes that others
   * read by cursor (the feed, the push position) need it: on PostgreSQL, two transactions may
   * otherwise take positions 7 and 8 and commit 8 first, and a reader past 8 would never see 7.
   * SQLite has one writer at a time already.
   */
  serialiseWrites(): void {
    this.serialised = true;
  }

  private async lockWrites(tx: Tx): Promise<void> {
    if (!this.serialised || this.storage.engine !== 'postgres' || this.writeLocked.has(tx)) return;
    this.writeLocked.add(tx);
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(tx);
  }

  /** Called after a transaction that appended events of this node commits (sync wakes up). */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /**
   * Checks new events against the catalogue at their type's current version. A payload that does
   * not match is a bug in the code appending it, not bad input: it throws before anything is written.
   */
  private async checkNew(tx: Tx, events: readonly NewEvent[]): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    for (const e of events) {
      const version = this.catalogue.version(e.type);
      if (version === undefined) throw new Error(`Event type ${e.type} is not in the event catalogue (src/events/catalogue.ts)`);
      const r = await this.catalogue.read(tx, e.type, version, e.payload);
      if (!r.ok) throw new Error(`Invalid ${e.type} payload (version ${version}): ${r.field}: ${r.message}`);
      out.push(r.payload);
    }
    return out;
  }

  async append(tx: Tx, event: NewEvent): Promise<StoredEvent> {
    const [payload] = await this.checkNew(tx, [event]);
    await this.lockWrites(tx);
    const [stored] = await this.chain(tx, [event]);
    await tx.insertInto('events').values(stored!).execute();
    await this.advanceHead(tx, stored!);
    await this.project(tx, [{ event: stored!, payload }]);
    await this.stored(tx, [stored!], 'local');
    return stored!;
  }

  /**
   * Appends many events in one go: the chain is computed in memory and the events are inserted
   * with multi-row INSERTs, then projected in runs of one type (batch projectors where
   * registered). The log ends up exactly as with one append per event, in the same order.
   */
  async appendMany(tx: Tx, events: readonly NewEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    const payloads = await this.checkNew(tx, events);
    await this.lockWrites(tx);
    const stored = await this.chain(tx, events);
    // The read-table rows are built while the database writes the events.
    const written = insertMany(tx, this.storage.engine, 'events', stored);
    await handOff(written);
    const projected = (async () => {
      await this.advanceHead(tx, stored[stored.length - 1]!);
      await this.project(
        tx,
        stored.map((event, i) => ({ event, payload: payloads[i]! })),
      );
    })();
    await inOrder(written, projected);
    await this.stored(tx, stored, 'local');
    return stored;
  }

  /**
   * Stores events made on other nodes exactly as they were made (origin, seq, id, payload version
   * and hash kept) and projects those not held yet. Every event is first checked against the
   * catalogue (known type, payload valid at its version): one that is not refuses the whole
   * arrival before anything is written. An event already held is skipped if identical and refused
   * if not; anything that does not continue its chain as it claims refuses the whole arrival
   * (the caller's transaction rolls back). Returns the events newly stored, in order.
   */
  async receive(tx: Tx, events: readonly StoredEvent[], chainMode: ChainMode | ((origin: string) => ChainMode)): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    // A restore mixes the node's own chains (whole) with what was sent to it (a selection).
    const modeOf = typeof chainMode === 'function' ? chainMode : () => chainMode;
    const own = this.originUnit();
    const byOrigin = new Map<string, StoredEvent[]>();
    const payloads = new Map<StoredEvent, Record<string, unknown>>();
    for (const e of events) payloads.set(e, await this.readStored(tx, e));
    for (const e of events) {
      if (modeOf(e.origin_unit) === 'partial' && e.origin_unit === own) throw new ChainRefusal('own-origin', e.origin_unit, e.seq, 'this node made its own events and cannot be sent them');
      let list = byOrigin.get(e.origin_unit);
      if (!list) byOrigin.set(e.origin_unit, (list = []));
      list.push(e);
    }
    await this.lockWrites(tx);
    const fresh = new Set<StoredEvent>();
    for (const [origin, list] of byOrigin) {
      const held = await this.heldHashes(
        tx,
        origin,
        list.flatMap((e) => [e.seq - 1, e.seq, e.seq + 1]),
      );
      if (modeOf(origin) === 'complete') {
        let head = await this.lockHead(tx, origin);
        const start = head;
        for (const e of list) {
          if (e.seq <= head.seq) {
            if (held.get(e.seq)?.hash !== e.hash) throw new ChainRefusal('fork', origin, e.seq, 'differs from the event already held under this number');
            continue;
          }
          if (e.seq !== head.seq + 1) throw new ChainRefusal('gap', origin, e.seq, `expected event ${head.seq + 1} next, not ${e.seq}`);
          if (e.prev_hash !== head.hash) throw new ChainRefusal('link', origin, e.seq, 'does not link to the previous event of its chain');
          if (eventHash(e) !== e.hash) throw new ChainRefusal('hash', origin, e.seq, 'content does not match its hash');
          fresh.add(e);
          head = { seq: e.seq, hash: e.hash };
        }
        if (head.seq !== start.seq) await this.writeHead(tx, origin, head.seq, head.hash);
        const cached = this.txHeads.get(tx);
        if (cached?.origin === origin) this.txHeads.set(tx, { ...cached, seq: head.seq, hash: head.hash });
      } else {
        for (const e of list) {
          const existing = held.get(e.seq);
          if (existing !== undefined) {
            if (existing.hash !== e.hash) throw new ChainRefusal('fork', origin, e.seq, 'differs from the event already held under this number');
            continue;
          }
          if (eventHash(e) !== e.hash) throw new ChainRefusal('hash', origin, e.seq, 'content does not match its hash');
          const before = held.get(e.seq - 1);
          if (before !== undefined && before.hash !== e.prev_hash) throw new ChainRefusal('link', origin, e.seq, 'does not link to the previous event held here');
          const after = held.get(e.seq + 1);
          if (after !== undefined && after.prev !== e.hash) throw new ChainRefusal('link', origin, e.seq, 'the next event held here does not link to it');
          held.set(e.seq, { hash: e.hash, prev: e.prev_hash });
          fresh.add(e);
        }
      }
    }
    const stored = events.filter((e) => fresh.has(e));
    if (stored.length === 0) return [];
    await insertMany(tx, this.storage.engine, 'events', stored);
    await this.project(
      tx,
      stored.map((event) => ({ event, payload: payloads.get(event)! })),
    );
    await this.stored(tx, stored, typeof chainMode === 'function' ? 'partial' : chainMode);
    return stored;
  }

  /** A stored event's payload checked at its version and upcast to the current one; a refusal names the event and field. */
  private async readStored(tx: Tx, e: StoredEvent): Promise<Record<string, unknown>> {
    const current = this.catalogue.version(e.type);
    if (current === undefined) throw new ChainRefusal('unknown-type', e.origin_unit, e.seq, `unknown event type "${e.type}"`, { type: e.type });
    const refuse = (field: string, message: string) =>
      new ChainRefusal('invalid-payload', e.origin_unit, e.seq, `${e.type} (payload version ${e.payload_version}): ${field}: ${message}`, { type: e.type, field, problem: message });
    if (!Number.isSafeInteger(e.payload_version) || e.payload_version < 1 || e.payload_version > current) {
      throw refuse('(version)', `this node knows ${e.type} up to version ${current}`);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(e.payload);
    } catch {
      throw refuse('(payload)', 'is not JSON');
    }
    const r = await this.catalogue.read(tx, e.type, e.payload_version, payload);
    if (!r.ok) throw refuse(r.field, r.message);
    return r.payload;
  }

  /** Hashes (and links) of the origin's events held here among the given sequence numbers. */
  private async heldHashes(tx: Tx, origin: string, seqs: number[]): Promise<Map<number, { hash: string; prev: string }>> {
    const out = new Map<number, { hash: string; prev: string }>();
    const wanted = [...new Set(seqs.filter((n) => n > 0))];
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await tx
        .selectFrom('events')
        .select(['seq', 'hash', 'prev_hash'])
        .where('origin_unit', '=', origin)
        .where('seq', 'in', wanted.slice(i, i + 500))
        .execute();
      for (const r of rows) out.set(Number(r.seq), { hash: r.hash, prev: r.prev_hash });
    }
    return out;
  }

  private async stored(tx: Tx, events: readonly StoredEvent[], how: 'local' | ChainMode): Promise<void> {
    if (how === 'local') this.appendedIn.add(tx);
    if (this.storedHook) await this.storedHook(tx, events, how);
  }

  /** The events as stored: numbered and hash-chained after the origin's current head. */
  private async chain(tx: Tx, events: readonly NewEvent[]): Promise<StoredEvent[]> {
    const origin = this.originUnit();
    const cached = this.txHeads.get(tx);
    let head = cached && cached.origin === origin ? cached : await this.lockHead(tx, origin);
    const at = this.clock.now().toISOString();
    return events.map((event) => {
      const base = {
        origin_unit: origin,
        seq: head.seq + 1,
        id: uuidv7(),
        type: event.type,
        entity_id: event.entityId,
        payload: canonicalJson(event.payload),
        payload_version: this.catalogue.version(event.type)!,
        actor: event.actor,
        at,
        prev_hash: head.hash,
      };
      const stored: StoredEvent = { ...base, hash: eventHash(base) };
      head = { seq: stored.seq, hash: stored.hash };
      return stored;
    });
  }

  /** Records the new head: at once outside {@link transaction}, else once before commit. */
  private async advanceHead(tx: Tx, last: StoredEvent): Promise<void> {
    const managed = this.managed.has(tx);
    if (!managed) await this.writeHead(tx, last.origin_unit, last.seq, last.hash);
    this.txHeads.set(tx, { origin: last.origin_unit, seq: last.seq, hash: last.hash, dirty: managed });
  }

  /** Applies events in order; consecutive events of a type with a batch projector go together. */
  private async project(tx: Tx, items: readonly ProjectedEvent[]): Promise<void> {
    let i = 0;
    while (i < items.length) {
      const type = items[i]!.event.type;
      const { one, many: batch } = this.catalogue.projector(type);
      if (!batch) {
        await one(tx, items[i]!.event, items[i]!.payload);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < items.length && items[j]!.event.type === type) j++;
      await batch(tx, items.slice(i, j));
      i = j;
    }
  }

  /** Runs fn in a transaction; everything it appends commits or fails together. */
  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    let appended = false;
    const result = await this.storage.db.transaction().execute(async (tx) => {
      this.managed.add(tx);
      const result = await fn(tx);
      const head = this.txHeads.get(tx);
      if (head?.dirty) await this.writeHead(tx, head.origin, head.seq, head.hash);
      appended = this.appendedIn.has(tx);
      return result;
    });
    if (appended) for (const listener of this.commitListeners) listener();
    return result;
  }

  private async writeHead(tx: Tx, origin: string, seq: number, hash: string): Promise<void> {
    await tx.updateTable('event_heads').set({ seq, hash }).where('origin_unit', '=', origin).execute();
  }

  private async lockHead(tx: Tx, origin: string): Promise<{ seq: number; hash: string }> {
    // The row lock on PostgreSQL keeps the seq gap-free.
    const row = await readLocked(
      () => {
        const q = tx.selectFrom('event_heads').select(['seq', 'hash']).where('origin_unit', '=', origin);
        return (this.storage.engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
      },
      () =>
        tx
          .insertInto('event_heads')
          .values({ origin_unit: origin, seq: 0, hash: GENESIS_HASH })
          .onConflict((oc) => oc.column('origin_unit').doNothing())
          .execute(),
    );
    return { seq: Number(row.seq), hash: row.hash };
  }

  /**
   * Empties the read tables and replays every event in arrival order, each read through the
   * catalogue (older payload versions upcast). Runs in one transaction: a failure leaves the old
   * read tables in place.
   */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    return this.transaction(async (tx) => {
      // Raw SQL: some read tables (the full-text index) are written only by raw SQL and are not in the Database type.
      for (const table of this.catalogue.tables) {
        await sql`delete from ${sql.table(table)}`.execute(tx);
      }
      const total = Number(
        (
          await tx
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      const batch = 1000;
      let done = 0;
      let after = 0;
      for (;;) {
        const rows = await tx.selectFrom('events').selectAll().where('local_pos', '>', after).orderBy('local_pos').limit(batch).execute();
        if (rows.length === 0) break;
        const items: ProjectedEvent[] = [];
        for (const { local_pos, ...row } of rows) {
          const event = { ...row, seq: Number(row.seq) };
          items.push({ event, payload: await this.readStored(tx, event) });
        }
        await this.project(tx, items);
        after = Number(rows[rows.length - 1]!.local_pos);
        done += rows.length;
        onProgress?.(done, total);
      }
      return done;
    });
  }

  /**
   * Recomputes every origin's hash chain; returns the first break of each broken chain. Chains
   * this node holds only in part (events sent down from another node's origin) are checked event
   * by event and across the neighbours held.
   */
  async verify(exec: Executor = this.storage.db, isComplete: (origin: string) => boolean = () => true): Promise<{ checked: number; problems: ChainProblem[] }> {
    const problems: ChainProblem[] = [];
    const last = new Map<string, { seq: number; hash: string }>();
    const broken = new Set<string>();
    let checked = 0;
    let after = 0;
    for (;;) {
      const rows = await exec.selectFrom('events').selectAll().where('local_pos', '>', after).orderBy('local_pos').limit(2000).execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        after = Number(row.local_pos);
        checked++;
        const origin = row.origin_unit;
        if (broken.has(origin)) continue;
        const prev = last.get(origin) ?? { seq: 0, hash: GENESIS_HASH };
        const { local_pos, ...event } = row;
        const seq = Number(event.seq);
        let reason: string | null = null;
        if (isComplete(origin)) {
          if (seq !== prev.seq + 1) reason = `sequence jumps from ${prev.seq} to ${seq}`;
          else if (event.prev_hash !== prev.hash) reason = 'previous-hash link does not match the preceding event';
        } else if (seq === prev.seq + 1 && event.prev_hash !== prev.hash) reason = 'previous-hash link does not match the preceding event held';
        if (!reason && eventHash({ ...event, seq }) !== event.hash) reason = 'content does not match its hash';
        if (reason) {
          problems.push({ originUnit: origin, seq, reason });
          broken.add(origin);
        } else {
          last.set(origin, { seq, hash: event.hash });
        }
      }
    }
    return { checked, problems };
  }
}
