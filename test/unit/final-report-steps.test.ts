/** The pure rules of crime details, the State's review of final reports, courts, disposal and appeal. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appealProblems, courtsFor, crimeDetailsProblems, dateProblems, disposalProblems, firStatusOnFiling, parseReviewRules, reviewLevelFor } from '../../src/domain/final-report-steps.js';
import { isAtOrAbove } from '../../src/domain/units.js';
import { loadCourts, loadFinalReportReviewRules } from '../../src/records/court-reference.js';
import { loadInvestigationCodes } from '../../src/records/investigation-reference.js';

const codes = loadInvestigationCodes();
const kind = (code: string) => codes.finalReportKinds.find((k) => k.code === code)!;

describe('final report steps', () => {
  test("the State's rules: a kind's own entry wins over its class; a State not listed needs no review", () => {
    const rules = parseReviewRules({ version: 't', note: 't', states: { MH: { closure: 'subdivision', closure_false: 'district' } } }, codes);
    assert.equal(reviewLevelFor(kind('closure_true_undetected'), 'MH', rules), 'subdivision');
    assert.equal(reviewLevelFor(kind('closure_false'), 'MH', rules), 'district');
    assert.equal(reviewLevelFor(kind('charge_sheet'), 'MH', rules), null);
    assert.equal(reviewLevelFor(kind('closure_false'), 'DL', rules), null);
    assert.throws(() => parseReviewRules({ version: 't', note: 't', states: { MH: { acquittal: 'district' } } }, codes), /neither a final report kind nor a class/);
    assert.equal(reviewLevelFor(kind('closure_false'), 'MH', loadFinalReportReviewRules()), 'subdivision', 'the shipped data');
  });

  test('levels: the SP’s district is above the subdivision, the station and labs are not', () => {
    assert.ok(isAtOrAbove('district', 'subdivision'));
    assert.ok(isAtOrAbove('subdivision', 'subdivision'));
    assert.ok(!isAtOrAbove('police_station', 'subdivision'));
    assert.ok(!isAtOrAbove('forensic_lab', 'subdivision'));
    assert.ok(!isAtOrAbove(undefined, 'district'));
  });

  test('courts of a station: its district’s and its State’s, not another district’s', () => {
    const codesOf = courtsFor('/IN/MH/MH-PUN/MH-PUN-SD1/MH-PUN-PS01/', loadCourts()).map((c) => c.code);
    assert.ok(codesOf.includes('MH-PUN-CJM') && codesOf.includes('MH-HC-BOM'));
    assert.ok(!codesOf.includes('MH-NSK-CJM'));
  });

  test('a filed charge sheet charge-sheets the case, a closure closes it', () => {
    assert.equal(firStatusOnFiling(kind('supplementary_charge_sheet')), 'charge_sheeted');
    assert.equal(firStatusOnFiling(kind('closure_mistake_of_fact')), 'closed');
  });

  test('crime details name codes of the lists, each MO code once, and a crime head of the law data', () => {
    const heads = new Set(['Theft']);
    assert.deepEqual(crimeDetailsProblems({ crimeHead: 'Theft', placeType: 'shop', moCodes: ['night', 'crowbar'] }, codes, heads), []);
    assert.deepEqual(
      crimeDetailsProblems({ crimeHead: 'Piracy', placeType: 'moon', motive: 'boredom', moCodes: ['night', 'night', 'x'] }, codes, heads).map((p) => p.path),
      ['crimeHead', 'placeType', 'motive', 'moCodes.1', 'moCodes.2'],
    );
  });

  test('dates: not in the future (IST), not before what they follow', () => {
    const now = new Date('2026-03-10T20:00:00Z'); // 11 March 01:30 IST
    assert.deepEqual(dateProblems('d', '2026-03-11', now), []);
    assert.equal(dateProblems('d', '2026-03-12', now)[0]!.message, 'cannot be in the future');
    assert.match(dateProblems('d', '2026-03-09', now, { at: '2026-03-09T20:00:00Z', what: 'the filing' })[0]!.message, /before the filing/);
  });

  test('a disposal: per accused of the case and section of the case, each pair once, outcomes of the list', () => {
    const c = { accused: new Set(['a1']), sections: [{ act: 'BNS', section: '303(2)' }] };
    const s = { act: 'bns', section: '303(2)' };
    assert.deepEqual(disposalProblems([{ personId: 'a1', section: s, outcome: 'convicted' }], c, codes), []);
    assert.deepEqual(
      disposalProblems(
        [
          { personId: 'a1', section: s, outcome: 'convicted' },
          { personId: 'a1', section: s, outcome: 'acquitted' },
          { personId: 'w1', section: { act: 'BNS', section: '64' }, outcome: 'hanged' },
        ],
        c,
        codes,
      ).map((p) => p.path),
      ['outcomes.1', 'outcomes.2.personId', 'outcomes.2.section', 'outcomes.2.outcome'],
    );
  });

  test('an appeal: for accused the court decided, once each, results of the list', () => {
    assert.deepEqual(appealProblems([{ personId: 'a1', result: 'conviction_upheld' }], new Set(['a1']), codes), []);
    assert.deepEqual(
      appealProblems(
        [
          { personId: 'a1', result: 'conviction_upheld' },
          { personId: 'a1', result: 'sentence_reduced' },
          { personId: 'a2', result: 'pardon' },
        ],
        new Set(['a1']),
        codes,
      ).map((p) => p.path),
      ['results.1.personId', 'results.2.personId', 'results.2.result'],
    );
  });
});
