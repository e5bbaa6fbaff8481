import { stat } from 'node:fs/promises';
import { contentChunks, rawChunks } from './bytes.js';
import { decodeHtml } from './charset.js';
import { stemOf } from './format.js';
import { readAllLimited } from './read-all.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';
import { describeIoError } from './text-reader.js';

/**
 * An .html file (or .html.gz) is one page; the worker extracts its article. Its id is the file
 * name. A page carries markup around its article, so it may be up to 4 × --max-article-bytes.
 */
export const readHtmlFile: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const source = { file: input.path };
  const id = stemOf(input.path);
  const maxBytes = ctx.limits.maxArticleBytes * 4;
  const tooLarge = errorPayload('article-too-large', `HTML page is larger than ${maxBytes} bytes (4 × --max-article-bytes)`);
  try {
    if (input.path !== '-' && !input.path.toLowerCase().endsWith('.gz') && (await stat(input.path)).size > maxBytes) {
      yield { id, source, payload: tooLarge };
      return;
    }
    const bytes = await readAllLimited(contentChunks(rawChunks(input.path, ctx.onBytes)), maxBytes);
    if (bytes === null) {
      yield { id, source, payload: tooLarge };
      return;
    }
    if (bytes.includes(0)) {
      yield { id, source, payload: errorPayload('input-unreadable', 'file is binary data (NUL bytes), not HTML') };
      return;
    }
    yield { id, source, payload: { kind: 'html', html: decodeHtml(bytes) } };
  } catch (err) {
    yield { id, source, payload: errorPayload('input-unreadable', `cannot read file: ${describeIoError(err)}`) };
  }
};
