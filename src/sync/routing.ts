import type { Tx } from '../storage/db.js';
import type { RoutingLookup } from '../events/event-type.js';

/**
 * Where each kind of event belongs in the network is declared with the event type, in the
 * catalogue (src/events): its routing rule. This module answers the facts the rules look up.
 */
export type { Routing, RoutingLookup } from '../events/event-type.js';

/** Lookups answered from the read tables inside the transaction. */
export function lookupIn(tx: Tx): RoutingLookup {
  const paths = new Map<string, string | null>();
  return {
    firStation: async (id) => (await tx.selectFrom('firs').select('station_code').where('id', '=', id).executeTakeFirst())?.station_code ?? null,
    caseUnit: async (id) =>
      (await tx.selectFrom('case_files').select('investigating_unit').where('fir_id', '=', id).executeTakeFirst())?.investigating_unit ??
      (await tx.selectFrom('firs').select('station_code').where('id', '=', id).executeTakeFirst())?.station_code ??
      null,
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
      const persons = named.length ? await tx.selectFrom('persons').select(['id', 'photo_sha256']).where('id', 'in', named).where('owner_unit', '=', fir.station_code).execute() : [];
      const complaint = fir.complaint_id
        ? await tx.selectFrom('complaints').select('id').where('id', '=', fir.complaint_id).where('station_code', '=', fir.station_code).executeTakeFirst()
        : undefined;
      return [...new Set([...persons.map((p) => p.id), ...persons.flatMap((p) => (p.photo_sha256 ? [p.photo_sha256] : [])), ...(complaint ? [complaint.id] : [])])];
    },
  };
}
