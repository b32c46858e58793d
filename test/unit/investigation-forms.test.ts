// The investigation forms (IIF-2 … IIF-7, case diary, BSA 63 certificate): each rendered from a
// filled view in English and Hindi, its text read back with poppler's pdftotext.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { SecretBox } from '../../src/access/secret-box.js';
import {
  renderAppealResult,
  renderArrestMemo,
  renderBsa63Certificate,
  renderCaseDiaryExtract,
  renderCourtDisposal,
  renderCrimeDetailsForm,
  renderFinalReport,
  renderSeizureMemo,
  verificationCode,
  type ArrestMemoView,
  type CaseDiaryEntry,
  type FormDocument,
  type FormLanguage,
  type FormViewBase,
  type SeizureMemoView,
} from '../../src/documents/index.js';
import { COMMON_LABELS, fill } from '../../src/documents/layout/labels.js';
import { CRIME_DETAILS_LABELS } from '../../src/documents/forms/iif2-crime-details/labels.js';
import { ARREST_MEMO_LABELS } from '../../src/documents/forms/iif3-arrest/labels.js';
import { SEIZURE_MEMO_LABELS } from '../../src/documents/forms/iif4-seizure/labels.js';
import { FINAL_REPORT_LABELS } from '../../src/documents/forms/iif5-final-report/labels.js';
import { COURT_DISPOSAL_LABELS } from '../../src/documents/forms/iif6-court-disposal/labels.js';
import { APPEAL_RESULT_LABELS } from '../../src/documents/forms/iif7-appeal/labels.js';
import { CASE_DIARY_LABELS } from '../../src/documents/forms/case-diary/labels.js';
import { BSA63_LABELS } from '../../src/documents/forms/bsa63-certificate/labels.js';
import { loadInvestigationCodes } from '../../src/records/investigation-reference.js';

const CODE = 'MH-PUN-PS01-2026-0042-7KQ9-X2PD';
const JUVENILE = '[Identity withheld — JJ Act 74]';
const VICTIM = 'Identity withheld (BNS 72)';
const SHA = crypto.createHash('sha256').update('search video').digest('hex');

const squash = (s: string): string => s.replace(/\s+/g, '');

// Assertions carry their own messages: Node's generated messages re-read this file's Devanagari source.
function contains(hay: string, needle: string, what: string): void {
  assert.ok(hay.includes(squash(needle)), `missing: ${what}`);
}

/** The text of each page, as pdftotext gives it (whitespace removed). */
function pagesOf(pdf: Buffer): string[] {
  assert.ok(!spawnSync('pdftotext', ['-v']).error, 'pdftotext is needed for this test: apt-get install -y poppler-utils');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-'));
  try {
    const file = path.join(dir, 'form.pdf');
    fs.writeFileSync(file, pdf);
    const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    return out.stdout.split('\f').slice(0, -1).map(squash);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function base(language: FormLanguage): FormViewBase {
  const hi = language === 'hi';
  return {
    language,
    case: {
      state: hi ? 'महाराष्ट्र' : 'Maharashtra',
      district: hi ? 'पुणे' : 'Pune',
      policeStation: hi ? 'शिवाजीनगर' : 'Shivajinagar',
      year: 2026,
      firNumber: '0042',
      firDate: { date: '2026-03-14', time: '11:20' },
    },
    verification: { code: CODE, url: `https://verify.police.example/v/${CODE}` },
    generatedAt: '2026-04-02T06:00:00Z',
  };
}

const io = { name: 'संजय जाधव (Sanjay Jadhav)', rank: 'Sub-Inspector', number: 'PSI-4471' };
const theft = [{ act: 'BNS', section: '303(2)', title: 'Theft' }];

/** Checks every page has the code, the FIR reference and "page i of n"; returns all the text. */
function framed(doc: FormDocument, language: FormLanguage): string {
  const pages = pagesOf(doc.pdf);
  assert.equal(pages.length, doc.pageCount);
  const C = COMMON_LABELS[language];
  pages.forEach((p, i) => {
    contains(p, CODE, `verification code on page ${i + 1}`);
    contains(p, '0042/2026', `FIR number on page ${i + 1}`);
    contains(p, fill(C.page, { page: i + 1, pages: pages.length }), `page ${i + 1} of ${pages.length}`);
    if (i > 0) contains(p, C.continued, `continuation header on page ${i + 1}`);
  });
  assert.deepEqual(doc.warnings, []);
  return pages.join('');
}

function arrestView(language: FormLanguage, over: Partial<ArrestMemoView> = {}): ArrestMemoView {
  return {
    ...base(language),
    procedure: 'BNSS',
    kind: 'arrest',
    accusedCode: 'A1',
    accused: { name: 'राहुल शिंदे', alias: 'Golu', relative: { relation: 'father', name: 'Dattatray Shinde' }, age: 23, sex: 'male', address: 'Shastri Nagar Vasti, Kothrud' },
    at: { date: '2026-03-15', time: '18:40' },
    place: 'Karve Road bus stop',
    generalDiary: { entryNo: 'GD-041', at: { date: '2026-03-15', time: '19:00' } },
    sections: theft,
    outcome: 'arrested-sent-up',
    groundsOfArrest: 'Identified on the apartment CCTV footage breaking the handle lock.',
    personInformed: { name: 'Dattatray Shinde', relationship: 'Father', contact: '98220 55555', informedAt: { date: '2026-03-15', time: '19:10' }, informedBy: 'Telephone' },
    witness: { name: 'Arjun Yadav', address: 'Shrikrishna Apartment' },
    handcuffingReason: 'Habitual offender, escaped custody in 2024',
    arrestingOfficer: io,
    ...over,
  };
}

for (const language of ['en', 'hi'] as const) {
  test(`${language}: IIF-3 arrest memo prints the accused code, arrest particulars, BNSS safeguards and signatures`, async () => {
    const L = ARREST_MEMO_LABELS[language];
    const text = framed(
      await renderArrestMemo(arrestView(language, { magistratePermission: { magistrate: 'JMFC Pune', orderRef: 'MP-17/2026', at: { date: '2026-03-15', time: '18:00' } } })),
      language,
    );
    for (const label of [
      L.title,
      L.law.BNSS.governing,
      L.law.BNSS.personInformed,
      L.law.BNSS.handcuffing,
      L.law.BNSS.womanAtNight,
      L.arrestingOfficer,
      L.law.BNSS.countersign,
      L.witnessSig,
      L.outcomes['arrested-sent-up'],
    ])
      contains(text, label, label);
    // A name in Devanagari prints in the English form too.
    for (const value of ['A1', 'राहुल शिंदे', 'GD-041', '15/03/2026', 'Karve Road bus stop', 'Dattatray Shinde', 'Arjun Yadav', 'Habitual offender', 'MP-17/2026', 'PSI-4471', '303(2)'])
      contains(text, value, value);
  });

  test(`${language}: IIF-3 for a CrPC case names the CrPC sections, and prints a masked juvenile as given`, async () => {
    const L = ARREST_MEMO_LABELS[language];
    const text = framed(
      await renderArrestMemo(arrestView(language, { procedure: 'CrPC', kind: 'surrender', court: 'JMFC Court No. 3, Pune', outcome: 'surrendered-judicial-custody', accused: { name: JUVENILE } })),
      language,
    );
    contains(text, L.law.CrPC.governing, 'CrPC heading');
    contains(text, L.kindSurrender, 'surrender');
    contains(text, 'JMFC Court No. 3, Pune', 'court');
    contains(text, JUVENILE, 'placeholder as given');
    assert.ok(!text.includes(squash(L.law.BNSS.governing)), 'no BNSS heading on a CrPC memo');
  });

  test(`${language}: IIF-2 crime details print crime head, MO codes with labels, place type, motive, properties with total, vehicles`, async () => {
    const L = CRIME_DETAILS_LABELS[language];
    const doc = await renderCrimeDetailsForm({
      ...base(language),
      sections: theft,
      crimeHead: 'Theft',
      crimeSubHead: 'Motor vehicle theft',
      occurrence: { from: { date: '2026-03-13', time: '21:30' }, to: { date: '2026-03-14', time: '06:15' } },
      placeType: 'Residential parking',
      placeAddress: 'श्रीकृष्ण अपार्टमेंट, कर्वे रोड',
      motive: 'Gain (resale of parts)',
      modusOperandi: [
        { category: 'Entry', code: 'ENT-03', label: 'Open parking, no gate' },
        { category: 'Tools', code: 'TL-11', label: 'Handle lock broken with a rod' },
      ],
      properties: [
        { category: 'Vehicle', description: 'Hero Splendor Plus', quantity: '1', value: 55000 },
        { description: 'Helmet', quantity: '1', value: 1500 },
      ],
      vehicles: [{ registrationNo: 'MH-12-AB-1234', description: 'Black, chassis MBLHA10AMEHB12345', role: 'Stolen' }],
      recordedBy: io,
      recordedAt: { date: '2026-03-16', time: '10:00' },
    });
    const text = framed(doc, language);
    for (const label of [L.title, L.crimeHead, L.item5, L.moCode, L.placeType, L.item4, L.total, L.item7]) contains(text, label, label);
    for (const value of ['Motor vehicle theft', 'ENT-03', 'Open parking, no gate', 'TL-11', 'Residential parking', 'Gain (resale of parts)', '55,000', '56,500', 'MH-12-AB-1234', 'श्रीकृष्ण अपार्टमेंट'])
      contains(text, value, value);
  });

  test(`${language}: IIF-4 seizure memo prints items with seals, witnesses, and the video's SHA-256 and forwarding (BNSS 105)`, async () => {
    const L = SEIZURE_MEMO_LABELS[language];
    const text = framed(await renderSeizureMemo(seizureView(language)), language);
    for (const label of [L.title, L.law.BNSS.governing, L.law.BNSS.video, L.sealNo, L.forwardedAt, L.seizingOfficer]) contains(text, label, label);
    for (const value of [SHA, 'SEAL-0042-01', 'Under the staircase', 'Arjun Yadav', 'Radha Kulkarni', 'JMFC Pune', '16/03/2026', '1,23,000', JUVENILE]) contains(text, value, value);
  });

  test(`${language}: IIF-5 final report prints the BNSS 193(3)(i) contents, custody of devices, documents, exhibits, IO and court`, async () => {
    const L = FINAL_REPORT_LABELS[language];
    const doc = await renderFinalReport({
      ...base(language),
      procedure: 'BNSS',
      kind: language === 'hi' ? 'आरोप पत्र' : 'Charge sheet',
      reportNo: 'CS-12/2026',
      date: { date: '2026-04-01' },
      court: { name: 'Court of the JMFC, Shivajinagar, Pune', code: 'MHPU03' },
      sections: theft,
      parties: { informant: 'Suresh Kumar Patil', victims: [VICTIM] },
      natureOfInformation: 'Written complaint of theft of a motorcycle from the apartment parking.',
      witnesses: [{ name: 'Arjun Yadav', address: 'Shrikrishna Apartment', role: 'Watchman, eyewitness' }],
      offenceFinding: 'Theft under BNS 303(2) committed by A1 and A2.',
      accused: [
        { code: 'A1', name: 'राहुल शिंदे', status: 'arrested', forwardedInCustody: true, sections: 'BNS 303(2)' },
        { code: 'A2', name: 'Unknown youth', status: 'absconding', forwardedInCustody: false },
      ],
      medicalReportAttached: null,
      deviceCustody: [
        { device: 'DVR, Hikvision, S/N 4471', from: 'Seizing officer', to: 'Malkhana moharir', at: { date: '2026-03-16', time: '14:00' }, sealNo: 'SEAL-0042-02' },
        { device: 'DVR, Hikvision, S/N 4471', from: 'Malkhana moharir', to: 'FSL Pune', at: { date: '2026-03-18', time: '11:00' }, purpose: 'Examination' },
      ],
      documents: [{ description: 'Seizure memo (IIF-4)', pages: 2 }],
      exhibits: [{ exhibitNo: 'P-1', description: 'Hero Splendor Plus MH-12-AB-1234', where: 'Malkhana, rack 3' }],
      summary: 'Investigation complete; charge sheet filed against A1, A2 absconding.',
      io,
      forwardedBy: { name: 'Meera Kulkarni', rank: 'Police Inspector' },
    });
    const text = framed(doc, language);
    for (const label of [
      L.title,
      L.law.BNSS.governing,
      L.item2,
      L.item3,
      L.item4,
      L.item5,
      L.law.BNSS.deviceCustody,
      L.law.BNSS.forwardedInCustody,
      L.law.BNSS.medical,
      L.notApplicable,
      L.statuses.arrested,
      L.statuses.absconding,
      L.item9,
      L.item10,
      L.io,
    ])
      contains(text, label, label);
    for (const value of ['CS-12/2026', 'MHPU03', 'Suresh Kumar Patil', VICTIM, 'Arjun Yadav', 'FSL Pune', 'SEAL-0042-02', 'P-1', 'Malkhana, rack 3', 'Meera Kulkarni', 'राहुल शिंदे'])
      contains(text, value, value);
    // The custody sequence keeps its order.
    assert.ok(text.indexOf(squash('Malkhana moharir')) < text.indexOf('FSLPune'), 'custody steps in order');
  });

  test(`${language}: IIF-6 court disposal and IIF-7 result of appeal print per accused and section`, async () => {
    const D = COURT_DISPOSAL_LABELS[language];
    // Outcomes and appeal results print as the code lists name them in the form's language.
    const codes = loadInvestigationCodes();
    const label = (list: readonly { code: string; en: string; hi: string }[], code: string) => list.find((x) => x.code === code)![language];
    const convicted = label(codes.courtOutcomes, 'convicted_plea_bargain');
    const acquitted = label(codes.courtOutcomes, 'acquitted');
    const altered = label(codes.appealResults, 'conviction_altered');
    const disposal = framed(
      await renderCourtDisposal({
        ...base(language),
        court: { name: 'Court of the JMFC, Shivajinagar', code: 'MHPU03' },
        courtCaseNo: 'RCC 311/2026',
        judgmentDate: '2026-11-20',
        outcomes: [
          { accusedCode: 'A1', accusedName: 'Rahul Shinde', section: theft[0]!, result: convicted, sentence: '2 years simple imprisonment', fine: 5000 },
          { accusedCode: 'A2', accusedName: 'Sunil Pawar', section: theft[0]!, result: acquitted },
        ],
        recordedBy: io,
      }),
      language,
    );
    for (const s of [D.title, D.courtCaseNo, convicted, acquitted, 'RCC 311/2026', '20/11/2026', '2 years simple imprisonment', '5,000', 'Sunil Pawar']) contains(disposal, s, s);
    const A = APPEAL_RESULT_LABELS[language];
    const appeal = framed(
      await renderAppealResult({
        ...base(language),
        appellateCourt: { name: 'Sessions Court, Pune' },
        appealNo: 'Cr.A. 77/2027',
        appellant: 'Accused A1',
        filedOn: '2026-12-10',
        decidedOn: '2027-06-01',
        lowerCourt: { court: { name: 'Court of the JMFC, Shivajinagar' }, courtCaseNo: 'RCC 311/2026', judgmentDate: '2026-11-20' },
        results: [{ accusedCode: 'A1', accusedName: 'Rahul Shinde', result: altered, sentence: '1 year simple imprisonment' }],
        recordedBy: io,
      }),
      language,
    );
    for (const s of [A.title, altered, 'Cr.A. 77/2027', 'Accused A1', '01/06/2027', 'RCC 311/2026', '1 year simple imprisonment']) contains(appeal, s, s);
  });

  test(`${language}: BSA 63 certificate Part A prints the record, device, SHA-256 and the deponent`, async () => {
    const L = BSA63_LABELS[language];
    const text = framed(
      await renderBsa63Certificate({
        ...base(language),
        deponent: { name: 'अर्जुन यादव', relative: { relation: 'father', name: 'Ramesh Yadav' }, address: 'Shrikrishna Apartment, Kothrud', designation: 'Security supervisor' },
        record: 'CCTV footage, camera 2, 13/03/2026 21:00 to 14/03/2026 06:30',
        source: 'dvr',
        device: { make: 'Hikvision', model: 'DS-7104', serialNo: 'S/N 4471', imei: 'MAC 00:11:22:33:44:55' },
        relation: ['managed', 'operated'],
        hashes: [{ file: 'cam2-20260313.mp4', sha256: SHA }],
        place: 'Pune',
        at: { date: '2026-03-16', time: '12:00' },
      }),
      language,
    );
    for (const s of [L.title, L.governing, L.sources.dvr, L.hashValue, L.lawfulControl.slice(0, 60), L.algorithms.sha256, L.signature]) contains(text, s, s);
    for (const s of ['अर्जुन यादव', 'Ramesh Yadav', 'Hikvision', 'DS-7104', 'S/N 4471', 'MAC 00:11:22:33:44:55', 'cam2-20260313.mp4', SHA, '16/03/2026']) contains(text, s, s);
  });

  test(`${language}: the case diary prints each entry with times, places, circumstances and BNSS 180 statements, marked confidential`, async () => {
    const L = CASE_DIARY_LABELS[language];
    const text = framed(await renderCaseDiaryExtract(diaryView(language, 2)), language);
    for (const s of [L.title, L.law.BNSS.governing, L.law.BNSS.confidential, L.placesVisited, L.circumstances, fill(L.law.BNSS.statement, { witness: 'Arjun Yadav' })]) contains(text, s, s);
    for (const s of [fill(L.entry, { entry: 2, page: 3, date: '16/03/2026' }), 'Karve Road', 'Scene visited, CCTV seen', 'I am the watchman', 'Volume I']) contains(text, s, s);
  });
}

function seizureView(language: FormLanguage, items = 3): SeizureMemoView {
  return {
    ...base(language),
    procedure: 'BNSS',
    seizedAt: { date: '2026-03-16', time: '09:30' },
    place: 'Room of A1, Shastri Nagar Vasti',
    searchOf: 'House of A1',
    seizedFrom: JUVENILE,
    items: Array.from({ length: items }, (_, i) => ({
      description: i === 0 ? 'Hero Splendor Plus MH-12-AB-1234' : `Item ${i + 1}: mobile phone with cover, IMEI 35${String(i).padStart(13, '0')}`,
      quantity: '1',
      sealNo: `SEAL-0042-${String(i + 1).padStart(2, '0')}`,
      placeFound: 'Under the staircase',
      value: i === 0 ? 55000 : 34000,
    })),
    witnesses: [
      { name: 'Arjun Yadav', address: 'Shrikrishna Apartment' },
      { name: 'Radha Kulkarni', address: 'Kothrud' },
    ],
    video: { sha256: SHA, description: 'Phone video, 14 min', forwardedToMagistrateAt: { date: '2026-03-16', time: '17:00' }, magistrate: 'JMFC Pune' },
    seizingOfficer: io,
  };
}

function diaryView(language: FormLanguage, entries: number, long = false) {
  const entry = (n: number): CaseDiaryEntry => ({
    entryNo: n,
    page: n + 1,
    date: `2026-03-${String(14 + n).padStart(2, '0')}`,
    began: '09:00',
    closed: '18:30',
    placesVisited: ['Karve Road', 'Shastri Nagar Vasti'],
    circumstances: (long ? 'मौके का निरीक्षण किया गया, सीसीटीवी फ़ुटेज देखा गया और आसपास पूछताछ की गई। ' : '') + `Scene visited, CCTV seen (day ${n}). `.repeat(long ? 20 : 1),
    statements: [{ witness: 'Arjun Yadav', recordedAt: { date: '2026-03-15', time: '11:00' }, text: 'I am the watchman of the apartment. '.repeat(long ? 15 : 1) }],
  });
  return { ...base(language), procedure: 'BNSS' as const, io, volume: 'Volume I', entries: Array.from({ length: entries }, (_, i) => entry(i + 1)) };
}

test('a long case diary flows onto more pages, every entry printed once, every page framed', async () => {
  const doc = await renderCaseDiaryExtract(diaryView('hi', 12, true));
  assert.ok(doc.pageCount >= 4, `${doc.pageCount} pages`);
  const text = framed(doc, 'hi');
  for (let n = 1; n <= 12; n++) contains(text, fill(CASE_DIARY_LABELS.hi.entry, { entry: n, page: n + 1, date: `${String(14 + n).padStart(2, '0')}/03/2026` }), `entry ${n}`);
  contains(text, 'सीसीटीवीफ़ुटेज', 'Devanagari circumstances');
});

test('a long seizure list flows onto more pages with the table header repeated', async () => {
  const doc = await renderSeizureMemo(seizureView('en', 60));
  assert.ok(doc.pageCount >= 3, `${doc.pageCount} pages`);
  const pages = pagesOf(doc.pdf);
  framed(doc, 'en');
  const L = SEIZURE_MEMO_LABELS.en;
  assert.ok(pages.filter((p) => p.includes(squash(`${L.item2} (${COMMON_LABELS.en.continued})`))).length >= 1, 'item title repeated, marked continued');
  assert.ok(
    pages.slice(1).some((p) => p.includes(squash(L.sealNo))),
    'table header repeated after the break',
  );
  contains(pages.join(''), 'SEAL-0042-60', 'last item');
});

test('the same view gives the same bytes; generatedAt is the only clock', async () => {
  const a = await renderArrestMemo(arrestView('hi'));
  const b = await renderArrestMemo(arrestView('hi'));
  assert.ok(a.pdf.equals(b.pdf), 'byte-identical');
  const c = await renderArrestMemo({ ...arrestView('hi'), generatedAt: '2026-04-03T06:00:00Z' });
  assert.ok(!a.pdf.equals(c.pdf), 'another generatedAt, other bytes');
});

test("each kind of document has its own verification code; an FIR copy's code is unchanged", () => {
  const box = new SecretBox(Buffer.alloc(32, 7));
  const doc = { id: 'rec-1', version: 1, stationCode: 'MH-PUN-PS01', year: 2026, firNo: 42 };
  const fir = verificationCode(box, doc);
  assert.equal(verificationCode(box, doc, 'fir-copy'), fir);
  const arrest = verificationCode(box, doc, 'iif3-arrest');
  const seizure = verificationCode(box, doc, 'iif4-seizure');
  assert.notEqual(arrest, fir);
  assert.notEqual(arrest, seizure);
  assert.match(arrest, /^MH-PUN-PS01-2026-0042-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
});

test('every form catalogue has the same labels and placeholders in every language', () => {
  const holes = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
  const walk = (a: unknown, b: unknown, where: string): void => {
    if (typeof a === 'string') {
      assert.equal(typeof b, 'string', where);
      assert.deepEqual(holes(b as string), holes(a), where);
      return;
    }
    if (Array.isArray(a)) return assert.equal((b as unknown[]).length, a.length, where);
    const ka = Object.keys(a as object).sort();
    assert.deepEqual(Object.keys(b as object).sort(), ka, where);
    for (const k of ka) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
  };
  const catalogues = {
    COMMON_LABELS,
    CRIME_DETAILS_LABELS,
    ARREST_MEMO_LABELS,
    SEIZURE_MEMO_LABELS,
    FINAL_REPORT_LABELS,
    COURT_DISPOSAL_LABELS,
    APPEAL_RESULT_LABELS,
    CASE_DIARY_LABELS,
    BSA63_LABELS,
  };
  for (const [name, cat] of Object.entries(catalogues)) {
    // actNames may list different acts per language; everything else must match.
    const { actNames: _en, ...en } = cat.en as unknown as Record<string, unknown>;
    const { actNames: _hi, ...hi } = cat.hi as unknown as Record<string, unknown>;
    walk(en, hi, `${name}.hi`);
  }
});
