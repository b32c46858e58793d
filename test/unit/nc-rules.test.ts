import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LawSection } from '../../src/domain/law.js';
import { diaryDueDate, diaryOwed, fortnightByNumber, fortnightNumber, fortnightOf, isFortnightStart, ncNumberLabel, ncSectionProblems } from '../../src/domain/nc-reports.js';
import { loadNcRules } from '../../src/records/nc-reports.js';

const section = (over: Partial<LawSection>): LawSection => ({
  act: 'BNS',
  section: '352',
  title: 'Intentional insult',
  titleHi: null,
  chapter: null,
  maxPunishment: '2 years',
  maxYears: 2,
  cognizable: 'no',
  bailable: 'yes',
  triableBy: null,
  equivalents: [],
  sensitive: false,
  crimeHead: null,
  version: 1,
  source: 'test',
  ...over,
});

describe('non-cognizable report rules (BNSS 174)', () => {
  test('fortnights: the 1st–15th and the 16th–last day, February and leap years included', () => {
    assert.deepEqual(fortnightOf('2026-07-01'), { start: '2026-07-01', end: '2026-07-15' });
    assert.deepEqual(fortnightOf('2026-07-15'), { start: '2026-07-01', end: '2026-07-15' });
    assert.deepEqual(fortnightOf('2026-07-16'), { start: '2026-07-16', end: '2026-07-31' });
    assert.deepEqual(fortnightOf('2026-02-20'), { start: '2026-02-16', end: '2026-02-28' });
    assert.deepEqual(fortnightOf('2028-02-29'), { start: '2028-02-16', end: '2028-02-29' });
    assert.deepEqual(fortnightOf('2026-04-30'), { start: '2026-04-16', end: '2026-04-30' });
    assert.ok(isFortnightStart('2026-07-16') && isFortnightStart('2026-07-01') && !isFortnightStart('2026-07-02'));
    for (let n = 1; n <= 24; n++) assert.equal(fortnightNumber(fortnightByNumber(2026, n)), n);
    assert.equal(fortnightNumber(fortnightOf('2026-12-31')), 24);
    assert.equal(ncNumberLabel(2026, 7), 'NC 7/2026');
  });

  test('only a section the catalogue says is non-cognizable, and never a sensitive one', () => {
    const refs = [
      { act: 'BNS', section: '352' },
      { act: 'BNS', section: '303(2)' },
      { act: 'BNS', section: '318' },
      { act: 'BNS', section: '45' },
      { act: 'BNS', section: '79' },
      { act: 'BNS', section: '999' },
    ];
    const problems = ncSectionProblems(refs, [
      section({}),
      section({ section: '303(2)', cognizable: 'yes' }),
      section({ section: '318', cognizable: 'depends' }),
      section({ section: '45', cognizable: 'unknown' }),
      section({ section: '79', cognizable: 'no', sensitive: true }),
      null,
    ]);
    assert.deepEqual(
      problems.map((p) => p.path),
      ['sections.1', 'sections.2', 'sections.3', 'sections.4', 'sections.5'],
    );
    assert.match(problems[0]!.message, /cognizable: an FIR must be registered/);
    assert.match(problems[1]!.message, /sub-section/);
    assert.match(problems[2]!.message, /does not say/);
    assert.match(problems[3]!.message, /register an FIR/);
    assert.match(problems[4]!.message, /not in the law catalogue/);
  });

  test('the diary of an ended fortnight with reports is owed from the data file’s due date, overdue after it', () => {
    const rules = loadNcRules();
    const f = fortnightOf('2026-07-01');
    assert.equal(diaryDueDate(f, rules), '2026-07-16');
    assert.deepEqual(diaryOwed('2026-07-16', { fortnight: f, reports: 2, forwarded: false }, rules), { due: '2026-07-16', overdue: false });
    assert.deepEqual(diaryOwed('2026-07-17', { fortnight: f, reports: 2, forwarded: false }, rules), { due: '2026-07-16', overdue: true });
    assert.equal(diaryOwed('2026-07-17', { fortnight: f, reports: 2, forwarded: true }, rules), null);
    assert.equal(diaryOwed('2026-07-17', { fortnight: f, reports: 0, forwarded: false }, rules), null);
    assert.equal(diaryDueDate(f, { ...rules, dueDaysAfterFortnight: 3 }), '2026-07-18', 'the margin is data');
  });
});
