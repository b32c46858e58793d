import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTransientDbError } from '../../src/storage/db-errors.js';

test('database errors worth retrying are told from those that will fail again', () => {
  const transient = ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_IOERR_WRITE', 'SQLITE_FULL', '08006', '40001', '40P01', '53300', '57P01', '58030', 'ECONNRESET'];
  const lasting = ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', '23505', '23503', '22P02', '42P01', '42703'];
  for (const code of transient) assert.equal(isTransientDbError(Object.assign(new Error('x'), { code })), true, code);
  for (const code of lasting) assert.equal(isTransientDbError(Object.assign(new Error('x'), { code })), false, code);
  assert.equal(isTransientDbError(new Error('a projector refused')), false);
  assert.equal(isTransientDbError(null), false);
});
