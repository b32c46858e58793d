import type { ExpressionBuilder } from 'kysely';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { firNumberLabel, shortFirNumber } from '../domain/fir-numbers.js';
import { reversed, vehicleQuery } from '../domain/vehicle-numbers.js';
import type { Vehicle } from '../domain/schemas/fir.js';
import type { UnitService } from '../directory/units.js';
import type { Storage } from '../storage/db.js';
import type { Database } from '../storage/schema.js';
import { firsNamingProtected } from '../access/protection.js';
import { auditSearch, scopeHits } from './scope.js';
import { unitRef } from './unit-ref.js';

/** Vehicle numbers are exact or nearly: more hits than this means the query was too loose. */
const MAX_HITS = 500;

type Col = 'registration' | 'engine_no' | 'chassis_no';
const REVERSED: Record<Col, 'registration_rev' | 'engine_rev' | 'chassis_rev'> = { registration: 'registration_rev', engine_no: 'engine_rev', chassis_no: 'chassis_rev' };
const MATCHED: Record<Col, 'registration' | 'engineNo' | 'chassisNo'> = { registration: 'registration', engine_no: 'engineNo', chassis_no: 'chassisNo' };

/**
 * Text that starts with p, as a range an ordinary index serves: every canonical number is upper
 * case letters and digits, all of which sort before "~".
 */
function startsWith(eb: ExpressionBuilder<Database, 'vehicle_index' | 'firs'>, col: Col | (typeof REVERSED)[Col], p: string) {
  return eb.and([eb(col, '>=', p), eb(col, '<', `${p}~`)]);
}

/** Vehicles among FIR property, by registration (any writing), or the start or end of any of its numbers. */
export class VehicleSearch {
  constructor(private readonly deps: { storage: Storage; units: UnitService; audit: AuditLog }) {}

  async search(actor: RequestActor, q: string, client: ClientInfo) {
    const { registration, fragment } = vehicleQuery(q);
    const cols: Col[] = ['registration', 'engine_no', 'chassis_no'];
    const rows = await this.deps.storage.db
      .selectFrom('vehicle_index')
      .innerJoin('firs', 'firs.id', 'vehicle_index.fir_id')
      .select(['vehicle_index.fir_id', 'vehicle_index.item', 'vehicle_index.registration', 'vehicle_index.engine_no', 'vehicle_index.chassis_no', 'vehicle_index.details'])
      .select(['firs.station_code', 'firs.year', 'firs.fir_no', 'firs.registered_at', 'firs.status'])
      .where((eb) =>
        eb.or([
          ...(registration ? [eb('registration', '=', registration)] : []),
          ...(fragment ? cols.flatMap((c) => [startsWith(eb, c, fragment), startsWith(eb, REVERSED[c], reversed(fragment))]) : []),
        ]),
      )
      .orderBy('firs.registered_at', 'desc')
      .orderBy('vehicle_index.fir_id')
      .orderBy('vehicle_index.item')
      .limit(MAX_HITS)
      .execute();
    const matchedOn = (r: (typeof rows)[number]) => {
      const hit = (v: string | null) => !!v && ((registration !== null && v === registration) || (!!fragment && (v.startsWith(fragment) || v.endsWith(fragment))));
      return MATCHED[cols.find((c) => hit(r[c])) ?? 'registration'];
    };
    const hits = rows.map((r) => ({ ...r, ownerUnit: r.station_code }));
    const { inside } = await scopeHits(this.deps.units, actor, hits);
    // Outside, a vehicle of a case with a protected person (the victim's own, say) is left out of
    // the hit/no-hit answer: its number could confirm a record about them.
    const naming = await firsNamingProtected(
      this.deps.storage.db,
      rows.map((r) => r.fir_id),
    );
    const { elsewhere } = await scopeHits(
      this.deps.units,
      actor,
      hits.filter((h) => !naming.has(h.fir_id)),
    );
    const results = [];
    for (const r of inside) {
      results.push({
        fir: {
          id: r.fir_id,
          number: firNumberLabel(r.station_code, r.year, r.fir_no),
          shortNumber: shortFirNumber(r.fir_no, r.year),
          station: await unitRef(this.deps.units, r.station_code),
          registeredAt: r.registered_at,
          status: r.status,
        },
        vehicle: JSON.parse(r.details) as Vehicle,
        matchedOn: matchedOn(r),
      });
    }
    const ids = [...new Set(results.map((r) => r.fir.id))];
    await auditSearch(this.deps.audit, this.deps.storage.db, actor, client, 'search.vehicles', { q, registration, fragment }, ids, elsewhere);
    return { results, total: results.length, elsewhere };
  }
}
