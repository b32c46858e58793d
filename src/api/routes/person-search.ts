import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import { notFound } from '../../errors.js';
import type { CctnsNode } from '../../node.js';
import { personSearchQuery, samePersonInput, withdrawInput, type PersonSearchQuery } from '../../search/person-query.js';
import type { PersonHit } from '../../search/person-search.js';
import { auditSearch, scopeHits } from '../../search/scope.js';
import { idParam } from '../schemas/records.js';
import { personSearchAnswer, samePersonMarkSchema, samePersonMarksSchema } from '../schemas/search.js';
import { route } from '../route.js';

/** More candidates than shown: some fall outside the jurisdiction or are protected. */
const OVERFETCH = 5;

/**
 * The one person search: ranked, protected identities left out, split by jurisdiction
 * (outside: hit/no-hit per holding unit), audited as one search.
 */
export async function searchPersons(node: CctnsNode, actor: RequestActor, query: PersonSearchQuery, client: ClientInfo, audit = true) {
  const hits = await node.personSearch.find({ q: query.q, fatherName: query.father, age: query.age, district: query.district, gender: query.gender, limit: Math.min(200, query.limit * OVERFETCH) });
  const hidden = await node.recordAccess.identities.protectedIds(hits.map((h) => h.id));
  const { inside, elsewhere } = await scopeHits(
    node.units,
    actor,
    hits.filter((h) => !hidden.has(h.id)),
  );
  const shown = inside.slice(0, query.limit);
  if (audit) {
    const { limit: _limit, ...terms } = query;
    await auditSearch(
      node.audit,
      node.storage.db,
      actor,
      client,
      'search.persons',
      terms,
      shown.map((h) => h.id),
      elsewhere,
    );
  }
  const results = [];
  for (const h of shown) results.push(await toResult(node, h));
  return { results, elsewhere };
}

async function toResult(node: CctnsNode, h: PersonHit) {
  const unit = await node.units.get(h.ownerUnit);
  return {
    id: h.id,
    name: h.name,
    score: h.score,
    band: h.band,
    explanation: h.explanation,
    aliases: h.aliases,
    fatherName: h.relativeName,
    gender: h.gender,
    age: h.age,
    district: h.district,
    unit: { code: h.ownerUnit, name: unit?.nameEn ?? h.ownerUnit, nameHi: unit?.nameHi ?? h.ownerUnit },
  };
}

/**
 * A person the caller may read (or amend), or 404/403 (the refusal audited, naming `target`). A
 * person withheld from the caller is answered as unknown: their marks would lead to their other
 * records, and marking them would link them.
 */
async function personFor(node: CctnsNode, actor: RequestActor, action: 'record.read' | 'record.amend', id: string, client: ClientInfo, target = { type: 'person', id }) {
  const p = await node.persons.get(id);
  if (!p || (await node.recordAccess.identities.withheld(actor, [p.id])).has(p.id)) throw notFound('There is no person with this id.');
  await node.recordAccess.authorise(actor, action, p.ownerUnit, client, target);
  return p;
}

export const personSearchRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/search/persons',
    summary: 'Find persons by name in any script and spelling (with father’s name, age, district); outside the jurisdiction, hit/no-hit per unit',
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: personSearchQuery,
    response: { status: 200, schema: personSearchAnswer, description: 'Best first' },
    handler: async ({ node, actor, query, client }) => searchPersons(node, actor, query, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/persons/:id/same-as',
    summary: 'Marks that this person record and another are the same person (current and withdrawn)',
    tag: 'persons',
    access: 'user',
    action: 'record.read',
    params: idParam,
    response: { status: 200, schema: samePersonMarksSchema, description: 'Marks, oldest first' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => {
      await personFor(node, actor, 'record.read', params.id, client);
      // A mark to a person withheld from the reader would hand out their id and tie the two records.
      const marks = await node.samePerson.forPerson(params.id);
      const withheld = await node.recordAccess.identities.withheld(
        actor,
        marks.flatMap((m) => [m.personA, m.personB]),
      );
      return { marks: marks.filter((m) => !withheld.has(m.personA) && !withheld.has(m.personB)) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/persons/:id/same-as',
    summary: 'Mark another person record as the same person (audited, reversible; records are not merged)',
    tag: 'persons',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: samePersonInput,
    response: { status: 201, schema: samePersonMarkSchema, description: 'Marked' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      await personFor(node, actor, 'record.amend', params.id, client);
      await personFor(node, actor, 'record.amend', body.personId, client);
      return node.samePerson.mark(actor, params.id, body.personId, body.reason, client);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/same-person-marks/:id/withdraw',
    summary: 'Withdraw a same-person mark (kept in the history, audited)',
    tag: 'persons',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: withdrawInput,
    response: { status: 200, schema: samePersonMarkSchema, description: 'Withdrawn' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const mark = await node.samePerson.get(params.id);
      if (!mark) throw notFound('There is no same-person mark with this id.');
      const target = { type: 'same_person_mark', id: mark.id };
      await personFor(node, actor, 'record.amend', mark.personA, client, target);
      await personFor(node, actor, 'record.amend', mark.personB, client, target);
      return node.samePerson.withdraw(actor, params.id, body.reason, client);
    },
  }),
];
