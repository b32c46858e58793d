import { z } from 'zod';
import { reason, uuid } from './common.js';

/** How many candidates a record's list shows, best first. */
export const matchCandidatesQuery = z.strictObject({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be 50 or less').default(10),
});
export type MatchCandidatesQuery = z.output<typeof matchCandidatesQuery>;

/** An officer's decision on a pair: the report, the body, and why. */
export const matchDecisionInput = z.strictObject({
  missingPersonId: uuid,
  unnaturalDeathId: uuid,
  reason,
});
export type MatchDecisionInput = z.output<typeof matchDecisionInput>;

/** An officer's decision on a report and a found person: the report, the found person, and why. */
export const foundMatchDecisionInput = z.strictObject({
  missingPersonId: uuid,
  foundPersonId: uuid,
  reason,
});
export type FoundMatchDecisionInput = z.output<typeof foundMatchDecisionInput>;
