// Browser test of issue 14's "done when" walk across two districts: a missing 14-year-old reported at
// Baramati (Pune district) becomes an FIR with the alert out to every station; an unidentified body
// registered at Nashik's station with its inquest clock; the match offered with its reasons at both
// stations; Nashik's SHO confirms it and identifies the body, so the report reads "found dead" and both
// records are linked — and the child's name is never shown at Nashik or to Baramati's writer, who may
// not unmask her. Fails if a page contacts another origin, breaks the Content-Security-Policy or throws.
//
//   node --import tsx --test test/e2e/registers-match.e2e.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, postAsPage } from '../support/browser.js';
import { pngOf } from '../support/images.js';

const CHILD = 'Kavya Shelar';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

describe('a missing child matched to a body at another district’s station', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  test('reported at Baramati, found at Nashik, matched at both, confirmed, linked, never named', { timeout: 240_000 }, async () => {
    const url = suite.server.url;
    const baramati = await pageFor('sho.pune1');
    const marks = 'Burn scar on the right palm; mole above the left eyebrow';
    const report = await postAsPage<{ id: string; number: string; fir: { number: string } | null; alert: { status: string } | null }>(baramati.page, `${url}/api/v1/missing-persons`, {
      stationCode: 'MH-PUN-PS01',
      person: { name: CHILD, age: 14 },
      description: { sex: 'female', heightCm: 150, build: 'thin', complexion: 'wheatish', marks, clothes: 'Green salwar kameez, black sandals', place: { address: 'Baramati bus stand' } },
      lastSeenAt: hoursAgo(30),
      informant: { person: { name: 'Suresh Shelar', gender: 'male', age: 44 } },
      contacts: [{ name: 'Suresh Shelar', relation: 'father', phone: '+91 98220 45678' }],
    });
    assert.ok(report.fir, 'a missing child is registered as an FIR');

    const nashik = await pageFor('sho.nashik1');
    const body = await postAsPage<{ id: string; number: string }>(nashik.page, `${url}/api/v1/unnatural-deaths`, {
      stationCode: 'MH-NSK-PS01',
      description: {
        sex: 'female',
        ageRange: { from: 12, to: 16 },
        heightCm: 148,
        build: 'thin',
        complexion: 'wheatish',
        marks,
        clothes: 'Green salwar kameez',
        place: { address: 'Godavari ghat, Nashik' },
      },
      foundAt: hoursAgo(5),
      informant: { person: { name: 'Ramdas Gaikwad', gender: 'male', age: 58 } },
      belongings: 'One black sandal',
    });

    // Nashik: the body's page shows the inquest clock and, among the possible matches, Baramati's report with its reasons — but not the child's name.
    await nashik.page.goto(`${url}/#/unnatural-deaths/${body.id}`);
    await nashik.page.locator('[data-testid=possible-matches]').waitFor();
    const candidate = nashik.page.locator(`[data-testid=match-candidate-${report.id}]`);
    await candidate.waitFor();
    const offered = await candidate.innerText();
    assert.match(offered, new RegExp(report.number.replace(/[/]/g, '\\/')), 'the report is offered by its number');
    assert.match(offered, /Identity withheld/, 'the child is withheld at the other district');
    assert.ok(!(await nashik.page.locator('main').innerText()).includes('Kavya'), 'her name is nowhere on the Nashik page');
    assert.ok((await candidate.locator('.match-reasons tbody tr').count()) >= 4, 'the match comes with its reasons');
    assert.match(await nashik.page.locator('main').innerText(), /Inquest clock/);

    // Baramati: the report's page offers the Nashik body too.
    await baramati.page.goto(`${url}/#/missing-persons/${report.id}`);
    await baramati.page.locator(`[data-testid=match-candidate-${body.id}]`).waitFor();

    // Nashik's SHO confirms the pair with a reason, then identifies the body as the report's person.
    await candidate.getByRole('button', { name: 'Confirm match' }).click();
    const decision = nashik.page.locator('[data-testid=match-decision-form]');
    await decision.locator('textarea').fill('Her father recognised the salwar kameez and the burn scar on the right palm.');
    await nashik.page.locator('[data-testid=match-decision-submit]').click();
    await nashik.page.locator('[data-testid=match-confirmed]').waitFor();
    const identified = await nashik.page.request.post(`${url}/api/v1/unnatural-deaths/${body.id}/identify`, {
      data: { missingPersonId: report.id, at: new Date().toISOString(), note: 'Identified by her father at the mortuary.' },
      headers: { 'x-csrf-token': ((await (await nashik.page.request.get(`${url}/api/v1/session`)).json()) as { csrfToken: string }).csrfToken },
    });
    assert.equal(identified.status(), 200, await identified.text());

    // Both records are linked: the report reads found dead at Baramati, where the SHO may see who she is.
    await baramati.page.reload();
    await baramati.page.locator('[data-testid=missing-number]').waitFor();
    const atBaramati = await baramati.page.locator('main').innerText();
    assert.match(atBaramati, /Found dead/);
    assert.match(atBaramati, new RegExp(body.number.replace(/[/]/g, '\\/')), 'the report names the body it was matched to');
    assert.match(atBaramati, /Kavya/, 'the SHO of her station may see her name');

    // Baramati's writer may not unmask her: the same report shows no name, no contact.
    const writer = await pageFor('writer.pune1');
    await writer.page.goto(`${url}/#/missing-persons/${report.id}`);
    await writer.page.locator('[data-testid=missing-number]').waitFor();
    const atWriter = await writer.page.locator('main').innerText();
    assert.ok(!atWriter.includes('Kavya') && !atWriter.includes('45678'), 'the writer is shown neither her name nor a contact');
    for (const p of [baramati, nashik, writer]) p.watch.check();
  });

  test('a missing adult’s photo from Baramati is seen beside the body at Nashik', { timeout: 120_000 }, async () => {
    const url = suite.server.url;
    const baramati = await pageFor('sho.pune1');
    const csrf = ((await (await baramati.page.request.get(`${url}/api/v1/session`)).json()) as { csrfToken: string }).csrfToken;
    const uploaded = await baramati.page.request.post(`${url}/api/v1/attachments`, { data: pngOf(3000, 7), headers: { 'content-type': 'image/png', 'x-csrf-token': csrf } });
    assert.equal(uploaded.status(), 201, await uploaded.text());
    const { sha256 } = (await uploaded.json()) as { sha256: string };
    const look = { sex: 'male', heightCm: 170, build: 'medium', complexion: 'dark', marks: 'Tattoo of an anchor on the left forearm', clothes: 'White kurta, brown sandals' };
    const report = await postAsPage<{ id: string }>(baramati.page, `${url}/api/v1/missing-persons`, {
      stationCode: 'MH-PUN-PS01',
      person: { name: 'Vitthal Bhosale', age: 52 },
      description: { ...look, photoSha256: sha256, place: { address: 'Baramati market yard' } },
      lastSeenAt: hoursAgo(50),
      informant: { person: { name: 'Sindhu Bhosale', gender: 'female', age: 48 } },
    });
    const nashik = await pageFor('sho.nashik1');
    const body = await postAsPage<{ id: string }>(nashik.page, `${url}/api/v1/unnatural-deaths`, {
      stationCode: 'MH-NSK-PS01',
      description: { ...look, ageRange: { from: 45, to: 60 }, place: { address: 'Panchavati, Nashik' } },
      foundAt: hoursAgo(4),
      informant: { person: { name: 'Kisan Pawar', gender: 'male', age: 40 } },
    });
    await nashik.page.goto(`${url}/#/unnatural-deaths/${body.id}`);
    const photo = nashik.page.locator(`[data-testid=match-candidate-${report.id}] img[data-testid=match-photo-${report.id}]`);
    await photo.waitFor();
    await nashik.page.waitForFunction((sel) => {
      const el = document.querySelector<HTMLImageElement>(sel);
      return !!el && el.complete && el.naturalWidth > 0;
    }, `img[data-testid=match-photo-${report.id}]`);
    const alt = (await photo.getAttribute('alt')) ?? '';
    assert.match(alt, /^Photo of /);
    assert.doesNotMatch(alt, /Vitthal|Bhosale/, 'the alt text names the report by its number, not the person');
    for (const p of [baramati, nashik]) p.watch.check();
  });
});
