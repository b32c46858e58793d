import { caseIdParams } from '../../domain/schemas/case.js';
import {
  certificateQuery,
  documentQuery,
  propertyCourtStepInput,
  propertyItemParams,
  propertyMoveInput,
  registerItemParams,
  registerQuery,
  seizureInput,
  seizureParams,
} from '../../domain/schemas/property.js';
import { text } from '../../domain/schemas/common.js';
import { z } from 'zod';
import { ProblemError } from '../../errors.js';
import { RECORDING_TYPES } from '../../records/attachments.js';
import { caseStepRoute, route } from '../route.js';
import { fileStoredSchema } from '../schemas/records.js';
import { propertyItemChainSchema, propertyRegisterSchema, seizureSchema } from '../schemas/property.js';

/** Seizures (IIF-4), the chain of custody of seized items, and the station's property room (malkhana). */
export const propertyRoutes = [
  caseStepRoute({
    path: '/api/v1/cases/:firId/seizures',
    summary: 'Record a seizure memo (IIF-4) with its witnesses and recording hash (BNSS 103, 105); the items enter the property room — the case’s IO',
    tag: 'property',
    params: caseIdParams,
    body: seizureInput,
    response: { status: 201, schema: seizureSchema, description: 'The seizure and its numbered items' },
    handler: async ({ node, actor, params, body, client }) => node.propertyRoom.seize(actor, params.firId, body, client),
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/seizures/:seizureId/recording',
    summary: 'Send the bytes of a seizure’s recording (BNSS 105) as the raw request body; kept only if they match the hash and size the memo recorded — the case’s IO',
    tag: 'property',
    params: seizureParams,
    response: { status: 201, schema: fileStoredSchema, description: 'Stored' },
    errors: [413, 415],
    handler: async ({ node, actor, params, request, client }) => {
      const mime = String(request.headers['content-type']).split(';')[0]!.trim();
      if (!Buffer.isBuffer(request.body) || !(RECORDING_TYPES as readonly string[]).includes(mime)) {
        throw new ProblemError(415, 'unsupported-media-type', `Send the recording as the request body with Content-Type ${RECORDING_TYPES.join(', ')}.`);
      }
      return node.propertyRoom.recording(actor, params.firId, params.seizureId, request.body, mime, client);
    },
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/property/:itemId/moves',
    summary: 'Record a movement of a seized item (to the FSL, to court, back, to its owner, disposed of) — the case’s IO or the property room’s keeper',
    tag: 'property',
    params: propertyItemParams,
    body: propertyMoveInput,
    response: { status: 201, schema: propertyItemChainSchema, description: 'The item and its chain of custody' },
    handler: async ({ node, actor, params, body, client }) => node.propertyRoom.move(actor, params.firId, params.itemId, body, client),
  }),
  caseStepRoute({
    path: '/api/v1/cases/:firId/property/:itemId/court-steps',
    summary: 'Record the court’s statement of produced property or its order on the disposal (BNSS 497) — the case’s IO or the property room’s keeper',
    tag: 'property',
    params: propertyItemParams,
    body: propertyCourtStepInput,
    response: { status: 201, schema: propertyItemChainSchema, description: 'The item with its clocks' },
    handler: async ({ node, actor, params, body, client }) => node.propertyRoom.courtStep(actor, params.firId, params.itemId, body, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/seizures/:seizureId/memo.pdf',
    summary: 'The seizure memo (IIF-4) as PDF in English or Hindi (IO, SHO, supervisors; audited; protected persons withheld)',
    tag: 'property',
    access: 'user',
    action: 'record.read',
    params: seizureParams,
    query: documentQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The seizure memo' },
    errors: [403, 404],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const doc = await node.propertyDocuments.seizureMemo(actor, params.firId, params.seizureId, query.lang, `${request.protocol}://${request.host}`, client);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${doc.filename}"`).header('cache-control', 'private, no-store').send(doc.pdf);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/cases/:firId/seizures/:seizureId/bsa63.pdf',
    summary: 'The BSA 2023 s. 63 certificate, Part A, of the seizure’s recording or a seized device’s data, with its SHA-256 (IO, SHO, supervisors; audited)',
    tag: 'property',
    access: 'user',
    action: 'record.read',
    params: seizureParams,
    query: certificateQuery,
    response: { status: 200, media: ['application/pdf'], description: 'The certificate' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, query, client, reply, request }) => {
      const doc = await node.propertyDocuments.certificate(actor, params.firId, params.seizureId, query.record, query.lang, `${request.protocol}://${request.host}`, client);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${doc.filename}"`).header('cache-control', 'private, no-store').send(doc.pdf);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/stations/:code/property-room',
    summary: 'The property room (malkhana) register of a station: every item, where it is now and since when (audited)',
    tag: 'property',
    access: 'user',
    action: 'record.read',
    params: z.strictObject({ code: text(40) }),
    query: registerQuery,
    response: { status: 200, schema: propertyRegisterSchema, description: 'The register' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, params, query, client }) => node.propertyRoom.register(actor, params.code, query, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/stations/:code/property-room/:itemId',
    summary: 'One item of a station’s property room with its whole chain of custody (audited)',
    tag: 'property',
    access: 'user',
    action: 'record.read',
    params: registerItemParams,
    response: { status: 200, schema: propertyItemChainSchema, description: 'The item and its chain' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, params, client }) => node.propertyRoom.registerItem(actor, params.code, params.itemId, client),
  }),
];
