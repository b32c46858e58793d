/**
 * The rules for one row of a persons import file (CSV: name, father_name, gender, age, district).
 * Pure: the import service reads, decodes and stores; this decides what a row means and, when it
 * is refused, says why in words the person who prepared the file can act on.
 */
import { asciiDigits } from './digits.js';
import { mixedScripts } from './name-scripts.js';
import { firstUnsafeCharacter } from './safe-text.js';

export const IMPORT_COLUMNS = ['name', 'father_name', 'gender', 'age', 'district'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['name'];

export const MAX_NAME = 200;
export const MAX_DISTRICT = 100;
export const MAX_AGE = 120;

export type ImportGender = 'male' | 'female' | 'transgender' | 'unknown';

/** One accepted row, normalised (trimmed, Unicode NFC) and ready to become a person. */
export interface ImportRow {
  name: string;
  fatherName: string | null;
  gender: ImportGender;
  age: number | null;
  district: string | null;
}

export type RowResult = { ok: true; row: ImportRow } | { ok: false; reason: string };

/** Where each known column sits in the file's rows. */
export type ColumnMap = Readonly<Partial<Record<ImportColumn, number>>> & { readonly width: number };

export const EXPECTED_HEADER = `Expected a header row with the columns ${IMPORT_COLUMNS.join(',')} (any order, any case; only name is required).`;

/** Reads the header row; a wrong header refuses the whole file, so nothing half-understood is imported. */
export function resolveHeader(fields: readonly string[]): { ok: true; columns: ColumnMap } | { ok: false; message: string } {
  const map: Partial<Record<ImportColumn, number>> = {};
  const unknown: string[] = [];
  for (const [i, raw] of fields.entries()) {
    const name = raw.trim().toLowerCase();
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) {
      unknown.push(raw.trim() === '' ? `(empty column ${i + 1})` : `"${raw.trim()}"`);
      continue;
    }
    if (map[name as ImportColumn] !== undefined) return { ok: false, message: `The header names the column "${name}" twice. ${EXPECTED_HEADER}` };
    map[name as ImportColumn] = i;
  }
  if (unknown.length) return { ok: false, message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} in the header. ${EXPECTED_HEADER}` };
  const missing = REQUIRED.filter((c) => map[c] === undefined);
  if (missing.length) return { ok: false, message: `The header has no "${missing.join('", "')}" column. ${EXPECTED_HEADER}` };
  return { ok: true, columns: { ...map, width: fields.length } };
}

const GENDERS: Record<string, ImportGender> = {
  '': 'unknown',
  m: 'male',
  male: 'male',
  f: 'female',
  female: 'female',
  t: 'transgender',
  tg: 'transgender',
  transgender: 'transgender',
  // The person record knows four values; "other" is kept as not stated rather than guessed.
  o: 'unknown',
  other: 'unknown',
  u: 'unknown',
  unknown: 'unknown',
};

export function parseGender(text: string): ImportGender | null {
  return GENDERS[text.trim().toLowerCase()] ?? null;
}

/** Age in whole years; digits in any Indian script count. */
export function parseAge(text: string): { ok: true; age: number | null } | { ok: false; reason: string } {
  const t = asciiDigits(text.trim());
  if (t === '') return { ok: true, age: null };
  if (!/^\d{1,3}$/.test(t)) return { ok: false, reason: `age "${text.trim()}" is not a whole number of years` };
  const age = Number(t);
  if (age > MAX_AGE) return { ok: false, reason: `age ${age} is out of range (0–${MAX_AGE})` };
  return { ok: true, age };
}

/** What makes a field not text (src/domain/safe-text.ts): one field, one line. */
function textProblem(label: string, value: string): string | null {
  const bad = firstUnsafeCharacter(value);
  return bad ? `${label} contains ${bad.description}` : null;
}

/** Checks a name-like field (the name, the father's name); null when it is fine. */
function nameProblem(label: string, value: string): string | null {
  const unsafe = textProblem(label, value);
  if (unsafe) return unsafe;
  const length = [...value].length;
  if (length > MAX_NAME) return `${label} is too long (${length} characters; at most ${MAX_NAME})`;
  const mixed = mixedScripts(value);
  if (mixed) return `${label} mixes ${mixed[0]} and ${mixed[1]} letters; write it in one script`;
  return null;
}

const clean = (s: string | undefined) => (s ?? '').normalize('NFC').trim();

/** Validates one data row (its fields as parsed from CSV) against the header's column map. */
export function validateRow(fields: readonly string[], columns: ColumnMap): RowResult {
  if (fields.length !== columns.width) {
    return { ok: false, reason: `has ${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${columns.width} (as in the header)` };
  }
  const at = (c: ImportColumn) => (columns[c] === undefined ? '' : clean(fields[columns[c]!]));
  const name = at('name');
  if (name === '') return { ok: false, reason: 'the name is empty' };
  const bad = nameProblem('the name', name);
  if (bad) return { ok: false, reason: bad };
  const fatherName = at('father_name');
  const badFather = fatherName && nameProblem("the father's name", fatherName);
  if (badFather) return { ok: false, reason: badFather };
  const genderText = at('gender');
  const badGender = textProblem('the gender', genderText);
  if (badGender) return { ok: false, reason: badGender };
  const gender = parseGender(genderText);
  if (!gender) return { ok: false, reason: `unknown gender "${genderText}" (use M, F, T, male, female, transgender, other or leave it empty)` };
  const age = parseAge(at('age'));
  if (!age.ok) return { ok: false, reason: age.reason };
  const district = at('district');
  const badDistrict = textProblem('the district', district);
  if (badDistrict) return { ok: false, reason: badDistrict };
  if ([...district].length > MAX_DISTRICT) return { ok: false, reason: `the district is too long (at most ${MAX_DISTRICT} characters)` };
  return { ok: true, row: { name, fatherName: fatherName || null, gender, age: age.age, district: district || null } };
}

/**
 * What makes two rows "the same row": the same values once trimmed and normalised, so a file
 * that lists a person twice (or a re-exported sheet with stray spaces) does not make two persons.
 */
export function rowIdentity(row: ImportRow): string {
  return [row.name, row.fatherName ?? '', row.gender, row.age ?? '', row.district ?? ''].join('\u001f');
}
