// Browser test of the case file (issue 13): the SHO opens an FIR's case file and assigns the IO;
// the IO records a diary entry with a statement of the complainant and one of a neighbour; another
// officer of the station (the writer) has no way in; the SP reads the diary and the timeline in
// Hindi. Fails if the page contacts another origin, breaks the Content-Security-Policy or throws.
//
//   node --import tsx --test test/e2e/case-file.e2e.test.ts
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, e2eFirBody, postAsPage, repo } from '../support/browser.js';

const IST_MS = 330 * 60 * 1000;
/** A datetime-local value (IST wall time) some hours before now. */
const istInputHoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000 + IST_MS).toISOString().slice(0, 16);

describe('the case file in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('assign the IO, keep the diary, read it as the SP in Hindi', { timeout: 180_000 }, async () => {
    // The SHO registers an FIR and opens its case file from the FIR page.
    const sho = await pageFor('sho.pune1');
    const fir = await postAsPage<{ id: string; number: string }>(sho.page, `${suite.server.url}/api/v1/firs`, e2eFirBody({}));
    await sho.page.goto(`${suite.server.url}/#/firs/${fir.id}`);
    await sho.page.locator('[data-testid=open-case]').click();
    await sho.page.getByRole('heading', { level: 1, name: fir.number }).waitFor();
    assert.equal(await sho.page.locator('[data-testid=case-io]').innerText(), 'Not assigned');
    assert.equal(await sho.page.locator('[data-testid=case-diary-add]').count(), 0, 'the SHO is not the IO: no diary entry');
    await sho.page.locator('[data-testid=case-assign]').click();
    const assign = sho.page.locator('[data-testid=assign-form]');
    const officer = assign.locator('select[name=ioUserId], select#f-ioUserId');
    await officer.waitFor();
    assert.ok(await officer.evaluate((el) => el === document.activeElement), 'the officer list has focus');
    await officer.selectOption({ label: 'SI Rahul Patil (demo) (Investigating Officer)' });
    await assign.getByRole('button', { name: 'Assign the IO' }).click();
    await sho.page.getByText('SI Rahul Patil (demo) is now the investigating officer.').waitFor();
    assert.match(await sho.page.locator('[data-testid=case-io]').innerText(), /SI Rahul Patil/);
    await sho.page.locator('[data-testid=case-timeline]').getByText('Investigating officer assigned').waitFor();
    sho.watch.check();

    // The IO writes the day's diary entry: a statement of the complainant and one of a neighbour.
    const io = await pageFor('io.pune1');
    await io.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await io.page.locator('[data-testid=case-diary-add]').click();
    const form = io.page.locator('[data-testid=diary-form]');
    // Nothing filled: the form says what is missing and sends nothing.
    await form.getByRole('button', { name: 'Record the entry' }).click();
    await io.page.locator('.error-summary').waitFor();
    await form.locator('input[name=beganAt]').fill(istInputHoursAgo(1.5));
    await form.locator('textarea#f-places').fill('Bhigwan Chowk, Baramati');
    await form.locator('textarea#f-text').fill('Visited the place of occurrence; prepared the spot panchnama. घटनास्थल का निरीक्षण किया।');
    await form.locator('[data-testid=add-statement]').click();
    await form.locator('select#f-statements\\.0\\.personId').selectOption({ label: 'Suresh Pawar (Complainant)' });
    await form.locator('textarea#f-statements\\.0\\.text').fill('Two men pushed my motorcycle away at about 3 a.m.');
    await form.locator('[data-testid=add-statement]').click();
    await form.locator('input#f-statements\\.1\\.name').fill('Ramesh Kale (neighbour)');
    await form.locator('textarea#f-statements\\.1\\.text').fill('I heard an engine start at night.');
    await form.getByRole('button', { name: 'Record the entry' }).click();
    await io.page.getByText('Diary entry No. 1 recorded.').waitFor();
    const entries = io.page.locator('[data-testid=case-diary-entries]');
    await entries.getByText('Ramesh Kale (neighbour)').waitFor();
    await entries.getByText('Suresh Pawar').waitFor();
    mkdirSync(join(repo, 'test-results'), { recursive: true });
    await io.page.screenshot({ path: join(repo, 'test-results', 'case-file-io.png'), fullPage: true });
    io.watch.check();

    // The station writer has no case file link, and the case file refuses them.
    const writer = await pageFor('writer.pune1');
    await writer.page.goto(`${suite.server.url}/#/firs/${fir.id}`);
    await writer.page.locator('[data-testid=fir-number]').waitFor();
    assert.equal(await writer.page.locator('[data-testid=open-case]').count(), 0);
    await writer.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await writer.page.locator('.alert-error').first().waitFor();
    assert.equal(await writer.page.locator('[data-testid=case-timeline]').count(), 0);
    writer.watch.check();

    // The SP reads the case file in Hindi: the timeline and the diary.
    const sp = await pageFor('sp.pune');
    await sp.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await sp.page.locator('[data-testid=case-number]').waitFor();
    await sp.page.locator('.lang-switch button[lang=hi]').click();
    await sp.page.getByRole('heading', { level: 2, name: 'केस डायरी (बीएनएसएस 192)' }).waitFor();
    await sp.page.locator('[data-testid=case-timeline]').getByText('विवेचक नियुक्त').first().waitFor();
    const spText = await sp.page.locator('main').innerText();
    assert.ok(spText.includes('Ramesh Kale (neighbour)'), 'the SP reads the diary');
    assert.ok(spText.includes('प्रविष्टि सं. 1'), 'entry numbers in Hindi');
    await sp.page.screenshot({ path: join(repo, 'test-results', 'case-file-sp-hi.png'), fullPage: true });
    sp.watch.check();
  });
});
