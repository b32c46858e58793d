import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { totpCode } from '../../src/access/totp.js';
import { openApiPath } from '../../src/api/openapi.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok as succeeded } from '../support/answers.js';

describe(`user administration and first sign-in (${ENGINE})`, () => {
  let server: TestServer;
  let sho: ApiClient;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  before(async () => {
    server = await startTestServer({ clock, listen: false });
    sho = new ApiClient(server.app);
    await sho.signIn('sho.pune1', DEMO_PASSWORD, server.demo.users['sho.pune1']!.totpSecret, clock);
  });
  after(() => server.close());

  async function firstSignIn(username: string, temporary: string, newPassword: string) {
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    clock.advance(30);
    const login = succeeded(await c.post('/api/v1/auth/login', { username, password: temporary }));
    assert.equal(login.body.stage, 'enrol');
    await c.refreshCsrf();
    const material = await c.get('/api/v1/auth/enrolment');
    assert.equal(material.status, 200);
    assert.match(material.body.qrSvg, /^<svg/);
    assert.match(material.body.otpauthUri, new RegExp(`^otpauth://totp/CCTNS:${username.replace('.', '\\.')}\\?`));
    const again = succeeded(await c.get('/api/v1/auth/enrolment'));
    assert.equal(again.body.secret, material.body.secret, 'the same secret until confirmed');
    const wrong = await c.post('/api/v1/auth/enrolment', { code: '000000' === totpCode(material.body.secret, clock.now()) ? '111111' : '000000' });
    assert.equal(wrong.status, 401);
    const ok = succeeded(await c.post('/api/v1/auth/enrolment', { code: totpCode(material.body.secret, clock.now()) }));
    assert.equal(ok.body.stage, 'password', 'a temporary password must be replaced');
    assert.equal((await c.get('/api/v1/me')).status, 401, 'not signed in before the change');
    const weak = await c.post('/api/v1/auth/password', { newPassword: 'password1234' });
    assert.equal(weak.status, 400);
    assert.match(weak.body.detail, /common or leaked/);
    const done = succeeded(await c.post('/api/v1/auth/password', { newPassword }));
    assert.equal(done.body.stage, 'full');
    await c.refreshCsrf();
    return { client: c, secret: material.body.secret as string };
  }

  test('SHO creates a constable who enrols TOTP and sets a password at first sign-in', async () => {
    const created = await sho.post('/api/v1/users', { username: 'Ct.Kale', displayName: 'Constable Ramesh Kale', role: 'station_writer', unitCode: 'MH-PUN-PS01' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.user.username, 'ct.kale', 'usernames are lower-cased');
    assert.equal(created.body.user.mfaEnrolled, false);
    assert.match(created.body.temporaryPassword, /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const list = succeeded(await sho.get('/api/v1/users'));
    assert.ok(list.body.users.some((u: { username: string }) => u.username === 'ct.kale'));
    assert.ok(
      list.body.users.every((u: { unitCode: string }) => u.unitCode === 'MH-PUN-PS01'),
      'an SHO sees only the own station',
    );

    const { client, secret } = await firstSignIn('ct.kale', created.body.temporaryPassword, 'monsoon over the sahyadri');
    const me = succeeded(await client.get('/api/v1/me'));
    assert.equal(me.body.role, 'station_writer');
    assert.equal(me.body.unit.code, 'MH-PUN-PS01');
    // The enrolled secret works for the next sign-in.
    const again = new ApiClient(server.app);
    await again.signIn('ct.kale', 'monsoon over the sahyadri', secret, clock);
  });

  test('disable ends the user’s sessions at once; enable restores sign-in; reset forces a new password and enrolment', async () => {
    const created = succeeded(await sho.post('/api/v1/users', { username: 'io.more', displayName: 'SI Priya More', role: 'investigating_officer', unitCode: 'MH-PUN-PS01' }));
    const id = created.body.user.id;
    const { client } = await firstSignIn('io.more', created.body.temporaryPassword, 'thirty days of rain in july');
    assert.equal((await client.get('/api/v1/me')).status, 200);

    const disabled = succeeded(await sho.post(`/api/v1/users/${id}/disable`, { reason: 'transferred out' }));
    assert.equal(disabled.body.user.status, 'disabled');
    assert.equal((await client.get('/api/v1/me')).status, 401, 'session ended by the disable');
    const denied = new ApiClient(server.app);
    await denied.refreshCsrf();
    const login = await denied.post('/api/v1/auth/login', { username: 'io.more', password: 'thirty days of rain in july' });
    assert.equal(login.status, 403);
    assert.match(login.body.detail, /disabled/);
    assert.equal((await sho.post(`/api/v1/users/${id}/disable`, { reason: 'again' })).status, 409);

    assert.equal(succeeded(await sho.post(`/api/v1/users/${id}/enable`, { reason: 'transfer cancelled' })).body.user.status, 'active');
    const reset = await sho.post(`/api/v1/users/${id}/reset`, { reason: 'forgot password and lost phone' });
    assert.equal(reset.status, 200);
    assert.equal(reset.body.user.mfaEnrolled, false);
    await firstSignIn('io.more', reset.body.temporaryPassword, 'a completely new pass phrase');
  });

  test('reset and disable revoke the user’s API tokens and end their sessions; enable revives neither', async () => {
    const created = succeeded(await sho.post('/api/v1/users', { username: 'io.token', displayName: 'SI Token Holder', role: 'investigating_officer', unitCode: 'MH-PUN-PS01' }));
    const id = created.body.user.id;
    const first = await firstSignIn('io.token', created.body.temporaryPassword, 'scripts run every night');
    const bearer = async (token: string) => {
      const c = new ApiClient(server.app);
      c.bearer = token;
      return (await c.get('/api/v1/me')).status;
    };
    const before = await server.node.tokens.create(id, 'nightly export', null, 'sho.pune1');
    assert.equal(await bearer(before.token), 200);

    const reset = await sho.post(`/api/v1/users/${id}/reset`, { reason: 'password seen by another' });
    assert.equal(reset.status, 200);
    assert.equal(await bearer(before.token), 401, 'the token is revoked by the reset');
    assert.equal((await first.client.get('/api/v1/me')).status, 401, 'the session is ended by the reset');

    clock.advance(1);
    const second = await firstSignIn('io.token', reset.body.temporaryPassword, 'a fresh nightly pass phrase');
    const after = await server.node.tokens.create(id, 'nightly export again', null, 'sho.pune1');
    assert.equal(await bearer(after.token), 200, 'a token made after the reset works');
    clock.advance(1);
    assert.equal((await sho.post(`/api/v1/users/${id}/disable`, { reason: 'suspended' })).status, 200);
    assert.equal(await bearer(after.token), 401);
    assert.equal((await sho.post(`/api/v1/users/${id}/enable`, { reason: 'suspension over' })).status, 200);
    assert.equal(await bearer(after.token), 401, 'enabling does not revive a token');
    assert.equal(await bearer(before.token), 401);
    assert.equal((await second.client.get('/api/v1/me')).status, 401, 'enabling does not revive a session');
    const tokens = await server.node.tokens.list(id);
    assert.ok(
      tokens.every((t) => t.revoked_at !== null),
      'the tokens are shown as revoked',
    );
  });

  test('own password change checks the current password and ends other sessions', async () => {
    const created = succeeded(await sho.post('/api/v1/users', { username: 'ct.pawar', displayName: 'Constable Pawar', role: 'station_writer', unitCode: 'MH-PUN-PS01' }));
    const first = await firstSignIn('ct.pawar', created.body.temporaryPassword, 'first chosen pass phrase');
    const other = new ApiClient(server.app);
    await other.signIn('ct.pawar', 'first chosen pass phrase', first.secret, clock);
    const wrong = await first.client.post('/api/v1/me/password', { currentPassword: 'not it at all!!', newPassword: 'second chosen pass phrase' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.errors![0]!.path, 'currentPassword');
    const ok = await first.client.post('/api/v1/me/password', { currentPassword: 'first chosen pass phrase', newPassword: 'second chosen pass phrase' });
    assert.equal(ok.status, 204);
    assert.equal((await first.client.get('/api/v1/me')).status, 200, 'this session continues');
    assert.equal((await other.get('/api/v1/me')).status, 401, 'the other session ended');
  });

  test('language preference persists; the own audit trail shows sign-ins and changes, never secrets', async () => {
    assert.equal(succeeded(await sho.patch('/api/v1/me', { language: 'hi' })).body.language, 'hi');
    assert.equal(succeeded(await sho.get('/api/v1/session')).body.user!.language, 'hi');
    const trail = succeeded(await sho.get('/api/v1/me/audit?limit=100'));
    const actions = trail.body.entries.map((e: { action: string }) => e.action);
    for (const a of ['auth.login', 'auth.mfa', 'user.create', 'user.disable', 'user.reset', 'user.language']) assert.ok(actions.includes(a), a);
    assert.ok(trail.body.entries.every((e) => e.actor === 'sho.pune1'));
    const seqs = trail.body.entries.map((e: { seq: number }) => e.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a: number, b: number) => b - a),
      'newest first',
    );
    const raw = JSON.stringify(await server.node.storage.db.selectFrom('audit_log').selectAll().execute());
    assert.ok(!raw.includes(DEMO_PASSWORD) && !raw.includes('monsoon') && !raw.includes('pass phrase'), 'no password in the audit log');
  });

  test('a superintendent reads the district’s audit trail and users; reading one account is audited', async () => {
    const sp = new ApiClient(server.app);
    await sp.signIn('sp.pune', DEMO_PASSWORD, server.demo.users['sp.pune']!.totpSecret, clock);
    const users = succeeded(await sp.get('/api/v1/users'));
    assert.ok(users.body.users.every((u: { unitCode: string }) => u.unitCode.startsWith('MH-PUN')));
    assert.ok(!users.body.users.some((u: { unitCode: string }) => u.unitCode.startsWith('MH-NSK')));
    const target = users.body.users.find((u: { username: string }) => u.username === 'ct.kale');
    assert.equal((await sp.get(`/api/v1/users/${target!.id}`)).status, 200);
    const reads = await server.node.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.read').where('target_id', '=', target!.id).execute();
    assert.equal(reads.length, 1);
    assert.equal(reads[0]!.actor_username, 'sp.pune');
    const audit = succeeded(await sp.get('/api/v1/audit?limit=500'));
    assert.ok(audit.body.entries.some((e) => e.action === 'user.create' && e.actor === 'sho.pune1'));
    assert.ok(!audit.body.entries.some((e) => e.actor === 'sho.nashik1'));
    const units = succeeded(await sp.get('/api/v1/units'));
    assert.equal(units.body.units[0]!.code, 'MH-PUN');
    assert.equal(units.body.units[0]!.depth, 0);
    assert.ok(units.body.units.some((u: { code: string; demo?: boolean }) => u.code === 'MH-PUN-PS01' && u.demo === true));
  });

  test('the OpenAPI document lists every route with its schemas', async () => {
    const r = await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const doc = JSON.parse(r.body);
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.properties.username);
    assert.ok(doc.paths['/api/v1/users/{id}/disable'].post.parameters.some((p: { name: string; in: string }) => p.name === 'id' && p.in === 'path'));
    assert.equal(doc.paths['/api/v1/users'].post.responses['403'].content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    assert.ok(doc.paths['/healthz'].get);
    assert.equal(doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.additionalProperties, false, 'unknown fields refused');
  });

  test('every path template in the OpenAPI document names exactly the path parameters its operations declare', async () => {
    const doc = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    assert.ok(doc.paths['/api/v1/attachments/{sha256}'], 'a parameter name with digits is kept whole');
    for (const [path, ops] of Object.entries<Record<string, { parameters?: { in: string; name: string }[] }>>(doc.paths)) {
      assert.doesNotMatch(path, /:|\}[^/]/, `${path}: a parameter is left in Fastify's form or cut short`);
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      for (const [method, op] of Object.entries(ops)) {
        const declared = (op.parameters ?? [])
          .filter((p: { in: string }) => p.in === 'path')
          .map((p: { name: string }) => p.name)
          .sort();
        assert.deepEqual(declared, templated, `${method.toUpperCase()} ${path}`);
      }
    }
    assert.equal(openApiPath('/a/:sha256/b/:x_1/:Name9'), '/a/{sha256}/b/{x_1}/{Name9}');
  });
});
