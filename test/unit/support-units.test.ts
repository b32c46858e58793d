import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '../../src/access/rate-limiter.js';
import { SecretBox } from '../../src/access/secret-box.js';
import { checkTotp, totpCode } from '../../src/access/totp.js';
import { parseExpiry } from '../../src/cli/expiry.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { ManualClock } from '../../src/util/clock.js';
import { childPath, isWithin } from '../../src/domain/units.js';

test('canonical JSON sorts keys at every depth and drops undefined', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[{"y":2,"z":1}]},"b":1}');
});

test('rate limiter allows N per window per key, then says how long to wait', () => {
  const clock = new ManualClock();
  const rl = new RateLimiter(clock, 3, 60);
  assert.deepEqual([rl.hit('a'), rl.hit('a'), rl.hit('a')], [0, 0, 0]);
  assert.equal(rl.hit('a'), 60);
  assert.equal(rl.hit('b'), 0, 'keys are independent');
  clock.advance(61);
  assert.equal(rl.hit('a'), 0);
});

test('TOTP accepts the current code and one step of drift, not two', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const t = new Date('2026-05-01T10:00:00Z');
  assert.notEqual(checkTotp(secret, 'u', totpCode(secret, t), t), null);
  assert.notEqual(checkTotp(secret, 'u', totpCode(secret, new Date(t.getTime() - 30_000)), t), null);
  assert.equal(checkTotp(secret, 'u', totpCode(secret, new Date(t.getTime() - 90_000)), t), null);
  assert.equal(checkTotp(secret, 'u', '12345', t), null);
  assert.equal(checkTotp(secret, 'u', 'abcdef', t), null);
});

test('sealed secrets round-trip and detect tampering', () => {
  const box = new SecretBox(Buffer.alloc(32, 7));
  const sealed = box.seal('JBSWY3DPEHPK3PXP');
  assert.notEqual(sealed, box.seal('JBSWY3DPEHPK3PXP'), 'random IV');
  assert.equal(box.open(sealed), 'JBSWY3DPEHPK3PXP');
  const parts = sealed.split('.');
  parts[3] = (parts[3]!.startsWith('A') ? 'B' : 'A') + parts[3]!.slice(1);
  assert.throws(() => box.open(parts.join('.')));
  assert.throws(() => new SecretBox(Buffer.alloc(32, 8)).open(sealed));
});

test('token expiry accepts durations and dates, refuses the past and nonsense', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  assert.equal(parseExpiry('30d', now).toISOString(), '2026-01-31T00:00:00.000Z');
  assert.equal(parseExpiry('12h', now).toISOString(), '2026-01-01T12:00:00.000Z');
  assert.equal(parseExpiry('2027-01-31', now).toISOString(), '2027-01-31T00:00:00.000Z');
  assert.throws(() => parseExpiry('2020-01-01', now), /future/);
  assert.throws(() => parseExpiry('soon', now), /not a duration/);
});

test('unit paths: containment is by whole path segments', () => {
  const mh = childPath(childPath(null, 'IN'), 'MH');
  assert.equal(mh, '/IN/MH/');
  assert.ok(isWithin(childPath(mh, 'MH-PUN'), mh));
  assert.ok(!isWithin('/IN/MHX/', mh));
});
