import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditTarget } from '../access/audit-log.js';
import type { Session } from '../access/sessions.js';
import type { AuditAction } from '../domain/audit-actions.js';
import type { Action } from '../domain/roles.js';
import type { CctnsNode } from '../node.js';

/**
 * Who may call a route:
 * - public: anyone (health, OpenAPI, sign-in start);
 * - signing-in: a session part-way through sign-in (second factor, enrolment, forced change);
 * - user: a fully signed-in user or a bearer token. What they may do beyond that is the policy's.
 */
export type Access = 'public' | 'signing-in' | 'user';

export interface RouteContext<B, Q, P> {
  node: CctnsNode;
  body: B;
  query: Q;
  params: P;
  client: ClientInfo;
  /** Present on "user" routes. */
  actor: RequestActor;
  /** The cookie session, when the request came with one. */
  session: Session | undefined;
  request: FastifyRequest;
  reply: FastifyReply;
  cookies: CookieHelpers;
  /**
   * What the route's audit entry says about the record (routes that declare `audit` only): the
   * entry is written after the handler succeeds, under the route's declared audit action.
   */
  audited(target: AuditTarget): void;
}

export interface CookieHelpers {
  setSessionCookie(reply: FastifyReply, token: string): void;
  clearSessionCookie(reply: FastifyReply): void;
  /** The double-submit CSRF token used before a session exists; sets its cookie if missing. */
  anonymousCsrf(request: FastifyRequest, reply: FastifyReply): string;
}

export interface RouteDef<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** The policy action a "user" route performs; checked for every call before the handler runs. */
  action?: Action;
  /**
   * The audit action a successful call is recorded under ("user" routes); the handler gives the
   * target with ctx.audited(). Services that record inside their own transaction do so themselves.
   */
  audit?: AuditAction;
  body?: B;
  query?: Q;
  params?: P;
  /**
   * Success status and what the answer is: JSON described by `schema` (strict, checked against
   * every answer when the server runs with validateResponses), a file of one of the `media`
   * types, or nothing (204).
   */
  response: { status: number; schema?: z.ZodType; media?: readonly string[]; description: string };
  /** Error statuses this route may answer with, for the OpenAPI document. */
  errors?: number[];
  handler: (ctx: RouteContext<z.output<B>, z.output<Q>, z.output<P>>) => Promise<unknown>;
}

/**
 * A route as the route table keeps it: any route to the server, with its method, path and
 * declared answer known to the type system, so the tests' API client types each answer from it
 * (test/support/answers.ts).
 */
export type DeclaredRoute<
  M extends RouteDef['method'] = RouteDef['method'],
  Path extends string = string,
  R extends RouteDef['response'] = RouteDef['response'],
  B extends z.ZodType = z.ZodType,
> = RouteDef & {
  method: M;
  path: Path;
  response: R;
  body?: B;
};

/** Identity helper that keeps the generic types of each route tied to its schemas. */
export function route<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, M extends RouteDef['method'], Path extends string, const R extends RouteDef['response']>(
  def: RouteDef<B, Q, P> & { method: M; path: Path; response: R },
): DeclaredRoute<M, Path, R, B> {
  return def as unknown as DeclaredRoute<M, Path, R, B>;
}

/**
 * A step of a case's investigation: a POST by a signed-in user holding `case.act` at the route —
 * whether this user may take it on this case is the service's question (RecordAccess.authoriseCase:
 * the IO, the supervisor who took it over, the keeper of the property room) — answering 400, 403,
 * 404 and 409 besides any `errors` it names.
 */
export function caseStepRoute<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, Path extends string, const R extends RouteDef['response']>(
  def: Omit<RouteDef<B, Q, P>, 'method' | 'access' | 'action'> & { path: Path; response: R },
): DeclaredRoute<'POST', Path, R, B> {
  return route({ ...def, method: 'POST', access: 'user', action: 'case.act', errors: [...new Set([400, 403, 404, 409, ...(def.errors ?? [])])] });
}
