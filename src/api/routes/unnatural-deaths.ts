import { renderUnnaturalDeathReport } from '../../documents/index.js';
import { identifyInput, inquestInput, postMortemInput, udListQuery, unnaturalDeathInput } from '../../domain/schemas/unnatural-death.js';
import { route } from '../route.js';
import { readableEntry, registerAmendRoute, registerListRoute, registerFormBase, registerReadRoute, reportLanguage, sendRegisterPdf } from './register-routes.js';
import { unnaturalDeathListSchema, unnaturalDeathSchema } from '../schemas/unnatural-deaths.js';

export const unnaturalDeathRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/unnatural-deaths',
    summary: 'Register an unnatural death or an unidentified dead body (BNSS 194): GD entry first, numbered per station and year (UD case), the 24-hour inquest clock started',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.register',
    body: unnaturalDeathInput,
    response: { status: 201, schema: unnaturalDeathSchema, description: 'Registered' },
    errors: [403],
    handler: async ({ node, actor, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.register(actor, body, client)),
  }),
  registerListRoute({
    path: '/api/v1/unnatural-deaths',
    summary: 'Unnatural deaths and unidentified bodies of a station, newest found first, by status (unidentified / identified) and the dates found',
    tag: 'unnatural-deaths',
    audit: 'unnatural_death.list',
    type: 'unnatural_death',
    query: udListQuery,
    response: { status: 200, schema: unnaturalDeathListSchema, description: 'Entries' },
    list: ({ node, query }, station) => node.unnaturalDeaths.list(station, query),
    answer: async ({ node, actor }, list) => ({ unnaturalDeaths: await Promise.all(list.map((u) => node.unnaturalDeaths.view(actor, u))) }),
  }),
  registerReadRoute({
    path: '/api/v1/unnatural-deaths/:id',
    summary: 'One unnatural-death / unidentified-body entry, with its inquest clock (audited)',
    tag: 'unnatural-deaths',
    response: { status: 200, schema: unnaturalDeathSchema, description: 'The entry' },
    handler: async ({ node, actor, params, client }) => node.unnaturalDeaths.read(actor, (await readableEntry(node, actor, node.unnaturalDeaths, 'unnatural_death', params.id, client)).entry, client),
  }),
  registerAmendRoute({
    path: '/api/v1/unnatural-deaths/:id/inquest',
    summary: 'Record the inquest (by whom, when, before which witnesses, findings) and its report forwarded to the District or Sub-divisional Magistrate: stops the 24-hour clock (BNSS 194(2))',
    tag: 'unnatural-deaths',
    body: inquestInput,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'Recorded' },
    errors: [409],
    handler: async ({ node, actor, params, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.recordInquest(actor, params.id, body, client)),
  }),
  registerAmendRoute({
    path: '/api/v1/unnatural-deaths/:id/post-mortem',
    summary: 'Record the post-mortem reference (hospital, number, date) and, when received, the cause of death; the latest recorded stands',
    tag: 'unnatural-deaths',
    body: postMortemInput,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'Recorded' },
    handler: async ({ node, actor, params, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.recordPostMortem(actor, params.id, body, client)),
  }),
  registerAmendRoute({
    path: '/api/v1/unnatural-deaths/:id/identify',
    summary:
      'Identify the body, once: as the person of an open missing-person report (which becomes found dead, its alert withdrawn, in the same transaction) or as a named person; a report already traced, returned or found dead is refused',
    tag: 'unnatural-deaths',
    body: identifyInput,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'Identified' },
    handler: async ({ node, actor, params, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.identify(actor, params.id, body, client)),
  }),
  registerReadRoute({
    path: '/api/v1/unnatural-deaths/:id/report.pdf',
    summary: 'The unnatural-death / unidentified-body report as PDF in English or Hindi, with a verification code (a protected person withheld from the reader is printed without identity)',
    tag: 'unnatural-deaths',
    query: reportLanguage,
    response: { status: 200, media: ['application/pdf'], description: 'The report' },
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { entry: ud, station } = await readableEntry(node, actor, node.unnaturalDeaths, 'unnatural_death', params.id, client);
      const v = await node.unnaturalDeaths.read(actor, ud, client);
      const version = await node.unnaturalDeaths.entries.version(ud.id);
      const clock = v.clocks.find((k) => k.status !== 'met' && k.status !== 'met_late');
      const d = v.description;
      const id = v.identification;
      const doc = await renderUnnaturalDeathReport({
        ...(await registerFormBase(node, request, { entry: ud, registeredAt: ud.registeredAt, station, version, kind: 'unnatural-death-report', lang: query.lang })),
        number: v.number,
        registeredAt: v.registeredAt,
        informedAt: v.informedAt,
        foundAt: v.foundAt,
        foundPlace: d.place.address,
        coordinates: d.place.latitude !== null && d.place.longitude !== null ? `${d.place.latitude}, ${d.place.longitude}` : null,
        status: v.status,
        informant: v.informant && !v.informant.masked ? v.informant.name : null,
        sex: d.sex,
        ageRange: d.ageRange ? `${d.ageRange.from}–${d.ageRange.to}` : '',
        heightCm: d.heightCm,
        build: d.build,
        complexion: d.complexion,
        marks: d.marks,
        clothes: d.clothes,
        belongings: v.belongings,
        apparentCause: v.postMortem?.causeOfDeath ?? v.inquest?.apparentCause ?? v.apparentCause,
        circumstances: v.circumstances,
        inquest: v.inquest ? { ...v.inquest, forwardedTo: v.inquest.forwardedTo.designation, forwardedToName: v.inquest.forwardedTo.name } : null,
        inquestDue: clock ? { dueAt: clock.dueAt.toISOString(), overdue: clock.status === 'overdue' } : null,
        postMortem: v.postMortem,
        identification: id ? { at: id.at, person: id.person && !id.person.masked ? id.person.name : null, missingReport: id.missingPerson?.number ?? null, note: id.note } : null,
        officer: actor.user.displayName,
      });
      return sendRegisterPdf(reply, 'ud', ud, query.lang, doc);
    },
  }),
];
