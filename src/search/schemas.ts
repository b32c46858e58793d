import { z } from 'zod';
import { ACCUSED_STATUSES } from '../domain/accused-custody.js';
import { parseFirNumber } from '../domain/fir-numbers.js';
import { normalisePhone } from '../domain/phone-numbers.js';
import { MIN_FRAGMENT, vehicleQuery } from '../domain/vehicle-numbers.js';
import { safeText } from '../domain/schemas/common.js';
import { textTokens } from './text-tokens.js';

/**
 * Search text as typed into a search box: safe one-line text (a NUL byte is not text, and
 * PostgreSQL refuses it), at least `min` characters (one letter finds everything and says
 * nothing), at most `max`.
 */
export const searchText = (max: number, min = 2) =>
  safeText()
    .min(min, min === 1 ? 'is required' : `must have at least ${min} characters`)
    .max(max, `is too long (at most ${max} characters)`);

export const vehicleSearchQuery = z.strictObject({
  q: searchText(60).refine((q) => {
    const v = vehicleQuery(q);
    return v.registration !== null || v.fragment !== null;
  }, `give a registration number, or at least ${MIN_FRAGMENT} letters and digits of a registration, engine or chassis number`),
});

export const phoneSearchQuery = z.strictObject({
  q: searchText(40).refine((q) => normalisePhone(q) !== null, 'is not a phone number (digits, with or without +91 or 0, spaces or dashes)'),
});

const hasWords = (s: string) => textTokens(s).length > 0;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isInstant = (s: string) => z.iso.datetime({ offset: true }).safeParse(s).success;
/** A day (IST) or an instant. */
const dateOrInstant = safeText().refine((s) => isDate(s) || isInstant(s), 'must be a date like 2026-07-01 or a date and time like 2026-07-01T14:30:00+05:30');

export const FIR_STATUSES = ['registered', 'awaiting_signature', 'transferred', 'charge_sheeted', 'closed'] as const;

const FIR_FILTERS = ['number', 'station', 'year', 'act', 'section', 'from', 'to', 'place', 'status', 'text'] as const;

export const firSearchQuery = z
  .strictObject({
    number: searchText(40, 1)
      .refine((n) => parseFirNumber(n) !== null, 'is not an FIR number like 12/2026 or MH-PUN-PS01/2026/0012')
      .optional(),
    station: searchText(40).toUpperCase().optional(),
    year: z.coerce.number().int().min(1900).max(2100).optional(),
    act: searchText(20).toUpperCase().optional(),
    // Sections may be one character: BNS 4.
    section: searchText(30, 1).toUpperCase().optional(),
    from: dateOrInstant.optional(),
    to: dateOrInstant.optional(),
    place: searchText(200).refine(hasWords, 'must contain at least one word to look for').optional(),
    status: z.enum(FIR_STATUSES).optional(),
    text: searchText(200).refine(hasWords, 'must contain at least one word to look for').optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => FIR_FILTERS.some((k) => q[k] !== undefined), { error: `give at least one thing to search by: ${FIR_FILTERS.join(', ')}` })
  .refine((q) => !q.from || !q.to || rangeStart(q.from) < rangeEnd(q.to), { error: 'must not be before "from"', path: ['to'] });
export type FirSearchQuery = z.output<typeof firSearchQuery>;

const IST_OFFSET = '+05:30';
/** The first instant of a range: a day starts at midnight IST. */
export function rangeStart(v: string): Date {
  return new Date(isDate(v) ? `${v}T00:00:00${IST_OFFSET}` : v);
}
/** The instant a range ends before: a day is included whole, up to the next midnight IST. */
export function rangeEnd(v: string): Date {
  return isDate(v) ? new Date(new Date(`${v}T00:00:00${IST_OFFSET}`).getTime() + 86_400_000) : new Date(v);
}

/**
 * Where an accused stands, as an officer looks for them: the statuses of the custody records
 * (accusedStatus, src/domain/accused-custody.ts) and arrested persons whose production before the
 * Magistrate is overdue (BNSS 58).
 */
export const ACCUSED_SEARCH_STATUSES = [...ACCUSED_STATUSES, 'production_overdue'] as const;
export type AccusedSearchStatus = (typeof ACCUSED_SEARCH_STATUSES)[number];

/** A unit to search in: the reader's own when not given. */
const unitCode = searchText(40).toUpperCase();

export const accusedSearchQuery = z
  .strictObject({
    status: z.enum(ACCUSED_SEARCH_STATUSES, { error: `must be one of ${ACCUSED_SEARCH_STATUSES.join(', ')}` }),
    unit: unitCode.optional(),
    crimeHead: searchText(120).optional(),
    act: searchText(20).toUpperCase().optional(),
    section: searchText(30, 1).toUpperCase().optional(),
    /** When the accused came to the status: a day (IST) or an instant. */
    from: dateOrInstant.optional(),
    to: dateOrInstant.optional(),
    limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(100),
  })
  .refine((q) => !q.from || !q.to || rangeStart(q.from) < rangeEnd(q.to), { error: 'must not be before "from"', path: ['to'] });
export type AccusedSearchQuery = z.output<typeof accusedSearchQuery>;

const PROPERTY_FILTERS = ['q', 'category', 'place', 'fir'] as const;

export const propertySearchQuery = z
  .strictObject({
    unit: unitCode.optional(),
    /** Words of the description, or a seal number. */
    q: searchText(100).refine(hasWords, 'must contain at least one word or number to look for').optional(),
    /** A code of itemCategories (reference/law/seizure-codes.json). */
    category: searchText(40).optional(),
    /** Where the item is now: a code of custodyPlaces (reference/law/investigation-codes.json). */
    place: searchText(40).optional(),
    fir: searchText(40, 1)
      .refine((n) => parseFirNumber(n) !== null, 'is not an FIR number like 12/2026 or MH-PUN-PS01/2026/0012')
      .optional(),
    limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(100),
  })
  .refine((q) => PROPERTY_FILTERS.some((k) => q[k] !== undefined), { error: `give at least one thing to search by: ${PROPERTY_FILTERS.join(', ')}` });
export type PropertySearchQuery = z.output<typeof propertySearchQuery>;
