import { ProblemError } from '../../errors.js';
import { PHOTO_MEDIA_HINT, PHOTO_TYPES } from '../../records/attachments.js';
import { alertIdParam, alertInput, alertListQuery, alertWithdrawal } from '../../domain/schemas/alert.js';
import { alertListSchema, alertSchema } from '../schemas/alert.js';
import { fileStoredSchema } from '../schemas/records.js';
import { route } from '../route.js';

export const alertRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/alerts',
    summary: 'Alerts and lookout notices addressed to the caller’s unit or a unit above it, and those issued beneath it (audited)',
    tag: 'alerts',
    access: 'user',
    action: 'alert.read',
    query: alertListQuery,
    response: { status: 200, schema: alertListSchema, description: 'Alerts' },
    handler: async ({ node, actor, query, client }) => ({ alerts: await node.alerts.list(actor, query, client) }),
  }),
  route({
    method: 'POST',
    path: '/api/v1/alerts',
    summary: 'Issue an alert to one’s unit or a unit beneath it; every station there receives it',
    tag: 'alerts',
    access: 'user',
    action: 'alert.issue',
    body: alertInput,
    response: { status: 201, schema: alertSchema, description: 'Issued' },
    errors: [400, 403],
    handler: async ({ node, actor, body, client }) => node.alerts.issue(actor, body, client),
  }),
  route({
    method: 'POST',
    path: '/api/v1/alerts/photos',
    summary: 'Upload the photo of an alert (JPEG, PNG or WebP, at most 5 MB) as the raw request body; returns its SHA-256',
    tag: 'alerts',
    access: 'user',
    action: 'alert.issue',
    response: { status: 201, schema: fileStoredSchema, description: 'Stored' },
    errors: [413, 415],
    handler: async ({ node, actor, request, client }) => {
      if (!Buffer.isBuffer(request.body)) throw new ProblemError(415, 'unsupported-media-type', PHOTO_MEDIA_HINT);
      return node.attachments.addPhoto(actor, request.body, String(request.headers['content-type']).split(';')[0]!.trim(), client, 'alert.issue');
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/alerts/:id/photo',
    summary: 'The photo of an alert addressed to the caller (audited)',
    tag: 'alerts',
    access: 'user',
    action: 'alert.read',
    params: alertIdParam,
    response: { status: 200, media: PHOTO_TYPES, description: 'The photo' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client, reply }) => {
      const file = await node.alerts.photo(actor, params.id, client);
      return reply.type(file.mime).header('cache-control', 'private, no-store').send(file.body);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/alerts/:id/withdraw',
    summary: 'Withdraw an alert (found, arrested, no longer needed), with a reason',
    tag: 'alerts',
    access: 'user',
    action: 'alert.issue',
    params: alertIdParam,
    body: alertWithdrawal,
    response: { status: 200, schema: alertSchema, description: 'Withdrawn' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => node.alerts.withdraw(actor, params.id, body.reason, client),
  }),
];
