import { MISSING_STATUSES } from '../../domain/code-lists.js';
import { z } from 'zod';
import { accusedSchema } from './arrests.js';
import { propertyItemSchema } from './property.js';
import { clockStateSchema, firListItemSchema, sectionRefSchema } from './records.js';

const officer = z.strictObject({ id: z.string(), name: z.string(), role: z.string() });
const named = z.strictObject({ id: z.string(), name: z.string() });

export const timelineItemSchema = z
  .strictObject({
    at: z.string(),
    type: z.string(),
    by: named.nullable(),
    officer: named.nullable(),
    entryNo: z.number().int().nullable(),
    text: z.string().nullable(),
  })
  .meta({ id: 'TimelineItem', description: 'One happening in a case: an event of the FIR or a General Diary entry about it.' });

/** A person of a case as the reader may see them; a protected person is masked with nothing that identifies them. */
const casePerson = z.union([z.strictObject({ personId: z.string(), name: z.string(), masked: z.literal(false) }), z.strictObject({ masked: z.literal(true) })]);
const courtRef = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });
const labels = z.strictObject({ en: z.string(), hi: z.string() });
const accusedCodeSchema = z.string().nullable().meta({ description: "The accused's code (A1 …) from the case's arrest memos; null if never arrested" });

export const crimeDetailsSchema = z
  .strictObject({
    version: z.number().int(),
    crimeHead: z.string(),
    crimeSubHead: z.string().nullable(),
    placeType: z.string(),
    motive: z.string().nullable(),
    moCodes: z.array(z.string()),
    properties: z.array(z.strictObject({ description: z.string(), category: z.string().nullable(), quantity: z.string().nullable(), value: z.number().nullable() })),
    totalValue: z.number(),
    remarks: z.string().nullable(),
    recordedBy: named,
    recordedAt: z.string(),
  })
  .meta({ id: 'CrimeDetails', description: 'The latest crime details (IIF-2) of a case.' });

export const finalReportSchema = z
  .strictObject({
    id: z.string(),
    reportNo: z.number().int(),
    law: z.string(),
    kind: z.strictObject({ code: z.string(), class: z.enum(['charge_sheet', 'closure']), label: labels }),
    status: z.enum(['submitted', 'returned', 'approved', 'filed']),
    reviewLevel: z.string().nullable(),
    reason: z.string().nullable(),
    accused: z.array(z.strictObject({ person: casePerson, code: z.string().nullable(), status: z.string(), charged: z.boolean() })),
    witnesses: z.array(casePerson),
    sections: z.array(sectionRefSchema),
    documents: z.array(z.strictObject({ description: z.string(), pages: z.number().int().nullable() })),
    exhibits: z.array(z.strictObject({ itemId: z.string(), exhibitNo: z.string(), description: z.string(), sealNo: z.string().nullable(), place: z.string(), destination: z.string().nullable() })),
    deviceCustody: z.array(
      z.strictObject({ itemId: z.string(), device: z.string(), kind: z.string(), from: z.string(), to: z.string(), destination: z.string().nullable(), at: z.string(), sealNo: z.string().nullable() }),
    ),
    medicalReportAttached: z.boolean().nullable(),
    court: courtRef,
    summary: z.string().nullable(),
    submittedBy: named,
    submittedAt: z.string(),
    review: z.strictObject({ decision: z.enum(['approved', 'returned']), by: named, at: z.string(), remarks: z.string().nullable() }).nullable(),
    filedAt: z.string().nullable(),
  })
  .meta({ id: 'FinalReport', description: 'A final report (IIF-5): charge sheet or closure, its review and filing.' });

export const courtRecordSchema = z
  .strictObject({
    case: z.strictObject({ court: courtRef, courtCaseNo: z.string(), registeredOn: z.string() }).nullable(),
    hearings: z.array(z.strictObject({ date: z.string(), purpose: z.string(), nextDate: z.string().nullable(), note: z.string().nullable() })),
    disposals: z.array(
      z.strictObject({
        id: z.string(),
        court: courtRef,
        courtCaseNo: z.string(),
        judgmentDate: z.string(),
        judge: z.string().nullable(),
        prosecutor: z.string().nullable(),
        outcomes: z.array(
          z.strictObject({ person: casePerson, accusedCode: accusedCodeSchema, section: sectionRefSchema, outcome: z.string(), sentence: z.string().nullable(), fine: z.number().nullable() }),
        ),
        remarks: z.string().nullable(),
        recordedBy: named,
        recordedAt: z.string(),
      }),
    ),
    appeals: z.array(
      z.strictObject({
        id: z.string(),
        court: courtRef,
        appealNo: z.string(),
        appellant: z.string(),
        filedOn: z.string(),
        decidedOn: z.string(),
        results: z.array(z.strictObject({ person: casePerson, accusedCode: accusedCodeSchema, result: z.string(), sentence: z.string().nullable() })),
        remarks: z.string().nullable(),
        recordedBy: named,
        recordedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'CourtRecord', description: 'The case in court: its number, hearings, disposal (IIF-6) and appeals (IIF-7).' });

export const caseFileSchema = z
  .strictObject({
    firId: z.string(),
    number: z.string(),
    station: z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() }),
    registeredAt: z.string(),
    status: z.string(),
    sections: z.array(sectionRefSchema),
    crimeHead: z.string().nullable(),
    maxYears: z.number().nullable(),
    sensitive: z.boolean(),
    io: officer.nullable(),
    acting: officer.extend({ since: z.string() }).nullable(),
    investigatingUnit: z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() }),
    may: z.strictObject({ act: z.boolean(), assign: z.boolean(), takeOver: z.boolean(), transfer: z.boolean() }),
    clocks: z.array(clockStateSchema),
    diaryEntries: z.number().int(),
    /** The seized items of the case, where each is now, with their court clocks (BNSS 497). */
    property: z.array(propertyItemSchema),
    crimeDetails: crimeDetailsSchema.nullable(),
    finalReports: z.array(finalReportSchema),
    victimInformed: z.array(z.strictObject({ at: z.string(), means: z.string(), person: casePerson.nullable(), note: z.string().nullable(), recordedBy: named })),
    forensicVisits: z.array(z.strictObject({ at: z.string(), team: z.string(), videoSha256: z.string().nullable(), note: z.string().nullable(), recordedBy: named })),
    court: courtRecordSchema,
    accused: z.array(accusedSchema),
    missingPerson: z
      .strictObject({ id: z.string(), number: z.string(), status: z.enum(MISSING_STATUSES), statusAt: z.string().nullable() })
      .nullable()
      .meta({ description: 'A missing child’s FIR: the report it was registered from and whether the child was traced (the case is closed by its final report, not by the tracing)' }),
    timeline: z.array(timelineItemSchema),
  })
  .meta({ id: 'CaseFile', description: 'The case file: who investigates, the clocks, and the timeline.' });

/** The answer to a transfer: the case has left the sender's hands, so only where it went. */
export const caseTransferredSchema = z
  .strictObject({ firId: z.string(), number: z.string(), investigatingUnit: z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() }) })
  .meta({ id: 'CaseTransferred' });

const statementMaker = z.union([
  z.strictObject({ personId: z.string(), name: z.string(), masked: z.literal(false) }),
  z.strictObject({ personId: z.null(), name: z.string(), masked: z.literal(false) }),
  z.strictObject({ masked: z.literal(true) }),
]);

export const diaryEntrySchema = z
  .strictObject({
    id: z.string(),
    entryNo: z.number().int(),
    beganAt: z.string(),
    closedAt: z.string().nullable(),
    places: z.array(z.string()),
    text: z.string(),
    statements: z.array(z.strictObject({ maker: statementMaker, text: z.string() })),
    writtenBy: named,
    writtenAt: z.string(),
    textWithheld: z.boolean(),
  })
  .meta({ id: 'CaseDiaryEntry', description: 'A case diary entry (BNSS 192), with the statements recorded that day (BNSS 180).' });

export const caseDiarySchema = z.strictObject({ firId: z.string(), number: z.string(), entries: z.array(diaryEntrySchema) }).meta({ id: 'CaseDiary' });

export const similarCasesSchema = z
  .strictObject({
    firId: z.string(),
    moCodes: z.array(z.string()),
    crimeHead: z.string().nullable(),
    cases: z.array(
      z.strictObject({
        fir: firListItemSchema,
        moCodes: z.array(z.string()),
        score: z.number(),
        parts: z.strictObject({ mo: z.number(), crimeHead: z.number(), place: z.number(), recency: z.number() }),
        distanceKm: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'SimilarCases', description: 'Cases like this one: same MO codes, same crime head, nearby, recent; best first.' });
