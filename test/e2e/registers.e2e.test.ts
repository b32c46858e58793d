// Browser test of the station's other registers (issue 14) as the station writer would use them:
// an NC report registered and the fortnight's diary printed; a missing 14-year-old reported, who
// becomes an FIR with the alert out and whose identity the writer is not shown; an unidentified
// body with its inquest clock; a stolen motorcycle checked by its number. Fails if a page
// contacts another origin, breaks the Content-Security-Policy or throws.
//
//   node --import tsx --test test/e2e/registers.e2e.test.ts
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, e2eFirBody, pickSection, postAsPage, repo } from '../support/browser.js';

const IST_MS = 330 * 60 * 1000;
/** A datetime-local value (IST wall time) some hours before now. */
const istInputHoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000 + IST_MS).toISOString().slice(0, 16);

describe('the registers in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('an NC report is registered from the menu and the fortnightly diary prints as PDF', { timeout: 180_000 }, async () => {
    const { page, watch } = await pageFor('writer.pune1');
    await page.getByRole('navigation').getByRole('link', { name: 'Registers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registers' }).waitFor();
    await page.locator('[data-testid=registers]').getByRole('link', { name: 'New NC report' }).click();
    const form = page.locator('[data-testid=nc-form]');
    await form.waitFor();
    // Nothing filled: the form names what is missing and sends nothing.
    await form.getByRole('button', { name: 'Register the NC report' }).click();
    await page.locator('.error-summary').getByText('What was reported').waitFor();
    await form.locator('input#f-informant\\.person\\.name').fill('Vijay Shinde');
    await form.locator('textarea#f-substance').fill('The informant says his neighbour slapped him during a quarrel over parking. शेजाऱ्याने थप्पड मारली।');
    await pickSection(page, '[data-testid=nc-form]', '115', 'BNS 115(2)');
    await form.locator('input#f-place').fill('Gandhi Chowk, Baramati');
    await form.locator('select#f-courtCode').selectOption({ label: 'Court of the Judicial Magistrate First Class, Baramati' });
    await page.locator('[data-testid=nc-referral-note]').getByText('Court of the Judicial Magistrate First Class, Baramati').waitFor();
    await form.getByRole('button', { name: 'Register the NC report' }).click();
    const number = page.locator('[data-testid=nc-number]');
    await number.waitFor();
    const ncNumber = await number.innerText();
    assert.match(ncNumber, /^NC \d+\/\d{4}$/);
    await page.getByText(/registered\. The informant is referred to the Court of the Judicial Magistrate First Class, Baramati/).waitFor();
    assert.match(await page.locator('main').innerText(), /No\. \d+ of/, 'the GD entry is shown');

    // The register lists it; the diary of this fortnight prints in English and in Hindi.
    await page.getByRole('link', { name: '← All NC reports' }).click();
    await page.locator('[data-testid=nc-table]').getByRole('link', { name: ncNumber }).waitFor();
    for (const lang of ['en', 'hi']) {
      const href = await page.locator(`[data-testid=nc-diary-pdf-${lang}]`).getAttribute('href');
      assert.ok(href);
      const pdf = await page.request.get(`${suite.server.url}${href}`);
      assert.equal(pdf.status(), 200);
      assert.equal(pdf.headers()['content-type'], 'application/pdf');
    }

    // Last fortnight's diary (nil here) is recorded as sent to the Magistrate, once.
    const diary = page.locator('[data-testid=nc-diary]');
    await diary.locator('select#nc-diary-fortnight').selectOption({ index: 1 });
    await diary.locator('[data-testid=nc-diary-forward]').click();
    const forward = page.locator('[data-testid=nc-forward-form]');
    await forward.locator('select#f-courtCode').selectOption({ label: 'Court of the Judicial Magistrate First Class, Baramati' });
    await forward.locator('input#f-reference').fill('PS/BRM/NC/112');
    await forward.getByRole('button', { name: 'Record as sent' }).click();
    await diary.getByText(/is recorded as sent to the Magistrate/).waitFor();

    // The Magistrate orders investigation: the FIR is registered on the order, and the report links to it.
    await page.locator('[data-testid=nc-table]').getByRole('link', { name: ncNumber }).click();
    await page.locator('[data-testid=nc-convert]').click();
    const convert = page.locator('[data-testid=nc-convert-form]');
    await convert.locator('select#f-order\\.courtCode').selectOption({ label: 'Court of the Judicial Magistrate First Class, Baramati' });
    await convert.locator('input#f-order\\.reference').fill('Misc. Cr. Appl. 41/2026');
    await convert.getByRole('button', { name: 'Register the FIR' }).click();
    const firNumber = page.locator('[data-testid=fir-number]');
    await firNumber.waitFor();
    const registered = await firNumber.innerText();
    await page.goBack();
    await page.locator('[data-testid=nc-fir]').getByRole('link', { name: registered }).waitFor();
    assert.match(await page.locator('[data-testid=nc-fir]').innerText(), /Misc\. Cr\. Appl\. 41\/2026/);
    watch.check();
  });

  test('a missing 14-year-old becomes an FIR with the alert out, and the writer is not shown who the child is', { timeout: 180_000 }, async () => {
    const { page, watch } = await pageFor('writer.pune1');
    await page.goto(`${suite.server.url}/#/missing-persons/new`);
    const form = page.locator('[data-testid=missing-form]');
    await form.locator('input#f-person\\.name').fill('Pooja Jadhav');
    await form.locator('input#f-person\\.age').fill('14');
    // The form says before saving that a child's report is an FIR.
    await page.locator('[data-testid=missing-child-note]').getByText('this report will be registered as an FIR').waitFor();
    await form.locator('input[name=lastSeenAt]').fill(istInputHoursAgo(6));
    await form.locator('input#f-description\\.place\\.address').fill('Outside the school gate, Baramati');
    await form.locator('select#f-description\\.sex').selectOption('female');
    await form.locator('textarea#f-description\\.clothes').fill('Blue school uniform, red bag');
    await form.locator('input#f-informant\\.person\\.name').fill('Sunita Jadhav');
    await form.locator('input#f-informantRelation').fill('mother');
    await form.locator('[data-testid=missing-contact-add]').click();
    await form.locator('input#f-contacts\\.0\\.name').fill('Anil Jadhav');
    await form.locator('input#f-contacts\\.0\\.phone').fill('98220 12345');
    await form.getByRole('button', { name: 'Register as FIR' }).click();

    await page.locator('[data-testid=missing-number]').waitFor();
    await page.getByText(/registered as an FIR of kidnapping; the alert has gone to every station of the State/).waitFor();
    const fir = page.locator('[data-testid=missing-fir] a');
    assert.match(await fir.innerText(), /\/\d{4}\/\d+$/, 'the FIR number is linked');
    assert.match(await page.locator('[data-testid=missing-alert]').innerText(), /Alert: Active/);
    const text = await page.locator('main').innerText();
    assert.ok(!text.includes('Pooja'), 'the child’s name is not shown to the writer');
    assert.ok(!text.includes('98220'), 'nor a contact that would identify her');
    await page.locator('[data-testid=identity-withheld]').first().waitFor();
    await page.locator('[data-testid=possible-matches]').getByRole('heading', { name: 'Possible matches' }).waitFor();
    // The PDF link answers a PDF.
    const href = await page.locator('[data-testid=missing-pdf-en]').getAttribute('href');
    const pdf = await page.request.get(`${suite.server.url}${href}`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    mkdirSync(join(repo, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(repo, 'test-results', 'missing-child.png'), fullPage: true });

    // The FIR opens from the report.
    const reportUrl = page.url();
    await fir.click();
    await page.locator('[data-testid=fir-number]').waitFor();
    watch.check();

    // The station's dashboard counts her among the missing, a child.
    await page.goto(`${suite.server.url}/#/`);
    await page.locator('[data-testid=dash-registers]').screenshot({ path: join(repo, 'test-results', 'registers-dashboard.png') });
    assert.match(await page.locator('[data-testid=stat-missing]').innerText(), /[1-9]\d*\s+missing persons \([1-9]\d* children\)/);

    // The SHO may see the child: the same report names her.
    const sho = await pageFor('sho.pune1');
    await sho.page.goto(reportUrl);
    await sho.page.locator('[data-testid=missing-number]').waitFor();
    await sho.page.locator('main [data-testid=person-name]').getByText('Pooja Jadhav').waitFor();
    sho.watch.check();
  });

  test('an unidentified body is registered and its inquest clock runs', { timeout: 180_000 }, async () => {
    const { page, watch } = await pageFor('writer.pune1');
    await page.goto(`${suite.server.url}/#/unnatural-deaths`);
    await page.locator('[data-testid=ud-new]').click();
    const form = page.locator('[data-testid=ud-form]');
    await form.locator('input[name=foundAt]').fill(istInputHoursAgo(3));
    await form.locator('input#f-description\\.place\\.address').fill('Nira canal bank near the weir, Baramati');
    await form.locator('select#f-description\\.sex').selectOption('male');
    await form.locator('input#f-description\\.ageRange\\.from').fill('30');
    await form.locator('input#f-description\\.ageRange\\.to').fill('40');
    await form.locator('input#f-description\\.heightCm').fill('abc');
    await form.locator('input#f-informant\\.person\\.name').fill('Raju Gaikwad');
    await form.getByRole('button', { name: 'Register' }).click();
    // A height that is not a number is named and nothing is sent.
    await page.locator('.error-summary').waitFor();
    assert.ok(await form.locator('input#f-description\\.heightCm').evaluate((el) => el === document.activeElement), 'focus on the field to fix');
    await form.locator('input#f-description\\.heightCm').fill('170');
    await form.locator('textarea#f-belongings').fill('Black wallet, no documents');
    await form.getByRole('button', { name: 'Register' }).click();
    await page.locator('[data-testid=ud-number]').waitFor();
    assert.match(await page.locator('[data-testid=ud-status]').innerText(), /Unidentified/);
    const clock = page.locator('[data-testid=ud-clock] [data-testid=clocks] li').first();
    await clock.waitFor();
    assert.match(await clock.innerText(), /BNSS 2023 s\. 194\(2\)/);
    assert.match(await clock.innerText(), /Running\s+due /);
    await page.locator('[data-testid=possible-matches]').waitFor();
    await page.screenshot({ path: join(repo, 'test-results', 'unidentified-body.png'), fullPage: true });
    watch.check();
  });

  test('a stolen motorcycle checks as stolen, with its FIR', { timeout: 180_000 }, async () => {
    const { page, watch } = await pageFor('writer.pune1');
    const fir = await postAsPage<{ id: string; number: string }>(
      page,
      `${suite.server.url}/api/v1/firs`,
      e2eFirBody({ properties: [{ description: 'Hero Splendor motorcycle', category: 'vehicle', vehicle: { registration: 'MH 42 ZZ 7788', make: 'Hero' } }] }),
    );
    await page.goto(`${suite.server.url}/#/stolen-property`);
    const check = page.locator('[data-testid=stolen-check]');
    await check.getByLabel('Vehicle registration number').fill('mh-42-zz-7788');
    await check.getByRole('button', { name: 'Check' }).click();
    const answer = page.locator('[data-testid=stolen-answer]');
    await answer.waitFor();
    assert.equal(await answer.getAttribute('data-state'), 'stolen');
    await answer.getByRole('link', { name: fir.number }).waitFor();
    // A number nobody reported.
    await check.getByLabel('Vehicle registration number').fill('MH 42 ZZ 0001');
    await check.getByRole('button', { name: 'Check' }).click();
    await page.locator('[data-testid=stolen-answer][data-state=not_recorded]').waitFor();
    // The station's register lists the motorcycle.
    await page.locator('[data-testid=stolen-register-table]').getByRole('link', { name: fir.number }).waitFor();

    // The SP chooses the station whose register to read; without one the page says what is missing.
    const sp = await pageFor('sp.pune');
    await sp.page.goto(`${suite.server.url}/#/stolen-property`);
    const register = sp.page.locator('[data-testid=stolen-register]');
    await register.getByRole('button', { name: 'Show' }).click();
    await register.getByText('Police station: is required').first().waitFor();
    await register.locator('select#f-register\\.station').selectOption('MH-PUN-PS01');
    await register.getByRole('button', { name: 'Show' }).click();
    await sp.page.locator('[data-testid=stolen-register-table]').getByRole('link', { name: fir.number }).waitFor();
    sp.watch.check();

    // The same page in Hindi.
    await page.locator('.lang-switch button[lang=hi]').click();
    await page.getByRole('heading', { level: 1, name: 'चोरी के वाहन और फ़ोन' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'रजिस्टर' }).waitFor();
    watch.check();
  });
});
