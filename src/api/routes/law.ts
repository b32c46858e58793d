import { notFound } from '../../errors.js';
import { route } from '../route.js';
import { lawActListSchema, lawCorrectionBody, lawCorrectionResult, lawSearchAnswer, lawSearchQuery, lawSectionParams, lawSectionWithHistory } from '../schemas/law.js';

export const lawRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/law/sections',
    summary: 'Search the law catalogue: a section number (303, 379, IPC 420), words (theft), Hindi (चोरी) or an act (NDPS)',
    tag: 'law',
    access: 'user',
    // Every police user chooses sections; the catalogue holds no personal data.
    action: 'self.read',
    query: lawSearchQuery,
    response: { status: 200, schema: lawSearchAnswer, description: 'Matches, best first' },
    handler: async ({ node, query }) => {
      const hits = await node.law.search(query.q, { occurredAt: query.occurredAt, limit: query.limit });
      return {
        results: hits.map((h) => ({
          kind: h.kind,
          matchedBy: h.matchedBy,
          ...(h.via ? { via: h.via } : {}),
          ...(h.keyword ? { keyword: h.keyword } : {}),
          applicable: h.applicable,
          section: h.section,
        })),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/law/sections/:act/:section',
    summary: 'One entry of the law catalogue with its corrections',
    tag: 'law',
    access: 'user',
    action: 'self.read',
    params: lawSectionParams,
    response: { status: 200, schema: lawSectionWithHistory, description: 'The entry' },
    errors: [404],
    handler: async ({ node, params }) => {
      const section = await node.law.get(params);
      if (!section) throw notFound(`There is no entry ${params.act} ${params.section} in the law catalogue.`);
      return { section, history: section.version === 0 ? [] : await node.law.history(section) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/law/sections/:act/:section/corrections',
    summary: 'Correct an entry of the law catalogue (state or national administrators, SCRB, NCRB), with a reason and a source',
    tag: 'law',
    access: 'user',
    action: 'law.correct',
    params: lawSectionParams,
    body: lawCorrectionBody,
    response: { status: 200, schema: lawCorrectionResult, description: 'The corrected entry and the version recorded' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.lawAdmin.correct(actor, params, body, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/law/acts',
    summary: 'The acts of the catalogue: the penal codes, special and local laws',
    tag: 'law',
    access: 'user',
    action: 'self.read',
    response: { status: 200, schema: lawActListSchema, description: 'Acts' },
    handler: async ({ node }) => ({ acts: await node.law.acts() }),
  }),
];
