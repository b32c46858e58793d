import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { RateLimiter } from '../access/rate-limiter.js';
import { ProblemError } from '../errors.js';
import type { CctnsNode } from '../node.js';
import { SHA256_PATTERN } from '../storage/blob-files.js';
import { responseSigningText, SIGNATURE_HEADERS } from '../sync/crypto.js';
import { enrolRequest } from '../sync/node-registry.js';
import { blobStatusBody, helloBody, pullBody, restoreBody, type Authenticated } from '../sync/upstream-service.js';
import { compress, decompress, WireError } from '../sync/wire.js';
import { validationProblem } from './problem.js';
import { responseContractHook } from './response-contract.js';
import { auditPushAnswerSchema, blobPutAnswerSchema, blobStatusAnswerSchema, enrolAnswerSchema, helloAnswerSchema, pushAnswerSchema } from './schemas/sync.js';

/** A pushed batch may expand to this much: an honest batch (≤ 1 MB on the wire) stays far below it. */
const MAX_PLAIN_BYTES = 16 * 1024 * 1024;
const MAX_CHUNK_BYTES = 1024 * 1024;

type Wire = 'json' | 'ndjson' | 'bytes';

interface SyncInput<B, P, Q> {
  /** The enrolled node that signed the request; null for enrolment, which proves its code instead. */
  auth: Authenticated | null;
  body: B;
  params: P;
  query: Q;
  raw: Buffer;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * One operation of the node-to-node protocol: how its request is checked, what it answers, and
 * its handler. The same table registers the routes and documents them in OpenAPI, so the two
 * cannot drift apart.
 */
export interface SyncOperation<B = unknown, P = unknown, Q = unknown> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  summary: string;
  /** Signed by an enrolled node's key (every operation but enrolment). */
  signed: boolean;
  /** What the body is: JSON checked by a schema, compressed NDJSON, raw bytes, or nothing (GET). */
  body: { wire: 'json'; schema: z.ZodType<B> } | { wire: 'ndjson' | 'bytes' } | null;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** What a successful answer is; a JSON one is described by its schema (checked with validateResponses). */
  answer: { wire: 'json'; schema: z.ZodType; description: string } | { wire: Exclude<Wire, 'json'>; description: string };
  /** Refusals it may answer with, besides 400 for a malformed request (and 401 when signed). */
  errors: number[];
  /** Runs before anything of the request is read (a rate limit). */
  guard?: (request: FastifyRequest) => void;
  handle(input: SyncInput<B, P, Q>): Promise<unknown>;
}

const op = <B, P, Q>(o: SyncOperation<B, P, Q>): SyncOperation<B, P, Q> => o;

/**
 * The node-to-node sync protocol (docs/sync.md). Not for people: requests are signed by an
 * enrolled node's key, answers by this node's; bodies are raw bytes (compressed NDJSON or JSON),
 * so the signature covers exactly what travelled.
 */
export function syncOperations(node: CctnsNode): SyncOperation[] {
  const enrolLimiter = new RateLimiter(node.clock, 20, 300);
  const sendFeed = (reply: FastifyReply, plain: Buffer) =>
    reply.code(200).header('content-type', 'application/x-ndjson').header('content-encoding', 'br').header('cache-control', 'no-store').send(compress(plain, 5));
  const blobParams = z.object({ sha: z.string().regex(SHA256_PATTERN, 'is not a SHA-256 hash') });
  const offsetQuery = z.object({ offset: z.coerce.number().int().min(0), length: z.coerce.number().int().min(1).max(MAX_CHUNK_BYTES).optional() });
  const plainOf = (raw: Buffer, request: FastifyRequest): Buffer => {
    try {
      return decompress(raw, request.headers['content-encoding'], MAX_PLAIN_BYTES);
    } catch (err) {
      if (err instanceof WireError) throw new ProblemError(400, 'malformed-batch', err.message);
      throw err;
    }
  };
  const feedAnswer = 'brotli-compressed NDJSON: a header line, then one event per line with its hashes';
  return [
    op({
      method: 'POST',
      path: '/api/v1/sync/enrol',
      summary: 'Enrol a node with its one-time code: send its public key, get its node id and the upstream key',
      signed: false,
      body: { wire: 'json', schema: enrolRequest },
      answer: { wire: 'json', schema: enrolAnswerSchema, description: 'The node id, the upstream key and the realm key (sealed for the code)' },
      errors: [403, 409, 429, 503],
      guard: (request) => {
        const wait = enrolLimiter.hit(request.ip);
        if (wait > 0) throw new ProblemError(429, 'rate-limited', `Too many enrolment attempts. Try again in ${wait} seconds.`, { retryAfterSeconds: wait });
      },
      handle: async ({ body, request }) => node.sync.registry.enrol(body, request.ip),
    }),
    op({
      method: 'POST',
      path: '/api/v1/sync/hello',
      summary: 'Start a round: say what waits here, learn the upstream time and its heads of this node’s chains',
      signed: true,
      body: { wire: 'json', schema: helloBody },
      answer: { wire: 'json', schema: helloAnswerSchema, description: 'The upstream time and its heads of the node’s origins' },
      errors: [403],
      handle: async ({ auth, body }) => node.sync.upstream.hello(auth!, body),
    }),
    op({
      method: 'POST',
      path: '/api/v1/sync/push',
      summary: 'Push a batch of events of the node’s own units, continuing their hash chains',
      signed: true,
      body: { wire: 'ndjson' },
      answer: { wire: 'json', schema: pushAnswerSchema, description: 'The heads now held, events stored and duplicates' },
      errors: [403, 409, 413, 422],
      handle: async ({ auth, raw, request }) => {
        const result = await node.sync.upstream.push(auth!, plainOf(raw, request), raw.length);
        request.log.info({ node: auth!.node.id, unit: auth!.node.unit_code, stored: result.stored, duplicates: result.duplicates }, 'sync push applied');
        // Cases transferred to stations this node keeps are registered here; a failure is retried on the next push.
        if (result.stored > 0) await node.sync.afterReceive().catch((err: unknown) => request.log.error({ err }, 'registering transferred cases failed'));
        return result;
      },
    }),
    op({
      method: 'POST',
      path: '/api/v1/sync/audit',
      summary: 'Push a piece of the node’s audit chain, entries with their hashes, continuing what is kept here',
      signed: true,
      body: { wire: 'ndjson' },
      answer: { wire: 'json', schema: auditPushAnswerSchema, description: 'How far the chain stands here (seq), entries stored and duplicates' },
      errors: [403, 409, 413, 422],
      handle: async ({ auth, raw, request }) => node.sync.upstream.pushAudit(auth!, plainOf(raw, request)),
    }),
    op({
      method: 'POST',
      path: '/api/v1/sync/pull',
      summary: 'Read the feed of what is addressed to the node, after its cursor',
      signed: true,
      body: { wire: 'json', schema: pullBody },
      answer: { wire: 'ndjson', description: `${feedAnswer}; the header says the next cursor and whether more waits` },
      errors: [403],
      handle: async ({ auth, body, reply }) => sendFeed(reply, (await node.sync.upstream.pull(auth!, body)).plain),
    }),
    op({
      method: 'POST',
      path: '/api/v1/sync/restore',
      summary: 'Get back everything the node should hold, in the upstream’s order (a restored or replacement machine)',
      signed: true,
      body: { wire: 'json', schema: restoreBody },
      answer: { wire: 'ndjson', description: `${feedAnswer}; the first page names where the feed stood` },
      errors: [403],
      handle: async ({ auth, body, reply }) => sendFeed(reply, await node.sync.upstream.restore(auth!, body)),
    }),
    op({
      method: 'POST',
      path: '/api/v1/sync/blobs/status',
      summary: 'Ask how much of each file the upstream holds',
      signed: true,
      body: { wire: 'json', schema: blobStatusBody },
      answer: { wire: 'json', schema: blobStatusAnswerSchema, description: 'Per file: its size (null while its record has not arrived), bytes held, complete' },
      errors: [403],
      handle: async ({ auth, body }) => ({ files: await node.sync.upstream.blobStatus(auth!, body.sha256) }),
    }),
    op({
      method: 'PUT',
      path: '/api/v1/sync/blobs/:sha',
      summary: 'Send a piece of a file, at the offset where the upstream’s copy stands',
      signed: true,
      body: { wire: 'bytes' },
      params: blobParams,
      query: offsetQuery,
      answer: { wire: 'json', schema: blobPutAnswerSchema, description: 'Bytes held and whether the file is complete' },
      errors: [403, 404, 409, 413, 422],
      handle: async ({ auth, params, query, raw }) => {
        if (raw.length === 0) throw new ProblemError(400, 'empty-chunk', 'The piece of the file is empty.');
        if (raw.length > MAX_CHUNK_BYTES) throw new ProblemError(413, 'too-large', `A piece may be at most ${MAX_CHUNK_BYTES / 1024} KiB.`);
        return node.sync.upstream.putBlob(auth!, params.sha, query.offset, raw);
      },
    }),
    op({
      method: 'GET',
      path: '/api/v1/sync/blobs/:sha',
      summary: 'Fetch a piece of a file addressed to the node',
      signed: true,
      body: null,
      params: blobParams,
      query: offsetQuery,
      answer: { wire: 'bytes', description: 'The piece; the header x-cctns-size gives the whole file’s size' },
      errors: [403, 404, 416],
      handle: async ({ auth, params, query, reply }) => {
        const { chunk, size } = await node.sync.upstream.getBlob(auth!, params.sha, query.offset, query.length ?? 64 * 1024);
        return reply.code(200).header('content-type', 'application/octet-stream').header('x-cctns-size', String(size)).header('cache-control', 'no-store').send(chunk);
      },
    }),
  ];
}

/** The declared answer of an operation: its JSON schema, or the media type of its feed or bytes. */
function answerDeclared(answer: SyncOperation['answer']): { schema?: z.ZodType; media?: readonly string[] } {
  if (answer.wire === 'json') return { schema: answer.schema };
  return { media: [answer.wire === 'ndjson' ? 'application/x-ndjson' : 'application/octet-stream'] };
}

export async function registerSyncRoutes(app: FastifyInstance, node: CctnsNode, operations: SyncOperation[], opts: { validateResponses?: boolean } = {}): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: node.config.sync.bodyLimitBytes }, (_req, body, done) => done(null, body));

    scope.addHook('onRequest', async () => {
      if (!node.sync.acceptsNodes) throw new ProblemError(404, 'no-downstream', `This is a ${node.profile.tier} node: it does not accept sync from other nodes.`);
    });
    // The contract is checked before the answer is signed, so a breach is answered (and signed) as a 500.
    if (opts.validateResponses) {
      const checks = new Map(operations.map((o) => [`${o.method} ${o.path}`, responseContractHook(`${o.method} ${o.path}`, { status: 200, ...answerDeclared(o.answer) })]));
      scope.addHook('onSend', async (request, reply, payload) => {
        const check = checks.get(`${request.method} ${request.routeOptions.url}`);
        return check ? check(request, reply, payload) : payload;
      });
    }
    // Every answer, refusals too, is signed and bound to the request it answers.
    scope.addHook('onSend', async (request, reply, payload) => {
      const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : Buffer.alloc(0);
      const nonce = String(request.headers[SIGNATURE_HEADERS.nonce] ?? '');
      const identity = await node.sync.identity();
      const encoding = reply.getHeader('content-encoding');
      const signed = {
        nonce,
        method: request.method,
        path: request.url,
        nodeId: String(request.headers[SIGNATURE_HEADERS.node] ?? ''),
        status: reply.statusCode,
        encoding: typeof encoding === 'string' ? encoding : '',
        body,
      };
      reply.header(SIGNATURE_HEADERS.signature, identity.sign(responseSigningText(signed)));
      reply.header(SIGNATURE_HEADERS.time, String(node.clock.now().getTime()));
      return payload;
    });

    const parse = <S extends z.ZodType>(schema: S, value: unknown, where: 'path' | 'query' | 'body'): z.output<S> => {
      const r = schema.safeParse(value, { reportInput: true });
      if (!r.success) throw validationProblem(where, r.error);
      return r.data;
    };
    const jsonOf = (raw: Buffer): unknown => {
      try {
        return JSON.parse(raw.toString('utf8'));
      } catch {
        throw new ProblemError(400, 'malformed-json', 'The request body is not valid JSON.');
      }
    };

    for (const o of operations) {
      scope.route({
        method: o.method,
        url: o.path,
        handler: async (request, reply) => {
          o.guard?.(request);
          const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          // Who is asking comes first: nothing of an unsigned or forged request is looked at.
          const auth = o.signed ? await node.sync.registry.authenticate({ method: request.method, path: request.url, body: raw, headers: request.headers }) : null;
          const params = o.params ? parse(o.params, request.params, 'path') : undefined;
          const query = o.query ? parse(o.query, request.query, 'query') : undefined;
          const body = o.body?.wire === 'json' ? parse(o.body.schema, jsonOf(raw), 'body') : undefined;
          return o.handle({ auth, body, params, query, raw, request, reply });
        },
      });
    }
  });
}
