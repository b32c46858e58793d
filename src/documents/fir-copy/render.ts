/**
 * The FIR copy as a PDF: A4, laid out like form IIF-1 (items 1–15 in ruled boxes), labels in the
 * view's language, data as entered in whatever script it is in. Same view, same bytes.
 *
 *   const pdf = await renderFirCopyPdf(view);                       // Buffer
 *   const { pdf, pageCount, warnings } = await renderFirCopy(view); // with what was worked around
 */
import QRCode from 'qrcode';
import { FIR_COPY_LABELS, FIR_COPY_LANGUAGES, fill, type FirCopyLabels } from './labels.js';
import { buildPdf, FontRegistry, num, PageCanvas, type FormXObject, type Rgb } from '../pdf.js';
import { TextEngine, type Line, type TextStyle } from '../text.js';
import type { DateTimeIST, FirCopyAccused, FirCopyDocument, FirCopyView, RelativeName, Sex } from './types.js';

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 36;
const TOP = 28;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const FOOTER_TOP = PAGE_H - 58;
const BODY_BOTTOM = FOOTER_TOP - 6;

const BLACK: Rgb = [0, 0, 0];
const LABEL_GREY: Rgb = [0.3, 0.3, 0.3];
const RULE: Rgb = [0.25, 0.25, 0.25];
const TITLE_FILL: Rgb = [0.88, 0.9, 0.93];
const SUBHEAD_FILL: Rgb = [0.95, 0.95, 0.95];
const TABLE_HEAD_FILL: Rgb = [0.95, 0.95, 0.95];

const S_LABEL: TextStyle = { size: 7.5 };
const S_VALUE: TextStyle = { size: 9 };
const S_ITEM: TextStyle = { size: 8.5, bold: true };
const S_SUBHEAD: TextStyle = { size: 7.5, bold: true };
const S_BODY: TextStyle = { size: 9.5 };
const PAD = 3.5;

function lineHeight(s: TextStyle): number {
  return s.size * 1.45;
}
/** Baseline below the top of a line: room for matras and reph above the Devanagari headline. */
function ascent(s: TextStyle): number {
  return s.size * 1.06;
}

interface Cell {
  label?: string;
  value: string;
  /** Fraction of the row's width. */
  w: number;
  align?: 'left' | 'right' | 'center';
}

interface Column {
  label: string;
  w: number;
  align?: 'left' | 'right' | 'center';
}

/** Lays the form out page by page, then adds headers and footers once the page count is known. */
class Composer {
  readonly pages: PageCanvas[] = [];
  private page!: PageCanvas;
  private y = 0;
  private item: { num: string; title: string } | null = null;
  /** Called at a page break inside a table to repeat its header. */
  private onBreak: (() => void) | null = null;

  constructor(
    readonly engine: TextEngine,
    readonly fonts: FontRegistry,
    readonly L: FirCopyLabels,
    readonly view: FirCopyView,
  ) {}

  get cursor(): number {
    return this.y;
  }
  set cursor(v: number) {
    this.y = v;
  }
  get canvas(): PageCanvas {
    return this.page;
  }

  newPage(): void {
    this.page = new PageCanvas(PAGE_W, PAGE_H, this.fonts);
    this.pages.push(this.page);
    this.y = this.pages.length === 1 ? this.firstPageHeader() : this.continuationHeader();
  }

  // ---- text primitives ----

  wrap(text: string, style: TextStyle, width: number, field?: string): Line[] {
    if (field !== undefined) this.engine.field = field;
    return this.engine.wrap(text, style, width);
  }

  drawLines(lines: Line[], x: number, top: number, style: TextStyle, opts: { color?: Rgb; align?: 'left' | 'right' | 'center'; width?: number } = {}): number {
    const lh = lineHeight(style);
    const space = this.engine.spaceWidth(style);
    lines.forEach((line, i) => {
      let lx = x;
      if (opts.width !== undefined && opts.align === 'right') lx = x + opts.width - line.width;
      if (opts.width !== undefined && opts.align === 'center') lx = x + (opts.width - line.width) / 2;
      this.page.words(line.words, lx, top + i * lh + ascent(style), style.size, space, opts.color ?? BLACK);
    });
    return lines.length * lh;
  }

  text(text: string, x: number, top: number, style: TextStyle, opts: { color?: Rgb; align?: 'left' | 'right' | 'center'; width?: number } = {}): number {
    const lines = this.wrap(text, style, opts.width ?? CONTENT_W);
    return this.drawLines(lines, x, top, style, opts);
  }

  // ---- page furniture ----

  private firstPageHeader(): number {
    const v = this.view;
    const L = this.L;
    this.engine.field = 'header';
    let y = TOP;
    this.text(L.form, MARGIN_X, y, { size: 7 }, { color: LABEL_GREY });
    this.text(fill(L.version, { version: v.version }), MARGIN_X, y, { size: 7 }, { color: LABEL_GREY, align: 'right', width: CONTENT_W - 70 });
    // QR code of the verification URL, top right.
    const qr = 58;
    const qrX = PAGE_W - MARGIN_X - qr;
    this.page.xobject('QR', qrX, y, qr);
    this.text(L.scanToVerify, qrX - 10, y + qr + 1, { size: 6 }, { color: LABEL_GREY, align: 'center', width: qr + 20 });
    y += 12;
    y += this.text(fill(L.statePolice, { state: v.state }), MARGIN_X, y, { size: 11, bold: true }, { align: 'center', width: CONTENT_W });
    y += this.text(L.title, MARGIN_X, y, { size: 16, bold: true }, { align: 'center', width: CONTENT_W });
    y += this.text(v.procedure === 'BNSS' ? L.underBnss : L.underCrpc, MARGIN_X, y, { size: 9.5 }, { align: 'center', width: CONTENT_W });
    y = Math.max(y, TOP + qr + 12) + 4;
    if (v.freeCopyForInformant) {
      const s: TextStyle = { size: 9.5, bold: true };
      const lines = this.wrap(v.procedure === 'BNSS' ? L.freeCopyBnss : L.freeCopyCrpc, s, CONTENT_W - 12);
      const h = lines.length * lineHeight(s) + 6;
      this.page.rect(MARGIN_X, y, CONTENT_W, h, { fill: [0.93, 0.96, 0.93], stroke: BLACK, lineWidth: 1.2 });
      this.page.rect(MARGIN_X + 2, y + 2, CONTENT_W - 4, h - 4, { stroke: BLACK, lineWidth: 0.4 });
      this.drawLines(lines, MARGIN_X + 6, y + 3, s, { align: 'center', width: CONTENT_W - 12 });
      y += h + 6;
    }
    return y;
  }

  private continuationHeader(): number {
    const L = this.L;
    this.engine.field = 'header';
    const y = TOP;
    this.text(`${L.title} (${L.continued})`, MARGIN_X, y, { size: 9, bold: true }, { width: CONTENT_W / 2 });
    this.text(this.firRef(), MARGIN_X + CONTENT_W / 2, y + 1, { size: 8 }, { align: 'right', width: CONTENT_W / 2 });
    const ruleY = y + lineHeight({ size: 9 }) + 2;
    this.page.line(MARGIN_X, ruleY, MARGIN_X + CONTENT_W, ruleY, 0.8);
    return ruleY + 8;
  }

  firRef(): string {
    const v = this.view;
    return fill(this.L.firRef, { fir: v.firNumber, year: v.year, ps: v.policeStation, district: v.district });
  }

  footers(): void {
    const v = this.view;
    const L = this.L;
    this.engine.field = 'footer';
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      this.page = page;
      const top = FOOTER_TOP;
      page.line(MARGIN_X, top, MARGIN_X + CONTENT_W, top, 0.8);
      const small: TextStyle = { size: 6.5 };
      const leftW = CONTENT_W * 0.6;
      const rx = MARGIN_X + leftW;
      const rw = CONTENT_W - leftW;
      let y = top + 4;
      this.text(L.verificationCode, MARGIN_X, y, small, { color: LABEL_GREY, width: leftW });
      this.text(fill(L.page, { page: i + 1, pages: total }), rx, y, { size: 8.5, bold: true }, { align: 'right', width: rw });
      y += lineHeight(small);
      this.text(v.verification.code, MARGIN_X, y - 1, { size: 11, bold: true }, { width: leftW });
      this.text(this.firRef(), rx, y + 3, small, { align: 'right', width: rw });
      y += lineHeight({ size: 11 });
      const verify = fill(L.verifyAt, { url: v.verification.url });
      const tail = [fill(L.version, { version: v.version }), fill(L.generatedOn, { date: formatInstant(v.generatedAt, L) })];
      if (v.freeCopyForInformant) tail.unshift(L.freeCopyShort);
      y += this.text(verify, MARGIN_X, y - 1, small, { width: CONTENT_W });
      this.text(tail.join(' · '), MARGIN_X, y - 1, small, { color: LABEL_GREY, width: CONTENT_W });
    });
  }

  // ---- flow ----

  /** Makes room for `h` points; at a page break repeats the current item's title and any table header. */
  ensure(h: number): void {
    if (this.y + h <= BODY_BOTTOM) return;
    this.newPage();
    if (this.item) this.itemBar(this.item.num, this.item.title, true);
    this.onBreak?.();
  }

  private itemBar(numText: string, title: string, contd: boolean): void {
    const s = S_ITEM;
    const numW = 24;
    const lines = this.wrap(contd ? `${title} (${this.L.continued})` : title, s, CONTENT_W - numW - PAD * 2, 'labels');
    const h = lines.length * lineHeight(s) + 4;
    this.page.rect(MARGIN_X, this.y, CONTENT_W, h, { fill: TITLE_FILL, stroke: RULE, lineWidth: 0.6 });
    this.drawLines(this.wrap(`${numText}.`, s, numW), MARGIN_X + PAD, this.y + 2, s);
    this.drawLines(lines, MARGIN_X + numW, this.y + 2, s);
    this.y += h;
  }

  /** Starts a numbered item; keeps its title with at least `keep` points of what follows. */
  beginItem(numText: string, title: string, keep = 40): void {
    this.item = null;
    this.onBreak = null;
    this.y += 4;
    const probe = this.wrap(title, S_ITEM, CONTENT_W - 24 - PAD * 2, 'labels').length * lineHeight(S_ITEM) + 4;
    this.ensure(probe + keep);
    this.itemBar(numText, title, false);
    this.item = { num: numText, title };
  }

  endItem(): void {
    this.item = null;
    this.onBreak = null;
  }

  subhead(text: string): void {
    const lines = this.wrap(text, S_SUBHEAD, CONTENT_W - PAD * 2, 'labels');
    const h = lines.length * lineHeight(S_SUBHEAD) + 2;
    this.ensure(h + 24);
    this.page.rect(MARGIN_X, this.y, CONTENT_W, h, { fill: SUBHEAD_FILL, stroke: RULE });
    this.drawLines(lines, MARGIN_X + PAD, this.y + 1, S_SUBHEAD);
    this.y += h;
  }

  /** A row of labelled boxes: small label above, value below. */
  fields(cells: Cell[], field: string): void {
    const widths = cells.map((c) => c.w * CONTENT_W);
    const laid = cells.map((c, i) => {
      const inner = widths[i]! - PAD * 2;
      const label = c.label ? this.wrap(c.label, S_LABEL, inner, 'labels') : [];
      const value = this.wrap(c.value === '' ? this.L.none : c.value, S_VALUE, inner, field);
      return { label, value };
    });
    const h = Math.max(...laid.map((l) => PAD + l.label.length * lineHeight(S_LABEL) + l.value.length * lineHeight(S_VALUE) + PAD - 1));
    this.ensure(h);
    let x = MARGIN_X;
    laid.forEach((l, i) => {
      const w = widths[i]!;
      this.page.rect(x, this.y, w, h, { stroke: RULE });
      let ty = this.y + PAD - 1;
      ty += this.drawLines(l.label, x + PAD, ty, S_LABEL, { color: LABEL_GREY });
      this.drawLines(l.value, x + PAD, ty, S_VALUE, { align: cells[i]!.align ?? 'left', width: w - PAD * 2 });
      x += w;
    });
    this.y += h;
  }

  /** A table with a shaded header; a row shorter than the columns lets its last cell span the rest. */
  table(columns: Column[], rows: string[][], field: string): void {
    const widths = columns.map((c) => c.w * CONTENT_W);
    const header = (): void => {
      const laid = columns.map((c, i) => this.wrap(c.label, S_LABEL, widths[i]! - PAD * 2, 'labels'));
      const h = Math.max(...laid.map((l) => l.length * lineHeight(S_LABEL))) + PAD;
      let x = MARGIN_X;
      laid.forEach((l, i) => {
        this.page.rect(x, this.y, widths[i]!, h, { fill: TABLE_HEAD_FILL, stroke: RULE });
        this.drawLines(l, x + PAD, this.y + PAD / 2, S_LABEL, { color: LABEL_GREY, align: columns[i]!.align, width: widths[i]! - PAD * 2 });
        x += widths[i]!;
      });
      this.y += h;
    };
    this.ensure(40);
    header();
    this.onBreak = header;
    for (const row of rows) {
      const spans = row.map((_, i) => (i === row.length - 1 ? widths.slice(i).reduce((a, b) => a + b, 0) : widths[i]!));
      const laid = row.map((cell, i) => this.wrap(cell === '' ? this.L.none : cell, S_VALUE, spans[i]! - PAD * 2, field));
      const h = Math.max(...laid.map((l) => l.length * lineHeight(S_VALUE))) + PAD;
      this.ensure(h);
      let x = MARGIN_X;
      laid.forEach((l, i) => {
        this.page.rect(x, this.y, spans[i]!, h, { stroke: RULE });
        const align = row.length === columns.length ? columns[i]!.align : undefined;
        this.drawLines(l, x + PAD, this.y + PAD / 2, S_VALUE, { align, width: spans[i]! - PAD * 2 });
        x += spans[i]!;
      });
      this.y += h;
    }
    this.onBreak = null;
  }

  /** Free text in a box, split across pages line by line. */
  paragraph(text: string, style: TextStyle, field: string): void {
    const lines = this.wrap(text === '' ? this.L.none : text, style, CONTENT_W - PAD * 2 - 4, field);
    const lh = lineHeight(style);
    let i = 0;
    while (i < lines.length) {
      this.ensure(lh + PAD * 2);
      const fit = Math.max(1, Math.floor((BODY_BOTTOM - this.y - PAD * 2) / lh));
      const chunk = lines.slice(i, i + fit);
      const h = chunk.length * lh + PAD * 2;
      this.page.rect(MARGIN_X, this.y, CONTENT_W, h, { stroke: RULE });
      this.drawLines(chunk, MARGIN_X + PAD + 2, this.y + PAD, style);
      this.y += h;
      i += chunk.length;
    }
  }

  /** Options with tick boxes, in one ruled row (inline) or one per line (list). */
  checks(options: Array<{ label: string; checked: boolean }>, layout: 'inline' | 'list', field: string): void {
    const box = 7.5;
    const s = S_VALUE;
    const lh = lineHeight(s);
    if (layout === 'inline') {
      const h = lh + PAD * 2;
      this.ensure(h);
      this.page.rect(MARGIN_X, this.y, CONTENT_W, h, { stroke: RULE });
      let x = MARGIN_X + PAD + 2;
      for (const o of options) {
        this.tickBox(x, this.y + PAD + (lh - box) / 2 + 0.5, box, o.checked);
        const lines = this.wrap(o.label, o.checked ? { ...s, bold: true } : s, CONTENT_W, field);
        this.drawLines(lines, x + box + 4, this.y + PAD, o.checked ? { ...s, bold: true } : s);
        x += box + 4 + (lines[0]?.width ?? 0) + 22;
      }
      this.y += h;
      return;
    }
    for (const o of options) {
      const st = o.checked ? { ...s, bold: true } : s;
      const lines = this.wrap(o.label, st, CONTENT_W - PAD * 2 - box - 8, field);
      const h = lines.length * lh + PAD;
      this.ensure(h);
      this.page.line(MARGIN_X, this.y, MARGIN_X, this.y + h, 0.5, RULE);
      this.page.line(MARGIN_X + CONTENT_W, this.y, MARGIN_X + CONTENT_W, this.y + h, 0.5, RULE);
      this.tickBox(MARGIN_X + PAD + 2, this.y + PAD / 2 + (lh - box) / 2 + 0.5, box, o.checked);
      this.drawLines(lines, MARGIN_X + PAD + box + 8, this.y + PAD / 2, st);
      this.y += h;
    }
    this.page.line(MARGIN_X, this.y, MARGIN_X + CONTENT_W, this.y, 0.5, RULE);
  }

  private tickBox(x: number, top: number, size: number, checked: boolean): void {
    this.page.rect(x, top, size, size, { stroke: BLACK, lineWidth: 0.7 });
    if (checked) {
      this.page.line(x + 1.5, top + size * 0.55, x + size * 0.42, top + size - 1.5, 1.2);
      this.page.line(x + size * 0.42, top + size - 1.5, x + size - 1.2, top + 1.3, 1.2);
    }
  }

  /** Signature block at the right: blank space, a rule, then the caption lines. */
  signature(caption: string, details: string[], field: string): void {
    const w = CONTENT_W * 0.46;
    const x = MARGIN_X + CONTENT_W - w - PAD;
    const capLines = this.wrap(caption, S_LABEL, w, 'labels');
    const detailLines = details.map((d) => this.wrap(d, S_VALUE, w, field));
    const h = 26 + capLines.length * lineHeight(S_LABEL) + detailLines.reduce((a, l) => a + l.length * lineHeight(S_VALUE), 0) + PAD * 2;
    this.ensure(h);
    this.page.rect(MARGIN_X, this.y, CONTENT_W, h, { stroke: RULE });
    let y = this.y + 24;
    this.page.line(x, y, x + w, y, 0.5, BLACK, [1.5, 1.5]);
    y += 2;
    y += this.drawLines(capLines, x, y, S_LABEL, { color: LABEL_GREY, align: 'center', width: w });
    for (const l of detailLines) y += this.drawLines(l, x, y, S_VALUE, { align: 'center', width: w });
    this.y += h;
  }
}

// ---- formatting ----

function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

function formatTime(time: string | undefined, L: FirCopyLabels): string {
  return time ? fill(L.hours, { time }) : '';
}

function formatDateTime(dt: DateTimeIST | undefined, L: FirCopyLabels): string {
  if (!dt) return '';
  return dt.time ? `${formatDate(dt.date)}, ${formatTime(dt.time, L)}` : formatDate(dt.date);
}

function weekday(date: string, L: FirCopyLabels): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return L.weekdays[d.getUTCDay()] ?? '';
}

function formatInstant(iso: string, L: FirCopyLabels): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 330 * 60_000).toISOString();
  return formatDateTime({ date: d.slice(0, 10), time: d.slice(11, 16) }, L);
}

const RUPEES = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

function money(n: number | undefined): string {
  return n === undefined ? '' : RUPEES.format(n);
}

function relative(r: RelativeName | undefined, L: FirCopyLabels): string {
  return r ? `${L.relation[r.relation]}: ${r.name}` : '';
}

function ageSex(age: number | undefined, sex: Sex | undefined, L: FirCopyLabels): string {
  const parts: string[] = [];
  if (age !== undefined) parts.push(fill(L.years, { age }));
  if (sex) parts.push(L.sex[sex]);
  return parts.join(' / ');
}

function actName(act: string, given: string | undefined, L: FirCopyLabels): string {
  return given ?? L.actNames[act.toUpperCase()] ?? act;
}

const BLANK = '__________';

function sub(L: FirCopyLabels, i: number): string {
  return `(${L.letters[i] ?? String(i + 1)})`;
}

// ---- the form ----

function compose(c: Composer): void {
  const v = c.view;
  const L = c.L;
  c.newPage();

  // 1
  c.beginItem('1', L.item1);
  c.fields(
    [
      { label: L.district, value: v.district, w: 0.2 },
      { label: L.policeStation, value: v.policeStation, w: 0.27 },
      { label: L.year, value: String(v.year), w: 0.1 },
      { label: L.firNo, value: v.firNumber, w: 0.15 },
      { label: L.firDateTime, value: formatDateTime(v.registeredAt, L), w: 0.28 },
    ],
    'registration',
  );
  c.endItem();

  // 2
  c.beginItem('2', L.item2);
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.act, w: 0.4 },
      { label: L.sections, w: 0.14 },
      { label: L.sectionTitle, w: 0.4 },
    ],
    v.sections.length ? v.sections.map((s, i) => [String(i + 1), actName(s.act, s.actName, L), s.section, s.title]) : [['', '']],
    'sections',
  );
  c.endItem();

  // 3
  c.beginItem('3', L.item3);
  c.subhead(L.occurrence);
  const occ = v.occurrence;
  c.fields(
    [
      { label: L.day, value: weekday(occ.from.date, L), w: 0.16 },
      { label: L.dateFrom, value: formatDate(occ.from.date), w: 0.16 },
      { label: L.dateTo, value: occ.to ? formatDate(occ.to.date) : '', w: 0.16 },
      { label: L.timePeriod, value: occ.timePeriod ?? '', w: 0.18 },
      { label: L.timeFrom, value: formatTime(occ.from.time, L), w: 0.17 },
      { label: L.timeTo, value: formatTime(occ.to?.time, L), w: 0.17 },
    ],
    'occurrence',
  );
  c.fields(
    [
      { label: L.informationReceived, value: formatDateTime(v.informationReceivedAt, L), w: 0.5 },
      {
        label: L.generalDiary,
        value: `${L.gdEntryNo} ${v.generalDiary.entryNo} — ${formatDateTime(v.generalDiary.at, L)}`,
        w: 0.5,
      },
    ],
    'generalDiary',
  );
  c.endItem();

  // 4
  c.beginItem('4', L.item4);
  c.checks(
    [
      { label: L.written, checked: v.informationType === 'written' },
      { label: L.oral, checked: v.informationType === 'oral' },
      { label: L.efir, checked: v.informationType === 'e-fir' },
      { label: L.zeroFir, checked: v.zeroFir },
    ],
    'inline',
    'labels',
  );
  c.endItem();

  // 5
  c.beginItem('5', L.item5);
  const p = v.place;
  c.fields(
    [
      { label: L.directionDistance, value: p.directionAndDistance ?? '', w: 0.5 },
      { label: L.beatNo, value: p.beatNo ?? '', w: 0.18 },
      {
        label: L.coordinates,
        value: p.coordinates ? `${p.coordinates.lat.toFixed(5)}, ${p.coordinates.lon.toFixed(5)}` : '',
        w: 0.32,
      },
    ],
    'place',
  );
  c.fields([{ label: `${sub(L, 1)} ${L.address}`, value: p.address, w: 1 }], 'place');
  c.subhead(L.outsideLimits);
  const out = p.outsideLimits;
  c.fields(
    [
      { label: L.outsidePs, value: out?.policeStation ?? '', w: 0.5 },
      { label: L.outsideDistrict, value: out ? [out.district, out.state].filter(Boolean).join(', ') : '', w: 0.5 },
    ],
    'place',
  );
  c.endItem();

  // 6
  c.beginItem('6', L.item6);
  const cp = v.complainant;
  c.fields(
    [
      { label: `${sub(L, 0)} ${L.name}`, value: cp.name, w: 0.38 },
      { label: `${sub(L, 1)} ${L.relativeName}`, value: relative(cp.relative, L), w: 0.38 },
      { label: `${sub(L, 2)} ${L.dateOrYearOfBirth}`, value: cp.dateOrYearOfBirth ? formatDate(cp.dateOrYearOfBirth) : '', w: 0.24 },
    ],
    'complainant',
  );
  c.fields(
    [
      { label: `${sub(L, 3)} ${L.nationality}`, value: cp.nationality ?? '', w: 0.22 },
      { label: `${sub(L, 4)} ${L.passportNo}`, value: cp.passport?.number ?? '', w: 0.3 },
      {
        label: L.passportIssue,
        value: cp.passport ? [cp.passport.dateOfIssue ? formatDate(cp.passport.dateOfIssue) : '', cp.passport.placeOfIssue ?? ''].filter(Boolean).join(', ') : '',
        w: 0.48,
      },
    ],
    'complainant',
  );
  c.fields(
    [
      { label: `${sub(L, 5)} ${L.occupation}`, value: cp.occupation ?? '', w: 0.26 },
      { label: `${sub(L, 6)} ${L.address}`, value: cp.address ?? '', w: 0.52 },
      { label: L.phone, value: cp.phone ?? '', w: 0.22 },
    ],
    'complainant',
  );
  c.endItem();

  // 6A victims
  c.beginItem('6A', L.item6a);
  const withheld = v.penalCode === 'IPC' ? L.identityWithheldIpc : L.identityWithheldBns;
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.name, w: 0.26 },
      { label: L.relativeName, w: 0.24 },
      { label: L.ageSex, w: 0.14 },
      { label: L.address, w: 0.3 },
    ],
    v.victims.length
      ? v.victims.map((victim, i) =>
          // A masked victim: only the notice. Nothing else on the object is read.
          victim.masked ? [String(i + 1), withheld] : [String(i + 1), victim.name, relative(victim.relative, L), ageSex(victim.age, victim.sex, L), victim.address ?? ''],
        )
      : [['', '']],
    'victims',
  );
  c.endItem();

  // 7
  c.beginItem('7', L.item7);
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.status, w: 0.1 },
      { label: L.nameAlias, w: 0.22 },
      { label: L.relativeName, w: 0.2 },
      { label: L.ageSex, w: 0.13 },
      { label: L.addressOrDescription, w: 0.29 },
    ],
    v.accused.length ? v.accused.map((a, i) => accusedRow(a, i, L)) : [['', '']],
    'accused',
  );
  c.endItem();

  // 8
  c.beginItem('8', L.item8, 24);
  c.paragraph(v.delayReasons ?? '', S_VALUE, 'delayReasons');
  c.endItem();

  // 9
  c.beginItem('9', L.item9);
  c.table(
    [
      { label: L.serial, w: 0.06 },
      { label: L.description, w: 0.74 },
      { label: L.estimatedValue, w: 0.2, align: 'right' },
    ],
    v.properties.length ? v.properties.map((p, i) => [String(i + 1), p.description, money(p.value)]) : [['', '']],
    'properties',
  );
  c.endItem();

  // 10
  const total = v.totalValue ?? (v.properties.some((p) => p.value !== undefined) ? v.properties.reduce((a, p) => a + (p.value ?? 0), 0) : undefined);
  c.beginItem('10', L.item10, 24);
  c.paragraph(money(total), { size: 9, bold: true }, 'totalValue');
  c.endItem();

  // 11
  c.beginItem('11', L.item11, 24);
  c.paragraph(v.inquestReport ?? '', S_VALUE, 'inquestReport');
  c.endItem();

  // 12
  c.beginItem('12', L.item12, 30);
  c.paragraph(v.briefFacts, S_BODY, 'briefFacts');
  c.endItem();

  // 13
  c.beginItem('13', L.item13, 60);
  c.paragraph(L.actionIntro, S_VALUE, 'labels');
  const a = v.action;
  c.checks(
    [
      { label: L.actionInvestigating, checked: a.kind === 'investigating' },
      {
        label: fill(L.actionDirected, {
          name: a.kind === 'directed' ? a.io.name : BLANK,
          rank: a.kind === 'directed' ? a.io.rank : BLANK,
          number: a.kind === 'directed' ? (a.io.number ?? L.none) : BLANK,
        }),
        checked: a.kind === 'directed',
      },
      { label: fill(L.actionRefused, { reason: a.kind === 'refused' ? a.reason : BLANK }), checked: a.kind === 'refused' },
      {
        label: fill(L.actionTransferred, {
          ps: a.kind === 'transferred' ? a.policeStation : BLANK,
          district: a.kind === 'transferred' ? [a.district, a.state].filter(Boolean).join(', ') : BLANK,
        }),
        checked: a.kind === 'transferred',
      },
    ],
    'list',
    'action',
  );
  const sig = v.complainantSignature;
  if (!(sig.kind === 'e-fir' && sig.status !== 'signed')) c.paragraph(L.readOver, S_VALUE, 'labels');
  const o = v.officerInCharge;
  c.signature(L.officerSignature, [`${L.name}: ${o.name}`, `${L.rank}: ${o.rank}${o.number ? ` · ${L.number} ${o.number}` : ''}`], 'officerInCharge');
  c.endItem();

  // 14
  c.beginItem('14', L.item14, 24);
  const sigText =
    sig.kind === 'signature'
      ? L.signedOnOriginal
      : sig.kind === 'thumb-impression'
        ? L.thumbOnOriginal
        : sig.status === 'signed'
          ? fill(L.efirSigned, { date: formatDateTime(sig.signedAt, L) })
          : fill(sig.status === 'awaiting' ? L.efirAwaiting : L.efirLapsed, { date: formatDateTime(sig.dueBy, L) });
  c.paragraph(sigText, S_VALUE, 'complainantSignature');
  c.endItem();

  // 15
  c.beginItem('15', L.item15, 24);
  c.paragraph(v.dispatchedToCourtAt ? formatDateTime(v.dispatchedToCourtAt, L) : L.notDispatched, S_VALUE, 'dispatchedToCourt');
  c.endItem();
}

function accusedRow(a: FirCopyAccused, i: number, L: FirCopyLabels): string[] {
  if (a.kind === 'unknown') return [String(i + 1), L.unknown, a.description];
  return [String(i + 1), a.kind === 'known' ? L.known : L.suspected, a.alias ? `${a.name} (${L.alias} ${a.alias})` : a.name, relative(a.relative, L), ageSex(a.age, a.sex, L), a.address ?? ''];
}

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

/** Renders the FIR copy and reports what had to be worked around (e.g. a script with no font). */
export async function renderFirCopy(view: FirCopyView): Promise<FirCopyDocument> {
  const L = FIR_COPY_LABELS[view.language];
  const lang = FIR_COPY_LANGUAGES[view.language];
  if (!L || !lang) throw new TypeError(`no FIR copy labels for language '${String(view.language)}'`);
  const engine = await TextEngine.create(lang.script, lang.bcp47);
  const fonts = new FontRegistry();
  const composer = new Composer(engine, fonts, L, view);
  compose(composer);
  composer.footers();
  const ref = composer.firRef();
  const pdf = await buildPdf(composer.pages, fonts, [qrXObject(view.verification.url)], {
    title: `${L.title} — ${ref}`,
    subject: view.freeCopyForInformant ? (view.procedure === 'BNSS' ? L.freeCopyBnss : L.freeCopyCrpc) : L.form,
    author: fill(L.statePolice, { state: view.state }),
    keywords: `${view.verification.code} ${view.verification.url}`,
    creator: 'CCTNS',
    producer: 'CCTNS FIR copy (HarfBuzz shaping)',
    created: view.generatedAt,
    lang: lang.bcp47,
  });
  return { pdf, pageCount: composer.pages.length, warnings: engine.warnings.map((w) => ({ ...w })) };
}

/** Renders the FIR copy as PDF bytes. Warnings (if any) are available from renderFirCopy. */
export async function renderFirCopyPdf(view: FirCopyView): Promise<Buffer> {
  return (await renderFirCopy(view)).pdf;
}
