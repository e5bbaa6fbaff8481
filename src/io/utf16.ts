import { TextDecoder } from 'node:util';

/** A UTF-16 encoding, named as TextDecoder names it. */
export type Utf16 = 'utf-16le' | 'utf-16be';

/** The UTF-16 encoding its byte-order mark announces (FF FE: little-endian; FE FF: big-endian), if any. */
export function utf16Of(head: Uint8Array): Utf16 | undefined {
  if (head.length < 2) return undefined;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Whether bytes without a byte-order mark look like UTF-16 all the same: a NUL in every other byte,
 * as ASCII text in UTF-16 has. Only for a clearer message: such bytes are not read as text.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 16) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.6 && Math.min(even, odd) <= (n / 2) * 0.05;
}

/** Strict UTF-16 decoding of a whole buffer (its byte-order mark dropped), or null for a lone surrogate. */
export function decodeUtf16(bytes: Uint8Array, encoding: Utf16): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A byte stream as UTF-8: a stream that starts with a UTF-16 byte-order mark is decoded (strictly)
 * and re-encoded, chunk by chunk; any other passes through untouched. The line readers (JSONL, CSV)
 * then read UTF-16 files like any other. A lone surrogate throws when it is reached, after every
 * chunk before it.
 */
export async function* utf8Chunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = chunks[Symbol.asyncIterator]();
  // The byte-order mark needs two bytes; a first chunk of one byte waits for the next.
  let head: Buffer = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await it.next();
    if (next.done) {
      if (head.length > 0) yield head;
      return;
    }
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  const encoding = utf16Of(head);
  if (!encoding) yield head;
  const decoder = encoding ? new TextDecoder(encoding, { fatal: true }) : undefined;
  if (decoder) yield utf8Of(decoder, head, true);
  for (;;) {
    const next = await it.next();
    if (next.done) break;
    yield decoder ? utf8Of(decoder, next.value, true) : next.value;
  }
  if (decoder) yield utf8Of(decoder, Buffer.alloc(0), false);
}

function utf8Of(decoder: TextDecoder, bytes: Buffer, stream: boolean): Buffer {
  try {
    return Buffer.from(decoder.decode(bytes, { stream }), 'utf8');
  } catch {
    throw new Error('invalid UTF-16 (a lone surrogate or a cut-off character)');
  }
}
