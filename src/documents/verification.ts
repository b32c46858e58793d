import type { SecretBox } from '../access/secret-box.js';

/**
 * Which kind of document a code was issued for. Each kind is its own MAC domain, so a code printed
 * on one kind of document never verifies another (an arrest memo's code is not an FIR copy's).
 */
export type DocumentKind =
  | 'fir-copy'
  | 'iif2-crime-details'
  | 'iif3-arrest'
  | 'iif4-seizure'
  | 'iif5-final-report'
  | 'iif6-court-disposal'
  | 'iif7-appeal'
  | 'case-diary'
  | 'bsa63-certificate'
  | 'nc-diary'
  | 'missing-person-report'
  | 'unnatural-death-report'
  | 'found-person-report'
  | 'lost-article-report'
  | 'property-return-receipt';

/**
 * What a verification code is computed from: the document's identity and version, and the FIR it
 * belongs to (whose number the code shows). For an FIR copy `id` is the FIR's id; for any other form
 * the id of the record printed (the arrest, the seizure, the final report, …).
 */
export interface VerifiedDocument {
  id: string;
  version: number;
  stationCode: string;
  year: number;
  firNo: number;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The verification code printed on every page of a document: the FIR number and a MAC of the
 * document's kind, id and version under the node key. Anyone can check a copy at /verify; nobody
 * can forge one. FIR copies' codes are unchanged by the kind (it is their MAC domain).
 */
export function verificationCode(secrets: SecretBox, fir: VerifiedDocument, kind: DocumentKind = 'fir-copy'): string {
  const mac = secrets.mac(kind, `${fir.id}:${fir.version}`);
  const chars = Array.from(mac.subarray(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${fir.stationCode}-${fir.year}-${String(fir.firNo).padStart(4, '0')}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * Which of these documents of an FIR a code was printed on, and at which version; null if none.
 * The candidates are the FIR's copies and the forms printed from its case (few, so each is tried).
 */
export function matchVerificationCode<K extends DocumentKind>(
  secrets: SecretBox,
  code: string,
  fir: Omit<VerifiedDocument, 'id' | 'version'>,
  candidates: readonly { kind: K; id: string; versions: readonly number[] }[],
): { kind: K; id: string; version: number } | null {
  const wanted = code.trim().toUpperCase();
  for (const c of candidates) for (const version of c.versions) if (verificationCode(secrets, { ...fir, id: c.id, version }, c.kind) === wanted) return { kind: c.kind, id: c.id, version };
  return null;
}

/**
 * The code printed on a fortnight's diary of non-cognizable reports: the station, the year, `NC`
 * and the fortnight's number in the year (1–24), and a MAC of the station, the fortnight and the
 * reports it lists — a diary printed before a late report was added no longer verifies as the
 * current one. Its own shape, so it is never taken for an FIR's.
 */
export function ncDiaryVerificationCode(secrets: SecretBox, diary: { stationCode: string; year: number; fortnight: number; reportIds: readonly string[] }): string {
  const mac = secrets.mac('nc-diary', `${diary.stationCode}:${diary.year}:${diary.fortnight}:${diary.reportIds.join(',')}`);
  const chars = Array.from(mac.subarray(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${diary.stationCode}-${diary.year}-NC${String(diary.fortnight).padStart(2, '0')}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Splits an NC diary's code into its station, year and fortnight; null if it is not shaped like one. */
export function parseNcDiaryCode(code: string): { stationCode: string; year: number; fortnight: number } | null {
  const m = /^([A-Z0-9-]+)-(\d{4})-NC(\d{2})-([A-Z2-9]{4})-([A-Z2-9]{4})$/.exec(code.trim().toUpperCase());
  if (!m || Number(m[3]) < 1 || Number(m[3]) > 24) return null;
  return { stationCode: m[1]!, year: Number(m[2]), fortnight: Number(m[3]) };
}

/** Splits a code into the FIR it names; null if it is not shaped like one. */
export function parseVerificationCode(code: string): { stationCode: string; year: number; firNo: number } | null {
  const m = /^([A-Z0-9-]+)-(\d{4})-(\d{4,})-([A-Z2-9]{4})-([A-Z2-9]{4})$/.exec(code.trim().toUpperCase());
  if (!m) return null;
  return { stationCode: m[1]!, year: Number(m[2]), firNo: Number(m[3]) };
}
