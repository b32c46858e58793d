import { ncConversion, ncDiaryForward, ncDiaryQuery, ncListQuery, ncReportInput } from '../../domain/schemas/nc-report.js';
import { fortnightNumber } from '../../domain/nc-reports.js';
import { ncDiaryVerificationCode, renderNcDiary } from '../../documents/index.js';
import type { RequestActor } from '../../access/auth-service.js';
import type { CctnsNode } from '../../node.js';
import type { NcReport } from '../../records/nc-reports.js';
import { route } from '../route.js';
import { ncConvertedSchema, ncDiarySchema, ncReportListSchema, ncReportSchema } from '../schemas/nc-reports.js';
import { idParam } from '../schemas/records.js';

/** The report as answered: its view without the audit marker. */
async function answer(node: CctnsNode, actor: RequestActor, nc: NcReport) {
  const { unmasked: _unmasked, ...view } = await node.ncReports.view(actor, nc);
  return view;
}

/** The non-cognizable register of a station (BNSS 174). */
export const ncReportRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/nc-reports',
    summary:
      'Register a non-cognizable report (BNSS 174(1)): NC n/yyyy per station and year, its GD entry, the informant referred to the Magistrate; a cognizable section is refused (register an FIR)',
    tag: 'nc-reports',
    access: 'user',
    action: 'record.register',
    body: ncReportInput,
    response: { status: 201, schema: ncReportSchema, description: 'Registered' },
    errors: [400, 403],
    handler: async ({ node, actor, body, client }) => answer(node, actor, await node.ncReports.register(actor, body, client)),
  }),
  route({
    method: 'GET',
    path: '/api/v1/nc-reports',
    summary: 'Non-cognizable reports in the caller’s jurisdiction, newest first: by station, number, date range, status or informant’s name (protected persons never matched)',
    tag: 'nc-reports',
    access: 'user',
    action: 'record.read',
    audit: 'nc.list',
    query: ncListQuery,
    response: { status: 200, schema: ncReportListSchema, description: 'Reports' },
    errors: [400],
    handler: async ({ node, actor, query, audited }) => {
      const list = await node.ncReports.list(await node.recordAccess.jurisdictionCodes(actor), query);
      audited({ targetType: 'nc_report', targetUnit: actor.unit.code, detail: { count: list.length, ids: list.map((r) => r.id) } });
      const reports = [];
      for (const nc of list) {
        const { substance: _substance, ...row } = await node.ncReports.row(actor, nc);
        reports.push(row);
      }
      return { reports };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/nc-reports/:id',
    summary: 'One non-cognizable report (audited; protected identities withheld)',
    tag: 'nc-reports',
    access: 'user',
    action: 'record.read',
    audit: 'nc.read',
    params: idParam,
    response: { status: 200, schema: ncReportSchema, description: 'The report' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, audited }) => {
      const nc = await node.ncReports.mustGet(params.id);
      await node.recordAccess.authorise(actor, 'record.read', nc.stationCode, client, { type: 'nc_report', id: nc.id });
      const { unmasked, ...view } = await node.ncReports.view(actor, nc);
      audited({ targetType: 'nc_report', targetId: nc.id, targetUnit: nc.stationCode, detail: { unmasked } });
      return view;
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/nc-reports/:id/convert',
    summary: 'The Magistrate ordered investigation (BNSS 174(2)): register the FIR on the order, linked to the report both ways, its persons carried over — one transaction',
    tag: 'nc-reports',
    access: 'user',
    action: 'record.register',
    params: idParam,
    body: ncConversion,
    response: { status: 201, schema: ncConvertedSchema, description: 'FIR registered' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const { report, fir } = await node.ncReports.convert(actor, params.id, body, client);
      return { report: await answer(node, actor, report), fir: await node.views.fir(actor, fir, client, { auditAction: null }) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/nc-diaries',
    summary: 'Record a fortnight’s diary of non-cognizable reports as forwarded to the Magistrate (BNSS 174(1)), with its GD entry; once per station and fortnight',
    tag: 'nc-reports',
    access: 'user',
    action: 'record.register',
    body: ncDiaryForward,
    response: { status: 201, schema: ncDiarySchema, description: 'Forwarded' },
    errors: [400, 403, 409],
    handler: async ({ node, actor, body, client }) => node.ncReports.forwardDiary(actor, body, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/nc-diaries/diary.pdf',
    summary:
      'The diary of a station’s non-cognizable reports for a fortnight (from = the 1st or the 16th) as PDF in English or Hindi, with a verification code (audited; protected identities withheld)',
    tag: 'nc-reports',
    access: 'user',
    action: 'record.read',
    query: ncDiaryQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The diary' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, query, client, reply, request }) => {
      const d = await node.ncReports.diaryView(actor, query.station, query.from, query.lang, client);
      const code = ncDiaryVerificationCode(node.secrets, { stationCode: d.station.code, year: Number(d.fortnight.start.slice(0, 4)), fortnight: fortnightNumber(d.fortnight), reportIds: d.reportIds });
      const doc = await renderNcDiary({
        ...d.view,
        verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` },
        generatedAt: node.clock.now().toISOString(),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="NC-diary-${d.station.code}-${d.fortnight.start}-${query.lang}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(doc.pdf);
    },
  }),
];
