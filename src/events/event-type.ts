/**
 * What an event type is: the contract between the code that appends it, the projector that
 * applies it, the routing rule that sends it through the network, and the nodes of other releases
 * that receive it. Each type is declared once, in a module of its own under src/events/, and
 * listed in src/events/catalogue.ts.
 *
 * Payload versions: a type's schema describes the payload it is written with now (`version`).
 * When the shape changes, the old schema stays as `older[v]` with an `upcast` to version v + 1;
 * events are never rewritten (the log is a legal record and hash-chained), they are upcast each
 * time they are read — projection, rebuild, receipt from another node. The version of each event
 * is stored beside it (events.payload_version, migration 011), not inside the payload: the payload
 * stays exactly what the code wrote, and the hash covers the version only when it is not 1, so
 * every event written before versions keeps its hash (see storage/event-log.ts eventHash).
 *
 * Schemas check shape, not today's input rules: a log written by earlier code must still
 * validate, so a rule tightened on input later (a length, a date range) belongs to the command's
 * input schema, not here. Schemas are strict objects without defaults or transforms: what
 * validates is exactly what is stored.
 */
import type { z } from 'zod';
import type { SectionRef } from '../domain/law.js';
import type { Engine, Executor, Tx } from '../storage/db.js';
import type { StoredEvent } from '../storage/event-log.js';
import type { firContent } from './fir/content.js';

/** Where an event belongs in the network. */
export interface Routing {
  /** The unit whose node may originate it: a pushed event owned outside the pushing node's units is refused. */
  owner: string;
  /** Units it is broadcast to: every node at or beneath each receives it (master data, alerts). */
  to: string[];
  /** Units it belongs to: the nodes that keep each unit's records receive it (records, accounts). */
  only?: string[];
  /** The earlier events of these entities go to `unit` too (the history of a transferred case, an alert's photo). */
  follow?: { unit: string; entities: string[]; broadcast?: boolean };
}

/** Facts a routing rule looks up, inside the transaction that stored the event (after its projection). Filled in by sync. */
export interface RoutingLookup {
  firStation(firId: string): Promise<string | null>;
  /** The unit investigating a case: the FIR's station, or the one it was transferred to. */
  caseUnit(firId: string): Promise<string | null>;
  complaintStation(complaintId: string): Promise<string | null>;
  userUnit(userId: string): Promise<string | null>;
  personOwner(personId: string): Promise<string | null>;
  sameMarkPersons(markId: string): Promise<[string, string] | null>;
  alert(alertId: string): Promise<{ issuerUnit: string; targetUnit: string } | null>;
  unitPath(code: string): Promise<string | null>;
  /** Persons, their photos and the complaint of an FIR: what a receiving station needs with it. */
  firDependants(firId: string): Promise<string[]>;
}

/**
 * What projectors need of the services above this layer (search indexes, the law catalogue,
 * caches of the directory): a port that node.ts fills in, so that events/ imports none of them.
 */
export interface ProjectionContext {
  engine: Engine;
  /** A unit was created: cached units are stale. */
  unitsChanged(): void;
  /** A law section was corrected: the in-memory catalogue is stale. */
  lawChanged(): void;
  /** Whether any of these sections makes a case sensitive (by the entries' flags; act rules for the rest), read through `exec`. */
  isSensitive(exec: Executor, refs: readonly SectionRef[]): Promise<boolean>;
  /** Writes the name keys of new persons. */
  writeNameKeys(tx: Tx, persons: readonly { id: string; name: string; aliases: string[] }[]): Promise<void>;
  /** Indexes the phones of new persons. */
  indexNewPhones(tx: Tx, persons: readonly { id: string; ownerUnit: string; phones: string[] }[]): Promise<void>;
  /** Indexes an FIR as of its current version (vehicles, sections, text). */
  indexFir(tx: Tx, fir: { id: string; content: z.output<typeof firContent> }, opts: { replace: boolean }): Promise<void>;
  /** The search index's read tables (they differ by engine): emptied by rebuild. */
  readonly indexTables: readonly string[];
}

export interface Projected<P> {
  event: StoredEvent;
  payload: P;
}

/** An older payload shape and how to bring it to the next version. */
export interface OlderVersion<From = unknown, To = unknown> {
  schema: z.ZodType<From>;
  /** `exec` reads inside the transaction that is reading the event. */
  upcast(payload: From, ctx: ProjectionContext, exec: Executor): To | Promise<To>;
}

export interface EventType<P = unknown> {
  /** `area.what_happened`, as stored in events.type. */
  type: string;
  /** The payload version written now. */
  version: number;
  /** The payload at `version`. */
  schema: z.ZodType<P>;
  /** Every earlier version (1 … version − 1), each with its upcast to the next. */
  older?: Record<number, OlderVersion>;
  /** Applies one event to the read tables; deterministic (rebuild replays it). */
  project?(tx: Tx, event: StoredEvent, payload: P, ctx: ProjectionContext): Promise<void>;
  /** Applies consecutive events of the type at once; leaves the tables as one by one would. */
  projectMany?(tx: Tx, items: readonly Projected<P>[], ctx: ProjectionContext): Promise<void>;
  /** Where it goes in the network and which node may originate it. */
  route(event: StoredEvent, payload: P, look: RoutingLookup): Promise<Routing>;
}

/** Declares an event type; the payload type follows from the schema. */
export function defineEvent<S extends z.ZodType>(def: EventType<z.output<S>> & { schema: S }): EventType<z.output<S>> {
  return def;
}
