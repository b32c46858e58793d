import { z } from 'zod';
import { MULTILINE, safeText } from '../domain/schemas/common.js';
import { GENDERS } from '../domain/schemas/person.js';
import { searchText } from './schemas.js';

/** GET /api/v1/search/persons: a name in any script, with what else is known. */
export const personSearchQuery = z.strictObject({
  q: searchText(200).refine((q) => /\p{L}/u.test(q), 'must contain letters of a name'),
  father: searchText(200).optional(),
  age: z.coerce.number({ error: 'must be a number of years' }).int('must be a whole number of years').min(0).max(120).optional(),
  district: searchText(100).optional(),
  gender: z.enum(GENDERS).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100).default(20),
});
export type PersonSearchQuery = z.output<typeof personSearchQuery>;

/** Marking two person records as the same person (never merging them). */
export const samePersonInput = z.strictObject({
  personId: z.uuid({ error: 'is not a valid person id' }),
  reason: safeText(MULTILINE).min(5, 'say why (at least 5 characters)').max(1000),
});

export const withdrawInput = z.strictObject({
  reason: safeText(MULTILINE).min(5, 'say why (at least 5 characters)').max(1000),
});
