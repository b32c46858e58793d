import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { firNumberLabel } from '../domain/fir-numbers.js';
import { normalisePhone } from '../domain/phone-numbers.js';
import type { PersonRegistry } from './persons.js';
import type { UnitService } from '../directory/units.js';
import type { RecordViews } from './views.js';
import type { Storage } from '../storage/db.js';
import { auditSearch, scopeHits } from '../search/scope.js';

const MAX_HITS = 500;

/**
 * Persons by phone number, with the records they are on. A protected person (a victim in a
 * sexual-offence case, a juvenile) whom the searcher may not see is left out altogether, inside
 * and outside the jurisdiction alike: "this number belongs to someone withheld" is itself a
 * disclosure.
 */
export class PhoneSearch {
  constructor(private readonly deps: { storage: Storage; units: UnitService; audit: AuditLog; persons: PersonRegistry; views: RecordViews }) {}

  async search(actor: RequestActor, q: string, client: ClientInfo) {
    const phone = normalisePhone(q)!;
    const { storage, persons, views, units } = this.deps;
    const rows = await storage.db.selectFrom('phone_index').select(['person_id', 'owner_unit']).where('phone', '=', phone).limit(MAX_HITS).execute();
    const found = await persons.getMany(rows.map((r) => r.person_id));
    const visible = [];
    for (const r of rows) {
      const person = found.get(r.person_id);
      if (!person) continue;
      const { view, links } = await views.personUnaudited(actor, person);
      if (!view.masked) visible.push({ ownerUnit: r.owner_unit, view, links });
    }
    const { inside, elsewhere } = await scopeHits(units, actor, visible);
    const results = [];
    for (const { view, links } of inside) {
      results.push({
        person: {
          id: view.id,
          name: view.name,
          aliases: view.aliases,
          relativeName: view.relativeName ?? null,
          relativeKind: view.relativeKind ?? null,
          gender: view.gender,
          age: view.age ?? null,
          phones: view.phones,
        },
        records: await this.records(actor, links),
      });
    }
    await auditSearch(
      this.deps.audit,
      storage.db,
      actor,
      client,
      'search.phones',
      { q, phone },
      results.map((r) => r.person.id),
      elsewhere,
    );
    return { results, total: results.length, elsewhere };
  }

  /** The records the person is on that the searcher may read: FIRs and complaints with their numbers. */
  private async records(actor: RequestActor, links: { record_type: string; record_id: string; role: string }[]) {
    const db = this.deps.storage.db;
    const ids = (type: string) => links.filter((l) => l.record_type === type).map((l) => l.record_id);
    const firIds = ids('fir');
    const complaintIds = ids('complaint');
    const firs = firIds.length ? await db.selectFrom('firs').select(['id', 'station_code', 'year', 'fir_no']).where('id', 'in', firIds).execute() : [];
    const complaints = complaintIds.length ? await db.selectFrom('complaints').select(['id', 'station_code', 'ack_no']).where('id', 'in', complaintIds).execute() : [];
    const known = new Map<string, { stationCode: string; number: string }>([
      ...firs.map((f) => [f.id, { stationCode: f.station_code, number: firNumberLabel(f.station_code, f.year, f.fir_no) }] as const),
      ...complaints.map((c) => [c.id, { stationCode: c.station_code, number: c.ack_no }] as const),
    ]);
    const records = links.flatMap((l) => {
      const k = known.get(l.record_id);
      return k ? [{ recordType: l.record_type, recordId: l.record_id, role: l.role, number: k.number, stationCode: k.stationCode, ownerUnit: k.stationCode }] : [];
    });
    // A person of one's own station may be on a record elsewhere: that record is not shown.
    const { inside } = await scopeHits(this.deps.units, actor, records);
    return inside.map(({ ownerUnit, ...r }) => r);
  }
}
