import { TextDecoder } from 'node:util';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded text, or why the bytes are not text. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Strict UTF-8 decoding (a leading BOM is dropped). Invalid UTF-8 and NUL bytes (binary data)
 * are reported instead of being replaced silently with U+FFFD.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, reason: 'binary data (NUL bytes), not text' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid UTF-8' };
  }
}
