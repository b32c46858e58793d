import { foundMatchDecisionInput, matchCandidateParams, matchCandidatesQuery, matchDecisionInput } from '../../domain/schemas/match.js';
import { PHOTO_TYPES } from '../../records/attachments.js';
import type { MatchKind } from '../../records/matching.js';
import { route } from '../route.js';
import { foundMatchDecisionSchema, matchCandidatesSchema, matchDecisionSchema } from '../schemas/matching.js';
import { idParam } from '../schemas/records.js';

const TARGET: Record<MatchKind, string> = { missing: 'missing_person', body: 'unnatural_death', found: 'found_person' };

const candidatesRoute = <P extends string>(kind: MatchKind, path: P, what: string) =>
  route({
    method: 'GET',
    path,
    summary: `The match candidates of ${what} across the State, best first, each with its score and the reason for each factor (audited; a protected person withheld from the reader is masked)`,
    tag: 'matching',
    access: 'user',
    action: 'record.read',
    audit: 'match.candidates',
    params: idParam,
    query: matchCandidatesQuery,
    response: { status: 200, schema: matchCandidatesSchema, description: 'Candidates' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client, audited }) => {
      const out = await node.matching.candidates(actor, kind, params.id, query.limit, client);
      audited({ targetType: TARGET[kind], targetId: params.id, targetUnit: out.subject.stationCode, detail: { ids: out.candidates.map((c) => c.id) } });
      return out;
    },
  });

const photoRoute = <P extends string>(kind: MatchKind, path: P, what: string) =>
  route({
    method: 'GET',
    path,
    summary: `The photo of a candidate of ${what}, from whatever station of the State, for a reader of the record: only a pair its list offers or an officer confirmed, and only a photo that may circulate (as with an alert) — audited`,
    tag: 'matching',
    access: 'user',
    action: 'record.read',
    params: matchCandidateParams,
    response: { status: 200, media: PHOTO_TYPES, description: 'The photo' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, reply }) => {
      const file = await node.matching.candidatePhoto(actor, kind, params.id, params.candidateId, client);
      return reply.type(file.mime).header('cache-control', 'private, no-store').send(file.body);
    },
  });

const foundDecisionRoute = <P extends string>(outcome: 'confirmed' | 'rejected', path: P, summary: string) =>
  route({
    method: 'POST',
    path,
    summary,
    tag: 'matching',
    access: 'user',
    action: 'record.amend',
    body: foundMatchDecisionInput,
    response: { status: 200, schema: foundMatchDecisionSchema, description: 'Recorded' },
    errors: [403, 409],
    handler: async ({ node, actor, body, client }) => node.matching.decideFound(actor, outcome, body, client),
  });

const decisionRoute = <P extends string>(outcome: 'confirmed' | 'rejected', path: P, summary: string) =>
  route({
    method: 'POST',
    path,
    summary,
    tag: 'matching',
    access: 'user',
    action: 'record.amend',
    body: matchDecisionInput,
    response: { status: 200, schema: matchDecisionSchema, description: 'Recorded' },
    errors: [403, 409],
    handler: async ({ node, actor, body, client }) => node.matching.decide(actor, outcome, body, client),
  });

export const matchingRoutes = [
  candidatesRoute('missing', '/api/v1/missing-persons/:id/match-candidates', 'a missing-person report (unidentified bodies and found persons, ranked together)'),
  candidatesRoute('body', '/api/v1/unnatural-deaths/:id/match-candidates', 'an unidentified body (missing-person reports)'),
  photoRoute('missing', '/api/v1/missing-persons/:id/match-candidates/:candidateId/photo', 'a missing-person report (an unidentified body)'),
  photoRoute('body', '/api/v1/unnatural-deaths/:id/match-candidates/:candidateId/photo', 'an unidentified body (a missing-person report)'),
  candidatesRoute('found', '/api/v1/found-persons/:id/match-candidates', 'a found person (missing-person reports)'),
  decisionRoute(
    'confirmed',
    '/api/v1/matches/confirm',
    "Confirm that a missing-person report and an unidentified body are the same person (an officer of either station): the link is recorded, nothing merged; the body's identification is offered as the next step",
  ),
  decisionRoute('rejected', '/api/v1/matches/reject', 'Reject a candidate pair with the reason (an officer of either station): it is not offered again'),
  foundDecisionRoute(
    'confirmed',
    '/api/v1/matches/found-persons/confirm',
    "Confirm that a missing-person report and a found person are the same person (an officer of either station): the link is recorded, nothing merged; the found person's outcome (identified or restored, which traces or returns the report) is offered as the next step",
  ),
  foundDecisionRoute('rejected', '/api/v1/matches/found-persons/reject', 'Reject a report and a found person as a pair, with the reason (an officer of either station): it is not offered again'),
];
