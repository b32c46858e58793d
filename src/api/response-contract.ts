import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { PROBLEM_TYPE_BASE } from './problem.js';

/** What a route or sync operation declares it answers on success. */
export interface DeclaredAnswer {
  status: number;
  /** JSON, as it travels (dates as ISO strings, no undefined). */
  schema?: z.ZodType;
  /** A file of one of these media types. */
  media?: readonly string[];
}

/**
 * Why this successful answer breaks its route's declared contract, or null if it keeps it. The
 * message names the zod paths and issues, never a value: the answer may hold a protected identity.
 */
export function contractBreach(answer: DeclaredAnswer, contentType: string, payload: unknown): string | null {
  if (answer.schema) {
    if (!/^application\/json\b/i.test(contentType)) return `it answered ${contentType || 'without a media type'} instead of JSON`;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.isBuffer(payload) ? payload.toString('utf8') : String(payload));
    } catch {
      return 'the answer is not valid JSON';
    }
    const r = answer.schema.safeParse(body);
    if (r.success) return null;
    return r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  }
  if (answer.media) return answer.media.some((m) => contentType.toLowerCase().startsWith(m)) ? null : `it answered ${contentType || 'without a media type'}, not ${answer.media.join(' or ')}`;
  return null;
}

/**
 * An onSend hook that checks every successful answer against the declaration (validateResponses,
 * on in every test server). A breach is a bug in the server: the answer is replaced by a loud 500
 * naming the route and the zod path, and logged.
 */
export function responseContractHook(label: string, answer: DeclaredAnswer) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode !== answer.status) return payload;
    const breach = contractBreach(answer, String(reply.getHeader('content-type') ?? ''), payload);
    if (!breach) return payload;
    const detail = `The answer of ${label} does not match its declared response schema: ${breach}.`;
    request.log.error({ route: label, breach }, 'response contract broken');
    reply.code(500).type('application/problem+json').removeHeader('content-disposition');
    return JSON.stringify({ type: `${PROBLEM_TYPE_BASE}response-contract`, title: 'Internal Server Error', status: 500, detail });
  };
}
