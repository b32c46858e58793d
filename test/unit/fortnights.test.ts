// The fortnights of the NC diary (BNSS 174(1)) as both the server and the web app reckon them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fortnightBefore, fortnightOf } from '../../src/domain/fortnights.js';

test('a fortnight is the 1st–15th or the 16th–last day of the month, and the one before it follows on', () => {
  assert.deepEqual(fortnightOf('2026-02-20'), { start: '2026-02-16', end: '2026-02-28' });
  assert.deepEqual(fortnightOf('2028-02-29'), { start: '2028-02-16', end: '2028-02-29' });
  assert.deepEqual(fortnightBefore({ start: '2026-03-01', end: '2026-03-15' }), { start: '2026-02-16', end: '2026-02-28' });
  assert.deepEqual(fortnightBefore({ start: '2026-03-16', end: '2026-03-31' }), { start: '2026-03-01', end: '2026-03-15' });
  assert.deepEqual(fortnightBefore({ start: '2026-01-01', end: '2026-01-15' }), { start: '2025-12-16', end: '2025-12-31' });
  // Twenty-four back from any day is the same fortnight a year earlier.
  let f = fortnightOf('2026-07-09');
  for (let i = 0; i < 24; i++) f = fortnightBefore(f);
  assert.deepEqual(f, { start: '2025-07-01', end: '2025-07-15' });
});
