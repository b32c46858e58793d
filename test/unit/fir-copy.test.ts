import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';
import * as hb from 'harfbuzzjs';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { FIR_COPY_LABELS } from '../../src/documents/fir-copy/labels.js';
import { renderFirCopy, renderFirCopyPdf } from '../../src/documents/fir-copy/render.js';
import { FONT_DIR } from '../../src/documents/text.js';
import type { FirCopyView, FirCopyVictim } from '../../src/documents/fir-copy/types.js';

// ---------------------------------------------------------------------------------------------
// Sample: theft of a motorcycle, BNS 303(2); Hindi brief facts; two accused; one masked victim.
// ---------------------------------------------------------------------------------------------

/** Words whose shaping is checked glyph by glyph (conjuncts, reph, pre-base matra, nukta). */
const SHAPING_SAMPLES = ['प्रथम सूचना रिपोर्ट', 'क्षेत्रीय', 'धारा', 'पुलिस थाना', 'श्रीमती', 'हस्ताक्षर', 'ज़िला', 'कृष्ण', 'अर्जुन'];

const HINDI_FACTS =
  'मैं, सुरेश कुमार पाटिल, पुत्र श्री रामचंद्र पाटिल, निवासी फ्लैट नं. 12, श्रीकृष्ण अपार्टमेंट, कर्वे रोड, कोथरूड, पुणे, आज दिनांक 14/03/2026 को थाने पर उपस्थित होकर यह लिखित शिकायत प्रस्तुत करता हूँ कि मेरे नाम पर पंजीकृत हीरो स्प्लेंडर प्लस मोटरसाइकिल, पंजीयन क्रमांक MH-12-AB-1234, काले रंग की, जिसे मैंने वर्ष 2022 में ₹ 72,000 में क्रय किया था, मैंने दिनांक 13/03/2026 की रात्रि लगभग 21:30 बजे हैंडल लॉक लगाकर अपने अपार्टमेंट की पार्किंग में खड़ी की थी। ' +
  'दिनांक 14/03/2026 को प्रातः लगभग 06:15 बजे जब मैं नीचे आया, तो मोटरसाइकिल अपने स्थान पर नहीं थी। मैंने अपार्टमेंट के चौकीदार श्री अर्जुन यादव से पूछताछ की, जिन्होंने बताया कि रात्रि लगभग 02:00 बजे दो व्यक्ति पार्किंग के पास घूमते हुए दिखाई दिए थे। ' +
  'अपार्टमेंट के सीसीटीवी कैमरे की रिकॉर्डिंग देखने पर ज्ञात हुआ कि दो युवक, जिनमें से एक ने लाल रंग की जैकेट पहन रखी थी, हैंडल लॉक तोड़कर मेरी मोटरसाइकिल धक्का देते हुए कर्वे रोड की ओर ले गए। चौकीदार ने इनमें से एक युवक को पहचाना, जो पास की बस्ती में रहने वाला राहुल उर्फ़ गोलू शिंदे है। दूसरा युवक अज्ञात है, जिसकी आयु लगभग 20-22 वर्ष, कद लगभग 5 फुट 6 इंच तथा शरीर दुबला-पतला है। ' +
  'मैंने अपने स्तर पर आसपास के क्षेत्रों में तलाश की, किंतु मोटरसाइकिल का कोई पता नहीं चला, इस कारण थाने पर सूचना देने में कुछ विलंब हुआ। अतः निवेदन है कि ज्ञात एवं अज्ञात आरोपियों के विरुद्ध उचित वैधानिक कार्यवाही कर मेरी चोरी गई मोटरसाइकिल बरामद कराने की कृपा करें। ' +
  // ज़ typed as ज + nukta (U+091C U+093C), as keyboards produce it.
  'यह प्रथम सूचना रिपोर्ट पुलिस थाना शिवाजीनगर, \u091C\u093Cिला पुणे में धारा 303(2) के अंतर्गत दर्ज की गई; गवाह श्रीमती राधा कृष्ण कुलकर्णी तथा चौकीदार अर्जुन यादव ने हस्ताक्षर किए। क्षेत्रीय गश्त दल को सूचित किया गया।';

const MASKED_NAME = 'Kavita Deshmukh';
const MASKED_NAME_HI = 'कविता देशमुख';
const MASKED_ADDRESS = 'Gokhale Nagar Lane 7';

function sampleView(language: 'en' | 'hi', overrides: Partial<FirCopyView> = {}): FirCopyView {
  // A caller that wrongly leaves identifying fields on a masked victim: the renderer must not read them.
  const masked = { masked: true, name: `${MASKED_NAME} / ${MASKED_NAME_HI}`, address: MASKED_ADDRESS } as unknown as FirCopyVictim;
  const hi = language === 'hi';
  return {
    language,
    procedure: 'BNSS',
    penalCode: 'BNS',
    state: hi ? 'महाराष्ट्र' : 'Maharashtra',
    district: hi ? 'पुणे' : 'Pune',
    policeStation: hi ? 'शिवाजीनगर' : 'Shivajinagar',
    year: 2026,
    firNumber: '0042',
    registeredAt: { date: '2026-03-14', time: '11:20' },
    sections: [{ act: 'BNS', section: '303(2)', title: hi ? 'चोरी' : 'Theft' }],
    occurrence: {
      from: { date: '2026-03-13', time: '21:30' },
      to: { date: '2026-03-14', time: '06:15' },
      timePeriod: hi ? 'रात्रि' : 'Night',
    },
    informationReceivedAt: { date: '2026-03-14', time: '10:55' },
    generalDiary: { entryNo: '037', at: { date: '2026-03-14', time: '11:05' } },
    informationType: 'written',
    zeroFir: false,
    place: {
      directionAndDistance: hi ? 'पश्चिम, 2.5 कि.मी.' : 'West, 2.5 km',
      beatNo: 'B-04',
      address: 'श्रीकृष्ण अपार्टमेंट पार्किंग, कर्वे रोड, कोथरूड, पुणे 411038',
      coordinates: { lat: 18.50741, lon: 73.80771 },
    },
    complainant: {
      name: 'सुरेश कुमार पाटिल (Suresh Kumar Patil)',
      relative: { relation: 'father', name: 'रामचंद्र पाटिल' },
      dateOrYearOfBirth: '1984',
      nationality: hi ? 'भारतीय' : 'Indian',
      occupation: hi ? 'निजी सेवा' : 'Private service',
      address: 'Flat 12, Shrikrishna Apartment, Karve Road, Kothrud, Pune 411038',
      phone: '98220 12345',
    },
    victims: [{ masked: false, name: 'सुरेश कुमार पाटिल', age: 42, sex: 'male', address: 'Flat 12, Shrikrishna Apartment, Kothrud' }, masked],
    accused: [
      {
        kind: 'known',
        name: 'राहुल शिंदे',
        alias: 'गोलू',
        relative: { relation: 'father', name: 'दत्तात्रय शिंदे' },
        age: 23,
        sex: 'male',
        address: 'Shastri Nagar Vasti, Kothrud, Pune',
      },
      { kind: 'unknown', description: 'आयु लगभग 20-22 वर्ष, कद लगभग 5 फुट 6 इंच, दुबला-पतला, लाल रंग की जैकेट' },
    ],
    delayReasons: 'शिकायतकर्ता ने स्वयं आसपास के क्षेत्रों में मोटरसाइकिल की तलाश की।',
    properties: [
      { description: 'Hero Splendor Plus motorcycle, black, MH-12-AB-1234, chassis MBLHA10AMEHB12345, engine HA10EJEHB56789', value: 55000 },
      { description: 'ड्राइविंग लाइसेंस व पंजीयन प्रमाण-पत्र की प्रतियाँ' },
    ],
    briefFacts: HINDI_FACTS,
    action: {
      kind: 'directed',
      io: { name: 'संजय जाधव (Sanjay Jadhav)', rank: hi ? 'उप निरीक्षक' : 'Sub-Inspector', number: 'PSI-4471' },
    },
    officerInCharge: { name: 'Meera Kulkarni', rank: hi ? 'पुलिस निरीक्षक' : 'Police Inspector', number: 'PI-1182' },
    complainantSignature: { kind: 'signature' },
    verification: {
      code: 'MH-PUN-PS01-2026-0042-7KQ9-X2PD',
      url: 'https://verify.police.example/fir/MH-PUN-PS01-2026-0042-7KQ9-X2PD',
    },
    version: 1,
    freeCopyForInformant: true,
    generatedAt: '2026-03-14T06:00:00Z',
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the PDF back: pdf-lib parses it; a small content-stream reader gets the glyph ids drawn
// per font, and the text a copy-paste would give (ActualText where present, else ToUnicode).
// ---------------------------------------------------------------------------------------------

interface PageRead {
  /** Glyph ids drawn, in content order, per font (BaseFont without the subset tag). */
  glyphs: Map<string, number[]>;
  /** Text of the page with all whitespace removed. */
  text: string;
  streams: string[];
}

interface PdfRead {
  doc: PDFDocument;
  pages: PageRead[];
}

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/<>[\]()]+|\((?:\\.|[^\\)])*\)|[^\s/<>[\]()]+)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) && m[1] !== undefined) tokens.push(m[1]);
  return tokens;
}

function hexGids(tok: string): number[] {
  const hex = tok.slice(1, -1).replace(/\s/g, '');
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 4) out.push(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function utf16be(tok: string): string {
  const hex = tok.slice(1, -1).replace(/\s/g, '').replace(/^FEFF/i, '');
  let s = '';
  for (let i = 0; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      map.set(parseInt(m[1]!, 16), utf16be(`<${m[2]}>`));
    }
  }
  return map;
}

async function readPdf(bytes: Buffer): Promise<PdfRead> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages: PageRead[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const rawStreams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const streams = rawStreams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1'));
    const fontDict = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    const fonts = new Map<string, { base: string; toUnicode: Map<number, string> }>();
    for (const [name, ref] of fontDict.entries()) {
      const font = doc.context.lookup(ref, PDFDict);
      const base = font
        .get(PDFName.of('BaseFont'))!
        .toString()
        .slice(1)
        .replace(/^[A-Z]{6}\+/, '');
      const tu = font.lookup(PDFName.of('ToUnicode')) as PDFRawStream;
      fonts.set(name.asString().slice(1), {
        base,
        toUnicode: parseToUnicode(Buffer.from(decodePDFRawStream(tu).decode()).toString('latin1')),
      });
    }
    const glyphs = new Map<string, number[]>();
    let text = '';
    for (const stream of streams) {
      const tokens = tokenize(stream);
      let font = '';
      let actual = 0;
      const operands: string[] = [];
      for (const tok of tokens) {
        if (/^[A-Za-z'"*]+$/.test(tok) && !tok.startsWith('/')) {
          if (tok === 'Tf') font = operands[operands.length - 2]!.slice(1);
          if (tok === 'BDC') {
            const i = operands.indexOf('/ActualText');
            if (i >= 0) {
              text += utf16be(operands[i + 1]!);
              actual++;
            }
          }
          if (tok === 'EMC' && actual > 0) actual--;
          if (tok === 'TJ' || tok === 'Tj') {
            const f = fonts.get(font)!;
            const list = glyphs.get(f.base) ?? [];
            for (const o of operands) {
              if (!o.startsWith('<') || o.startsWith('<<')) continue;
              for (const gid of hexGids(o)) {
                list.push(gid);
                if (actual === 0) text += f.toUnicode.get(gid) ?? '';
              }
            }
            glyphs.set(f.base, list);
          }
          operands.length = 0;
        } else operands.push(tok);
      }
    }
    pages.push({ glyphs, text: text.replace(/\s+/g, ''), streams });
  }
  return { doc, pages };
}

const squash = (s: string): string => s.replace(/\s+/g, '');

// Every assertion carries its own message: Node's generated messages re-read the source file, which
// with this file's Devanagari literals can spin for minutes under the test runner.
function contains(hay: string, needle: string, what: string): void {
  assert.ok(hay.includes(needle), `missing: ${what}`);
}
function lacks(hay: string, needle: string, what: string): void {
  assert.ok(!hay.includes(needle), `present but must not be: ${what}`);
}

function indexOfSeq(hay: number[], needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// The reference: HarfBuzz used directly on the bundled font, default settings, word by word.
const devaFont = new hb.Font(new hb.Face(new hb.Blob(fs.readFileSync(path.join(FONT_DIR, 'NotoSansDevanagari-Regular.ttf')))));

function referenceGlyphs(text: string): number[] {
  const out: number[] = [];
  for (const word of text.split(' ')) {
    const buf = new hb.Buffer();
    buf.addText(word);
    buf.guessSegmentProperties();
    hb.shape(devaFont, buf);
    out.push(...buf.getGlyphInfos().map((g) => g.codepoint));
  }
  return out;
}

const names = (gids: number[]): string[] => gids.map((g) => devaFont.glyphName(g));

const rendered = new Map<string, Promise<{ bytes: Buffer; read: PdfRead; pageCount: number }>>();
function render(language: 'en' | 'hi'): Promise<{ bytes: Buffer; read: PdfRead; pageCount: number }> {
  let p = rendered.get(language);
  if (!p) {
    p = (async () => {
      const doc = await renderFirCopy(sampleView(language));
      assert.deepEqual(doc.warnings, []);
      return { bytes: doc.pdf, read: await readPdf(doc.pdf), pageCount: doc.pageCount };
    })();
    rendered.set(language, p);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------

for (const language of ['en', 'hi'] as const) {
  test(`${language}: a valid A4 PDF with title, creation date from the view, FIR number and verification code on every page`, async () => {
    const { bytes, read, pageCount } = await render(language);
    assert.equal(bytes.subarray(0, 8).toString('latin1'), '%PDF-1.7');
    assert.equal(read.doc.getPageCount(), pageCount);
    assert.ok(pageCount >= 1, 'at least one page');
    for (const page of read.doc.getPages()) {
      assert.deepEqual([Math.round(page.getWidth()), Math.round(page.getHeight())], [595, 842]);
    }
    assert.match(read.doc.getTitle() ?? '', /0042\/2026/);
    assert.equal(read.doc.getCreationDate()?.toISOString(), '2026-03-14T06:00:00.000Z');
    const L = FIR_COPY_LABELS[language];
    read.pages.forEach((page, i) => {
      assert.ok(page.text.includes('MH-PUN-PS01-2026-0042-7KQ9-X2PD'), `verification code on page ${i + 1}`);
      assert.ok(page.text.includes('0042/2026'), `FIR number on page ${i + 1}`);
      contains(page.text, squash(L.page.replace('{page}', String(i + 1)).replace('{pages}', String(pageCount))), `page ${i + 1} of ${pageCount}`);
    });
    const all = read.pages.map((p) => p.text).join('');
    contains(all, squash(L.title), 'title');
    contains(all, squash(L.underBnss), 'BNSS heading');
    contains(all, squash(L.freeCopyBnss), 'free copy marker');
    contains(all, squash(L.identityWithheldBns), 'masking notice');
    contains(all, 'राहुलशिंदे', 'known accused');
    contains(all, squash('दुबला-पतला, लाल रंग की जैकेट'), 'unknown accused');
  });

  test(`${language}: Devanagari is shaped exactly as HarfBuzz shapes it (conjuncts, reph, pre-base matra, nukta)`, async () => {
    const { read } = await render(language);
    const drawn = read.pages.flatMap((p) => p.glyphs.get('NotoSansDevanagari-Regular') ?? []);
    assert.ok(drawn.length > 500, `${drawn.length} Devanagari glyphs drawn`);
    const found = new Map<string, number[]>();
    for (const sample of SHAPING_SAMPLES) {
      const ref = referenceGlyphs(sample);
      const at = indexOfSeq(drawn, ref);
      assert.ok(at >= 0, `glyphs of '${sample}' (${names(ref).join(' ')}) not found in the PDF`);
      found.set(sample, drawn.slice(at, at + ref.length));
    }
    // What those glyphs are, by the font's own glyph names (independent of any shaper):
    // क्ष is one conjunct glyph, not क + ् + ष;
    assert.equal(names(found.get('क्षेत्रीय')!)[0], 'uni0915094D0937');
    assert.ok(!names(found.get('क्षेत्रीय')!).includes('uni094D'), 'no visible virama');
    // त्र and प्र and श्र are conjunct glyphs;
    assert.ok(names(found.get('क्षेत्रीय')!).includes('uni0924094D0930'), 'त्र conjunct glyph');
    assert.equal(names(found.get('प्रथम सूचना रिपोर्ट')!)[0], 'uni092A094D0930');
    assert.equal(names(found.get('श्रीमती')!)[0], 'uni0936094D0930');
    // ि is drawn before its consonant (रि, लि, ज़ि);
    const report = names(found.get('प्रथम सूचना रिपोर्ट')!);
    const iMatra = report.findIndex((n) => n.startsWith('uni093F'));
    assert.equal(report[iMatra + 1], 'uni0930', 'ि before र in रिपोर्ट');
    const police = names(found.get('पुलिस थाना')!);
    assert.equal(police[police.findIndex((n) => n.startsWith('uni093F')) + 1], 'uni0932', 'ि before ल in पुलिस');
    const zila = names(found.get('ज़िला')!);
    assert.ok(zila[0]!.startsWith('uni093F'), 'ि first in ज़िला');
    assert.equal(zila[1], 'uni095B', 'ज + nukta composed to ज़');
    // the reph र् is drawn after the consonant it sits on (र्ज, र्ट);
    const arjun = names(found.get('अर्जुन')!);
    assert.ok(arjun.indexOf('uni0930094D') > arjun.indexOf('uni091C'), 'reph after ज in अर्जुन');
    assert.ok(report.indexOf('uni0930094D') > report.indexOf('uni091F'), 'reph after ट in रिपोर्ट');
    // half forms: स् in हस्ताक्षर, ष् in कृष्ण.
    assert.ok(names(found.get('हस्ताक्षर')!).includes('uni0938094D'), 'half स्');
    assert.ok(names(found.get('कृष्ण')!).includes('uni0937094D'), 'half ष्');
  });

  test(`${language}: copying the text gives the Devanagari in its real order`, async () => {
    const { read } = await render(language);
    const all = read.pages.map((p) => p.text).join('');
    contains(all, squash(HINDI_FACTS), 'brief facts, in logical order');
    for (const sample of SHAPING_SAMPLES) contains(all, squash(sample), sample);
    // A broken text layer would give the visual order: ि before its consonant.
    lacks(all, 'िरपोर्ट', 'visual-order text');
  });

  test(`${language}: the masked victim's identity is nowhere in the PDF`, async () => {
    const { bytes, read } = await render(language);
    const forbidden = [MASKED_NAME, MASKED_NAME_HI, MASKED_ADDRESS, 'Kavita', 'कविता'];
    const raw = bytes.toString('latin1');
    const decoded = read.pages.flatMap((p) => p.streams).join('\n');
    const text = read.pages.map((p) => p.text).join('');
    for (const s of forbidden) {
      const utf8 = Buffer.from(s, 'utf8').toString('latin1');
      const utf16 = Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
      for (const hay of [raw, decoded]) {
        assert.ok(!hay.includes(s) && !hay.includes(utf8) && !hay.toUpperCase().includes(utf16), `'${s}' in the PDF bytes`);
      }
      assert.ok(!text.includes(squash(s)), `'${s}' in the PDF text`);
    }
    // Nor in any compressed stream of the file (fonts' ToUnicode maps included).
    for (const m of raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
      let inflated: string;
      try {
        inflated = zlib.inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        continue;
      }
      for (const s of forbidden) assert.ok(!inflated.includes(Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()));
    }
  });
}

test('the same view gives the same bytes; generatedAt is the only clock', async () => {
  const a = await renderFirCopyPdf(sampleView('hi'));
  const b = await renderFirCopyPdf(sampleView('hi'));
  assert.ok(a.equals(b), 'byte-identical');
  const c = await renderFirCopyPdf(sampleView('hi', { generatedAt: '2026-03-15T06:00:00Z' }));
  assert.ok(!a.equals(c), 'another generatedAt, other bytes');
});

test('long brief facts continue on further pages, each with FIR number, code and page X of Y', async () => {
  const long = Array.from({ length: 10 }, () => HINDI_FACTS).join('\n\n');
  const short = await renderFirCopy(sampleView('hi'));
  const doc = await renderFirCopy(sampleView('hi', { briefFacts: long }));
  assert.ok(doc.pageCount >= short.pageCount + 2, `${doc.pageCount} pages`);
  // Item 12 runs over at least three pages: its title is repeated, marked as continued.
  const contd = squash(`${FIR_COPY_LABELS.hi.item12} (${FIR_COPY_LABELS.hi.continued})`);
  const read = await readPdf(doc.pdf);
  assert.equal(read.doc.getPageCount(), doc.pageCount);
  const L = FIR_COPY_LABELS.hi;
  read.pages.forEach((page, i) => {
    contains(page.text, 'MH-PUN-PS01-2026-0042-7KQ9-X2PD', `code on page ${i + 1}`);
    contains(page.text, '0042/2026', `FIR number on page ${i + 1}`);
    contains(page.text, squash(`पृष्ठ ${i + 1} / ${doc.pageCount}`), `page number on page ${i + 1}`);
    if (i > 0) assert.ok(page.text.includes(squash(L.continued)), `continuation header on page ${i + 1}`);
  });
  assert.ok(read.pages.filter((p) => p.text.includes(contd)).length >= 2, 'item 12 continued twice');
  // Every character of the facts is printed once per copy of the paragraph, in order.
  const all = read.pages.map((p) => p.text).join('');
  const facts = squash(HINDI_FACTS);
  let count = 0;
  for (let i = all.indexOf(facts.slice(0, 40)); i >= 0; i = all.indexOf(facts.slice(0, 40), i + 1)) count++;
  assert.equal(count, 10);
});

test('an IPC-era case registered under the CrPC says so, and masks under IPC 228A', async () => {
  const doc = await renderFirCopy(sampleView('en', { procedure: 'CrPC', penalCode: 'IPC' }));
  const text = (await readPdf(doc.pdf)).pages.map((p) => p.text).join('');
  contains(text, squash('(Under Section 154 Cr.P.C.)'), 'CrPC heading');
  contains(text, squash('FREE COPY to the informant under Section 154(2) Cr.P.C.'), 'CrPC free copy');
  contains(text, squash('Identity withheld (IPC 228A)'), 'IPC masking notice');
  lacks(text, '173BNSS', 'BNSS heading');
});

test('text in a script with no bundled font is printed without failing, kept in the text layer, and reported', async () => {
  const tamil = 'புகார்தாரர் தனது மோட்டார் சைக்கிள் திருடப்பட்டதாக தெரிவித்தார்.';
  const doc = await renderFirCopy(
    sampleView('en', {
      briefFacts: `${tamil} ${HINDI_FACTS.slice(0, 120)}`,
      complainantSignature: { kind: 'e-fir', status: 'awaiting', dueBy: { date: '2026-03-17', time: '11:20' } },
      informationType: 'e-fir',
      freeCopyForInformant: false,
    }),
  );
  assert.deepEqual(
    doc.warnings.map((w) => [w.code, w.field]),
    [['unsupported-script', 'briefFacts']],
  );
  assert.match(doc.warnings[0]!.message, /Tamil/);
  const text = (await readPdf(doc.pdf)).pages.map((p) => p.text).join('');
  contains(text, squash(tamil), 'Tamil text in the text layer');
  contains(text, squash("e-FIR awaiting the informant's signature, due by 17/03/2026, 11:20 hrs"), 'e-FIR state');
  lacks(text, squash('FREE COPY'), 'free copy marker');
  lacks(text, squash(FIR_COPY_LABELS.en.readOver), 'read-over statement before the informant signs');
});

test('every language catalogue has the same labels and placeholders as English', () => {
  const en = FIR_COPY_LABELS.en;
  const holes = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
  for (const [lang, labels] of Object.entries(FIR_COPY_LABELS)) {
    assert.deepEqual(Object.keys(labels).sort(), Object.keys(en).sort(), lang);
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'string') {
        assert.deepEqual(holes((labels as unknown as Record<string, string>)[key]!), holes(value), `${lang}.${key}`);
      }
    }
    assert.equal(labels.weekdays.length, 7);
  }
});

test('poppler (pdftotext) extracts the Hindi brief facts in order', async () => {
  // .ci/run installs poppler-utils; a machine without it fails here with the command to run.
  assert.ok(!spawnSync('pdftotext', ['-v']).error, 'pdftotext is needed for this test: apt-get install -y poppler-utils');
  const { bytes } = await render('hi');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fir-copy-'));
  try {
    const file = path.join(dir, 'fir.pdf');
    fs.writeFileSync(file, bytes);
    const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    const text = squash(out.stdout);
    contains(text, squash(HINDI_FACTS), 'brief facts');
    contains(text, 'MH-PUN-PS01-2026-0042-7KQ9-X2PD', 'verification code');
    lacks(text, 'Kavita', 'masked name');
    lacks(text, 'कविता', 'masked name');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
