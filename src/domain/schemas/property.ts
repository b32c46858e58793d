import { z } from 'zod';
import { COURT_STEPS } from '../seizure-rules.js';
import { instant, MULTILINE, requiredText, text, uuid } from './common.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash: 64 lower-case hexadecimal characters');

/**
 * Who hands an item over or receives it: a user of the system (by id), or a person outside it,
 * named with their designation (the FSL's receiving clerk, the court's property clerk, the owner).
 */
export const custodyPartyInput = z.union([z.strictObject({ userId: uuid }), z.strictObject({ name: requiredText(200), designation: text(200).optional() })]);
export type CustodyPartyInput = z.output<typeof custodyPartyInput>;

/** A witness of the search: a person on the FIR (by id), or someone named with an address. */
export const seizureWitnessInput = z.union([z.strictObject({ personId: uuid }), z.strictObject({ name: requiredText(200), address: text(500).optional() })]);

const deviceInput = z.strictObject({
  make: text(100).optional(),
  model: text(100).optional(),
  serialNo: text(100).optional(),
  imei: text(20).optional(),
  /** SHA-256 of the data extracted from the device (its image), for a BSA 63 certificate. */
  sha256: sha256.optional(),
});

export const seizedItemInput = z.strictObject({
  description: requiredText(2000, MULTILINE),
  /** A code of itemCategories in reference/law/seizure-codes.json. */
  category: requiredText(40),
  /** e.g. '1', '250 g', '2 litres'. */
  quantity: requiredText(50),
  sealNo: text(100).optional(),
  placeFound: text(300).optional(),
  /** Estimated value in whole rupees. */
  value: z.number().int('must be whole rupees').nonnegative('cannot be negative').max(1e12, 'is too large').optional(),
  device: deviceInput.optional(),
  /**
   * The FIR's property this item is (its index in the FIR's properties, 0 the first): stolen
   * property recovered, which the stolen vehicle and phone registers then show as recovered.
   */
  recoversProperty: z.number().int('must be a whole number').nonnegative('cannot be negative').max(99, 'is not a property of this FIR').optional(),
});

/**
 * The search-and-seizure audio-video recording (BNSS 105), kept by its hash and size: a video may
 * be too large to send now, and its bytes, when they come, must match.
 */
export const seizureVideoInput = z.strictObject({
  sha256,
  size: z.number().int('must be a whole number of bytes').positive('must be more than 0 bytes').max(1e13, 'is too large'),
  description: text(300).optional(),
  forwardedToMagistrateAt: instant.optional(),
  magistrate: text(200).optional(),
});

/**
 * A Property Search and Seizure memo (IIF-4): the search, what was seized, the witnesses and the
 * recording; the items are deposited in the station's property room with the officer named.
 */
export const seizureInput = z.strictObject({
  seizedAt: instant,
  place: requiredText(300),
  /** The person or premises searched. */
  searchOf: text(300).optional(),
  /** From whom the property was seized, as the memo names them. */
  seizedFrom: text(200).optional(),
  items: z.array(seizedItemInput).min(1, 'lists no item: a seizure memo seizes at least one').max(200, 'lists too many items (at most 200)'),
  witnesses: z.array(seizureWitnessInput).max(20, 'lists too many witnesses (at most 20)'),
  video: seizureVideoInput.nullable().optional(),
  remarks: text(5000, MULTILINE).optional(),
  /** When the items were deposited in the property room; the seizure's time if not given. */
  depositedAt: instant.optional(),
  /** The keeper of the property room who received the items (the seizing officer hands them over). */
  depositedWith: custodyPartyInput,
});
export type SeizureInput = z.output<typeof seizureInput>;

/** A movement of an item in the chain of custody. */
export const propertyMoveInput = z.strictObject({
  /** A code of custodyMoves in reference/law/investigation-codes.json (sent_to_fsl, sent_to_court, …). */
  kind: requiredText(40),
  at: instant,
  /** Who hands the item over; the officer recording the move if not given. */
  handedBy: custodyPartyInput.optional(),
  receivedBy: custodyPartyInput,
  /** The laboratory, court or owner it goes to. */
  destination: text(300).optional(),
  /** The forwarding letter, dispatch or receipt number (e.g. the FSL letter no.). */
  reference: text(200).optional(),
  /** The court order (number and date) under which the item leaves custody. */
  orderRef: text(200).optional(),
  note: text(2000, MULTILINE).optional(),
});
export type PropertyMoveInput = z.output<typeof propertyMoveInput>;

/** A step of the court on produced property: the statement of property (BNSS 497(2)) or its order on the disposal (497(5)). */
export const propertyCourtStepInput = z.strictObject({
  step: z.enum(COURT_STEPS, { error: `must be one of ${COURT_STEPS.join(', ')}` }),
  at: instant,
  orderRef: text(200).optional(),
});
export type PropertyCourtStepInput = z.output<typeof propertyCourtStepInput>;

export const propertyItemParams = z.strictObject({ firId: uuid, itemId: uuid });
export const seizureParams = z.strictObject({ firId: uuid, seizureId: uuid });
export const registerItemParams = z.strictObject({ code: text(40), itemId: uuid });
export const documentQuery = z.strictObject({ lang: z.enum(['en', 'hi']).default('en') });
/** Which electronic record a BSA 63 certificate is for: the seizure's recording, or a seized device (by item id). */
export const certificateQuery = documentQuery.extend({ record: z.union([z.literal('video'), uuid]).default('video') });
export const registerQuery = z.strictObject({
  /** A code of custodyPlaces in reference/law/investigation-codes.json. */
  place: text(40).optional(),
  year: z.coerce.number().int('must be a year').min(1900, 'must be a year').max(2200, 'must be a year').optional(),
});
