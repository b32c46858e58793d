/**
 * Indian scripts → loose Latin, the way names are commonly romanised (not a scholarly scheme):
 * Santosh, not Santoṣa. The nine Brahmic blocks share one layout (same offset, same letter), so
 * one table serves them all and each script only states where it differs.
 */

type Script = 'deva' | 'beng' | 'guru' | 'gujr' | 'orya' | 'taml' | 'telu' | 'knda' | 'mlym';

const BLOCKS: [number, Script][] = [
  [0x0900, 'deva'],
  [0x0980, 'beng'],
  [0x0a00, 'guru'],
  [0x0a80, 'gujr'],
  [0x0b00, 'orya'],
  [0x0b80, 'taml'],
  [0x0c00, 'telu'],
  [0x0c80, 'knda'],
  [0x0d00, 'mlym'],
];

function scriptOf(cp: number): { script: Script; offset: number } | null {
  if (cp < 0x0900 || cp > 0x0d7f) return null;
  const base = cp & ~0x7f;
  const block = BLOCKS.find(([b]) => b === base);
  return block ? { script: block[1], offset: cp - base } : null;
}

/** Consonants by offset in the shared layout. */
const CONSONANTS: Record<number, string> = {
  0x15: 'k',
  0x16: 'kh',
  0x17: 'g',
  0x18: 'gh',
  0x19: 'n',
  0x1a: 'ch',
  0x1b: 'chh',
  0x1c: 'j',
  0x1d: 'jh',
  0x1e: 'n',
  0x1f: 't',
  0x20: 'th',
  0x21: 'd',
  0x22: 'dh',
  0x23: 'n',
  0x24: 't',
  0x25: 'th',
  0x26: 'd',
  0x27: 'dh',
  0x28: 'n',
  0x29: 'n',
  0x2a: 'p',
  0x2b: 'ph',
  0x2c: 'b',
  0x2d: 'bh',
  0x2e: 'm',
  0x2f: 'y',
  0x30: 'r',
  0x31: 'r',
  0x32: 'l',
  0x33: 'l',
  0x34: 'l',
  0x35: 'v',
  0x36: 'sh',
  0x37: 'sh',
  0x38: 's',
  0x39: 'h',
  // Extra letters at the end of some blocks.
  0x5f: 'y', // Oriya yya ୟ (and Bengali য় precomposed, if not normalised)
  0x71: 'w', // Oriya wa ୱ
};

/** Independent vowels. */
const VOWELS: Record<number, string> = {
  0x05: 'a',
  0x06: 'a',
  0x07: 'i',
  0x08: 'i',
  0x09: 'u',
  0x0a: 'u',
  0x0b: 'ri',
  0x0c: 'li',
  0x0d: 'e',
  0x0e: 'e',
  0x0f: 'e',
  0x10: 'ai',
  0x11: 'o',
  0x12: 'o',
  0x13: 'o',
  0x14: 'au',
  0x60: 'ri',
  0x61: 'li',
};

/** Dependent vowel signs (matras). */
const SIGNS: Record<number, string> = {
  0x3e: 'a',
  0x3f: 'i',
  0x40: 'i',
  0x41: 'u',
  0x42: 'u',
  0x43: 'ri',
  0x44: 'ri',
  0x45: 'e',
  0x46: 'e',
  0x47: 'e',
  0x48: 'ai',
  0x49: 'o',
  0x4a: 'o',
  0x4b: 'o',
  0x4c: 'au',
  0x55: '',
  0x56: 'ai',
  0x57: 'au',
  0x62: 'li',
  0x63: 'li',
};

const VIRAMA = 0x4d;
const NUKTA = 0x3c;
const ANUSVARA = 0x02;
const CANDRABINDU = 0x01;
const VISARGA = 0x03;

/** A consonant with a nukta: the sounds of Persian and Arabic loan-words, and flapped r. */
const NUKTA_FORMS: Record<string, string> = { k: 'q', kh: 'kh', g: 'g', j: 'z', d: 'r', dh: 'rh', ph: 'f', y: 'y', l: 'l', sh: 'sh' };

/** Where a script differs from the shared table. */
const OVERRIDES: Partial<Record<Script, Record<number, string>>> = {
  // Bengali and Assamese have no separate v; ৰ and ৱ are the Assamese ra and wa.
  beng: { 0x35: 'b', 0x70: 'r', 0x71: 'w' },
  guru: {},
  // Tamil த is written th in every position (Thangaraj, Kathiresan, Vasanthi).
  taml: { 0x24: 'th' },
  // Malayalam chillus: consonants with no vowel after them (ൺ ൻ ർ ൽ ൾ ൿ).
  mlym: { 0x7a: 'n', 0x7b: 'n', 0x7c: 'r', 0x7d: 'l', 0x7e: 'l', 0x7f: 'k', 0x54: 'm', 0x55: 'y', 0x56: 'l' },
};

/** Scripts whose speakers drop the inherent vowel between some consonants (सुखराम → sukhram). */
const SCHWA_DELETING = new Set<Script>(['deva', 'beng', 'guru', 'gujr', 'orya']);
/** … and at the end of a word, as names in them are romanised (राम → ram, ಬಸವರಾಜ → basavaraj). */
const FINAL_SCHWA_DELETING = new Set<Script>(['deva', 'beng', 'guru', 'gujr', 'orya', 'knda']);

interface Syllable {
  cons: string; // '' for an independent vowel
  vowel: string | null; // null: inherent vowel not yet decided; '' after virama
  nasal: string; // anusvara / candrabindu / tippi after it
  extra: string; // visarga, geminate marks
  inherent: boolean;
  script: Script;
  /** The consonant as finally written, once position rules (Tamil voicing) are applied. */
  rendered?: string;
}

function consonantOf(script: Script, offset: number): string | undefined {
  const o = OVERRIDES[script]?.[offset];
  if (o !== undefined && !(script === 'mlym' && offset >= 0x7a)) return o;
  if (script === 'guru' && offset === 0x5c) return 'r'; // ੜ
  return CONSONANTS[offset];
}

/** Tamil writes no voicing: க is k or g, ட t or d, … chosen by position as names are spelt. */
function tamilConsonant(c: string, prev: Syllable | undefined, geminate: boolean): string {
  const afterNasal = !!prev && prev.vowel === '' && (prev.cons === 'n' || prev.cons === 'm');
  const intervocalic = !!prev && prev.vowel !== '' && !geminate;
  switch (c) {
    case 'k':
      return afterNasal || intervocalic ? 'g' : 'k';
    case 'ch':
      return afterNasal ? 'j' : 's';
    case 't': // ட
      return afterNasal || intervocalic ? 'd' : 't';
    case 'p':
      return afterNasal ? 'b' : 'p';
    case 'th': // த: after ந it is still spelt th (Jayanthi, Vasanthi)
      return 'th';
    default:
      return c;
  }
}

/** Transliterates one word (no spaces) of any mix of scripts; Latin and unknown letters pass through. */
function transliterateWord(word: string): string {
  const syl: Syllable[] = [];
  let out = '';
  const flush = () => {
    if (syl.length === 0) return;
    out += renderSyllables(syl);
    syl.length = 0;
  };
  const cps = Array.from(word);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    const cp = ch.codePointAt(0)!;
    if (cp === 0x200c || cp === 0x200d) continue; // ZWNJ / ZWJ only choose glyph forms
    const s = scriptOf(cp);
    if (!s) {
      flush();
      out += ch;
      continue;
    }
    const { script, offset } = s;
    const last = syl[syl.length - 1];
    if (script === 'mlym' && offset >= 0x7a && offset <= 0x7f) {
      syl.push({ cons: OVERRIDES.mlym![offset]!, vowel: '', nasal: '', extra: '', inherent: false, script });
      continue;
    }
    if (script === 'beng' && offset === 0x4e) {
      // Khanda ta ৎ: a t with no vowel (শুভজিৎ Subhajit).
      syl.push({ cons: 't', vowel: '', nasal: '', extra: '', inherent: false, script });
      continue;
    }
    if (script === 'mlym' && offset === 0x4e) {
      // Dot reph: an r with no vowel before the next consonant.
      syl.push({ cons: 'r', vowel: '', nasal: '', extra: '', inherent: false, script });
      continue;
    }
    if (offset === NUKTA) {
      if (last && last.cons) last.cons = NUKTA_FORMS[last.cons] ?? last.cons;
      continue;
    }
    if (offset === VIRAMA) {
      if (last) last.vowel = '';
      continue;
    }
    if (offset === ANUSVARA || offset === CANDRABINDU || (script === 'guru' && offset === 0x70)) {
      // '~' marks candrabindu: nasalisation only, never the Bengali ng of anusvara.
      if (last) last.nasal = offset === CANDRABINDU ? '~' : 'n';
      continue;
    }
    if (offset === VISARGA) {
      if (last) last.extra += 'h';
      continue;
    }
    if (script === 'guru' && offset === 0x71) {
      // Addak doubles the next consonant; a doubled letter reads the same in the keys.
      continue;
    }
    if (script === 'taml' && offset === 0x03) {
      // Aytham: in loan-words it marks f (ஃப).
      syl.push({ cons: 'h', vowel: '', nasal: '', extra: '', inherent: false, script });
      continue;
    }
    if (script === 'guru' && (offset === 0x72 || offset === 0x73)) {
      // ੲ / ੳ carry the vowel sign that follows.
      syl.push({ cons: '', vowel: offset === 0x72 ? 'i' : 'u', nasal: '', extra: '', inherent: false, script });
      continue;
    }
    const sign = SIGNS[offset];
    if (sign !== undefined && last) {
      if (last.cons && (last.vowel === null || last.inherent)) {
        last.vowel = sign;
        last.inherent = false;
      } else if (sign) {
        // A second sign (split vowels) or a sign on a vowel carrier.
        if (last.vowel === null) last.vowel = sign;
        else if (last.cons === '' && (last.vowel === 'i' || last.vowel === 'u')) last.vowel = sign === 'a' ? last.vowel : sign;
        else last.vowel += sign === last.vowel ? '' : sign;
      }
      continue;
    }
    const vowel = VOWELS[offset];
    if (vowel !== undefined) {
      syl.push({ cons: '', vowel, nasal: '', extra: '', inherent: false, script });
      continue;
    }
    let cons = consonantOf(script, offset);
    if (script === 'beng' && offset === 0x2f && syl.length === 0) cons = 'j'; // word-initial য
    if (cons !== undefined) {
      syl.push({ cons, vowel: null, nasal: '', extra: '', inherent: true, script });
      continue;
    }
    // Digits, dandas and marks we do not need.
    if (offset >= 0x66 && offset <= 0x6f) {
      flush();
      out += String(offset - 0x66);
    }
  }
  flush();
  return out;
}

function renderSyllables(syl: Syllable[]): string {
  // Decide each inherent vowel: 'a' unless a virama removed it.
  for (const s of syl) if (s.vowel === null) s.vowel = 'a';
  const script = syl[0]!.script;
  deleteSchwas(syl, SCHWA_DELETING.has(script), FINAL_SCHWA_DELETING.has(script));
  let out = '';
  for (let i = 0; i < syl.length; i++) {
    const s = syl[i]!;
    let cons = s.cons;
    const prev = syl[i - 1];
    if (s.script === 'taml' && cons === 'ch' && prev?.vowel === '' && prev.cons === 't') {
      // ட்ச is how Tamil writes ksh (லட்சுமி Lakshmi).
      prev.rendered = 'k';
      out = out.slice(0, -1) + 'k';
      cons = 'sh';
    } else if (s.script === 'taml' && cons) {
      const geminate = !!prev && prev.vowel === '' && prev.cons === cons;
      cons = geminate ? prev.rendered! : tamilConsonant(cons, prev, geminate);
    } else if (s.script === 'mlym' && cons === 'p' && prev?.vowel === '' && prev.cons === 'm') {
      cons = 'b'; // മ്പ is said and spelt mb (Nambiar)
    }
    s.rendered = cons;
    let nasal = s.nasal === '~' ? 'n' : s.nasal;
    if (nasal) {
      const next = syl[i + 1];
      const dravidian = s.script === 'telu' || s.script === 'knda' || s.script === 'mlym' || s.script === 'taml';
      if (next && /^(p|b|m)/.test(next.cons)) nasal = 'm';
      else if (s.script === 'beng' && s.nasal === 'n')
        nasal = 'ng'; // Bengali ং is ng (সিং Singh)
      else if (next && next.cons === 'h' && i + 2 === syl.length)
        nasal = 'ng'; // सिंह → singh
      else if (!next && dravidian) nasal = 'm';
    }
    let vowel = s.vowel ?? '';
    // Telugu and Kannada రావు / ರಾವು are spelt Rao.
    if (!syl[i + 1] && (s.script === 'telu' || s.script === 'knda') && cons === 'v' && vowel === 'u' && prev?.vowel === 'a') {
      cons = '';
      vowel = 'o';
    }
    out += cons + vowel + nasal + s.extra;
  }
  return out;
}

/**
 * Hindi-style schwa deletion: the inherent a of the last letter goes (राम → ram), and an
 * inherent a between a vowel-consonant and a consonant-vowel goes (सुखराम → sukhram), right to left.
 */
function deleteSchwas(syl: Syllable[], medial: boolean, final: boolean): void {
  const n = syl.length;
  const last = syl[n - 1]!;
  // After a conjunct the final vowel is said (मित्र mitra, দত্ত Dutta).
  const afterConjunct = n > 1 && syl[n - 2]!.vowel === '';
  if (final && n > 1 && last.inherent && last.cons && !last.nasal && !afterConjunct) last.vowel = '';
  if (!medial) return;
  for (let i = n - 2; i >= 1; i--) {
    const s = syl[i]!;
    if (!s.inherent || !s.cons || s.nasal || s.extra) continue;
    const prev = syl[i - 1]!;
    const next = syl[i + 1]!;
    const prevHasVowel = (prev.vowel ?? '') !== '';
    const nextHasVowel = !!next.cons && (next.vowel ?? '') !== '';
    if (prevHasVowel && nextHasVowel) {
      s.vowel = '';
      s.inherent = false;
    }
  }
}

/** True when the text has letters of any Indian script this module reads. */
export function hasIndianScript(text: string): boolean {
  return /[\u0900-\u0d7f]/u.test(text);
}

/** The name of the first Indian script found, for explanations ("written in Tamil"). */
export function scriptName(text: string): string | null {
  for (const ch of text) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (s) return SCRIPT_NAMES[s.script];
  }
  return null;
}

const SCRIPT_NAMES: Record<Script, string> = {
  deva: 'Devanagari',
  beng: 'Bengali–Assamese',
  guru: 'Gurmukhi',
  gujr: 'Gujarati',
  orya: 'Odia',
  taml: 'Tamil',
  telu: 'Telugu',
  knda: 'Kannada',
  mlym: 'Malayalam',
};

/** Text in any mix of scripts → lower-case loose Latin, word by word. */
export function transliterate(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+)/u)
    .map((w) => (hasIndianScript(w) ? transliterateWord(w) : w))
    .join('');
}
