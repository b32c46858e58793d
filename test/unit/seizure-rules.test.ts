import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { courtStepProblems, itemClocks, seizureProblems } from '../../src/domain/seizure-rules.js';
import { isImei } from '../../src/domain/imei.js';
import { loadClockRules } from '../../src/records/clock-rules.js';
import { loadSeizureCodes } from '../../src/records/seizure-reference.js';

const codes = loadSeizureCodes();
const now = new Date('2026-07-10T12:00:00+05:30');
const memo = (over: Partial<Parameters<typeof seizureProblems>[0]> = {}) => ({
  seizedAt: new Date('2026-07-10T10:00:00+05:30'),
  depositedAt: new Date('2026-07-10T11:00:00+05:30'),
  witnesses: [{ name: 'Ganesh More' }, { personId: 'p1' }],
  items: [{ category: 'weapon' }, { category: 'mobile_phone', device: { imei: '490154203237518' } }],
  video: null,
  ...over,
});
const paths = (ps: { path: string }[]) => ps.map((p) => p.path);

describe('seizure memo rules (BNSS 103, 105)', () => {
  test('IMEI: 15 digits with the Luhn check digit', () => {
    assert.equal(isImei('490154203237518'), true);
    assert.equal(isImei('490154203237519'), false);
    assert.equal(isImei('49015420323751'), false);
  });

  test('a sound memo has no problems; each fault is named by its field', () => {
    assert.deepEqual(seizureProblems(memo(), new Set(['p1']), now, codes), []);
    assert.deepEqual(paths(seizureProblems(memo({ witnesses: [{ name: 'Ganesh More' }] }), new Set(), now, codes)), ['witnesses']);
    assert.deepEqual(paths(seizureProblems(memo(), new Set(), now, codes)), ['witnesses.1.personId']);
    assert.deepEqual(paths(seizureProblems(memo({ depositedAt: new Date('2026-07-10T09:00:00+05:30') }), new Set(['p1']), now, codes)), ['depositedAt']);
    assert.deepEqual(paths(seizureProblems(memo({ items: [{ category: 'electronic_device' }] }), new Set(['p1']), now, codes)), ['items.0.device']);
    assert.deepEqual(paths(seizureProblems(memo({ items: [{ category: 'cash', device: { make: 'x' } }] }), new Set(['p1']), now, codes)), ['items.0.device']);
    assert.deepEqual(paths(seizureProblems(memo({ video: { forwardedToMagistrateAt: new Date('2026-07-10T09:00:00+05:30') } }), new Set(['p1']), now, codes)), ['video.forwardedToMagistrateAt']);
  });
});

describe('the court on produced property (BNSS 497)', () => {
  const produced = { producedAt: new Date('2026-07-01T10:00:00+05:30'), statementAt: null, disposalOrderAt: null, finalAt: null };

  test('a statement only after production, once; a disposal order needs its order', () => {
    const none = { ...produced, producedAt: null };
    assert.deepEqual(paths(courtStepProblems(none, { step: 'statement_prepared', at: now, orderRef: null }, now)), ['step']);
    assert.deepEqual(courtStepProblems(produced, { step: 'statement_prepared', at: now, orderRef: null }, now), []);
    assert.deepEqual(paths(courtStepProblems(produced, { step: 'statement_prepared', at: new Date('2026-06-30T10:00:00+05:30'), orderRef: null }, now)), ['at']);
    assert.deepEqual(paths(courtStepProblems({ ...produced, statementAt: now }, { step: 'statement_prepared', at: now, orderRef: null }, now)), ['step']);
    assert.deepEqual(paths(courtStepProblems(produced, { step: 'disposal_ordered', at: now, orderRef: null }, now)), ['orderRef']);
  });

  test('the item clocks: 14 days from production (day excluded), then 30 from the statement; a final move meets the order', () => {
    const rules = loadClockRules();
    const facts = {
      recordKind: 'fir' as const,
      recordedAt: new Date('2026-06-30T10:00:00+05:30'),
      occurredAt: null,
      maxYears: 3,
      sensitive: false,
      categories: [],
      events: { arrest: new Date('2026-06-30T12:00:00+05:30') },
    };
    const running = itemClocks(facts, produced, now, rules);
    assert.deepEqual(
      running.map((c) => [c.code, c.dueDateIst, c.status]),
      [['property-statement-14d', '2026-07-15', 'running']],
      'only the item’s own clocks, not the case’s',
    );
    const stated = itemClocks(facts, { ...produced, statementAt: new Date('2026-07-05T10:00:00+05:30') }, now, rules);
    assert.deepEqual(
      stated.map((c) => [c.code, c.status]),
      [
        ['property-statement-14d', 'met'],
        ['property-disposal-order-30d', 'running'],
      ],
    );
    const returned = itemClocks(facts, { ...produced, statementAt: new Date('2026-07-05T10:00:00+05:30'), finalAt: new Date('2026-07-08T10:00:00+05:30') }, now, rules);
    assert.equal(returned.find((c) => c.code === 'property-disposal-order-30d')!.status, 'met');
  });
});
