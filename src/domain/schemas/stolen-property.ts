import { z } from 'zod';
import { imeiDigits, isImei } from '../imei.js';
import { normaliseRegistration, compactIdentifier } from '../vehicle-numbers.js';
import { safeText, text } from './common.js';

/**
 * An IMEI written any way a handset, its box or its bill shows it (spaces, dashes, Indian-script
 * digits), kept as its 15 ASCII digits; refused unless the last is the Luhn check digit.
 */
export const imei = safeText()
  .max(40, 'is too long for an IMEI')
  .transform(imeiDigits)
  .refine(isImei, 'is not an IMEI: 15 digits, the last the check digit of the first 14 (the handset shows it on *#06#)');

/** A mobile phone among an FIR's property (stolen, lost, recovered): checkable by its IMEI. */
export const mobilePhone = z.strictObject({
  imei,
  /** The second slot's IMEI of a dual-SIM handset. */
  imei2: imei.optional(),
  make: text(60).optional(),
  model: text(60).optional(),
  colour: text(40).optional(),
});
export type MobilePhone = z.output<typeof mobilePhone>;

const number = (max: number) => safeText().min(1, 'is required').max(max, `is longer than ${max} characters`);

/**
 * What the stolen-property check is asked: exactly one number of a vehicle or a handset, written
 * any way (spaces, dashes, case, Indian-script digits).
 */
export const stolenCheckQuery = z
  .strictObject({
    registration: number(20)
      .refine((v) => normaliseRegistration(v) !== null, 'must have letters or digits')
      .optional(),
    engine: number(40)
      .refine((v) => compactIdentifier(v).length >= 4, 'must have at least 4 letters or digits')
      .optional(),
    chassis: number(40)
      .refine((v) => compactIdentifier(v).length >= 4, 'must have at least 4 letters or digits')
      .optional(),
    imei: imei.optional(),
  })
  .refine((q) => [q.registration, q.engine, q.chassis, q.imei].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of registration, engine, chassis or imei',
    path: ['registration'],
  });
export type StolenCheckQuery = z.output<typeof stolenCheckQuery>;
