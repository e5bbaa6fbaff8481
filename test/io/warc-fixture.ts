import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

/** One page to put into a test WARC. */
export interface WarcPage {
  url: string;
  body: Uint8Array | string;
  contentType?: string;
  status?: number;
  type?: 'response' | 'request' | 'metadata';
  /** More HTTP response headers ("Last-Modified"). */
  headers?: Record<string, string>;
}

/**
 * Writes a small WARC (gzipped per record, like Common Crawl) with a warcinfo record first, then
 * each page as a record. Returns the WARC-Record-IDs of the records, in order.
 */
export async function writeWarc(path: string, pages: readonly WarcPage[], gzip = true): Promise<string[]> {
  const parts: Uint8Array[] = [];
  const ids: string[] = [];
  const info = WARCRecord.createWARCInfo({ filename: 'test.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'warta tests' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const page of pages) {
    const type = page.type ?? 'response';
    const body = typeof page.body === 'string' ? new TextEncoder().encode(page.body) : page.body;
    const record = WARCRecord.create(
      {
        url: page.url,
        type,
        warcVersion: 'WARC/1.1',
        date: '2024-05-20T03:00:00Z',
        ...(type === 'response'
          ? { statusline: `HTTP/1.1 ${page.status ?? 200} OK`, httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8', ...page.headers } }
          : type === 'request'
            ? { statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'example' } }
            : {}),
      },
      (async function* () {
        yield body;
      })(),
    );
    ids.push(String(record.warcHeader('WARC-Record-ID')).replace(/^<urn:uuid:|>$/g, ''));
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  writeFileSync(path, Buffer.concat(parts));
  return ids;
}
