import { z } from 'zod';
import { reason, uuid } from './common.js';

/** The most candidates a record's list shows: a candidate's photo is served for a pair among these. */
export const MATCH_CANDIDATES_MAX = 50;

/** How many candidates a record's list shows, best first. */
export const matchCandidatesQuery = z.strictObject({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(MATCH_CANDIDATES_MAX, `must be ${MATCH_CANDIDATES_MAX} or less`).default(10),
});
export type MatchCandidatesQuery = z.output<typeof matchCandidatesQuery>;

/** An officer's decision on a pair: the report, the body, and why. */
export const matchDecisionInput = z.strictObject({
  missingPersonId: uuid,
  unnaturalDeathId: uuid,
  reason,
});
export type MatchDecisionInput = z.output<typeof matchDecisionInput>;

/** A candidate of a record, for its photo. */
export const matchCandidateParams = z.strictObject({ id: uuid, candidateId: uuid });
/** An officer's decision on a report and a found person: the report, the found person, and why. */
export const foundMatchDecisionInput = z.strictObject({
  missingPersonId: uuid,
  foundPersonId: uuid,
  reason,
});
export type FoundMatchDecisionInput = z.output<typeof foundMatchDecisionInput>;
