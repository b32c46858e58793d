import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyQuery } from '../../src/search/query-kind.js';

describe('what a search box was given', () => {
  test('FIR numbers', () => {
    assert.deepEqual(classifyQuery('0012/2026'), { kind: 'fir_number', value: '12/2026', firNo: 12, year: 2026, stationCode: null });
    assert.deepEqual(classifyQuery('MH-PUN-PS01/2026/12'), { kind: 'fir_number', value: 'MH-PUN-PS01/2026/0012', firNo: 12, year: 2026, stationCode: 'MH-PUN-PS01' });
    assert.equal(classifyQuery('12').kind, 'fir_number');
  });

  test('phone numbers', () => {
    assert.deepEqual(classifyQuery('+91 98220 12345'), { kind: 'phone', value: '9822012345' });
    assert.deepEqual(classifyQuery('098220-12345'), { kind: 'phone', value: '9822012345' });
    assert.deepEqual(classifyQuery('123456'), { kind: 'phone', value: '123456' }, 'six digits are too many for an FIR number');
  });

  test('vehicles', () => {
    assert.deepEqual(classifyQuery('mh 12 ab 1234'), { kind: 'vehicle', value: 'MH12AB1234' });
    assert.deepEqual(classifyQuery('22 BH 1234 AA'), { kind: 'vehicle', value: '22BH1234AA' });
    assert.deepEqual(classifyQuery('ma3ewde1s00123456'), { kind: 'vehicle', value: 'MA3EWDE1S00123456' }, 'a chassis number');
  });

  test('names, in any script', () => {
    assert.deepEqual(classifyQuery('  Suresh   Pawar '), { kind: 'name', value: 'Suresh Pawar' });
    assert.deepEqual(classifyQuery('सुरेश पवार'), { kind: 'name', value: 'सुरेश पवार' });
    assert.deepEqual(classifyQuery("D'Souza"), { kind: 'name', value: "D'Souza" });
  });
});
