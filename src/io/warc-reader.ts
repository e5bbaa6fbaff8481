import { OPTION_NAMES } from './limits.js';
import { contentChunks, describeIoError, rawChunks } from './bytes.js';
import { decodeHtml } from './charset.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';
import { displayPath } from './format.js';
import { readAllLimited } from './read-all.js';

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** "<urn:uuid:3f…>" → "3f…". */
function recordIdOf(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  return raw.replace(/^<|>$/g, '').replace(/^urn:uuid:/i, '');
}

/** A byte stream that counts what it gave and knows when it ended. */
interface GuardedStream extends AsyncIterable<Uint8Array> {
  readonly total: number;
  readonly ended: boolean;
}

/**
 * Wraps the WARC bytes for warcio, which asks again and again for more after the data ends inside
 * a record (an endless loop on a truncated file): a few asks after the end are normal, more
 * mean the file is truncated, and the stream throws.
 */
function guardEnd(source: AsyncIterable<Buffer>): GuardedStream {
  const it = source[Symbol.asyncIterator]();
  let afterEnd = 0;
  const state = {
    total: 0,
    ended: false,
    [Symbol.asyncIterator]: () => ({
      async next(): Promise<IteratorResult<Uint8Array>> {
        if (state.ended) {
          if (++afterEnd > 16) throw new Error('unexpected end of the WARC data (truncated file)');
          return { done: true, value: undefined };
        }
        const n = await it.next();
        if (n.done) state.ended = true;
        else state.total += n.value.length;
        return n;
      },
    }),
  };
  return state;
}

/**
 * WARC and WARC.gz (Common Crawl, CC-NEWS) via warcio: every `response` record with a 2xx status
 * and an HTML content type is one article (its page is extracted in the worker); requests,
 * metadata, redirects and non-HTML responses are not articles and are passed over. The source of
 * a record is its file, WARC-Record-ID and byte offset in the decompressed WARC.
 */
export const readWarc: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const file = displayPath(input.path);
  const maxBytes = ctx.limits.maxArticleBytes * 4;
  let lastOffset = 0;
  let n = 0;
  try {
    // Gunzipped here, not by warcio: zlib reports a truncated .warc.gz. Offsets are therefore
    // positions in the decompressed WARC.
    const stream = guardEnd(contentChunks(rawChunks(input.path, ctx.onBytes)));
    // warcio loads on the first WARC file only.
    const { WARCParser } = await import('warcio');
    const parser = new WARCParser(stream);
    let lastEnd = 0;
    for await (const record of parser) {
      lastOffset = parser.offset;
      // Where this record's block ends; two CRLFs follow it.
      lastEnd = parser._warcHeadersLength + record.warcContentLength + 4;
      if (record.warcType !== 'response' || !record.httpHeaders) continue;
      const status = Number(record.httpHeaders.statusCode);
      const contentType = record.httpHeaders.headers.get('content-type');
      if (!(status >= 200 && status < 300) || !HTML_TYPE.test(contentType ?? '')) continue;
      n += 1;
      const recordId = recordIdOf(record.warcHeader('WARC-Record-ID')) ?? `${file}#${n}`;
      const source = { file, record: recordId, offset: parser.offset };
      const url = record.warcTargetURI ?? undefined;
      const content = await readAllLimited(record.contentReader, maxBytes);
      if (content === null) {
        yield { id: recordId, source, payload: errorPayload('article-too-large', `WARC record ${recordId} holds more than ${maxBytes} bytes of HTML (4 × ${(ctx.names ?? OPTION_NAMES).maxArticleBytes})`) };
        continue;
      }
      // A record cut off by the end of the file: warcio hands over what there is, silently.
      if (stream.ended && stream.total < parser._warcHeadersLength + record.warcContentLength) {
        yield { id: recordId, source, payload: errorPayload('input-unreadable', `WARC record ${recordId} is cut off by the end of the file (truncated WARC)`) };
        return;
      }
      const html = decodeHtml(content, contentType);
      const lastModified = record.httpHeaders.headers.get('last-modified')?.trim();
      yield { id: recordId, source, payload: { kind: 'html', html, ...(url ? { url } : {}), ...(lastModified ? { lastModified } : {}) } };
    }
    // The last record ends short of its length (cut in its headers), or bytes follow it that
    // warcio could not parse.
    if (stream.total < lastEnd) {
      yield {
        id: `${file}@${lastOffset}`,
        source: { file, offset: lastOffset },
        payload: errorPayload('input-unreadable', `the WARC record at offset ${lastOffset} is cut off by the end of the file (truncated WARC)`),
      };
    } else if (stream.total > lastEnd) {
      yield {
        id: `${file}@${lastEnd}`,
        source: { file, offset: lastEnd },
        payload: errorPayload('input-unreadable', `${stream.total - lastEnd} bytes after offset ${lastEnd} are not a whole WARC record (truncated WARC)`),
      };
    }
  } catch (err) {
    yield {
      id: `${file}@${lastOffset}`,
      source: { file, offset: lastOffset },
      payload: errorPayload('input-unreadable', `cannot read WARC past offset ${lastOffset}: ${describeIoError(err)}`),
    };
  }
};
