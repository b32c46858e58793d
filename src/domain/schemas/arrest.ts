import { z } from 'zod';
import { instant, MULTILINE, requiredText, safeText, text, uuid } from './common.js';

const code = requiredText(60);
const phone = safeText().regex(/^\+?[0-9 ()-]{6,20}$/, 'is not a phone number');

/**
 * An arrest or court-surrender memo (IIF-3) of one accused on the FIR. The codes (outcome,
 * relationship, handcuff category, rank) are checked against reference/law/investigation-codes.json
 * by the rules, which name the field of a wrong one.
 */
export const arrestInput = z.strictObject({
  /** A person on the FIR as accused (one added later is added by amending the FIR first). */
  personId: uuid,
  outcome: code,
  /** When the person was arrested, or surrendered in court. */
  at: instant,
  place: requiredText(300),
  /** The court surrendered in (a surrender). */
  court: text(300).optional(),
  /** The grounds of arrest told to the person (BNSS 47(1)). */
  grounds: text(4000, MULTILINE).optional(),
  /** Who was told of the arrest, and when (BNSS 36(c), 48(1)). */
  personInformed: z.strictObject({ name: requiredText(200), relationship: code, phone: phone.optional(), informedAt: instant }).optional(),
  /** The witness attesting the memo (BNSS 36(b)). */
  attestingWitness: text(300).optional(),
  /** Handcuffs, only for the categories of BNSS 43(3), with the reason. */
  handcuff: z.strictObject({ category: code, reason: requiredText(1000, MULTILINE) }).optional(),
  /** The Judicial Magistrate's prior permission to arrest a woman between sunset and sunrise (BNSS 43(5)). */
  magistratePermission: z.strictObject({ magistrate: requiredText(200), reference: requiredText(200), grantedAt: instant }).optional(),
  /** The permission of an officer of the listed rank to arrest an infirm person or one above 60 (BNSS 35(7)). */
  seniorPermission: z.strictObject({ officer: requiredText(200), rank: code, grantedAt: instant }).optional(),
  infirm: z.boolean().default(false),
  /** The end of the police custody the court gave on a surrender to police custody. */
  custodyUntil: instant.optional(),
  /** The court's order on a surrender. */
  orderReference: text(200).optional(),
});
export type ArrestInput = z.output<typeof arrestInput>;

/** The arrested person produced before a Magistrate (BNSS 58). */
export const productionInput = z.strictObject({ at: instant, court: requiredText(300), magistrate: requiredText(200) });
export type ProductionInput = z.output<typeof productionInput>;

/** A period of custody or bail the court ordered (BNSS 187, 480): the remand and custody ledger. */
export const custodyOrderInput = z.strictObject({
  kind: z.enum(['police', 'judicial', 'bail'], { error: 'must be police, judicial or bail' }),
  from: instant,
  /** Police custody is always for a term; judicial custody and bail last until a later order. */
  until: instant.optional(),
  court: requiredText(300),
  orderReference: requiredText(200),
});
export type CustodyOrderInput = z.output<typeof custodyOrderInput>;

/** An accused the IO could not find, declared absconding since a date, with the efforts made to trace them. */
export const abscondingInput = z.strictObject({ personId: uuid, since: instant, note: requiredText(4000, MULTILINE) });
export type AbscondingInput = z.output<typeof abscondingInput>;

export const arrestParams = z.strictObject({ firId: uuid, arrestId: uuid });

/** The list of arrested persons of a police station or a district (BNSS 37). */
export const arrestedListQuery = z.strictObject({
  unit: requiredText(40),
  from: z.iso.date({ error: 'must be a date like 2026-03-01' }).optional(),
  to: z.iso.date({ error: 'must be a date like 2026-03-01' }).optional(),
});

export const memoQuery = z.strictObject({ lang: z.enum(['en', 'hi'], { error: 'must be en or hi' }).default('en') });
