/**
 * The simple name key for "is this person already on record?": Unicode NFC, case-folded,
 * punctuation removed, honorifics dropped, whitespace collapsed. Cross-script and phonetic
 * matching come with the search module; this catches exact and near-exact re-entries.
 */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'smt', 'shri', 'sri', 'km', 'kumari', 'dr', 'श्री', 'श्रीमती', 'कुमारी', 'डॉ']);

export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,'’"`()[\]{}@_-]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !HONORIFICS.has(t))
    .join(' ');
}

/** Age in whole years on a date, from a birth date (YYYY-MM-DD). */
export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const onY = on.getUTCFullYear();
  const beforeBirthday = on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  return onY - y - (beforeBirthday ? 1 : 0);
}

/** Under 18: a child under the Juvenile Justice Act 2015; identity never exposed (s.74). */
export function isJuvenile(age: number | null | undefined): boolean {
  return age !== null && age !== undefined && age < 18;
}
