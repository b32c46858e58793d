// Browser test of the end of an investigation (issue 13): the SHO assigns the IO; the IO records the
// crime details with MO codes, files a charge sheet — the accused's status prefilled from the custody
// record, an exhibit ticked from the property room, the custody of the phone taken from its chain —
// naming a witness, and prints it in Hindi; the SHO, not the case's IO, tries to file one and is refused in the server's words (and
// the refusal is audited); the court's judgment is recorded and shown on the case file. A supervisor
// who has taken a case over files its report naming a child accused, withheld from them, by the
// accused code alone: the name is never on the page, nor on the report listed or printed. Fails if the
// page contacts another origin, breaks the Content-Security-Policy or throws.
//
//   node --import tsx --test test/e2e/final-report.e2e.test.ts
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, e2eFirBody, postAsPage, repo } from '../support/browser.js';
import { pdfText } from '../support/pdf.js';

/** Today's date in India, as a date field takes it. */
const todayIst = () => new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('the final report and the court in the browser', () => {
  const suite = browserSuite();
  const { pageFor } = suite;
  const denials = async () =>
    Number(
      (
        await suite.server.node.storage.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'case.act')
          .where('outcome', '=', 'denied')
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('crime details, charge sheet, a refused filing, the judgment', { timeout: 240_000 }, async () => {
    // The SHO registers a robbery naming an accused and a witness, and assigns the IO.
    const sho = await pageFor('sho.pune1');
    const fir = await postAsPage<{ id: string; number: string }>(
      sho.page,
      `${suite.server.url}/api/v1/firs`,
      e2eFirBody({
        sections: [{ act: 'BNS', section: '309(4)' }],
        accused: [{ person: { name: 'Ganesh Jadhav', gender: 'male', age: 30 } }],
        witnesses: [{ person: { name: 'Ramesh Kale', gender: 'male', age: 45 } }],
      }),
    );
    await sho.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await sho.page.locator('[data-testid=case-assign]').click();
    await sho.page.locator('[data-testid=assign-form] select#f-ioUserId').selectOption({ label: 'SI Rahul Patil (demo) (Investigating Officer)' });
    await sho.page.locator('[data-testid=assign-form]').getByRole('button', { name: 'Assign the IO' }).click();
    await sho.page.getByText('SI Rahul Patil (demo) is now the investigating officer.').waitFor();
    sho.watch.check();

    // The IO records the crime details, the modus operandi ticked by group.
    const io = await pageFor('io.pune1');
    await io.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await io.page.locator('[data-testid=crime-details-edit]').click();
    const crime = io.page.locator('[data-testid=crime-details-form]');
    // Nothing chosen: the form says what is missing and sends nothing.
    await crime.getByRole('button', { name: 'Save' }).click();
    await io.page.locator('.error-summary').waitFor();
    await crime.locator('select#f-placeType').selectOption('road_street');
    await crime.locator('select#f-motive').selectOption('gain');
    await crime.getByLabel('Overpowering the occupants').check();
    await crime.locator('[data-testid=mo-two_wheeler]').check();
    await crime.locator('textarea#f-properties').fill('Gold chain | 40000');
    await crime.getByRole('button', { name: 'Save' }).click();
    await io.page.getByText('The crime details are recorded.').waitFor();
    const mo = await io.page.locator('[data-testid=crime-mo]').innerText();
    assert.match(mo, /Overpowering the occupants/);
    await io.page.locator('[data-testid=crime-details]').getByText('Cases like this one').waitFor();

    // Through the API: the accused arrested and bailed; his phone seized, sent to the FSL and back.
    const api = (path: string, body: unknown) => postAsPage<{ items: { id: string }[] }>(io.page, `${suite.server.url}/api/v1/cases/${fir.id}/${path}`, body);
    const accusedId = (await suite.server.node.firs.mustGet(fir.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    await api('arrests', {
      personId: accusedId,
      outcome: 'arrested_bailed',
      at: minutesAgo(90),
      place: 'Bus stand, Baramati',
      grounds: 'Named by the complainant.',
      personInformed: { name: 'Dattu Jadhav', relationship: 'father', phone: '+91 98220 55555', informedAt: minutesAgo(85) },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    });
    const seized = await api('seizures', {
      seizedAt: minutesAgo(80),
      place: 'House of the accused, Baramati',
      items: [{ description: 'Black mobile phone of the accused', category: 'mobile_phone', quantity: '1', sealNo: 'S-101', device: { make: 'Samsung', imei: '490154203237518' } }],
      witnesses: [{ name: 'Ganesh More', address: 'Baramati' }, { name: 'Sunil More' }],
      depositedWith: { name: 'HC Shinde', designation: 'Malkhana moharrir' },
    });
    const phone = seized.items[0]!.id;
    await api(`property/${phone}/moves`, { kind: 'sent_to_fsl', at: minutesAgo(60), receivedBy: { name: 'Constable Kale' }, destination: 'RFSL Pune' });
    await api(`property/${phone}/moves`, { kind: 'returned_to_malkhana', at: minutesAgo(30), handedBy: { name: 'Constable Kale' }, receivedBy: { name: 'HC Shinde' } });

    // The IO files a charge sheet: the accused's status comes from the custody record, the phone is ticked as an exhibit.
    await io.page.reload();
    await io.page.locator('[data-testid=final-report-file]').click();
    const form = io.page.locator('[data-testid=final-report-form]');
    await form.locator('select#f-kind').selectOption('charge_sheet');
    const status = form.locator('select#f-accused\\.0\\.status');
    assert.equal(await status.inputValue(), 'on_bail', 'prefilled from the custody record');
    const offered = await status.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    assert.ok(!offered.includes('in_custody') && !offered.includes('not_arrested'), `only statuses agreeing with "on bail": ${offered.join(', ')}`);
    await form.getByLabel('Ramesh Kale (Witness)').check();
    await form.locator(`[data-testid=exhibit-${phone}]`).check();
    await form.locator('select#f-courtCode').selectOption('MH-PUN-JMFC-BRM');
    await form.locator('textarea#f-documents').fill('Spot panchnama | 3');
    await form.getByRole('button', { name: 'Submit final report' }).click();
    await io.page.getByText('The final report is submitted.').waitFor();
    const report = io.page.locator('[data-testid=final-report-1]');
    assert.equal(await report.locator('[data-testid=final-report-status]').innerText(), 'Filed');
    assert.match(await report.innerText(), /A1 Ganesh Jadhav \(Arrested, on bail, sent up for trial\)/);
    assert.match(await report.innerText(), /Ramesh Kale/);
    assert.match(await report.locator('[data-testid=exhibits]').innerText(), /Black mobile phone of the accused \(Seal No\. S-101\) — Station property room \(malkhana\)/);
    const devices = await report.locator('[data-testid=device-custody]').innerText();
    assert.match(devices, /HC Shinde, Malkhana moharrir/);
    assert.match(devices, /Constable Kale \(RFSL Pune\)/);

    // Printed in Hindi: the link the page offers answers a PDF.
    const href = await report.locator('[data-testid=final-report-print-1-hi]').getAttribute('href');
    const pdf = await io.page.request.get(`${suite.server.url}${href}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    mkdirSync(join(repo, 'test-results'), { recursive: true });
    await io.page.screenshot({ path: join(repo, 'test-results', 'final-report-io.png'), fullPage: true });
    io.watch.check();

    // The SHO is not the case's IO: the page refuses in the suite.server's words, and the refusal is on record.
    const before = await denials();
    await sho.page.reload();
    await sho.page.locator('[data-testid=final-report-1]').waitFor();
    await sho.page.locator('[data-testid=final-report-file]').click();
    const shoForm = sho.page.locator('[data-testid=final-report-form]');
    await shoForm.locator('select#f-kind').selectOption('supplementary_charge_sheet');
    await shoForm.locator('select#f-courtCode').selectOption('MH-PUN-JMFC-BRM');
    await shoForm.getByRole('button', { name: 'Submit final report' }).click();
    await sho.page.locator('.error-summary').getByText('Only the investigating officer of this case, or a supervisor who has taken it over on record, may act on it.').waitFor();
    assert.equal(await denials(), before + 1, 'the refusal is audited');
    await shoForm.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await sho.page.locator('[data-testid=final-report-2]').count(), 0, 'nothing filed');
    sho.watch.check();

    // The court's number and its judgment, recorded by the IO and shown on the case file.
    await io.page.locator('[data-testid=court-case-add]').click();
    const courtCase = io.page.locator('[data-testid=court-case-form]');
    await courtCase.locator('input#f-courtCaseNo').fill('RCC 12/2026');
    await courtCase.locator('input#f-registeredOn').fill(todayIst());
    await courtCase.getByRole('button', { name: 'Save' }).click();
    await io.page.getByText('The court case number is recorded.').waitFor();
    await io.page.locator('[data-testid=court-disposal-add]').click();
    const judgment = io.page.locator('[data-testid=court-disposal-form]');
    await judgment.locator('input#f-judgmentDate').fill(todayIst());
    await judgment.locator('[data-testid=outcome-0]').selectOption('convicted');
    await judgment.locator('input#f-outcomes\\.0\\.sentence').fill('Rigorous imprisonment for 3 years');
    await judgment.getByRole('button', { name: 'Save' }).click();
    await io.page.getByText('The judgment is recorded.').waitFor();
    const disposal = await io.page.locator('[data-testid=court-disposal]').innerText();
    assert.match(disposal, /Ganesh Jadhav/);
    assert.match(disposal, /Convicted/);
    assert.match(disposal, /Rigorous imprisonment for 3 years/);
    assert.match(await io.page.locator('[data-testid=court-case]').innerText(), /RCC 12\/2026/);
    // The judgment (IIF-6) prints in Hindi from the section's link.
    const [judgmentPdf] = await Promise.all([io.page.waitForEvent('download'), io.page.locator('[data-testid=disposal-print-1-hi]').click()]);
    assert.match(judgmentPdf.suggestedFilename(), /^court-disposal-.*-hi\.pdf$/);
    await io.page.screenshot({ path: join(repo, 'test-results', 'final-report-court.png'), fullPage: true });
    io.watch.check();
  });
  test('a closure the State sends to a supervisor: the SP approves it and it is filed', { timeout: 180_000 }, async () => {
    // Setup through the API: an FIR with no accused, assigned to the IO, who submits an 'A' final report.
    const sho = await pageFor('sho.pune1');
    const fir = await postAsPage<{ id: string }>(sho.page, `${suite.server.url}/api/v1/firs`, e2eFirBody({}));
    const { csrfToken } = (await (await sho.page.request.get(`${suite.server.url}/api/v1/session`)).json()) as { csrfToken: string };
    const ioUserId = (await suite.server.node.users.byUsername('io.pune1'))!.id;
    const assigned = await sho.page.request.post(`${suite.server.url}/api/v1/cases/${fir.id}/assignment`, { data: { ioUserId }, headers: { 'x-csrf-token': csrfToken } });
    assert.equal(assigned.status(), 200);
    const io = await pageFor('io.pune1');
    await postAsPage(io.page, `${suite.server.url}/api/v1/cases/${fir.id}/final-reports`, {
      kind: 'closure_true_undetected',
      reason: 'The offenders could not be traced despite enquiries.',
      courtCode: 'MH-PUN-JMFC-BRM',
    });
    await io.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    assert.equal(await io.page.locator('[data-testid=final-report-1] [data-testid=final-report-status]').innerText(), 'Submitted');
    assert.equal(await io.page.locator('[data-testid=final-report-review]').count(), 0, 'the IO does not review their own report');
    assert.equal(await io.page.locator('[data-testid=final-report-file]').count(), 0, 'no second report while one awaits review');
    io.watch.check();

    const sp = await pageFor('sp.pune');
    await sp.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await sp.page.locator('[data-testid=final-report-review]').click();
    const review = sp.page.locator('[data-testid=review-form]');
    await review.locator('select#f-decision').selectOption('approved');
    await review.getByRole('button', { name: 'Save' }).click();
    await sp.page.getByText('Approved: the final report is filed.').waitFor();
    assert.equal(await sp.page.locator('[data-testid=final-report-1] [data-testid=final-report-status]').innerText(), 'Filed');
    sp.watch.check();
  });
  test('a supervisor who took the case over files its report naming a child accused by the accused code alone', { timeout: 180_000 }, async () => {
    // A 16-year-old accused, arrested by the IO (the memo gives the code A1); the SDPO takes the case
    // over. The SDPO may act on the case but not see the child (no record.unmask, not the case's IO).
    const child = 'Bablu Kamble';
    const sho = await pageFor('sho.pune1');
    const fir = await postAsPage<{ id: string }>(
      sho.page,
      `${suite.server.url}/api/v1/firs`,
      e2eFirBody({ sections: [{ act: 'BNS', section: '309(4)' }], accused: [{ person: { name: child, gender: 'male', age: 16 } }] }),
    );
    const ioUserId = (await suite.server.node.users.byUsername('io.pune1'))!.id;
    const { csrfToken } = (await (await sho.page.request.get(`${suite.server.url}/api/v1/session`)).json()) as { csrfToken: string };
    const assigned = await sho.page.request.post(`${suite.server.url}/api/v1/cases/${fir.id}/assignment`, { data: { ioUserId }, headers: { 'x-csrf-token': csrfToken } });
    assert.equal(assigned.status(), 200, await assigned.text());
    const io = await pageFor('io.pune1');
    const personId = (await suite.server.node.firs.mustGet(fir.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    await postAsPage(io.page, `${suite.server.url}/api/v1/cases/${fir.id}/arrests`, {
      personId,
      outcome: 'arrested_sent_up',
      at: minutesAgo(120),
      place: 'Bus stand, Baramati',
      grounds: 'Named by the complainant.',
      personInformed: { name: 'Dattu Kamble', relationship: 'father', informedAt: minutesAgo(110) },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    });
    const sdpo = await pageFor('sdpo.pune');
    const sdpoSession = (await (await sdpo.page.request.get(`${suite.server.url}/api/v1/session`)).json()) as { csrfToken: string };
    const taken = await sdpo.page.request.post(`${suite.server.url}/api/v1/cases/${fir.id}/takeover`, {
      data: { reason: 'The IO is on leave; the sub-division files the report.' },
      headers: { 'x-csrf-token': sdpoSession.csrfToken },
    });
    assert.equal(taken.status(), 200, await taken.text());

    // The SDPO files a charge sheet: the child is offered only as "Accused A1 (identity withheld)".
    await sdpo.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    await sdpo.page.locator('[data-testid=final-report-file]').click();
    const form = sdpo.page.locator('[data-testid=final-report-form]');
    await form.locator('select#f-kind').selectOption('charge_sheet');
    const accused = form.locator('[data-testid=report-accused-0]');
    assert.match(await accused.innerText(), /Accused A1 \(identity withheld\)/);
    assert.equal(await form.locator('[data-testid=report-accused-1]').count(), 0, 'the one accused, once');
    assert.notEqual(await accused.locator('select').inputValue(), '', 'a status prefilled from the custody record');
    assert.ok(!(await sdpo.page.content()).includes(child), 'the name is nowhere in the dialog');
    await form.locator('select#f-courtCode').selectOption('MH-PUN-JMFC-BRM');
    await form.getByRole('button', { name: 'Submit final report' }).click();
    await sdpo.page.getByText('The final report is submitted.').waitFor();

    // Listed on the case file by the code, the identity withheld; filed as the SDPO's.
    const report = sdpo.page.locator('[data-testid=final-report-1]');
    assert.equal(await report.locator('[data-testid=final-report-status]').innerText(), 'Filed');
    assert.match(await report.innerText(), /A1 Identity withheld \(/);
    assert.match(await report.innerText(), /SDPO Baramati \(demo\)/);
    assert.ok(!(await sdpo.page.content()).includes(child), 'the name is nowhere on the case file');

    // Printed (IIF-5) from the page's own link: the code, never the name.
    const href = await report.locator('[data-testid=final-report-print-1-en]').getAttribute('href');
    const pdf = await sdpo.page.request.get(`${suite.server.url}${href}`);
    assert.equal(pdf.status(), 200);
    const printed = pdfText(await pdf.body());
    assert.match(printed, /\bA1\b/, 'the printed report names the accused by the code');
    assert.ok(!printed.includes(child) && !printed.includes('Bablu'), 'the printed report never names the child');
    sdpo.watch.check();

    // The IO of the case may see the child: the same report names him for the IO.
    await io.page.goto(`${suite.server.url}/#/cases/${fir.id}`);
    assert.match(await io.page.locator('[data-testid=final-report-1]').innerText(), new RegExp(`A1 ${child}`));
    io.watch.check();
  });
});
