import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInvalidTextDbError, isTransientDbError } from '../../src/storage/db-errors.js';

test('database errors worth retrying are told from those that will fail again', () => {
  const transient = ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_IOERR_WRITE', 'SQLITE_FULL', '08006', '40001', '40P01', '53300', '57P01', '58030', 'ECONNRESET'];
  const lasting = ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', '23505', '23503', '22P02', '42P01', '42703'];
  for (const code of transient) assert.equal(isTransientDbError(Object.assign(new Error('x'), { code })), true, code);
  for (const code of lasting) assert.equal(isTransientDbError(Object.assign(new Error('x'), { code })), false, code);
  assert.equal(isTransientDbError(new Error('a projector refused')), false);
  assert.equal(isTransientDbError(null), false);
});

test('text the database cannot store is told from other errors', () => {
  const pg = (code: string, message: string) => Object.assign(new Error(message), { code });
  assert.equal(isInvalidTextDbError(pg('22021', 'invalid byte sequence for encoding "UTF8": 0x00')), true);
  assert.equal(isInvalidTextDbError(pg('22P05', 'unsupported Unicode escape sequence')), true);
  assert.equal(isInvalidTextDbError(pg('XX000', 'unsupported Unicode escape sequence')), true);
  for (const code of ['23505', '22P02', '40001', 'SQLITE_ERROR']) assert.equal(isInvalidTextDbError(pg(code, 'something else')), false, code);
  assert.equal(isInvalidTextDbError(new Error('invalid byte sequence in a file I read')), false, 'only database errors (with a code)');
  assert.equal(isInvalidTextDbError(null), false);
});
