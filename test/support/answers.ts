/**
 * The type of every answer the tests' API client gets, read from the route table itself
 * (src/api/routes/index.ts: each route's method, path and declared response schema) — the same
 * contract the web app takes its types from (web/src/contract.ts) and every test server checks
 * each answer against at run time (validateResponses).
 *
 * Why typed per route (and not a type each call names, or a parse each test writes): the URL a
 * test calls already says which route answers, so `c.get(`/api/v1/firs/${id}`)` is an FIR view
 * with nothing more to write, a test cannot name the wrong type, and a schema change shows every
 * test it affects. A concrete URL is matched to a route's path pattern segment by segment
 * (`:id` takes one segment; a static segment beats a parameter, as in the router; the query is
 * ignored). The answer is a union on its status: the declared success status carries the
 * route's z.output (a string for files and 204s), any error status a Problem (src/api/problem.ts).
 * `assert.equal(r.status, 201)` narrows it (node:assert's strictEqual asserts the value), and so
 * does `ok(r)` below. A URL the route table does not know (one built at run time as a plain
 * string, the sync protocol) answers `Answer`, whose body is `unknown`: read it with
 * `bodyOf(r, schema)`, which parses it with the schema it must match.
 */
import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { problemSchema } from '../../src/api/problem.js';
import type { allRoutes } from '../../src/api/routes/index.js';

export type Headers = Record<string, string | string[] | undefined>;

/** Any answer, its body not yet known. */
export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

export type Problem = z.output<typeof problemSchema>;

/** The error statuses an answer may have: each narrows the answer to a Problem. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 406 | 408 | 409 | 410 | 411 | 412 | 413 | 415 | 416 | 422 | 423 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504;

export interface Refusal {
  status: ErrorStatus;
  body: Problem;
  headers: Headers;
}

type Route = (typeof allRoutes)[number];

type PathOf<U extends string> = U extends `${infer P}?${string}` ? P : U;
type Segments<S extends string> = S extends `${infer H}/${infer T}` ? [H, ...Segments<T>] : [S];

/** 'S' for a static segment, 'P' for a parameter, one per segment; never if the URL does not match. */
type Shape<U extends string[], P extends string[]> = U extends [infer u extends string, ...infer ur extends string[]]
  ? P extends [infer p extends string, ...infer pr extends string[]]
    ? p extends `:${string}`
      ? u extends ''
        ? never
        : `P${Shape<ur, pr>}`
      : u extends p
        ? `S${Shape<ur, pr>}`
        : never
    : never
  : P extends []
    ? ''
    : never;

/** Whether shape A wins over B in the router: the first segment where they differ is static in A. */
type Beats<A extends string, B extends string> = A extends `${infer a}${infer ar}` ? (B extends `${infer b}${infer br}` ? (a extends b ? Beats<ar, br> : a extends 'S' ? true : false) : false) : false;

type Candidates<M extends string, U extends string> = Route extends infer R
  ? R extends Route
    ? R['method'] extends M
      ? { route: R; shape: Shape<Segments<PathOf<U>>, Segments<R['path']>> }
      : never
    : never
  : never;
type Matched<C extends { route: Route; shape: string }> = C extends { shape: never } ? never : C;
type Best<C extends { route: Route; shape: string }, All extends { route: Route; shape: string } = C> = C extends unknown
  ? true extends (All extends unknown ? Beats<All['shape'], C['shape']> : never)
    ? never
    : C['route']
  : never;

/** The route that answers `method url`, as the router would choose it; never if none does. */
export type RouteOf<M extends string, U extends string> = Best<Matched<Candidates<M, U>>>;

type SuccessBody<R extends Route, File> = R['response'] extends { schema: infer S extends z.ZodType } ? z.output<S> : File;

/**
 * What `method url` answers: its route's success body, or a Problem. A file (or a 204) is `File`:
 * the API client gives its text, a test that reads the bytes a Buffer.
 */
export type AnswerTo<M extends string, U extends string, File = string> = U extends string ? ([RouteOf<M, U>] extends [never] ? Answer : RouteAnswer<RouteOf<M, U>, File>) : never;
type RouteAnswer<R extends Route, File = string> = R extends Route ? { status: R['response']['status']; body: SuccessBody<R, File>; headers: Headers } | Refusal : never;

/** A route as `METHOD /path/:param`, as tables of routes in the tests name it. */
export type RouteKey = Route extends infer R ? (R extends Route ? `${R['method']} ${R['path']}` : never) : never;
/** What the route named `METHOD /path/:param` answers. */
export type AnswerOf<K extends RouteKey> = K extends `${infer M} ${infer P}` ? RouteAnswer<Extract<Route, { method: M; path: P }>> : never;
/** The body the route's schema leaves of a request (z.output: defaults applied, trimmed). */
export type SentOf<K extends RouteKey> = K extends `${infer M} ${infer P}` ? (Extract<Route, { method: M; path: P }> extends { body?: infer B extends z.ZodType } ? z.output<B> : never) : never;
/** Its success body. */
export type BodyOf<K extends RouteKey> = Success<AnswerOf<K>>['body'];

/** The success body of `method url` (a helper's return type: TypeScript reads a property of a generic answer through its constraint). */
export type BodyTo<M extends string, U extends string> = Success<AnswerTo<M, U>>['body'];

/** The answer narrowed to its success (it throws, naming the status and problem, otherwise). */
export type Success<A extends Answer> = Exclude<A, Refusal>;

/**
 * Asserts that an answer succeeded (status below 400, or exactly `status`) and returns it with
 * its route's success body — for a test that reads an answer without asserting its status.
 */
export function ok<A extends Answer>(a: A, status?: number, message?: string): Success<A> {
  const why = message ?? `${a.status} ${JSON.stringify(a.body)}`;
  if (status === undefined) assert.ok(a.status < 400, why);
  else assert.equal(a.status, status, why);
  return a as Success<A>;
}

/** Asserts that an answer was refused (with `status`, when given) and returns it as a Problem. */
export function refused(a: Answer, status?: number, message?: string): Refusal {
  const why = message ?? `${a.status} ${JSON.stringify(a.body)}`;
  if (status === undefined) assert.ok(a.status >= 400, why);
  else assert.equal(a.status, status, why);
  return a as Refusal;
}

/**
 * A person an answer shows — there, and not masked (a sensitive case or a juvenile): asserts it and
 * returns the person with its identity, for a test that reads a name or an id.
 */
export function shown<P extends { masked: boolean }>(p: P | null | undefined, what = 'the person'): Exclude<P, { masked: true }> {
  assert.ok(p, `${what} is there`);
  assert.equal(p.masked, false, `${what} is shown, not masked`);
  return p as Exclude<P, { masked: true }>;
}

/** An answer's body parsed with the schema it must match, for a URL the route table cannot tell. */
export function bodyOf<S extends z.ZodType>(a: { body: unknown }, schema: S): z.output<S> {
  return schema.parse(a.body);
}
