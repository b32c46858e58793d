import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import type { Config } from '../../src/config.js';
import type { Engine } from '../../src/storage/db.js';
import { ensureDemoData, type DemoLogin } from '../../src/demo/seed.js';
import { openNode, type CctnsNode } from '../../src/node.js';
import type { Clock } from '../../src/util/clock.js';
import { freshStorage, type TestStorage } from './storage.js';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  node: CctnsNode;
  db: TestStorage;
  demo: { users: Record<string, DemoLogin> };
  close(): Promise<void>;
}

/**
 * A real node on a fresh database with the demo data, listening on a random local port. A node
 * of another tier can be asked for (a station gets no demo data: it receives its state's).
 */
export async function startTestServer(
  opts: {
    clock?: Clock;
    security?: Partial<Config['security']>;
    listen?: boolean;
    node?: Config['node'];
    sync?: Partial<Config['sync']>;
    engine?: Engine;
    demo?: boolean;
    /** Sees every answer the server sends (the contract test counts the routes it reached). */
    onAnswer?: (request: FastifyRequest, reply: FastifyReply) => void;
  } = {},
): Promise<TestServer> {
  const db = await freshStorage(opts.security, { engine: opts.engine });
  const config: Config = { ...db.config, node: opts.node ?? {}, sync: { ...db.config.sync, ...opts.sync } };
  const node = await openNode(config, { clock: opts.clock, storage: db.storage });
  const logins = opts.demo === false ? [] : await ensureDemoData(node);
  // Every answer a test receives is checked against its route's declared schema.
  const app = await buildServer(node, { logger: false, validateResponses: true });
  const onAnswer = opts.onAnswer;
  if (onAnswer) app.addHook('onResponse', async (request, reply) => onAnswer(request, reply));
  let url = '';
  if (opts.listen !== false) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    url = typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}` : '';
  }
  return {
    url,
    app,
    node,
    db,
    demo: { users: Object.fromEntries(logins.map((l) => [l.username, l])) },
    async close() {
      await app.close();
      await node.close();
      await db.cleanup();
    },
  };
}

/** How many events the node's log holds: a refused write must leave it as it was. */
export async function eventCount(server: TestServer): Promise<number> {
  return Number(
    (
      await server.node.storage.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}
