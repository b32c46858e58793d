/**
 * Words as both engines' full-text indexes see them: NFC, lower case, without the zero-width
 * joiners that Indian-script keyboards put inside words. A word is a run of letters, digits and
 * combining marks: a Devanagari matra or virama is part of its word (ordinary "letters and
 * digits" tokenisers cut "चोरी" into "च" and "र"). Everything else separates words.
 */
function words(s: string): string[] {
  return (
    s
      .normalize('NFC')
      .replace(/[\u200C\u200D]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  );
}

/**
 * The text handed to the index: its words separated by spaces. The engines' own parsers then
 * have nothing left to interpret (PostgreSQL would read "B-3" as "b" and the number "-3", and
 * FTS5 has its own idea of word characters), so both search the same words.
 */
export function indexText(s: string): string {
  return words(s).join(' ');
}

/** At most this many words of a query are searched for; more only slows the search down. */
export const MAX_QUERY_WORDS = 12;

/** The distinct words of a query, in order. */
export function textTokens(s: string): string[] {
  return [...new Set(words(s))].slice(0, MAX_QUERY_WORDS);
}

/**
 * A short extract of the text around the first word found, for a result list: whole words,
 * with "…" where it was cut.
 */
export function snippet(text: string, words: string[], width = 160): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  if (flat.length <= width) return flat;
  let start = Math.max(0, at - Math.floor(width / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
