/**
 * The page layout every form shares (A4, ruled boxes like the printed IIF forms): a first-page header
 * with the form's name, title, governing section and the QR code of the verification URL; a short
 * header on continuation pages; a footer with the verification code and "page X of Y" on every page;
 * and the building blocks a form is made of — numbered items, rows of labelled boxes, tables whose
 * header repeats after a page break, free text that flows over pages, tick boxes and signatures.
 */
import { fill, type CommonLabels } from './labels.js';
import { formatInstant } from './format.js';
import { PageCanvas, type FontRegistry, type Rgb } from '../pdf.js';
import type { Line, TextEngine, TextStyle } from '../text.js';
import type { DocumentVerification } from './types.js';

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 36;
const TOP = 28;
export const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const FOOTER_TOP = PAGE_H - 58;
const BODY_BOTTOM = FOOTER_TOP - 6;

const BLACK: Rgb = [0, 0, 0];
const LABEL_GREY: Rgb = [0.3, 0.3, 0.3];
const RULE: Rgb = [0.25, 0.25, 0.25];
const TITLE_FILL: Rgb = [0.88, 0.9, 0.93];
const SUBHEAD_FILL: Rgb = [0.95, 0.95, 0.95];
const TABLE_HEAD_FILL: Rgb = [0.95, 0.95, 0.95];

const S_LABEL: TextStyle = { size: 7.5 };
export const S_VALUE: TextStyle = { size: 9 };
const S_ITEM: TextStyle = { size: 8.5, bold: true };
const S_SUBHEAD: TextStyle = { size: 7.5, bold: true };
export const S_BODY: TextStyle = { size: 9.5 };
const PAD = 3.5;

function lineHeight(s: TextStyle): number {
  return s.size * 1.45;
}
/** Baseline below the top of a line: room for matras and reph above the Devanagari headline. */
function ascent(s: TextStyle): number {
  return s.size * 1.06;
}

export interface Cell {
  label?: string;
  value: string;
  /** Fraction of the row's width. */
  w: number;
  align?: 'left' | 'right' | 'center';
}

export interface Column {
  label: string;
  w: number;
  align?: 'left' | 'right' | 'center';
}

export interface SignatureBlock {
  caption: string;
  details: string[];
}

/** What frames every page of one document. */
export interface FormFrame {
  /** Small line at the top left, e.g. 'Integrated Investigation Form – III (IIF-3)'. */
  formName: string;
  /** e.g. 'ARREST / COURT SURRENDER MEMO'. */
  title: string;
  /** The governing provision under the title, e.g. '(Under Sections 36 and 48 BNSS)'. */
  governing: string;
  state: string;
  /** One line naming the case, on continuation headers and footers. */
  reference: string;
  verification: DocumentVerification;
  generatedAt: string;
  /** Record version printed at the top right and in the footer, when the document has one. */
  version?: number;
  /** A boxed notice under the heading on page 1 (the informant's free copy, "not for the accused"). */
  banner?: string;
  /** Short notes put before the version and generation time in every footer. */
  footerNotes?: string[];
}

/** Lays a form out page by page, then adds footers once the page count is known. */
export class FormComposer {
  readonly pages: PageCanvas[] = [];
  private page!: PageCanvas;
  private y = 0;
  private item: { num: string; title: string } | null = null;
  /** Called at a page break inside a table to repeat its header. */
  private onBreak: (() => void) | null = null;

  constructor(
    readonly engine: TextEngine,
    readonly fonts: FontRegistry,
    readonly C: CommonLabels,
    readonly frame: FormFrame,
  ) {}

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
    const f = this.frame;
    const C = this.C;
    this.engine.field = 'header';
    let y = TOP;
    this.text(f.formName, MARGIN_X, y, { size: 7 }, { color: LABEL_GREY, width: CONTENT_W - 80 });
    if (f.version !== undefined) this.text(fill(C.version, { version: f.version }), MARGIN_X, y, { size: 7 }, { color: LABEL_GREY, align: 'right', width: CONTENT_W - 70 });
    // QR code of the verification URL, top right.
    const qr = 58;
    const qrX = PAGE_W - MARGIN_X - qr;
    this.page.xobject('QR', qrX, y, qr);
    this.text(C.scanToVerify, qrX - 10, y + qr + 1, { size: 6 }, { color: LABEL_GREY, align: 'center', width: qr + 20 });
    y += 12;
    const headW = CONTENT_W - 2 * (qr + 4);
    const headX = MARGIN_X + qr + 4;
    y += this.text(fill(C.statePolice, { state: f.state }), headX, y, { size: 11, bold: true }, { align: 'center', width: headW });
    y += this.text(f.title, headX, y, { size: 16, bold: true }, { align: 'center', width: headW });
    y += this.text(f.governing, headX, y, { size: 9.5 }, { align: 'center', width: headW });
    y = Math.max(y, TOP + qr + 12) + 4;
    if (f.banner) {
      const s: TextStyle = { size: 9.5, bold: true };
      const lines = this.wrap(f.banner, s, CONTENT_W - 12);
      const h = lines.length * lineHeight(s) + 6;
      this.page.rect(MARGIN_X, y, CONTENT_W, h, { fill: [0.93, 0.96, 0.93], stroke: BLACK, lineWidth: 1.2 });
      this.page.rect(MARGIN_X + 2, y + 2, CONTENT_W - 4, h - 4, { stroke: BLACK, lineWidth: 0.4 });
      this.drawLines(lines, MARGIN_X + 6, y + 3, s, { align: 'center', width: CONTENT_W - 12 });
      y += h + 6;
    }
    return y;
  }

  private continuationHeader(): number {
    this.engine.field = 'header';
    const y = TOP;
    this.text(`${this.frame.title} (${this.C.continued})`, MARGIN_X, y, { size: 9, bold: true }, { width: CONTENT_W / 2 });
    this.text(this.frame.reference, MARGIN_X + CONTENT_W / 2, y + 1, { size: 8 }, { align: 'right', width: CONTENT_W / 2 });
    const ruleY = y + lineHeight({ size: 9 }) + 2;
    this.page.line(MARGIN_X, ruleY, MARGIN_X + CONTENT_W, ruleY, 0.8);
    return ruleY + 8;
  }

  footers(): void {
    const f = this.frame;
    const C = this.C;
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
      this.text(C.verificationCode, MARGIN_X, y, small, { color: LABEL_GREY, width: leftW });
      this.text(fill(C.page, { page: i + 1, pages: total }), rx, y, { size: 8.5, bold: true }, { align: 'right', width: rw });
      y += lineHeight(small);
      this.text(f.verification.code, MARGIN_X, y - 1, { size: 11, bold: true }, { width: leftW });
      this.text(f.reference, rx, y + 3, small, { align: 'right', width: rw });
      y += lineHeight({ size: 11 });
      const verify = fill(C.verifyAt, { url: f.verification.url });
      const tail = [...(f.footerNotes ?? []), ...(f.version !== undefined ? [fill(C.version, { version: f.version })] : []), fill(C.generatedOn, { date: formatInstant(f.generatedAt, C) })];
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
    const lines = this.wrap(contd ? `${title} (${this.C.continued})` : title, s, CONTENT_W - numW - PAD * 2, 'labels');
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

  /** A numbered item: its title bar, then whatever `body` draws, continued over pages as needed. */
  section(numText: string, title: string, body: () => void, keep?: number): void {
    this.beginItem(numText, title, keep);
    body();
    this.endItem();
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
      const value = this.wrap(c.value === '' ? this.C.none : c.value, S_VALUE, inner, field);
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
    for (const row of rows.length ? rows : [['', '']]) {
      const spans = row.map((_, i) => (i === row.length - 1 ? widths.slice(i).reduce((a, b) => a + b, 0) : widths[i]!));
      const laid = row.map((cell, i) => this.wrap(cell === '' ? this.C.none : cell, S_VALUE, spans[i]! - PAD * 2, field));
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
    const lines = this.wrap(text === '' ? this.C.none : text, style, CONTENT_W - PAD * 2 - 4, field);
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
    this.signatures([{ caption, details }], field);
  }

  /**
   * Signature blocks side by side in one ruled box (one block sits at the right): blank space to
   * sign, a dotted rule, the caption, then the signer's particulars.
   */
  signatures(blocks: SignatureBlock[], field: string): void {
    const n = blocks.length;
    const gap = 10;
    const w = n === 1 ? CONTENT_W * 0.46 : (CONTENT_W - PAD * 2 - gap * (n - 1)) / n;
    const laid = blocks.map((b) => ({
      cap: this.wrap(b.caption, S_LABEL, w, 'labels'),
      details: b.details.map((d) => this.wrap(d, S_VALUE, w, field)),
    }));
    const h = 26 + Math.max(...laid.map((l) => l.cap.length * lineHeight(S_LABEL) + l.details.reduce((a, d) => a + d.length * lineHeight(S_VALUE), 0))) + PAD * 2;
    this.ensure(h);
    this.page.rect(MARGIN_X, this.y, CONTENT_W, h, { stroke: RULE });
    laid.forEach((l, i) => {
      const x = n === 1 ? MARGIN_X + CONTENT_W - w - PAD : MARGIN_X + PAD + i * (w + gap);
      let y = this.y + 24;
      this.page.line(x, y, x + w, y, 0.5, BLACK, [1.5, 1.5]);
      y += 2;
      y += this.drawLines(l.cap, x, y, S_LABEL, { color: LABEL_GREY, align: 'center', width: w });
      for (const d of l.details) y += this.drawLines(d, x, y, S_VALUE, { align: 'center', width: w });
    });
    this.y += h;
  }
}
