import { z } from 'zod';
import { FOUND_PLACEMENTS, FOUND_STATUSES } from '../code-lists.js';
import { MAX_AGE } from '../person-names.js';
import { instant, MULTILINE, reason, requiredText, text, uuid } from './common.js';
import { personDescription } from './description.js';
import { personInput } from './person.js';

/**
 * What the found person says or is known of who they are, when anything: a name, an age, where
 * they live. Optional as a whole — a person who cannot say who they are is registered by how they
 * look (the description) alone.
 */
const foundIdentity = personInput
  .pick({ name: true, aliases: true, relativeName: true, relativeKind: true, birthDate: true, addresses: true, phones: true, idDocuments: true, nationality: true })
  .extend({ age: z.number().int('must be a whole number of years').min(0, 'cannot be negative').max(MAX_AGE, `must be ${MAX_AGE} or less`).optional() });

/** Where the person was placed: with the family, a shelter or home, a hospital, or before the Child Welfare Committee. */
export const foundPlacementInput = z.strictObject({
  kind: z.enum(FOUND_PLACEMENTS),
  /** The family member, the home, the hospital, the Committee (its district). */
  name: requiredText(200),
  at: instant,
  note: text(1000, MULTILINE).optional(),
});
export type FoundPlacementInput = z.output<typeof foundPlacementInput>;

/**
 * A person found alive whose identity or family is unknown (A5): a wandering or mentally ill
 * adult, an elderly person with dementia, a child found alone or rescued. How they look is the
 * description shared with missing persons and bodies (its place is where they were found), so
 * that they can be matched with the State's missing-person reports. Whether they are a child is
 * decided from the date found, never by the caller.
 */
export const foundPersonInput = z.strictObject({
  stationCode: requiredText(40),
  person: foundIdentity.partial({ name: true }).optional(),
  description: personDescription,
  foundAt: instant,
  /** When the police took charge (brought to the station, or found by the police): a child's 24 hours to the CWC run from it. The registration time if not given. */
  receivedAt: instant.optional(),
  /** Who found the person or brought them in (a name, an organisation, Childline, a passer-by). */
  foundBy: requiredText(500),
  /** Physical and mental condition when found. */
  condition: text(2000, MULTILINE).optional(),
  circumstances: text(4000, MULTILINE).optional(),
  placement: foundPlacementInput.optional(),
});
export type FoundPersonInput = z.output<typeof foundPersonInput>;

/**
 * How the entry ends: the person identified (named; their missing-person report traced) or
 * restored to the family (the report returned), with the date, through the missing-person report
 * when there is one, or with the identity learned when there is none.
 */
export const foundOutcomeInput = z.strictObject({
  outcome: z.enum(FOUND_STATUSES.filter((s) => s !== 'found') as ['identified', 'restored']),
  at: instant,
  missingPersonId: uuid.optional(),
  /** Who the person turned out to be, when there is no missing-person report and they were not named when found. */
  person: personInput.optional(),
  /** To whom restored (a relative, with relation). */
  restoredTo: text(300).optional(),
  /** How: by whom, on what (recognised by a relative, documents, the person's own word). */
  note: reason,
});
export type FoundOutcomeInput = z.output<typeof foundOutcomeInput>;

export const foundListQuery = z.strictObject({
  station: text(40).optional(),
  status: z.enum(FOUND_STATUSES).optional(),
  child: z.enum(['true', 'false']).optional(),
  /** Found on or after / before (IST dates or instants). */
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type FoundListQuery = z.output<typeof foundListQuery>;
