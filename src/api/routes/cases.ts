import { caseAssignmentInput, caseIdParams, caseTakeOverInput, caseTransferInput, diaryEntryInput } from '../../domain/schemas/case.js';
import {
  appealInput,
  appealParams,
  courtCaseInput,
  crimeDetailsInput,
  disposalInput,
  disposalParams,
  finalReportInput,
  finalReportParams,
  finalReportPdfQuery,
  caseFormQuery,
  finalReportReviewInput,
  forensicVisitInput,
  hearingInput,
  similarCasesQuery,
  victimProgressInput,
} from '../../domain/schemas/final-report.js';
import type { z } from 'zod';
import type { ClientInfo, RequestActor } from '../../access/auth-service.js';
import { renderAppealResult, renderCourtDisposal, renderCrimeDetailsForm, renderFinalReport, verificationCode, type DocumentKind } from '../../documents/index.js';
import { loadInvestigationCodes } from '../../records/investigation-reference.js';
import { notFound } from '../../errors.js';
import { appealForm, courtDisposalForm, crimeDetailsForm, finalReportForm } from '../../investigation/final-report-form.js';
import type { CctnsNode } from '../../node.js';
import { caseStepRoute, route, type RouteContext } from '../route.js';
import { caseDiarySchema, caseFileSchema, caseTransferredSchema, diaryEntrySchema, similarCasesSchema } from '../schemas/cases.js';

/** The case file of an FIR: who investigates it, its timeline and its diary. */
export const caseRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId',
    summary: 'The case file: IO, clocks, timeline (IO, SHO and supervisors; audited)',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: caseIdParams,
    response: { status: 200, schema: caseFileSchema, description: 'The case file' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => node.caseFileView.view(actor, params.firId, client),
  }),
  route({
    method: 'POST',
    path: '/api/v1/cases/:firId/assignment',
    summary: 'Assign or reassign (with a reason) the investigating officer — the SHO',
    tag: 'cases',
    access: 'user',
    action: 'case.assign',
    params: caseIdParams,
    body: caseAssignmentInput,
    response: { status: 200, schema: caseFileSchema, description: 'The case file after the assignment' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      await node.caseFiles.assign(actor, params.firId, body, client);
      return node.caseFileView.view(actor, params.firId, client);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/cases/:firId/takeover',
    summary: 'Take the case over on record — a supervisor (SDPO, SP)',
    tag: 'cases',
    access: 'user',
    action: 'case.take_over',
    params: caseIdParams,
    body: caseTakeOverInput,
    response: { status: 200, schema: caseFileSchema, description: 'The case file after the take-over' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      await node.caseFiles.takeOver(actor, params.firId, body.reason, client);
      return node.caseFileView.view(actor, params.firId, client);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/cases/:firId/transfer',
    summary: 'Hand the case, with its whole file, to another police station or agency to investigate — the SHO of the unit investigating it',
    tag: 'cases',
    access: 'user',
    action: 'fir.transfer',
    params: caseIdParams,
    body: caseTransferInput,
    response: { status: 200, schema: caseTransferredSchema, description: 'Where the case went' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const c = await node.caseFiles.transfer(actor, params.firId, body, client);
      const unit = (await node.units.get(c.unitCode))!;
      return { firId: c.fir.id, number: c.fir.number, investigatingUnit: { code: unit.code, nameEn: unit.nameEn, nameHi: unit.nameHi } };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/diary',
    summary: 'The case diary (BNSS 192): IO, SHO and supervisors only (audited)',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: caseIdParams,
    response: { status: 200, schema: caseDiarySchema, description: 'The entries in order' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => node.caseDiary.read(actor, params.firId, client),
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/diary',
    summary: "Add the day's case diary entry, with statements under BNSS 180 — the case's IO",
    tag: 'cases',
    params: caseIdParams,
    body: diaryEntryInput,
    response: { status: 201, schema: diaryEntrySchema, description: 'The numbered entry' },
    handler: async ({ node, actor, params, body, client }) => node.caseDiary.add(actor, params.firId, body, client),
  }),
  caseStep(
    'crime-details',
    "Record the crime details (IIF-2): crime head, MO codes, place type, motive, property — the case's IO; a later record replaces the earlier",
    crimeDetailsInput,
    (n, a, id, b, c) => n.crimeDetails.record(a, id, b, c),
  ),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/similar',
    summary: 'Cases like this one: same MO codes, same crime head, nearby, recent — within the reader’s jurisdiction, masked as FIR lists are (audited)',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: caseIdParams,
    query: similarCasesQuery,
    response: { status: 200, schema: similarCasesSchema, description: 'The most similar cases, best first' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client }) => node.crimeDetails.similar(actor, params.firId, query.limit, client),
  }),
  caseStep(
    'final-reports',
    "Submit the final report (IIF-5; BNSS 193): charge sheet or closure — only the case's IO; filed at once unless the State's rules ask a supervisor to approve it",
    finalReportInput,
    (n, a, id, b, c) => n.finalReports.submit(a, id, b, c),
  ),
  route({
    method: 'POST',
    path: '/api/v1/cases/:firId/final-reports/:reportId/review',
    summary: 'Approve a submitted final report (it is filed) or return it with remarks — a supervisor at the level the State’s rules name',
    tag: 'cases',
    access: 'user',
    action: 'case.supervise',
    params: finalReportParams,
    body: finalReportReviewInput,
    response: { status: 200, schema: caseFileSchema, description: 'The case file after the review' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      await node.finalReports.review(actor, params.firId, params.reportId, body, client);
      return node.caseFileView.view(actor, params.firId, client);
    },
  }),
  caseStep(
    'victim-progress',
    'Record that the informant or victim was told of the progress of the investigation (BNSS 193(3)(ii), within 90 days) — the case’s IO',
    victimProgressInput,
    (n, a, id, b, c) => n.finalReports.informVictim(a, id, b, c),
  ),
  caseStep('forensic-visit', 'Record the forensic team’s visit to the place of crime, with its video’s hash (BNSS 176(3)) — the case’s IO', forensicVisitInput, (n, a, id, b, c) =>
    n.finalReports.recordForensicVisit(a, id, b, c),
  ),
  caseStep('court-case', 'Record the number the court gave the case — its IO or the SHO', courtCaseInput, (n, a, id, b, c) => n.courtRecord.registerCase(a, id, b, c)),
  caseStep('hearings', 'Record a hearing of the case in court (date, purpose, next date) — its IO or the SHO', hearingInput, (n, a, id, b, c) => n.courtRecord.hearing(a, id, b, c)),
  caseStep('disposal', 'Record the court’s judgment (IIF-6): an outcome per accused and section — its IO or the SHO', disposalInput, (n, a, id, b, c) => n.courtRecord.disposal(a, id, b, c)),
  caseStep('appeals', 'Record the result of an appeal (IIF-7) — the case’s IO or the SHO', appealInput, (n, a, id, b, c) => n.courtRecord.appeal(a, id, b, c)),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/final-report.pdf',
    summary: 'The final report (IIF-5) as PDF in English or Hindi, with a verification code; the latest, or the one numbered (IO, SHO and supervisors; audited)',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: caseIdParams,
    query: finalReportPdfQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The final report' },
    errors: [403, 404],
    handler: async (ctx) =>
      printForm(ctx, 'iif5-final-report', async ({ file, firView, reportNo }) => {
        const report = reportNo ? file.finalReports.find((r) => r.reportNo === reportNo) : file.finalReports.at(-1);
        if (!report) throw notFound('This case has no final report with this number.');
        return {
          id: report.id,
          version: 1,
          pdf: async (o) => (await renderFinalReport(finalReportForm(file, firView, report, o, loadInvestigationCodes()))).pdf,
          name: `final-report-${report.reportNo}`,
        };
      }),
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/crime-details.pdf',
    summary: 'The crime details (IIF-2) as PDF in English or Hindi, with a verification code (IO, SHO and supervisors; audited)',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: caseIdParams,
    query: caseFormQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The crime details' },
    errors: [403, 404],
    handler: async (ctx) =>
      printForm(ctx, 'iif2-crime-details', async ({ file, firView }) => {
        if (!file.crimeDetails) throw notFound('The crime details of this case have not been recorded.');
        return {
          id: ctx.params.firId,
          version: file.crimeDetails.version,
          pdf: async (o) => (await renderCrimeDetailsForm(crimeDetailsForm(file, firView, loadInvestigationCodes(), o))).pdf,
          name: 'crime-details',
        };
      }),
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/disposals/:disposalId/form.pdf',
    summary: "The court's judgment (IIF-6) as PDF in English or Hindi, with a verification code (IO, SHO and supervisors; audited); a protected accused withheld as on the case file",
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: disposalParams,
    query: caseFormQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The court disposal form' },
    errors: [400, 403, 404],
    handler: async (ctx) =>
      printForm(ctx, 'iif6-court-disposal', async ({ file, firView }) => {
        const d = file.court.disposals.find((x) => x.id === ctx.params.disposalId);
        if (!d) throw notFound("This case has no court's judgment with this id.");
        const recorder = await ctx.node.users.byId(d.recordedBy.id);
        return {
          id: d.id,
          version: 1,
          pdf: async (o) => (await renderCourtDisposal(courtDisposalForm(firView, d, loadInvestigationCodes(), recorder, o))).pdf,
          name: 'court-disposal',
          detail: { disposal: d.id },
        };
      }),
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/appeals/:appealId/form.pdf',
    summary: 'The result of an appeal (IIF-7) as PDF in English or Hindi, with a verification code (IO, SHO and supervisors; audited); a protected accused withheld as on the case file',
    tag: 'cases',
    access: 'user',
    action: 'record.read',
    params: appealParams,
    query: caseFormQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The result of appeal form' },
    errors: [400, 403, 404],
    handler: async (ctx) =>
      printForm(ctx, 'iif7-appeal', async ({ file, firView }) => {
        const a = file.court.appeals.find((x) => x.id === ctx.params.appealId);
        if (!a) throw notFound('This case has no appeal with this id.');
        const recorder = await ctx.node.users.byId(a.recordedBy.id);
        return {
          id: a.id,
          version: 1,
          pdf: async (o) => (await renderAppealResult(appealForm(file, firView, a, loadInvestigationCodes(), recorder, o))).pdf,
          name: 'appeal',
          detail: { appeal: a.id },
        };
      }),
  }),
];

/** A step recorded on a case, answered with the case file. */
function caseStep<Step extends string, B extends z.ZodType>(
  step: Step,
  summary: string,
  body: B,
  record: (node: CctnsNode, actor: RequestActor, firId: string, input: z.output<B>, client: ClientInfo) => Promise<void>,
) {
  return caseStepRoute({
    path: `/api/v1/cases/:firId/${step}`,
    summary,
    tag: 'cases',
    params: caseIdParams,
    body,
    response: { status: 201, schema: caseFileSchema, description: 'The case file with the step' },
    handler: async ({ node, actor, params, body: input, client }) => {
      await record(node, actor, params.firId, input, client);
      return node.caseFileView.view(actor, params.firId, client);
    },
  });
}

type FormOptions = Parameters<typeof finalReportForm>[3];

/**
 * A form of the case printed for this reader: built from the case file and the FIR as the reader
 * was shown them (masked, redacted), with the form's own verification code, and audited.
 */
async function printForm(
  ctx: RouteContext<unknown, { lang: 'en' | 'hi'; reportNo?: number }, { firId: string }>,
  kind: DocumentKind,
  make: (x: {
    file: Awaited<ReturnType<CctnsNode['caseFileView']['view']>>;
    firView: Awaited<ReturnType<CctnsNode['views']['fir']>>;
    reportNo?: number;
  }) => Promise<{ id: string; version: number; pdf: (o: FormOptions) => Promise<Buffer>; name: string; detail?: Record<string, string> }>,
) {
  const { node, actor, params, query, client, reply, request } = ctx;
  const file = await node.caseFileView.view(actor, params.firId, client);
  const fir = await node.firs.mustGet(params.firId);
  const firView = await node.views.fir(actor, fir, client, { auditAction: null });
  const station = await node.units.get(fir.stationCode);
  const state = await node.units.get(station?.path.split('/').filter(Boolean)[1] ?? '');
  const base = { language: query.lang, state: state ? (query.lang === 'hi' ? state.nameHi : state.nameEn) : '', generatedAt: node.clock.now() };
  const form = await make({ file, firView, ...(query.reportNo ? { reportNo: query.reportNo } : {}) });
  const code = verificationCode(node.secrets, { id: form.id, version: form.version, stationCode: fir.stationCode, year: fir.year, firNo: fir.firNo }, kind);
  const pdf = await form.pdf({ ...base, verification: { code, url: `${request.protocol}://${request.host}/api/v1/verify/${code}` } });
  // Audited before the answer goes: a print is on record once it has left.
  await node.audit.forRequest(actor, client).success(node.storage.db, 'case.form', {
    targetType: 'fir',
    targetId: fir.id,
    targetUnit: fir.stationCode,
    detail: { form: kind, lang: query.lang, ...(query.reportNo ? { reportNo: query.reportNo } : {}), ...form.detail },
  });
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${form.name}-${fir.number.replace(/\//g, '-')}-${query.lang}.pdf"`)
    .header('cache-control', 'private, no-store')
    .send(pdf);
}
