import { z } from 'zod';
import type { Tx } from '../../storage/db.js';
import type { StoredEvent } from '../../storage/event-log.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, sectionRef } from '../shapes.js';

const date = z.iso.date();

/** The court registered the case under its number (the case's number in court from then on). */
export const caseCourtCaseRegistered = defineEvent({
  type: 'case.court_case_registered',
  version: 1,
  schema: z.strictObject({ courtCode: z.string(), courtCaseNo: z.string(), registeredOn: date }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    const row = { station_code: fir.station_code, court_code: p.courtCode, court_case_no: p.courtCaseNo, registered_on: p.registeredOn, recorded_by: e.actor, recorded_at: e.at };
    await tx
      .insertInto('court_cases')
      .values({ fir_id: e.entity_id, ...row })
      .onConflict((oc) => oc.column('fir_id').doUpdateSet(row))
      .execute();
  },
  route: ofCase,
});

async function courtRecord(tx: Tx, e: StoredEvent, table: 'court_hearings' | 'court_disposals' | 'court_appeals', recordId: string, onDate: string, body: object): Promise<void> {
  const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
  await tx
    .insertInto(table)
    .values({ id: recordId, fir_id: e.entity_id, station_code: fir.station_code, on_date: onDate, body: canonicalJson(body), recorded_by: e.actor, recorded_at: e.at })
    .execute();
}

export const hearingBody = z.strictObject({ date, purpose: z.string(), nextDate: date.nullable(), note: z.string().nullable() });
export const caseHearingRecorded = defineEvent({
  type: 'case.hearing_recorded',
  version: 1,
  schema: z.strictObject({ hearingId: id, hearing: hearingBody }),
  project: (tx, e, p) => courtRecord(tx, e, 'court_hearings', p.hearingId, p.hearing.date, p.hearing),
  route: ofCase,
});

export const disposalBody = z.strictObject({
  courtCode: z.string(),
  courtCaseNo: z.string(),
  judgmentDate: date,
  judge: z.string().nullable(),
  prosecutor: z.string().nullable(),
  outcomes: z.array(z.strictObject({ personId: id, section: sectionRef, outcome: z.string(), sentence: z.string().nullable(), fine: z.number().nullable() })),
  remarks: z.string().nullable(),
});
/** The court's judgment (IIF-6): an outcome per accused and section. */
export const caseDisposalRecorded = defineEvent({
  type: 'case.disposal_recorded',
  version: 1,
  schema: z.strictObject({ disposalId: id, disposal: disposalBody }),
  project: (tx, e, p) => courtRecord(tx, e, 'court_disposals', p.disposalId, p.disposal.judgmentDate, p.disposal),
  route: ofCase,
});

export const appealBody = z.strictObject({
  courtCode: z.string(),
  appealNo: z.string(),
  appellant: z.string(),
  filedOn: date,
  decidedOn: date,
  results: z.array(z.strictObject({ personId: id, result: z.string(), sentence: z.string().nullable() })),
  remarks: z.string().nullable(),
});
/** The result of an appeal (IIF-7). */
export const caseAppealRecorded = defineEvent({
  type: 'case.appeal_recorded',
  version: 1,
  schema: z.strictObject({ appealId: id, appeal: appealBody }),
  project: (tx, e, p) => courtRecord(tx, e, 'court_appeals', p.appealId, p.appeal.decidedOn, p.appeal),
  route: ofCase,
});
