import { z } from 'zod';
import { permissionsOf } from '../../access/policy.js';
import { route, type CookieHelpers } from '../route.js';
import type { FastifyReply } from 'fastify';
import type { Stage } from '../../access/sessions.js';
import { codeBody, enrolmentSchema, loginBody, newPasswordBody, sessionSchema, stageAnswer } from '../schemas/session.js';
import type { RequestActor, StepDone } from '../../access/auth-service.js';
import type { z as Z } from 'zod';
import type { meSchema } from '../schemas/session.js';

export function meView(actor: Pick<RequestActor, 'user' | 'unit' | 'principal'>): Z.output<typeof meSchema> {
  const { user, unit } = actor;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    language: user.language,
    unit: { code: unit.code, kind: unit.kind, nameEn: unit.nameEn, nameHi: unit.nameHi },
    permissions: permissionsOf(actor.principal),
  };
}

/** A completed sign-in step ends the session id it came with; the cookie takes the new one. */
function stepDone(done: StepDone, reply: FastifyReply, cookies: CookieHelpers): { stage: Stage } {
  cookies.setSessionCookie(reply, done.token);
  return { stage: done.stage };
}

export const authRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/session',
    summary: 'Where the caller stands in sign-in, with the CSRF token to send on changes',
    tag: 'sign-in',
    access: 'public',
    response: { status: 200, schema: sessionSchema, description: 'The session state' },
    handler: async ({ node, session, request, reply, cookies }) => {
      const idleTimeoutSeconds = node.config.security.idleTimeoutSeconds;
      const link = await node.sync.client.link();
      const here = { tier: node.profile.tier, unit: node.profile.unitCode, enrolled: !!link, firstSyncDone: link?.initial_pull_done === 1 };
      if (!session) return { csrfToken: cookies.anonymousCsrf(request, reply), stage: 'anonymous', idleTimeoutSeconds, node: here };
      const user = await node.users.byId(session.userId);
      if (session.stage !== 'full' || !user) {
        return { csrfToken: session.csrfToken, stage: session.stage, username: user?.username, idleTimeoutSeconds, expiresAt: session.expiresAt, node: here };
      }
      const actor = await node.auth.actorFromSession(session);
      if (!actor) return { csrfToken: cookies.anonymousCsrf(request, reply), stage: 'anonymous', idleTimeoutSeconds, node: here };
      return { csrfToken: session.csrfToken, stage: 'full', user: meView(actor), idleTimeoutSeconds, expiresAt: session.expiresAt, node: here };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Check username and password; starts a sign-in that continues with the second factor',
    tag: 'sign-in',
    access: 'public',
    body: loginBody,
    response: { status: 200, schema: stageAnswer, description: 'Password accepted; the next stage' },
    errors: [401, 423, 429],
    handler: async ({ node, body, client, session, reply, cookies }) => {
      if (session) await node.sessions.end(session.idHash);
      const { token, stage } = await node.auth.login(body.username, body.password, client);
      cookies.setSessionCookie(reply, token);
      return { stage };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/totp',
    summary: 'Second factor: the current code from the authenticator app',
    tag: 'sign-in',
    access: 'signing-in',
    body: codeBody,
    response: { status: 200, schema: stageAnswer, description: 'Code accepted; the next stage' },
    errors: [423],
    handler: async ({ node, body, client, session, reply, cookies }) => stepDone(await node.auth.verifySecondFactor(session!, body.code, client), reply, cookies),
  }),
  route({
    method: 'GET',
    path: '/api/v1/auth/enrolment',
    summary: 'Authenticator enrolment: the secret and its QR code',
    tag: 'sign-in',
    access: 'signing-in',
    response: { status: 200, schema: enrolmentSchema, description: 'Scan the QR code or type the secret' },
    handler: async ({ node, session, reply }) => {
      reply.header('cache-control', 'no-store');
      return node.auth.enrolmentMaterial(session!);
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/enrolment',
    summary: 'Authenticator enrolment: confirm with the first code',
    tag: 'sign-in',
    access: 'signing-in',
    body: codeBody,
    response: { status: 200, schema: stageAnswer, description: 'Enrolled; the next stage' },
    handler: async ({ node, body, client, session, reply, cookies }) => stepDone(await node.auth.completeEnrolment(session!, body.code, client), reply, cookies),
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/password',
    summary: 'Choose a new password after an administrator set a temporary one',
    tag: 'sign-in',
    access: 'signing-in',
    body: newPasswordBody,
    response: { status: 200, schema: stageAnswer, description: 'Password changed; signed in' },
    handler: async ({ node, body, client, session, reply, cookies }) => stepDone(await node.auth.completePasswordChange(session!, body.newPassword, client), reply, cookies),
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/logout',
    summary: 'Sign out: the session ends on the server',
    tag: 'sign-in',
    access: 'public',
    body: z.strictObject({}).optional(),
    response: { status: 204, description: 'Signed out' },
    handler: async ({ node, session, client, reply, cookies }) => {
      if (session) await node.auth.logout(session, client);
      cookies.clearSessionCookie(reply);
    },
  }),
];
