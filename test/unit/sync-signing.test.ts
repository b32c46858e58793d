import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestSigningText, responseSigningText } from '../../src/sync/crypto.js';

test('a request signature covers every part a forgery would change, the body encoding too', () => {
  const base = { method: 'POST', path: '/api/v1/sync/push', nodeId: 'n1', time: 1, nonce: 'abc', encoding: 'br', body: Buffer.from('x') };
  const text = requestSigningText(base).toString();
  for (const change of [{ method: 'PUT' }, { path: '/api/v1/sync/pull' }, { nodeId: 'n2' }, { time: 2 }, { nonce: 'abd' }, { encoding: 'gzip' }, { body: Buffer.from('y') }]) {
    assert.notEqual(requestSigningText({ ...base, ...change }).toString(), text, JSON.stringify(change));
  }
});

test('an answer signature binds it to the request it answers: nonce, method, path and node', () => {
  const base = { nonce: 'abc', method: 'POST', path: '/api/v1/sync/push', nodeId: 'n1', status: 200, encoding: '', body: Buffer.from('{}') };
  const text = responseSigningText(base).toString();
  for (const change of [{ nonce: 'abd' }, { method: 'GET' }, { path: '/api/v1/sync/hello' }, { nodeId: 'n2' }, { status: 403 }, { encoding: 'br' }, { body: Buffer.from('[]') }]) {
    assert.notEqual(responseSigningText({ ...base, ...change }).toString(), text, JSON.stringify(change));
  }
});
