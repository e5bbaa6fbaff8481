import { TextDecoder } from 'node:util';
import { utf16Of } from './utf16.js';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function decoderFor(label: string | undefined): TextDecoder {
  if (label) {
    try {
      return new TextDecoder(label.trim().toLowerCase());
    } catch {
      // An unknown label: fall back to UTF-8, as browsers do.
    }
  }
  return new TextDecoder('utf-8');
}

/**
 * Decodes an HTML page as a browser would: a UTF-16 byte-order mark, else the charset of the HTTP
 * Content-Type, else a `<meta charset>` in the first 4 KB, else UTF-8; undecodable bytes become
 * U+FFFD (web pages often carry a few, and the article is still worth reading).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  // A byte-order mark decides before any label, as in browsers.
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const fromMeta = META_CHARSET.exec(head)?.[1];
  return decoderFor(fromHeader ?? fromMeta).decode(bytes);
}
