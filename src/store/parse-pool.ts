import type { Piscina } from 'piscina';
import { workerScript } from '../batch/worker-script.js';
import type { SourceRef } from '../schema/input.js';
import type { ParsedLines } from './parse-lines.js';

/**
 * Threads that parse a load's lines while the loading thread writes (see `loadFiles`): lines go out
 * in requests of `linesPerRequest` and come back parsed in the order they went out. A thread that
 * fails fails the load. piscina is imported on first use, as by the batch pool.
 */
export class ParsePool {
  private readonly pool: Promise<Piscina>;
  private readonly results: { parsed: Promise<ParsedLines>; lines: string[]; sources: SourceRef[] }[] = [];
  /** Whether the threads lay out the rows of the lines sent next (see `ParseRequest.rows`). */
  rows = true;
  private lines: string[] = [];
  private sources: SourceRef[] = [];
  private seq = 0;

  constructor(
    threads: number,
    validate: boolean,
    private readonly linesPerRequest = 256,
  ) {
    const { file, execArgv } = workerScript(import.meta.url, 'parse-worker');
    this.pool = import('piscina').then(({ Piscina }) => {
      const p = new Piscina({ filename: file, minThreads: threads, maxThreads: threads, execArgv, workerData: { validate }, idleTimeout: 60_000 });
      // A thread that dies fails its task, which fails the load; without a listener it would crash the process.
      p.on('error', () => {});
      return p;
    });
  }

  /** Requests sent and not yet taken back. */
  get pending(): number {
    return this.results.length;
  }

  /** Adds a line, read from `source`; a full request goes out. */
  add(line: string, source: SourceRef): void {
    this.lines.push(line);
    this.sources.push(source);
    if (this.lines.length >= this.linesPerRequest) this.send();
  }

  /** Sends the lines added since the last request, if any. */
  send(): void {
    if (this.lines.length === 0) return;
    const request = { seq: this.seq++, lines: this.lines, rows: this.rows };
    const parsed = this.pool.then((p) => p.run(request) as Promise<ParsedLines>).catch((err: unknown) => {
      throw new Error(`a thread parsing the load's lines failed: ${err instanceof Error ? err.message : String(err)}`);
    });
    parsed.catch(() => {});
    this.results.push({ parsed, lines: this.lines, sources: this.sources });
    this.lines = [];
    this.sources = [];
  }

  /** The oldest request's lines, parsed, the lines themselves, and where each came from. */
  async next(): Promise<{ parsed: ParsedLines; lines: string[]; sources: SourceRef[] }> {
    const result = this.results.shift();
    if (!result) throw new Error('no request is waiting');
    return { parsed: await result.parsed, lines: result.lines, sources: result.sources };
  }

  async close(): Promise<void> {
    await (await this.pool).destroy();
  }
}
