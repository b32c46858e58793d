import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalisePhone } from '../../src/domain/phone-numbers.js';

describe('phone numbers', () => {
  test('a mobile number in every common writing', () => {
    for (const w of ['9822012345', '+91 98220 12345', '+91-98220-12345', '098220 12345', '0 98220-12345', '0091 98220 12345', '91 98220 12345', '(+91) 98220 12345', '+९१ ९८२२० १२३४५']) {
      assert.equal(normalisePhone(w), '9822012345', w);
    }
  });

  test('a landline with its STD code', () => {
    assert.equal(normalisePhone('020-2612 3456'), '2026123456');
    assert.equal(normalisePhone('+91 20 2612 3456'), '2026123456');
  });

  test('a local number without the STD code stays as written', () => {
    assert.equal(normalisePhone('2612 3456'), '26123456');
  });

  test('other countries keep their country code', () => {
    assert.equal(normalisePhone('+44 20 7946 0000'), '+442079460000');
    assert.equal(normalisePhone('0044 20 7946 0000'), '+442079460000');
  });

  test('not phone numbers', () => {
    for (const w of ['12345', 'call me', '98220x12345', '1'.repeat(16), '', '+', '98/22/012345']) assert.equal(normalisePhone(w), null, w);
  });
});
