import { NATION_CODE } from '../domain/units.js';
import type { StoredEvent } from '../storage/event-log.js';
import type { Routing, RoutingLookup } from './event-type.js';

/** A record or account owned by one unit: sent to the node that keeps that unit, not to the units beneath it. */
export const ownedBy = (unit: string | null | undefined): Routing => ({ owner: unit ?? '', to: [], only: unit ? [unit] : [] });

/** The state a unit lies in, by its path /IN/<state>/…; the nation and states themselves belong to the nation. */
export async function stateOf(code: string, look: RoutingLookup): Promise<string> {
  const path = await look.unitPath(code);
  const parts = path?.split('/').filter(Boolean) ?? [];
  return parts.length >= 3 ? parts[1]! : NATION_CODE;
}

/** The node that made it, raised to its state: master data kept by state and national administrators. */
export async function keptAbove(e: StoredEvent, _p: unknown, look: RoutingLookup): Promise<Routing> {
  const path = await look.unitPath(e.origin_unit);
  const depth = path?.split('/').filter(Boolean).length ?? 0;
  const unit = path && depth <= 2 ? e.origin_unit : await stateOf(e.origin_unit, look);
  return { owner: unit, to: [unit] };
}

export const ofUser = async (e: StoredEvent, _p: unknown, look: RoutingLookup) => ownedBy(await look.userUnit(e.entity_id));
export const ofFir = async (e: StoredEvent, _p: unknown, look: RoutingLookup) => ownedBy(await look.firStation(e.entity_id));
/**
 * A step of a case's investigation: made by the node that keeps the unit investigating it (the
 * FIR's station, or the station or agency it was transferred to), and kept by both.
 */
export async function ofCase(e: StoredEvent, _p: unknown, look: RoutingLookup): Promise<Routing> {
  const [station, unit] = await Promise.all([look.firStation(e.entity_id), look.caseUnit(e.entity_id)]);
  return { owner: unit ?? station ?? '', to: [], only: [...new Set([station, unit].filter((u): u is string => !!u))] };
}
export const ofComplaint = async (e: StoredEvent, _p: unknown, look: RoutingLookup) => ownedBy(await look.complaintStation(e.entity_id));

/** The actor's unit decides who may push a mark; both persons' owners hear of it. */
export async function markRouting(e: StoredEvent, persons: [string, string] | null, look: RoutingLookup): Promise<Routing> {
  const owner = (await look.userUnit(e.actor)) ?? e.origin_unit;
  const to = persons ? (await Promise.all(persons.map((p) => look.personOwner(p)))).filter((u): u is string => !!u) : [];
  return { owner, to: [], only: [...new Set(to)] };
}
