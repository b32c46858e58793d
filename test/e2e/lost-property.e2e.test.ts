// Browser test of lost and found property (issue 14): the writer registers a lost phone through the
// form (the IMEI's check digit refused on its field first) and gets its number and the
// acknowledgement's links; registers a phone handed in at the station with the same IMEI, whose
// record shows the lost report it matches; the SHO returns it to its owner on the Magistrate's
// order and the receipt's links appear. Fails if the page contacts another origin, breaks the CSP
// or throws.
//
//   node --import tsx --test test/e2e/lost-property.e2e.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, pickSection, postAsPage } from '../support/browser.js';

const IST_MS = 330 * 60 * 1000;
/** A datetime-local value (IST wall time) some hours before now. */
const istInputHoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000 + IST_MS).toISOString().slice(0, 16);
const istToday = () => new Date(Date.now() + IST_MS).toISOString().slice(0, 10);
const IMEI = '490154203237518';

describe('lost and found property in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('a lost phone reported, the same phone handed in and matched, returned on the Magistrate’s order with a receipt', { timeout: 240_000 }, async () => {
    const writer = await pageFor('writer.pune1');
    await writer.page.goto(`${suite.server.url}/#/lost-reports`);
    const form = writer.page.locator('[data-testid=lost-form]');
    // Nothing filled: the form says what is missing and sends nothing.
    await form.getByRole('button', { name: 'Register the report' }).click();
    await writer.page.locator('.error-summary').waitFor();
    await form.locator('input#f-informant\\.person\\.name').fill('Savita Jagtap');
    await form.locator('input[name=lostAt]').fill(istInputHoursAgo(5));
    await form.locator('input#f-lostPlace').fill('Baramati bus stand');
    await form.locator('input#f-articles\\.0\\.description').fill('Black Redmi phone, blue cover');
    await form.locator('input#f-articles\\.0\\.mobilePhone\\.imei').fill('490154203237519');
    await form.getByRole('button', { name: 'Register the report' }).click();
    // The server checks the IMEI's check digit: its sentence lands on the field.
    await form.locator('input#f-articles\\.0\\.mobilePhone\\.imei[aria-invalid=true]').waitFor();
    await form.locator('input#f-articles\\.0\\.mobilePhone\\.imei').fill(IMEI);
    await form.getByRole('button', { name: 'Register the report' }).click();
    const lost = writer.page.locator('[data-testid=lost-record]');
    const lostNumber = (await lost.getByRole('heading', { name: /\/LAR\d{5}$/ }).textContent())!.trim();
    await lost.locator('[data-testid=lost-pdf-hi]').waitFor();
    const pdf = await writer.page.request.get(`${suite.server.url}${(await lost.locator('[data-testid=lost-pdf-en]').getAttribute('href'))!}`);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await writer.page.locator('[data-testid=lost-register]').getByRole('link', { name: lostNumber }).waitFor();

    // The same phone handed in at the station: its record names the lost report.
    await writer.page.goto(`${suite.server.url}/#/found-property`);
    const found = writer.page.locator('[data-testid=found-form]');
    await found.locator('input#f-article\\.description').fill('Black Redmi phone, cracked screen');
    await found.locator('input#f-article\\.mobilePhone\\.imei').fill(IMEI);
    await found.locator('input[name=foundAt]').fill(istInputHoursAgo(2));
    await found.locator('input#f-foundPlace').fill('Platform 2, Baramati bus stand');
    await found.locator('input[name=receivedAt]').fill(istInputHoursAgo(1));
    await found.locator('input#f-depositedBy').fill('HC Sunita Jadhav');
    await found.locator('input#f-receivedBy').fill('ASI Malkhana Jadhav');
    await found.getByRole('button', { name: 'Register the property' }).click();
    const record = writer.page.locator('[data-testid=found-record]');
    await record.getByRole('heading', { name: /\/FP\d{5}$/ }).waitFor();
    await record.locator('[data-testid=found-matches]').getByText(`Lost article report ${lostNumber}`).waitFor();
    const entryUrl = writer.page.url();
    writer.watch.check();

    // The SHO returns it on the Magistrate's order; the receipt follows.
    const sho = await pageFor('sho.pune1');
    await sho.page.goto(entryUrl);
    const entry = sho.page.locator('[data-testid=found-record]');
    await entry.locator('[data-testid=found-action-claim]').click();
    const claim = sho.page.locator('[data-testid=found-claim-form]');
    await claim.locator('input#f-claimant\\.person\\.name').fill('Savita Jagtap');
    await claim.locator('input[name=at]').fill(istInputHoursAgo(0.2));
    await claim.locator('input#f-identity\\.document').fill('Voter ID');
    await claim.locator('input#f-identity\\.number').fill('MH/12/345/678');
    await claim.locator('input#f-proof').fill('The purchase bill with the same IMEI');
    await claim.locator('input#f-order\\.date').fill(istToday());
    await claim.locator('select#f-order\\.courtCode').selectOption('MH-PUN-JMFC-BRM');
    await claim.locator('input#f-order\\.reference').fill('Misc. 41/2026');
    await claim.locator('input#f-handedBy').fill('ASI Malkhana Jadhav');
    await claim.getByRole('button', { name: 'Return to the owner' }).click();
    await entry
      .locator('[data-testid=receipt-hi]')
      .waitFor()
      .catch(async (e: unknown) =>
        assert.fail(
          `${String(e)}: ${await sho.page
            .locator('.error-summary')
            .textContent()
            .catch(() => '')}`,
        ),
      );
    await entry.getByText('Returned to its owner').first().waitFor();
    sho.watch.check();
  });

  test('a lost phone that was stolen: the report converted to an FIR from its page, the phone then on the stolen register', { timeout: 180_000 }, async () => {
    const url = suite.server.url;
    const writer = await pageFor('writer.pune1');
    const stolenImei = '353918059163457';
    const report = await postAsPage<{ id: string; number: string }>(writer.page, `${url}/api/v1/lost-reports`, {
      stationCode: 'MH-PUN-PS01',
      informant: { person: { name: 'Kiran Bhosale', gender: 'male', age: 31 } },
      lostAt: new Date(Date.now() - 6 * 3600_000).toISOString(),
      lostPlace: 'Crowded vegetable market, Baramati',
      articles: [{ kind: 'mobile_phone', description: 'Blue Samsung phone', mobilePhone: { imei: stolenImei } }],
      circumstances: 'Felt a push in the crowd; the phone was gone from the shirt pocket.',
    });
    await writer.page.goto(`${url}/#/lost-reports?id=${report.id}`);
    await writer.page.locator('[data-testid=lost-record]').getByRole('heading', { name: report.number }).waitFor();
    await writer.page.locator('[data-testid=lost-convert]').click();
    const dialog = writer.page.locator('[data-testid=lost-convert-form]');
    // Prefilled from the report: when and where, and the brief facts.
    assert.equal(await dialog.locator('textarea#f-fir\\.place\\.address').inputValue(), 'Crowded vegetable market, Baramati');
    assert.match(await dialog.locator('textarea#f-fir\\.briefFacts').inputValue(), /shirt pocket/);
    // No section picked: the form says so on the picker and sends nothing.
    await dialog.getByRole('button', { name: 'Register the FIR' }).click();
    await dialog.locator('.section-picker .field-error').waitFor();
    await pickSection(writer.page, '[data-testid=lost-convert-form] .section-picker', '303', 'BNS 303(2)');
    await dialog.getByRole('button', { name: 'Register the FIR' }).click();
    // The FIR opens, registered; the report reads converted and names it.
    await writer.page.locator('[data-testid=fir-number]').waitFor();
    assert.match(await writer.page.locator('main').innerText(), /FIR registered/);
    const firNumber = (await writer.page.locator('[data-testid=fir-number]').innerText()).trim();
    await writer.page.goto(`${url}/#/lost-reports?id=${report.id}`);
    const record = writer.page.locator('[data-testid=lost-record]');
    await record.getByText('Registered as an FIR').waitFor();
    assert.match(await record.innerText(), new RegExp(firNumber.split(/\s/).pop()!.replace(/[/]/g, '\\/')));
    assert.equal(await record.locator('[data-testid=lost-convert]').count(), 0, 'converted once only');
    const check = await writer.page.request.get(`${url}/api/v1/stolen-property/check?imei=${stolenImei}`);
    const answer = (await check.json()) as { state: string; reports: { firNumber: string }[] };
    assert.equal(answer.state, 'stolen', 'the handset now checks as stolen');
    assert.equal(answer.reports[0]?.firNumber, firNumber.split(/\s/).pop(), 'on the FIR just registered');
    writer.watch.check();
  });
});
