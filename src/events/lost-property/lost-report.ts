import { z } from 'zod';
import { noteProtectedAt } from '../../access/protection.js';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, registerEntryRow, registerEntryShape, unitCode, utc } from '../shapes.js';
import { articleShape, imeiRows } from './shapes.js';

/**
 * A citizen's lost article report entered at a station, its informant already created; numbered
 * in the station's LAR series for the year, its GD entry first. A lost handset's IMEI goes on the
 * index the stolen/lost check reads.
 */
export const lostReportRegistered = defineEvent({
  type: 'lost_report.registered',
  version: 1,
  schema: z.strictObject({
    ...registerEntryShape,
    reportedAt: utc,
    informantId: id,
    lostAt: utc,
    lostPlace: z.string(),
    articles: z.array(articleShape).min(1),
    circumstances: z.string().nullable(),
    gdEntryId: id,
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('lost_reports')
      .values({
        ...registerEntryRow(p),
        reported_at: p.reportedAt,
        informant_id: p.informantId,
        lost_at: p.lostAt,
        lost_place: p.lostPlace,
        articles: canonicalJson(p.articles),
        circumstances: p.circumstances,
        gd_entry_id: p.gdEntryId,
        fir_id: null,
        converted_at: null,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    await tx.insertInto('record_persons').values({ record_type: 'lost_report', record_id: p.id, person_id: p.informantId, role: 'complainant' }).execute();
    const imeis = imeiRows('lost_report', p.id, p.articles);
    if (imeis.length) await tx.insertInto('lost_property_imeis').values(imeis).execute();
    await noteProtectedAt(tx, p.stationCode, [p.informantId]);
    await recordNumber(tx, `lar:${p.stationCode}:${p.year}`, p.seq);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/** The loss turned out to be a theft: the FIR was registered, in the same transaction as this event. */
export const lostReportConverted = defineEvent({
  type: 'lost_report.converted',
  version: 1,
  schema: z.strictObject({ stationCode: unitCode, firId: id }),
  async project(tx, e, p) {
    await tx.updateTable('lost_reports').set({ fir_id: p.firId, converted_at: e.at, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
