/**
 * Rendering one form: the text engine for its language, the page frame, the form's own layout
 * (`compose`), footers once the page count is known, and the PDF with the verification URL as a QR
 * code. Same view, same bytes.
 */
import QRCode from 'qrcode';
import { buildPdf, FontRegistry, num, type FormXObject } from '../pdf.js';
import { TextEngine } from '../text.js';
import { FormComposer, type FormFrame } from './composer.js';
import { actName, formatDateTime, formatInstant } from './format.js';
import { COMMON_LABELS, FORM_LANGUAGES, fill, type CommonLabels, type FormLanguage } from './labels.js';
import type { CaseReference, FormDocument, FormViewBase, SectionView } from './types.js';

/** The QR code of the verification URL as vector squares in a unit box (quiet zone included). */
function qrXObject(url: string): FormXObject {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const m = 1 / (n + quiet * 2);
  const rects: string[] = ['0 0 0 rg'];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      rects.push(`${num((start + quiet) * m)} ${num(1 - (r + quiet + 1) * m)} ${num((c - start) * m)} ${num(m)} re`);
    }
  }
  rects.push('f');
  return { name: 'QR', content: rects.join('\n') };
}

export function commonLabels(language: FormLanguage): CommonLabels {
  const C = COMMON_LABELS[language];
  if (!C) throw new TypeError(`no form labels for language '${String(language)}'`);
  return C;
}

/** 'FIR No. 0042/2026 · P.S. Shivajinagar · District Pune' */
export function caseReference(c: CaseReference, C: CommonLabels): string {
  return fill(C.firRef, { fir: c.firNumber, year: c.year, ps: c.policeStation, district: c.district });
}

/** The case particulars every form after the FIR opens with: district, P.S., year, FIR No. and date. */
export function caseParticulars(composer: FormComposer, c: CaseReference): void {
  const C = composer.C;
  composer.subhead(C.caseParticulars);
  composer.fields(
    [
      { label: C.district, value: c.district, w: 0.22 },
      { label: C.policeStation, value: c.policeStation, w: 0.28 },
      { label: C.year, value: String(c.year), w: 0.1 },
      { label: C.firNo, value: c.firNumber, w: 0.15 },
      { label: C.firDate, value: formatDateTime(c.firDate, C), w: 0.25 },
    ],
    'case',
  );
}

/** Acts and sections as a table (the FIR's item 2 layout). */
export function sectionsTable(composer: FormComposer, sections: SectionView[], field: string): void {
  const C = composer.C;
  composer.table(
    [
      { label: C.serial, w: 0.06 },
      { label: C.act, w: 0.4 },
      { label: C.sections, w: 0.14 },
      { label: C.sectionTitle, w: 0.4 },
    ],
    sections.map((s, i) => [String(i + 1), actName(s.act, s.actName, C), s.section, s.title]),
    field,
  );
}

export interface RenderFormOptions {
  language: FormLanguage;
  frame: Omit<FormFrame, 'reference'> & { reference?: string };
  /** The case a form belongs to; a station register (the NC diary) has none and gives frame.reference. */
  case?: CaseReference;
  /** PDF Subject; defaults to the form's name. */
  subject?: string;
  /** PDF Producer, e.g. 'CCTNS arrest memo'. */
  producer: string;
  /** Draws the form's body; the first page is already started. */
  compose(composer: FormComposer): void;
}

export async function renderForm(o: RenderFormOptions): Promise<FormDocument> {
  const C = commonLabels(o.language);
  const lang = FORM_LANGUAGES[o.language];
  const engine = await TextEngine.create(lang.script, lang.bcp47);
  const fonts = new FontRegistry();
  if (!o.frame.reference && !o.case) throw new TypeError('a form needs its case or a reference');
  const reference = o.frame.reference ?? caseReference(o.case!, C);
  const frame: FormFrame = { ...o.frame, reference };
  const composer = new FormComposer(engine, fonts, C, frame);
  composer.newPage();
  o.compose(composer);
  composer.footers();
  const pdf = await buildPdf(composer.pages, fonts, [qrXObject(frame.verification.url)], {
    title: `${frame.title} — ${reference}`,
    subject: o.subject ?? frame.formName,
    author: fill(C.statePolice, { state: frame.state }),
    keywords: `${frame.verification.code} ${frame.verification.url}`,
    creator: 'CCTNS',
    producer: `${o.producer} (HarfBuzz shaping)`,
    created: frame.generatedAt,
    lang: lang.bcp47,
  });
  return { pdf, pageCount: composer.pages.length, warnings: engine.warnings.map((w) => ({ ...w })) };
}

/**
 * A station register's report (missing person, unnatural death, …): the frame every one of them
 * prints — its form name and title, the law it is made under, its number at the police station —
 * and an `at` that prints an instant in the form's language (blank for none).
 */
export function renderRegisterForm(
  v: FormViewBase & { number: string },
  o: { labels: { form: string; title: string; reference: string }; governing: string; producer: string; compose(composer: FormComposer, at: (iso: string | null) => string): void },
): Promise<FormDocument> {
  return renderForm({
    language: v.language,
    case: v.case,
    frame: {
      formName: o.labels.form,
      title: o.labels.title,
      governing: o.governing,
      state: v.case.state,
      reference: fill(o.labels.reference, { number: v.number, ps: v.case.policeStation }),
      verification: v.verification,
      generatedAt: v.generatedAt,
    },
    producer: o.producer,
    compose: (c) => o.compose(c, (iso) => (iso ? formatInstant(iso, c.C) : '')),
  });
}
