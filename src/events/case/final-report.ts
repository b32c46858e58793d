import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { recordNumber } from '../../storage/counters.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, sectionRef, utc } from '../shapes.js';

/** The counter of a case's final reports (a further report after further investigation, BNSS 193(9), is the next). */
export const finalReportScope = (firId: string) => `fr:${firId}`;

export const finalReportBody = z.strictObject({
  kind: z.string(),
  reason: z.string().nullable(),
  /** `code`: the accused code of the arrest memos at filing (none for one never arrested). */
  accused: z.array(z.strictObject({ personId: id, code: z.string().nullable(), status: z.string(), charged: z.boolean() })),
  witnesses: z.array(id),
  sections: z.array(sectionRef),
  documents: z.array(z.strictObject({ description: z.string(), pages: z.number().int().nullable() })),
  /** Property-room items as they stood at filing: exhibit number (the register's), description, seal, place (a custodyPlaces code) and the lab or court it is at. */
  exhibits: z.array(z.strictObject({ itemId: id, exhibitNo: z.string(), description: z.string(), sealNo: z.string().nullable(), place: z.string(), destination: z.string().nullable() })),
  /** The chain of custody of the case's electronic items at filing (BNSS 193(3)(i)), in time order: each movement (a custodyMoves code) with its parties by name. */
  deviceCustody: z.array(
    z.strictObject({ itemId: id, device: z.string(), kind: z.string(), from: z.string(), to: z.string(), destination: z.string().nullable(), at: utc, sealNo: z.string().nullable() }),
  ),
  medicalReportAttached: z.boolean().nullable(),
  courtCode: z.string(),
  summary: z.string().nullable(),
});
export type FinalReportBody = z.infer<typeof finalReportBody>;

/**
 * The case's IO submitted a final report (IIF-5). Where the State's rules ask for a supervisor's
 * approval (reviewLevel) it waits for it; otherwise case.final_report_filed follows in the same
 * transaction.
 */
export const caseFinalReportSubmitted = defineEvent({
  type: 'case.final_report_submitted',
  version: 1,
  schema: z.strictObject({
    reportId: id,
    reportNo: z.number().int().positive(),
    law: z.string(),
    reviewLevel: z.string().nullable(),
    report: finalReportBody,
  }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    await tx
      .insertInto('final_reports')
      .values({
        id: p.reportId,
        fir_id: e.entity_id,
        station_code: fir.station_code,
        report_no: p.reportNo,
        law: p.law,
        kind: p.report.kind,
        body: canonicalJson(p.report),
        status: 'submitted',
        review_level: p.reviewLevel,
        submitted_by: e.actor,
        submitted_at: e.at,
        reviewed_by: null,
        reviewed_at: null,
        review_remarks: null,
        filed_at: null,
      })
      .execute();
    await recordNumber(tx, finalReportScope(e.entity_id), p.reportNo);
  },
  route: ofCase,
});

/** A supervisor approved a submitted final report (case.final_report_filed follows) or returned it with remarks. */
export const caseFinalReportReviewed = defineEvent({
  type: 'case.final_report_reviewed',
  version: 1,
  schema: z.strictObject({ reportId: id, decision: z.enum(['approved', 'returned']), remarks: z.string().nullable() }),
  async project(tx, e, p) {
    await tx
      .updateTable('final_reports')
      .set({ status: p.decision, reviewed_by: e.actor, reviewed_at: e.at, review_remarks: p.remarks })
      .where('id', '=', p.reportId)
      .where('fir_id', '=', e.entity_id)
      .execute();
  },
  route: ofCase,
});

/**
 * A final report was filed — forwarded to the court. THE only projector that closes a case: the
 * FIR becomes charge_sheeted or closed as the report's kind says.
 */
export const caseFinalReportFiled = defineEvent({
  type: 'case.final_report_filed',
  version: 1,
  schema: z.strictObject({ reportId: id, firStatus: z.enum(['charge_sheeted', 'closed']) }),
  async project(tx, e, p) {
    await tx.updateTable('final_reports').set({ status: 'filed', filed_at: e.at }).where('id', '=', p.reportId).where('fir_id', '=', e.entity_id).execute();
    await tx.updateTable('firs').set({ status: p.firStatus, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofCase,
});
