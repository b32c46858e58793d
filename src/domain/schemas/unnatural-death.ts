import { z } from 'zod';
import { UD_STATUSES } from '../code-lists.js';
import { instant, MULTILINE, reason, requiredText, text, uuid } from './common.js';
import { personDescription } from './description.js';
import { personOnRecord } from './person.js';

const photo = z.string().regex(/^[0-9a-f]{64}$/, 'is not an uploaded photo');

/**
 * An unnatural death or an unidentified dead body registered at a station (A5, BNSS 194). How the
 * body looks is the description shared with missing persons (its place is where it was found), so
 * that the two can be matched field by field.
 */
export const unnaturalDeathInput = z.strictObject({
  stationCode: requiredText(40),
  description: personDescription,
  foundAt: instant,
  /** When the station was told of the death: the inquest clock runs from it. The registration time if not given. */
  informedAt: instant.optional(),
  /** Who told the station: linked like an informant (new or existing person). */
  informant: personOnRecord,
  /** Further photos of the body and of its belongings (uploaded attachments); the description's photo is the face. */
  photos: z.array(photo).max(20).default([]),
  belongings: text(2000, MULTILINE).optional(),
  apparentCause: text(1000, MULTILINE).optional(),
  circumstances: text(4000, MULTILINE).optional(),
});
export type UnnaturalDeathInput = z.output<typeof unnaturalDeathInput>;

/** The inquest (BNSS 194(1)) and its report forwarded to the Magistrate (194(2)): this stops the 24-hour clock. */
export const inquestInput = z.strictObject({
  /** The officer who held it, with rank. */
  heldBy: requiredText(200),
  heldAt: instant,
  /** The respectable inhabitants of the neighbourhood in whose presence it was held. */
  witnesses: z.array(requiredText(200)).max(10),
  findings: requiredText(4000, MULTILINE),
  apparentCause: text(1000, MULTILINE).optional(),
  forwardedTo: z.strictObject({ designation: requiredText(40), name: text(200).optional() }),
  forwardedAt: instant,
});
export type InquestInput = z.output<typeof inquestInput>;

/** The post-mortem's reference, and its cause of death once the report is received. */
export const postMortemInput = z.strictObject({
  hospital: requiredText(200),
  number: requiredText(60),
  conductedAt: instant,
  reportReceivedAt: instant.optional(),
  causeOfDeath: text(1000, MULTILINE).optional(),
});
export type PostMortemInput = z.output<typeof postMortemInput>;

/** The body identified: as the person of a missing-person report (which becomes found dead), or as a named person. */
export const identifyInput = z.strictObject({
  missingPersonId: uuid.optional(),
  person: personOnRecord.optional(),
  at: instant,
  /** How: by whom, on what (face, clothes, marks, documents). */
  note: reason,
});
export type IdentifyInput = z.output<typeof identifyInput>;

export const udListQuery = z.strictObject({
  station: text(40).optional(),
  status: z.enum(UD_STATUSES).optional(),
  /** Found on or after / before (IST dates or instants). */
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type UdListQuery = z.output<typeof udListQuery>;
