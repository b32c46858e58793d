/**
 * What counts as text in a record. Everything typed into the system (API bodies, query strings,
 * path parameters, CSV imports) passes through these rules, so a stored field never holds a byte
 * that is not text (a NUL, which PostgreSQL cannot store at all), an invisible character that
 * changes how the text reads (a bidirectional override: "Trojan Source"), or half a character.
 *
 * Kept:
 * - ZWJ and ZWNJ (U+200C, U+200D): Devanagari, Bengali, Malayalam … need them to choose a
 *   conjunct or a half form, and names are written with them.
 * - The directional marks LRM, RLM and ALM (U+200E, U+200F, U+061C): they only set the direction
 *   of the neutral characters next to them (a full stop, a digit) and cannot reorder a run of text
 *   as an override or isolate can; Urdu text, an official language of several states, is typed
 *   with them by ordinary keyboards and copied from documents with them.
 */

export interface TextRules {
  /** Tab and line breaks allowed (brief facts, GD text, descriptions, reasons). */
  multiline?: boolean;
}

export interface UnsafeCharacter {
  /** The code point (a lone surrogate as itself). */
  codePoint: number;
  /** A description for a person, e.g. "a control character (U+0000)". */
  description: string;
}

/** U+0041 style, at least four hex digits. */
export function codePointLabel(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
const isLayout = (cp: number) => cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;

/** Why one code point is not text here, or null when it is. */
function describe(cp: number, rules: TextRules): string | null {
  const at = codePointLabel(cp);
  if (isLayout(cp)) return rules.multiline ? null : `a ${cp === 0x09 ? 'tab' : 'line break'} (${at}), which is not allowed in a one-line field`;
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return `a control character (${at}), which is not allowed`;
  if (isBidiControl(cp)) return `a bidirectional control character (${at}), which is not allowed`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `half of a character (a lone surrogate, ${at}), which is not valid text`;
  if (isNonCharacter(cp)) return `a non-character (${at}), which is not allowed`;
  return null;
}

/** The first character of `s` that is not allowed in a field with these rules, or null. */
export function firstUnsafeCharacter(s: string, rules: TextRules = {}): UnsafeCharacter | null {
  // for…of walks code points; a lone surrogate comes out on its own.
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const description = describe(cp, rules);
    if (description) return { codePoint: cp, description };
  }
  return null;
}

/**
 * The stored form of text already found safe: line breaks as LF (CR LF and CR from other
 * systems, U+2028/U+2029), then Unicode NFC, so the same name typed on two keyboards is the same
 * string (and the same length) when compared, searched and counted.
 */
export function normaliseText(s: string): string {
  return s.replace(/\r\n?|[\u2028\u2029]/g, '\n').normalize('NFC');
}
