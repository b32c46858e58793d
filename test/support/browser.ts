// Shared pieces of the browser tests: Debian's chromium, the web build, TOTP codes, and a watch
// on what a page must never do (contact other origins, break the CSP, throw).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OTPAuth from 'otpauth';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from './server.js';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Debian chromium with the flags that keep it off this machine's closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function totp(secret: string): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate();
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/** The server serves web/dist: build it when it is missing or older than web/. */
export function ensureWebBuilt(): void {
  const index = join(repo, 'web/dist/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(repo, 'web'))) return;
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
  });
  assert.equal(r.status, 0, 'vite build failed');
}

/** Records what a page does that it must not: other origins, CSP violations, script errors. */
export class Watch {
  readonly foreign: string[] = [];
  readonly csp: string[] = [];
  readonly errors: string[] = [];
  constructor(
    page: Page,
    private readonly origin: string,
  ) {
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== this.origin) this.foreign.push(url);
    });
    page.on('console', (msg) => {
      if (/Content[- ]Security[- ]Policy/i.test(msg.text())) this.csp.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
  }
  check(): void {
    assert.deepEqual(this.foreign, [], 'requests to other origins');
    assert.deepEqual(this.csp, [], 'Content-Security-Policy violations');
    assert.deepEqual(this.errors, [], 'uncaught errors in the page');
  }
}

type DemoServer = { url: string; demo: { users: Record<string, { password: string; totpSecret: string }> } };

/** Signs a demo user in through the sign-in page, password and TOTP, up to the home page. */
export async function signIn(page: Page, server: DemoServer, username: string): Promise<void> {
  const login = server.demo.users[username];
  assert.ok(login, `demo user ${username}`);
  await page.goto(server.url);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(login.password || 'cctns-demo-2026');
  await page.keyboard.press('Enter');
  const code = page.locator('input[name=code]');
  await code.fill(totp(login.totpSecret));
  await code.press('Enter');
  await page.locator('[data-testid=home-role]').waitFor();
}

/** POST through the page's own session (cookie + CSRF token), as the web app does; expects 201. */
export async function postAsPage<T>(page: Page, url: string, body: unknown): Promise<T> {
  const session = await page.request.get(url.replace(/\/api\/v1\/.*$/, '/api/v1/session'));
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await page.request.post(url, { data: body, headers: { 'x-csrf-token': csrfToken } });
  assert.equal(res.status(), 201, `${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

/** A valid IIF-1 body at MH-PUN-PS01 from a day ago; each test overrides what it is about. */
export function e2eFirBody(overrides: Record<string, unknown>) {
  return {
    stationCode: 'MH-PUN-PS01',
    infoType: 'written',
    occurredFrom: hoursAgo(30),
    occurredTo: hoursAgo(29),
    infoReceivedAt: hoursAgo(2),
    place: { address: 'Near Bhigwan Chowk, Baramati' },
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { person: { name: 'Suresh Pawar', gender: 'male', age: 41 } },
    briefFacts: 'The complainant states that his motorcycle was stolen from outside his house. शिकायतकर्ता की मोटरसाइकिल घर के बाहर से चोरी हो गई।',
    ...overrides,
  };
}

/**
 * One browser test file's world: a demo server, Debian's chromium, and a signed-in page per user
 * (own context, so sessions never mix; the same page when asked again), all closed after the file. Call inside `describe`; the
 * server is there from the suite's `before` on.
 */
export function browserSuite(): { readonly server: TestServer; pageFor(username: string): Promise<{ page: Page; watch: Watch }> } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  // One sign-in per user per file: a TOTP code is accepted once.
  const signedIn = new Map<string, { page: Page; watch: Watch }>();
  before(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      assert.ok(server, 'the server starts in the suite’s before hook');
      return server;
    },
    async pageFor(username) {
      const known = signedIn.get(username);
      if (known) return known;
      assert.ok(browser && server, 'the browser starts in the suite’s before hook');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN', acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const watch = new Watch(page, new URL(server.url).origin);
      await signIn(page, server, username);
      signedIn.set(username, { page, watch });
      return { page, watch };
    },
  };
}

/**
 * Types into the section picker and adds the section with the keyboard: arrow keys until the
 * wanted option is the active one, then Enter.
 */
export async function pickSection(page: Page, scope: string, query: string, wanted: string): Promise<void> {
  const input = page.locator(`${scope} input[role=combobox]`);
  await input.fill(query);
  const option = page.locator(`${scope} [role=option][data-section="${wanted}"]`);
  await option.waitFor();
  const optionId = await option.getAttribute('id');
  for (let i = 0; i < 10; i++) {
    if ((await input.getAttribute('aria-activedescendant')) === optionId) break;
    await input.press('ArrowDown');
  }
  assert.equal(await input.getAttribute('aria-activedescendant'), optionId, `${wanted} is the active option`);
  await input.press('Enter');
  await page.locator(`${scope} [data-testid^=picked-] li[data-section="${wanted}"]`).waitFor();
  assert.equal(await input.inputValue(), '', 'the box is cleared for the next section');
}
