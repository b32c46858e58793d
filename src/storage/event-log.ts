import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../util/clock.js';
import { canonicalJson } from '../util/canonical-json.js';
import { GENESIS_HASH, sha256Hex } from '../util/hash.js';
import { handOff, inOrder, insertMany } from './bulk.js';
import type { Executor, Storage, Tx } from './db.js';
import type { EventsTable } from './schema.js';

export interface NewEvent {
  type: string;
  entityId: string;
  payload: Record<string, unknown>;
  /** User id (or "system"/"migration") responsible for the change. */
  actor: string;
}

export type StoredEvent = Omit<EventsTable, 'local_pos'>;

/** Applies one event to the read tables. Must be deterministic: rebuild replays it. */
export type Projector = (tx: Tx, event: StoredEvent, payload: any) => Promise<void>;

export interface ProjectedEvent {
  event: StoredEvent;
  payload: any;
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

/** Hash of an event: covers every field, chained to the previous event of the same origin. */
export function eventHash(e: Omit<StoredEvent, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      origin_unit: e.origin_unit,
      seq: e.seq,
      id: e.id,
      type: e.type,
      entity_id: e.entity_id,
      payload: e.payload,
      actor: e.actor,
      at: e.at,
      prev_hash: e.prev_hash,
    }),
  );
}

/**
 * The node's append-only log. Every change to a record is appended here in the same transaction
 * that updates the read tables, through the projector registered for its type.
 */
export class EventLog {
  private readonly projectors = new Map<string, Projector>();
  private readonly batchProjectors = new Map<string, BatchProjector>();
  /** Read tables in the order they can be emptied (dependants first). */
  private readonly projectionTables: string[] = [];
  /**
   * The head as last appended in each open transaction: later appends in it need not re-read it,
   * and transactions opened through {@link transaction} write it back once, before commit.
   */
  private readonly txHeads = new WeakMap<Tx, { origin: string; seq: number; hash: string; dirty: boolean }>();
  private readonly managed = new WeakSet<Tx>();

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly originUnit: () => string,
  ) {}

  register(type: string, projector: Projector): void {
    if (this.projectors.has(type)) throw new Error(`Projector for ${type} registered twice`);
    this.projectors.set(type, projector);
  }

  /** Registers a projector that can apply many events of the type in one go (bulk imports, rebuild). */
  registerBatch(type: string, projector: BatchProjector): void {
    this.register(type, (tx, event, payload) => projector(tx, [{ event, payload }]));
    this.batchProjectors.set(type, projector);
  }

  /** Declare a read table that rebuild empties; declare dependants (FK holders) first. */
  registerProjectionTable(table: string): void {
    if (!this.projectionTables.includes(table)) this.projectionTables.push(table);
  }

  async append(tx: Tx, event: NewEvent): Promise<StoredEvent> {
    const projector = this.projectors.get(event.type);
    if (!projector) throw new Error(`No projector for event type ${event.type}`);
    const [stored] = await this.chain(tx, [event]);
    await tx.insertInto('events').values(stored!).execute();
    await this.advanceHead(tx, stored!);
    await projector(tx, stored!, event.payload);
    return stored!;
  }

  /**
   * Appends many events in one go: the chain is computed in memory and the events are inserted
   * with multi-row INSERTs, then projected in runs of one type (batch projectors where
   * registered). The log ends up exactly as with one append per event, in the same order.
   */
  async appendMany(tx: Tx, events: readonly NewEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    for (const e of events) if (!this.projectors.has(e.type)) throw new Error(`No projector for event type ${e.type}`);
    const stored = await this.chain(tx, events);
    // The read-table rows are built while the database writes the events.
    const written = insertMany(tx, this.storage.engine, 'events', stored);
    await handOff(written);
    const projected = (async () => {
      await this.advanceHead(tx, stored[stored.length - 1]!);
      await this.project(
        tx,
        stored.map((event, i) => ({ event, payload: events[i]!.payload })),
      );
    })();
    await inOrder(written, projected);
    return stored;
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
      const batch = this.batchProjectors.get(type);
      if (!batch) {
        const projector = this.projectors.get(type);
        if (!projector) throw new Error(`Event ${items[i]!.event.origin_unit}/${items[i]!.event.seq} has unknown type ${type}`);
        await projector(tx, items[i]!.event, items[i]!.payload);
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
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.storage.db.transaction().execute(async (tx) => {
      this.managed.add(tx);
      const result = await fn(tx);
      const head = this.txHeads.get(tx);
      if (head?.dirty) await this.writeHead(tx, head.origin, head.seq, head.hash);
      return result;
    });
  }

  private async writeHead(tx: Tx, origin: string, seq: number, hash: string): Promise<void> {
    await tx.updateTable('event_heads').set({ seq, hash }).where('origin_unit', '=', origin).execute();
  }

  private async lockHead(tx: Tx, origin: string): Promise<{ seq: number; hash: string }> {
    await tx
      .insertInto('event_heads')
      .values({ origin_unit: origin, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('origin_unit').doNothing())
      .execute();
    let q = tx.selectFrom('event_heads').select(['seq', 'hash']).where('origin_unit', '=', origin);
    // SQLite serialises writers itself; PostgreSQL needs the row lock for a gap-free seq.
    if (this.storage.engine === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirstOrThrow();
    return { seq: Number(row.seq), hash: row.hash };
  }

  /**
   * Empties the read tables and replays every event in arrival order. Runs in one transaction:
   * a failure leaves the old read tables in place.
   */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    return this.transaction(async (tx) => {
      for (const table of this.projectionTables) {
        await tx.deleteFrom(table as any).execute();
      }
      const total = Number(
        (await tx.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
      );
      const batch = 1000;
      let done = 0;
      let after = 0;
      for (;;) {
        const rows = await tx
          .selectFrom('events')
          .selectAll()
          .where('local_pos', '>', after)
          .orderBy('local_pos')
          .limit(batch)
          .execute();
        if (rows.length === 0) break;
        await this.project(
          tx,
          rows.map(({ local_pos, ...event }) => ({ event: { ...event, seq: Number(event.seq) }, payload: JSON.parse(event.payload) })),
        );
        after = Number(rows[rows.length - 1]!.local_pos);
        done += rows.length;
        onProgress?.(done, total);
      }
      return done;
    });
  }

  /** Recomputes every origin's hash chain; returns the first break of each broken chain. */
  async verify(exec: Executor = this.storage.db): Promise<{ checked: number; problems: ChainProblem[] }> {
    const problems: ChainProblem[] = [];
    const last = new Map<string, { seq: number; hash: string }>();
    const broken = new Set<string>();
    let checked = 0;
    let after = 0;
    for (;;) {
      const rows = await exec
        .selectFrom('events')
        .selectAll()
        .where('local_pos', '>', after)
        .orderBy('local_pos')
        .limit(2000)
        .execute();
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
        if (seq !== prev.seq + 1) reason = `sequence jumps from ${prev.seq} to ${seq}`;
        else if (event.prev_hash !== prev.hash) reason = 'previous-hash link does not match the preceding event';
        else if (eventHash({ ...event, seq }) !== event.hash) reason = 'content does not match its hash';
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
