import { z } from 'zod';
import { DISPOSAL_GROUNDS } from '../lost-property.js';
import { instant, MULTILINE, requiredText, text, uuid } from './common.js';
import { firInput, vehicle } from './fir.js';
import { personOnRecord } from './person.js';
import { mobilePhone } from './stolen-property.js';

const calendarDate = z.iso.date({ error: 'must be a date like 2026-03-01' });

/**
 * An article lost or found: its kind (a code of reference/law/lost-property.json's articleKinds)
 * and what identifies it — a phone its IMEI (checkable through the stolen-property check), a
 * document its number and issuer, a vehicle its numbers.
 */
export const article = z.strictObject({
  kind: requiredText(40),
  description: requiredText(500, MULTILINE),
  mobilePhone: mobilePhone.optional(),
  document: z.strictObject({ type: requiredText(100), number: requiredText(60), issuer: text(200).optional() }).optional(),
  vehicle: vehicle.optional(),
  /** In rupees. */
  value: z.number().int('must be whole rupees').nonnegative('cannot be negative').max(1e12).optional(),
});
export type Article = z.output<typeof article>;

/** A citizen's lost article report: the acknowledgement shown for a duplicate SIM, passport or certificate. */
export const lostReportInput = z.strictObject({
  stationCode: requiredText(40),
  informant: personOnRecord,
  /** When the citizen reported it; now if not given (a report entered from a written application may be earlier). */
  reportedAt: instant.optional(),
  lostAt: instant,
  lostPlace: requiredText(500, MULTILINE),
  articles: z.array(article).min(1, 'name at least one article').max(20),
  circumstances: text(2000, MULTILINE).optional(),
});
export type LostReportInput = z.output<typeof lostReportInput>;

/** The loss turned out to be a theft: the FIR, whose complainant is the informant unless another is named. */
export const lostReportConversion = z.strictObject({
  fir: firInput.extend({ complainant: personOnRecord.optional() }),
});
export type LostReportConversion = z.output<typeof lostReportConversion>;

export const lostListQuery = z.strictObject({
  station: text(40).optional(),
  status: z.enum(['lost', 'found', 'converted']).optional(),
  /** Reported on or after / on or before (IST dates). */
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type LostListQuery = z.output<typeof lostListQuery>;

/** Property found, or handed in, and deposited in the station's property room (not tied to an FIR). */
export const foundPropertyInput = z.strictObject({
  stationCode: requiredText(40),
  article,
  foundAt: instant,
  foundPlace: requiredText(500, MULTILINE),
  /** When it reached the station; now if not given. */
  receivedAt: instant.optional(),
  /** The citizen who handed it in; absent when the police found it (a patrol, an abandoned vehicle). */
  handedInBy: personOnRecord.optional(),
  /** Subject to speedy and natural decay (BNSS 505: the Magistrate may order it sold at any time). */
  perishable: z.boolean().default(false),
  /** The officer who deposits it in the property room and the officer in charge of the room who receives it. */
  depositedBy: requiredText(200),
  receivedBy: requiredText(200),
  remarks: text(2000, MULTILINE).optional(),
});
export type FoundPropertyInput = z.output<typeof foundPropertyInput>;

const order = z.strictObject({ date: calendarDate, courtCode: requiredText(40), reference: requiredText(200) });

/** The seizure reported to the Magistrate (BNSS 106(3), Police Act 1861 s. 25) and, when the owner is unknown, the Magistrate's proclamation (BNSS 503(2)). */
export const foundReportInput = z.strictObject({
  courtCode: requiredText(40),
  reportedOn: calendarDate,
  reference: requiredText(200),
  proclamation: z.strictObject({ date: calendarDate, reference: requiredText(200) }).optional(),
});
export type FoundReportInput = z.output<typeof foundReportInput>;

/** Returned to the owner on the Magistrate's order (BNSS 503(2)), against proof of identity and of ownership, with a receipt. */
export const foundClaimInput = z.strictObject({
  claimant: personOnRecord,
  at: instant,
  identity: z.strictObject({ document: requiredText(100), number: requiredText(60) }),
  proof: requiredText(1000, MULTILINE),
  order,
  handedBy: requiredText(200),
  /** The claimant's own lost article report, when there is one. */
  lostReportId: uuid.optional(),
});
export type FoundClaimInput = z.output<typeof foundClaimInput>;

/** Disposed of on the Magistrate's order: unclaimed after the period (BNSS 504) or sold at any time (BNSS 505). */
export const foundDisposalInput = z.strictObject({
  at: instant,
  ground: z.enum(DISPOSAL_GROUNDS),
  order,
  /** How: sold by auction, destroyed, made over to the State Government. */
  manner: requiredText(200),
  handedBy: requiredText(200),
  receivedBy: requiredText(200),
});
export type FoundDisposalInput = z.output<typeof foundDisposalInput>;

export const foundListQuery = z.strictObject({
  station: text(40).optional(),
  status: z.enum(['unclaimed', 'returned', 'disposed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type FoundListQuery = z.output<typeof foundListQuery>;
