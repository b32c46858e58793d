import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compactIdentifier, normaliseRegistration, reversed, vehicleQuery } from '../../src/domain/vehicle-numbers.js';

describe('vehicle registration numbers', () => {
  test('the common writings of one number are one number', () => {
    for (const w of ['MH 12 AB 1234', 'mh12ab1234', 'MH-12-AB-1234', 'MH.12.AB.1234', ' MH12 AB1234 ', 'MH 12 AB 1234'.replace(/ /g, '\u00a0'), 'ＭＨ１２ＡＢ１２３４']) {
      assert.deepEqual(normaliseRegistration(w), { canonical: 'MH12AB1234', kind: 'standard' }, w);
    }
  });

  test('RTO codes and numbers written without leading zeros', () => {
    assert.equal(normaliseRegistration('MH 2 AB 123')!.canonical, 'MH02AB0123');
    assert.equal(normaliseRegistration('MH-02-AB-0123')!.canonical, 'MH02AB0123');
  });

  test('Delhi numbers with the category letter after the RTO code', () => {
    assert.deepEqual(normaliseRegistration('DL 3C AB 1234'), { canonical: 'DL03CAB1234', kind: 'standard' });
    assert.equal(normaliseRegistration('DL-03-CAB-1234')!.canonical, 'DL03CAB1234');
  });

  test('a number with no series letters', () => {
    assert.deepEqual(normaliseRegistration('GJ 1 1234'), { canonical: 'GJ011234', kind: 'standard' });
  });

  test('run together, the number is the last four digits', () => {
    assert.equal(normaliseRegistration('GJ11234')!.canonical, 'GJ011234');
    assert.equal(normaliseRegistration('GJ 11 234')!.canonical, 'GJ110234', 'unless the writer separated the parts');
  });

  test('Bharat (BH) series', () => {
    assert.deepEqual(normaliseRegistration('22 BH 1234 AA'), { canonical: '22BH1234AA', kind: 'bh' });
    assert.equal(normaliseRegistration('22-bh-1234-a')!.canonical, '22BH1234A');
  });

  test('the three-letter series before 1989', () => {
    assert.deepEqual(normaliseRegistration('MMU 123'), { canonical: 'MMU0123', kind: 'old' });
  });

  test('digits typed in Devanagari', () => {
    assert.equal(normaliseRegistration('MH १२ AB १२३४')!.canonical, 'MH12AB1234');
  });

  test('anything else keeps its letters and digits', () => {
    assert.deepEqual(normaliseRegistration('NPL BA 1 PA 1234'), { canonical: 'NPLBA1PA1234', kind: 'other' });
    assert.equal(normaliseRegistration('—  ·'), null);
  });

  test('engine and chassis numbers: letters and digits only', () => {
    assert.equal(compactIdentifier('ma3 ewde-1s00/123456'), 'MA3EWDE1S00123456');
  });

  test('a search: the registration exactly, and a fragment of 5 or more characters', () => {
    assert.deepEqual(vehicleQuery('mh-12-ab-1234'), { registration: 'MH12AB1234', fragment: 'MH12AB1234' });
    assert.deepEqual(vehicleQuery('23456'), { registration: null, fragment: '23456' });
    assert.deepEqual(vehicleQuery('3456'), { registration: null, fragment: null }, 'four characters find too much');
    assert.deepEqual(vehicleQuery('MH 2 AB 12'), { registration: 'MH02AB0012', fragment: 'MH2AB12' });
  });

  test('reversed, for suffix searches', () => {
    assert.equal(reversed('ABC123'), '321CBA');
  });
});
