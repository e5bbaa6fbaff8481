import { OPTION_NAMES } from './limits.js';
import { describeIoError } from './bytes.js';
import { decodeHtml } from './charset.js';
import { utf16Of } from './utf16.js';
import { stemOf } from './format.js';
import { readWholeBytes } from './read-all.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';

/**
 * An .html file (or .html.gz) is one page; the worker extracts its article. Its id is the file
 * name. A page carries markup around its article, so it may be up to 4 × --max-article-bytes.
 */
export const readHtmlFile: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const source = { file: input.path };
  const id = stemOf(input.path);
  const maxBytes = ctx.limits.maxArticleBytes * 4;
  const tooLarge = errorPayload('article-too-large', `HTML page is larger than ${maxBytes} bytes (4 × ${(ctx.names ?? OPTION_NAMES).maxArticleBytes})`);
  try {
    const read = await readWholeBytes(input.path, maxBytes, ctx.onBytes);
    if ('tooLarge' in read) {
      yield { id, source, payload: tooLarge };
      return;
    }
    const { bytes } = read;
    if (!utf16Of(bytes) && bytes.includes(0)) {
      yield { id, source, payload: errorPayload('input-unreadable', 'file is binary data (NUL bytes), not HTML') };
      return;
    }
    yield { id, source, payload: { kind: 'html', html: decodeHtml(bytes) } };
  } catch (err) {
    yield { id, source, payload: errorPayload('input-unreadable', `cannot read file: ${describeIoError(err)}`) };
  }
};
