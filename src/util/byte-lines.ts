/**
 * Splits a byte stream into lines without decoding it, so that each line can be decoded (and
 * refused) on its own: one line of broken UTF-8 must not spoil a file of a million. Splitting on
 * the LF byte is safe in UTF-8, where 0x0A never occurs inside a multi-byte character.
 */

export interface ByteLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line's bytes without its line break (LF or CRLF); a leading byte-order mark removed. */
  bytes: Buffer;
  /** Byte offset just after this line (and its line break): how far the file has been read. */
  end: number;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Yields the lines of a byte stream, grouped per chunk read (fewer awaits on big files). */
export async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<ByteLine[]> {
  let carry: Buffer = Buffer.alloc(0);
  let line = 0;
  let offset = 0; // bytes before `carry`
  const make = (bytes: Buffer, end: number): ByteLine => {
    line++;
    if (line === 1 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { line, bytes, end };
  };
  for await (const chunk of chunks) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const out: ByteLine[] = [];
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      out.push(make(buf.subarray(start, nl), offset + nl + 1));
      start = nl + 1;
    }
    // Copy the remainder: a subarray would keep the whole chunk alive until the line ends.
    carry = Buffer.from(buf.subarray(start));
    offset += start;
    if (out.length) yield out;
  }
  if (carry.length) yield [make(carry, offset + carry.length)];
}
