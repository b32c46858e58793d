// Browser test of a supervisor's counts of the station registers (issue 14, "counted for
// supervisors"): Baramati Kasba registers a missing 14-year-old and a body whose inquest is
// overdue; the SP of Pune opens "Registers across Pune" from the home page — Baramati Kasba comes
// first, its missing child and overdue inquest marked, the district's totals below; the table sorts
// from the keyboard; the child's figure opens Baramati Kasba's missing-person register with the
// report on it; the same page in Hindi. Fails if the page contacts another origin, breaks the CSP
// or throws.
//
//   node --import tsx --test test/e2e/register-counts.e2e.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, postAsPage } from '../support/browser.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

describe('a supervisor’s counts of the station registers, in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('the SP of a district: stations × registers, attention first, each figure opens the register', { timeout: 240_000 }, async () => {
    const url = suite.server.url;
    const sho = await pageFor('sho.pune1');
    const report = await postAsPage<{ id: string; number: string }>(sho.page, `${url}/api/v1/missing-persons`, {
      stationCode: 'MH-PUN-PS01',
      person: { name: 'Kavya Shelar', age: 14 },
      description: { sex: 'female', heightCm: 150, build: 'thin', complexion: 'wheatish', clothes: 'Green salwar kameez', place: { address: 'Baramati bus stand' } },
      lastSeenAt: hoursAgo(30),
      informant: { person: { name: 'Suresh Shelar', gender: 'male', age: 44 } },
      contacts: [{ name: 'Suresh Shelar', relation: 'father', phone: '+91 98220 45678' }],
    });
    await postAsPage(sho.page, `${url}/api/v1/unnatural-deaths`, {
      stationCode: 'MH-PUN-PS01',
      description: { sex: 'male', ageRange: { from: 30, to: 40 }, place: { address: 'Nira canal bank' } },
      foundAt: hoursAgo(31),
      informedAt: hoursAgo(30),
      informant: { person: { name: 'Ramdas Gaikwad', gender: 'male', age: 58 } },
    });

    const { page, watch } = await pageFor('sp.pune');
    await page.goto(`${url}/#/`);
    await page.getByTestId('home-register-counts').click();
    await page.getByRole('heading', { level: 1, name: 'Registers across Pune' }).waitFor();
    const table = page.getByTestId('register-counts');
    await table.waitFor();
    assert.match(await table.locator('caption').innerText(), /2 police stations in Pune/);
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), 2);
    assert.equal(await rows.first().getAttribute('data-testid'), 'counts-MH-PUN-PS01', 'the station with the overdue inquest and the missing child first');
    const kasba = page.getByTestId('counts-MH-PUN-PS01');
    const child = kasba.getByRole('link', { name: /^1 Missing children at Baramati Kasba/ });
    assert.equal(await child.getAttribute('href'), '#/missing-persons?station=MH-PUN-PS01&status=missing');
    assert.match((await child.locator('xpath=..').getAttribute('class')) ?? '', /count-alert/, 'a missing child needs attention');
    const overdue = kasba.getByRole('link', { name: /^1 Inquests overdue at/ });
    assert.match((await overdue.locator('xpath=..').getAttribute('class')) ?? '', /count-alert/);
    assert.equal(await overdue.getAttribute('href'), '#/?station=MH-PUN-PS01', 'the inquest clocks are on the station’s dashboard');
    assert.match(await page.getByTestId('counts-total').innerText(), /^Total/);

    // Sorting from the keyboard: the station heading, Enter, then Enter again.
    const byStation = table.getByRole('button', { name: 'Police station' });
    await byStation.focus();
    await page.keyboard.press('Enter');
    assert.equal(await table.locator('thead th[aria-sort]').getAttribute('aria-sort'), 'ascending');
    assert.equal(await rows.first().getAttribute('data-testid'), 'counts-MH-PUN-PS01', 'by name: Baramati Kasba, then Baramati MIDC Road');
    await page.keyboard.press('Enter');
    assert.equal(await table.locator('thead th[aria-sort]').getAttribute('aria-sort'), 'descending');
    assert.equal(await rows.first().getAttribute('data-testid'), 'counts-MH-PUN-PS02');
    await page.getByTestId('counts-attention').click();
    assert.equal(await rows.first().getAttribute('data-testid'), 'counts-MH-PUN-PS01');

    // Narrowed to the sub-division: the same two stations.
    await page.getByRole('navigation', { name: 'Narrow to' }).getByRole('link', { name: 'Baramati' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registers across Baramati' }).waitFor();
    await page.getByTestId('counts-MH-PUN-PS02').waitFor();
    assert.equal(await rows.count(), 2);

    // The child's figure opens Baramati Kasba's register of missing persons, the report on it.
    await child.click();
    await page.getByRole('heading', { level: 1, name: 'Missing persons' }).waitFor();
    await page.locator(`tr[data-number="${report.number}"]`).waitFor();
    watch.check();

    // The same page in Hindi.
    await page.goto(`${url}/#/register-counts`);
    await page.locator('.lang-switch button[lang=hi]').click();
    await page.getByRole('heading', { level: 1, name: 'पुणे के रजिस्टर' }).waitFor();
    await page.getByTestId('register-counts').getByRole('columnheader', { name: 'गुमशुदा बच्चे' }).waitFor();
    watch.check();
  });
});
