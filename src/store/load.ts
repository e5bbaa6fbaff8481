import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentChunks, describeIoError, rawChunks } from '../io/bytes.js';
import { decodeText } from '../io/decode.js';
import { displayPath } from '../io/format.js';
import { splitLines, type Line } from '../io/lines.js';
import type { LoadError, LoadStats } from '../schema/facts.js';
import type { SourceRef } from '../schema/input.js';
import type { BatchResult, LineBatch, LineResult } from './load-worker.js';
import type { FactStore } from './store.js';
import type { FactWriter, FactWriterOptions } from './writer.js';

/** Options of {@link loadFiles}. */
export interface LoadOptions extends FactWriterOptions {
  /** Lines longer than this are recorded as broken, without being buffered. Default 256 MiB. */
  maxLineBytes?: number;
  /** Called after each batch is written, with the counts so far. */
  onProgress?: (stats: LoadStats) => void;
  /**
   * Worker threads that read lines into rows (decode, parse, check against the summary schema,
   * split sentences) while this thread writes; default 0: everything in this thread. Measured on 2
   * busy cores, 2 threads cost 20–40% more CPU per summary (rows are built for unchanged articles
   * too, and copied between threads) and loaded no faster; they can pay where processors are
   * idle.
   */
  threads?: number;
  /**
   * Reorder the store's tables after the load (see `StoreBackend.reorder`; DuckDB only), so that
   * queries by name read a fraction of them: `true` always, `false` never; by default when the load
   * wrote at least a tenth of the store's articles (and at least {@link REORDER_MIN_ARTICLES}).
   */
  reorder?: boolean;
}

/** The fewest articles a load writes before it reorders the store by default. */
export const REORDER_MIN_ARTICLES = 1000;

/** Default longest line: a summary of the largest article `warta analyze` accepts fits many times. */
export const DEFAULT_LOAD_LINE_BYTES = 256 * 1024 * 1024;

/** Lines, or bytes, sent to a worker thread at a time. */
const BATCH_LINES = 64;
const BATCH_BYTES = 1 << 20;


/** Worker threads that turn batches of lines into rows, answering in the order batches were sent. */
class LinePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: LineResult[]) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private failed: Error | undefined;

  /** Starts the threads (the batch module that knows how to start them is loaded only then). */
  static async start(threads: number): Promise<LinePool> {
    const { workerScript } = await import('../batch/processor.js');
    return new LinePool(threads, workerScript(import.meta.url, 'load-worker'));
  }

  private constructor(threads: number, { file, execArgv }: { file: string; execArgv: string[] }) {
    // From source (`.ts`, a run under tsx), the worker registers tsx's loader itself before it
    // imports its module: tsx's `--import` hooks do not reach worker threads on Node 20.
    const url = JSON.stringify(pathToFileURL(file).href);
    const start = file.endsWith('.ts') ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${url}); })` : `import(${url})`;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(start, { eval: true, execArgv });
      w.on('message', (m: BatchResult) => {
        const p = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        p?.resolve(m.results);
      });
      const fail = (err: Error) => {
        this.failed ??= err;
        for (const p of this.waiting.values()) p.reject(err);
        this.waiting.clear();
      };
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a load's worker thread stopped (exit code ${code})`));
      });
      this.workers.push(w);
    }
  }

  submit(bytes: Uint8Array, ends: number[], validate: boolean): Promise<LineResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length]!;
    const result = new Promise<LineResult[]>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    // Awaited in order later; a failure of a batch not yet awaited must not count as unhandled.
    result.catch(() => {});
    worker.postMessage({ seq, bytes, ends, validate } satisfies LineBatch, [bytes.buffer as ArrayBuffer]);
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A batch of lines on its way through a worker: where each line came from, and what it became. */
interface Sent {
  /** In line order: a line sent to the worker (`null`), or a line found broken here (its message). */
  lines: { source: SourceRef; broken: string | null }[];
  results: Promise<LineResult[]> | null;
}

/**
 * Loads `warta analyze` output (JSONL, gzipped or not; `-` for stdin) into a store. Every line is
 * a summary or an error record; a line that is neither (invalid JSON, another shape, too long, not
 * UTF-8) and a file that cannot be read are recorded in `load_errors` and counted as `broken`, and
 * the load goes on. Loading the same output twice stores nothing twice.
 *
 * Lines are read into rows by worker threads (see {@link LoadOptions.threads}) while this thread
 * writes the rows of earlier lines; the writer takes them in the order of the input, so the result
 * is the same as one thread's.
 */
export async function loadFiles(store: FactStore, inputs: readonly string[], options: LoadOptions = {}): Promise<LoadStats & { brokenLines: LoadError[] }> {
  const writer = store.writer(options);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_LOAD_LINE_BYTES;
  const validate = options.validate ?? true;
  const threads = Math.max(0, Math.min(options.threads ?? 0, availableParallelism()));
  let pool: LinePool | undefined;
  const sent: Sent[] = [];
  let batch: Sent = { lines: [], results: null };
  let parts: Uint8Array[] = [];
  let ends: number[] = [];
  let size = 0;

  const take = (result: LineResult, source: SourceRef) => {
    if (result === null) return;
    if ('broken' in result) writer.addBroken(source, result.broken);
    else writer.addPrepared(result.prepared);
  };
  /** Hands the results of the oldest batches to the writer, leaving `keep` in flight. */
  const drain = async (keep: number) => {
    while (sent.length > keep) {
      const b = sent.shift()!;
      const results = b.results ? await b.results : [];
      let next = 0;
      for (const l of b.lines) {
        if (l.broken !== null) writer.addBroken(l.source, l.broken);
        else take(results[next++]!, l.source);
      }
      await flushIfFull(writer, options);
    }
  };
  const send = async () => {
    if (batch.lines.length === 0) return;
    if (ends.length > 0) {
      pool ??= await LinePool.start(threads);
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      batch.results = pool.submit(bytes, ends, validate);
    }
    sent.push(batch);
    batch = { lines: [], results: null };
    parts = [];
    ends = [];
    size = 0;
    await drain(threads * 2);
  };
  /** One line: to a worker thread, or (without threads) into rows here. */
  const line = async (source: SourceRef, bytes: Uint8Array | null, broken: string | null) => {
    if (threads === 0) {
      // Rows are built when the batch is written, for the articles it writes only.
      const decoded = bytes ? decodeText(bytes) : null;
      if (broken !== null) writer.addBroken(source, broken);
      else if (decoded && !decoded.ok) writer.addBroken(source, `the line is ${decoded.reason}`);
      else if (decoded?.ok && decoded.text.trim() !== '') writer.push(decoded.text, source);
      await flushIfFull(writer, options);
      return;
    }
    batch.lines.push({ source, broken });
    if (bytes) {
      parts.push(bytes);
      size += bytes.length;
      ends.push(size);
    }
    if (batch.lines.length >= BATCH_LINES || size >= BATCH_BYTES) await send();
  };

  try {
    for (const input of inputs) {
      const file = input === '-' ? '-' : displayPath(input);
      const lines = splitLines(contentChunks(rawChunks(input)), maxLineBytes);
      let lastLine = 0;
      for (;;) {
        // Only reading is guarded here: a store that fails to write stops the load with its error.
        let next: IteratorResult<Line>;
        try {
          next = await lines.next();
        } catch (err) {
          const reason = describeIoError(err);
          await line({ file, line: lastLine + 1 }, null, lastLine === 0 ? `cannot read ${file}: ${reason}` : `cannot read past line ${lastLine}: ${reason}`);
          break;
        }
        if (next.done) break;
        const l = next.value;
        lastLine = l.line;
        const source = { file, line: l.line };
        if (l.tooLong) await line(source, null, `the line is longer than ${maxLineBytes} bytes`);
        else if (l.bytes.length > 0) await line(source, l.bytes, null);
      }
    }
    await send();
    await drain(0);
  } finally {
    await pool?.close();
  }
  await writer.flush();
  const backend = store.backend;
  if (backend.reorder && options.reorder !== false) {
    const written = writer.stats.stored + writer.stats.replaced;
    let reorder = options.reorder === true;
    if (!reorder && written >= REORDER_MIN_ARTICLES) {
      const [row] = await backend.all('SELECT CAST(count(*) AS INTEGER) AS n FROM articles');
      reorder = written * 10 >= Number(row?.n ?? 0);
    }
    if (reorder) await backend.reorder();
  }
  await store.refresh();
  options.onProgress?.({ ...writer.stats });
  return { ...writer.stats, brokenLines: writer.brokenLines };
}

async function flushIfFull(writer: FactWriter, options: LoadOptions): Promise<void> {
  if (!writer.needsFlush) return;
  await writer.flushSoon();
  options.onProgress?.({ ...writer.stats });
}
