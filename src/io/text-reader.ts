import { describeIoError } from './bytes.js';
import { decodeText } from './decode.js';
import { stemOf } from './format.js';
import { OPTION_NAMES } from './limits.js';
import { readWholeBytes } from './read-all.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord, type Payload } from './record.js';

/**
 * Reads a whole single-article file (.txt, .html, or their .gz) within the article size limit.
 * Yields the decoded text, or an error payload saying why it cannot be used.
 */
async function readWholeText(
  path: string,
  maxBytes: number,
  limitName: string,
  onBytes?: (n: number) => void,
): Promise<{ ok: true; text: string } | { ok: false; payload: Payload }> {
  try {
    const read = await readWholeBytes(path, maxBytes, onBytes);
    if ('tooLarge' in read) {
      if (read.tooLarge === null) {
        return { ok: false, payload: errorPayload('article-too-large', `content is larger than ${maxBytes} bytes (${limitName})`) };
      }
      // Skipped unread: its bytes still count as done for the progress.
      onBytes?.(read.tooLarge);
      return { ok: false, payload: errorPayload('article-too-large', `file has ${read.tooLarge} bytes; the limit is ${maxBytes} (${limitName})`) };
    }
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) return { ok: false, payload: errorPayload('input-unreadable', `file is ${decoded.reason}`) };
    return { ok: true, text: decoded.text };
  } catch (err) {
    return { ok: false, payload: errorPayload('input-unreadable', `cannot read file: ${describeIoError(err)}`) };
  }
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
  const read = await readWholeText(input.path, ctx.limits.maxArticleBytes, (ctx.names ?? OPTION_NAMES).maxArticleBytes, ctx.onBytes);
  if (!read.ok) {
    yield { id, source, payload: read.payload };
    return;
  }
  const { title, body } = splitTitle(read.text);
  yield { id, source, payload: { kind: 'article', article: { id, ...(title !== null ? { title } : {}), body } } };
};
