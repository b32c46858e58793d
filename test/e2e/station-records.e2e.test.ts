// Browser test of the station records in the web app against a real node (fresh database, demo
// data): the SHO registers a walk-in complaint, converts it to an FIR choosing the sections through
// the section picker, amends the FIR (accused and victim added → version 2), reads the General
// Diary, downloads the Hindi FIR copy and reads the pages in Hindi. Like the shell test, it fails
// if the page contacts another origin, breaks the Content-Security-Policy or throws.
//
//   node --import tsx --test test/e2e/station-records.e2e.test.ts
//
// Needs /usr/bin/chromium (or CHROMIUM_PATH). Builds web/dist first when it is missing or older
// than web/. Screenshots of the FIR page and the FIR form in Hindi go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext } from 'playwright-core';
import { ensureWebBuilt, launchChromium, pickSection, repo, totp, Watch } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

const DEMO_PASSWORD_FALLBACK = 'cctns-demo-2026';
const IST_MS = 330 * 60 * 1000;

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** A datetime-local value (IST wall time) some hours before now. */
function istInputHoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3600_000 + IST_MS).toISOString().slice(0, 16);
}

const istYear = () => new Date(Date.now() + IST_MS).toISOString().slice(0, 4);

describe('station records in the browser', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const contexts: BrowserContext[] = [];

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

  test('complaint → FIR with two sections → amendment (version 2) → GD → Hindi copy and pages', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN', acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const watch = new Watch(page, origin);
    const sho = server.demo.users['sho.pune1'];
    assert.ok(sho, 'demo user sho.pune1');

    // Sign in: password, then the authenticator code (usable once: one sign-in in this file).
    await page.goto(server.url);
    await page.locator('input[name=username]').fill('sho.pune1');
    await page.locator('input[name=password]').fill(sho.password || DEMO_PASSWORD_FALLBACK);
    await page.keyboard.press('Enter');
    const code = page.locator('input[name=code]');
    await code.fill(totp(sho.totpSecret));
    await code.press('Enter');

    // Home for the SHO is the station dashboard, with quick actions and the posting below.
    await page.locator('[data-testid=home-role]').waitFor();
    await page.getByRole('heading', { level: 1, name: /Baramati/ }).waitFor();
    await page.locator('[data-testid=stat-new-complaints]').waitFor();
    for (const name of ['Complaints', 'FIRs', 'General Diary']) await page.locator('.app-nav').getByRole('link', { name, exact: true }).waitFor();

    // 1. A walk-in complaint.
    await page.locator('.quick-actions').getByRole('link', { name: 'New complaint' }).click();
    const form = page.locator('[data-testid=complaint-form]');
    const name = form.locator('input[name="complainant.person.name"]');
    await name.waitFor();
    assert.ok(await name.evaluate((el) => el === document.activeElement), 'the complainant name has focus');
    await name.fill('Suresh Pawar');
    await form.locator('input[name="complainant.person.relativeName"]').fill('Dattatray Pawar');
    await form.locator('select[name="complainant.person.relativeKind"]').selectOption('father');
    await form.locator('select[name="complainant.person.gender"]').selectOption('male');
    await form.locator('input[name="complainant.person.age"]').fill('41');
    await form.locator('input[name="complainant.person.phone"]').fill('+91 98220 12345');
    await form.locator('input[name="complainant.person.address"]').fill('Bhigwan Road, Baramati');
    await form.locator('select[name="complainant.person.idKind"]').selectOption('aadhaar');
    await form.getByText('Only the last 4 digits are stored.').waitFor();
    await form.locator('input[name="complainant.person.idNumber"]').fill('1234 5678 9012');
    // A photo: text named .png is refused by its bytes; a real PNG is stored and previewed.
    const photo = form.locator('input[type=file]');
    await photo.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
    await form.getByText('The file is not a JPEG, PNG or WebP image.').waitFor();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    await photo.setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: png });
    await form.locator('img[src^="/api/v1/attachments/"]').waitFor();
    await form.locator('textarea[name=description]').fill('My motorcycle was stolen from outside my house last night; when I tried to stop them I was pushed down. मेरी मोटरसाइकिल चोरी हो गई।');
    await form.locator('input[name=occurredFrom]').fill(istInputHoursAgo(20));
    await form.locator('input[name=occurredTo]').fill(istInputHoursAgo(19));
    const place = form.locator('input[name=place]');
    await place.fill('Outside the complainant’s house, Bhigwan Road, Baramati');
    await place.press('Enter'); // Enter submits

    const ack = page.locator('[data-testid=ack-number]');
    await ack.waitFor();
    assert.equal((await ack.textContent())?.trim(), `MH-PUN-PS01/${istYear()}/C00001`);

    // 2. The complaint page; convert it to an FIR.
    await page.getByRole('link', { name: 'Open the complaint' }).click();
    await page.locator('[data-testid=complaint-ack]').waitFor();
    assert.equal((await page.locator('[data-testid=complaint-status]').textContent())?.trim(), 'New');
    await page.locator('[data-testid=convert-to-fir]').click();

    const fir = page.locator('[data-testid=fir-form]');
    await fir.waitFor();
    await fir.locator('[data-testid=linked-person]').getByText('Suresh Pawar').waitFor();
    assert.match(await fir.locator('input[name="place.address"]').inputValue(), /Bhigwan Road/);
    assert.match(await fir.locator('textarea[name=briefFacts]').inputValue(), /motorcycle was stolen/);
    assert.match((await fir.locator('[data-testid=derived-law]').textContent()) ?? '', /Bharatiya Nyaya Sanhita/);

    // Nothing chosen yet: the form says so next to the picker, before sending anything.
    await fir.locator('[data-testid=fir-submit]').click();
    await page.locator('[data-testid=error-summary]').waitFor();
    await fir.locator('.section-picker .field-error').waitFor();

    await pickSection(page, '[data-testid=fir-form] .section-picker', '303', 'BNS 303(2)');
    await pickSection(page, '[data-testid=fir-form] .section-picker', '115', 'BNS 115(2)');
    const picked = fir.locator('[data-testid=picked-sections] li');
    assert.deepEqual(await picked.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-section'))), ['BNS 303(2)', 'BNS 115(2)']);
    assert.match((await picked.first().textContent()) ?? '', /Theft.*Cognizable: yes.*Bailable: no/s);

    // An IPC section for an offence of today: the server's field error appears next to that section.
    await pickSection(page, '[data-testid=fir-form] .section-picker', 'IPC 379', 'IPC 379');
    await fir.locator('[data-testid=fir-submit]').click();
    const ipc = fir.locator('[data-testid=picked-sections] li[data-section="IPC 379"]');
    await ipc
      .locator('.field-error')
      .getByText(/the BNS applies/)
      .waitFor();
    await ipc.getByRole('button', { name: 'Remove IPC 379' }).click();
    await ipc.waitFor({ state: 'detached' });

    await fir.locator('select[name=ioUserId]').selectOption({ label: 'SI Rahul Patil (demo) — Investigating Officer' });
    await fir.locator('[data-testid=fir-submit]').click();

    // 3. The FIR page.
    const number = page.locator('[data-testid=fir-number]');
    await number.waitFor();
    assert.equal((await number.textContent())?.trim(), `MH-PUN-PS01/${istYear()}/0001`);
    assert.match((await page.locator('[data-testid=fir-sections]').textContent()) ?? '', /BNS 303\(2\).*BNS 115\(2\)/s);
    assert.match((await page.locator('[data-testid=fir-complainant]').textContent()) ?? '', /Suresh Pawar/);
    assert.match((await page.locator('[data-testid=fir-io]').textContent()) ?? '', /Rahul Patil/);
    assert.match((await page.locator('[data-testid=fir-gd]').textContent()) ?? '', /Entry No\. 2/);
    await page.locator('[data-testid=clocks]').waitFor();
    await page.locator('[data-testid=history] li[data-version="1"]').waitFor();

    // 4. Amendment: an accused and a victim (the victim is the complainant, linked from the index).
    await page.getByRole('button', { name: 'Amend', exact: true }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('textarea[name=reason]').fill('Accused identified from CCTV; victim statement recorded');
    await dialog.getByRole('button', { name: 'Add accused' }).click();
    const accusedName = dialog.locator('input[name="addPersons.0.person.name"]');
    assert.ok(await accusedName.evaluate((el) => el === document.activeElement), 'the new person’s name has focus');
    await accusedName.fill('Raju alias Bablu Shaikh');
    await dialog.locator('select[name="addPersons.0.person.gender"]').selectOption('male');
    await dialog.locator('input[name="addPersons.0.person.age"]').fill('24');
    await dialog.getByRole('button', { name: 'Add victim' }).click();
    await dialog.locator('input[name="addPersons.1.person.name"]').fill('Suresh Pawar');
    const matches = dialog.locator('[data-person-path="addPersons.1"] [data-testid=person-matches]');
    await matches.getByText('Possibly already on record').waitFor();
    await matches
      .getByText(/strong match/)
      .first()
      .waitFor();
    await matches.getByRole('button', { name: 'Use this person' }).first().click();
    await dialog.locator('[data-person-path="addPersons.1"] [data-testid=linked-person]').waitFor();
    await dialog.locator('[data-testid=amend-submit]').click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('Amended: this is version 2.').waitFor();
    assert.match((await page.locator('[data-testid=fir-accused]').textContent()) ?? '', /Raju alias Bablu Shaikh/);
    assert.match((await page.locator('[data-testid=fir-victims]').textContent()) ?? '', /Suresh Pawar/);
    const v2 = page.locator('[data-testid=history] li[data-version="2"]');
    await v2.waitFor();
    assert.match((await v2.textContent()) ?? '', /Accused identified from CCTV/);
    assert.match((await v2.textContent()) ?? '', /Anjali Deshmukh/);
    // Version 1 as it was: the complainant only.
    await page.locator('[data-testid=history] li[data-version="1"]').getByRole('button', { name: 'View' }).click();
    const v1 = page.locator('[data-testid=version-1]');
    await v1.waitFor();
    assert.match((await v1.textContent()) ?? '', /Complainant: Suresh Pawar/);
    assert.doesNotMatch((await v1.textContent()) ?? '', /Raju/);

    // 5. The FIR copy in Hindi: a PDF from the same origin.
    const hindiCopy = page.locator('[data-testid=copy-hi]');
    const href = await hindiCopy.getAttribute('href');
    assert.ok(href && href.includes('lang=hi'), `copy link: ${href}`);
    const pdf = await page.request.get(new URL(href, server.url).toString());
    assert.equal(pdf.status(), 200, `FIR copy: ${pdf.status()} ${(await pdf.body()).subarray(0, 200).toString()}`);
    assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');
    const [download] = await Promise.all([page.waitForEvent('download'), hindiCopy.click()]);
    assert.match(download.suggestedFilename(), /\.pdf$/);

    // 6. The General Diary of today: the complaint's entry and the FIR's.
    const firUrl = page.url();
    await page.locator('.app-nav').getByRole('link', { name: 'General Diary' }).click();
    const gd = page.locator('[data-testid=gd-table]');
    await gd.locator('tr[data-kind=complaint_registered]').waitFor();
    await gd.locator('tr[data-kind=fir_registered]').waitFor();
    assert.match((await gd.locator('tr[data-kind=fir_registered]').textContent()) ?? '', new RegExp(`MH-PUN-PS01/${istYear()}/0001`));

    // 7. Hindi: the page and the menu change; screenshots of the FIR page and the FIR form.
    await page.getByRole('button', { name: 'हिन्दी', exact: true }).click();
    await page.locator('html[lang=hi]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'रोज़नामचा' }).waitFor();
    for (const label of ['शिकायतें', 'एफ़आईआर', 'रोज़नामचा']) await page.locator('.app-nav').getByRole('link', { name: label, exact: true }).waitFor();
    assert.match((await gd.locator('tr[data-kind=fir_registered]').textContent()) ?? '', /एफ़आईआर दर्ज/);

    const shots = join(repo, 'test-results');
    mkdirSync(shots, { recursive: true });
    await page.goto(firUrl);
    await page.getByRole('heading', { level: 2, name: 'अधिनियम और धाराएँ' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'इतिहास' }).waitFor();
    await page.getByRole('button', { name: 'संशोधन करें' }).waitFor();
    await page.getByText('संस्करण 2', { exact: true }).first().waitFor();
    await page.screenshot({ path: join(shots, 'screenshot-fir-hi.png'), fullPage: true });

    await page.locator('.app-nav').getByRole('link', { name: 'एफ़आईआर', exact: true }).click();
    await page.getByRole('link', { name: 'नई एफ़आईआर' }).click();
    await page.locator('[data-testid=fir-form]').waitFor();
    await page.getByText('घटना का आरंभ').first().waitFor();
    await page.getByText('शिकायतकर्ता / सूचनादाता').first().waitFor();
    await page.locator('input[name="complainant.person.name"]').fill('राजेश कुमार');
    await page.locator('[data-testid=fir-form] input[role=combobox]').fill('चोरी');
    await page.locator('[data-testid=fir-form] [role=option][data-section="BNS 303(2)"]').waitFor();
    await page.screenshot({ path: join(shots, 'screenshot-fir-form-hi.png'), fullPage: true });
    await page.keyboard.press('Escape');

    watch.check();
  });
});
