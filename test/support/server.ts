import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import type { Config } from '../../src/config.js';
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

/** A real node on a fresh database with the demo data, listening on a random local port. */
export async function startTestServer(opts: { clock?: Clock; security?: Partial<Config['security']>; listen?: boolean } = {}): Promise<TestServer> {
  const db = await freshStorage(opts.security);
  const node = await openNode(db.config, { clock: opts.clock, storage: db.storage });
  const logins = await ensureDemoData(node);
  const app = await buildServer(node, { logger: false });
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
      await db.cleanup();
    },
  };
}
