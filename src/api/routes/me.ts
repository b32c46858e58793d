import { route } from '../route.js';
import { auditListSchema, auditQuery } from '../schemas/audit.js';
import { changePasswordBody, languageBody, meSchema } from '../schemas/session.js';
import { meView } from './auth.js';
import { auditViews } from './audit.js';

export const meRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/me',
    summary: 'The signed-in user, their unit and permissions',
    tag: 'me',
    access: 'user',
    action: 'self.read',
    response: { status: 200, schema: meSchema, description: 'The user' },
    handler: async ({ actor }) => meView(actor),
  }),
  route({
    method: 'PATCH',
    path: '/api/v1/me',
    summary: 'Change one’s own preferences (language)',
    tag: 'me',
    access: 'user',
    action: 'self.update',
    body: languageBody,
    response: { status: 200, schema: meSchema, description: 'The updated user' },
    handler: async ({ node, actor, body, client }) => {
      const user = await node.auth.setLanguage(actor, body.language, client);
      return meView({ ...actor, user });
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/me/password',
    summary: 'Change one’s own password',
    tag: 'me',
    access: 'user',
    action: 'self.update',
    body: changePasswordBody,
    response: { status: 204, description: 'Changed; other sessions of this user are ended, and this one continues under a new id (a new cookie and CSRF token)' },
    handler: async ({ node, actor, body, client, reply, cookies }) => {
      const token = await node.auth.changeOwnPassword(actor, body.currentPassword, body.newPassword, client);
      if (token) cookies.setSessionCookie(reply, token);
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/me/audit',
    summary: 'One’s own audit trail, newest first',
    tag: 'me',
    access: 'user',
    action: 'self.read',
    query: auditQuery,
    response: { status: 200, schema: auditListSchema, description: 'Entries' },
    handler: async ({ node, actor, query }) => ({
      entries: await auditViews(node, actor, await node.audit.listForActor(actor.user.id, query.limit, query.before)),
    }),
  }),
];
