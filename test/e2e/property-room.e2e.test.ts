// Browser test of seizures and the property room (issue 13): the IO records a seizure of two items
// with the video of the search, whose SHA-256 the page computes from the chosen file (and sends
// the bytes); sends the phone to the FSL, takes it back and produces it in court; a move from
// where the item is not is refused with the server's sentence; the IIF-4 prints in Hindi. The SHO
// reaches the property room from the dashboard's "property statements due", reads the register
// and the phone's whole chain. Fails if the page contacts another origin, breaks the CSP or throws.
//
//   node --import tsx --test test/e2e/property-room.e2e.test.ts
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { type Locator } from 'playwright-core';
import { browserSuite, e2eFirBody, postAsPage } from '../support/browser.js';

const IST_MS = 330 * 60 * 1000;
/** A datetime-local value (IST wall time) some hours before now. */
const istInputHoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000 + IST_MS).toISOString().slice(0, 16);

/** A small MP4 as a phone would give it: the page reads it and computes its fingerprint. */
const VIDEO = Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypmp42'), Buffer.alloc(4096, 9)]);
const VIDEO_SHA256 = createHash('sha256').update(VIDEO).digest('hex');

describe('seizures and the property room in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;

  /** Chooses "someone else" for a custody party and types the name and designation. */
  async function named(form: Locator, path: string, name: string, designation?: string) {
    await form.locator(`select#f-${path}`).selectOption({ label: 'Someone else (type the name)' });
    await form.locator(`input#f-${path}\\.name`).fill(name);
    if (designation) await form.locator(`input#f-${path}\\.designation`).fill(designation);
  }

  test('seize with the video’s hash, move an item and back, print the memo, read the register and the chain', { timeout: 240_000 }, async () => {
    const sho = await pageFor('sho.pune1');
    const fir = await postAsPage<{ id: string; number: string }>(sho.page, `${suite.server.url}/api/v1/firs`, e2eFirBody({}));
    const ioId = (await suite.server.node.users.byUsername('io.pune1'))!.id;
    const session = (await (await sho.page.request.get(`${suite.server.url}/api/v1/session`)).json()) as { csrfToken: string };
    const assigned = await sho.page.request.post(`${suite.server.url}/api/v1/cases/${fir.id}/assignment`, { data: { ioUserId: ioId }, headers: { 'x-csrf-token': session.csrfToken } });
    assert.equal(assigned.status(), 200, await assigned.text());

    // The IO records the seizure memo: two items, two witnesses, the video chosen from disk.
    const io = await pageFor('io.pune1');
    await io.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await io.page.locator('[data-testid=case-property]').getByText('Nothing seized in this case yet.').waitFor();
    await io.page.locator('[data-testid=seizure-add]').click();
    const form = io.page.locator('[data-testid=seizure-form]');
    // Nothing filled: the form says what is missing and sends nothing.
    await form.getByRole('button', { name: 'Record the seizure' }).click();
    await io.page.locator('.error-summary').waitFor();
    await form.locator('input[name=seizedAt]').fill(istInputHoursAgo(3));
    await form.locator('input#f-place').fill('House of the accused, Bhigwan road, Baramati');
    await form.locator('input#f-seizedFrom').fill('Rahul Jadhav');
    await form.locator('textarea#f-items\\.0\\.description').fill('Black mobile phone, cracked screen');
    await form.locator('select#f-items\\.0\\.category').selectOption({ label: 'Mobile phone' });
    await form.locator('input#f-items\\.0\\.sealNo').fill('S-101');
    await form.locator('input#f-items\\.0\\.value').fill('8000');
    await form.locator('input#f-items\\.0\\.device\\.make').fill('Samsung');
    await form.locator('input#f-items\\.0\\.device\\.imei').fill('490154203237519');
    await form.locator('[data-testid=seizure-add-item]').click();
    await form.locator('textarea#f-items\\.1\\.description').fill('Knife with a wooden handle, 20 cm blade');
    await form.locator('select#f-items\\.1\\.category').selectOption({ label: 'Weapon or explosive' });
    await form.locator('input#f-items\\.1\\.sealNo').fill('S-102');
    await form.locator('select#f-witnesses\\.0\\.personId').selectOption({ label: 'Suresh Pawar (Complainant)' });
    await form.locator('input#f-witnesses\\.1\\.name').fill('Ganesh More');
    await form.locator('input#f-witnesses\\.1\\.address').fill('Bhigwan road, Baramati');
    await form.locator('input#f-video\\.sha256').setInputFiles({ name: 'VID_search.mp4', mimeType: 'video/mp4', buffer: VIDEO });
    await form.locator('[data-testid=video-hash]').getByText(VIDEO_SHA256).waitFor();
    assert.equal(await form.locator('input#f-video\\.description').inputValue(), 'VID_search.mp4');
    assert.ok(await form.locator('[data-testid=video-send]').isChecked(), 'a small MP4 is sent with the memo');
    await form.locator('input#f-video\\.magistrate').fill('JMFC Baramati');
    await named(form, 'depositedWith', 'HC Shinde', 'Malkhana moharrir');
    await form.getByRole('button', { name: 'Record the seizure' }).click();
    // The suite.server checks the IMEI's check digit: its sentence lands on the field, which takes focus.
    const imei = form.locator('input#f-items\\.0\\.device\\.imei');
    await form.locator('input#f-items\\.0\\.device\\.imei[aria-invalid=true]').waitFor();
    await io.page.waitForFunction(() => document.activeElement?.id === 'f-items.0.device.imei');
    await imei.fill('490154203237518');
    await form.getByRole('button', { name: 'Record the seizure' }).click();
    const seized = io.page.getByText(/^Seizure recorded: items (\d+\/\d{4}), (\d+\/\d{4}) are in the property room\.$/);
    await seized.waitFor();
    const [, phoneNo, knifeNo] = /items (\d+\/\d{4}), (\d+\/\d{4})/.exec(await seized.innerText())!;
    assert.equal(await suite.server.node.sync.files.has(VIDEO_SHA256), true, 'the recording’s bytes were sent and matched the hash');
    const phone = io.page.locator(`[data-testid="property-item-${phoneNo}"]`);
    const knife = io.page.locator(`[data-testid="property-item-${knifeNo}"]`);
    assert.match(await phone.locator('[data-testid=property-where]').innerText(), /Now: Station property room \(malkhana\)/);
    assert.match(await knife.locator('[data-testid=property-where]').innerText(), /Now: Station property room \(malkhana\)/);

    // The phone goes to the FSL and comes back.
    await phone.locator('[data-testid=property-move]').click();
    let move = io.page.locator('[data-testid=move-form]');
    await move.locator('select#f-kind').selectOption({ label: 'Sent to the forensic science laboratory' });
    await move.locator('input[name=at]').fill(istInputHoursAgo(2));
    await named(move, 'receivedBy', 'Constable Kale', 'Carrier, PS Baramati');
    await move.locator('input#f-destination').fill('RFSL Pune');
    await move.locator('input#f-reference').fill('FSL letter 123/2026');
    await move.getByRole('button', { name: 'Record the movement' }).click();
    await io.page.getByText(`Item ${phoneNo} is now: Forensic science laboratory.`).waitFor();
    assert.match(await phone.locator('[data-testid=property-where]').innerText(), /Now: Forensic science laboratory \(RFSL Pune\)/);

    await phone.locator('[data-testid=property-move]').click();
    move = io.page.locator('[data-testid=move-form]');
    await move.locator('select#f-kind').selectOption({ label: 'Returned to the malkhana' });
    await move.locator('input[name=at]').fill(istInputHoursAgo(1));
    await named(move, 'handedBy', 'R. Kulkarni', 'Receiving clerk, RFSL Pune');
    await named(move, 'receivedBy', 'HC Shinde', 'Malkhana moharrir');
    await move.getByRole('button', { name: 'Record the movement' }).click();
    await io.page.getByText(`Item ${phoneNo} is now: Station property room (malkhana).`).waitFor();

    // Produced in court: the court's statement of the property is now due (BNSS 497).
    await phone.locator('[data-testid=property-move]').click();
    move = io.page.locator('[data-testid=move-form]');
    await move.locator('select#f-kind').selectOption({ label: 'Sent to court' });
    await move.locator('input[name=at]').fill(istInputHoursAgo(0.5));
    await named(move, 'receivedBy', 'Property clerk, JMFC Baramati');
    await move.locator('input#f-destination').fill('JMFC Baramati');
    await move.getByRole('button', { name: 'Record the movement' }).click();
    await io.page.getByText(`Item ${phoneNo} is now: Court.`).waitFor();
    await phone.getByText('Statement of property produced in court (14 days)').waitFor();

    // The knife is in the property room: "returned" there is refused, in the suite.server's words.
    await knife.locator('[data-testid=property-move]').click();
    move = io.page.locator('[data-testid=move-form]');
    await move.locator('select#f-kind').selectOption({ label: 'Returned to the malkhana' });
    await move.locator('input[name=at]').fill(istInputHoursAgo(0.5));
    await named(move, 'receivedBy', 'HC Shinde');
    await move.getByRole('button', { name: 'Record the movement' }).click();
    const refusal = io.page.locator('.error-summary');
    await refusal.waitFor();
    const said = await refusal.innerText();
    assert.match(said, /malkhana/i, `the suite.server's sentence names where the item is: ${said}`);
    await move.getByRole('button', { name: 'Cancel' }).click();
    assert.match(await knife.locator('[data-testid=property-where]').innerText(), /Now: Station property room/);

    // The seizure memo (IIF-4) in Hindi.
    const memoHref = await io.page.locator('[data-testid=memo-hi]').getAttribute('href');
    assert.ok(memoHref);
    const pdf = await io.page.request.get(`${suite.server.url}${memoHref}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    const [download] = await Promise.all([io.page.waitForEvent('download'), io.page.locator('[data-testid=memo-hi]').click()]);
    assert.match(download.suggestedFilename(), /\.pdf$/);

    // A memo with no recording has no certificate of one: the page says so instead of saving a file.
    await postAsPage(io.page, `${suite.server.url}/api/v1/cases/${fir.id}/seizures`, {
      seizedAt: new Date(Date.now() - 600_000).toISOString(),
      place: 'Bhigwan Chowk, Baramati',
      items: [{ description: 'Motorcycle key', category: 'other', quantity: '1' }],
      witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
      depositedWith: { name: 'HC Shinde' },
    });
    await io.page.reload();
    const forms = io.page.locator('[data-testid=seizure-forms] > li');
    await forms.nth(1).locator('[data-testid=bsa63-video-en]').click();
    await io.page
      .locator('[data-testid=case-property] .alert-error')
      .getByText(/no audio-video recording/)
      .waitFor();
    io.watch.check();

    // The SHO: the dashboard lists the statement due, which opens the property room and the chain.
    await sho.page.goto(`${suite.server.url}/#/`);
    await sho.page.getByRole('button', { name: 'Refresh' }).click();
    const due = sho.page.locator('[data-testid=property-due]');
    await due.getByRole('link', { name: `Item ${phoneNo}` }).click();
    const chain = sho.page.locator('[data-testid=property-chain]');
    await chain.getByRole('heading', { name: `Chain of custody of item ${phoneNo}` }).waitFor();
    const moves = chain.locator('[data-testid=chain-moves] > li');
    assert.equal(await moves.count(), 4);
    const kinds = await moves.locator('strong').allInnerTexts();
    assert.deepEqual(kinds, ['Received into the malkhana', 'Sent to the forensic science laboratory', 'Returned to the malkhana', 'Sent to court']);
    assert.match(await moves.nth(2).innerText(), /R\. Kulkarni, Receiving clerk, RFSL Pune handed it to HC Shinde, Malkhana moharrir/);

    // The register from the menu, filtered by where the items are now.
    await sho.page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Property room' }).click();
    const register = sho.page.locator('[data-testid=property-register]');
    await register.locator(`[data-testid="register-row-${knifeNo}"]`).waitFor();
    await sho.page.locator('select#pr-place').selectOption({ label: 'Court' });
    await sho.page.getByRole('button', { name: 'Show' }).click();
    await register.locator(`[data-testid="register-row-${phoneNo}"]`).waitFor();
    assert.equal(await register.locator(`[data-testid="register-row-${knifeNo}"]`).count(), 0, 'the knife is not in court');
    // In Hindi: the page and where the item is.
    await sho.page.locator('.lang-switch button[lang=hi]').click();
    await sho.page.getByRole('heading', { level: 1, name: 'मालख़ाना' }).waitFor();
    await register.locator(`[data-testid="register-row-${phoneNo}"]`).getByText('न्यायालय').waitFor();
    sho.watch.check();
  });
});
