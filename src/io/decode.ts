import { TextDecoder } from 'node:util';
import { decodeUtf16, looksLikeUtf16, utf16Of } from './utf16.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded text, or why the bytes are not text. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Strict decoding: UTF-16 when a byte-order mark says so, else UTF-8 (a leading BOM is dropped).
 * Invalid UTF-8 or UTF-16 and NUL bytes (binary data) are reported instead of being replaced
 * silently with U+FFFD.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const text = decodeUtf16(bytes, utf16);
    return text === null ? { ok: false, reason: `invalid ${utf16.toUpperCase()} (a lone surrogate)` } : { ok: true, text };
  }
  if (bytes.includes(0)) {
    return { ok: false, reason: looksLikeUtf16(bytes) ? 'UTF-16 without a byte-order mark, not UTF-8 (convert it to UTF-8)' : 'binary data (NUL bytes), not text' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid UTF-8' };
  }
}
