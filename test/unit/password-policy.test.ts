import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordProblem } from '../../src/access/passwords.js';
import { checkPassword } from '../../src/domain/password-policy.js';

const banned = new Set(['password1234', 'qwertyuiop123']);

test('length floor of 12 characters, counted in characters not bytes', () => {
  assert.equal(checkPassword('elevenchars', { banned }), 'too_short');
  assert.equal(checkPassword('twelve-chars', { banned }), null);
  assert.equal(checkPassword('पासवर्ड-छोटा', { banned }), null, '12 Devanagari code points');
  assert.equal(checkPassword('x'.repeat(257), { banned }), 'too_long');
});

test('banned list is matched ignoring case and punctuation', () => {
  assert.equal(checkPassword('Password1234', { banned }), 'banned');
  assert.equal(checkPassword('qwerty-uiop-123', { banned }), 'banned');
});

test('a password containing the username or made of few characters is refused', () => {
  assert.equal(checkPassword('my-sho.pune1-secret', { username: 'sho.pune1', banned }), 'contains_username');
  assert.equal(checkPassword('aaaaaaaaaaaaab', { banned }), 'repetitive');
});

test('the shipped banned list refuses common and police-themed passwords', () => {
  for (const p of ['password1234', 'Police@12345', 'Welcome@2026', 'cctns-demo-2026', 'jaihind12345']) {
    assert.ok(passwordProblem(p), p);
  }
  assert.equal(passwordProblem('monsoon rains over Baramati'), null);
});
