// Match candidates of a missing-person report or an unidentified body, and an officer's decision
// on a pair (src/api/routes/matching.ts).
import type { z } from 'zod';
import type { matchCandidatesSchema, matchDecisionSchema } from '../../src/api/schemas/matching.ts';
import { request } from './api.ts';

export type MatchCandidates = z.output<typeof matchCandidatesSchema>;
export type MatchCandidate = MatchCandidates['candidates'][number];
export type MatchRecord = MatchCandidates['subject'];
export type MatchDecision = z.output<typeof matchDecisionSchema>;
/** Which register the record is in. */
export type MatchRecordKind = 'missing_person' | 'unidentified_body';

const enc = encodeURIComponent;

export const matching = {
  candidates: (kind: MatchRecordKind, id: string, limit = 10) =>
    request<MatchCandidates>('GET', `/api/v1/${kind === 'missing_person' ? 'missing-persons' : 'unnatural-deaths'}/${enc(id)}/match-candidates?limit=${limit}`),
  decide: (decision: 'confirm' | 'reject', pair: { missingPersonId: string; unnaturalDeathId: string }, reason: string) =>
    request<MatchDecision>('POST', `/api/v1/matches/${decision}`, { ...pair, reason }),
  photoUrl: (sha256: string) => `/api/v1/attachments/${enc(sha256)}`,
  /** A candidate's photo, for a reader of the record: served whatever station of the State the candidate is of. */
  candidatePhotoUrl: (kind: MatchRecordKind, id: string, candidateId: string) =>
    `/api/v1/${kind === 'missing_person' ? 'missing-persons' : 'unnatural-deaths'}/${enc(id)}/match-candidates/${enc(candidateId)}/photo`,
};
