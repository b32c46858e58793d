// Browser test of the lists officers look things up in (issue 13): the SHO opens the list of
// arrested persons (BNSS 37) from the station dashboard — the adult arrested today is on it with a
// link to his case file, the 16-year-old arrested with him is not (only counted as withheld), and
// the printed page shows the list without the menu or the filters; the SP opens the district's
// list from the home page; the IO finds both accused "arrested" on the Search page while the
// station writer, who may not see the child, finds only the adult, and a wrong date range is
// refused on its field; the writer finds a seized motorcycle by a word of its description in the
// property room and opens its chain of custody. Fails if the page contacts another origin, breaks
// the CSP or throws.
//
//   node --import tsx --test test/e2e/lists.e2e.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sha256Hex } from '../../src/util/hash.js';
import { browserSuite, e2eFirBody, postAsPage } from '../support/browser.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

describe('the lists officers look things up in, in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('arrested persons (never a juvenile), accused by status, a seized item found', { timeout: 240_000 }, async () => {
    // The case: an adult and a 16-year-old arrested two hours ago; a motorcycle seized.
    const sho = await pageFor('sho.pune1');
    const fir = await postAsPage<{ id: string; number: string }>(
      sho.page,
      `${suite.server.url}/api/v1/firs`,
      e2eFirBody({
        infoReceivedAt: hoursAgo(4),
        accused: [{ person: { name: 'Raju Shinde', gender: 'male', age: 35, addresses: [{ line: 'Ward 4, Baramati' }] } }, { person: { name: 'Bablu Kamble', gender: 'male', age: 16 } }],
      }),
    );
    const ioId = (await suite.server.node.users.byUsername('io.pune1'))!.id;
    const session = (await (await sho.page.request.get(`${suite.server.url}/api/v1/session`)).json()) as { csrfToken: string };
    const assigned = await sho.page.request.post(`${suite.server.url}/api/v1/cases/${fir.id}/assignment`, { data: { ioUserId: ioId }, headers: { 'x-csrf-token': session.csrfToken } });
    assert.equal(assigned.status(), 200, await assigned.text());
    const accused = (await suite.server.node.firs.get(fir.id))!.content.persons.filter((p) => p.role === 'accused').map((p) => p.personId);
    const io = await pageFor('io.pune1');
    for (const personId of accused) {
      await postAsPage(io.page, `${suite.server.url}/api/v1/cases/${fir.id}/arrests`, {
        personId,
        outcome: 'arrested_sent_up',
        at: hoursAgo(2),
        place: 'Bus stand, Baramati',
        grounds: 'Named by the complainant.',
        personInformed: { name: 'Dattu Shinde', relationship: 'father', informedAt: hoursAgo(1.5) },
        attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
      });
    }
    await postAsPage(io.page, `${suite.server.url}/api/v1/cases/${fir.id}/seizures`, {
      seizedAt: hoursAgo(1),
      place: 'House of the accused',
      items: [{ description: 'Black Hero Splendor motorcycle', category: 'vehicle', quantity: '1', sealNo: 'PS01/S/17' }],
      witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
      video: { sha256: sha256Hex('lists e2e recording'), size: 19 },
      depositedWith: { name: 'HC Shinde', designation: 'Malkhana moharrir' },
    });

    // The SHO: from the station dashboard to the station's list of arrested persons.
    await sho.page.goto(`${suite.server.url}/#/`);
    await sho.page.getByTestId('dash-arrested-list').click();
    await sho.page.getByRole('heading', { level: 1, name: 'Arrested persons' }).waitFor();
    const rows = sho.page.getByTestId('arrested-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1, 'only the adult');
    const row = await rows.first().innerText();
    assert.match(row, /Raju Shinde/);
    assert.match(row, /Ward 4, Baramati/);
    assert.ok(!(await sho.page.getByTestId('arrested-list').innerText()).includes('Bablu'), 'a juvenile never appears');
    assert.match(await sho.page.getByTestId('arrested-withheld').innerText(), /^1 arrests of juveniles/);
    assert.equal(await rows.first().getByRole('link', { name: fir.number }).getAttribute('href'), `#/cases/${fir.id}`, 'the row opens the case file');
    // Printed: the list without the menu and the filters.
    await sho.page.emulateMedia({ media: 'print' });
    assert.equal(await sho.page.getByTestId('arrested-filter').isVisible(), false);
    assert.equal(await sho.page.locator('.app-nav').isVisible(), false);
    assert.equal(await sho.page.getByTestId('arrested-table').isVisible(), true);
    await sho.page.emulateMedia({ media: 'screen' });
    await rows.first().getByRole('link', { name: fir.number }).click();
    await sho.page.getByTestId('case-accused').waitFor();
    sho.watch.check();

    // The SP: from the home page, the district's list.
    const sp = await pageFor('sp.pune');
    await sp.page.goto(`${suite.server.url}/#/`);
    await sp.page.getByTestId('home-arrested-list').click();
    await sp.page.getByRole('heading', { level: 2, name: /Persons arrested — .*Pune/ }).waitFor();
    const spList = await sp.page.getByTestId('arrested-list').innerText();
    assert.match(spList, /Raju Shinde/);
    assert.ok(!spList.includes('Bablu'), 'not even for the SP, who may see the child elsewhere');
    sp.watch.check();

    // The IO: accused by status on the Search page — both arrested, the child too (his case).
    await io.page.goto(`${suite.server.url}/#/search`);
    const search = io.page.getByTestId('accused-search');
    await search.getByLabel('Status', { exact: true }).selectOption('arrested');
    await search.getByRole('button', { name: 'Find accused' }).click();
    await search.getByTestId('accused-results').waitFor();
    const found = await search.getByTestId('accused-row').allInnerTexts();
    assert.equal(found.length, 2, found.join(' | '));
    assert.ok(found.some((r) => r.includes('Bablu Kamble')) && found.some((r) => r.includes('Raju Shinde')));
    // A range that ends before it begins: the suite.server's sentence on the field.
    await search.getByLabel('Since (from date)').fill('2026-07-02');
    await search.getByLabel('Since (to date)').fill('2026-07-01');
    await search.getByRole('button', { name: 'Find accused' }).click();
    await io.page.getByTestId('error-summary').waitFor();
    assert.match(await io.page.locator('[id="f-accused.to"]').evaluate((el) => el.closest('.field')?.textContent ?? ''), /must not be before/);
    io.watch.check();

    // The writer, who may not see the child: only the adult; then the property room's search.
    const writer = await pageFor('writer.pune1');
    await writer.page.goto(`${suite.server.url}/#/search`);
    const ws = writer.page.getByTestId('accused-search');
    await ws.getByLabel('Status', { exact: true }).selectOption('arrested');
    await ws.getByRole('button', { name: 'Find accused' }).click();
    await ws.getByTestId('accused-results').waitFor();
    const seen = await ws.getByTestId('accused-row').allInnerTexts();
    assert.equal(seen.length, 1);
    assert.match(seen[0]!, /Raju Shinde/);
    assert.ok(!(await ws.innerText()).includes('Bablu'));

    await writer.page.goto(`${suite.server.url}/#/property-room`);
    const ps = writer.page.getByTestId('property-search');
    await ps.getByLabel('Description or seal number').fill('splendor');
    await ps.getByRole('button', { name: 'Find items' }).click();
    const item = ps.getByTestId('property-search-row');
    await item.first().waitFor();
    assert.equal(await item.count(), 1);
    assert.match(await item.first().innerText(), /Black Hero Splendor motorcycle/);
    assert.match(await item.first().innerText(), /PS01\/S\/17/);
    await item.first().getByRole('link', { name: /chain/i }).click();
    await writer.page.getByTestId('chain-moves').waitFor();
    assert.match(await writer.page.getByTestId('property-chain').innerText(), /Black Hero Splendor motorcycle/);
    writer.watch.check();
  });
});
