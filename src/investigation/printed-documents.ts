import type { DocumentKind } from '../documents/index.js';
import type { Executor } from '../storage/db.js';

/** A form printed from a case, as its verification code names it: the record printed and its versions. */
export interface PrintedDocument {
  kind: DocumentKind;
  id: string;
  /** Every version a printed copy may carry, oldest first. */
  versions: number[];
}

const range = (n: number) => Array.from({ length: Math.max(1, n) }, (_, i) => i + 1);

/**
 * Every investigation form a case can have printed, for /verify to recognise a code on any of
 * them: each form's code is a MAC of its kind, the record printed and its version (see
 * documents/verification.ts), so the candidates are few and exact. Keep in step with the routes
 * that print (src/api/routes/cases.ts printForm, property-documents.ts).
 */
export async function printedDocuments(db: Executor, firId: string): Promise<PrintedDocument[]> {
  const [arrests, seizures, reports, details, disposals, appeals] = await Promise.all([
    db.selectFrom('arrests').select('id').where('fir_id', '=', firId).execute(),
    db.selectFrom('seizures').select('id').where('fir_id', '=', firId).execute(),
    db.selectFrom('final_reports').select('id').where('fir_id', '=', firId).execute(),
    db
      .selectFrom('case_crime_details')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('fir_id', '=', firId)
      .executeTakeFirst(),
    db.selectFrom('court_disposals').select('id').where('fir_id', '=', firId).execute(),
    db.selectFrom('court_appeals').select('id').where('fir_id', '=', firId).execute(),
  ]);
  return [
    ...arrests.map((a) => ({ kind: 'iif3-arrest' as const, id: a.id, versions: [1] })),
    ...seizures.flatMap((s) => [
      { kind: 'iif4-seizure' as const, id: s.id, versions: [1] },
      { kind: 'bsa63-certificate' as const, id: s.id, versions: [1] },
    ]),
    ...reports.map((r) => ({ kind: 'iif5-final-report' as const, id: r.id, versions: [1] })),
    ...disposals.map((d) => ({ kind: 'iif6-court-disposal' as const, id: d.id, versions: [1] })),
    ...appeals.map((a) => ({ kind: 'iif7-appeal' as const, id: a.id, versions: [1] })),
    ...(details?.version ? [{ kind: 'iif2-crime-details' as const, id: firId, versions: range(Number(details.version)) }] : []),
  ];
}
