import type { SelectQueryBuilder } from 'kysely';
import type { Storage, Tx } from '../storage/db.js';
import type { Database, EventAddressesTable } from '../storage/schema.js';
import type { StoredEvent } from '../storage/event-log.js';
import { insertMany } from '../storage/bulk.js';
import type { EventCatalogue } from '../events/catalogue.js';
import { lookupIn, type Routing, type RoutingLookup } from './routing.js';

/** Bounds of a unit's subtree as a byte range of paths (codes hold only A–Z, 0–9, '-' and '/'). */
export function subtreeRange(path: string): [string, string] {
  return [path, `${path}~`];
}

/** The path itself and each path above it: /IN/, /IN/MH/, … */
export function ancestorPaths(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}

export function pathWithin(path: string, ancestor: string): boolean {
  return path.startsWith(ancestor);
}

/**
 * The feed of what each node below this one should receive. Every event stored here — made here,
 * pushed from below or sent from above — is addressed, in the same transaction, to the units its
 * routing rule names; a node reads the rows addressed to its own unit, to the units above it
 * (broadcasts) and to the units below it, leaving out what its own units made.
 */
export class Feed {
  constructor(
    private readonly storage: Storage,
    private readonly catalogue: EventCatalogue,
  ) {}

  /** The event log's stored-events hook. */
  readonly address = async (tx: Tx, events: readonly StoredEvent[]): Promise<void> => {
    const look = lookupIn(tx);
    const positions = await localPositions(tx, events);
    let rows: { local_pos: number; unit_path: string; broadcast: number; origin_path: string }[] = [];
    const flush = async () => {
      await insertMany(tx, this.storage.engine, 'event_addresses', rows);
      rows = [];
    };
    for (const e of events) {
      const routing = await this.route(tx, e, look);
      const pos = positions.get(`${e.origin_unit}\u0000${e.seq}`)!;
      const originPath = (await look.unitPath(e.origin_unit)) ?? `/${e.origin_unit}/`;
      if (routing.follow) {
        const target = await look.unitPath(routing.follow.unit);
        if (target && routing.follow.entities.length) {
          // The history first, so that the receiver has the case before the event that sends it.
          await flush();
          await tx
            .insertInto('event_addresses')
            .columns(['local_pos', 'unit_path', 'broadcast', 'origin_path'])
            .expression((eb) =>
              eb
                .selectFrom('events')
                .leftJoin('units', 'units.code', 'events.origin_unit')
                .select((s) => [
                  'events.local_pos',
                  s.val(target).as('unit_path'),
                  s.val(routing.follow!.broadcast ? 1 : 0).as('broadcast'),
                  s.fn.coalesce('units.path', s.val(originPath)).as('origin_path'),
                ])
                .where('events.entity_id', 'in', routing.follow!.entities)
                .where('events.local_pos', '<', pos)
                .orderBy('events.local_pos'),
            )
            .execute();
        }
      }
      for (const [units, broadcast] of [
        [routing.to, 1],
        [routing.only ?? [], 0],
      ] as const) {
        for (const unit of new Set(units)) {
          const path = await look.unitPath(unit);
          // A unit this node does not know (another state's station) is addressed by the node above.
          if (path) rows.push({ local_pos: pos, unit_path: path, broadcast, origin_path: originPath });
        }
      }
    }
    await flush();
  };

  async route(tx: Tx, e: StoredEvent, look = lookupIn(tx)): Promise<Routing> {
    return this.catalogue.route(tx, e, look);
  }

  /**
   * The first pushed event that a node whose units lie under nodePath may not make: owned by a
   * unit outside them. Runs after projection, inside the receiving transaction.
   */
  async foreignOwned(tx: Tx, events: readonly StoredEvent[], nodePath: string): Promise<{ event: StoredEvent; owner: string } | null> {
    const look = lookupIn(tx);
    const within = async (unit: string) => {
      const path = unit ? await look.unitPath(unit) : null;
      return !!path && pathWithin(path, nodePath);
    };
    // The read tables show the whole batch applied, so a case the batch hands to another unit
    // (an event that routes its entity's history to that unit) already looks like the receiver's.
    // Its steps before the hand-over were made by the sender, offline perhaps: judged from the last
    // event back, an entity handed over later in the batch is, before that, the hand-over's owner's.
    const handedLater = new Map<string, string>();
    const asOf: RoutingLookup = { ...look, caseUnit: async (id) => handedLater.get(id) ?? look.caseUnit(id) };
    let first: { event: StoredEvent; owner: string } | null = null;
    // The alert a missing-person report circulates (to the district, a child's to the State, as the
    // law asks) goes with its report in the same batch: the report, the station's own record, vouches for it.
    const circulated = new Set(events.flatMap((e) => (e.type === 'missing_person.reported' ? [String((JSON.parse(e.payload) as { alertId?: unknown }).alertId)] : [])));
    for (const e of [...events].reverse()) {
      const r = await this.route(tx, e, asOf);
      // What a node broadcasts reaches every node beneath its target: a station may not address the
      // whole state (an alert issued at a station goes to that station or below, as the API allows).
      const broadcast = e.type === 'alert.issued' && circulated.has(e.entity_id) ? [] : [...r.to, ...(r.follow?.broadcast ? [r.follow.unit] : [])];
      for (const unit of [r.owner, ...broadcast]) if (!(await within(unit))) first = { event: e, owner: unit || '(none)' };
      if (r.follow && r.follow.unit !== r.owner && r.follow.entities.includes(e.entity_id)) handedLater.set(e.entity_id, r.owner);
    }
    return first;
  }

  /** Narrows a query of event_addresses (as "a") to the rows addressed to the node at nodePath. */
  addressedTo(nodePath: string) {
    const [lo, hi] = subtreeRange(nodePath);
    return <Q extends SelectQueryBuilder<Database & { a: EventAddressesTable }, 'a', object>>(q: Q): Q =>
      q.where((eb) => eb.or([eb.and([eb('a.unit_path', 'in', ancestorPaths(nodePath)), eb('a.broadcast', '=', 1)]), eb.and([eb('a.unit_path', '>=', lo), eb('a.unit_path', '<', hi)])])) as Q;
  }

  /** A page of the feed of the node at nodePath after the cursor; each event once per page. */
  async page(nodePath: string, after: number, limit: number): Promise<{ events: StoredEvent[]; next: number; more: boolean }> {
    const [lo, hi] = subtreeRange(nodePath);
    const rows = await this.addressedTo(nodePath)(
      this.storage.db
        .selectFrom('event_addresses as a')
        .innerJoin('events as e', 'e.local_pos', 'a.local_pos')
        .select(['a.id as cursor', 'e.origin_unit', 'e.seq', 'e.id', 'e.type', 'e.entity_id', 'e.payload', 'e.payload_version', 'e.actor', 'e.at', 'e.prev_hash', 'e.hash', 'e.local_pos'])
        .where('a.id', '>', after),
    )
      .where((eb) => eb.not(eb.and([eb('a.origin_path', '>=', lo), eb('a.origin_path', '<', hi)])))
      .orderBy('a.id')
      .limit(limit + 1)
      .execute();
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const seen = new Set<number>();
    const events: StoredEvent[] = [];
    for (const r of page) {
      if (seen.has(Number(r.local_pos))) continue;
      seen.add(Number(r.local_pos));
      events.push({
        origin_unit: r.origin_unit,
        seq: Number(r.seq),
        id: r.id,
        type: r.type,
        entity_id: r.entity_id,
        payload: r.payload,
        payload_version: r.payload_version,
        actor: r.actor,
        at: r.at,
        prev_hash: r.prev_hash,
        hash: r.hash,
      });
    }
    const next = page.length ? Number(page[page.length - 1]!.cursor) : after;
    return { events, next, more };
  }

  /** Whether the event that added an attachment was addressed to the node at nodePath. */
  async attachmentVisible(sha256: string, nodePath: string): Promise<boolean> {
    const row = await this.addressedTo(nodePath)(
      this.storage.db
        .selectFrom('event_addresses as a')
        .innerJoin('events as e', 'e.local_pos', 'a.local_pos')
        .select('a.id')
        .where('e.type', '=', 'attachment.added')
        .where('e.entity_id', '=', sha256),
    ).executeTakeFirst();
    return !!row;
  }
}

async function localPositions(tx: Tx, events: readonly StoredEvent[]): Promise<Map<string, number>> {
  const ranges = new Map<string, { min: number; max: number }>();
  for (const e of events) {
    const r = ranges.get(e.origin_unit);
    if (!r) ranges.set(e.origin_unit, { min: e.seq, max: e.seq });
    else {
      r.min = Math.min(r.min, e.seq);
      r.max = Math.max(r.max, e.seq);
    }
  }
  const out = new Map<string, number>();
  for (const [origin, { min, max }] of ranges) {
    const rows = await tx.selectFrom('events').select(['seq', 'local_pos']).where('origin_unit', '=', origin).where('seq', '>=', min).where('seq', '<=', max).execute();
    for (const r of rows) out.set(`${origin}\u0000${Number(r.seq)}`, Number(r.local_pos));
  }
  return out;
}
