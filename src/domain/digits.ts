/**
 * Digits typed in Indian scripts (Devanagari ०-९, Bengali, Gurmukhi, Gujarati, Odia, Tamil,
 * Telugu, Kannada, Malayalam, Ol Chiki, Meetei Mayek, Urdu) read as the ASCII digits 0-9, so that
 * a number written on a Hindi keyboard finds the same record as one written in English.
 */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x1c50, 0xabf0, 0xff10];

export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    const zero = ZEROS.find((z) => c >= z && c < z + 10);
    return zero === undefined ? d : String(c - zero);
  });
}
