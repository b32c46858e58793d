import { z } from 'zod';
import { problemSchema } from './problem.js';
import type { RouteDef } from './route.js';
import { TITLES } from '../errors.js';

/** OpenAPI 3.1 built from the same zod schemas that validate requests. */
export function buildOpenApi(routes: RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const registry = z.registry<{ id?: string }>();
  const toSchema = (s: z.ZodType, io: 'input' | 'output') =>
    z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any', metadata: registry }) as Record<string, unknown>;
  const strip = (s: Record<string, unknown>) => {
    const { $schema, ...rest } = s;
    return rest;
  };
  for (const r of routes) {
    const p = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${p.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      security: r.access === 'user' ? [{ session: [] }, { bearer: [] }] : r.access === 'signing-in' ? [{ session: [] }] : [],
    };
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['query', r.query],
      ['path', r.params],
    ] as const) {
      if (!schema) continue;
      const js = strip(toSchema(schema, 'input'));
      const props = (js.properties ?? {}) as Record<string, unknown>;
      const required = new Set((js.required as string[] | undefined) ?? []);
      for (const [name, s] of Object.entries(props)) {
        parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: s });
      }
    }
    if (parameters.length) op.parameters = parameters;
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: strip(toSchema(r.body, 'input')) } } };
    const responses: Record<string, unknown> = {
      [String(r.response.status)]: {
        description: r.response.description,
        ...(r.response.schema ? { content: { 'application/json': { schema: strip(toSchema(r.response.schema, 'output')) } } } : {}),
      },
    };
    const errors = new Set([400, ...(r.access === 'public' ? [] : [401]), ...(r.method === 'GET' ? [] : [403, 413, 415]), ...(r.errors ?? [])]);
    for (const status of errors) {
      responses[String(status)] = {
        description: TITLES[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    op.responses = responses;
    (paths[p] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'CCTNS node API',
      version: '1',
      description:
        'Every police-facing action of a CCTNS node. Errors are RFC 9457 problem details. Browser clients use the session cookie and send the x-csrf-token header on every non-GET request; scripts use a bearer token from `cctns token create`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: strip(toSchema(problemSchema, 'output')) },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'cctns_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}
