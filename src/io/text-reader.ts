import { stat } from 'node:fs/promises';
import { contentChunks, rawChunks } from './bytes.js';
import { decodeText } from './decode.js';
import { stemOf } from './format.js';
import { readAllLimited } from './read-all.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord, type Payload } from './record.js';

/**
 * Reads a whole single-article file (.txt, .html, or their .gz) within the article size limit.
 * Yields the decoded text, or an error payload saying why it cannot be used.
 */
export async function readWholeText(
  path: string,
  maxBytes: number,
  onBytes?: (n: number) => void,
): Promise<{ ok: true; text: string } | { ok: false; payload: Payload }> {
  try {
    if (path !== '-' && !path.toLowerCase().endsWith('.gz')) {
      const size = (await stat(path)).size;
      if (size > maxBytes) {
        onBytes?.(size);
        return { ok: false, payload: errorPayload('article-too-large', `file has ${size} bytes; the limit is ${maxBytes} (--max-article-bytes)`) };
      }
    }
    const bytes = await readAllLimited(contentChunks(rawChunks(path, onBytes)), maxBytes);
    if (bytes === null) {
      return { ok: false, payload: errorPayload('article-too-large', `content is larger than ${maxBytes} bytes (--max-article-bytes)`) };
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { ok: false, payload: errorPayload('input-unreadable', `file is ${decoded.reason}`) };
    return { ok: true, text: decoded.text };
  } catch (err) {
    return { ok: false, payload: errorPayload('input-unreadable', `cannot read file: ${describeIoError(err)}`) };
  }
}

/** A short reason for an I/O or zlib error ("truncated gzip", "no such file"). */
export function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e?.message ?? '')) return 'truncated gzip data (unexpected end of file)';
  if (e?.code === 'Z_DATA_ERROR') return `corrupt gzip data (${e.message})`;
  return e?.message ?? String(err);
}

/** Splits a plain-text article: the first non-empty line is the title, the rest the body. */
export function splitTitle(text: string): { title: string | null; body: string } {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return { title: null, body: '' };
  const body = lines.slice(first + 1).join('\n').replace(/^\s*\n/, '');
  // A one-line file has no title: its only line is the body.
  if (body.trim() === '') return { title: null, body: lines[first]!.trim() };
  return { title: lines[first]!.trim(), body };
}

/** A .txt file is one article; its id is the file name without extension. */
export const readTextFile: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const source = { file: input.path };
  const id = stemOf(input.path);
  const read = await readWholeText(input.path, ctx.limits.maxArticleBytes, ctx.onBytes);
  if (!read.ok) {
    yield { id, source, payload: read.payload };
    return;
  }
  const { title, body } = splitTitle(read.text);
  yield { id, source, payload: { kind: 'article', article: { id, ...(title !== null ? { title } : {}), body } } };
};
