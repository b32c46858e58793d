import { z } from 'zod';
import { accusedSchema } from './arrests.js';
import { clockStateSchema, sectionRefSchema } from './records.js';

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
    may: z.strictObject({ act: z.boolean(), assign: z.boolean(), takeOver: z.boolean() }),
    clocks: z.array(clockStateSchema),
    diaryEntries: z.number().int(),
    accused: z.array(accusedSchema),
    timeline: z.array(timelineItemSchema),
  })
  .meta({ id: 'CaseFile', description: 'The case file: who investigates, the clocks, and the timeline.' });

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
