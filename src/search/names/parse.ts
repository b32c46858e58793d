import { dictionaries } from './dictionaries.js';
import { latinLetters, skeleton, soundKey } from './phonetic.js';
import { scriptName, transliterate } from './transliterate.js';

/** One part of a name as the matcher sees it. */
export interface NamePart {
  /** As written (for explanations). */
  written: string;
  /** Loose Latin (transliterated if written in an Indian script). */
  latin: string;
  /** Sound key, with dictionary equivalents folded to one form. */
  sound: string;
  skeleton: string;
  /** The sound key and skeleton before dictionary folding (a variant the dictionary lacks still sounds alike). */
  rawSound: string;
  rawSkeleton: string;
  /** An initial (J., P, Kh.): matches any part that begins with it. */
  initial: boolean;
  /** How much sharing this part says about identity (1 ordinary; Kumar, Singh, Devi less). */
  weight: number;
  marks: 'male' | 'female' | null;
  /** The part was expanded or folded by a dictionary (Kr. → Kumar, Chattopadhyay → Chatterjee). */
  dictionary: string | null;
}

/** One way of writing the person's name: the name itself, or an alias. */
export interface NameVariant {
  parts: NamePart[];
  alias: boolean;
}

export interface ParsedName {
  written: string;
  variants: NameVariant[];
  /** The Indian script it was written in, if any. */
  script: string | null;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let aliasSplitter: RegExp | null = null;
function aliasPattern(): RegExp {
  if (!aliasSplitter) {
    const words = dictionaries()
      .aliasMarkers.filter((m) => m !== '@')
      .map(escapeRegExp);
    // Word markers need spaces (or a bracket) around them; '@' needs nothing.
    aliasSplitter = new RegExp(`\\s*@\\s*|(?:^|\\s|\\()(?:${words.join('|')})(?=\\s|\\)|$)[\\s)]*`, 'iu');
  }
  return aliasSplitter;
}

/** Splits "Ravi Shankar Tiwari @ Bablu" into the name and its aliases. */
function splitAliases(text: string): string[] {
  return text
    .split(aliasPattern())
    .map((s) => s.replace(/[()]/g, ' ').trim())
    .filter(Boolean);
}

/** "Pathan, Junaid" (surname first, as registers write it) → "Junaid Pathan". */
function unComma(text: string): string {
  const m = /^([^,]+),([^,]+)$/.exec(text);
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : text.replace(/,/g, ' ');
}

interface Token {
  text: string;
  dotted: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /([^\s.\-–_/]+)(\.?)/gu;
  for (const m of text.matchAll(re)) out.push({ text: m[1]!, dotted: m[2] === '.' });
  return out;
}

function makePart(written: string, latin: string, initial: boolean, dictionary: string | null): NamePart | null {
  const dict = dictionaries();
  const rawSound = soundKey(latin);
  if (!rawSound) return null;
  let sound = rawSound;
  let dictNote = dictionary;
  const canon = dict.canonical.get(sound);
  if (canon && canon !== sound) {
    dictNote ??= 'equivalent';
    sound = canon;
  }
  const common = initial ? undefined : dict.common.get(sound);
  return {
    written,
    latin,
    sound,
    skeleton: skeleton(sound),
    rawSound,
    rawSkeleton: skeleton(rawSound),
    initial,
    weight: initial ? 0.3 : (common?.weight ?? 1),
    marks: common?.marks ?? null,
    dictionary: dictNote,
  };
}

function parseParts(text: string): NamePart[] {
  const dict = dictionaries();
  const toks = tokens(text);
  const parts: NamePart[] = [];
  for (const [i, tok] of toks.entries()) {
    const lowerRaw = tok.text.normalize('NFC').toLowerCase();
    const latin = transliterate(tok.text).toLowerCase();
    const bare = latinLetters(latin);
    // Honorifics go, unless nothing else is left of the name.
    if ((dict.honorifics.has(lowerRaw) || dict.honorifics.has(bare)) && toks.length - i > 1) continue;
    const expansion = dict.abbreviations.get(bare);
    if (expansion && (tok.dotted || bare.length <= 4)) {
      const p = makePart(tok.text, expansion, false, `${tok.text}${tok.dotted ? '.' : ''} = ${expansion[0]!.toUpperCase()}${expansion.slice(1)}`);
      if (p) parts.push(p);
      continue;
    }
    // "JP", "HM": initials run together, written in capitals with no vowel.
    if (/^[A-Z]{2,3}$/.test(tok.text) && !/[AEIOU]/.test(tok.text)) {
      for (const c of tok.text) {
        const p = makePart(c, c.toLowerCase(), true, null);
        if (p) parts.push(p);
      }
      continue;
    }
    const initial = bare.length === 1 || (tok.dotted && bare.length <= 2);
    const p = makePart(tok.text, bare, initial, null);
    if (p) parts.push(p);
  }
  return parts;
}

/** Removes control characters and collapses white space; NFC. */
export function cleanName(text: string): string {
  return text.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A name as written (any script, honorifics, initials, aliases) → its variants of parts.
 * An alias of one part also stands with the person's surname (Bablu → Bablu Tiwari).
 */
export function parseName(text: string, extraAliases: readonly string[] = []): ParsedName {
  const written = cleanName(text);
  const [main = '', ...aliases] = splitAliases(written);
  const variants: NameVariant[] = [];
  const mainParts = parseParts(unComma(main));
  if (mainParts.length) variants.push({ parts: mainParts, alias: false });
  const surname = mainParts.length > 1 ? mainParts[mainParts.length - 1]! : null;
  for (const a of [...aliases, ...extraAliases.map(cleanName)]) {
    const parts = parseParts(unComma(a));
    if (!parts.length) continue;
    variants.push({ parts, alias: true });
    if (parts.length === 1 && surname && parts[0]!.sound !== surname.sound) variants.push({ parts: [parts[0]!, surname], alias: true });
  }
  return { written, variants, script: scriptName(written) };
}
