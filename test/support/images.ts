import zlib from 'node:zlib';

/**
 * A real PNG (8-bit RGB, stored without compression) of about the given size in bytes, its
 * pixels drawn from `salt`: a different salt gives different bytes, so a content-addressed store
 * sees a new file. Synchronous and without sharp, so any test can make one in place.
 */
export function pngOf(bytes: number, salt = 0): Buffer {
  const width = Math.max(1, Math.min(256, Math.floor(Math.sqrt(bytes / 3))));
  const height = Math.max(1, Math.round(bytes / (3 * width + 1)));
  const raw = Buffer.alloc((3 * width + 1) * height);
  let x = (salt * 2654435761 + 12345) >>> 0;
  for (let i = 0; i < raw.length; i++) {
    if (i % (3 * width + 1) === 0) continue; // filter byte: none
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    raw[i] = x >>> 24;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
export function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
