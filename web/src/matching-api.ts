// Match candidates of a missing-person report, an unidentified body or a found person, and an officer's decision
// on a pair (src/api/routes/matching.ts).
import type { z } from 'zod';
import type { foundMatchDecisionSchema, matchCandidatesSchema, matchDecisionSchema } from '../../src/api/schemas/matching.ts';
import { request } from './api.ts';

export type MatchCandidates = z.output<typeof matchCandidatesSchema>;
export type MatchCandidate = MatchCandidates['candidates'][number];
export type MatchRecord = MatchCandidates['subject'];
export type MatchDecision = z.output<typeof matchDecisionSchema>;
export type FoundMatchDecision = z.output<typeof foundMatchDecisionSchema>;
/** Which register the record is in. */
export type MatchRecordKind = MatchRecord['kind'];

const PATH: Record<MatchRecordKind, string> = { missing_person: 'missing-persons', unidentified_body: 'unnatural-deaths', found_person: 'found-persons' };

const enc = encodeURIComponent;

export const matching = {
  candidates: (kind: MatchRecordKind, id: string, limit = 10) => request<MatchCandidates>('GET', `/api/v1/${PATH[kind]}/${enc(id)}/match-candidates?limit=${limit}`),
  decide: (decision: 'confirm' | 'reject', pair: { missingPersonId: string; unnaturalDeathId: string }, reason: string) =>
    request<MatchDecision>('POST', `/api/v1/matches/${decision}`, { ...pair, reason }),
  decideFound: (decision: 'confirm' | 'reject', pair: { missingPersonId: string; foundPersonId: string }, reason: string) =>
    request<FoundMatchDecision>('POST', `/api/v1/matches/found-persons/${decision}`, { ...pair, reason }),
  photoUrl: (sha256: string) => `/api/v1/attachments/${enc(sha256)}`,
  /** A candidate's photo, for a reader of the record: served whatever station of the State the candidate is of. */
  candidatePhotoUrl: (kind: MatchRecordKind, id: string, candidateId: string) =>
    `/api/v1/${kind === 'missing_person' ? 'missing-persons' : 'unnatural-deaths'}/${enc(id)}/match-candidates/${enc(candidateId)}/photo`,
};
