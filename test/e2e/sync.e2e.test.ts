// Browser test of sync (issue 5): a state node of the run's engine and a station node on SQLite
// (as stations run), in one process, both on the real clock — sync requests are signed with the
// time and refused beyond 5 minutes, so the two must share a clock.
//
// The station's sign-in page says it is not enrolled, then that its first sync has not finished.
// Once it has, sho.pune1 (whose credentials came down from the state) signs in at the station:
// the header badge says "Online · synced …"; a GD entry makes it say "1 record waiting"; the
// Sync page shows the link and the figures, and "Sync now" sends the entry. At the state, the
// SCRB sees the station in the nodes table (last heard, records received) and in the plot of
// hours since each node was last heard, next to a station gone dark for days; admin.mh registers
// a node for another station, sees its one-time code and the command to run there, and revokes it
// with a reason. The SCRB issues a state-wide missing-child alert with a photo; after a sync round
// at the station its dashboard shows the alert card with the photo — and a neutral "Photo not
// arrived yet" while the file is missing. A zero FIR sent to a station served by the state says
// it gets its number there, then links to that FIR once it has. The Sync page reads in Hindi.
// Like the other browser tests, every page fails the test if it contacts another origin, breaks
// the CSP or throws.
//
//   node scripts/test.mjs --only e2e test/e2e/sync.e2e.test.ts
//
// Needs /usr/bin/chromium (or CHROMIUM_PATH). Screenshots: test-results/screenshot-sync-station.png,
// screenshot-sync-state.png, screenshot-sync-register.png, screenshot-alerts-state.png,
// screenshot-alert-station.png, screenshot-alert-not-arrived.png, screenshot-sync-hi.png,
// screenshot-signin-not-enrolled.png.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { e2eFirBody, ensureWebBuilt, launchChromium, postAsPage, repo, signIn, Watch } from '../support/browser.js';
import { CLI_ACTOR, enrolStation, startStateNode, startStationNode } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

const shots = join(repo, 'test-results');

/** CRC-32 (PNG chunks). */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A small real PNG (a face-like figure on a blue ground), so the photo shows in the screenshots. */
function portraitPng(w = 96, h = 120): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const head = (x - w / 2) ** 2 / 22 ** 2 + (y - 44) ** 2 / 28 ** 2 <= 1;
      const body = y > 78 && Math.abs(x - w / 2) < 16 + (y - 78) * 0.8;
      const [r, g, b] = head ? [224, 172, 128] : body ? [200, 40, 40] : [120, 160, 210];
      const i = y * (w * 3 + 1) + 1 + x * 3;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

describe(`sync in the browser: a station node and its state (state on ${ENGINE}, station on sqlite)`, () => {
  let state: TestServer;
  let station: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const watches: Watch[] = [];
  /** Pages kept signed in from one test to the next (a TOTP code is good once). */
  let stationPage: Page;
  let scrbPage: Page;

  /** The station signs in with the logins the state made (they came down with the first sync). */
  const stationLogins = () => ({ url: station.url, demo: state.demo });

  async function newPage(origin: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watches.push(new Watch(page, origin));
    return page;
  }

  before(async () => {
    ensureWebBuilt();
    mkdirSync(shots, { recursive: true });
    state = await startStateNode();
    station = await startStationNode('MH-PUN-PS01');
    browser = await launchChromium();
  });

  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await station?.close();
    await state?.close();
  });

  test('a new station node says on its sign-in page what it lacks: enrolment, then its first sync', { timeout: 60_000 }, async () => {
    const page = await newPage(new URL(station.url).origin);
    await page.goto(station.url);
    const notice = page.locator('[data-testid=node-notice]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-reason'), 'not-enrolled');
    const text = (await notice.textContent()) ?? '';
    assert.match(text, /This station node is not enrolled yet\. Ask the state administrator for an enrolment code/);
    assert.match(text, /cctns node enrol --unit MH-PUN-PS01 --upstream/);
    await page.screenshot({ path: join(shots, 'screenshot-signin-not-enrolled.png'), fullPage: true });

    await enrolStation(state, station);
    await page.reload();
    await page.locator('[data-testid=node-notice][data-reason=first-sync]').waitFor();
    assert.match((await notice.textContent()) ?? '', /first sync with the state has not finished; users of this station appear after it/);

    const report = await station.node.sync.client.runNow();
    assert.ok(report.pulled > 0, 'the first sync brings the units, users and records');
    await page.reload();
    await page.locator('input[name=username]').waitFor();
    assert.equal(await notice.count(), 0, 'no notice once the first sync is done');
    watches.at(-1)!.check();
  });

  test('at the station: the badge says online, a GD entry waits, the Sync page sends it', { timeout: 90_000 }, async () => {
    stationPage = await newPage(new URL(station.url).origin);
    const page = stationPage;
    await signIn(page, stationLogins(), 'sho.pune1');

    const badge = page.locator('[data-testid=sync-badge]');
    await page.locator('[data-testid=sync-badge][data-link=online]').waitFor();
    assert.match((await badge.textContent()) ?? '', /^Sync: Online · synced (just now|\d+ min ago)$/);
    assert.equal(await badge.getAttribute('href'), '#/sync');
    // The SHO may run sync: the menu has it.
    await page.locator('.app-nav a[href="#/sync"]').waitFor();

    // A GD entry through the page: the badge says it waits to be sent.
    await page.goto(`${station.url}/#/gd?add=1`);
    const text = page.locator('[data-testid=gd-add] textarea[name=text]');
    await text.fill('Patrol party left for the Bhigwan road night round.');
    await text.press('Enter');
    await page.locator('[data-testid=gd-table]').getByText('Patrol party left for the Bhigwan road night round.').waitFor();
    await page.locator('[data-testid=sync-badge]', { hasText: /record(s)? waiting/ }).waitFor();
    const waitingBadge = (await badge.textContent()) ?? '';
    assert.match(waitingBadge, /Online · synced .* · (1 record|\d+ records) waiting/);
    const waiting = (await station.node.sync.client.status()).waitingEvents;
    assert.ok(waiting > 0);

    // The badge opens the Sync page: this node, its link and what waits.
    await badge.click();
    await page.waitForURL(/#\/sync$/);
    await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    const node = page.locator('[data-testid=this-node]');
    assert.equal((await node.locator('[data-testid=node-tier]').textContent())?.trim(), 'Station node');
    const upstream = (await node.locator('[data-testid=node-upstream]').textContent()) ?? '';
    assert.ok(upstream.includes(state.url) && upstream.includes('MH'), upstream);
    assert.equal(await node.locator('[data-testid=node-link]').getAttribute('data-link'), 'online');
    assert.match((await node.locator('[data-testid=node-waiting]').textContent()) ?? '', new RegExp(`^${waiting}`));
    assert.equal((await node.locator('[data-testid=node-first-sync]').textContent())?.trim(), 'Done');
    assert.equal(await page.locator('[data-testid=nodes-below]').count(), 0, 'a station has no nodes below it');

    // Sync now: the outcome in words, nothing left waiting, and the badge agrees.
    await page.locator('[data-testid=sync-now]').click();
    const outcome = page.locator('[data-testid=sync-outcome] .alert');
    await outcome.waitFor();
    assert.equal(await outcome.getAttribute('data-ok'), 'yes', (await outcome.textContent()) ?? '');
    assert.match((await outcome.textContent()) ?? '', new RegExp(`Synced\\. Sent ${waiting === 1 ? '1 record' : `${waiting} records`} and 0 files; received \\d+ records? and 0 files`));
    await page.locator('[data-testid=node-waiting]', { hasText: /^0$/ }).waitFor();
    assert.doesNotMatch((await badge.textContent()) ?? '', /waiting/);
    assert.equal((await station.node.sync.client.status()).waitingEvents, 0);
    await page.screenshot({ path: join(shots, 'screenshot-sync-station.png'), fullPage: true });
    watches.at(-1)!.check();
  });

  test('at the state: the SCRB sees the station in the nodes table and the plot, next to one dark for days', { timeout: 90_000 }, async () => {
    // A second station whose node was enrolled four days ago and last called three days ago.
    const { node: dark } = await state.node.sync.registry.add(CLI_ACTOR, { unitCode: 'MH-NSK-PS01', label: 'Niphad station node' });
    await state.node.storage.db
      .updateTable('sync_nodes')
      .set({ status: 'active', enrol_secret: null, enrolled_at: hoursAgo(96), last_seen_at: hoursAgo(74), last_push_at: hoursAgo(74), reported: JSON.stringify({ waiting: 37 }), last_error: null })
      .where('id', '=', dark.id)
      .execute();

    scrbPage = await newPage(new URL(state.url).origin);
    const page = scrbPage;
    await signIn(page, state, 'scrb.mh');
    const badge = page.locator('[data-testid=sync-badge]');
    await page.locator('[data-testid=sync-badge][data-link=state]').waitFor();
    assert.equal((await badge.textContent())?.trim(), 'Sync: State node — MH');

    await page.locator('.app-nav a[href="#/sync"]').click();
    await page.waitForURL(/#\/sync$/);
    const table = page.locator('[data-testid=nodes-table]');
    await table.waitFor();
    const rows = table.locator('[data-testid=node-row]');
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit'))), ['MH-NSK-PS01', 'MH-PUN-PS01'], 'most silent first');

    const pune = table.locator('[data-testid=node-row][data-unit=MH-PUN-PS01]');
    assert.equal(await pune.getAttribute('data-status'), 'active');
    assert.equal(await pune.getAttribute('data-dark'), 'no');
    const heard = pune.locator('[data-testid=node-last-heard] time');
    assert.match((await heard.textContent()) ?? '', /^(just now|\d+ min ago)$/);
    assert.match((await heard.getAttribute('title')) ?? '', /\d{2}:\d{2}:\d{2}/, 'the time itself on hover');
    assert.match((await pune.textContent()) ?? '', /Baramati Kasba Police Station \(Demo\)/);
    const received = Number((await pune.locator('td').nth(4).textContent())?.trim());
    assert.ok(received > 0, 'records received from the station');

    const niphad = table.locator('[data-testid=node-row][data-unit=MH-NSK-PS01]');
    assert.equal(await niphad.getAttribute('data-dark'), 'yes');
    assert.equal((await niphad.locator('[data-testid=node-dark]').textContent())?.trim(), 'DARK');
    assert.match((await niphad.locator('[data-testid=node-last-heard]').textContent()) ?? '', /^3 days ago$/);
    assert.match((await niphad.textContent()) ?? '', /37/, 'waiting there, as the node last reported');
    assert.match((await page.locator('[data-testid=nodes-summary]').textContent()) ?? '', /2 nodes · 1 dark/);

    // The plot: one bar per node, the dark one red and beyond the dark line.
    const plot = page.locator('[data-testid=silence-plot] svg');
    await plot.waitFor();
    assert.equal(await plot.getAttribute('role'), 'img');
    const darkBar = plot.locator('[data-testid=plot-bar][data-unit=MH-NSK-PS01]');
    const puneBar = plot.locator('[data-testid=plot-bar][data-unit=MH-PUN-PS01]');
    assert.equal(await darkBar.getAttribute('data-dark'), 'yes');
    assert.equal(await darkBar.locator('rect').getAttribute('class'), 'plot-bar plot-bar-dark');
    assert.equal(await puneBar.locator('rect').getAttribute('class'), 'plot-bar');
    const widths = await Promise.all([darkBar, puneBar].map(async (b) => Number(await b.locator('rect').getAttribute('width'))));
    assert.ok(widths[0]! > widths[1]!, `the dark station's bar is the longer: ${widths.join(' > ')}`);
    const line = plot.locator('.plot-dark-line line');
    const lineX = Number(await line.getAttribute('x1'));
    const darkEnd = Number(await darkBar.locator('rect').getAttribute('x')) + widths[0]!;
    assert.ok(darkEnd > lineX, 'the dark bar crosses the dark line');
    assert.match((await plot.locator('.plot-dark-line text').textContent()) ?? '', /dark after 24 h/);
    const fill = await darkBar.locator('rect').evaluate((el) => getComputedStyle(el).fill);
    assert.equal(fill, 'rgb(180, 35, 24)', 'dark stations are red');

    // The SCRB watches but does not manage nodes.
    assert.equal(await page.locator('[data-testid=register-node]').count(), 0);
    assert.equal(await page.locator('[data-testid=node-revoke]').count(), 0);
    await page.screenshot({ path: join(shots, 'screenshot-sync-state.png'), fullPage: true });
    watches.at(-1)!.check();
  });

  test('at the state: admin.mh registers a node for another station, sees its code once, and revokes it', { timeout: 90_000 }, async () => {
    const page = await newPage(new URL(state.url).origin);
    await signIn(page, state, 'admin.mh');
    await page.goto(`${state.url}/#/sync`);
    const form = page.locator('[data-testid=register-node]');
    await form.waitFor();
    const select = form.locator('select[name=unitCode]');
    await select.locator('option[value="MH-PUN-PS02"]').waitFor({ state: 'attached' });
    const offered = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.ok(offered.includes('MH-PUN-PS02') && offered.includes('MH-NGP-PS01'), offered.join(' '));
    assert.ok(!offered.includes('MH-PUN-PS01') && !offered.includes('MH-NSK-PS01'), 'stations that have a node are not offered');
    assert.ok(!offered.includes('MH-PUN') && !offered.includes('MH'), 'a state node enrols police stations only');

    // Nothing chosen: refused next to the field.
    await form.locator('[data-testid=register-node-submit]').click();
    await form.locator('.field-error', { hasText: 'Police station: is required' }).waitFor();
    assert.ok(await select.evaluate((el) => el === document.activeElement), 'focus on the field in error');

    await select.selectOption('MH-PUN-PS02');
    await form.locator('input[name=label]').fill('Duty officer desk');
    await form.locator('input[name=label]').press('Enter');
    const code = page.locator('[data-testid=enrolment-code]');
    await code.waitFor();
    const shown = ((await code.textContent()) ?? '').trim();
    assert.match(shown, /^[A-Z0-9-]{8,}$/, `an enrolment code: ${shown}`);
    const command = ((await page.locator('[data-testid=enrolment-command]').textContent()) ?? '').trim();
    assert.equal(command, `cctns node enrol --unit MH-PUN-PS02 --upstream ${state.url} --code ${shown}`);
    const row = page.locator('[data-testid=node-row][data-unit=MH-PUN-PS02]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-status'), 'pending');
    assert.match((await row.textContent()) ?? '', /Waiting for enrolment.*code good until/);
    assert.match((await row.textContent()) ?? '', /Duty officer desk/);
    const registered = (await state.node.sync.registry.list()).find((n) => n.unitCode === 'MH-PUN-PS02');
    assert.equal(registered?.status, 'pending');
    await page.screenshot({ path: join(shots, 'screenshot-sync-register.png'), fullPage: true });

    // The code is shown once: after hiding it (or reloading) it is gone.
    await page.getByRole('button', { name: 'I have noted it — hide the code' }).click();
    assert.equal(await code.count(), 0);

    // Revoke, with a reason: too short first.
    await row.locator('[data-testid=node-revoke]').click();
    const dialog = page.locator('dialog.modal');
    await dialog.getByRole('heading', { name: 'Revoke the node of MH-PUN-PS02' }).waitFor();
    const reason = dialog.locator('textarea[name=reason]');
    assert.ok(await reason.evaluate((el) => el === document.activeElement), 'the reason has focus');
    await reason.fill('no');
    await reason.press('Enter');
    await dialog.locator('.field-error', { hasText: 'Reason: say why, in a few words' }).waitFor();
    await reason.fill('Code given to the wrong station');
    await reason.press('Enter');
    await page.locator('.alert-success', { hasText: 'The node of MH-PUN-PS02 has been revoked.' }).waitFor();
    await page.locator('[data-testid=node-row][data-unit=MH-PUN-PS02][data-status=revoked]').waitFor();
    assert.match((await row.textContent()) ?? '', /Revoked.*Reason: Code given to the wrong station/);
    assert.equal(await row.locator('[data-testid=node-revoke]').count(), 0);
    watches.at(-1)!.check();
  });

  test('the SCRB issues a state-wide alert; after a sync round the station dashboard shows it, photo and all', { timeout: 120_000 }, async () => {
    const page = scrbPage;
    await page.goto(`${state.url}/#/alerts`);
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await page.locator('[data-testid=alerts-empty]').waitFor();
    await page.locator('[data-testid=alert-issue]').click();
    const dialog = page.locator('dialog.modal');
    const form = dialog.locator('[data-testid=alert-form]');
    await form.waitFor();
    assert.ok(await form.locator('select[name=kind]').evaluate((el) => el === document.activeElement), 'the kind has focus');
    assert.equal(await form.locator('select[name=targetUnit]').inputValue(), 'MH', 'to the own unit unless another is chosen');

    // Title and details are required: refused next to the fields.
    await form.locator('[data-testid=alert-submit]').click();
    await form.locator('.field-error', { hasText: 'Title: is required' }).waitFor();
    assert.ok(await form.locator('input[name=title]').evaluate((el) => el === document.activeElement));

    await form.locator('select[name=kind]').selectOption('missing_person');
    await form.locator('input[name=title]').fill('Missing child: Aarav Pawar, 7 years');
    await form
      .locator('textarea[name=details]')
      .fill('Last seen at Swargate bus stand, Pune, at about 17:30 in a red shirt and blue shorts. Speaks Marathi and Hindi. Inform Swargate police station, 020-24440000.');
    await form.locator('input[type=file]').setInputFiles({ name: 'aarav.png', mimeType: 'image/png', buffer: portraitPng() });
    await form.locator('[data-testid=alert-photo-ready]').waitFor();
    await form.locator('textarea[name=details]').press('Control+Enter');
    await page.locator('.alert-success', { hasText: 'Alert issued: Missing child: Aarav Pawar, 7 years.' }).waitFor();
    const card = page.locator('[data-testid=alert-card]').first();
    await card.waitFor();
    assert.match(
      (await card.textContent()) ?? '',
      /Missing person.*Missing child: Aarav Pawar, 7 years.*Sent to\s*State-wide \(MH\).*Issued\s*SCRB Maharashtra \(demo\) \(MH\) on .*Valid until\s*Until withdrawn/,
    );
    await card.locator('img[data-testid=alert-photo]').waitFor();
    assert.ok(await card.locator('img[data-testid=alert-photo]').evaluate((img) => (img as HTMLImageElement).naturalWidth > 0), 'the photo shows at the state');
    await page.screenshot({ path: join(shots, 'screenshot-alerts-state.png'), fullPage: true });
    for (const w of watches) w.check();

    // At the station: not there before the round; there after it, with the photo.
    const sp = stationPage;
    await sp.goto(`${station.url}/#/`);
    await sp.locator('[data-testid=stat-gd-today]').waitFor();
    assert.equal(await sp.locator('[data-testid=active-alerts]').count(), 0);
    const report = await station.node.sync.client.runNow();
    assert.ok(report.pulled >= 1, 'the alert came down');
    assert.equal(report.filesDown, 1, 'and its photo');
    await sp.reload();
    const alerts = sp.locator('[data-testid=active-alerts]');
    await alerts.waitFor();
    assert.match((await alerts.locator('h2').textContent()) ?? '', /Active alerts \(1\)/);
    const stationCard = alerts.locator('[data-testid=alert-card]');
    assert.match((await stationCard.textContent()) ?? '', /Missing person.*Missing child: Aarav Pawar, 7 years.*Swargate bus stand/);
    const img = stationCard.locator('img[data-testid=alert-photo]');
    await img.waitFor();
    await sp.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('[data-testid=active-alerts] img[data-testid=alert-photo]');
      return !!el && el.complete && el.naturalWidth > 0;
    });
    await sp.screenshot({ path: join(shots, 'screenshot-alert-station.png'), fullPage: false });

    // While a photo has not arrived (here: taken away again), the card says so instead of a broken image.
    const sha = (await station.node.storage.db.selectFrom('alerts').select('photo_sha256').executeTakeFirstOrThrow()).photo_sha256!;
    await station.node.storage.db.deleteFrom('blobs').where('sha256', '=', sha).execute();
    rmSync(station.node.sync.files.fileFor(sha), { force: true });
    await sp.reload();
    const missing = sp.locator('[data-testid=active-alerts] [data-testid=alert-photo-missing]');
    await missing.waitFor();
    assert.equal(await missing.getAttribute('data-reason'), 'not-arrived');
    assert.equal((await missing.textContent())?.trim(), 'Photo not arrived yet');
    assert.equal(await missing.getAttribute('aria-label'), 'Photo not arrived yet');
    await sp.screenshot({ path: join(shots, 'screenshot-alert-not-arrived.png'), fullPage: false });
    await sp.goto(`${station.url}/#/sync`);
    await sp.locator('[data-testid=node-missing-files]', { hasText: /^1/ }).waitFor();

    // The next round fetches it again.
    const again = await station.node.sync.client.runNow();
    assert.equal(again.filesDown, 1);
    await sp.goto(`${station.url}/#/`);
    await sp.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('[data-testid=active-alerts] img[data-testid=alert-photo]');
      return !!el && el.complete && el.naturalWidth > 0;
    });

    // The station's alerts page lists it; a station officer cannot withdraw or issue.
    await sp.locator('.app-nav a[href="#/alerts"]').click();
    await sp.locator('[data-testid=alert-list] [data-testid=alert-card]').waitFor();
    assert.equal(await sp.locator('[data-testid=alert-issue]').count(), 0);
    assert.equal(await sp.locator('[data-testid=alert-withdraw]').count(), 0);
    for (const w of watches) w.check();
  });

  // (To a station the state serves itself: MH-NSK-PS01 has a node of its own since the test above,
  // so a case sent there would be registered by that node when it next syncs.)
  test('a zero FIR transferred to a station served by the state gets its number there when it arrives', { timeout: 90_000 }, async () => {
    const page = stationPage;
    const zero = await postAsPage<{ id: string; number: string }>(
      page,
      `${station.url}/api/v1/firs`,
      e2eFirBody({ origin: 'zero', jurisdictionStationCode: 'MH-NSK-PS02', place: { address: 'Near the Ozar road junction, Niphad' } }),
    );
    await page.goto(`${station.url}/#/firs/${zero.id}`);
    await page.locator('[data-testid=fir-number]', { hasText: zero.number }).waitFor();
    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = page.locator('dialog.modal');
    // The station with jurisdiction, as the zero FIR names it, is filled in.
    assert.equal(await dialog.locator('[name=toStationCode]').inputValue(), 'MH-NSK-PS02');
    await dialog.locator('textarea[name=reason]').fill('The offence occurred on the Ozar road');
    await dialog.locator('textarea[name=reason]').press('Enter');
    // The answer has no FIR at the other end yet ("to": null): the page says when it gets one.
    await page
      .locator('.alert-success', { hasText: /^Transferred to Ozar Road Police Station \(Demo\) \(MH-NSK-PS02\)\. It is registered there under its own number when it arrives with the next sync\.$/ })
      .waitFor();
    assert.equal((await page.locator('[data-testid=fir-status]').textContent())?.trim(), 'Transferred');
    assert.equal(
      (await page.locator('[data-testid=fir-transferred]').textContent())?.trim(),
      'Transferred to Ozar Road Police Station (Demo) (MH-NSK-PS02); it gets its number there when it arrives.',
    );
    // One round takes it to the state, which registers it at Ozar Road; the next brings the new FIR's id back.
    await station.node.sync.client.runNow();
    const there = await state.node.storage.db.selectFrom('firs').select(['id', 'station_code']).where('transferred_from_fir', '=', zero.id).executeTakeFirstOrThrow();
    assert.equal(there.station_code, 'MH-NSK-PS02');
    await station.node.sync.client.runNow();
    await page.reload();
    const link = page.locator('[data-testid=fir-transferred] a');
    await link.waitFor();
    assert.equal(await link.textContent(), 'Open the other FIR');
    for (const w of watches) w.check();
  });

  test('the Sync page reads in Hindi', { timeout: 60_000 }, async () => {
    const page = stationPage;
    await page.goto(`${station.url}/#/sync`);
    await page.locator('.lang-switch button[lang=hi]').click();
    await page.getByRole('heading', { level: 1, name: 'सिंक' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    await page.locator('[data-testid=sync-badge]', { hasText: 'ऑनलाइन · सिंक' }).waitFor();
    assert.equal((await page.locator('[data-testid=node-tier]').textContent())?.trim(), 'थाना नोड');
    await page.getByText('भेजने के लिए बाकी अभिलेख').waitFor();
    await page.getByRole('button', { name: 'अभी सिंक करें' }).waitFor();
    await page.screenshot({ path: join(shots, 'screenshot-sync-hi.png'), fullPage: true });
    for (const w of watches) w.check();
  });
});
