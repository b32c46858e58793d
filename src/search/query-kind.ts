import { firNumberLabel, parseFirNumber, shortFirNumber } from '../domain/fir-numbers.js';
import { normalisePhone } from '../domain/phone-numbers.js';
import { compactIdentifier, normaliseRegistration } from '../domain/vehicle-numbers.js';
import { asciiDigits } from '../domain/digits.js';

/**
 * What a single search box was given, so the web app can send it to the right search:
 * an FIR number, a phone number, a vehicle (registration, engine or chassis number) or a name.
 * Pure. The order matters: "12/2026" is an FIR, "9822012345" a phone, "MH12AB1234" a vehicle;
 * anything with no digits is a name (names never contain digits).
 */
export type QueryKind =
  | { kind: 'fir_number'; value: string; firNo: number; year: number | null; stationCode: string | null }
  | { kind: 'phone'; value: string }
  | { kind: 'vehicle'; value: string }
  | { kind: 'name'; value: string };

export function classifyQuery(q: string): QueryKind {
  const s = asciiDigits(q.normalize('NFKC')).trim();
  const fir = parseFirNumber(s);
  if (fir) {
    const value = fir.stationCode && fir.year ? firNumberLabel(fir.stationCode, fir.year, fir.firNo) : fir.year ? shortFirNumber(fir.firNo, fir.year) : String(fir.firNo);
    return { kind: 'fir_number', value, ...fir };
  }
  const phone = normalisePhone(s);
  if (phone) return { kind: 'phone', value: phone };
  const compact = compactIdentifier(s);
  // Registrations, engine and chassis numbers mix letters and digits, with at most separators between.
  if (/^[A-Za-z0-9 ./-]+$/.test(s) && /[A-Z]/.test(compact) && /\d/.test(compact) && compact.length >= 4) {
    const reg = normaliseRegistration(s)!;
    return { kind: 'vehicle', value: reg.kind === 'other' ? compact : reg.canonical };
  }
  return { kind: 'name', value: s.normalize('NFC').replace(/\s+/g, ' ') };
}
