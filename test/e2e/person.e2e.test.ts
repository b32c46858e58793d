// Browser test of the person page (#/persons/<id>) against a real node (fresh database, demo
// data). The SHO of Baramati records, through the API, an FIR with 'Mohd. Mustafa' as complainant
// (Aadhaar, phone, address), a second FIR with 'Mohammad Mustafa' as accused (another person
// record of the same man), and a sensitive case (BNS 74) with a victim. From the person search the
// SHO opens Mohd. Mustafa's page: the details (Aadhaar shown by its last 4 digits only) and the FIR
// he is on; marks the other record as the same person through the dialog (search, pick a result
// with its band and explanation, a reason — too short first, refused next to the field); sees the
// mark, also from the other person's page; withdraws it with a reason and sees it struck through
// with who, when and why. The station writer, who may not unmask, opens the victim's page and sees
// only that the identity is protected and why. Like the other browser tests, it fails if the page
// contacts another origin, breaks the CSP or throws.
//
//   node --import tsx --test test/e2e/person.e2e.test.ts
//
// Needs /usr/bin/chromium (or CHROMIUM_PATH). Builds web/dist first when it is missing or older
// than web/. Screenshots go to test-results/screenshot-person.png, screenshot-person-mark.png (the dialog)
// and screenshot-person-hi.png.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext } from 'playwright-core';
import { e2eFirBody, ensureWebBuilt, launchChromium, postAsPage, repo, signIn, Watch } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;

interface FirAnswer {
  id: string;
  number: string;
  complainant: { masked: boolean; id?: string } | null;
  accused: Array<{ masked: boolean; id?: string }>;
  victims: Array<{ masked: boolean; id?: string }>;
}

/** The test's FIRs: hurt (BNS 115(2)); each overrides what it is about. */
const firBody = (overrides: Record<string, unknown>) =>
  e2eFirBody({ sections: [{ act: 'BNS', section: '115(2)' }], briefFacts: 'The complainant states that he was beaten near the bus stand over a money dispute.', ...overrides });

describe('the person page in the browser', () => {
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

  test('from a person search: details, records, mark as the same person, withdraw; a protected identity', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const watch = new Watch(page, origin);
    await signIn(page, server, 'sho.pune1');

    // The records, through the API with the page's session.
    const first = await postAsPage<FirAnswer>(
      page,
      `${server.url}/api/v1/firs`,
      firBody({
        complainant: {
          person: {
            name: 'Mohd. Mustafa',
            relativeName: 'Abdul Rashid',
            relativeKind: 'father',
            gender: 'male',
            age: 38,
            phones: ['+91 98220 55555'],
            addresses: [{ kind: 'present', line: '14 Mahatma Phule Nagar', district: 'Pune', state: 'Maharashtra', pin: '413102' }],
            idDocuments: [{ kind: 'aadhaar', number: '2345 6789 0123' }],
            description: { height: '5 ft 7 in', marks: 'Scar above the left eyebrow' },
          },
        },
      }),
    );
    const second = await postAsPage<FirAnswer>(
      page,
      `${server.url}/api/v1/firs`,
      firBody({
        sections: [{ act: 'BNS', section: '303(2)' }],
        accused: [{ person: { name: 'Mohammad Mustafa', relativeName: 'Abdul Rashid', relativeKind: 'father', gender: 'male', age: 39 } }],
        briefFacts: 'The complainant states that his phone was stolen at the market by a man he knows.',
      }),
    );
    const sensitive = await postAsPage<FirAnswer>(
      page,
      `${server.url}/api/v1/firs`,
      firBody({
        sections: [{ act: 'BNS', section: '74' }],
        complainant: { person: { name: 'Kavita Shinde', gender: 'female', age: 29 } },
        victims: [{ person: { name: 'Kavita Shinde', gender: 'female', age: 29 } }],
        briefFacts: 'The complainant states that she was assaulted at the bus stop.',
      }),
    );
    const mustafa = first.complainant?.id;
    const other = second.accused[0]?.id;
    const victim = sensitive.victims[0]?.id;
    assert.ok(mustafa && other && victim, 'person ids in the FIR answers');

    // 1. The person search links each result to the person's page.
    const box = page.locator('[data-testid=header-search] input[name=search]');
    await box.fill('Mohd. Mustafa');
    await box.press('Enter');
    const hit = page.locator(`[data-testid=person-hit][data-person="${mustafa}"]`);
    await hit.waitFor();
    await hit.locator('[data-testid=person-link]').click();
    await page.waitForURL(new RegExp(`#/persons/${mustafa}$`));

    // 2. The page: who the person is, Aadhaar by its last 4 digits only, the FIR they are on.
    const name = page.locator('[data-testid=person-page-name]');
    await name.waitFor();
    assert.equal((await name.textContent())?.trim(), 'Mohd. Mustafa');
    const details = page.locator('[data-testid=person-details]');
    const detailsText = (await details.textContent()) ?? '';
    assert.match(detailsText, /Father\s*Abdul Rashid/);
    assert.match(detailsText, /38 years/);
    assert.match(detailsText, /\+91 98220 55555/);
    assert.match(detailsText, /Aadhaar: XXXX-XXXX-0123/);
    // The hidden digits next to a neighbour group, not a bare 4-digit run: record ids in the page are random hex.
    assert.doesNotMatch(await page.content(), /2345[\s-]*6789|6789[\s-]*0123/, 'no more of the Aadhaar number than its last 4 digits');
    assert.doesNotMatch(await page.locator('body').innerText(), /2345|6789/, 'no more of the Aadhaar number than its last 4 digits');
    await page.getByText('14 Mahatma Phule Nagar, Pune, Maharashtra, 413102').waitFor();
    await page.getByText('Scar above the left eyebrow').waitFor();
    const row = page.locator(`[data-testid=person-record][data-record="${first.id}"]`);
    await row.waitFor();
    assert.equal(await page.locator('[data-testid=person-record]').count(), 1);
    assert.match((await row.textContent()) ?? '', /FIR\s*Complainant/);
    assert.equal(await row.getByRole('link').getAttribute('href'), `#/firs/${first.id}`);
    await page.locator('[data-testid=same-person-none]').waitFor();
    assert.equal(await page.title(), 'Person · CCTNS');

    // 3. Mark as the same person: the dialog opens with the name in its search box; Enter searches.
    await page.locator('[data-testid=same-person-mark]').click();
    const dialog = page.locator('dialog.modal');
    await dialog.getByRole('heading', { name: 'Mark as the same person as Mohd. Mustafa' }).waitFor();
    const searchBox = dialog.locator('input[name=sq]');
    assert.ok(await searchBox.evaluate((el) => el === document.activeElement), 'the search box has focus');
    assert.equal(await searchBox.inputValue(), 'Mohd. Mustafa');
    await page.keyboard.press('Enter');
    const choice = dialog.locator(`[data-testid=same-person-choice][data-person="${other}"]`);
    await choice.waitFor();
    assert.equal(await dialog.locator(`[data-testid=same-person-choice][data-person="${mustafa}"]`).count(), 0, 'the person is not offered as the same as themselves');
    const band = (await choice.getAttribute('data-band')) ?? '';
    assert.equal((await choice.locator('[data-testid=band]').textContent())?.trim(), band === 'strong' ? 'Strong match' : 'Possible match');
    assert.match((await choice.locator('[data-testid=explanation]').textContent()) ?? '', /^Why it matched: \S/);
    assert.match((await choice.textContent()) ?? '', /Abdul Rashid/);
    // Nothing picked and a reason too short: both refused next to their fields, focus on the first.
    const reason = dialog.locator('textarea[name=reason]');
    await reason.fill('same');
    await reason.press('Enter');
    const summary = dialog.locator('[data-testid=error-summary] li');
    await summary.first().waitFor();
    assert.deepEqual(await summary.allTextContents(), ['Person: choose the record that is the same person', 'Why it is the same person: say why (at least 5 characters)']);
    await dialog.locator('#same-person-pick-error').getByText('Person: choose the record that is the same person').waitFor();
    const reasonError = dialog.locator('.field.has-error:has(textarea[name=reason]) .field-error');
    assert.equal((await reasonError.textContent())?.trim(), 'Why it is the same person: say why (at least 5 characters)');
    assert.ok(
      await dialog
        .locator('input[name=personId]')
        .first()
        .evaluate((el) => el === document.activeElement),
      'focus goes to the first field in error',
    );
    await choice.locator('input[type=radio]').check();
    await reason.fill('Same father, same age; the accused gave this complainant’s phone number.');
    const shots = join(repo, 'test-results');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'screenshot-person-mark.png') });
    await reason.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Marked as the same person. The records have not been merged.').waitFor();
    const mark = page.locator(`[data-testid=same-person-mark-item][data-other="${other}"]`);
    await mark.waitFor();
    await mark.getByRole('link', { name: 'Mohammad Mustafa' }).waitFor();
    assert.match((await mark.textContent()) ?? '', /Marked by Insp\. Anjali Deshmukh \(demo\) on .*Reason: Same father, same age/);
    const markId = await mark.getAttribute('data-mark');
    assert.ok(markId);

    // Marked again from the API: 409, the records stay as they are.
    const csrf = ((await (await page.request.get(`${server.url}/api/v1/session`)).json()) as { csrfToken: string }).csrfToken;
    const again = await page.request.post(`${server.url}/api/v1/persons/${other}/same-as`, { data: { personId: mustafa, reason: 'once more' }, headers: { 'x-csrf-token': csrf } });
    assert.equal(again.status(), 409);

    // 4. The mark is seen from the other person's page too, linking back.
    await mark.getByRole('link', { name: 'Mohammad Mustafa' }).click();
    await page.waitForURL(new RegExp(`#/persons/${other}$`));
    await page.locator('[data-testid=person-page-name]').getByText('Mohammad Mustafa').waitFor();
    await page.locator(`[data-testid=person-record][data-record="${second.id}"][data-role=accused]`).waitFor();
    const back = page.locator(`[data-testid=same-person-mark-item][data-mark="${markId}"]`);
    await back.getByRole('link', { name: 'Mohd. Mustafa' }).click();
    await page.waitForURL(new RegExp(`#/persons/${mustafa}$`));

    // 5. Withdraw, with a reason: the mark is kept, struck through, with who, when and why.
    await mark.locator('[data-testid=same-person-withdraw]').click();
    const withdraw = page.locator('[data-testid=same-person-withdraw-form]');
    const why = withdraw.locator('textarea[name=reason]');
    assert.ok(await why.evaluate((el) => el === document.activeElement), 'the reason has focus');
    await why.fill('no');
    await why.press('Enter');
    await withdraw.locator('.field.has-error .field-error').getByText('Why the mark is withdrawn: say why (at least 5 characters)').waitFor();
    await why.fill('Different mother’s name on the Aadhaar card.');
    await why.press('Enter');
    await withdraw.waitFor({ state: 'detached' });
    await page.getByText('The mark has been withdrawn; it stays in the history.').waitFor();
    const gone = page.locator(`[data-testid=same-person-withdrawn-item][data-mark="${markId}"]`);
    await gone.waitFor();
    assert.equal(await page.locator('[data-testid=same-person-mark-item]').count(), 0);
    await page.locator('[data-testid=same-person-none]').waitFor();
    assert.equal(await gone.locator('s').first().getByRole('link', { name: 'Mohammad Mustafa' }).count(), 1, 'the withdrawn mark is struck through');
    assert.match(
      (await gone.locator('[data-testid=same-person-withdrawal]').textContent()) ?? '',
      /^Withdrawn by Insp\. Anjali Deshmukh \(demo\) on .+\. Reason: Different mother’s name on the Aadhaar card\.$/,
    );
    await page.screenshot({ path: join(shots, 'screenshot-person.png'), fullPage: true });

    // 6. In Hindi.
    await page.getByRole('button', { name: 'हिन्दी', exact: true }).click();
    await page.locator('html[lang=hi]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'एक ही व्यक्ति' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'वापस लिए गए चिह्न' }).waitFor();
    await page.getByRole('button', { name: 'एक ही व्यक्ति के रूप में चिह्नित करें…' }).waitFor();
    await page.getByText('चिह्न वापस ले लिया गया; यह इतिहास में दर्ज रहेगा।').waitFor();
    await page.screenshot({ path: join(shots, 'screenshot-person-hi.png'), fullPage: true });
    watch.check();

    // 7. The station writer may not unmask: the victim's page says only that the identity is protected and why.
    const writerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN' });
    contexts.push(writerContext);
    const writer = await writerContext.newPage();
    writer.setDefaultTimeout(15_000);
    const writerWatch = new Watch(writer, origin);
    await signIn(writer, server, 'writer.pune1');
    await writer.goto(`${server.url}/#/persons/${victim}`);
    const protectedNote = writer.locator('[data-testid=person-protected]');
    await protectedNote.waitFor();
    await writer.getByRole('heading', { level: 1, name: 'Identity protected' }).waitFor();
    assert.match((await protectedNote.textContent()) ?? '', /victim or complainant in a sensitive case.*BNS section 72/);
    const main = (await writer.locator('main').textContent()) ?? '';
    assert.doesNotMatch(main, /Kavita|Shinde|Same person|Records this person is on/, 'nothing else about the person');
    assert.equal(await writer.locator('[data-testid=same-person-mark]').count(), 0);
    writerWatch.check();
  });
});
