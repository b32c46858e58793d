import { renderMissingPersonReport } from '../../documents/index.js';
import { missingListQuery, missingPersonInput, missingStatusChange } from '../../domain/schemas/missing-person.js';
import type { MissingPersonView } from '../../records/missing-persons.js';
import { route } from '../route.js';
import { readableEntry, registerAmendRoute, registerListRoute, registerFormBase, registerReadRoute, reportLanguage, sendRegisterPdf } from './register-routes.js';
import { missingPersonListSchema, missingPersonSchema } from '../schemas/missing-persons.js';

const line = (parts: (string | undefined | null)[]) => parts.filter(Boolean).join(', ');

export const missingPersonRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/missing-persons',
    summary:
      'Report a missing person (GD entry first, numbered per station and year, alert to the district); a child (under 18 when last seen) is registered at once as an FIR of kidnapping with the alert to every station of the State',
    tag: 'missing-persons',
    access: 'user',
    action: 'record.register',
    body: missingPersonInput,
    response: { status: 201, schema: missingPersonSchema, description: 'Reported' },
    errors: [403],
    handler: async ({ node, actor, body, client }) => node.missingPersons.view(actor, await node.missingPersons.report(actor, body, client)),
  }),
  registerListRoute({
    path: '/api/v1/missing-persons',
    summary: 'Missing-person reports of a station, newest first, by status, dates and name (a child is never found by name by those who may not see the child)',
    tag: 'missing-persons',
    audit: 'missing_person.list',
    type: 'missing_person',
    query: missingListQuery,
    response: { status: 200, schema: missingPersonListSchema, description: 'Reports' },
    list: ({ node, actor, query }, station) => node.missingPersons.list(actor, station, query),
    answer: async ({ node, actor }, list) => ({ missingPersons: await Promise.all(list.map((m) => node.missingPersons.view(actor, m))) }),
  }),
  registerReadRoute({
    path: '/api/v1/missing-persons/:id',
    summary: 'One missing-person report (audited)',
    tag: 'missing-persons',
    response: { status: 200, schema: missingPersonSchema, description: 'The report' },
    handler: async ({ node, actor, params, client }) => node.missingPersons.read(actor, (await readableEntry(node, actor, node.missingPersons, 'missing_person', params.id, client)).entry, client),
  }),
  registerAmendRoute({
    path: '/api/v1/missing-persons/:id/status',
    summary: 'Record that the person was traced, returned or found dead, on a date (withdraws the alert; a child’s FIR stays open until its IO files the final report)',
    tag: 'missing-persons',
    body: missingStatusChange,
    response: { status: 200, schema: missingPersonSchema, description: 'Changed' },
    errors: [409],
    handler: async ({ node, actor, params, body, client }) => node.missingPersons.view(actor, await node.missingPersons.changeStatus(actor, params.id, body, client)),
  }),
  registerReadRoute({
    path: '/api/v1/missing-persons/:id/report.pdf',
    summary: 'The missing-person report as PDF in English or Hindi, with a verification code (a child withheld from the reader is printed without identity)',
    tag: 'missing-persons',
    query: reportLanguage,
    response: { status: 200, media: ['application/pdf'], description: 'The report' },
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { entry: mp, station } = await readableEntry(node, actor, node.missingPersons, 'missing_person', params.id, client);
      const v: MissingPersonView = await node.missingPersons.read(actor, mp, client);
      const version = await node.missingPersons.entries.version(mp.id);
      const fir = v.fir ? await node.firs.get(v.fir.id) : null;
      const section = fir?.content.sections[0];
      const doc = await renderMissingPersonReport({
        ...(await registerFormBase(node, request, { entry: mp, registeredAt: mp.reportedAt, station, version, kind: 'missing-person-report', lang: query.lang })),
        number: v.number,
        reportedAt: v.reportedAt,
        status: v.status,
        statusAt: v.statusAt,
        statusNote: v.statusNote,
        fir: v.fir && section ? { number: v.fir.number, section: `${section.act} ${section.section}` } : null,
        person: v.person && !v.person.masked ? { name: v.person.name, relative: v.person.relativeName ?? '', address: line(v.person.addresses.map((a) => a.line)) } : null,
        sex: v.description.sex,
        age: v.age,
        heightCm: v.description.heightCm,
        build: v.description.build,
        complexion: v.description.complexion,
        marks: v.description.marks,
        clothes: v.description.clothes,
        lastSeenAt: v.lastSeenAt,
        lastSeenPlace: v.description.place.address,
        coordinates: v.description.place.latitude !== null && v.description.place.longitude !== null ? `${v.description.place.latitude}, ${v.description.place.longitude}` : null,
        informant: v.informant && !v.informant.masked ? { name: v.informant.name, relation: v.informantRelation, phone: v.informant.phones.join(', ') } : null,
        contacts: v.contacts,
        contactsWithheld: v.contactsWithheld,
        circumstances: v.circumstances,
        officer: actor.user.displayName,
      });
      return sendRegisterPdf(reply, 'missing', mp, query.lang, doc);
    },
  }),
];
