import { renderFoundPersonReport } from '../../documents/index.js';
import { foundListQuery, foundOutcomeInput, foundPersonInput, foundPlacementInput } from '../../domain/schemas/found-person.js';
import { route } from '../route.js';
import { readableEntry, registerAmendRoute, registerFormBase, registerReadRoute, reportLanguage, sendRegisterPdf } from './register-routes.js';
import { foundPersonListSchema, foundPersonSchema } from '../schemas/found-persons.js';

export const foundPersonRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/found-persons',
    summary:
      'Register a person found alive whose identity or family is unknown (GD entry first, numbered per station and year); a child (under 18 when found) is a protected person, with the 24-hour clock to the Child Welfare Committee (JJ Act s. 31)',
    tag: 'found-persons',
    access: 'user',
    action: 'record.register',
    body: foundPersonInput,
    response: { status: 201, schema: foundPersonSchema, description: 'Registered' },
    errors: [403],
    handler: async ({ node, actor, body, client }) => node.foundPersons.view(actor, await node.foundPersons.register(actor, body, client)),
  }),
  route({
    method: 'GET',
    path: '/api/v1/found-persons',
    summary: 'Found persons of a station, newest found first, by status, child or not, and the dates found',
    tag: 'found-persons',
    access: 'user',
    action: 'record.read',
    audit: 'found_person.list',
    query: foundListQuery,
    response: { status: 200, schema: foundPersonListSchema, description: 'Entries' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, query, client, audited }) => {
      const station = await node.recordAccess.readableStation(actor, query.station ?? actor.unit.code, client);
      const list = await node.foundPersons.list(station.code, query);
      audited({ targetType: 'found_person', targetUnit: station.code, detail: { count: list.length, ids: list.map((f) => f.id) } });
      return { foundPersons: await Promise.all(list.map((f) => node.foundPersons.view(actor, f))) };
    },
  }),
  registerReadRoute({
    path: '/api/v1/found-persons/:id',
    summary: "One found-person entry, with a child's CWC clock (audited)",
    tag: 'found-persons',
    response: { status: 200, schema: foundPersonSchema, description: 'The entry' },
    handler: async ({ node, actor, params, client }) => node.foundPersons.read(actor, (await readableEntry(node, actor, node.foundPersons, 'found_person', params.id, client)).entry, client),
  }),
  registerAmendRoute({
    path: '/api/v1/found-persons/:id/placement',
    summary:
      "Record where the person is placed (with the family, a shelter or home, a hospital, before the Child Welfare Committee); the latest stands, a child's first production before the Committee stops the 24-hour clock",
    tag: 'found-persons',
    body: foundPlacementInput,
    response: { status: 200, schema: foundPersonSchema, description: 'Recorded' },
    errors: [409],
    handler: async ({ node, actor, params, body, client }) => node.foundPersons.view(actor, await node.foundPersons.place(actor, params.id, body, client)),
  }),
  registerAmendRoute({
    path: '/api/v1/found-persons/:id/outcome',
    summary:
      'The person identified or restored to the family, with the date: through an open missing-person report of any station of the State (which becomes traced or returned in the same transaction) or as a named person; a report already traced, returned or found dead elsewhere is refused',
    tag: 'found-persons',
    body: foundOutcomeInput,
    response: { status: 200, schema: foundPersonSchema, description: 'Recorded' },
    errors: [409],
    handler: async ({ node, actor, params, body, client }) => node.foundPersons.view(actor, await node.foundPersons.conclude(actor, params.id, body, client)),
  }),
  registerReadRoute({
    path: '/api/v1/found-persons/:id/report.pdf',
    summary: 'The found-person report as PDF in English or Hindi, with a verification code (a child withheld from the reader is printed without name, photo, marks or family)',
    tag: 'found-persons',
    query: reportLanguage,
    response: { status: 200, media: ['application/pdf'], description: 'The report' },
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { entry: fp, station } = await readableEntry(node, actor, node.foundPersons, 'found_person', params.id, client);
      const v = await node.foundPersons.read(actor, fp, client);
      const version = await node.foundPersons.entries.version(fp.id);
      const clock = v.clocks.find((k) => k.status !== 'met' && k.status !== 'met_late');
      const d = v.description;
      const withheld = v.child && !v.unmasked;
      const doc = await renderFoundPersonReport({
        ...(await registerFormBase(node, request, { entry: fp, registeredAt: fp.registeredAt, station, version, kind: 'found-person-report', lang: query.lang })),
        number: v.number,
        registeredAt: v.registeredAt,
        foundAt: v.foundAt,
        receivedAt: v.receivedAt,
        foundPlace: d.place.address,
        coordinates: d.place.latitude !== null && d.place.longitude !== null ? `${d.place.latitude}, ${d.place.longitude}` : null,
        status: v.status,
        child: v.child,
        name: v.person && !v.person.masked ? v.person.name : null,
        withheld: withheld || !!v.person?.masked,
        age: v.age !== null ? String(v.age) : d.ageRange ? `${d.ageRange.from}–${d.ageRange.to}` : '',
        sex: d.sex,
        heightCm: d.heightCm,
        build: d.build,
        complexion: d.complexion,
        marks: d.marks,
        clothes: d.clothes,
        foundBy: v.foundBy,
        condition: v.condition,
        circumstances: v.circumstances,
        placement: v.placement,
        cwcDue: clock && !v.cwcProducedAt ? { dueAt: clock.dueAt.toISOString(), overdue: clock.status === 'overdue' } : null,
        cwcProducedAt: v.cwcProducedAt,
        outcome: v.outcome ? { at: v.outcome.at, restoredTo: v.outcome.restoredTo, missingReport: v.outcome.missingPerson?.number ?? null, note: v.outcome.note } : null,
        officer: actor.user.displayName,
      });
      return sendRegisterPdf(reply, 'fp', fp, query.lang, doc);
    },
  }),
];
