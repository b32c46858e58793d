import { NATION_CODE } from '../domain/units.js';
import type { Tx } from '../storage/db.js';
import type { StoredEvent } from '../storage/event-log.js';

/**
 * Where each kind of event belongs in the network. Every event type the node knows has a rule
 * here; the node refuses to start if one lacks it (a record type that cannot sync is a bug).
 */
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

/** Facts a rule looks up, inside the transaction that stored the event (after its projection). */
export interface RoutingLookup {
  firStation(firId: string): Promise<string | null>;
  complaintStation(complaintId: string): Promise<string | null>;
  userUnit(userId: string): Promise<string | null>;
  personOwner(personId: string): Promise<string | null>;
  sameMarkPersons(markId: string): Promise<[string, string] | null>;
  alert(alertId: string): Promise<{ issuerUnit: string; targetUnit: string } | null>;
  unitPath(code: string): Promise<string | null>;
  /** Persons, their photos and the complaint of an FIR: what a receiving station needs with it. */
  firDependants(firId: string): Promise<string[]>;
}

type Rule = (e: StoredEvent, p: any, look: RoutingLookup) => Promise<Routing>;

/** A record or account owned by one unit: sent to the node that keeps that unit, not to the units beneath it. */
const ownedBy = (unit: string | null | undefined): Routing => ({ owner: unit ?? '', to: [], only: unit ? [unit] : [] });

/** The state a unit lies in, by its path /IN/<state>/…; the nation and states themselves belong to the nation. */
async function stateOf(code: string, look: RoutingLookup): Promise<string> {
  const path = await look.unitPath(code);
  const parts = path?.split('/').filter(Boolean) ?? [];
  return parts.length >= 3 ? parts[1]! : NATION_CODE;
}

/** The node that made it, raised to its state: master data kept by state and national administrators. */
const keptAbove: Rule = async (e, _p, look) => {
  const path = await look.unitPath(e.origin_unit);
  const depth = path?.split('/').filter(Boolean).length ?? 0;
  const unit = path && depth <= 2 ? e.origin_unit : await stateOf(e.origin_unit, look);
  return { owner: unit, to: [unit] };
};

const ofUser: Rule = async (e, _p, look) => ownedBy(await look.userUnit(e.entity_id));
const ofFir: Rule = async (e, _p, look) => ownedBy(await look.firStation(e.entity_id));
const ofComplaint: Rule = async (e, _p, look) => ownedBy(await look.complaintStation(e.entity_id));

/** The actor's unit decides who may push a mark; both persons' owners hear of it. */
async function markRouting(e: StoredEvent, persons: [string, string] | null, look: RoutingLookup): Promise<Routing> {
  const owner = (await look.userUnit(e.actor)) ?? e.origin_unit;
  const to = persons ? ((await Promise.all(persons.map((p) => look.personOwner(p)))).filter((u): u is string => !!u)) : [];
  return { owner, to: [], only: [...new Set(to)] };
}

export const ROUTING: Record<string, Rule> = {
  'unit.created': async (e, p: { code: string; kind: string }, look) => {
    const state = p.kind === 'nation' || p.kind === 'state' ? NATION_CODE : await stateOf(p.code, look);
    return { owner: state, to: [state] };
  },
  'user.created': async (_e, p: { unitCode: string }) => ownedBy(p.unitCode),
  'user.password_set': ofUser,
  'user.totp_enrolled': ofUser,
  'user.totp_cleared': ofUser,
  'user.disabled': ofUser,
  'user.enabled': ofUser,
  'user.language_set': ofUser,
  'law.section_corrected': keptAbove,
  'fir.registered': async (_e, p: { stationCode: string; transferredFromFir: string | null }, look) => {
    const from = p.transferredFromFir ? await look.firStation(p.transferredFromFir) : null;
    // The station that sent a zero FIR learns the number it got at its new station.
    return { owner: p.stationCode, to: [], only: from && from !== p.stationCode ? [p.stationCode, from] : [p.stationCode] };
  },
  'fir.amended': ofFir,
  'fir.efir_signed': ofFir,
  'fir.transferred': async (e, p: { toStationCode: string }, look) => {
    const station = await look.firStation(e.entity_id);
    return { owner: station ?? '', to: [], only: [station ?? '', p.toStationCode].filter(Boolean) };
  },
  'fir.transfer_sent': async (e, p: { toStationCode: string }, look) => {
    const station = await look.firStation(e.entity_id);
    return {
      owner: station ?? '',
      to: [],
      only: [station ?? '', p.toStationCode].filter(Boolean),
      follow: { unit: p.toStationCode, entities: [e.entity_id, ...(await look.firDependants(e.entity_id))] },
    };
  },
  'complaint.registered': async (_e, p: { stationCode: string }) => ownedBy(p.stationCode),
  'complaint.assigned': ofComplaint,
  'complaint.closed': ofComplaint,
  'gd.entry_added': async (_e, p: { stationCode: string }) => ownedBy(p.stationCode),
  'person.created': async (_e, p: { ownerUnit: string }) => ownedBy(p.ownerUnit),
  'person.same_marked': async (e, p: { personA: string; personB: string }, look) => markRouting(e, [p.personA, p.personB], look),
  'person.same_unmarked': async (e, p: { id: string }, look) => markRouting(e, await look.sameMarkPersons(p.id), look),
  'attachment.added': async (_e, p: { ownerUnit: string }) => ownedBy(p.ownerUnit),
  'alert.issued': async (_e, p: { issuerUnit: string; targetUnit: string; photoSha256: string | null }) => ({
    owner: p.issuerUnit,
    to: [p.targetUnit],
    // The photo of a missing child reaches every station with the alert.
    ...(p.photoSha256 ? { follow: { unit: p.targetUnit, entities: [p.photoSha256], broadcast: true } } : {}),
  }),
  'alert.withdrawn': async (e, _p, look) => {
    const a = await look.alert(e.entity_id);
    return { owner: a?.issuerUnit ?? '', to: a ? [a.targetUnit] : [] };
  },
};

export function routingRule(type: string): Rule | undefined {
  return ROUTING[type];
}

/** Lookups answered from the read tables inside the transaction. */
export function lookupIn(tx: Tx): RoutingLookup {
  const paths = new Map<string, string | null>();
  return {
    firStation: async (id) => (await tx.selectFrom('firs').select('station_code').where('id', '=', id).executeTakeFirst())?.station_code ?? null,
    complaintStation: async (id) => (await tx.selectFrom('complaints').select('station_code').where('id', '=', id).executeTakeFirst())?.station_code ?? null,
    userUnit: async (id) => (await tx.selectFrom('users').select('unit_code').where('id', '=', id).executeTakeFirst())?.unit_code ?? null,
    personOwner: async (id) => (await tx.selectFrom('persons').select('owner_unit').where('id', '=', id).executeTakeFirst())?.owner_unit ?? null,
    sameMarkPersons: async (id) => {
      const r = await tx.selectFrom('person_same_marks').select(['person_a', 'person_b']).where('id', '=', id).executeTakeFirst();
      return r ? [r.person_a, r.person_b] : null;
    },
    alert: async (id) => {
      const r = await tx.selectFrom('alerts').select(['issuer_unit', 'target_unit']).where('id', '=', id).executeTakeFirst();
      return r ? { issuerUnit: r.issuer_unit, targetUnit: r.target_unit } : null;
    },
    unitPath: async (code) => {
      if (!paths.has(code)) paths.set(code, (await tx.selectFrom('units').select('path').where('code', '=', code).executeTakeFirst())?.path ?? null);
      return paths.get(code)!;
    },
    firDependants: async (id) => {
      const fir = await tx.selectFrom('firs').select(['content', 'complaint_id', 'station_code']).where('id', '=', id).executeTakeFirst();
      if (!fir) return [];
      // Only what the FIR's own station holds goes with it: the ids in a case cannot fetch
      // another station's persons or complaints.
      const named = (JSON.parse(fir.content) as { persons: { personId: string }[] }).persons.map((p) => p.personId);
      const persons = named.length
        ? await tx.selectFrom('persons').select(['id', 'photo_sha256']).where('id', 'in', named).where('owner_unit', '=', fir.station_code).execute()
        : [];
      const complaint = fir.complaint_id
        ? await tx.selectFrom('complaints').select('id').where('id', '=', fir.complaint_id).where('station_code', '=', fir.station_code).executeTakeFirst()
        : undefined;
      return [...new Set([...persons.map((p) => p.id), ...persons.flatMap((p) => (p.photo_sha256 ? [p.photo_sha256] : [])), ...(complaint ? [complaint.id] : [])])];
    },
  };
}
