import { asciiDigits } from '../../domain/digits.js';
import { normalisePhone } from '../../domain/phone-numbers.js';
import { dictionaries } from './dictionaries.js';
import { parseName, type NamePart } from './parse.js';
import { latinLetters, skeleton, soundKey } from './phonetic.js';
import { transliterate } from './transliterate.js';

/**
 * Names (and phones, addresses) of withheld persons in free text — brief facts, GD entries,
 * amendment reasons, complaints — replaced by a visible marker for readers who may not see those
 * persons (BNS 72, BNSS 193, JJ Act 2015 s.74). Pure: the caller decides who is withheld.
 *
 * What counts as the name, in any script and spelling, through the name search's own keys:
 * - a word whose sound key (after transliteration, with the dictionaries' equivalents) is that of
 *   a part of the name, an alias, the relative's name, or two adjacent parts written as one;
 *   or differing from it by one vowel put in or left out (Tamil பிரியா "piriya" for Priya) when the
 *   key has four letters or more;
 * - that word with a case ending or postposition written onto it (प्रियाने, பிரியாவுக்கு, প্রিয়ার,
 *   Priya's);
 * - common parts (Kumar, Kumari, Singh, Devi: the dictionary's low-weight parts) only next to a
 *   redacted word, or next to each other in a name made of nothing else ("Kumari Devi"): alone
 *   they name no one, beside the name they are part of it;
 * - an honorific, a girl's or boy's title or a short abbreviation with a dot just before a
 *   redacted word ("Ku. Priya", "Smt. Priya"), and an initial on either side ("P. Sharma",
 *   "Rohit K. Singh").
 * The name's ordinary words are withheld even where they mean something else (a victim called
 * Pooja makes "pooja" withheld): the law asks that nothing identify her, and a reader can ask the
 * IO. A whole run of withheld words becomes one marker, in Hindi when the run is in Devanagari.
 */
export interface WithheldIdentity {
  name: string;
  aliases?: readonly string[];
  /** Father's, husband's or guardian's name: it identifies the person just as well. */
  relativeName?: string | null;
  phones?: readonly string[];
  /** Address lines, withheld where they appear word for word. */
  addresses?: readonly string[];
}

export interface Redacted {
  text: string;
  /** Something was replaced. */
  withheld: boolean;
}

export const MARKERS = {
  name: { en: '[name withheld]', hi: '[नाम गोपनीय]' },
  phone: { en: '[phone withheld]', hi: '[फ़ोन गोपनीय]' },
  address: { en: '[address withheld]', hi: '[पता गोपनीय]' },
} as const;

/** Parts this common are part of a name only beside another part (keys.ts: not indexed alone). */
const ALONE_MIN_WEIGHT = 0.5;
/** A key this long may differ by one vowel put in or left out and still be the name. */
const FUZZY_MIN_LENGTH = 4;
const MIN_STEM = 3;

/**
 * Endings written onto a name, romanised as transliterate() writes them: Hindi/Marathi/Gujarati
 * postpositions, Bengali, Odia, Tamil, Telugu, Kannada and Malayalam case endings.
 */
const SUFFIXES = [
  // Hindi, Marathi, Gujarati, Punjabi
  'ne',
  'ko',
  'ki',
  'ka',
  'ke',
  'se',
  'me',
  'mein',
  'men',
  'mem',
  'par',
  'pe',
  'tak',
  'ji',
  'la',
  'le',
  'chi',
  'cha',
  'che',
  'chya',
  'na',
  'no',
  'ni',
  'nu',
  'nem',
  'da',
  'di',
  'nun',
  // Bengali, Assamese, Odia
  'r',
  'er',
  'ke',
  'der',
  'ra',
  'te',
  'ye',
  'ra',
  'ro',
  'ku',
  'ara',
  // Tamil, Malayalam (with their glides v/y after a vowel)
  // (Tamil க்கு comes out of transliterate() voiced, as ggu.)
  'vai',
  'ai',
  'yai',
  'ukku',
  'kku',
  'vukku',
  'yukku',
  'uggu',
  'vuggu',
  'yuggu',
  'ggu',
  'vin',
  'yin',
  'in',
  'udan',
  'vudan',
  'idam',
  'vidam',
  'yidam',
  'ude',
  'yude',
  'vude',
  'ute',
  'yute',
  'vute',
  'yum',
  'vum',
  'um',
  // Telugu, Kannada
  'ki',
  'nu',
  'ni',
  'tho',
  'lo',
  'yokka',
  'ge',
  'ige',
  'annu',
  'yannu',
  'vannu',
  'ya',
];
const SUFFIX_LIST = [...new Set(SUFFIXES)].sort((a, b) => b.length - a.length);

/** One withheld sound: what a word must sound like to be (part of) a withheld name. */
interface Key {
  sound: string;
  strong: boolean;
}

interface Matcher {
  /** Sound key → strong (may stand alone) or not. */
  sounds: Map<string, boolean>;
  /** Skeleton → strong sound keys with it, for one-vowel differences. */
  bySkeleton: Map<string, string[]>;
  /** Keys of names made only of common parts (Kumari Devi): withheld where two of them stand together. */
  allWeak: Set<string>;
  phones: string[];
  addresses: RegExp[];
}

function partKeys(p: NamePart): Key[] {
  const strong = p.weight >= ALONE_MIN_WEIGHT;
  return [...new Set([p.sound, p.rawSound])].filter(Boolean).map((sound) => ({ sound, strong }));
}

function compile(identities: readonly WithheldIdentity[]): Matcher {
  const sounds = new Map<string, boolean>();
  const allWeak = new Set<string>();
  const add = (k: Key) => sounds.set(k.sound, (sounds.get(k.sound) ?? false) || k.strong);
  for (const id of identities) {
    const names = [{ name: id.name, aliases: id.aliases ?? [] }, ...(id.relativeName ? [{ name: id.relativeName, aliases: [] }] : [])];
    for (const n of names) {
      for (const v of parseName(n.name, n.aliases).variants) {
        const full = v.parts.filter((p) => !p.initial);
        for (const p of full) partKeys(p).forEach(add);
        if (full.length > 1 && full.every((p) => p.weight < ALONE_MIN_WEIGHT)) for (const p of full) for (const k of partKeys(p)) allWeak.add(k.sound);
        // Two parts written as one (Shyamsundar).
        for (let i = 0; i + 1 < full.length; i++) add({ sound: soundKey(full[i]!.latin + full[i + 1]!.latin), strong: true });
      }
    }
  }
  const bySkeleton = new Map<string, string[]>();
  for (const [sound, strong] of sounds) {
    if (!strong || sound.length < FUZZY_MIN_LENGTH) continue;
    const sk = skeleton(sound);
    bySkeleton.set(sk, [...(bySkeleton.get(sk) ?? []), sound]);
  }
  const phones = identities
    .flatMap((id) => id.phones ?? [])
    .map((p) => normalisePhone(p)?.replace(/^\+/, '') ?? '')
    .filter((d) => d.length >= 6);
  const addresses = identities
    .flatMap((id) => id.addresses ?? [])
    .map((a) => a.normalize('NFC').trim())
    .filter((a) => a.length >= 10)
    .map(
      (a) =>
        new RegExp(
          a
            .split(/\s+/)
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+'),
          'giu',
        ),
    );
  return { sounds, bySkeleton, allWeak, phones, addresses };
}

/** The sound key of a word with dictionary equivalents folded, as parse.ts folds parts. */
function folded(sound: string): string {
  return dictionaries().canonical.get(sound) ?? sound;
}

/** The two keys differ by one vowel put in or left out (Tamil பிரியா "piriya" for Priya). */
function oneVowelApart(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (/[aeiou]/.test(long[i]!) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** How a word stands to the withheld names: part of one that may stand alone, a common part (with its key), or neither. */
function classify(m: Matcher, latin: string): { kind: 'strong' } | { kind: 'weak'; sound: string } | null {
  const stems = [latin, ...SUFFIX_LIST.filter((s) => latin.length - s.length >= MIN_STEM && latin.endsWith(s)).map((s) => latin.slice(0, -s.length))];
  let weak: string | null = null;
  for (const [i, stem] of stems.entries()) {
    const raw = soundKey(stem);
    for (const sound of new Set([raw, folded(raw)])) {
      const strong = m.sounds.get(sound);
      if (strong) return { kind: 'strong' };
      // A common part counts only as written, never through an ending (Kumar + i is Kumari, not Kumar's).
      if (strong === false && i === 0) weak = sound;
      if (sound.length >= FUZZY_MIN_LENGTH && m.bySkeleton.get(skeleton(sound))?.some((k) => oneVowelApart(k, sound))) return { kind: 'strong' };
    }
  }
  return weak === null ? null : { kind: 'weak', sound: weak };
}

interface Word {
  start: number;
  end: number;
  text: string;
  latin: string;
  dotted: boolean;
}

const WORD = /[\p{L}\p{M}\u200C\u200D]+(?:['’]\p{L}{0,2})?/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // Priya's → Priya: the possessive is the English ending.
    const bare = m[0].replace(/['’]\p{L}{0,2}$/u, '');
    out.push({ start, end: start + bare.length, text: bare, latin: latinLetters(transliterate(bare)), dotted: text[end] === '.' });
  }
  return out;
}

/** Only spaces, a dot or a hyphen between two words of one name. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[.\s\-–]*$/u.test(text.slice(a.end, b.start)) && !/\n\s*\n/.test(text.slice(a.end, b.start)) && b.start - a.end <= 3;
}

/** Titles of girls and boys that the honorifics dictionary (made for adults' names) lacks. */
const TITLES = new Set(['kumari', 'km', 'ku', 'kum', 'master', 'baby']);

/** A capital alone (P Sharma), or one or two letters with a dot (पी. शर्मा; कि alone is a word). */
function isInitial(w: Word): boolean {
  const letters = [...w.text.replace(/\p{M}/gu, '')].length;
  return (letters === 1 && /^\p{Lu}/u.test(w.text)) || (w.dotted && letters <= 2);
}

/** An initial, an honorific or an abbreviation that may stand before a name. */
function isPrefix(w: Word): boolean {
  if (TITLES.has(w.latin) || isInitial(w)) return true;
  if (w.dotted && [...w.text.replace(/\p{M}/gu, '')].length <= 3) return true;
  const h = dictionaries().honorifics;
  return h.has(w.text.normalize('NFC').toLowerCase()) || h.has(w.latin);
}

function marker(kind: keyof typeof MARKERS, sample: string): string {
  return MARKERS[kind][/[\u0900-\u097f]/u.test(sample) ? 'hi' : 'en'];
}

const PHONE_RUN = /\(?\+?\(?\p{Nd}(?:[ ().-]{0,2}\p{Nd})*\)?/gu;

/** A redactor for one set of withheld persons, compiled once and applied to many texts. */
export function nameRedactor(identities: readonly WithheldIdentity[]): (text: string) => Redacted {
  if (identities.length === 0) return (text) => ({ text, withheld: false });
  const m = compile(identities);
  return (input) => {
    let text = input.normalize('NFC');
    let withheld = false;
    for (const re of m.addresses) {
      text = text.replace(re, (a) => {
        withheld = true;
        return marker('address', a);
      });
    }
    if (m.phones.length) {
      text = text.replace(PHONE_RUN, (run) => {
        const digits = asciiDigits(run).replace(/\D/g, '');
        if (!m.phones.some((p) => digits.includes(p))) return run;
        withheld = true;
        return marker('phone', run);
      });
    }
    const ws = words(text);
    const kinds = ws.map((w) => (w.latin ? classify(m, w.latin) : null));
    const hide = kinds.map((k) => k?.kind === 'strong');
    for (let i = 0; i + 1 < ws.length; i++) {
      const [a, b] = [kinds[i], kinds[i + 1]];
      if (a?.kind === 'weak' && b?.kind === 'weak' && m.allWeak.has(a.sound) && m.allWeak.has(b.sound) && adjacent(text, ws[i]!, ws[i + 1]!)) hide[i] = hide[i + 1] = true;
    }
    // Grow each run of hidden words over the common parts beside it, and the initials and titles before it.
    for (let changed = true; changed;) {
      changed = false;
      for (let i = 0; i < ws.length; i++) {
        if (hide[i]) continue;
        const left = i > 0 && hide[i - 1] && adjacent(text, ws[i - 1]!, ws[i]!);
        const right = i + 1 < ws.length && hide[i + 1] && adjacent(text, ws[i]!, ws[i + 1]!);
        if ((left || right) && kinds[i]?.kind === 'weak') hide[i] = changed = true;
        else if ((right && isPrefix(ws[i]!)) || (left && isInitial(ws[i]!))) hide[i] = changed = true;
      }
    }
    if (!hide.some(Boolean)) return { text, withheld };
    let out = '';
    let at = 0;
    for (let i = 0; i < ws.length; i++) {
      if (!hide[i]) continue;
      let j = i;
      while (j + 1 < ws.length && hide[j + 1] && adjacent(text, ws[j]!, ws[j + 1]!)) j++;
      const start = ws[i]!.start;
      // An initial's or title's dot goes with it; a dot after the last word may end the sentence.
      const end = ws[j]!.end;
      out += text.slice(at, start) + marker('name', text.slice(start, end));
      at = end;
      i = j;
    }
    return { text: out + text.slice(at), withheld: true };
  };
}

/** One text, one set of withheld persons. */
export function redactNames(text: string, identities: readonly WithheldIdentity[]): Redacted {
  return nameRedactor(identities)(text);
}

/** For tests and checks: does this word sound like a part of a withheld name that may stand alone? */
export function soundsWithheld(word: string, identities: readonly WithheldIdentity[]): boolean {
  const latin = latinLetters(transliterate(word));
  if (!latin) return false;
  const m = compile(identities);
  const raw = soundKey(latin);
  return !!(m.sounds.get(raw) || m.sounds.get(folded(raw)));
}
