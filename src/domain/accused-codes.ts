/**
 * Accused codes of the arrest / court-surrender memo (IIF-3): A1 … A9, then B1 … B9, … Z9, then
 * AA1 … (the form numbers nine accused to a letter). A code is never reused within a case, so the
 * next code follows the highest one given, not the first gap.
 */
const CODE = /^([A-Z]+)([1-9])$/;

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function lettersOf(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The position of a code in the sequence (A1 = 1, A9 = 9, B1 = 10), or null for anything else. */
export function accusedCodeOrdinal(code: string): number | null {
  const m = CODE.exec(code);
  return m ? (letterIndex(m[1]!) - 1) * 9 + Number(m[2]) : null;
}

/** The code for the n-th accused (1-based). */
export function accusedCodeAt(ordinal: number): string {
  if (!Number.isInteger(ordinal) || ordinal < 1) throw new RangeError('an accused ordinal starts at 1');
  return `${lettersOf(Math.floor((ordinal - 1) / 9) + 1)}${((ordinal - 1) % 9) + 1}`;
}

/** The next accused code of a case, after the codes it already has (strings that are not codes are ignored). */
export function nextAccusedCode(existing: Iterable<string>): string {
  let max = 0;
  for (const c of existing) max = Math.max(max, accusedCodeOrdinal(c) ?? 0);
  return accusedCodeAt(max + 1);
}
