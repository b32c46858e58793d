import { z } from 'zod';
import { instant, MULTILINE, requiredText, text } from './common.js';
import { firInput, sectionRef } from './fir.js';
import { personOnRecord } from './person.js';

const calendarDate = z.iso.date({ error: 'must be a date like 2026-03-01' });

/** A non-cognizable report as entered (BNSS 174(1)). */
export const ncReportInput = z.strictObject({
  stationCode: requiredText(40),
  /** When the information was given; defaults to now. */
  receivedAt: instant.optional(),
  informant: personOnRecord,
  /** Persons the informant names as having committed the offence, if any. */
  accused: z.array(personOnRecord).max(20).default([]),
  /** The substance of the information, as entered in the diary. */
  substance: requiredText(20000, MULTILINE),
  place: requiredText(500),
  occurredFrom: instant.optional(),
  occurredTo: instant.optional(),
  sections: z.array(sectionRef).min(1, 'at least one section is required').max(20),
  /** The Magistrate's court the informant is referred to (a magistrate's court of the station's district). */
  courtCode: requiredText(40),
});
export type NcReportInput = z.output<typeof ncReportInput>;

export const ncListQuery = z.strictObject({
  station: text(40).optional(),
  /** `NC 7/2026` or `7/2026`. */
  number: text(40).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  /** Informant's name, matched as the person search matches names. */
  informant: text(200).min(2, 'must have at least 2 characters').optional(),
  status: z.enum(['registered', 'converted']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type NcListQuery = z.output<typeof ncListQuery>;

/** A fortnight of a station: its first day (the 1st or the 16th of a month). */
export const ncDiaryQuery = z.strictObject({
  station: requiredText(40),
  from: calendarDate,
  lang: z.enum(['en', 'hi']).default('en'),
});

export const ncDiaryForward = z.strictObject({
  stationCode: requiredText(40),
  /** The fortnight's first day (the 1st or the 16th). */
  from: calendarDate,
  /** The Magistrate's court it goes to. */
  courtCode: requiredText(40),
  /** The dispatch (letter) number, if any. */
  reference: text(200).optional(),
});
export type NcDiaryForward = z.output<typeof ncDiaryForward>;

/**
 * The Magistrate's order to investigate (BNSS 174(2)) and the FIR registered on it: the FIR's
 * fields, whose complainant and accused default to the report's own persons.
 */
export const ncConversion = z.strictObject({
  order: z.strictObject({
    date: calendarDate,
    courtCode: requiredText(40),
    reference: requiredText(200),
  }),
  fir: firInput.extend({ complainant: personOnRecord.optional() }),
});
export type NcConversion = z.output<typeof ncConversion>;
