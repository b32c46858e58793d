import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firNumberLabel, parseFirNumber, shortFirNumber } from '../../src/domain/fir-numbers.js';

describe('FIR numbers', () => {
  test('as written at the station', () => {
    const n = { firNo: 12, year: 2026, stationCode: null };
    for (const w of ['12/2026', '0012/2026', ' 12 / 2026 ', '12/26', '१२/२०२६']) assert.deepEqual(parseFirNumber(w), n, w);
  });

  test('a number without its year', () => {
    assert.deepEqual(parseFirNumber('12'), { firNo: 12, year: null, stationCode: null });
  });

  test('the full label the system prints', () => {
    assert.deepEqual(parseFirNumber('mh-pun-ps01/2026/0012'), { firNo: 12, year: 2026, stationCode: 'MH-PUN-PS01' });
    assert.equal(firNumberLabel('MH-PUN-PS01', 2026, 12), 'MH-PUN-PS01/2026/0012');
    assert.equal(shortFirNumber(12, 2026), '12/2026');
  });

  test('not FIR numbers', () => {
    for (const w of ['0/2026', '12/1850', '123456', 'twelve', '12/2026/1', '', 'MH12AB1234']) assert.equal(parseFirNumber(w), null, w);
  });
});
