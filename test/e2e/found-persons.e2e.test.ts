// Browser test of the found persons register: Baramati's writer registers a boy found alone at the
// bus stand through the form (reached from the Registers hub); the record shows his 24-hour clock to
// the Child Welfare Committee and never his name to the writer; the SHO sees him, produces him
// before the Committee, finds the missing-person report among the possible matches, confirms it and
// records him restored through it — the report then reads "Returned". Fails if a page contacts
// another origin, breaks the Content-Security-Policy or throws.
//
//   node --import tsx --test test/e2e/found-persons.e2e.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, postAsPage } from '../support/browser.js';

const IST_MS = 330 * 60_000;
const istInputHoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000 + IST_MS).toISOString().slice(0, 16);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

describe('a child found alone, matched to his missing-person report and restored', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('registered by the writer, masked to him, produced before the CWC, matched, confirmed, restored', { timeout: 240_000 }, async () => {
    const url = suite.server.url;
    const writer = await pageFor('writer.pune1');
    await writer.page.goto(`${url}/#/registers`);
    await writer.page.locator('[data-testid=registers]').getByRole('link', { name: 'Found persons' }).click();
    await writer.page.locator('[data-testid=fp-new]').click();
    const form = writer.page.locator('[data-testid=fp-form]');
    await form.waitFor();
    await form.locator('input[name=foundAt]').fill(istInputHoursAgo(3));
    await form.locator('textarea#f-foundBy').fill('Childline volunteer Meera Joshi');
    await form.locator('input#f-person\\.name').fill('Bablu Pawar');
    await form.locator('select#f-description\\.sex').selectOption('male');
    await form.locator('input#f-description\\.ageRange\\.from').fill('8');
    await form.locator('input#f-description\\.ageRange\\.to').fill('10');
    await form.locator('input#f-description\\.place\\.address').fill('Baramati bus stand');
    await form.locator('textarea#f-description\\.marks').fill('Burn mark on the back of the right hand');
    await form.locator('textarea#f-description\\.clothes').fill('Yellow T-shirt, blue shorts');
    await form.locator('textarea#f-condition').fill('Frightened and hungry, unhurt');
    await form.getByRole('button', { name: 'Register the found person' }).click();
    await writer.page.locator('[data-testid=fp-number]').waitFor();
    const atWriter = await writer.page.locator('main').innerText();
    assert.match(atWriter, /A child/);
    assert.match(atWriter, /Child Welfare Committee clock/);
    assert.ok(!atWriter.includes('Bablu') && !atWriter.includes('Burn mark'), 'the writer is shown neither his name nor his marks');
    const id = writer.page.url().split('/found-persons/')[1]!.split('?')[0]!;

    // His report, made at the station the day before.
    const sho = await pageFor('sho.pune1');
    const report = await postAsPage<{ id: string; number: string }>(sho.page, `${url}/api/v1/missing-persons`, {
      stationCode: 'MH-PUN-PS01',
      person: { name: 'Bablu Pawar', age: 9 },
      description: { sex: 'male', heightCm: 125, marks: 'Burn mark on the back of the right hand', clothes: 'Yellow T-shirt', place: { address: 'Kasba Peth, Baramati' } },
      lastSeenAt: hoursAgo(20),
      informant: { person: { name: 'Kamal Pawar', gender: 'female', age: 32 } },
    });

    // The SHO sees him, produces him before the Committee: the clock is met.
    await sho.page.goto(`${url}/#/found-persons/${id}`);
    await sho.page.locator('[data-testid=fp-number]').waitFor();
    assert.match(await sho.page.locator('main').innerText(), /Bablu Pawar/);
    await sho.page.locator('[data-testid=fp-placement]').click();
    const place = sho.page.locator('[data-testid=fp-placement-form]');
    await place.locator('select#f-kind').selectOption('cwc');
    await place.locator('input#f-name').fill('Child Welfare Committee, Pune');
    await place.locator('input[name=at]').fill(istInputHoursAgo(0.1));
    await place.getByRole('button', { name: 'Save the placement' }).click();
    await sho.page.locator('[data-testid=fp-placement-facts]').waitFor();

    // Among the possible matches, his report: confirmed with a reason.
    const candidate = sho.page.locator(`[data-testid=match-candidate-${report.id}]`);
    await candidate.waitFor();
    await candidate.getByRole('button', { name: 'Confirm match' }).click();
    const decision = sho.page.locator('[data-testid=match-decision-form]');
    await decision.locator('textarea').fill('His mother recognised the burn mark and the yellow T-shirt.');
    await sho.page.locator('[data-testid=match-decision-submit]').click();
    await sho.page.locator('[data-testid=match-confirmed]').waitFor();

    // Restored to his mother through the report.
    await sho.page.locator('[data-testid=fp-outcome]').click();
    const outcome = sho.page.locator('[data-testid=fp-outcome-form]');
    await outcome.locator('select#f-outcome').selectOption('restored');
    await outcome.locator('input[name=at]').fill(istInputHoursAgo(0));
    await outcome.locator('input#f-missingPersonId').fill(report.id);
    await outcome.locator('input#f-restoredTo').fill('Kamal Pawar (mother)');
    await outcome.locator('textarea#f-note').fill('Handed over to his mother at the station.');
    await outcome.getByRole('button', { name: 'Save the outcome' }).click();
    await sho.page.locator('[data-testid=fp-outcome-facts]').waitFor();
    assert.match(await sho.page.locator('[data-testid=fp-status]').innerText(), /Restored to the family/);

    await sho.page.goto(`${url}/#/missing-persons/${report.id}`);
    await sho.page.locator('[data-testid=missing-number]').waitFor();
    assert.match(await sho.page.locator('main').innerText(), /Returned/);
    for (const p of [writer, sho]) p.watch.check();
  });
});
