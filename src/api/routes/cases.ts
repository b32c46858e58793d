import { caseAssignmentInput, caseIdParams, caseTakeOverInput, caseTransferInput, diaryEntryInput } from '../../domain/schemas/case.js';
import { route } from '../route.js';
import { caseDiarySchema, caseFileSchema, caseTransferredSchema, diaryEntrySchema } from '../schemas/cases.js';

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
  route({
    method: 'POST',
    path: '/api/v1/cases/:firId/diary',
    summary: "Add the day's case diary entry, with statements under BNSS 180 — the case's IO",
    tag: 'cases',
    access: 'user',
    action: 'case.act',
    params: caseIdParams,
    body: diaryEntryInput,
    response: { status: 201, schema: diaryEntrySchema, description: 'The numbered entry' },
    errors: [400, 403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.caseDiary.add(actor, params.firId, body, client),
  }),
];
