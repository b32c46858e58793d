import { z } from 'zod';
import { renderUnnaturalDeathReport, verificationCode } from '../../documents/index.js';
import { identifyInput, inquestInput, postMortemInput, udListQuery, unnaturalDeathInput } from '../../domain/schemas/unnatural-death.js';
import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import type { CctnsNode } from '../../node.js';
import { route } from '../route.js';
import { unnaturalDeathListSchema, unnaturalDeathSchema } from '../schemas/unnatural-deaths.js';
import { idParam } from '../schemas/records.js';

/** An entry the caller may read (404 if none, 403 outside the jurisdiction, audited). */
async function readable(node: CctnsNode, actor: RequestActor, id: string, client: ClientInfo) {
  const ud = await node.unnaturalDeaths.mustGet(id);
  const station = await node.recordAccess.authorise(actor, 'record.read', ud.stationCode, client, { type: 'unnatural_death', id });
  return { ud, station };
}

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
  route({
    method: 'GET',
    path: '/api/v1/unnatural-deaths',
    summary: 'Unnatural deaths and unidentified bodies of a station, newest found first, by status (unidentified / identified) and the dates found',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.read',
    audit: 'unnatural_death.list',
    query: udListQuery,
    response: { status: 200, schema: unnaturalDeathListSchema, description: 'Entries' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, query, client, audited }) => {
      const station = await node.recordAccess.readableStation(actor, query.station ?? actor.unit.code, client);
      const list = await node.unnaturalDeaths.list(station.code, query);
      audited({ targetType: 'unnatural_death', targetUnit: station.code, detail: { count: list.length, ids: list.map((u) => u.id) } });
      return { unnaturalDeaths: await Promise.all(list.map((u) => node.unnaturalDeaths.view(actor, u))) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/unnatural-deaths/:id',
    summary: 'One unnatural-death / unidentified-body entry, with its inquest clock (audited)',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.read',
    params: idParam,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'The entry' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => node.unnaturalDeaths.read(actor, (await readable(node, actor, params.id, client)).ud, client),
  }),
  route({
    method: 'POST',
    path: '/api/v1/unnatural-deaths/:id/inquest',
    summary: 'Record the inquest (by whom, when, before which witnesses, findings) and its report forwarded to the District or Sub-divisional Magistrate: stops the 24-hour clock (BNSS 194(2))',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: inquestInput,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'Recorded' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.recordInquest(actor, params.id, body, client)),
  }),
  route({
    method: 'POST',
    path: '/api/v1/unnatural-deaths/:id/post-mortem',
    summary: 'Record the post-mortem reference (hospital, number, date) and, when received, the cause of death; the latest recorded stands',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: postMortemInput,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'Recorded' },
    errors: [403, 404],
    handler: async ({ node, actor, params, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.recordPostMortem(actor, params.id, body, client)),
  }),
  route({
    method: 'POST',
    path: '/api/v1/unnatural-deaths/:id/identify',
    summary:
      'Identify the body, once: as the person of an open missing-person report (which becomes found dead, its alert withdrawn, in the same transaction) or as a named person; a report already traced, returned or found dead is refused',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.amend',
    params: idParam,
    body: identifyInput,
    response: { status: 200, schema: unnaturalDeathSchema, description: 'Identified' },
    errors: [403, 404],
    handler: async ({ node, actor, params, body, client }) => node.unnaturalDeaths.view(actor, await node.unnaturalDeaths.identify(actor, params.id, body, client)),
  }),
  route({
    method: 'GET',
    path: '/api/v1/unnatural-deaths/:id/report.pdf',
    summary: 'The unnatural-death / unidentified-body report as PDF in English or Hindi, with a verification code (a protected person withheld from the reader is printed without identity)',
    tag: 'unnatural-deaths',
    access: 'user',
    action: 'record.read',
    params: idParam,
    query: z.strictObject({ lang: z.enum(['en', 'hi']).default('en') }),
    response: { status: 200, media: ['application/pdf'], description: 'The report' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const { ud, station } = await readable(node, actor, params.id, client);
      const v = await node.unnaturalDeaths.read(actor, ud, client);
      const parts = station.path.split('/').filter(Boolean);
      const [state, district] = await Promise.all([node.units.get(parts[1] ?? ''), node.units.get(parts[2] ?? '')]);
      const hi = query.lang === 'hi';
      const name = (u: { nameEn: string; nameHi: string } | null) => (u ? (hi ? u.nameHi : u.nameEn) : '');
      const version = await node.unnaturalDeaths.version(ud.id);
      const code = verificationCode(node.secrets, { id: ud.id, version, stationCode: ud.stationCode, year: ud.year, firNo: ud.seq }, 'unnatural-death-report');
      const ist = new Date(Date.parse(ud.registeredAt) + 330 * 60_000).toISOString();
      const clock = v.clocks.find((k) => k.status !== 'met' && k.status !== 'met_late');
      const d = v.description;
      const id = v.identification;
      const { pdf } = await renderUnnaturalDeathReport({
        language: query.lang,
        case: { state: name(state), district: name(district), policeStation: name(station), year: ud.year, firNumber: ud.number, firDate: { date: ist.slice(0, 10), time: ist.slice(11, 16) } },
        verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` },
        generatedAt: node.clock.now().toISOString(),
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
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="ud-${ud.number.replace(/\//g, '-')}-${query.lang}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  }),
];
