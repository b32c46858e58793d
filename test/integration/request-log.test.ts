import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import { openNode } from '../../src/node.js';
import { ENGINE, freshStorage } from '../support/storage.js';

test(`the request log keeps paths but never query strings, where search terms travel (${ENGINE})`, async () => {
  const t = await freshStorage();
  const node = await openNode({ ...t.config, logLevel: 'info' }, { storage: t.storage });
  const lines: string[] = [];
  const app = await buildServer(node, { logStream: { write: (l) => void lines.push(l) }, validateResponses: true });
  try {
    for (const url of ['/api/v1/search/persons?q=Sunita%20Meshram&father=Ramesh', '/api/v1/search/phones?q=9876543210', '/healthz?x=Meshram']) {
      await app.inject({ method: 'GET', url });
    }
    const log = lines.join('');
    assert.match(log, /\/api\/v1\/search\/persons\?…/, 'the path is logged');
    assert.match(log, /\/healthz\?…/);
    for (const secret of ['Sunita', 'Meshram', 'Ramesh', '9876543210', 'q=']) assert.ok(!log.includes(secret), `${secret} reached the log:\n${log}`);
  } finally {
    await app.close();
    await node.close();
    await t.cleanup();
  }
});
