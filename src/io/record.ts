import type { MessageCode } from '../schema/message.js';
import type { SourceRef } from '../schema/input.js';

/**
 * What a reader found at one input position, before analysis. Payloads are plain data so they
 * can cross into a worker thread; the expensive parts (JSON.parse, HTML extraction) run there.
 */
export type Payload =
  /** One JSONL line, decoded; parsed by the worker. */
  | { kind: 'json'; text: string }
  /** An article object already built by the reader (a .txt file, a CSV row). */
  | { kind: 'article'; article: Record<string, unknown> }
  /** An HTML page; the worker extracts the article with Readability. */
  | {
      kind: 'html';
      html: string;
      url?: string;
      /** The HTTP Last-Modified header of a WARC response: the publication date when the page's meta tags give none. */
      lastModified?: string;
    }
  /** The position could not be read: it becomes an error record with this reason. */
  | { kind: 'error'; code: MessageCode; message: string };

/** One input record: exactly one output record is written for each. */
export interface InputRecord {
  /** Fallback id when the article carries none (file name, or file name and line). */
  id: string;
  source: SourceRef;
  payload: Payload;
}

/** An error record's payload. */
export function errorPayload(code: MessageCode, message: string): Payload {
  return { kind: 'error', code, message };
}
