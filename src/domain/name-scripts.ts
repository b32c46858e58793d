/**
 * Which writing systems a name's letters come from. A name is written in one script: "Ram कुमार"
 * is almost always a keyboard switched half-way or a copy-paste accident, and it would be indexed
 * as neither form. Punctuation, digits, spaces and joiners belong to no script and never count.
 */

/** Unicode script property values, with the name a person at a station would use. */
const SCRIPTS: [property: string, label: string][] = [
  ['Latin', 'Latin'],
  ['Devanagari', 'Devanagari'],
  ['Bengali', 'Bengali–Assamese'],
  ['Gurmukhi', 'Gurmukhi'],
  ['Gujarati', 'Gujarati'],
  ['Oriya', 'Odia'],
  ['Tamil', 'Tamil'],
  ['Telugu', 'Telugu'],
  ['Kannada', 'Kannada'],
  ['Malayalam', 'Malayalam'],
  ['Arabic', 'Arabic–Urdu'],
  ['Ol_Chiki', 'Ol Chiki'],
  ['Meetei_Mayek', 'Meetei Mayek'],
  ['Tibetan', 'Tibetan'],
  ['Sinhala', 'Sinhala'],
  ['Greek', 'Greek'],
  ['Cyrillic', 'Cyrillic'],
];
const MATCHERS = SCRIPTS.map(([property, label]) => ({ re: new RegExp(`^\\p{Script=${property}}$`, 'u'), label }));
const LETTER = /^[\p{L}\p{M}]$/u;

/** Script of each code point seen so far: names reuse a small alphabet, so this stays small. */
const cache = new Map<number, string | null>();

/** The script label of one character, or null when it is not a letter (or belongs to none). */
function scriptOfChar(ch: string): string | null {
  const cp = ch.codePointAt(0)!;
  let label = cache.get(cp);
  if (label !== undefined) return label;
  if (!LETTER.test(ch)) label = null;
  else label = MATCHERS.find((m) => m.re.test(ch))?.label ?? (/^\p{Script=Inherited}$/u.test(ch) ? null : 'other');
  cache.set(cp, label);
  return label;
}

/** The scripts whose letters appear in the text, in order of first appearance. */
export function letterScripts(text: string): string[] {
  // Most names are plain ASCII: answer without looking at each letter.
  if (/^[\x20-\x7e]*$/.test(text)) return /[A-Za-z]/.test(text) ? ['Latin'] : [];
  const found: string[] = [];
  for (const ch of text) {
    const s = scriptOfChar(ch);
    if (s && !found.includes(s)) found.push(s);
  }
  return found;
}

/** The first two scripts when the text mixes letters of more than one, else null. */
export function mixedScripts(text: string): [string, string] | null {
  const s = letterScripts(text);
  return s.length > 1 ? [s[0]!, s[1]!] : null;
}
