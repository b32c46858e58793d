import assert from 'node:assert/strict';
import { test } from 'node:test';
import { birthDateProblems, childOn } from '../../src/domain/person-names.js';

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

test('childhood is decided on the date the record looks at, the doubt to the child', () => {
  const lastSeen = new Date('2026-03-09T12:00:00Z');
  // 18 on the day entered (10 March), 17 the day before.
  assert.equal(childOn({ birthDate: '2008-03-10' }, lastSeen), true, 'the birth date on that date');
  assert.equal(childOn({ birthDate: '2008-03-10' }, on), false);
  assert.equal(childOn({ birthDate: '2008-03-09', age: 17 }, on), true, 'birth date and age a year apart: the younger counts');
  assert.equal(childOn({ birthDate: '2008-03-10', age: 18 }, lastSeen), true);
  assert.equal(childOn({ age: 18, ageRange: { from: 16 } }, on), true, 'an estimated range reaching below 18');
  assert.equal(childOn({ ageRange: { from: 18 } }, on), false);
  // Entered at 18 a month after: 17 or 18 on that date, so a child.
  assert.equal(childOn({ known: { age: 18, at: new Date('2026-04-10T00:00:00Z') } }, on), true);
  assert.equal(childOn({ known: { age: 19, at: new Date('2026-04-10T00:00:00Z') } }, on), false);
  assert.equal(childOn({ known: { age: 18, at: on } }, new Date('2026-05-01T00:00:00Z')), false, 'a later date: the age then is no lower');
});
