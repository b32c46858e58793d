import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ageWhenLastSeen, alertReach, isMissingChild, mayChangeStatus, parseMissingPersonRules, presumedOffence, reportProblems, statusDateProblems } from '../../src/domain/missing-persons.js';
import { loadMissingPersonRules } from '../../src/records/missing-person-reference.js';

const rules = loadMissingPersonRules();
const NOW = new Date('2026-07-01T06:00:00Z');

describe('missing-person rules (reference/law/missing-persons.json)', () => {
  test('a child is under 18 when last seen: by birth date on that day, else the age reported', () => {
    assert.equal(isMissingChild(rules, 17), true);
    assert.equal(isMissingChild(rules, 18), false);
    assert.equal(isMissingChild(rules, 18, { from: 16 }), true, 'the informant’s estimate reaching below 18: the doubt to the child');
    assert.equal(ageWhenLastSeen({ birthDate: '2008-07-15', age: 18 }, new Date('2026-07-10T12:00:00Z')), 17, 'a year apart: the younger');
    assert.equal(ageWhenLastSeen({ birthDate: '2008-07-15' }, new Date('2026-06-30T12:00:00Z')), 17);
    assert.equal(ageWhenLastSeen({ birthDate: '2008-07-15', age: 30 }, new Date('2026-07-20T12:00:00Z')), 18, 'the birth date decides');
    assert.equal(ageWhenLastSeen({ age: 9 }, NOW), 9);
  });

  test('kidnapping under the code in force when the child was last seen', () => {
    assert.deepEqual(presumedOffence(rules, new Date('2024-07-01T00:00:00+05:30')), { act: 'BNS', section: '137(2)' });
    assert.deepEqual(presumedOffence(rules, new Date('2024-06-30T23:59:00+05:30')), { act: 'IPC', section: '363' });
  });

  test('an adult’s alert to the district, a child’s to the State', () => {
    assert.equal(alertReach(rules, false), 'district');
    assert.equal(alertReach(rules, true), 'state');
  });

  test('a rule file without a section for each code, or citing a source it does not list, is refused', () => {
    const json = JSON.parse(JSON.stringify(rules));
    assert.throws(() => parseMissingPersonRules({ ...json, presumedOffence: json.presumedOffence.map((o: { code: string }) => ({ ...o, code: 'BNS' })) }), /a BNS and an IPC section/);
    assert.throws(() => parseMissingPersonRules({ ...json, alertReach: { ...json.alertReach, source: 'NOWHERE' } }), /source NOWHERE/);
  });

  test('ages and dates that cannot be', () => {
    const at = (p: { age?: number; birthDate?: string }, lastSeenAt = '2026-06-30T18:00:00+05:30') => reportProblems({ person: p, lastSeenAt }, NOW).map((e) => `${e.path}: ${e.message}`);
    assert.deepEqual(at({ age: 40 }), []);
    assert.deepEqual(at({}), ['person.age: give the age when last seen, or the date of birth']);
    assert.deepEqual(at({ age: 40 }, '2026-07-02T10:00:00+05:30'), ['lastSeenAt: cannot be in the future']);
    assert.deepEqual(at({ birthDate: '2010-05-01' }, '2009-01-01T10:00:00+05:30'), ['lastSeenAt: cannot be before the date of birth']);
    assert.deepEqual(at({ birthDate: '2030-05-01' }).slice(0, 1), ['person.birthDate: cannot be in the future']);
  });

  test('status: which change may follow which, and on which dates', () => {
    assert.ok(mayChangeStatus('missing', 'traced') && mayChangeStatus('traced', 'returned') && mayChangeStatus('traced', 'found_dead'));
    assert.ok(!mayChangeStatus('returned', 'found_dead') && !mayChangeStatus('found_dead', 'traced') && !mayChangeStatus('traced', 'traced'));
    const facts = { reportedAt: '2026-07-01T04:00:00.000Z', statusAt: null };
    assert.deepEqual(statusDateProblems(new Date('2026-07-01T05:00:00Z'), facts, NOW), []);
    assert.match(statusDateProblems(new Date('2026-07-01T03:00:00Z'), facts, NOW)[0]!.message, /before the report/);
    assert.match(statusDateProblems(new Date('2026-07-01T07:00:00Z'), facts, NOW)[0]!.message, /future/);
    assert.match(statusDateProblems(new Date('2026-07-01T04:30:00Z'), { ...facts, statusAt: '2026-07-01T05:00:00.000Z' }, NOW)[0]!.message, /last change/);
  });
});
