import { asciiDigits } from './digits.js';

/**
 * Telephone numbers in one canonical writing, so that "+91 98220 12345", "098220-12345",
 * "9822012345" and "0091 98220 12345" are one number. Pure: no I/O.
 *
 * Indian numbers (mobile and landline) have a 10-digit national significant number: mobiles
 * 98220 12345, landlines STD code + number (20 2612 3456). They are written with the country code
 * (+91, 0091, 91) or the trunk prefix 0; both are dropped. Other countries' numbers keep "+" and
 * their country code. A local landline without its STD code (6–9 digits) stays as written.
 */
/** Digits with spaces, dashes, dots and brackets; "+" only in front: "+91 …", "(+91) …". */
const PHONE_CHARS = /^\(?\+?[0-9 ().-]+$/;

export function normalisePhone(raw: string): string | null {
  const s = asciiDigits(raw.normalize('NFKC')).trim();
  if (!PHONE_CHARS.test(s)) return null;
  const digits = s.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  if (/^\(?\+/.test(s)) return digits.startsWith('91') && digits.length === 12 ? digits.slice(2) : `+${digits}`;
  if (digits.startsWith('0091') && digits.length === 14) return digits.slice(4);
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0') && digits.length === 11) return digits.slice(1);
  if (digits.startsWith('91') && digits.length === 12) return digits.slice(2);
  return digits;
}
