import type { SecretBox } from '../access/secret-box.js';

/** What a verification code is computed from: the FIR's identity and the version printed. */
export interface VerifiedDocument {
  id: string;
  version: number;
  stationCode: string;
  year: number;
  firNo: number;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The verification code printed on every FIR copy: the FIR number and a MAC of the FIR id and
 * version under the node key. Anyone can check a copy at /verify; nobody can forge one.
 */
export function verificationCode(secrets: SecretBox, fir: VerifiedDocument): string {
  const mac = secrets.mac('fir-copy', `${fir.id}:${fir.version}`);
  const chars = Array.from(mac.subarray(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${fir.stationCode}-${fir.year}-${String(fir.firNo).padStart(4, '0')}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Splits a code into the FIR it names; null if it is not shaped like one. */
export function parseVerificationCode(code: string): { stationCode: string; year: number; firNo: number } | null {
  const m = /^([A-Z0-9-]+)-(\d{4})-(\d{4,})-([A-Z2-9]{4})-([A-Z2-9]{4})$/.exec(code.trim().toUpperCase());
  if (!m) return null;
  return { stationCode: m[1]!, year: Number(m[2]), firNo: Number(m[3]) };
}
