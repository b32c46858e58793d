import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditTarget } from '../access/audit-log.js';
import { decideRoute } from '../access/policy.js';
import type { Action } from '../domain/roles.js';
import type { Session } from '../access/sessions.js';
import { forbidden, ProblemError, unauthorized } from '../errors.js';
import type { CctnsNode } from '../node.js';
import { isInvalidTextDbError } from '../storage/db-errors.js';
import { randomToken } from '../util/hash.js';
import { PACKAGE_ROOT } from '../util/paths.js';
import { buildOpenApi } from './openapi.js';
import { responseContractHook } from './response-contract.js';
import { sendProblem, validationProblem } from './problem.js';
import type { CookieHelpers, RouteDef } from './route.js';
import { allRoutes } from './routes/index.js';
import { registerSyncRoutes, syncOperations } from './sync-routes.js';
import { PHOTO_MAX_BYTES, PHOTO_MEDIA_HINT, RECORDING_MAX_BYTES, RECORDING_TYPES } from '../records/attachments.js';

const SESSION_COOKIE = 'cctns_session';
const CSRF_COOKIE = 'cctns_csrf';
/** Longer than any id, code or name in a path (a SHA-256 is 64); Fastify's default is 100. */
const MAX_PARAM_LENGTH = 100;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Headers on every answer. CSP without 'unsafe-inline' for scripts or styles. */
function securityHeaders(secure: boolean): Record<string, string> {
  const h: Record<string, string> = {
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
      "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (secure) h['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return h;
}

/**
 * What the request log says of a request: the path without its query string. Query strings
 * carry search terms (a victim's name, a phone number) that the audit log keeps only for those
 * who may read them; the operators who read the logs must not get them another way.
 */
export function logRequest(req: { method: string; url: string; hostname?: string; ip?: string }) {
  const q = req.url.indexOf('?');
  return { method: req.method, url: q < 0 ? req.url : `${req.url.slice(0, q)}?…`, hostname: req.hostname, remoteAddress: req.ip };
}

export interface ServerOptions {
  logger?: boolean;
  logStream?: { write(line: string): void };
  /**
   * Check every successful answer against its route's declared response schema (or media type)
   * and answer 500 naming the route and the zod path when it does not match. On in tests, so
   * every answer a test receives keeps the contract; off in production, where it would only cost.
   */
  validateResponses?: boolean;
}

export async function buildServer(node: CctnsNode, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const { config } = node;
  const headers = securityHeaders(config.secureCookies);
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            // Credentials never reach the log.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
            serializers: { req: logRequest },
            ...(opts.logStream ? { stream: opts.logStream } : {}),
          },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Errors the router raises before any route or error handler (a broken %-escape, an over-long
    // path parameter): problem+json like every other answer, never echoing the address.
    // These answers skip the onSend hook, so they get the headers here.
    frameworkErrors: (err, _request, reply) => sendProblem(reply.headers(headers), fastifyClientError(err, 400, config.bodyLimitBytes, '')),
  });
  const cookieName = config.secureCookies ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
  const csrfCookieName = config.secureCookies ? `__Host-${CSRF_COOKIE}` : CSRF_COOKIE;

  await app.register(cookie);
  // Photos arrive as raw bodies; their own limit, checked again (with the bytes sniffed) by the store.
  app.addContentTypeParser(['image/jpeg', 'image/png', 'image/webp'], { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES + 1024 }, (_req, body, done) => done(null, body));
  app.addContentTypeParser([...RECORDING_TYPES], { parseAs: 'buffer', bodyLimit: RECORDING_MAX_BYTES }, (_req, body, done) => done(null, body));
  app.addHook('onSend', async (req, reply, payload) => {
    // Node-to-node sync answers are not pages: browser headers would only cost bytes on a slow link.
    if (!req.url.startsWith('/api/v1/sync/')) for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: unknown; code?: string }, request, reply) => {
    if (err instanceof ProblemError) return sendProblem(reply, err);
    if (err instanceof z.ZodError) return sendProblem(reply, validationProblem('body', err));
    if (isInvalidTextDbError(err)) {
      // The transaction has rolled back; a schema that let this through is a defect to fix.
      request.log.warn({ err }, 'text the database cannot store reached it');
      return sendProblem(reply, new ProblemError(400, 'invalid-text', 'The request contains text that cannot be stored (a control character such as NUL). Nothing was saved.'));
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) return sendProblem(reply, fastifyClientError(err, status, config.bodyLimitBytes, request.url));
    request.log.error({ err }, 'unhandled error');
    return sendProblem(reply, new ProblemError(500, 'internal', 'Something went wrong on the server. It has been logged; try again.'));
  });

  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookies,
  };

  /** Identifies the caller and applies the route's access rule and CSRF check. */
  async function authenticate(def: RouteDef, request: FastifyRequest): Promise<{ actor?: RequestActor; session?: Session }> {
    const auth = request.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const actor = m ? await node.auth.actorFromToken(m[1]!) : null;
      if (!actor) throw unauthorized('invalid-token', 'The bearer token is invalid, expired or revoked.');
      if (def.access === 'signing-in') throw unauthorized('wrong-stage', 'Tokens cannot be used to sign in.');
      return { actor };
    }
    const raw = request.cookies[cookieName];
    let session: Session | undefined;
    let reason: string | undefined;
    if (raw) {
      // Polls of the web app (the sync badge) say so; they must not keep an idle session alive.
      const check = await node.sessions.check(raw, { background: request.headers['x-cctns-background'] === '1' && request.method === 'GET' });
      if (check.ok) session = check.session;
      else reason = check.reason;
    }
    // A lapsed session is reported as such (401) before the CSRF check, which would otherwise
    // hide the reason behind a 403.
    if (def.access !== 'public' && !session) {
      if (reason === 'idle') {
        throw unauthorized('session-idle', `Your session was locked after ${Math.round(config.security.idleTimeoutSeconds / 60)} minutes without activity. Sign in again.`);
      }
      if (reason === 'expired') throw unauthorized('session-expired', 'Your session has reached its time limit. Sign in again.');
      throw unauthorized('not-signed-in', 'Sign in first.');
    }
    if (UNSAFE.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = session ? session.csrfToken : request.cookies[csrfCookieName];
      if (!expected || typeof sent !== 'string' || sent !== expected) {
        throw new ProblemError(403, 'csrf', 'The request lacks a valid CSRF token. Reload the page and try again.');
      }
    }
    if (def.access === 'public' || !session) return { session };
    if (def.access === 'signing-in') {
      if (session.stage === 'full') throw new ProblemError(400, 'wrong-stage', 'You are already signed in.');
      return { session };
    }
    if (session.stage !== 'full') throw unauthorized('sign-in-incomplete', 'Finish signing in first.');
    const actor = await node.auth.actorFromSession(session);
    if (!actor) {
      await node.sessions.end(session.idHash);
      throw unauthorized('account-unavailable', 'This account is disabled or no longer exists.');
    }
    return { actor, session };
  }

  /** The route gate: the role must have the route's action at all. */
  async function authorise(def: RouteDef & { action: Action }, actor: RequestActor, client: ClientInfo, params: unknown): Promise<void> {
    const decision = decideRoute(actor.principal, def.action);
    if (decision.allowed) return;
    await node.audit.forRequest(actor, client).denied(def.action, decision.reason, {
      // Which record was probed, so a refused attempt on a specific account is traceable.
      targetId: typeof (params as { id?: unknown })?.id === 'string' ? String((params as { id: string }).id).slice(0, 100) : undefined,
      detail: { route: `${def.method} ${def.path}` },
    });
    throw forbidden('not-permitted', decision.reason);
  }

  const cookies: CookieHelpers = {
    setSessionCookie(reply: FastifyReply, token: string) {
      reply.setCookie(cookieName, token, { ...cookieOptions, maxAge: config.security.absoluteTimeoutSeconds });
    },
    clearSessionCookie(reply: FastifyReply) {
      reply.clearCookie(cookieName, cookieOptions);
    },
    /** The double-submit CSRF cookie used before a session exists. */
    anonymousCsrf(request: FastifyRequest, reply: FastifyReply): string {
      const existing = request.cookies[csrfCookieName];
      if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return existing;
      const token = randomToken(24);
      reply.setCookie(csrfCookieName, token, cookieOptions);
      return token;
    },
  };

  for (const def of allRoutes) {
    // Fail closed at start-up: a user route without a policy action is a programming error.
    if (def.access === 'user' && !def.action) throw new Error(`Route ${def.method} ${def.path} has no policy action`);
    if (def.audit && def.access !== 'user') throw new Error(`Route ${def.method} ${def.path} declares an audit action but has no signed-in user to record`);
    // Every answer is declared: a JSON schema, a file's media types, or nothing (204).
    if (def.response.status !== 204 && !def.response.schema && !def.response.media?.length) throw new Error(`Route ${def.method} ${def.path} declares no response schema or media type`);
    app.route({
      method: def.method,
      url: def.path,
      ...(opts.validateResponses ? { onSend: responseContractHook(`${def.method} ${def.path}`, def.response) } : {}),
      handler: async (request, reply) => {
        const { actor, session } = await authenticate(def, request);
        const client: ClientInfo = { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
        if (def.access === 'user') await authorise(def as RouteDef & { action: Action }, actor!, client, request.params);
        const parse = <S extends z.ZodType>(schema: S | undefined, value: unknown, where: 'body' | 'query' | 'path') => {
          if (!schema) return undefined;
          const r = schema.safeParse(value ?? (where === 'body' ? undefined : {}), { reportInput: true });
          if (!r.success) throw validationProblem(where, r.error);
          return r.data;
        };
        if (def.body && request.body !== undefined && !isJson(request)) {
          throw new ProblemError(415, 'unsupported-media-type', 'Send the request body as application/json.');
        }
        const body = parse(def.body, request.body, 'body');
        const query = parse(def.query, request.query, 'query');
        const params = parse(def.params, request.params, 'path');
        let audited: AuditTarget | undefined;
        const result = await def.handler({
          node,
          body,
          query,
          params,
          client,
          actor: actor as RequestActor,
          session,
          request,
          reply,
          cookies,
          audited: (target) => {
            if (!def.audit) throw new Error(`Route ${def.method} ${def.path} declares no audit action`);
            audited = target;
          },
        });
        if (def.audit) await node.audit.forRequest(actor!, client).success(node.storage.db, def.audit, audited);
        if (reply.sent) return reply;
        if (def.response.status === 204) return reply.code(204).send();
        return reply.code(def.response.status).header('cache-control', 'no-store').send(result);
      },
    });
  }

  const syncOps = syncOperations(node);
  await registerSyncRoutes(app, node, syncOps, { validateResponses: opts.validateResponses });

  const openapi = buildOpenApi(allRoutes, syncOps);
  app.get('/api/v1/openapi.json', async () => openapi);

  const webDist = path.join(PACKAGE_ROOT, 'web', 'dist');
  const haveWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (haveWeb) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  // The web app routes with #fragments, so there is no fallback to index.html: an unknown path,
  // including a stale /assets/ file after a rebuild, is an honest 404.
  app.setNotFoundHandler((request, reply) => {
    // The address is not repeated: an answer must never carry the caller's input back.
    return sendProblem(reply, new ProblemError(404, 'not-found', 'There is no such address here, or it does not take this method. The API is described at /api/v1/openapi.json.'));
  });
  return app;
}

function isJson(request: FastifyRequest): boolean {
  const ct = String(request.headers['content-type'] ?? '');
  return /^application\/(.+\+)?json\b/i.test(ct);
}

/** Fastify's own 4xx errors (parser, size, media type) in words for people. */
/** Routes whose body is a photo: their own media type and size limit. */
const PHOTO_ROUTES = /^\/api\/v1\/(attachments|alerts\/photos)(\?|$)/;
/** The route whose body is a seizure's recording (BNSS 105). */
const RECORDING_ROUTE = /^\/api\/v1\/cases\/[^/]+\/seizures\/[^/]+\/recording(\?|$)/;

function fastifyClientError(err: { code?: string; message?: string }, status: number, limit: number, url: string): ProblemError {
  const photo = PHOTO_ROUTES.test(url);
  const recording = RECORDING_ROUTE.test(url);
  const mediaHint = photo ? PHOTO_MEDIA_HINT : recording ? `Send the recording as the request body with Content-Type ${RECORDING_TYPES.join(', ')}.` : 'Send the request body as application/json.';
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      if (photo) return new ProblemError(413, 'too-large', `A photo may be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`);
      if (recording) return new ProblemError(413, 'too-large', `A recording sent here may be at most ${RECORDING_MAX_BYTES / 1024 / 1024} MB; a larger one is kept by its hash and size alone.`);
      return new ProblemError(413, 'too-large', `The request body is larger than the limit of ${Math.round(limit / 1024)} KiB.`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError(415, 'unsupported-media-type', mediaHint);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, 'empty-body', 'The request says it has a JSON body but the body is empty.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ProblemError(400, 'bad-length', 'The Content-Length header does not match the body.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ProblemError(400, 'param-too-long', `A part of the address is longer than ${MAX_PARAM_LENGTH} characters; no id, code or name here is that long.`);
    case 'FST_ERR_BAD_URL':
      return new ProblemError(400, 'bad-url', 'The address has a broken %-escape.');
    default:
      if (err instanceof SyntaxError || /JSON/i.test(err.message ?? '')) {
        return new ProblemError(400, 'malformed-json', 'The request body is not valid JSON.');
      }
      // Fastify's own message may quote the request; it is not passed on.
      return new ProblemError(status, 'bad-request', 'The request could not be processed as sent.');
  }
}
