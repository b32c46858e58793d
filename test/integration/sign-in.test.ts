import assert from 'node:assert/strict';
import { after, before, describe, mock, test } from 'node:test';
import argon2 from 'argon2';
import { DUMMY_PASSWORD_HASH } from '../../src/access/passwords.js';
import { totpCode } from '../../src/access/totp.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ok } from '../support/answers.js';

describe('sign-in', () => {
  let server: TestServer;
  const clock = new ManualClock('2026-03-10T04:30:00Z');
  before(async () => {
    server = await startTestServer({ clock, listen: false, security: { lockoutDurationSeconds: 30 * 60 } });
  });
  after(() => server.close());

  const secretOf = (u: string) => server.demo.users[u]!.totpSecret;

  test('password then TOTP gives a full session with unit and role', async () => {
    const c = new ApiClient(server.app);
    await c.signIn('sho.pune1', DEMO_PASSWORD, secretOf('sho.pune1'), clock);
    const s = ok(await c.get('/api/v1/session'));
    assert.equal(s.body.stage, 'full');
    assert.equal(s.body.user!.role, 'station_house_officer');
    assert.equal(s.body.user!.unit.code, 'MH-PUN-PS01');
    assert.ok(s.body.user!.permissions.includes('user.create'));
    const cookie = String(s.headers['set-cookie'] ?? '');
    assert.equal(cookie, '', 'session GET does not reissue the session cookie');
  });

  test('session cookie is httpOnly and SameSite=Strict', async () => {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    clock.advance(30);
    const r = await c.post('/api/v1/auth/login', { username: 'io.pune1', password: DEMO_PASSWORD });
    assert.equal(r.status, 200);
    assert.equal(r.body.stage, 'mfa');
    const set = ([] as string[]).concat(r.headers['set-cookie'] as string[]).find((h) => h.startsWith('cctns_session='))!;
    assert.match(set, /HttpOnly/);
    assert.match(set, /SameSite=Strict/);
    assert.doesNotMatch(set, /Secure/, 'Secure only when TLS is configured');
  });

  test('a half-finished sign-in cannot use the API', async () => {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    clock.advance(30);
    await c.post('/api/v1/auth/login', { username: 'io.pune1', password: DEMO_PASSWORD });
    const r = await c.get('/api/v1/users');
    assert.equal(r.status, 401);
    assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(r.body.detail, /Finish signing in/);
  });

  test('a TOTP code is accepted once only', async () => {
    clock.advance(30);
    const code = totpCode(secretOf('writer.pune1'), clock.now());
    const a = new ApiClient(server.app);
    await a.refreshCsrf();
    await a.post('/api/v1/auth/login', { username: 'writer.pune1', password: DEMO_PASSWORD });
    await a.refreshCsrf();
    assert.equal((await a.post('/api/v1/auth/totp', { code })).status, 200);
    const b = new ApiClient(server.app);
    await b.refreshCsrf();
    await b.post('/api/v1/auth/login', { username: 'writer.pune1', password: DEMO_PASSWORD });
    await b.refreshCsrf();
    const replay = await b.post('/api/v1/auth/totp', { code });
    assert.equal(replay.status, 401);
    assert.match(replay.body.detail, /already been used/);
  });

  test('wrong password and unknown user give the same answer, and are audited', async () => {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    const wrong = await c.post('/api/v1/auth/login', { username: 'sp.pune', password: 'not-the-password-at-all' });
    const unknown = await c.post('/api/v1/auth/login', { username: 'nobody.here', password: 'not-the-password-at-all' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.equal(wrong.body.detail, unknown.body.detail);
    const rows = await server.node.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login').where('outcome', '=', 'failure').execute();
    assert.ok(rows.some((r) => r.actor_username === 'sp.pune' && r.detail.includes('wrong-password')));
    assert.ok(rows.some((r) => r.actor_username === null && r.detail.includes('nobody.here')));
    assert.ok(
      rows.every((r) => !r.detail.includes('not-the-password')),
      'passwords never reach the audit log',
    );
  });

  test('five failures in 15 minutes lock the account; an administrator unlocks it', async () => {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    for (let i = 0; i < 4; i++) {
      assert.equal((await c.post('/api/v1/auth/login', { username: 'sdpo.pune', password: 'wrong-password-' + i })).status, 401);
    }
    const fifth = await c.post('/api/v1/auth/login', { username: 'sdpo.pune', password: 'wrong-password-5' });
    assert.equal(fifth.status, 401);
    clock.advance(30);
    const locked = await c.post('/api/v1/auth/login', { username: 'sdpo.pune', password: DEMO_PASSWORD });
    assert.equal(locked.status, 423, 'the right password does not help while locked');
    assert.match(locked.body.detail, /locked/);

    const admin = new ApiClient(server.app);
    await admin.signIn('admin.mh', DEMO_PASSWORD, secretOf('admin.mh'), clock);
    const list = ok(await admin.get('/api/v1/users?q=sdpo'));
    const sdpo = list.body.users.find((u: { username: string }) => u.username === 'sdpo.pune');
    assert.equal(sdpo!.locked, true);
    const unlocked = await admin.post(`/api/v1/users/${sdpo!.id}/unlock`, { reason: 'identity confirmed by phone' });
    assert.equal(unlocked.status, 200);
    assert.equal(unlocked.body.user.locked, false);
    await new ApiClient(server.app).signIn('sdpo.pune', DEMO_PASSWORD, secretOf('sdpo.pune'), clock);
  });

  test('failures spread over more than 15 minutes do not lock; the lock ends after the configured time', async () => {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    for (let i = 0; i < 4; i++) await c.post('/api/v1/auth/login', { username: 'fpb.mh', password: 'wrong-password-xx' });
    clock.advance(16 * 60);
    for (let i = 0; i < 4; i++) await c.post('/api/v1/auth/login', { username: 'fpb.mh', password: 'wrong-password-yy' });
    await new ApiClient(server.app).signIn('fpb.mh', DEMO_PASSWORD, secretOf('fpb.mh'), clock);
    for (let i = 0; i < 5; i++) await c.post('/api/v1/auth/login', { username: 'fsl.mh', password: 'wrong-password-zz' });
    clock.advance(31);
    assert.equal((await c.post('/api/v1/auth/login', { username: 'fsl.mh', password: DEMO_PASSWORD })).status, 423);
    clock.advance(30 * 60);
    await new ApiClient(server.app).signIn('fsl.mh', DEMO_PASSWORD, secretOf('fsl.mh'), clock);
  });

  test('idle for 30 minutes locks the session; activity keeps it alive; 12 hours is the absolute limit', async () => {
    const c = new ApiClient(server.app);
    await c.signIn('scrb.mh', DEMO_PASSWORD, secretOf('scrb.mh'), clock);
    clock.advance(29 * 60);
    assert.equal((await c.get('/api/v1/me')).status, 200);
    clock.advance(29 * 60);
    assert.equal((await c.get('/api/v1/me')).status, 200, 'activity moved the idle deadline');
    clock.advance(31 * 60);
    const idle = await c.get('/api/v1/me');
    assert.equal(idle.status, 401);
    assert.match(idle.body.detail, /30 minutes without activity/);

    const d = new ApiClient(server.app);
    await d.signIn('scrb.mh', DEMO_PASSWORD, secretOf('scrb.mh'), clock);
    for (let h = 0; h < 12 * 3; h++) {
      clock.advance(20 * 60);
      const r = await d.get('/api/v1/me');
      if (h < 12 * 3 - 1) assert.equal(r.status, 200, `still alive after ${(h + 1) * 20} minutes`);
      else {
        assert.equal(r.status, 401);
        assert.match(r.body.detail, /time limit/);
      }
    }
  });

  test('a screen refreshing itself in the background does not keep an idle session alive', async () => {
    const c = new ApiClient(server.app);
    await c.signIn('scrb.mh', DEMO_PASSWORD, secretOf('scrb.mh'), clock);
    for (let i = 0; i < 5; i++) {
      clock.advance(5 * 60);
      assert.equal((await c.request('GET', '/api/v1/node', undefined, { headers: { 'x-cctns-background': '1' } })).status, 200);
    }
    clock.advance(6 * 60);
    const idle = await c.get('/api/v1/me');
    assert.equal(idle.status, 401, '31 minutes without a person doing anything');
    assert.match(idle.body.detail, /without activity/);
  });

  test('logout ends the session on the server: the old cookie is useless', async () => {
    const c = new ApiClient(server.app);
    await c.signIn('cr.mh', DEMO_PASSWORD, secretOf('cr.mh'), clock);
    const cookieHeader = c.cookie('cctns_session');
    assert.equal((await c.post('/api/v1/auth/logout')).status, 204);
    const replay = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `cctns_session=${cookieHeader}` } });
    assert.equal(replay.statusCode, 401);
  });

  test('the session id changes when the second factor completes and when the password changes; the old one is dead', async () => {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    clock.advance(30);
    await c.post('/api/v1/auth/login', { username: 'ncrb', password: DEMO_PASSWORD });
    const cookieOf = () => c.cookie('cctns_session') as string;
    const replay = (cookie: string) => server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `cctns_session=${cookie}` } });
    const beforeTotp = cookieOf();
    await c.refreshCsrf();
    const done = ok(await c.post('/api/v1/auth/totp', { code: totpCode(secretOf('ncrb'), clock.now()) }));
    assert.equal(done.body.stage, 'full');
    const afterTotp = cookieOf();
    assert.notEqual(afterTotp, beforeTotp);
    assert.equal((await replay(beforeTotp)).statusCode, 401, 'the pre-2FA id does not reach the signed-in session');
    assert.equal((await replay(afterTotp)).statusCode, 200);
    const halfway = await server.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: `cctns_session=${beforeTotp}` } });
    assert.equal(JSON.parse(halfway.body).stage, 'anonymous', 'nor is it left half signed in');

    await c.refreshCsrf();
    const changed = await c.post('/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'river godavari at nashik' });
    assert.equal(changed.status, 204);
    const afterChange = cookieOf();
    assert.notEqual(afterChange, afterTotp);
    assert.equal((await replay(afterTotp)).statusCode, 401);
    assert.equal((await c.get('/api/v1/me')).status, 200, 'this browser continues under the new id');
  });

  test('changes need the CSRF token', async () => {
    const c = new ApiClient(server.app);
    await c.signIn('sho.nashik1', DEMO_PASSWORD, secretOf('sho.nashik1'), clock);
    const r = await c.request('PATCH', '/api/v1/me', { language: 'hi' }, { headers: { 'x-csrf-token': 'forged' } });
    assert.equal(r.status, 403);
    assert.match(r.body.type, /csrf$/);
    const me = ok(await c.get('/api/v1/me'));
    assert.equal(me.body.language, 'en', 'nothing changed');
    assert.equal(ok(await c.patch('/api/v1/me', { language: 'hi' })).body.language, 'hi');
  });

  test('security headers on pages and API', async () => {
    const r = await server.app.inject({ method: 'GET', url: '/healthz' });
    assert.deepEqual(JSON.parse(r.body), { status: 'ok' });
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(r.headers['x-frame-options'], 'DENY');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });
});

describe('sign-in rate limits', () => {
  test('per client address and per account, answered 429 with Retry-After, audited', async () => {
    const clock = new ManualClock('2026-03-10T04:30:00Z');
    const server = await startTestServer({ clock, listen: false, security: { loginAttemptsPerAddress: 6, lockoutThreshold: 50 } });
    try {
      const c = new ApiClient(server.app);
      await c.refreshCsrf();
      for (let i = 0; i < 6; i++) {
        assert.equal((await c.post('/api/v1/auth/login', { username: `user${i}.x`, password: 'whatever-password' })).status, 401);
      }
      const limited = await c.post('/api/v1/auth/login', { username: 'sho.pune1', password: DEMO_PASSWORD });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      const other = new ApiClient(server.app);
      other.ip = '10.9.9.9';
      await other.signIn('sho.pune1', DEMO_PASSWORD, server.demo.users['sho.pune1']!.totpSecret, clock);
      clock.advance(301);
      assert.equal((await c.post('/api/v1/auth/login', { username: 'io.pune1', password: DEMO_PASSWORD })).status, 200, 'the window passes');
      const denied = await server.node.storage.db.selectFrom('audit_log').selectAll().where('outcome', '=', 'denied').execute();
      assert.ok(denied.some((r) => r.detail.includes('rate-limited')));
    } finally {
      await server.close();
    }
  });

  test('one account from many addresses is limited too', async () => {
    const clock = new ManualClock('2026-03-10T04:30:00Z');
    const server = await startTestServer({ clock, listen: false, security: { lockoutThreshold: 3, lockoutDurationSeconds: 1 } });
    try {
      let last = 0;
      for (let i = 0; i < 8; i++) {
        const c = new ApiClient(server.app);
        c.ip = `10.0.0.${i + 1}`;
        await c.refreshCsrf();
        last = (await c.post('/api/v1/auth/login', { username: 'io.pune1', password: `wrong-password-${i}` })).status;
        clock.advance(2); // past each short lock, so only the account limit can stop it
      }
      assert.equal(last, 429);
    } finally {
      await server.close();
    }
  });
});

describe('sign-in does not tell which usernames exist', () => {
  const volatile = new Set(['date', 'x-request-id', 'set-cookie', 'content-length']);
  const shape = (r: { status: number; body: unknown; headers: Record<string, unknown> }) => ({
    status: r.status,
    body: r.body,
    headers: Object.fromEntries(
      Object.entries(r.headers)
        .filter(([k]) => !volatile.has(k))
        .sort(),
    ),
  });

  test('a real and an unknown name get the same answers, lock after the same failures, and unlock alike', async () => {
    const clock = new ManualClock('2026-03-10T04:30:00Z');
    const server = await startTestServer({ clock, listen: false, security: { lockoutDurationSeconds: 30 * 60 } });
    try {
      const tries = async (username: string, ip: string, password: (i: number) => string, n: number) => {
        const c = new ApiClient(server.app);
        c.ip = ip;
        await c.refreshCsrf();
        const out = [];
        for (let i = 0; i < n; i++) out.push(shape(await c.post('/api/v1/auth/login', { username, password: password(i) })));
        return out;
      };
      const real = await tries('sp.pune', '10.5.0.1', (i) => `wrong-password-${i}`, 7);
      const unknown = await tries('no.such.officer', '10.5.0.2', (i) => `wrong-password-${i}`, 7);
      assert.deepEqual(unknown, real);
      assert.deepEqual(
        real.map((r) => r.status),
        [401, 401, 401, 401, 401, 423, 423],
      );
      // The real password does not help while locked, and any password gets the same for the unknown name.
      assert.deepEqual(await tries('no.such.officer', '10.5.0.4', () => DEMO_PASSWORD, 1), await tries('sp.pune', '10.5.0.3', () => DEMO_PASSWORD, 1));
      const mixedCase = await tries('  No.Such.OFFICER ', '10.5.0.5', () => 'other-password-1', 1);
      assert.equal(mixedCase[0]!.status, 423, 'the count is kept under the normalised name');
      clock.advance(31 * 60);
      const afterReal = await tries('sp.pune', '10.5.0.6', () => 'still-wrong-password', 1);
      const afterUnknown = await tries('no.such.officer', '10.5.0.7', () => 'still-wrong-password', 1);
      assert.deepEqual(afterUnknown, afterReal);
      assert.equal(afterReal[0]!.status, 401);
    } finally {
      await server.close();
    }
  });

  test('an unknown name costs one argon2 verification, against a hash of the same cost as real ones', async () => {
    const clock = new ManualClock('2026-03-10T04:30:00Z');
    const server = await startTestServer({ clock, listen: false });
    const verify = mock.method(argon2, 'verify');
    const hash = mock.method(argon2, 'hash');
    try {
      const c = new ApiClient(server.app);
      await c.refreshCsrf();
      const costOf = (hash: unknown) => String(hash).split('$').slice(0, 4).join('$');
      for (const username of ['sp.pune', 'no.such.officer', 'also.not.here']) {
        verify.mock.resetCalls();
        assert.equal((await c.post('/api/v1/auth/login', { username, password: 'wrong-password-1' })).status, 401);
        assert.equal(verify.mock.callCount(), 1, `one verification for ${username}`);
        assert.equal(hash.mock.callCount(), 0, 'no hash is made on the way (a first unknown name would otherwise cost more)');
        assert.equal(costOf(verify.mock.calls[0]!.arguments[0]), costOf((await server.node.users.byUsername('sp.pune'))!.passwordHash));
      }
      assert.equal(costOf(DUMMY_PASSWORD_HASH), '$argon2id$v=19$m=19456,t=2,p=1');
    } finally {
      verify.mock.restore();
      hash.mock.restore();
      await server.close();
    }
  });
});
