import { z } from 'zod';
import { instant, MULTILINE, requiredText, text, uuid } from './common.js';
import { sectionRef } from './fir.js';

/** A code of one of the investigation's code lists (checked against the list by the service). */
const code = requiredText(60);
const date = z.iso.date({ error: 'must be a date like 2026-07-01' });
const sha256 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be a SHA-256 hash: 64 hexadecimal digits')
  .transform((s) => s.toLowerCase());
const money = z.number().nonnegative('cannot be negative').max(1e12, 'is too large');

/**
 * Crime details (IIF-2), recorded by the case's IO; a later record replaces the earlier one. The
 * crime head defaults to the one the FIR's principal offence counts under; MO codes, place type
 * and motive are codes of reference/law/investigation-codes.json.
 */
export const crimeDetailsInput = z.strictObject({
  crimeHead: requiredText(120).optional(),
  crimeSubHead: text(120).optional(),
  placeType: code,
  motive: code.optional(),
  moCodes: z.array(code).min(1, 'give at least one modus operandi code').max(40, 'lists too many codes (at most 40)'),
  properties: z
    .array(z.strictObject({ description: requiredText(500), category: text(60).optional(), quantity: text(60).optional(), value: money.optional() }))
    .max(100, 'lists too many properties (at most 100)')
    .default([]),
  remarks: text(5000, MULTILINE).optional(),
});
export type CrimeDetailsInput = z.output<typeof crimeDetailsInput>;

/** "Cases like this one". */
export const similarCasesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) });

/** An accused of the case in a final report: by person id, or by the accused code (A1 …) of the arrest memos — how a reader to whom the person is withheld names them. */
const reportAccused = z
  .strictObject({
    personId: uuid.optional(),
    code: z
      .string()
      .regex(/^[A-Z]{1,3}[1-9]$/, 'must be an accused code like A1')
      .optional(),
    status: code,
    charged: z.boolean(),
  })
  .superRefine((a, ctx) => {
    if ((a.personId === undefined) === (a.code === undefined)) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'give either the person or the accused code, not both' });
  });

/**
 * A final report (IIF-5; BNSS 193, CrPC 173 for older cases): a charge sheet or a closure of a
 * kind of the code list. Accused and witnesses are persons on the FIR; exhibits are items of the
 * case's property room, by id. There is no free-text exhibit: a thing produced in court that the
 * police hold is seized (IIF-4) and has a chain of custody, or its custody is unaccounted for —
 * the CAG's finding; a paper not seized (a report, a certificate, a statement) is a document.
 * The custody sequence of electronic devices (BNSS 193(3)(i)) is not typed: it is the chain of
 * the case's electronic items as of the report.
 */
export const finalReportInput = z.strictObject({
  kind: code,
  reason: text(5000, MULTILINE).optional(),
  accused: z.array(reportAccused).max(50, 'lists too many accused (at most 50)').default([]),
  witnesses: z.array(uuid).max(200, 'lists too many witnesses (at most 200)').default([]),
  sections: z.array(sectionRef).max(30, 'lists too many sections (at most 30)').default([]),
  documents: z
    .array(z.strictObject({ description: requiredText(500), pages: z.number().int().positive().max(100000).optional() }))
    .max(200)
    .default([]),
  exhibits: z
    .array(z.strictObject({ itemId: uuid }))
    .max(200)
    .default([]),
  /** Whether the medical examination report of the woman is attached (BNS 64–71, BNSS 193(3)(h)). */
  medicalReportAttached: z.boolean().optional(),
  courtCode: requiredText(40),
  summary: text(20000, MULTILINE).optional(),
});
export type FinalReportInput = z.output<typeof finalReportInput>;

/** A supervisor approves a submitted final report, or returns it with remarks. */
export const finalReportReviewInput = z.strictObject({
  decision: z.enum(['approved', 'returned']),
  remarks: text(5000, MULTILINE).optional(),
});
export type FinalReportReviewInput = z.output<typeof finalReportReviewInput>;

/** The informant or victim was told of the progress of the investigation (BNSS 193(3)(ii)). */
export const victimProgressInput = z.strictObject({
  informedAt: instant,
  means: z.enum(['sms', 'letter', 'in_person', 'electronic']),
  personId: uuid.optional(),
  note: text(2000, MULTILINE).optional(),
});
export type VictimProgressInput = z.output<typeof victimProgressInput>;

/** The forensic team visited the place of crime (BNSS 176(3)), its video's hash kept. */
export const forensicVisitInput = z.strictObject({
  visitedAt: instant,
  team: requiredText(300),
  videoSha256: sha256.optional(),
  note: text(2000, MULTILINE).optional(),
});
export type ForensicVisitInput = z.output<typeof forensicVisitInput>;

/** The case number the court gave the case (CIS / e-Courts). */
export const courtCaseInput = z.strictObject({ courtCode: requiredText(40), courtCaseNo: requiredText(60), registeredOn: date });
export type CourtCaseInput = z.output<typeof courtCaseInput>;

export const hearingInput = z.strictObject({ date, purpose: requiredText(300), nextDate: date.optional(), note: text(2000, MULTILINE).optional() });
export type HearingInput = z.output<typeof hearingInput>;

/** The court's judgment (IIF-6): an outcome per accused and per section. */
export const disposalInput = z.strictObject({
  judgmentDate: date,
  judge: text(200).optional(),
  prosecutor: text(200).optional(),
  outcomes: z
    .array(
      z.strictObject({
        personId: uuid,
        section: sectionRef,
        outcome: code,
        sentence: text(500).optional(),
        fine: money.optional(),
      }),
    )
    .min(1, 'give the outcome for at least one accused and section')
    .max(500),
  remarks: text(5000, MULTILINE).optional(),
});
export type DisposalInput = z.output<typeof disposalInput>;

/** The result of an appeal (IIF-7). */
export const appealInput = z.strictObject({
  courtCode: requiredText(40),
  appealNo: requiredText(60),
  appellant: requiredText(200),
  filedOn: date,
  decidedOn: date,
  results: z
    .array(z.strictObject({ personId: uuid, result: code, sentence: text(500).optional() }))
    .min(1, 'give the result for at least one accused')
    .max(50),
  remarks: text(5000, MULTILINE).optional(),
});
export type AppealInput = z.output<typeof appealInput>;

export const finalReportParams = z.strictObject({ firId: uuid, reportId: uuid });
/** A judgment (IIF-6) or an appeal's result (IIF-7) recorded on a case. */
export const disposalParams = z.strictObject({ firId: uuid, disposalId: uuid });
export const appealParams = z.strictObject({ firId: uuid, appealId: uuid });
/** A printed form of the case, in English or Hindi. */
export const caseFormQuery = z.strictObject({ lang: z.enum(['en', 'hi']).default('en') });

/** A printed final report: the latest unless its number is given. */
export const finalReportPdfQuery = z.strictObject({ lang: z.enum(['en', 'hi']).default('en'), reportNo: z.coerce.number().int().positive().max(10000).optional() });
