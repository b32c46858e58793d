import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { noteProtectedPersons } from '../../access/protection.js';
import { recordNumber } from '../../storage/counters.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, sectionRef, unitCode, utc } from '../shapes.js';

/**
 * A non-cognizable report entered at a station (BNSS 174(1)): the substance of the information in
 * the diary (its GD entry), the informant referred to the Magistrate's court named.
 */
export const ncRegistered = defineEvent({
  type: 'nc.registered',
  version: 1,
  schema: z.strictObject({
    id,
    stationCode: unitCode,
    year: z.number().int(),
    /** The report's number in its station's series for the year. */
    seq: z.number().int().positive(),
    receivedAt: utc,
    informantId: id,
    accusedIds: z.array(id),
    substance: z.string(),
    place: z.string(),
    occurredFrom: utc.nullable(),
    occurredTo: utc.nullable(),
    sections: z.array(sectionRef).min(1),
    courtCode: unitCode,
    gdEntryId: id,
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('nc_reports')
      .values({
        id: p.id,
        station_code: p.stationCode,
        year: p.year,
        nc_no: p.seq,
        received_at: p.receivedAt,
        informant_id: p.informantId,
        substance: p.substance,
        place: p.place,
        occurred_from: p.occurredFrom,
        occurred_to: p.occurredTo,
        sections: canonicalJson(p.sections),
        court_code: p.courtCode,
        gd_entry_id: p.gdEntryId,
        diary_id: null,
        fir_id: null,
        order_date: null,
        order_court_code: null,
        order_reference: null,
        converted_at: null,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    const links = [
      { record_type: 'nc_report', record_id: p.id, person_id: p.informantId, role: 'complainant' },
      ...[...new Set(p.accusedIds)].filter((a) => a !== p.informantId).map((a) => ({ record_type: 'nc_report', record_id: p.id, person_id: a, role: 'accused' })),
    ];
    await tx.insertInto('record_persons').values(links).execute();
    await noteProtectedPersons(
      tx,
      links.map((l) => l.person_id),
    );
    await recordNumber(tx, `nc:${p.stationCode}:${p.year}`, p.seq);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
