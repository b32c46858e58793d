/**
 * Files arriving in pieces (sync): taken only at the offset where the file stands, one piece at a
 * time, checked against their hash when whole; a partial file left at full size by a stop between
 * the last piece and the check is settled the next time anyone asks, never left stuck.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sha256Hex } from '../../src/util/hash.js';
import { pngOf } from '../support/images.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

describe(`files in pieces (${ENGINE})`, () => {
  let server: TestServer;
  let salt = 100;
  const fresh = () => {
    const bytes = pngOf(30_000, salt++);
    return { bytes, sha: sha256Hex(bytes) };
  };

  before(async () => {
    server = await startTestServer({ listen: false });
  });
  after(async () => {
    await server?.close();
  });

  test('pieces are taken in order; one at the wrong offset is told where to continue', async () => {
    const files = server.node.sync.files;
    const { bytes, sha } = fresh();
    assert.deepEqual(await files.append(sha, 0, bytes.subarray(0, 10_000), bytes.length), { received: 10_000, complete: false, accepted: true });
    assert.deepEqual(await files.append(sha, 20_000, bytes.subarray(20_000), bytes.length), { received: 10_000, complete: false, accepted: false });
    assert.deepEqual(await files.append(sha, 10_000, bytes.subarray(10_000), bytes.length), { received: bytes.length, complete: true, accepted: true });
    assert.deepEqual(files.read(sha), bytes);
    assert.equal(await files.has(sha), true);
  });

  test('two copies of a piece arriving together: one is taken, the other told where the file stands', async () => {
    const files = server.node.sync.files;
    const { bytes, sha } = fresh();
    const piece = bytes.subarray(0, 15_000);
    const both = await Promise.all([files.append(sha, 0, piece, bytes.length), files.append(sha, 0, piece, bytes.length)]);
    assert.deepEqual(both.map((r) => r.accepted).sort(), [false, true]);
    assert.deepEqual(await files.progress(sha, bytes.length), { received: 15_000, complete: false });
    assert.equal((await files.append(sha, 15_000, bytes.subarray(15_000), bytes.length)).complete, true);
    assert.deepEqual(files.read(sha), bytes, 'the piece was not appended twice');
  });

  test('a partial file left at full size is finished if its bytes are right, discarded if not', async () => {
    const files = server.node.sync.files;
    const good = fresh();
    const partialOf = (sha: string) => `${files.fileFor(sha)}.partial`;
    fs.mkdirSync(path.dirname(partialOf(good.sha)), { recursive: true });
    fs.writeFileSync(partialOf(good.sha), good.bytes);
    assert.deepEqual(await files.progress(good.sha, good.bytes.length), { received: good.bytes.length, complete: true });
    assert.equal(await files.has(good.sha), true);
    assert.deepEqual(files.read(good.sha), good.bytes);

    const bad = fresh();
    fs.mkdirSync(path.dirname(partialOf(bad.sha)), { recursive: true });
    fs.writeFileSync(partialOf(bad.sha), Buffer.alloc(bad.bytes.length, 1));
    assert.deepEqual(await files.progress(bad.sha, bad.bytes.length), { received: 0, complete: false });
    assert.equal(fs.existsSync(partialOf(bad.sha)), false);
    assert.equal(await files.has(bad.sha), false);
  });

  test('a piece running past the size, or a whole file that does not hash to its name, is discarded', async () => {
    const files = server.node.sync.files;
    const { bytes, sha } = fresh();
    await files.append(sha, 0, bytes.subarray(0, 1000), bytes.length);
    assert.deepEqual(await files.append(sha, 1000, Buffer.alloc(bytes.length), bytes.length), { received: 0, complete: false, accepted: false, mismatch: true });
    assert.deepEqual(await files.progress(sha, bytes.length), { received: 0, complete: false });
    const wrong = Buffer.from(bytes);
    wrong[500] = wrong[500]! ^ 0xff;
    assert.deepEqual(await files.append(sha, 0, wrong, bytes.length), { received: 0, complete: false, accepted: false, mismatch: true });
    assert.equal(await files.has(sha), false);
  });
});
