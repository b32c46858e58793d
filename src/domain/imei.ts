import { asciiDigits } from './digits.js';

/** An IMEI: 15 digits whose last is the Luhn check digit of the first 14 (3GPP TS 23.003). */
export function isImei(s: string): boolean {
  if (!/^\d{15}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = Number(s[i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An IMEI as written on a box, a bill or by *#06#: spaces, dashes, slashes and dots dropped,
 * Indian-script digits read as 0–9 ("३५ ६९३८ …" is the same handset). The digits only; whether
 * they are an IMEI is isImei's question.
 */
export function imeiDigits(raw: string): string {
  return asciiDigits(raw.normalize('NFKC')).replace(/[\s\-/.]/g, '');
}

/** The IMEI in its one writing (15 ASCII digits), or null when it is not one. */
export function normaliseImei(raw: string): string | null {
  const d = imeiDigits(raw);
  return isImei(d) ? d : null;
}
