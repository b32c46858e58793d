// Browser test of search in the web app against a real node (fresh database, demo data). The SHO
// of Baramati records, through the API, an FIR with 'Mohd. Mustafa' on it and an FIR for a stolen
// motorcycle MH 12 AB 1234; Nashik records the same motorcycle. In the header search box (reached
// with "/"), 'मोहम्मद मुस्तफ़ा' finds 'Mohd. Mustafa' with a band and the explanation;
// 'mh12ab1234' is understood as a vehicle, finds the Baramati FIR and says only that Nashik holds
// one record (hit/no-hit, with its telephone); the advanced filters search FIRs by words of the brief
// facts and show the server's field errors next to their fields; the page reads in Hindi. Like the
// other browser tests, it fails if the page contacts another origin, breaks the CSP or throws.
//
//   node --import tsx --test test/e2e/search.e2e.test.ts
//
// Needs /usr/bin/chromium (or CHROMIUM_PATH). Builds web/dist first when it is missing or older
// than web/. Screenshots of person results and of vehicle results in Hindi go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext } from 'playwright-core';
import { ApiClient } from '../support/client.js';
import { e2eFirBody as firBody, ensureWebBuilt, launchChromium, postAsPage, repo, signIn, Watch } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;

const SPLENDOR = { registration: 'MH 12 AB 1234', engineNo: 'HA10EFB123456', chassisNo: 'MBLHA10EZB9K54321', make: 'Hero', model: 'Splendor Plus', colour: 'Black' };

describe('search in the browser', () => {
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

  test('header box: a name in Devanagari, a vehicle number; advanced FIR filters; field errors; Hindi', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const watch = new Watch(page, origin);
    await signIn(page, server, 'sho.pune1');

    // The records, through the API with the page's session.
    const mustafaFir = await postAsPage<{ id: string; number: string }>(
      page,
      `${server.url}/api/v1/firs`,
      firBody({
        sections: [{ act: 'BNS', section: '115(2)' }],
        complainant: { person: { name: 'Mohd. Mustafa', relativeName: 'Abdul Rashid', relativeKind: 'father', gender: 'male', age: 38, phones: ['+91 98220 55555'] } },
        briefFacts: 'The complainant states that he was beaten near the bus stand over a money dispute. शिकायतकर्ता ने बताया कि बस स्टैंड के पास उसके साथ मारपीट हुई।',
      }),
    );
    const theft = await postAsPage<{ id: string; number: string }>(
      page,
      `${server.url}/api/v1/firs`,
      firBody({ properties: [{ description: 'Hero Splendor motorcycle', category: 'vehicle', value: 65000, vehicle: SPLENDOR }] }),
    );
    // Nashik recovered the same motorcycle: outside Baramati's jurisdiction.
    const nashik = new ApiClient(server.app);
    const nashikUser = await server.node.users.byUsername('sho.nashik1');
    assert.ok(nashikUser);
    nashik.bearer = (await server.node.tokens.create(nashikUser.id, 'search e2e', null, 'test')).token;
    const recovered = await nashik.post(
      '/api/v1/firs',
      firBody({
        stationCode: 'MH-NSK-PS01',
        place: { address: 'Bazar Peth, Niphad' },
        sections: [{ act: 'BNS', section: '317(2)' }],
        complainant: { person: { name: 'Ramesh Gaikwad', gender: 'male', age: 50 } },
        properties: [{ description: 'Abandoned motorcycle', category: 'vehicle', vehicle: { registration: 'mh12ab1234', make: 'Hero' } }],
        briefFacts: 'An abandoned motorcycle was found near the market.',
      }),
    );
    assert.equal(recovered.status, 201, JSON.stringify(recovered.body));

    // 1. "/" anywhere (not in a field) puts the cursor in the header search box.
    const box = page.locator('[data-testid=header-search] input[name=search]');
    await page.locator('h1').first().click();
    await page.keyboard.press('/');
    assert.ok(await box.evaluate((el) => el === document.activeElement), '"/" focuses the header search box');
    assert.equal(await box.inputValue(), '', 'the "/" is not typed into the box');

    // 2. A name in Devanagari finds the record written in Latin letters, with a band and the reasons.
    await page.keyboard.type('मोहम्मद मुस्तफ़ा');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.match(page.url(), /#\/search\?q=/);
    const understood = page.locator('[data-testid=search-understood]');
    await understood.getByText('Searching persons by name for “मोहम्मद मुस्तफ़ा”.').waitFor();
    const hit = page.locator('[data-testid=person-hit]').filter({ hasText: 'Mohd. Mustafa' });
    await hit.waitFor();
    const band = (await hit.getAttribute('data-band')) ?? '';
    assert.ok(['strong', 'possible'].includes(band), `band: ${band}`);
    assert.equal((await hit.locator('[data-testid=band]').textContent())?.trim(), band === 'strong' ? 'Strong match' : 'Possible match');
    const explanation = ((await hit.locator('[data-testid=explanation]').textContent()) ?? '').trim();
    assert.match(explanation, /^Why it matched: \S/, `explanation: ${explanation}`);
    assert.match((await hit.textContent()) ?? '', /Abdul Rashid/);
    assert.match((await hit.textContent()) ?? '', /Baramati/);
    assert.equal(await page.locator('[data-testid=search-as-name]').count(), 0, 'a name is not offered as a name again');
    assert.equal(await box.inputValue(), 'मोहम्मद मुस्तफ़ा', 'the header box keeps what was searched');

    // The person filters apply to a name: the father's name narrows it, an age that is no number is refused next to its field.
    const form = page.locator('[data-testid=search-form]');
    await form.locator('[data-testid=person-filters]').waitFor();
    await form.locator('input[name=age]').fill('about forty');
    await form.locator('input[name=q]').press('Enter');
    const ageError = form.locator('.field.has-error:has(input[name=age]) .field-error');
    await ageError.waitFor();
    assert.match((await ageError.textContent()) ?? '', /^Age \(years\): /);
    await page.locator('[data-testid=error-summary]').waitFor();
    assert.ok(await form.locator('input[name=age]').evaluate((el) => el === document.activeElement), 'focus goes to the field in error');
    await form.locator('input[name=age]').fill('३८'); // digits of any script
    await form.locator('input[name=father]').fill('अब्दुल रशीद');
    await form.locator('input[name=father]').press('Enter');
    await page.locator('[data-testid=person-hit]').filter({ hasText: 'Mohd. Mustafa' }).waitFor();
    assert.equal(await page.locator('[data-testid=error-summary]').count(), 0, 'the errors are gone');
    assert.match(page.url(), /father=/);
    const shots = join(repo, 'test-results');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'screenshot-search-persons.png'), fullPage: true });

    // 3. A vehicle number, typed any way: understood as a vehicle; the FIR links to its page; Nashik answers hit/no-hit only.
    await page.locator('h1').first().click();
    await page.keyboard.press('/');
    await page.keyboard.type('mh12ab1234');
    await page.keyboard.press('Enter');
    await understood.getByText('Searching vehicles for MH12AB1234.').waitFor();
    const vehicle = page.locator('[data-testid=vehicle-hit]');
    await vehicle.first().waitFor();
    assert.equal(await vehicle.count(), 1, 'only the FIR in the jurisdiction is shown');
    assert.equal(await vehicle.getAttribute('data-fir'), theft.id);
    assert.match((await vehicle.textContent()) ?? '', /MH 12 AB 1234.*Hero, Splendor Plus, Black.*Registration No\./s);
    const elsewhere = page.locator('[data-testid=search-elsewhere] li');
    await elsewhere.first().waitFor();
    assert.equal((await elsewhere.first().textContent())?.trim(), '1 record at Niphad Bazar Peth Police Station (Demo) — contact +91 2550 000001 (demo)');
    assert.doesNotMatch((await page.locator('[data-testid=search-results]').textContent()) ?? '', /Abandoned|Ramesh|Niphad\/|MH-NSK-PS01\//, 'nothing of the Nashik record itself');
    // "As a name instead" is offered; the FIR opens from the result.
    await page.locator('[data-testid=search-as-name]').getByText('Search “mh12ab1234” as a name instead').waitFor();
    await vehicle.getByRole('link', { name: theft.number }).click();
    await page.locator('[data-testid=fir-number]').waitFor();
    assert.equal((await page.locator('[data-testid=fir-number]').textContent())?.trim(), theft.number);

    // 4. An FIR number and the advanced FIR filters: words of the brief facts in Devanagari.
    await page.goBack();
    await vehicle.first().waitFor();
    await form.locator('input[name=q]').fill('');
    await form.locator('select[name=in]').selectOption('firs');
    await form.locator('[data-testid=fir-filters]').waitFor();
    await form.locator('input[name=text]').fill('मोटरसाइकिल');
    await form.locator('input[name=text]').press('Enter');
    await understood.getByText('Searching FIRs by the filters chosen.').waitFor();
    const firHits = page.locator('[data-testid=fir-hit]');
    await firHits.first().waitFor();
    assert.deepEqual(await firHits.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-fir'))), [theft.id]);
    assert.match((await firHits.first().textContent()) ?? '', /Brief facts: .*मोटरसाइकिल/);
    // A range that ends before it starts: the server's message next to "Registered up to".
    await form.locator('input[name=from]').fill('2026-07-10');
    await form.locator('input[name=to]').fill('2026-07-01');
    await form.locator('[data-testid=search-submit]').click();
    const toError = form.locator('.field.has-error:has(input[name=to]) .field-error');
    await toError.waitFor();
    assert.match((await toError.textContent()) ?? '', /Registered up to: must not be before "from"/);
    // An FIR number in the box.
    await form.locator('input[name=from]').fill('');
    await form.locator('input[name=to]').fill('');
    await form.locator('input[name=text]').fill('');
    await form.locator('select[name=in]').selectOption('auto');
    const short = mustafaFir.number.replace(/^.*\/(\d{4})\/0*(\d+)$/, '$2/$1');
    await form.locator('input[name=q]').fill(short);
    await form.locator('input[name=q]').press('Enter');
    await understood.getByText(`Searching FIRs numbered ${short}.`).waitFor();
    await page.locator(`[data-testid=fir-hit][data-fir="${mustafaFir.id}"]`).waitFor();

    // 5. A phone number, with spaces: understood as a phone and searched. (The persons found and
    // their records are checked by test/integration/record-search.test.ts.)
    await box.fill('98220 55555');
    await box.press('Enter');
    await understood.getByText(/^Searching phone numbers for \S+\.$/).waitFor();
    await page.locator('[data-testid=search-results][data-mode=phones]').waitFor({ state: 'attached' });
    await page.locator('[data-testid=search-count]').waitFor();

    // 6. In Hindi: the labels, the band and the hit/no-hit line are translated.
    await page.getByRole('button', { name: 'हिन्दी', exact: true }).click();
    await page.locator('html[lang=hi]').waitFor();
    await box.fill('मोहम्मद मुस्तफ़ा');
    await box.press('Enter');
    const hiHit = page.locator('[data-testid=person-hit]').filter({ hasText: 'Mohd. Mustafa' });
    await hiHit.waitFor();
    assert.match((await hiHit.locator('[data-testid=band]').textContent()) ?? '', /^(प्रबल मिलान|संभावित मिलान)$/);
    await hiHit.getByText('मिलान का कारण:').waitFor();
    await box.fill('MH-12-AB-1234');
    await box.press('Enter');
    await page.locator('[data-testid=search-elsewhere] li').getByText('निफाड बाजार पेठ पुलिस थाना (डेमो) के पास 1 अभिलेख — संपर्क +91 2550 000001 (demo)').waitFor();
    await page.getByRole('heading', { level: 1, name: 'खोज' }).waitFor();
    await page.screenshot({ path: join(shots, 'screenshot-search-hi.png'), fullPage: true });

    watch.check();
  });
});
