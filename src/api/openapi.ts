import { z } from 'zod';
import { problemSchema } from './problem.js';
import type { RouteDef } from './route.js';
import type { SyncOperation } from './sync-routes.js';
import { SIGNATURE_WINDOW_MS } from '../sync/node-registry.js';
import { TITLES } from '../errors.js';

const SYNC_TAG = 'Node-to-node sync';
const SIGNED_HEADERS = [
  ['x-cctns-node', 'The enrolled node’s id'],
  ['x-cctns-time', `When the request was signed, in milliseconds since 1970 by the upstream’s clock (within ${SIGNATURE_WINDOW_MS / 60_000} minutes)`],
  ['x-cctns-nonce', 'A fresh random value: a request is accepted once'],
] as const;

/** A Fastify path in OpenAPI's form: `:name` becomes `{name}`, whatever characters the name has. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_$][\w$]*)/g, '{$1}');
}

/** OpenAPI 3.1 built from the same zod schemas that validate requests, the sync protocol's included. */
export function buildOpenApi(routes: RouteDef[], syncOps: SyncOperation[] = []): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const registry = z.registry<{ id?: string }>();
  const toSchema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any', metadata: registry }) as Record<string, unknown>;
  const strip = (s: Record<string, unknown>) => {
    const { $schema, ...rest } = s;
    return rest;
  };
  const parametersOf = (query: z.ZodType | undefined, params: z.ZodType | undefined): unknown[] => {
    const out: unknown[] = [];
    for (const [where, schema] of [
      ['query', query],
      ['path', params],
    ] as const) {
      if (!schema) continue;
      const js = strip(toSchema(schema, 'input'));
      const props = (js.properties ?? {}) as Record<string, unknown>;
      const required = new Set((js.required as string[] | undefined) ?? []);
      for (const [name, s] of Object.entries(props)) out.push({ name, in: where, required: where === 'path' || required.has(name), schema: s });
    }
    return out;
  };
  const problems = (statuses: Iterable<number>): Record<string, unknown> =>
    Object.fromEntries(
      [...statuses].map((status) => [String(status), { description: TITLES[status] ?? 'Error', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }]),
    );
  const operationId = (method: string, p: string) => `${method.toLowerCase()}${p.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`;
  for (const r of routes) {
    const p = openApiPath(r.path);
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: operationId(r.method, p),
      security: r.access === 'user' ? [{ session: [] }, { bearer: [] }] : r.access === 'signing-in' ? [{ session: [] }] : [],
    };
    const parameters = parametersOf(r.query, r.params);
    if (parameters.length) op.parameters = parameters;
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: strip(toSchema(r.body, 'input')) } } };
    const responses: Record<string, unknown> = {
      [String(r.response.status)]: {
        description: r.response.description,
        ...(r.response.schema
          ? { content: { 'application/json': { schema: strip(toSchema(r.response.schema, 'output')) } } }
          : r.response.media
            ? { content: Object.fromEntries(r.response.media.map((m) => [m, { schema: { type: 'string', contentMediaType: m } }])) }
            : {}),
      },
    };
    Object.assign(responses, problems(new Set([400, ...(r.access === 'public' ? [] : [401]), ...(r.method === 'GET' ? [] : [403, 413, 415]), ...(r.errors ?? [])])));
    op.responses = responses;
    (paths[p] ??= {})[r.method.toLowerCase()] = op;
  }
  // The node-to-node protocol: raw bodies, so the signature covers exactly the bytes that travelled.
  const wireContent = (wire: 'json' | 'ndjson' | 'bytes', schema?: z.ZodType, io: 'input' | 'output' = 'input') =>
    wire === 'json'
      ? { 'application/json': schema ? { schema: strip(toSchema(schema, io)) } : {} }
      : wire === 'ndjson'
        ? { 'application/x-ndjson': { schema: { type: 'string', description: 'NDJSON, compressed: Content-Encoding br (or gzip for a push)' } } }
        : { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } };
  for (const o of syncOps) {
    const p = openApiPath(o.path);
    const parameters = parametersOf(o.query, o.params);
    if (o.signed) {
      for (const [name, description] of SIGNED_HEADERS) parameters.push({ name, in: 'header', required: true, schema: { type: 'string' }, description });
    }
    (paths[p] ??= {})[o.method.toLowerCase()] = {
      summary: o.summary,
      tags: [SYNC_TAG],
      operationId: operationId(o.method, p),
      security: o.signed ? [{ nodeSignature: [] }] : [],
      ...(parameters.length ? { parameters } : {}),
      ...(o.body ? { requestBody: { required: true, content: wireContent(o.body.wire, o.body.wire === 'json' ? o.body.schema : undefined) } } : {}),
      responses: {
        '200': { description: o.answer.description, content: wireContent(o.answer.wire, o.answer.wire === 'json' ? o.answer.schema : undefined, 'output') },
        ...problems(new Set([400, ...(o.signed ? [401] : []), ...o.errors])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'CCTNS node API',
      version: '1',
      description:
        'Every police-facing action of a CCTNS node. Errors are RFC 9457 problem details. Browser clients use the session cookie and send the x-csrf-token header on every non-GET request; scripts use a bearer token from `cctns token create`. The operations tagged “Node-to-node sync” are the protocol between station, state and national nodes, open to a state that runs other software: requests signed by an enrolled node’s key, answers by the upstream’s (docs/sync.md).',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: strip(toSchema(problemSchema, 'output')) },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'cctns_session' },
        bearer: { type: 'http', scheme: 'bearer' },
        nodeSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'x-cctns-signature',
          description:
            'Ed25519 signature (base64url) by the enrolled node’s key over the lines "CCTNS-SYNC-2", method, path with query, node id, time (ms), nonce, Content-Encoding (empty without one), SHA-256 hex of the body, joined by \\n. Every answer carries x-cctns-signature by the upstream’s key over "CCTNS-SYNC-2-RESPONSE", the request’s nonce, method, path and node id, the status, the answer’s Content-Encoding and the SHA-256 hex of its body. See docs/sync.md.',
        },
      },
    },
  };
}
