import { asciiDigits } from './digits.js';

/**
 * Indian vehicle registration, engine and chassis numbers in one canonical writing each, so that
 * "MH 12 AB 1234", "mh12ab1234", "MH-12-AB-1234" and "MH 12 AB 01234"-style variants are one
 * number. Pure: no I/O.
 *
 * Registrations (Central Motor Vehicles Rules, r. 50 and the BH-series notification of 2021):
 * - standard  MH 12 AB 1234: state, RTO (1–2 digits), series (0–3 letters), number (1–4 digits);
 *             Delhi's "DL 3C AB 1234" is the same shape (series CAB);
 * - bh        22 BH 1234 AA: year of registration, BH, number, letters;
 * - old       MMU 1234: the three-letter series issued before 1989;
 * - other     anything else (trade and temporary plates, foreign vehicles): its letters and digits.
 * RTO codes are written "MH 2" and "MH 02", numbers "123" and "0123": both are padded.
 */
export type RegistrationKind = 'standard' | 'bh' | 'old' | 'other';

export interface Registration {
  canonical: string;
  kind: RegistrationKind;
}

/** Letters and digits only, upper-case, Indian-script digits as ASCII: "mh-12 ab/1234" → "MH12AB1234". */
export function compactIdentifier(raw: string): string {
  return asciiDigits(raw.normalize('NFKC'))
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

const pad = (digits: string, n: number) => digits.padStart(n, '0');

export function normaliseRegistration(raw: string): Registration | null {
  const s = compactIdentifier(raw);
  if (!s) return null;
  let m = /^(\d{2})BH(\d{1,4})([A-Z]{1,2})$/.exec(s);
  if (m) return { canonical: `${m[1]}BH${pad(m[2]!, 4)}${m[3]}`, kind: 'bh' };
  // Where the writer separated the parts ("GJ 1 1234"), the separators say where the RTO code
  // ends; run together ("GJ11234") the number is taken to be the last four digits.
  const spaced = asciiDigits(raw.normalize('NFKC'))
    .toUpperCase()
    .match(/[A-Z]+|[0-9]+/g)!
    .join(' ');
  m = /^([A-Z]{2}) (\d{1,2}) (?:([A-Z]+(?: [A-Z]+)*) )?(\d{1,4})$/.exec(spaced);
  const series = m?.[3]?.replace(/ /g, '') ?? '';
  if (m && series.length <= 3) return { canonical: `${m[1]}${pad(m[2]!, 2)}${series}${pad(m[4]!, 4)}`, kind: 'standard' };
  m = /^([A-Z]{2})(\d{1,2}?)([A-Z]{0,3})(\d{1,4})$/.exec(s);
  if (m) return { canonical: `${m[1]}${pad(m[2]!, 2)}${m[3]}${pad(m[4]!, 4)}`, kind: 'standard' };
  m = /^([A-Z]{3})(\d{1,4})$/.exec(s);
  if (m) return { canonical: `${m[1]}${pad(m[2]!, 4)}`, kind: 'old' };
  return { canonical: s, kind: 'other' };
}

/** A fragment shorter than this matches too many vehicles to be worth searching for. */
export const MIN_FRAGMENT = 5;

/**
 * What a vehicle search looks for: the registration in canonical form (exact), and, when the
 * query is long enough, the query as a fragment: the start or the end of a registration, engine
 * or chassis number ("the last five characters of the chassis number").
 */
export function vehicleQuery(raw: string): { registration: string | null; fragment: string | null } {
  const compact = compactIdentifier(raw);
  const reg = normaliseRegistration(raw);
  return {
    // An unrecognised writing is still found whole, as a fragment that is the entire number.
    registration: reg && reg.kind !== 'other' ? reg.canonical : null,
    fragment: compact.length >= MIN_FRAGMENT ? compact : null,
  };
}

/** The characters in reverse order: an index on the reversed text finds suffixes as prefixes. */
export function reversed(s: string): string {
  return [...s].reverse().join('');
}
