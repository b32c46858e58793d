/**
 * A PNG of about the given size: the signature, then filler that does not compress away. A
 * different `salt` gives different bytes, so a content-addressed store sees a new file.
 */
export function pngOf(bytes: number, salt = 0): Buffer {
  const filler = Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 31 + salt) % 251));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), filler]);
}
