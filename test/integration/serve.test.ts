import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { ENGINE, freshStorage } from '../support/storage.js';

/** The real `cctns serve --demo` process: banner, health, logs without secrets, clean shutdown. */
test(`cctns serve --demo prints the sign-ins, logs no secrets and shuts down cleanly (${ENGINE})`, async () => {
  const t = await freshStorage();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PACKAGE_ROOT, 'src/cli/run.ts'), 'serve', '--demo'], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, PORT: '0', CCTNS_DATA: t.dataDir, DATABASE_URL: t.databaseUrl ?? '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    // Wait for the banner (bounded by the test runner's own timeout, not by a sleep).
    while (!/Try: sign in as sho\.pune1/.test(out)) {
      if (child.exitCode !== null) throw new Error('serve exited early:\n' + out);
      await once(child.stdout, 'data');
    }
    const url = /CCTNS node running at (http:\/\/\S+)/.exec(out)![1]!;
    assert.match(out, /DEMO SIGN-INS — for this demo only/);
    assert.match(out, /sho\.pune1\s+station_house_officer\s+MH-PUN-PS01\s+TOTP [A-Z2-7]{32}/);
    assert.equal((await (await fetch(`${url}/healthz`)).json()).status, 'ok');
    const page = await fetch(url);
    assert.equal(page.status, fs.existsSync(path.join(PACKAGE_ROOT, 'web/dist/index.html')) ? 200 : 404);

    const session = await fetch(`${url}/api/v1/session`);
    const csrf = (await session.json()).csrfToken as string;
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const secretPassword = 'this-secret-must-not-be-logged';
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
      body: JSON.stringify({ username: 'sho.pune1', password: secretPassword }),
    });
    assert.equal(login.status, 401);
    const bearer = await fetch(`${url}/api/v1/me`, { headers: { authorization: 'Bearer cctns_not_a_real_token_value' } });
    assert.equal(bearer.status, 401);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0, out);
    assert.match(out, /shutting down/);
    assert.ok(out.includes('"url":"/api/v1/auth/login"'), 'requests are logged as JSON');
    assert.ok(!out.includes(secretPassword), 'passwords never logged');
    assert.ok(!out.includes(csrf), 'CSRF tokens never logged');
    assert.ok(!out.includes('cctns_not_a_real_token_value'), 'bearer tokens never logged');
    if (t.databaseUrl && new URL(t.databaseUrl).password) assert.ok(!out.includes(new URL(t.databaseUrl).password));
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await t.cleanup();
  }
});
