import { asciiDigits } from './digits.js';

/**
 * FIR numbers as officers write them: "12/2026", "0012/2026", "12/26", "12", or the full label
 * the system prints, "MH-PUN-PS01/2026/0012". Pure: no I/O.
 */
export interface FirNumberQuery {
  firNo: number;
  year: number | null;
  stationCode: string | null;
}

/** FIR numbers run per station and year; five digits is more than any station registers. */
const NO = '(\\d{1,5})';

export function parseFirNumber(raw: string): FirNumberQuery | null {
  const s = asciiDigits(raw.normalize('NFKC'))
    .trim()
    .toUpperCase()
    .replace(/\s*\/\s*/g, '/');
  let m = new RegExp(`^${NO}(?:/(\\d{4}|\\d{2}))?$`).exec(s);
  if (m) return check({ firNo: Number(m[1]), year: m[2] ? fullYear(m[2]) : null, stationCode: null });
  m = new RegExp(`^([A-Z]{2}(?:-[A-Z0-9]+)+)/(\\d{4})/${NO}$`).exec(s);
  if (m) return check({ firNo: Number(m[3]), year: Number(m[2]), stationCode: m[1]! });
  return null;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function check(q: FirNumberQuery): FirNumberQuery | null {
  if (q.firNo < 1) return null;
  if (q.year !== null && (q.year < 1900 || q.year > 2100)) return null;
  return q;
}

/** "MH-PUN-PS01/2026/0012": the FIR's number as the system prints it, unique in the country. */
export const firNumberLabel = (station: string, year: number, no: number) => `${station}/${year}/${String(no).padStart(4, '0')}`;

/** "12/2026": the number as it is said and written at the station. */
export const shortFirNumber = (firNo: number, year: number) => `${firNo}/${year}`;
