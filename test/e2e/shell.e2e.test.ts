// Browser test of the web shell against a real node (fresh database, demo data):
// sign-in with TOTP, home, language switch, user administration, forced password change,
// authenticator enrolment, sign-out and the "session ended" path. Also checks that the page
// never contacts another origin and breaks no Content-Security-Policy rule.
//
//   node --import tsx --test test/e2e/shell.e2e.test.ts
//
// Needs /usr/bin/chromium (Debian's package). Builds web/dist first when it is missing or older
// than the sources. The home screenshot goes to test-results/; set CCTNS_UPDATE_SCREENSHOTS=1
// (or delete docs/screenshot-home.png) to refresh the one the README shows.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, repo, totp, Watch } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

const DEMO_PASSWORD_FALLBACK = 'cctns-demo-2026';

type Server = Awaited<ReturnType<typeof startTestServer>>;

async function signInWithPassword(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  const user = page.locator('input[name=username]');
  await user.waitFor();
  assert.ok(await user.evaluate((el) => el === document.activeElement), 'the username field has focus');
  await user.fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.keyboard.press('Enter');
}

async function enterCode(page: Page, secret: string): Promise<void> {
  const code = page.locator('input[name=code]');
  await code.waitFor();
  assert.equal(await code.getAttribute('inputmode'), 'numeric');
  assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
  await code.fill(totp(secret));
  await code.press('Enter');
}

async function signIn(page: Page, url: string, username: string, password: string, secret: string): Promise<void> {
  await signInWithPassword(page, url, username, password);
  await enterCode(page, secret);
  await page.locator('[data-testid=home-role]').waitFor();
}

describe('web shell', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const contexts: BrowserContext[] = [];

  const demo = (u: string) => {
    const d = server.demo.users[u];
    assert.ok(d, `demo user ${u} missing`);
    return { password: d.password || DEMO_PASSWORD_FALLBACK, secret: d.totpSecret };
  };

  async function newPage(): Promise<{ page: Page; watch: Watch }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-IN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { page, watch: new Watch(page, origin) };
  }

  before(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    origin = new URL(server.url).origin;
    browser = await launchChromium();
  });

  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  test('SHO signs in, switches to Hindi, creates a station writer and signs out', { timeout: 90_000 }, async () => {
    const { page, watch } = await newPage();
    const sho = demo('sho.pune1');
    await signIn(page, server.url, 'sho.pune1', sho.password, sho.secret);

    // Home: name, role and unit.
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal((await page.locator('[data-testid=home-role]').textContent())?.trim(), 'Station House Officer');
    const unit = (await page.locator('[data-testid=home-unit]').textContent()) ?? '';
    assert.match(unit, /MH-PUN-PS01/);
    assert.match(unit, /Police station/);
    assert.match((await page.locator('main').textContent()) ?? '', /Locks after 30 min idle/);
    await page.locator('.app-nav').getByRole('link', { name: 'Users' }).waitFor();

    const shotDir = join(repo, 'test-results');
    mkdirSync(shotDir, { recursive: true });
    await page.screenshot({ path: join(shotDir, 'screenshot-home.png') });
    const docShot = join(repo, 'docs/screenshot-home.png');
    if (process.env.CCTNS_UPDATE_SCREENSHOTS === '1' || !existsSync(docShot)) {
      mkdirSync(dirname(docShot), { recursive: true });
      await page.screenshot({ path: docShot });
    }

    // Hindi: the page changes language, <html lang> follows, and the choice is saved on the server.
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.locator('html[lang=hi]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'आपकी तैनाती' }).waitFor();
    assert.equal((await page.locator('[data-testid=home-role]').textContent())?.trim(), 'थाना प्रभारी');
    assert.match((await page.locator('[data-testid=home-unit]').textContent()) ?? '', /थाना/);
    await page.waitForFunction(async () => {
      const r = await fetch('/api/v1/session', { credentials: 'same-origin' });
      return ((await r.json()) as { user?: { language?: string } }).user?.language === 'hi';
    });

    // Users, in Hindi: create a station writer in the SHO's own station.
    await page.locator('.app-nav').getByRole('link', { name: 'उपयोगकर्ता' }).click();
    await page.locator('[data-testid=users-table] tr[data-username="writer.pune1"]').waitFor();
    await page.getByRole('button', { name: 'उपयोगकर्ता बनाएँ' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('input[name=username]').fill('ct.test1');
    await dialog.locator('select[name=unitCode]').selectOption('MH-PUN-PS01');
    const roles = await dialog.locator('select[name=role] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.deepEqual(roles.sort(), ['investigating_officer', 'station_writer']);
    await dialog.locator('select[name=role]').selectOption('station_writer');
    await dialog.locator('input[name=displayName]').fill('आरक्षक परीक्षण एक');
    await dialog.locator('input[name=displayName]').press('Enter');

    const temp = page.locator('[data-testid=temporary-password]');
    await temp.waitFor();
    const password = ((await temp.textContent()) ?? '').trim();
    assert.ok(password.length >= 12, `temporary password shown (${password.length} chars)`);
    await page.locator('dialog[open]').getByRole('button', { name: 'हो गया' }).click();

    const row = page.locator('[data-testid=users-table] tr[data-username="ct.test1"]');
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /थाना लेखक/);

    // Sign out: back on the sign-in page, still in Hindi.
    await page.getByRole('button', { name: 'साइन आउट' }).click();
    await page.locator('input[name=username]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'साइन इन करें' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'hi');
    watch.check();
  });

  test('a new officer changes the temporary password, enrols an authenticator and reaches home', { timeout: 90_000 }, async () => {
    // An administrator for the state creates the account (English, many units to choose from).
    const admin = demo('admin.mh');
    const { page: adminPage, watch: adminWatch } = await newPage();
    await signIn(adminPage, server.url, 'admin.mh', admin.password, admin.secret);
    await adminPage.locator('.app-nav').getByRole('link', { name: 'Users' }).click();
    await adminPage.getByRole('button', { name: 'Create user' }).click();
    const dialog = adminPage.locator('dialog[open]');
    await dialog.locator('input[name=username]').fill('ct.test2');
    await dialog.locator('input[name=displayName]').fill('Constable Test Two');
    await dialog.locator('select[name=unitCode]').selectOption('MH-PUN-PS01');
    const roles = await dialog.locator('select[name=role] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.ok(roles.includes('station_writer'), `roles offered: ${roles.join(', ')}`);
    assert.ok(!roles.includes('forensic_analyst'), 'roles are filtered by the unit kind');
    await dialog.locator('select[name=role]').selectOption('station_writer');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const temp = adminPage.locator('[data-testid=temporary-password]');
    await temp.waitFor();
    const temporaryPassword = ((await temp.textContent()) ?? '').trim();
    await adminPage.locator('dialog[open]').getByRole('button', { name: 'Done' }).click();
    await adminPage.getByRole('button', { name: 'Sign out' }).click();
    await adminPage.locator('input[name=username]').waitFor();
    adminWatch.check();

    // The officer's first sign-in, in a browser of their own.
    const { page, watch } = await newPage();
    await signInWithPassword(page, server.url, 'ct.test2', temporaryPassword);
    const newPassword = 'a long enough passphrase 2026';
    const seen: string[] = [];
    for (let step = 0; step < 4; step++) {
      const which = page.locator('input[name=newPassword], [data-testid=totp-secret], [data-testid=home-role]').first();
      await which.waitFor();
      if (await page.locator('[data-testid=home-role]').count()) break;
      if (await page.locator('input[name=newPassword]').count()) {
        seen.push('password');
        // The rule is checked before anything is sent.
        await page.locator('input[name=newPassword]').fill('too short');
        await page.locator('input[name=repeatPassword]').fill('too short');
        await page.locator('input[name=repeatPassword]').press('Enter');
        await page.locator('.field-error').first().waitFor();
        await page.locator('input[name=newPassword]').fill(newPassword);
        await page.locator('input[name=repeatPassword]').fill(newPassword);
        await page.locator('input[name=repeatPassword]').press('Enter');
        await page.locator('input[name=newPassword]').waitFor({ state: 'detached' });
      } else {
        seen.push('enrol');
        const secret = ((await page.locator('[data-testid=totp-secret]').textContent()) ?? '').replace(/\s+/g, '');
        assert.match(secret, /^[A-Z2-7]{16,}$/, 'the setup key is shown');
        const qr = await page.locator('img.qr').getAttribute('src');
        assert.match(qr ?? '', /^data:image\/svg\+xml;base64,/);
        await enterCode(page, secret);
        await page.locator('[data-testid=totp-secret]').waitFor({ state: 'detached' });
      }
    }
    assert.deepEqual([...seen].sort(), ['enrol', 'password'], `stages passed: ${seen.join(' → ')}`);
    await page.locator('[data-testid=home-role]').waitFor();
    assert.equal((await page.locator('[data-testid=home-role]').textContent())?.trim(), 'Station Writer');
    assert.match((await page.locator('[data-testid=home-unit]').textContent()) ?? '', /MH-PUN-PS01/);
    // A station writer does not administer users.
    assert.equal(await page.locator('.app-nav').getByRole('link', { name: 'Users' }).count(), 0);
    watch.check();
  });

  test('wrong password is explained; a session that ends sends the officer back to sign in', { timeout: 60_000 }, async () => {
    const { page, watch } = await newPage();
    const writer = demo('writer.pune1');
    await signInWithPassword(page, server.url, 'writer.pune1', 'not-the-password');
    await page.getByRole('alert').getByText('Username or password is incorrect.').waitFor();
    await page.locator('input[name=password]').fill(writer.password);
    await page.keyboard.press('Enter');
    await enterCode(page, writer.secret);
    await page.locator('[data-testid=home-role]').waitFor();

    // The server forgets the session (as after the idle timeout); the next call answers 401.
    await page.context().clearCookies();
    await page.locator('.app-nav').getByRole('link', { name: 'My activity' }).click();
    await page.getByText('Your session has ended; sign in again.').waitFor();
    await page.locator('input[name=username]').waitFor();
    // The 401 itself is expected; nothing else may go wrong.
    watch.check();
  });

  test('an idle screen locks by itself after the idle timeout', { timeout: 60_000 }, async () => {
    const idle = await startTestServer({ security: { idleTimeoutSeconds: 3 } });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      contexts.push(context);
      const page = await context.newPage();
      const watch = new Watch(page, new URL(idle.url).origin);
      const io = idle.demo.users['io.pune1']!;
      await signIn(page, idle.url, 'io.pune1', io.password, io.totpSecret);
      assert.match((await page.locator('main').textContent()) ?? '', /Locks after 1 min idle/);
      // No clicks: the app notices by itself once the timeout has passed since its last call.
      await page.getByText('Your session has ended; sign in again.').waitFor({ timeout: 20_000 });
      await page.locator('input[name=username]').waitFor();
      watch.check();
    } finally {
      await idle.close();
    }
  });
});
