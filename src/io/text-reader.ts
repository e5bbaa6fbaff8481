import { describeIoError } from './bytes.js';
import { decodeText } from './decode.js';
import { stemOf } from './format.js';
import { OPTION_NAMES } from './limits.js';
import { readWholeBytes } from './read-all.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord, type Payload } from './record.js';
import { splitTitle } from './split-title.js';

export { splitTitle };

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
