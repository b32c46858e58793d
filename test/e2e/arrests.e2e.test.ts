// Browser test of arrests and custody (issue 13): the IO records an arrest memo (IIF-3) in the case
// file page and sees the 24-hour production clock (BNSS 58); records the production and a judicial
// custody order and sees the default-bail clock (BNSS 187(3)); prints the memo in Hindi; a woman
// arrested at night without the Magistrate's permission (BNSS 43(5)) is refused with the server's
// sentence on the permission's field. The SP opens the station's dashboard from the home page and
// finds the accused under "default bail near". Fails if the page contacts another origin, breaks
// the CSP or throws.
//
//   node --import tsx --test test/e2e/arrests.e2e.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, e2eFirBody, postAsPage } from '../support/browser.js';

const DAY_MS = 86_400_000;
const IST_MS = 330 * 60 * 1000;
/** A datetime-local value (IST wall time): the given IST time of the day `days` ago. */
const istInputDaysAgo = (days: number, time: string) => `${new Date(Date.now() - days * DAY_MS + IST_MS).toISOString().slice(0, 10)}T${time}`;
/**
 * The case's events are 57 days old so that the default bail (60 days from the first remand, the
 * day of remand being day 1) falls within the dashboard's ten-day warning.
 */
const DAYS = 57;

describe('arrests and custody in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('arrest, production, judicial custody and the clocks; the memo in Hindi; a woman at night refused; the SP sees default bail near', { timeout: 240_000 }, async () => {
    const sho = await pageFor('sho.pune1');
    const info = Date.now() - (DAYS + 1) * DAY_MS;
    const fir = await postAsPage<{ id: string; number: string }>(
      sho.page,
      `${suite.server.url}/api/v1/firs`,
      e2eFirBody({
        occurredFrom: new Date(info - 3 * 3600_000).toISOString(),
        occurredTo: new Date(info - 2 * 3600_000).toISOString(),
        infoReceivedAt: new Date(info).toISOString(),
        accused: [{ person: { name: 'Raju Shinde', gender: 'male', age: 35 } }, { person: { name: 'Sunita More', gender: 'female', age: 30 } }],
      }),
    );
    const ioId = (await suite.server.node.users.byUsername('io.pune1'))!.id;
    const session = (await (await sho.page.request.get(`${suite.server.url}/api/v1/session`)).json()) as { csrfToken: string };
    const assigned = await sho.page.request.post(`${suite.server.url}/api/v1/cases/${fir.id}/assignment`, { data: { ioUserId: ioId }, headers: { 'x-csrf-token': session.csrfToken } });
    assert.equal(assigned.status(), 200, await assigned.text());

    // The IO: both accused listed, not arrested.
    const io = await pageFor('io.pune1');
    await io.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    const section = io.page.locator('[data-testid=case-accused]');
    await section.getByText('Raju Shinde').waitFor();
    assert.equal(await section.locator('[data-testid=accused-status]').count(), 2);
    assert.deepEqual(await section.locator('[data-testid=accused-status]').allInnerTexts(), ['Not arrested', 'Not arrested']);

    // Nothing filled: the page says what is missing and sends nothing.
    await section.locator('[data-testid=arrest-add]').click();
    let form = io.page.locator('[data-testid=arrest-form]');
    await form.getByRole('button', { name: 'Record the memo' }).click();
    await io.page.locator('.error-summary').waitFor();
    await io.page.waitForFunction(() => document.activeElement?.id === 'f-personId');

    // Raju arrested in the morning, with everything the law asks for.
    await form.locator('select#f-personId').selectOption({ label: 'Raju Shinde' });
    await form.locator('select#f-outcome').selectOption({ label: 'Arrested and sent up (forwarded to the Magistrate)' });
    await form.locator('input[name=at]').fill(istInputDaysAgo(DAYS, '11:00'));
    await form.locator('input#f-place').fill('Bhigwan Chowk, Baramati');
    await form.locator('textarea#f-grounds').fill('Named in the FIR for the theft of the motorcycle; seen with it on the road.');
    await form.locator('input#f-personInformed\\.name').fill('Dattu Shinde');
    await form.locator('select#f-personInformed\\.relationship').selectOption({ label: 'Father' });
    await form.locator('input#f-personInformed\\.phone').fill('+91 98220 12345');
    await form.locator('input[name="personInformed.informedAt"]').fill(istInputDaysAgo(DAYS, '11:20'));
    await form.locator('input#f-attestingWitness').fill('Ganesh More, Bhigwan road');
    await form.getByRole('button', { name: 'Record the memo' }).click();
    await io.page.getByText('Memo recorded for A1 · Raju Shinde.').waitFor();
    const raju = section.locator('[data-testid=accused-A1]');
    assert.equal(await raju.locator('[data-testid=accused-status]').innerText(), 'Arrested');
    // The 24-hour production clock, on the accused.
    const production = raju.locator('[data-testid=clocks] li').filter({ hasText: 'BNSS 2023 s. 58' });
    await production.waitFor();
    assert.match(await production.innerText(), /Overdue/, 'arrested 57 days ago and not produced');

    // Produced before the Magistrate the same afternoon.
    await raju.locator('[data-testid=arrest-produce]').click();
    const produce = io.page.locator('[data-testid=production-form]');
    await produce.locator('input[name=at]').fill(istInputDaysAgo(DAYS, '16:00'));
    await produce.locator('input#f-court').fill('JMFC Baramati');
    await produce.locator('input#f-magistrate').fill('Shri A. B. Deshmukh');
    await produce.getByRole('button', { name: 'Record the production' }).click();
    await io.page.getByText('Production of A1 · Raju Shinde recorded.').waitFor();
    assert.match(await production.innerText(), /Met/);

    // Remanded to judicial custody: the default-bail clock runs from the remand.
    await raju.locator('[data-testid=arrest-custody]').click();
    const custody = io.page.locator('[data-testid=custody-form]');
    await custody.locator('select#f-kind').selectOption({ label: 'Judicial custody' });
    await custody.locator('input[name=from]').fill(istInputDaysAgo(DAYS, '16:30'));
    await custody.locator('input#f-court').fill('JMFC Baramati');
    await custody.locator('input#f-orderReference').fill('RA 20/2026');
    await custody.getByRole('button', { name: 'Record the order' }).click();
    await io.page.getByText('Order recorded for A1 · Raju Shinde.').waitFor();
    assert.equal(await raju.locator('[data-testid=accused-status]').innerText(), 'In judicial custody');
    const bail = raju.locator('[data-testid=clocks] li').filter({ hasText: 'Charge sheet before default bail (60 days)' });
    await bail.waitFor();
    assert.match(await bail.innerText(), /Due soon/);

    // The memo (IIF-3) in Hindi.
    const memoHref = await raju.locator('[data-testid=arrest-memo-hi]').getAttribute('href');
    assert.ok(memoHref);
    const pdf = await io.page.request.get(`${suite.server.url}${memoHref}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    const [download] = await Promise.all([io.page.waitForEvent('download'), raju.locator('[data-testid=arrest-memo-hi]').click()]);
    assert.match(download.suggestedFilename(), /^IIF3-.*-A1-hi\.pdf$/);

    // Sunita arrested at 21:00 without the Magistrate's permission: refused, on the permission's field.
    await section.locator('[data-testid=arrest-add]').click();
    form = io.page.locator('[data-testid=arrest-form]');
    await form.locator('select#f-personId').selectOption({ label: 'Sunita More' });
    await form.locator('select#f-outcome').selectOption({ label: 'Arrested and sent up (forwarded to the Magistrate)' });
    await form.locator('input[name=at]').fill(istInputDaysAgo(DAYS, '21:00'));
    await form.locator('input#f-place').fill('Her house, Bhigwan road');
    await form.locator('textarea#f-grounds').fill('Named in the FIR as receiving the stolen motorcycle.');
    await form.locator('input#f-personInformed\\.name').fill('Vijay More');
    await form.locator('select#f-personInformed\\.relationship').selectOption({ label: 'Spouse' });
    await form.locator('input[name="personInformed.informedAt"]').fill(istInputDaysAgo(DAYS, '21:10'));
    await form.locator('input#f-attestingWitness').fill('Ganesh More, Bhigwan road');
    await form.getByRole('button', { name: 'Record the memo' }).click();
    const field = form.locator('input#f-magistratePermission\\.magistrate[aria-invalid=true]');
    await field.waitFor();
    await io.page.waitForFunction(() => document.activeElement?.id === 'f-magistratePermission.magistrate');
    const said = await form.locator('.field', { has: io.page.locator('#f-magistratePermission\\.magistrate') }).innerText();
    assert.match(said, /sunset and sunrise/, `the suite.server's sentence on the field: ${said}`);
    await form.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await section.locator('[data-testid=accused-status]').nth(1).innerText(), 'Not arrested', 'nothing recorded');
    io.watch.check();

    // The SP opens the station's dashboard from the home page: Raju's default bail is near.
    const sp = await pageFor('sp.pune');
    await sp.page.goto(`${suite.server.url}/#/`);
    await sp.page.locator('[data-testid=station-dashboards] li', { hasText: 'MH-PUN-PS01' }).getByRole('link').click();
    const near = sp.page.locator('[data-testid=dash-defaultBail]');
    await near.getByRole('link', { name: `FIR ${fir.number} · A1 · Raju Shinde` }).waitFor();
    assert.match(await near.innerText(), /Charge sheet before default bail \(60 days\)/);
    sp.watch.check();
  });
});
