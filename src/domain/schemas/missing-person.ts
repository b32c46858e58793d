import { z } from 'zod';
import { MISSING_STATUSES } from '../code-lists.js';
import { MAX_AGE } from '../person-names.js';
import { instant, MULTILINE, reason, requiredText, safeText, text } from './common.js';
import { personDescription } from './description.js';
import { personInput, personOnRecord } from './person.js';

/**
 * The missing person's identity. How they look is the description (shared with unidentified
 * bodies); the age is the age when last seen, or the birth date — one of the two is required,
 * since a child's report is an FIR.
 */
const missingIdentity = personInput
  .pick({ name: true, aliases: true, relativeName: true, relativeKind: true, birthDate: true, addresses: true, phones: true, idDocuments: true, occupation: true, nationality: true })
  .extend({ age: z.number().int('must be a whole number of years').min(0, 'cannot be negative').max(MAX_AGE, `must be ${MAX_AGE} or less`).optional() });

const contact = z.strictObject({
  name: requiredText(200),
  relation: text(60).optional(),
  phone: safeText().regex(/^\+?[0-9 ()-]{6,20}$/, 'is not a phone number'),
});

/**
 * A missing person reported at a station (A5). There is deliberately no way to say "a plain
 * report" for a child: whether it is an FIR is decided from the age, never by the caller.
 */
export const missingPersonInput = z.strictObject({
  stationCode: requiredText(40),
  person: missingIdentity,
  description: personDescription,
  lastSeenAt: instant,
  /** The relative or other person reporting: linked like a complainant (new or existing). */
  informant: personOnRecord,
  informantRelation: text(60).optional(),
  /** Relatives and others to call when the person is traced. */
  contacts: z.array(contact).max(10).default([]),
  circumstances: text(4000, MULTILINE).optional(),
});
export type MissingPersonInput = z.output<typeof missingPersonInput>;

export const missingStatusChange = z.strictObject({
  status: z.enum(MISSING_STATUSES.filter((s) => s !== 'missing') as ['traced', 'returned', 'found_dead']),
  at: instant,
  /** Where and how: traced at, returned to, found dead at. */
  note: reason,
});
export type MissingStatusChange = z.output<typeof missingStatusChange>;

export const missingListQuery = z.strictObject({
  station: text(40).optional(),
  status: z.enum(MISSING_STATUSES).optional(),
  child: z.enum(['true', 'false']).optional(),
  /** Reported on or after / before (IST dates or instants). */
  from: instant.optional(),
  to: instant.optional(),
  name: text(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type MissingListQuery = z.output<typeof missingListQuery>;
