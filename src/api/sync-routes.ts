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

/** A pushed batch may expand to this much: far above any honest batch, far below memory. */
const MAX_PLAIN_BYTES = 64 * 1024 * 1024;
const MAX_CHUNK_BYTES = 1024 * 1024;

/**
 * The node-to-node sync protocol (docs/sync.md). Not for people: requests are signed by an
 * enrolled node's key, answers by this node's; bodies are raw bytes (compressed NDJSON or JSON),
 * so the signature covers exactly what travelled.
 */
export async function registerSyncRoutes(app: FastifyInstance, node: CctnsNode): Promise<void> {
  const enrolLimiter = new RateLimiter(node.clock, 20, 300);
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: node.config.sync.bodyLimitBytes }, (_req, body, done) => done(null, body));

    scope.addHook('onRequest', async () => {
      if (!node.sync.acceptsNodes) throw new ProblemError(404, 'no-downstream', `This is a ${node.profile.tier} node: it does not accept sync from other nodes.`);
    });
    // Every answer, refusals too, is signed and bound to the request it answers.
    scope.addHook('onSend', async (request, reply, payload) => {
      const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : Buffer.alloc(0);
      const nonce = String(request.headers[SIGNATURE_HEADERS.nonce] ?? '');
      const identity = await node.sync.identity();
      reply.header(SIGNATURE_HEADERS.signature, identity.sign(responseSigningText(nonce, reply.statusCode, body)));
      reply.header(SIGNATURE_HEADERS.time, String(node.clock.now().getTime()));
      return payload;
    });

    const bodyOf = (request: FastifyRequest): Buffer => (Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));
    const authenticate = (request: FastifyRequest): Promise<Authenticated> =>
      node.sync.registry.authenticate({ method: request.method, path: request.url, body: bodyOf(request), headers: request.headers });
    const json = <S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> => {
      let value: unknown;
      try {
        value = JSON.parse(bodyOf(request).toString('utf8'));
      } catch {
        throw new ProblemError(400, 'malformed-json', 'The request body is not valid JSON.');
      }
      const r = schema.safeParse(value, { reportInput: true });
      if (!r.success) throw validationProblem('body', r.error);
      return r.data;
    };
    const sendFeed = (reply: FastifyReply, plain: Buffer) =>
      reply.code(200).header('content-type', 'application/x-ndjson').header('content-encoding', 'br').header('cache-control', 'no-store').send(compress(plain, 5));

    scope.post('/api/v1/sync/enrol', async (request) => {
      const wait = enrolLimiter.hit(request.ip);
      if (wait > 0) throw new ProblemError(429, 'rate-limited', `Too many enrolment attempts. Try again in ${wait} seconds.`, { retryAfterSeconds: wait });
      return node.sync.registry.enrol(json(enrolRequest, request), request.ip);
    });

    scope.post('/api/v1/sync/hello', async (request) => {
      const auth = await authenticate(request);
      return node.sync.upstream.hello(auth, json(helloBody, request));
    });

    scope.post('/api/v1/sync/push', async (request) => {
      const auth = await authenticate(request);
      let plain: Buffer;
      try {
        plain = decompress(bodyOf(request), request.headers['content-encoding'], MAX_PLAIN_BYTES);
      } catch (err) {
        if (err instanceof WireError) throw new ProblemError(400, 'malformed-batch', err.message);
        throw err;
      }
      const result = await node.sync.upstream.push(auth, plain, bodyOf(request).length);
      request.log.info({ node: auth.node.id, unit: auth.node.unit_code, stored: result.stored, duplicates: result.duplicates }, 'sync push applied');
      // Cases transferred to stations this node keeps are registered here; a failure is retried on the next push.
      if (result.stored > 0) await node.sync.afterReceive().catch((err: unknown) => request.log.error({ err }, 'registering transferred cases failed'));
      return result;
    });

    scope.post('/api/v1/sync/pull', async (request, reply) => {
      const auth = await authenticate(request);
      const { plain } = await node.sync.upstream.pull(auth, json(pullBody, request));
      return sendFeed(reply, plain);
    });

    scope.post('/api/v1/sync/restore', async (request, reply) => {
      const auth = await authenticate(request);
      return sendFeed(reply, await node.sync.upstream.restore(auth, json(restoreBody, request)));
    });

    scope.post('/api/v1/sync/blobs/status', async (request) => {
      const auth = await authenticate(request);
      return { files: await node.sync.upstream.blobStatus(auth, json(blobStatusBody, request).sha256) };
    });

    const blobParams = z.object({ sha: z.string().regex(SHA256_PATTERN, 'is not a SHA-256 hash') });
    const offsetQuery = z.object({ offset: z.coerce.number().int().min(0), length: z.coerce.number().int().min(1).max(MAX_CHUNK_BYTES).optional() });
    const parse = <S extends z.ZodType>(schema: S, value: unknown, where: 'path' | 'query'): z.output<S> => {
      const r = schema.safeParse(value, { reportInput: true });
      if (!r.success) throw validationProblem(where, r.error);
      return r.data;
    };

    scope.put('/api/v1/sync/blobs/:sha', async (request) => {
      const auth = await authenticate(request);
      const { sha } = parse(blobParams, request.params, 'path');
      const { offset } = parse(offsetQuery, request.query, 'query');
      const chunk = bodyOf(request);
      if (chunk.length === 0) throw new ProblemError(400, 'empty-chunk', 'The piece of the file is empty.');
      if (chunk.length > MAX_CHUNK_BYTES) throw new ProblemError(413, 'too-large', `A piece may be at most ${MAX_CHUNK_BYTES / 1024} KiB.`);
      return node.sync.upstream.putBlob(auth, sha, offset, chunk);
    });

    scope.get('/api/v1/sync/blobs/:sha', async (request, reply) => {
      const auth = await authenticate(request);
      const { sha } = parse(blobParams, request.params, 'path');
      const { offset, length } = parse(offsetQuery, request.query, 'query');
      const { chunk, size } = await node.sync.upstream.getBlob(auth, sha, offset, length ?? 64 * 1024);
      return reply.code(200).header('content-type', 'application/octet-stream').header('x-cctns-size', String(size)).header('cache-control', 'no-store').send(chunk);
    });
  });
}
