import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide } from '../access/policy.js';
import type { UnitService } from '../directory/units.js';
import type { Executor } from '../storage/db.js';

/** A search hit, whatever it is, with the unit that holds the record. */
export interface OwnedHit {
  ownerUnit: string;
}

/**
 * The answer about records outside the searcher's jurisdiction (C5 hit/no-hit): which unit holds
 * how many, and how to reach it. Nothing about the records themselves.
 */
export interface Elsewhere {
  unitCode: string;
  unitName: string;
  unitNameHi: string;
  contact: string | null;
  count: number;
}

export interface Scoped<H> {
  inside: H[];
  elsewhere: Elsewhere[];
}

/**
 * Splits hits by the searcher's jurisdiction, through the one policy (record.read on the unit
 * that holds the record): inside come back whole, outside as a count per holding unit.
 */
export async function scopeHits<H extends OwnedHit>(units: UnitService, actor: RequestActor, hits: H[]): Promise<Scoped<H>> {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.ownerUnit, (counts.get(h.ownerUnit) ?? 0) + 1);
  const { insideUnits, elsewhere } = await scopeCounts(units, actor, counts);
  return { inside: hits.filter((h) => insideUnits.has(h.ownerUnit)), elsewhere };
}

/**
 * The same split for hits already counted per unit (a search that counts in SQL, then loads
 * only what it may show).
 */
export async function scopeCounts(units: UnitService, actor: RequestActor, counts: Map<string, number>): Promise<{ insideUnits: Set<string>; elsewhere: Elsewhere[] }> {
  const insideUnits = new Set<string>();
  const elsewhere: Elsewhere[] = [];
  for (const [code, count] of counts) {
    const unit = await units.get(code);
    // A unit this node does not know cannot be decided on: it is not inside (fail closed).
    if (unit && decide(actor.principal, 'record.read', { unitPath: unit.path }).allowed) {
      insideUnits.add(code);
      continue;
    }
    elsewhere.push({ unitCode: code, unitName: unit?.nameEn ?? code, unitNameHi: unit?.nameHi ?? code, contact: unit?.phone ?? null, count });
  }
  elsewhere.sort((a, b) => b.count - a.count || a.unitCode.localeCompare(b.unitCode));
  return { insideUnits, elsewhere };
}

export type SearchAuditAction = 'search.vehicles' | 'search.phones' | 'search.firs' | 'search.persons' | 'search.accused' | 'search.property' | 'search.stolen_property';

/**
 * Every search is audited: what was asked (the normalised terms), how many records were shown
 * and their ids — never their contents — and which units answered "hit" from outside.
 */
export async function auditSearch(
  audit: AuditLog,
  exec: Executor,
  actor: RequestActor,
  client: ClientInfo,
  action: SearchAuditAction,
  terms: Record<string, unknown>,
  ids: string[],
  elsewhere: Elsewhere[] = [],
): Promise<void> {
  await audit.forRequest(actor, client).success(exec, action, {
    targetType: 'search',
    targetUnit: actor.unit.code,
    detail: { terms, count: ids.length, ids, ...(elsewhere.length ? { elsewhere: elsewhere.map((e) => ({ unitCode: e.unitCode, count: e.count })) } : {}) },
  });
}
