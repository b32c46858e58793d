import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeClocks } from '../../src/domain/clocks.js';
import { articleProblems, disposalGroundProblems, foundClockFacts, foundProblems, lostReportProblems, parseLostPropertyRules } from '../../src/domain/lost-property.js';
import { loadClockRules } from '../../src/records/clock-rules.js';
import { loadLostPropertyRules } from '../../src/records/lost-property-reference.js';

const NOW = new Date('2026-07-01T06:00:00Z');
const paths = (ps: { path: string }[]) => ps.map((p) => p.path);

test('the shipped data loads, cites its sources, and a kind or source it does not list is refused', () => {
  const rules = loadLostPropertyRules();
  assert.ok(rules.articleKinds.some((k) => k.code === 'mobile_phone' && k.needs === 'mobilePhone'));
  assert.equal(rules.sale.lowValueBelowRupees, 10000, 'BNSS 505: ten thousand rupees');
  assert.ok(rules.sources.every((s) => s.url.startsWith('https://')));
  assert.throws(() => parseLostPropertyRules({ ...rules, sale: { ...rules.sale, source: 'NOWHERE' } }), /source NOWHERE/);
  assert.throws(() => parseLostPropertyRules({ ...rules, articleKinds: [...rules.articleKinds, rules.articleKinds[0]] }), /listed twice/);
});

test('an article carries what its kind is identified by, and nothing of another kind', () => {
  const rules = loadLostPropertyRules();
  assert.deepEqual(articleProblems(rules, { kind: 'bag' }, 'a'), []);
  assert.deepEqual(paths(articleProblems(rules, { kind: 'mobile_phone' }, 'a')), ['a.mobilePhone']);
  assert.deepEqual(paths(articleProblems(rules, { kind: 'vehicle_papers' }, 'a')), ['a.document']);
  assert.deepEqual(paths(articleProblems(rules, { kind: 'bag', mobilePhone: {} }, 'a')), ['a.mobilePhone']);
  assert.deepEqual(paths(articleProblems(rules, { kind: 'boat' }, 'a')), ['a.kind']);
});

test('lost: not in the future, not after the report, not before the informant was born', () => {
  const ok = { lostAt: '2026-06-30T10:00:00+05:30' };
  assert.deepEqual(lostReportProblems(ok, { birthDate: '1990-01-01' }, NOW), []);
  assert.deepEqual(paths(lostReportProblems({ lostAt: '2026-07-02T10:00:00+05:30' }, {}, NOW)), ['lostAt']);
  assert.deepEqual(paths(lostReportProblems({ ...ok, reportedAt: '2026-06-29T10:00:00+05:30' }, {}, NOW)), ['lostAt']);
  assert.deepEqual(paths(lostReportProblems({ ...ok, reportedAt: '2026-07-05T10:00:00+05:30' }, {}, NOW)), ['reportedAt']);
  assert.match(lostReportProblems({ lostAt: '1989-12-31T10:00:00+05:30' }, { birthDate: '1990-01-01' }, NOW)[0]!.message, /date of birth/);
  assert.deepEqual(lostReportProblems({ lostAt: '2000-01-01T10:00:00+05:30' }, { age: 30 }, NOW), [], 'aged 30 now: born no earlier than 31 years ago, mid-1995');
  assert.match(lostReportProblems({ lostAt: '1990-01-01T10:00:00+05:30' }, { age: 30 }, NOW)[0]!.message, /aged 30/);
  assert.deepEqual(paths(foundProblems({ foundAt: '2026-06-30T10:00:00+05:30', receivedAt: '2026-06-30T09:00:00+05:30' }, NOW)), ['receivedAt']);
});

test('disposal: unclaimed only after the six months from the proclamation (BNSS 504); at any time when perishable or of low value (BNSS 505)', () => {
  const rules = loadLostPropertyRules();
  const clock = (proclaimedOn: string | null, now: string) =>
    computeClocks(foundClockFacts({ receivedAt: '2026-07-01T02:30:00Z', proclaimedOn, claimedAt: null, disposedAt: null }), new Date(now), loadClockRules())[0] ?? null;
  const entry = { perishable: false, value: 20000 };
  assert.match(disposalGroundProblems(rules, 'no_claimant', entry, clock(null, '2027-06-01T00:00:00Z'))[0]!.message, /proclamation is not recorded/);
  assert.match(disposalGroundProblems(rules, 'no_claimant', entry, clock('2026-07-02', '2026-12-01T00:00:00Z'))[0]!.message, /until 2027-01-02/);
  assert.deepEqual(disposalGroundProblems(rules, 'no_claimant', entry, clock('2026-07-02', '2027-01-03T00:00:00Z')), []);
  assert.equal(disposalGroundProblems(rules, 'perishable', entry, null).length, 1);
  assert.deepEqual(disposalGroundProblems(rules, 'perishable', { ...entry, perishable: true }, null), []);
  assert.equal(disposalGroundProblems(rules, 'low_value', entry, null).length, 1);
  assert.deepEqual(disposalGroundProblems(rules, 'low_value', { ...entry, value: 9999 }, null), []);
  assert.equal(disposalGroundProblems(rules, 'low_value', { ...entry, value: null }, null).length, 1, 'a value not recorded is not low');
  assert.deepEqual(disposalGroundProblems(rules, 'owner_benefit', entry, null), [], 'the Magistrate’s opinion');
});
