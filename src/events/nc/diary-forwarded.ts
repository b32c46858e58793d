import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, unitCode, utc } from '../shapes.js';

const date = z.iso.date();

/** A fortnight's diary of non-cognizable reports forwarded to the Magistrate (BNSS 174(1)). */
export const ncDiaryForwarded = defineEvent({
  type: 'nc.diary_forwarded',
  version: 1,
  schema: z.strictObject({
    stationCode: unitCode,
    periodStart: date,
    periodEnd: date,
    courtCode: unitCode,
    reference: z.string().nullable(),
    /** The reports it carried, in number order. */
    reportIds: z.array(id),
    forwardedAt: utc,
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('nc_diaries')
      .values({
        id: e.entity_id,
        station_code: p.stationCode,
        period_start: p.periodStart,
        period_end: p.periodEnd,
        court_code: p.courtCode,
        reference: p.reference,
        report_ids: canonicalJson(p.reportIds),
        forwarded_at: p.forwardedAt,
        forwarded_by: e.actor,
      })
      .execute();
    if (p.reportIds.length) await tx.updateTable('nc_reports').set({ diary_id: e.entity_id, updated_at: e.at }).where('id', 'in', p.reportIds).execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
