// Browser test of the law catalogue page against a real node (fresh database, demo data):
// a state administrator searches `379` for an offence in 2026, is offered BNS 303(2), opens it
// and corrects its Hindi title with a reason and a source (field errors first, then version 2
// and the history row); an SHO sees the entry without the correction form. Also checks that the
// page never contacts another origin and breaks no Content-Security-Policy rule.
//
//   node --import tsx --test test/e2e/law-catalogue.e2e.test.ts
//
// Needs /usr/bin/chromium (Debian's package). Builds web/dist first when it is missing or older
// than the sources.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, totp, Watch } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

const DEMO_PASSWORD_FALLBACK = 'cctns-demo-2026';

type Server = Awaited<ReturnType<typeof startTestServer>>;

async function signIn(page: Page, url: string, username: string, password: string, secret: string): Promise<void> {
  await page.goto(url);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.keyboard.press('Enter');
  const code = page.locator('input[name=code]');
  await code.waitFor();
  await code.fill(totp(secret));
  await code.press('Enter');
  await page.locator('[data-testid=home-role]').waitFor();
}

describe('law catalogue page', () => {
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

  test('a state administrator finds BNS 303(2) from IPC 379 and corrects its Hindi title', { timeout: 90_000 }, async () => {
    const { page, watch } = await newPage();
    const admin = demo('admin.mh');
    await signIn(page, server.url, 'admin.mh', admin.password, admin.secret);

    // Search: IPC 379 for an offence in 2026 offers BNS 303(2) first, in place of IPC 379.
    await page.locator('.app-nav').getByRole('link', { name: 'Law catalogue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Law catalogue' }).waitFor();
    await page.locator('input[name=q]').fill('379');
    await page.locator('input[name=date]').fill('2026-03-15');
    await page.locator('input[name=q]').press('Enter');
    const first = page.locator('[data-testid=law-results] tbody tr').first();
    await page.locator('[data-testid=law-results] tr[data-section="BNS 303(2)"]').waitFor();
    assert.equal(await first.getAttribute('data-section'), 'BNS 303(2)', 'BNS 303(2) comes first');
    const row = page.locator('[data-testid=law-results] tr[data-section="BNS 303(2)"]');
    assert.match((await row.textContent()) ?? '', /in place of IPC 379/);
    assert.ok(page.url().includes('q=379') && page.url().includes('date=2026-03-15'), 'the search is in the address');

    // The entry: every field, equivalents, no corrections yet.
    await row.getByRole('link', { name: 'BNS 303(2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'BNS 303(2)' }).waitFor();
    assert.equal((await page.locator('[data-testid=law-version]').textContent())?.trim(), '1');
    await page.locator('[data-testid=law-equivalents]').getByRole('link', { name: 'IPC 379' }).waitFor();
    await page.getByText('Not corrected: this is the entry as first loaded.').waitFor();

    // Correct the Hindi title; without a reason and a source the server's field errors are shown.
    const posts: unknown[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().includes('/corrections')) posts.push(req.postDataJSON());
    });
    await page.getByRole('button', { name: 'Correct this entry' }).click();
    const form = page.locator('[data-testid=law-correct]');
    await form.locator('input[name=titleHi]').fill('चोरी के लिए दंड');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await page.locator('[data-testid=error-summary]').waitFor();
    await form.locator('.field.has-error textarea[name=reason]').waitFor();
    await form.locator('.field.has-error input[name=source]').waitFor();
    assert.equal(await form.locator('textarea[name=reason]').getAttribute('aria-invalid'), 'true');
    assert.ok(await form.locator('textarea[name=reason]').evaluate((el) => el === document.activeElement), 'focus moves to the first field with an error');

    await form.locator('textarea[name=reason]').fill('The Hindi title should name the punishment');
    await form.locator('input[name=source]').fill('BNS 2023 (Hindi text), s.303');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('Correction saved: the entry is now at version 2.').waitFor();
    assert.equal((await page.locator('[data-testid=law-version]').textContent())?.trim(), '2');
    assert.equal((await page.locator('[data-testid=law-title-hi]').textContent())?.trim(), 'चोरी के लिए दंड');
    assert.equal(await page.locator('[data-testid=law-correct]').count(), 0, 'the form closes');

    // Only the changed field was sent.
    assert.equal(posts.length, 2);
    assert.deepEqual(posts[1], {
      changes: { titleHi: 'चोरी के लिए दंड' },
      reason: 'The Hindi title should name the punishment',
      source: 'BNS 2023 (Hindi text), s.303',
    });

    // The history row: version, who, when (IST), why, source, what changed.
    const hist = page.locator('[data-testid=law-history] tr[data-version="2"]');
    await hist.waitFor();
    const text = (await hist.textContent()) ?? '';
    assert.match(text, /admin\.mh/);
    assert.match(text, /The Hindi title should name the punishment/);
    assert.match(text, /BNS 2023 \(Hindi text\), s\.303/);
    assert.match(text, /Hindi title: चोरी → चोरी के लिए दंड/);
    assert.match(text, /20\d\d/);

    // After a reload the page shows the same (the server has it), and the search shows it too.
    await page.reload();
    await page.locator('[data-testid=law-history] tr[data-version="2"]').waitFor();
    await page.getByRole('link', { name: '← Back to the law catalogue' }).click();
    await page.locator('input[name=q]').fill('चोरी');
    await page.locator('input[name=q]').press('Enter');
    const hiRow = page.locator('[data-testid=law-results] tr[data-section="BNS 303(2)"]');
    await hiRow.waitFor();
    assert.match((await hiRow.textContent()) ?? '', /चोरी/);
    watch.check();
  });

  test('an SHO reads the catalogue but may not correct it', { timeout: 60_000 }, async () => {
    const { page, watch } = await newPage();
    const sho = demo('sho.pune1');
    await signIn(page, server.url, 'sho.pune1', sho.password, sho.secret);
    await page.locator('.app-nav').getByRole('link', { name: 'Law catalogue' }).click();
    await page.locator('input[name=q]').fill('303');
    await page.locator('input[name=q]').press('Enter');
    const row = page.locator('[data-testid=law-results] tr[data-section="BNS 303(2)"]');
    await row.waitFor();
    await row.getByRole('link', { name: 'BNS 303(2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'BNS 303(2)' }).waitFor();
    await page.locator('[data-testid=law-facts]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Correct this entry' }).count(), 0);
    assert.equal(await page.locator('[data-testid=law-correct]').count(), 0);
    watch.check();
  });
});
