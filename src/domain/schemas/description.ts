import { z } from 'zod';
import { BUILDS, COMPLEXIONS, GENDERS } from '../code-lists.js';
import { MAX_AGE } from '../person-names.js';
import { MULTILINE, requiredText, text } from './common.js';

const years = z.number().int('must be a whole number of years').min(0, 'cannot be negative').max(MAX_AGE, `must be ${MAX_AGE} or less`);

/**
 * Where a person was last seen (a missing person) or found (an unidentified body or found person),
 * with coordinates when known: matching measures distances from them.
 */
export const seenPlace = z.strictObject({
  address: requiredText(500),
  latitude: z.number().min(6, 'is outside India').max(38, 'is outside India').optional(),
  longitude: z.number().min(68, 'is outside India').max(98, 'is outside India').optional(),
});

/**
 * How a person looks, as a missing-person report and an unidentified-body report both describe
 * them — one schema, so that the two can be matched field by field (sex, age range, height,
 * build, complexion, marks, clothes, place, photo).
 */
export const personDescription = z.strictObject({
  sex: z.enum(GENDERS),
  /** Estimated age, when not known exactly (a body, a found person, an informant's guess). */
  ageRange: z
    .strictObject({ from: years, to: years })
    .refine((r) => r.from <= r.to, { message: 'must not be below the lower age', path: ['to'] })
    .optional(),
  heightCm: z.number().int('must be a whole number of centimetres').min(30, 'must be at least 30 cm').max(250, 'must be at most 250 cm').optional(),
  build: z.enum(BUILDS).optional(),
  complexion: z.enum(COMPLEXIONS).optional(),
  /** Identifying marks: moles, scars, tattoos, birthmarks, missing teeth. */
  marks: text(1000, MULTILINE).optional(),
  clothes: text(1000, MULTILINE).optional(),
  photoSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'is not an uploaded photo')
    .optional(),
  place: seenPlace,
});
export type PersonDescription = z.output<typeof personDescription>;
