import type { Piscina } from 'piscina';
import { startPool } from '../worker-script.js';
import type { SourceRef } from '../schema/input.js';
import { lineBytes, type ParsedLines } from './parse-lines.js';
import { lineText } from './summary-line.js';

/** Bytes a request's buffer starts with: 256 lines of ~12 KB fit. */
const REQUEST_BYTES = 1 << 22;

/**
 * Threads that parse a load's lines while the loading thread writes (see `loadFiles`): lines go out
 * in requests of `linesPerRequest` and come back parsed in the order they went out. A thread that
 * fails fails the load. piscina is imported on first use, as by the batch pool.
 */
export class ParsePool {
  private readonly pool: Promise<Piscina>;
  private readonly results: { parsed: Promise<ParsedLines>; request: { bytes: Uint8Array; ends: Int32Array } | undefined; sources: SourceRef[] }[] = [];
  /** Whether the threads lay out the rows of the lines sent next (see `ParseRequest.rows`). */
  rows = true;
  private bytes = new Uint8Array(REQUEST_BYTES);
  private used = 0;
  private ends: number[] = [];
  private sources: SourceRef[] = [];
  private seq = 0;

  constructor(
    threads: number,
    validate: boolean,
    private readonly linesPerRequest = 256,
  ) {
    this.pool = startPool(import.meta.url, 'parse-worker', threads, { workerData: { validate } });
  }

  /** Requests sent and not yet taken back. */
  get pending(): number {
    return this.results.length;
  }

  /** Adds a line (its bytes, as read), read from `source`; a full request goes out. */
  add(line: Uint8Array, source: SourceRef): void {
    if (this.used + line.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + line.length));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(line, this.used);
    this.used += line.length;
    this.ends.push(this.used);
    this.sources.push(source);
    if (this.ends.length >= this.linesPerRequest) this.send();
  }

  /** Sends the lines added since the last request, if any. */
  send(): void {
    if (this.ends.length === 0) return;
    const request = { seq: this.seq++, bytes: this.bytes.slice(0, this.used), ends: Int32Array.from(this.ends), rows: this.rows };
    // The bytes go over without a copy, unless this thread keeps them: the lines whose rows are not
    // laid out there are read again here if they are written (see `ParseRequest.rows`).
    const keep = this.rows ? undefined : { bytes: request.bytes, ends: request.ends };
    const transferList = keep ? [] : [request.bytes.buffer, request.ends.buffer];
    const parsed = this.pool.then((p) => p.run(request, { transferList }) as Promise<ParsedLines>).catch((err: unknown) => {
      throw new Error(`a thread parsing the load's lines failed: ${err instanceof Error ? err.message : String(err)}`);
    });
    parsed.catch(() => {});
    this.results.push({ parsed, request: keep, sources: this.sources });
    // A buffer grown for a very long line is not kept for the rest of the load.
    if (this.bytes.length > REQUEST_BYTES * 4) this.bytes = new Uint8Array(REQUEST_BYTES);
    this.used = 0;
    this.ends = [];
    this.sources = [];
  }

  /**
   * The oldest request's lines, parsed, where each came from, and, for lines whose rows were not
   * laid out, the text of the i-th.
   */
  async next(): Promise<{ parsed: ParsedLines; text: (i: number) => string; sources: SourceRef[] }> {
    const result = this.results.shift();
    if (!result) throw new Error('no request is waiting');
    const { request } = result;
    const text = (i: number) => {
      if (!request) throw new Error('the lines of this request were not kept');
      const read = lineText(lineBytes(request, i));
      if (!('text' in read)) throw new Error('a line read before no longer reads as text');
      return read.text;
    };
    return { parsed: await result.parsed, text, sources: result.sources };
  }

  async close(): Promise<void> {
    await (await this.pool).destroy();
  }
}
