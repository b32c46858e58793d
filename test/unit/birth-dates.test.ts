import assert from 'node:assert/strict';
import { test } from 'node:test';
import { birthDateProblems } from '../../src/domain/person-names.js';

const on = new Date('2026-03-10T04:30:00Z');
const fields = (p: { birthDate?: string; age?: number }) => birthDateProblems(p, on).map((e) => `${e.field}: ${e.message}`);

test('a birth date in the future, or more than 120 years back, is refused', () => {
  assert.deepEqual(fields({ birthDate: '2026-03-11' }), ['birthDate: cannot be in the future']);
  assert.deepEqual(fields({ birthDate: '2027-01-01' }), ['birthDate: cannot be in the future']);
  assert.deepEqual(fields({ birthDate: '0000-01-01' }), ['birthDate: must be within the last 120 years: check the year']);
  assert.deepEqual(fields({ birthDate: '1905-03-09' }), ['birthDate: must be within the last 120 years: check the year']);
});

test('today, a child, and the oldest allowed pass; no birth date passes', () => {
  for (const birthDate of ['2026-03-10', '2011-06-01', '1906-03-10']) assert.deepEqual(fields({ birthDate }), [], birthDate);
  assert.deepEqual(fields({ age: 40 }), []);
});

test('an age the birth date contradicts by more than a year is refused; a year either way is not', () => {
  assert.deepEqual(fields({ birthDate: '2011-01-01', age: 30 }), ['age: does not agree with the date of birth (15 years)']);
  assert.deepEqual(fields({ birthDate: '2011-01-01', age: 16 }), []);
  assert.deepEqual(fields({ birthDate: '2011-01-01', age: 14 }), []);
});
