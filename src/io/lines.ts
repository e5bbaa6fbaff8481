/** One line of a byte stream, without its line ending. */
export interface Line {
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the (decompressed) stream. */
  offset: number;
  /** The line's bytes; empty when `tooLong`. */
  bytes: Buffer;
  /** The line was longer than the limit: its bytes were skipped, not buffered. */
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines ("\n" or "\r\n"). A line longer than `maxLineBytes` is skipped
 * as it streams past (memory stays bounded) and reported with `tooLong`. A last line without a
 * newline is yielded; an empty last line is not.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partLength = 0;
  let tooLong = false;
  let line = 1;
  let offset = 0;
  let lineStart = 0;
  const finish = (tail: Buffer): Line => {
    let bytes = tooLong ? Buffer.alloc(0) : parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const out: Line = { line, offset: lineStart, bytes, tooLong };
    parts = [];
    partLength = 0;
    tooLong = false;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      if (!tooLong && partLength + piece.length > maxLineBytes) {
        tooLong = true;
        parts = [];
        partLength = 0;
      }
      if (nl === -1) {
        if (!tooLong && piece.length > 0) {
          // Copy: the chunk's memory may be reused by the stream once we yield.
          parts.push(Buffer.from(piece));
          partLength += piece.length;
        }
        break;
      }
      yield finish(tooLong ? Buffer.alloc(0) : piece);
      line += 1;
      lineStart = offset + nl + 1;
      from = nl + 1;
    }
    offset += chunk.length;
  }
  if (tooLong || partLength > 0) yield finish(Buffer.alloc(0));
}
