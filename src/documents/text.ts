/**
 * Text for the FIR copy: which font each character is printed in (by script), OpenType shaping with
 * HarfBuzz (the reference shaper: conjuncts, reph, pre-base matras, nukta), measuring and line
 * breaking. What comes out is positioned glyph ids; ./pdf.ts writes exactly those glyphs.
 *
 * Fonts are read from assets/fonts of this package, never from the system.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../util/paths.js';

type HarfBuzz = typeof import('harfbuzzjs');
type HbFont = InstanceType<HarfBuzz['Font']>;
type HbBuffer = InstanceType<HarfBuzz['Buffer']>;

/** ISO 15924 script codes; Zyyy = common (digits, punctuation, spaces), Zinh = inherited (combining marks, ZWJ). */
export type ScriptCode = 'Latn' | 'Grek' | 'Cyrl' | 'Deva' | 'Beng' | 'Guru' | 'Gujr' | 'Orya' | 'Taml' | 'Telu' | 'Knda' | 'Mlym' | 'Sinh' | 'Olck' | 'Arab' | 'Zyyy' | 'Zinh';

export const SCRIPT_NAMES: Record<ScriptCode, string> = {
  Latn: 'Latin',
  Grek: 'Greek',
  Cyrl: 'Cyrillic',
  Deva: 'Devanagari',
  Beng: 'Bengali',
  Guru: 'Gurmukhi',
  Gujr: 'Gujarati',
  Orya: 'Odia',
  Taml: 'Tamil',
  Telu: 'Telugu',
  Knda: 'Kannada',
  Mlym: 'Malayalam',
  Sinh: 'Sinhala',
  Olck: 'Ol Chiki',
  Arab: 'Arabic (Urdu, Kashmiri, Sindhi)',
  Zyyy: 'Common',
  Zinh: 'Inherited',
};

export interface FontFamilyFiles {
  /** File names in assets/fonts. */
  regular: string;
  bold: string;
}

const NOTO_SANS: FontFamilyFiles = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' };
const NOTO_SANS_DEVANAGARI: FontFamilyFiles = {
  regular: 'NotoSansDevanagari-Regular.ttf',
  bold: 'NotoSansDevanagari-Bold.ttf',
};

/**
 * The bundled font for each script. A regional language in a new script adds one line here, e.g.
 * `Taml: { regular: 'NotoSansTamil-Regular.ttf', bold: 'NotoSansTamil-Bold.ttf' }`, with the files
 * (and their OFL licence) in assets/fonts. Text in a script with no entry is still printed (as the
 * font's missing-glyph boxes, with the real text kept in the PDF's text layer) and reported as a
 * warning.
 */
export const SCRIPT_FONTS: Partial<Record<ScriptCode, FontFamilyFiles>> = {
  Latn: NOTO_SANS,
  Grek: NOTO_SANS,
  Cyrl: NOTO_SANS,
  Deva: NOTO_SANS_DEVANAGARI,
};

/** The font used for text whose script has no font (prints missing-glyph boxes). */
const FALLBACK_FAMILY = NOTO_SANS;

export const FONT_DIR = path.join(PACKAGE_ROOT, 'assets', 'fonts');

const RANGES: Array<[number, number, ScriptCode]> = [
  [0x0041, 0x005a, 'Latn'],
  [0x0061, 0x007a, 'Latn'],
  [0x00aa, 0x00aa, 'Latn'],
  [0x00ba, 0x00ba, 'Latn'],
  [0x00c0, 0x00d6, 'Latn'],
  [0x00d8, 0x00f6, 'Latn'],
  [0x00f8, 0x024f, 'Latn'],
  [0x0250, 0x02af, 'Latn'],
  [0x0300, 0x036f, 'Zinh'],
  [0x0370, 0x03ff, 'Grek'],
  [0x0400, 0x052f, 'Cyrl'],
  [0x0600, 0x06ff, 'Arab'],
  [0x0750, 0x077f, 'Arab'],
  [0x0900, 0x0963, 'Deva'],
  [0x0964, 0x0965, 'Zyyy'], // danda, double danda: shared by the Indic scripts
  [0x0966, 0x097f, 'Deva'],
  [0x0980, 0x09ff, 'Beng'],
  [0x0a00, 0x0a7f, 'Guru'],
  [0x0a80, 0x0aff, 'Gujr'],
  [0x0b00, 0x0b7f, 'Orya'],
  [0x0b80, 0x0bff, 'Taml'],
  [0x0c00, 0x0c7f, 'Telu'],
  [0x0c80, 0x0cff, 'Knda'],
  [0x0d00, 0x0d7f, 'Mlym'],
  [0x0d80, 0x0dff, 'Sinh'],
  [0x1c50, 0x1c7f, 'Olck'],
  [0x1cd0, 0x1cff, 'Deva'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x200c, 0x200d, 'Zinh'], // ZWNJ, ZWJ: belong to the letters around them
  [0x2c60, 0x2c7f, 'Latn'],
  [0xa720, 0xa7ff, 'Latn'],
  [0xa8e0, 0xa8ff, 'Deva'],
  [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
];

export function scriptOf(cp: number): ScriptCode {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return r[2];
  }
  return 'Zyyy';
}

/** One font file, loaded once per process. Metrics are in font units. */
export interface LoadedFace {
  file: string;
  bytes: Uint8Array;
  font: HbFont;
  upem: number;
  postscriptName: string;
  ascender: number;
  descender: number;
  capHeight: number;
  bbox: [number, number, number, number];
  glyphFor(cp: number): number | undefined;
  advance(gid: number): number;
}

export interface ShapedGlyph {
  gid: number;
  /** Advance, offsets in font units, as HarfBuzz positioned them. */
  advance: number;
  xOffset: number;
  yOffset: number;
  /** The source text this glyph stands for (for the PDF's ToUnicode map); '' when another glyph of the same characters carries it. */
  text: string;
}

export interface ShapedRun {
  face: LoadedFace;
  text: string;
  glyphs: ShapedGlyph[];
  /** Sum of advances, font units. */
  width: number;
}

/** A unit between spaces: one or more runs (one per font). */
export interface Word {
  text: string;
  runs: ShapedRun[];
}

export interface TextStyle {
  size: number;
  bold?: boolean;
}

export interface Line {
  words: Word[];
  /** Width in points at the style's size, spaces included. */
  width: number;
}

let harfbuzz: Promise<HarfBuzz> | null = null;
const faces = new Map<string, LoadedFace>();

export function loadHarfBuzz(): Promise<HarfBuzz> {
  harfbuzz ??= import('harfbuzzjs');
  return harfbuzz;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}
function i16(b: Uint8Array, o: number): number {
  const v = u16(b, o);
  return v >= 0x8000 ? v - 0x10000 : v;
}

function loadFace(hb: HarfBuzz, file: string): LoadedFace {
  const cached = faces.get(file);
  if (cached) return cached;
  const bytes = new Uint8Array(fs.readFileSync(path.join(FONT_DIR, file)));
  const face = new hb.Face(new hb.Blob(bytes));
  const font = new hb.Font(face);
  // Tables are copied out: views into WebAssembly memory can be detached when it grows.
  const head = face.referenceTable('head')?.slice();
  const hhea = face.referenceTable('hhea')?.slice();
  const os2 = face.referenceTable('OS/2')?.slice();
  if (!head || !hhea) throw new Error(`font ${file} has no head/hhea table`);
  const upem = u16(head, 18);
  const ascender = i16(hhea, 4);
  const descender = i16(hhea, 6);
  const capHeight = os2 && u16(os2, 0) >= 2 && os2.length >= 90 ? i16(os2, 88) : Math.round(ascender * 0.7);
  const glyphCache = new Map<number, number | undefined>();
  const advCache = new Map<number, number>();
  const loaded: LoadedFace = {
    file,
    bytes,
    font,
    upem,
    postscriptName: face.getName(6, 'en') || file.replace(/\.[ot]tf$/, ''),
    ascender,
    descender,
    capHeight,
    bbox: [i16(head, 36), i16(head, 38), i16(head, 40), i16(head, 42)],
    glyphFor(cp) {
      if (!glyphCache.has(cp)) {
        const g = font.nominalGlyph(cp);
        glyphCache.set(cp, g === undefined || g === 0 ? undefined : g);
      }
      return glyphCache.get(cp);
    },
    advance(gid) {
      let a = advCache.get(gid);
      if (a === undefined) {
        a = font.glyphHAdvance(gid);
        advCache.set(gid, a);
      }
      return a;
    },
  };
  faces.set(file, loaded);
  return loaded;
}

export interface TextWarning {
  code: 'unsupported-script' | 'missing-glyph';
  field: string;
  message: string;
}

/**
 * Shapes, measures and breaks text for one document. Collects warnings (text in scripts with no
 * font, characters no font has) instead of failing.
 */
export class TextEngine {
  /** Field whose text is being laid out, for warnings. */
  field = '';
  readonly warnings: TextWarning[] = [];
  private readonly warned = new Set<string>();
  private readonly buffer: HbBuffer;
  private readonly shapeCache = new Map<string, ShapedRun>();
  private readonly segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

  private constructor(
    private readonly hb: HarfBuzz,
    private readonly primaryScript: ScriptCode,
    private readonly language: string,
  ) {
    this.buffer = new hb.Buffer();
  }

  static async create(primaryScript: ScriptCode, language: string): Promise<TextEngine> {
    const hb = await loadHarfBuzz();
    return new TextEngine(hb, primaryScript, language);
  }

  face(script: ScriptCode, bold: boolean): LoadedFace {
    const family = SCRIPT_FONTS[script] ?? FALLBACK_FAMILY;
    return loadFace(this.hb, bold ? family.bold : family.regular);
  }

  private warn(code: TextWarning['code'], key: string, message: string): void {
    const k = `${this.field}\u0000${code}\u0000${key}`;
    if (this.warned.has(k)) return;
    this.warned.add(k);
    this.warnings.push({ code, field: this.field, message });
  }

  /** Splits a word (no spaces) into runs of one font each and shapes them. */
  word(text: string, bold: boolean): Word {
    const cps = Array.from(text);
    const scripts = cps.map((c) => scriptOf(c.codePointAt(0)!));
    // Inherited characters take the script before them; common ones the nearest letter's script.
    for (let i = 0; i < scripts.length; i++) {
      if (scripts[i] === 'Zinh' && i > 0) scripts[i] = scripts[i - 1]!;
    }
    let last: ScriptCode | null = null;
    for (let i = 0; i < scripts.length; i++) {
      const s = scripts[i]!;
      if (s === 'Zyyy' || s === 'Zinh') {
        if (last) scripts[i] = last;
      } else last = s;
    }
    let next: ScriptCode | null = null;
    for (let i = scripts.length - 1; i >= 0; i--) {
      const s = scripts[i]!;
      if (s === 'Zyyy' || s === 'Zinh') scripts[i] = next ?? this.primaryScript;
      else next = s;
    }
    // Choose the face per character.
    const chosen: LoadedFace[] = [];
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i]!.codePointAt(0)!;
      const original = scriptOf(cp);
      const script = scripts[i]!;
      if (!SCRIPT_FONTS[script]) {
        this.warn('unsupported-script', script, `${SCRIPT_NAMES[script]} text in ${this.field || 'the copy'} has no bundled font; printed as boxes, the text layer keeps the characters`);
      }
      let face = this.face(script, bold);
      if (original === 'Zinh' && i > 0) face = chosen[i - 1]!;
      else if (face.glyphFor(cp) === undefined && SCRIPT_FONTS[script] && !isFormatChar(cp)) {
        const other = this.anyFaceWith(cp, bold);
        if (other) face = other;
        else this.warn('missing-glyph', cps[i]!, `U+${cp.toString(16).toUpperCase().padStart(4, '0')} in ${this.field || 'the copy'} is in no bundled font; printed as a box`);
      }
      chosen.push(face);
    }
    const runs: ShapedRun[] = [];
    let start = 0;
    for (let i = 1; i <= cps.length; i++) {
      if (i === cps.length || chosen[i] !== chosen[start]) {
        const runText = cps.slice(start, i).join('');
        runs.push(this.shape(chosen[start]!, runText, scripts[start]!));
        start = i;
      }
    }
    return { text, runs };
  }

  private anyFaceWith(cp: number, bold: boolean): LoadedFace | undefined {
    const seen = new Set<FontFamilyFiles>();
    for (const family of Object.values(SCRIPT_FONTS)) {
      if (!family || seen.has(family)) continue;
      seen.add(family);
      const f = loadFace(this.hb, bold ? family.bold : family.regular);
      if (f.glyphFor(cp) !== undefined) return f;
    }
    return undefined;
  }

  /** Shapes one run with HarfBuzz. */
  shape(face: LoadedFace, text: string, script: ScriptCode): ShapedRun {
    const key = `${face.file}\u0000${script}\u0000${text}`;
    const hit = this.shapeCache.get(key);
    if (hit) return hit;
    const hb = this.hb;
    const buf = this.buffer;
    buf.clearContents();
    buf.addText(text);
    buf.setDirection(hb.Direction.LTR);
    buf.setScript(script === 'Zyyy' || script === 'Zinh' ? this.primaryScript : script);
    buf.setLanguage(this.language);
    // Character-level clusters: each glyph keeps the index of the first character it came from, so
    // the text layer can say which characters a glyph stands for. The glyphs themselves are the same
    // as with HarfBuzz's default cluster level (checked by test/unit/fir-copy.test.ts).
    buf.setClusterLevel(hb.ClusterLevel.CHARACTERS);
    hb.shape(face.font, buf);
    const infos = buf.getGlyphInfos();
    const positions = buf.getGlyphPositions();
    const clusterStarts = [...new Set(infos.map((g) => g.cluster))].sort((a, b) => a - b);
    const taken = new Set<number>();
    const glyphs: ShapedGlyph[] = [];
    let width = 0;
    infos.forEach((info, i) => {
      const pos = positions[i]!;
      const c = info.cluster;
      let glyphText = '';
      if (!taken.has(c)) {
        taken.add(c);
        const nextStart = clusterStarts.find((s) => s > c) ?? text.length;
        glyphText = text.slice(c, nextStart);
      }
      glyphs.push({ gid: info.codepoint, advance: pos.xAdvance, xOffset: pos.xOffset, yOffset: pos.yOffset, text: glyphText });
      width += pos.xAdvance;
    });
    const run: ShapedRun = { face, text, glyphs, width };
    this.shapeCache.set(key, run);
    return run;
  }

  wordWidth(word: Word, size: number): number {
    let w = 0;
    for (const r of word.runs) w += (r.width * size) / r.face.upem;
    return w;
  }

  spaceWidth(style: TextStyle): number {
    const face = this.face(this.primaryScript, !!style.bold);
    const gid = face.glyphFor(0x20);
    return gid === undefined ? style.size * 0.26 : (face.advance(gid) * style.size) / face.upem;
  }

  measure(text: string, style: TextStyle): number {
    const words = text.split(/ +/).filter((w) => w !== '');
    let w = 0;
    for (const word of words) w += this.wordWidth(this.word(word, !!style.bold), style.size);
    return w + Math.max(0, words.length - 1) * this.spaceWidth(style);
  }

  /** Breaks text into lines no wider than maxWidth; '\n' starts a new line. */
  wrap(text: string, style: TextStyle, maxWidth: number): Line[] {
    const lines: Line[] = [];
    const space = this.spaceWidth(style);
    const bold = !!style.bold;
    for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n')) {
      let current: Line = { words: [], width: 0 };
      const push = (word: Word, width: number): void => {
        const extra = current.words.length ? space + width : width;
        if (current.words.length && current.width + extra > maxWidth + 0.01) {
          lines.push(current);
          current = { words: [word], width };
        } else {
          current.words.push(word);
          current.width += extra;
        }
      };
      for (const token of paragraph.split(/ +/)) {
        if (token === '') continue;
        const word = this.word(token, bold);
        const width = this.wordWidth(word, style.size);
        if (width <= maxWidth) {
          push(word, width);
          continue;
        }
        // A word wider than the line (a long URL or number): break it between graphemes.
        let chunk = '';
        for (const { segment } of this.segmenter.segment(token)) {
          const candidate = chunk + segment;
          if (chunk && this.wordWidth(this.word(candidate, bold), style.size) > maxWidth) {
            const w = this.word(chunk, bold);
            push(w, this.wordWidth(w, style.size));
            chunk = segment;
          } else chunk = candidate;
        }
        if (chunk) {
          const w = this.word(chunk, bold);
          push(w, this.wordWidth(w, style.size));
        }
      }
      lines.push(current);
    }
    return lines;
  }
}

function isFormatChar(cp: number): boolean {
  return cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff;
}

/** Test hook: the loaded face for a bundled font file (shaping reference in tests). */
export async function bundledFace(file: string): Promise<LoadedFace> {
  return loadFace(await loadHarfBuzz(), file);
}
