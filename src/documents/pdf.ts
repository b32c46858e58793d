/**
 * A small, deterministic PDF writer for the FIR copy: pages of vector drawing and text, TrueType
 * fonts embedded as CID fonts (Identity-H) with the glyph ids HarfBuzz chose, subset with
 * HarfBuzz's subsetter keeping glyph ids, a ToUnicode map per font and /ActualText on words whose
 * glyph order differs from the characters (so copying or searching Devanagari gives the real text).
 *
 * Same input, same bytes: no clock, no random ids; the file id is a hash of the content.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import type { LoadedFace, ShapedGlyph, Word } from './text.js';

/** Formats a number for a content stream: at most 3 decimals, no exponent, no '-0'. */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  if (Object.is(r, -0) || r === 0) return '0';
  return r.toFixed(3).replace(/\.?0+$/, '');
}

/** A PDF text string: literal when printable ASCII, otherwise UTF-16BE with a byte order mark. */
export function pdfString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<${utf16beHex(s, true)}>`;
}

function utf16beHex(s: string, bom: boolean): string {
  let out = bom ? 'FEFF' : '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return out;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** A font as used in one document: which glyphs, and what text each glyph stands for. */
export class FontUse {
  readonly toUnicode = new Map<number, string>();
  readonly glyphs = new Set<number>([0]);
  constructor(
    readonly face: LoadedFace,
    readonly resourceName: string,
  ) {}

  use(g: ShapedGlyph): void {
    this.glyphs.add(g.gid);
    if (g.text !== '' && !this.toUnicode.has(g.gid)) this.toUnicode.set(g.gid, g.text);
  }
}

export type Rgb = [number, number, number];

/**
 * Drawing on one page. Coordinates are from the top-left corner in points, y growing downwards,
 * like the layout; they are flipped when written.
 */
export class PageCanvas {
  readonly ops: string[] = [];
  readonly xobjects = new Set<string>();
  constructor(
    readonly width: number,
    readonly height: number,
    private readonly fonts: FontRegistry,
  ) {}

  private y(top: number): number {
    return this.height - top;
  }

  rect(x: number, top: number, w: number, h: number, opts: { fill?: Rgb; stroke?: Rgb; lineWidth?: number }): void {
    const parts: string[] = ['q'];
    if (opts.fill) parts.push(`${opts.fill.map(num).join(' ')} rg`);
    if (opts.stroke) parts.push(`${opts.stroke.map(num).join(' ')} RG ${num(opts.lineWidth ?? 0.5)} w`);
    parts.push(`${num(x)} ${num(this.y(top + h))} ${num(w)} ${num(h)} re`);
    parts.push(opts.fill && opts.stroke ? 'B' : opts.fill ? 'f' : 'S');
    parts.push('Q');
    this.ops.push(parts.join(' '));
  }

  line(x1: number, top1: number, x2: number, top2: number, lineWidth = 0.5, color: Rgb = [0, 0, 0], dash?: number[]): void {
    this.ops.push(`q ${color.map(num).join(' ')} RG ${num(lineWidth)} w ${dash ? `[${dash.map(num).join(' ')}] 0 d ` : ''}${num(x1)} ${num(this.y(top1))} m ${num(x2)} ${num(this.y(top2))} l S Q`);
  }

  /** Draws a form XObject scaled to size×size with its top-left corner at (x, top). */
  xobject(name: string, x: number, top: number, size: number): void {
    this.xobjects.add(name);
    this.ops.push(`q ${num(size)} 0 0 ${num(size)} ${num(x)} ${num(this.y(top + size))} cm /${name} Do Q`);
  }

  /**
   * Draws words on one baseline, separated by `space` points. Each glyph is placed where HarfBuzz
   * put it: advances through TJ adjustments, mark offsets through the text matrix.
   */
  words(words: Word[], x: number, baseline: number, size: number, space: number, color: Rgb = [0, 0, 0]): void {
    const out: string[] = ['BT', `${color.map(num).join(' ')} rg`];
    let pen = x;
    const y = this.y(baseline);
    let currentFont = '';
    for (let wi = 0; wi < words.length; wi++) {
      const word = words[wi]!;
      if (wi > 0) pen += space;
      // Record glyph use first so the ToUnicode map is final for this word's glyphs.
      let mapped = '';
      for (const run of word.runs) {
        const use = this.fonts.use(run.face);
        for (const g of run.glyphs) {
          use.use(g);
          mapped += use.toUnicode.get(g.gid) ?? '';
        }
      }
      const needsActualText = mapped !== word.text;
      if (needsActualText) out.push(`/Span <</ActualText <${utf16beHex(word.text, true)}> >> BDC`);
      for (const run of word.runs) {
        const use = this.fonts.use(run.face);
        const scale = size / run.face.upem;
        if (use.resourceName !== currentFont) {
          out.push(`/${use.resourceName} ${num(size)} Tf`);
          currentFont = use.resourceName;
        }
        let tj: string[] = [];
        let hexRun = '';
        let open = false;
        const flush = (): void => {
          if (hexRun) tj.push(`<${hexRun}>`);
          hexRun = '';
          if (open && tj.length) out.push(`[${tj.join(' ')}] TJ`);
          tj = [];
          open = false;
        };
        for (const g of run.glyphs) {
          const offset = g.xOffset !== 0 || g.yOffset !== 0;
          if (offset) {
            flush();
            out.push(`1 0 0 1 ${num(pen + g.xOffset * scale)} ${num(y + g.yOffset * scale)} Tm <${hex4(g.gid)}> Tj`);
          } else {
            if (!open) {
              out.push(`1 0 0 1 ${num(pen)} ${num(y)} Tm`);
              open = true;
            }
            hexRun += hex4(g.gid);
          }
          // The viewer advances by the glyph's width in the font (W array); correct to HarfBuzz's advance.
          const fontAdvance = run.face.advance(g.gid);
          if (!offset && fontAdvance !== g.advance) {
            tj.push(`<${hexRun}>`);
            hexRun = '';
            tj.push(num(((fontAdvance - g.advance) * 1000) / run.face.upem));
          }
          pen += g.advance * scale;
        }
        flush();
      }
      if (needsActualText) out.push('EMC');
    }
    out.push('ET');
    this.ops.push(out.join('\n'));
  }

  content(): string {
    return this.ops.join('\n');
  }
}

/** The fonts of one document, named F1, F2, … in order of first use. */
export class FontRegistry {
  private readonly uses = new Map<LoadedFace, FontUse>();
  use(face: LoadedFace): FontUse {
    let u = this.uses.get(face);
    if (!u) {
      u = new FontUse(face, `F${this.uses.size + 1}`);
      this.uses.set(face, u);
    }
    return u;
  }
  all(): FontUse[] {
    return [...this.uses.values()];
  }
}

export interface PdfInfo {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
  producer: string;
  /** ISO 8601 instant. */
  created: string;
  lang: string;
}

/** PDF date 'D:YYYYMMDDHHmmSS+05'30'' in IST from an ISO instant. */
export function pdfDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not a date: ${iso}`);
  const d = new Date(t + 330 * 60_000);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}+05'30'`;
}

class ObjectTable {
  private readonly bodies: Array<Buffer | undefined> = [];
  alloc(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }
  set(id: number, body: string | Buffer): void {
    this.bodies[id - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  }
  add(body: string | Buffer): number {
    const id = this.alloc();
    this.set(id, body);
    return id;
  }
  stream(dict: string, data: Buffer, compress = true): Buffer {
    const payload = compress ? zlib.deflateSync(data, { level: 9 }) : data;
    return Buffer.concat([Buffer.from(`<< ${dict}${compress ? ' /Filter /FlateDecode' : ''} /Length ${payload.length} >>\nstream\n`, 'latin1'), payload, Buffer.from('\nendstream', 'latin1')]);
  }
  serialize(rootId: number, infoId: number): Buffer {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0]!.length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (!body) throw new Error(`PDF object ${i + 1} was never written`);
      offsets.push(offset);
      const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
      chunks.push(chunk);
      offset += chunk.length;
    });
    const id = createHash('sha256').update(Buffer.concat(chunks)).digest('hex').slice(0, 32).toUpperCase();
    const xref = [`xref\n0 ${this.bodies.length + 1}\n`, '0000000000 65535 f \n'];
    for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
    xref.push(`trailer\n<< /Size ${this.bodies.length + 1} /Root ${rootId} 0 R /Info ${infoId} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${offset}\n%%EOF\n`);
    chunks.push(Buffer.from(xref.join(''), 'latin1'));
    return Buffer.concat(chunks);
  }
}

// ---- Font subsetting with HarfBuzz's subsetter (hb-subset, shipped in the harfbuzzjs package) ----

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, len: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(b: number): void;
  hb_blob_get_length(b: number): number;
  hb_blob_get_data(b: number, lenOut: number): number;
  hb_face_create(b: number, index: number): number;
  hb_face_destroy(f: number): void;
  hb_face_reference_blob(f: number): number;
  hb_set_add(s: number, v: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(i: number): void;
  hb_subset_input_set(i: number, which: number): number;
  hb_subset_input_set_flags(i: number, flags: number): void;
  hb_subset_or_fail(f: number, i: number): number;
}

let subsetter: Promise<SubsetExports> | null = null;

function loadSubsetter(): Promise<SubsetExports> {
  subsetter ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = fs.readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm, {});
    return instance.exports as unknown as SubsetExports;
  })();
  return subsetter;
}

const HB_SUBSET_SETS_GLYPH_INDEX = 0;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;
const HB_MEMORY_MODE_DUPLICATE = 0;

function tag(s: string): number {
  return ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;
}

/**
 * The font with only the given glyphs, glyph ids unchanged (so the content streams need no
 * remapping). Layout tables are dropped: a PDF viewer draws glyph ids, it does not shape.
 */
async function subsetFont(bytes: Uint8Array, gids: Iterable<number>): Promise<Buffer> {
  const e = await loadSubsetter();
  const ptr = e.malloc(bytes.length);
  new Uint8Array(e.memory.buffer).set(bytes, ptr);
  const blob = e.hb_blob_create(ptr, bytes.length, HB_MEMORY_MODE_DUPLICATE, 0, 0);
  const face = e.hb_face_create(blob, 0);
  e.hb_blob_destroy(blob);
  e.free(ptr);
  const input = e.hb_subset_input_create_or_fail();
  if (!input) throw new Error('hb_subset_input_create_or_fail failed');
  try {
    const glyphSet = e.hb_subset_input_set(input, HB_SUBSET_SETS_GLYPH_INDEX);
    for (const g of gids) e.hb_set_add(glyphSet, g);
    const drop = e.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const t of ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'kern', 'DSIG', 'STAT', 'meta', 'vhea', 'vmtx']) {
      e.hb_set_add(drop, tag(t));
    }
    e.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    const out = e.hb_subset_or_fail(face, input);
    if (!out) throw new Error('font subsetting failed');
    const outBlob = e.hb_face_reference_blob(out);
    const len = e.hb_blob_get_length(outBlob);
    const data = e.hb_blob_get_data(outBlob, 0);
    const result = Buffer.from(new Uint8Array(e.memory.buffer, data, len).slice());
    e.hb_blob_destroy(outBlob);
    e.hb_face_destroy(out);
    return result;
  } finally {
    e.hb_subset_input_destroy(input);
    e.hb_face_destroy(face);
  }
}

function subsetTag(use: FontUse): string {
  const h = createHash('sha256')
    .update(use.face.postscriptName)
    .update([...use.glyphs].sort((a, b) => a - b).join(','))
    .digest();
  let t = '';
  for (let i = 0; i < 6; i++) t += String.fromCharCode(65 + (h[i]! % 26));
  return t;
}

function toUnicodeCMap(use: FontUse): string {
  const entries = [...use.toUnicode.entries()].sort((a, b) => a[0] - b[0]);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [gid, text] of chunk) lines.push(`<${hex4(gid)}> <${utf16beHex(text, false)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

function widthsArray(use: FontUse): string {
  const gids = [...use.glyphs].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  const k = 1000 / use.face.upem;
  while (i < gids.length) {
    const start = gids[i]!;
    const ws: string[] = [];
    let j = i;
    while (j < gids.length && gids[j] === start + (j - i)) {
      ws.push(num(use.face.advance(gids[j]!) * k));
      j++;
    }
    parts.push(`${start} [${ws.join(' ')}]`);
    i = j;
  }
  return `[${parts.join(' ')}]`;
}

async function writeFont(objs: ObjectTable, use: FontUse): Promise<number> {
  const f = use.face;
  const k = 1000 / f.upem;
  const name = `${subsetTag(use)}+${f.postscriptName}`;
  const fontFile = await subsetFont(f.bytes, use.glyphs);
  const fileId = objs.add(objs.stream(`/Length1 ${fontFile.length}`, fontFile));
  const descriptorId = objs.add(
    `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${f.bbox.map((v) => num(v * k)).join(' ')}] /ItalicAngle 0 /Ascent ${num(f.ascender * k)} /Descent ${num(f.descender * k)} /CapHeight ${num(f.capHeight * k)} /StemV 80 /FontFile2 ${fileId} 0 R >>`,
  );
  const cidFontId = objs.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /DW 0 /W ${widthsArray(use)} /CIDToGIDMap /Identity >>`,
  );
  const toUnicodeId = objs.add(objs.stream('', Buffer.from(toUnicodeCMap(use), 'latin1')));
  return objs.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFontId} 0 R] /ToUnicode ${toUnicodeId} 0 R >>`);
}

/** A form XObject drawn in a 1×1 box (scaled by the page's cm): vector content in unit space. */
export interface FormXObject {
  name: string;
  content: string;
}

export async function buildPdf(pages: PageCanvas[], fonts: FontRegistry, xobjects: FormXObject[], info: PdfInfo): Promise<Buffer> {
  const objs = new ObjectTable();
  const catalogId = objs.alloc();
  const pagesId = objs.alloc();
  const infoId = objs.alloc();

  const fontRefs: string[] = [];
  for (const use of fonts.all()) fontRefs.push(`/${use.resourceName} ${await writeFont(objs, use)} 0 R`);
  const xobjectRefs: string[] = [];
  for (const x of xobjects) {
    const id = objs.add(objs.stream('/Type /XObject /Subtype /Form /BBox [0 0 1 1]', Buffer.from(x.content, 'latin1')));
    xobjectRefs.push(`/${x.name} ${id} 0 R`);
  }
  const resources = `<< /Font << ${fontRefs.join(' ')} >>${xobjectRefs.length ? ` /XObject << ${xobjectRefs.join(' ')} >>` : ''} /ProcSet [/PDF /Text] >>`;
  const resourcesId = objs.add(resources);

  const pageIds: number[] = [];
  for (const page of pages) {
    const contentId = objs.add(objs.stream('', Buffer.from(page.content(), 'latin1')));
    pageIds.push(objs.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources ${resourcesId} 0 R /Contents ${contentId} 0 R >>`));
  }
  objs.set(pagesId, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  objs.set(catalogId, `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang ${pdfString(info.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`);
  const date = pdfDate(info.created);
  objs.set(
    infoId,
    `<< /Title ${pdfString(info.title)} /Subject ${pdfString(info.subject)} /Author ${pdfString(info.author)} /Keywords ${pdfString(info.keywords)} /Creator ${pdfString(info.creator)} /Producer ${pdfString(info.producer)} /CreationDate (${date}) /ModDate (${date}) >>`,
  );
  return objs.serialize(catalogId, infoId);
}
