import { z } from 'zod';
import { fortnight } from './nc-dashboard.js';
import { firViewSchema, personViewSchema, sectionRefSchema } from './records.js';

/** What the non-cognizable report routes answer (strict: see records.ts). */
const court = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });

const ncCommon = {
  id: z.string(),
  stationCode: z.string(),
  number: z.string().meta({ description: 'NC n/yyyy: gap-free per station and IST year' }),
  year: z.number().int(),
  ncNo: z.number().int(),
  receivedAt: z.string(),
  place: z.string(),
  sections: z.array(sectionRefSchema),
  status: z.enum(['registered', 'converted']),
  diaryForwarded: z.boolean(),
  firId: z.string().nullable(),
  textWithheld: z.boolean().meta({ description: 'Names, phones or addresses of withheld persons were replaced in the free text.' }),
};

export const ncReportListItemSchema = z
  .strictObject({ ...ncCommon, informantName: z.string().nullable().meta({ description: 'null when the informant is withheld from the reader' }) })
  .meta({ id: 'NcReportListItem' });

export const ncReportSchema = z
  .strictObject({
    ...ncCommon,
    informant: personViewSchema.nullable(),
    accused: z.array(personViewSchema),
    substance: z.string(),
    occurredFrom: z.string().nullable(),
    occurredTo: z.string().nullable(),
    sectionTitles: z.array(z.strictObject({ act: z.string(), section: z.string(), title: z.string(), titleHi: z.string().nullable() })),
    referredTo: court.meta({ description: "The Magistrate's court the informant was referred to (BNSS 174(1))" }),
    gdEntry: z.strictObject({ id: z.string(), entryNo: z.number().int(), gdDate: z.string(), entryAt: z.string() }).nullable(),
    diary: z.strictObject({ id: z.string(), periodStart: z.string(), periodEnd: z.string(), forwardedAt: z.string() }).nullable(),
    fir: z.strictObject({ id: z.string(), number: z.string() }).nullable(),
    order: z.strictObject({ date: z.string(), court, reference: z.string() }).nullable().meta({ description: "The Magistrate's order to investigate (BNSS 174(2))" }),
  })
  .meta({ id: 'NcReport' });

export const ncReportListSchema = z.strictObject({ reports: z.array(ncReportListItemSchema) });

export const ncDiarySchema = z
  .strictObject({
    id: z.string(),
    stationCode: z.string(),
    fortnight,
    court,
    reference: z.string().nullable(),
    reportIds: z.array(z.string()),
    forwardedAt: z.string(),
    forwardedBy: z.string(),
  })
  .meta({ id: 'NcDiary', description: 'A fortnight’s diary of non-cognizable reports forwarded to the Magistrate (BNSS 174(1))' });

export const ncConvertedSchema = z.strictObject({ report: ncReportSchema, fir: firViewSchema });
