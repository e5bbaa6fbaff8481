import { availableParallelism } from 'node:os';
import { contentChunks, describeIoError, rawChunks } from '../io/bytes.js';
import { displayPath } from '../io/format.js';
import { splitLines, type Line } from '../io/lines.js';
import type { LoadError, LoadStats } from '../schema/facts.js';
import type { SourceRef } from '../schema/input.js';
import { ParsePool } from './parse-pool.js';
import { lineText } from './summary-line.js';
import type { FactStore } from './store.js';
import type { FactWriter, FactWriterOptions } from './writer.js';

/** Options of {@link loadFiles}. */
export interface LoadOptions extends FactWriterOptions {
  /** Lines longer than this are recorded as broken, without being buffered. Default 256 MiB. */
  maxLineBytes?: number;
  /** Called after each batch is written, with the counts so far. */
  onProgress?: (stats: LoadStats) => void;
  /**
   * Reorder the store's tables after the load (see `StoreBackend.reorder`; DuckDB only), so that
   * queries by name read a fraction of them: `true` always, `false` never; by default when the load
   * wrote at least a tenth of the store's articles (and at least {@link REORDER_MIN_ARTICLES}).
   */
  reorder?: boolean;
  /**
   * Threads that parse the lines of a load into a DuckDB store while this one writes (0: none).
   * Default {@link defaultParseThreads}. They start after the first
   * {@link LoadOptions.parseThreadsAfter} lines, which this thread parses: a small load does not
   * pay for starting them.
   */
  parseThreads?: number;
  /** Lines parsed in the loading thread before the parsing threads start. Default 2,000. */
  parseThreadsAfter?: number;
}

/**
 * Parsing threads of a load by default: one per core, at most 4 (a thread parses ~8,000 summaries
 * a second and the loading thread copies in ~9,000; on 2 cores, 2 threads loaded 100,000 summaries
 * in 32.6 s against 39.1 s with 1); none on one core.
 */
export function defaultParseThreads(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(4, cores) : 0;
}

/** Requests of parsed lines (256 each) a parsing thread may have waiting before reading pauses. */
const IN_FLIGHT_PER_THREAD = 4;

/**
 * Summaries per transaction of a load into a store with a bulk mode (DuckDB), unless the caller
 * sets `batchSize`: larger transactions cost DuckDB less CPU per summary (4–10% less than the
 * writer's default of 4,000 in paired runs of 40,000 and 100,000 replicated summaries), for a few
 * hundred MB more memory.
 */
export const BULK_BATCH_SIZE = 10_000;

/** The fewest articles a load writes before it reorders the store by default. */
export const REORDER_MIN_ARTICLES = 1000;

/** Default longest line: a summary of the largest article `warta analyze` accepts fits many times. */
export const DEFAULT_LOAD_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Loads `warta analyze` output (JSONL, gzipped or not; `-` for stdin) into a store. Every line is
 * a summary or an error record; a line that is neither (invalid JSON, another shape, too long, not
 * UTF-8) and a file that cannot be read are recorded in `load_errors` and counted as `broken`, and
 * the load goes on. Loading the same output twice stores nothing twice. The articles' rows are
 * built when their batch is written, for the articles it writes only; the next batch is read and
 * parsed while the database commits the last. At its end the load reorders a DuckDB store (see
 * {@link LoadOptions.reorder}) and rebuilds its precomputed tables; a DuckDB store checkpoints once,
 * at the end (see `StoreBackend.bulk`).
 */
export async function loadFiles(store: FactStore, inputs: readonly string[], options: LoadOptions = {}): Promise<LoadStats & { brokenLines: LoadError[] }> {
  const backend = store.backend;
  return backend.bulk ? backend.bulk((writesDone) => load(store, inputs, options, writesDone)) : load(store, inputs, options);
}

/** `writesDone`: called once the load's writes are done, before the reordering and refresh (see `StoreBackend.bulk`). */
async function load(store: FactStore, inputs: readonly string[], options: LoadOptions, writesDone?: () => Promise<void>): Promise<LoadStats & { brokenLines: LoadError[] }> {
  const bulk = store.backend.bulk !== undefined && options.batchSize === undefined;
  const writer = store.writer(bulk ? { ...options, batchSize: BULK_BATCH_SIZE } : options);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_LOAD_LINE_BYTES;

  // Where the machine has cores to spare, lines are parsed on other threads (DuckDB; PostgreSQL
  // encodes its COPY rows as it reads, and its server ingests them on its own core).
  const parallel = store.backend.appendRows !== undefined && store.backend.appendLines === undefined;
  const threads = parallel ? (options.parseThreads ?? defaultParseThreads()) : 0;
  if (!Number.isInteger(threads) || threads < 0) throw new RangeError(`parseThreads must be a whole number ≥ 0, got ${threads}`);
  const parseAfter = options.parseThreadsAfter ?? 2000;
  let pool: ParsePool | undefined;
  let parsedHere = 0;

  /** Hands parsed lines to the writer: all of them, or until few enough are waiting. */
  const take = async (all: boolean) => {
    while (pool && pool.pending > (all ? 0 : threads * IN_FLIGHT_PER_THREAD)) {
      const { parsed, text, sources } = await pool.next();
      for (let at = 0; at < parsed.lines.length; ) {
        at = writer.addParsed(parsed, text, sources, at);
        await flushIfFull(writer, options);
      }
      // Rows are laid out while the batches write most of their articles; a load of articles
      // stored already (unchanged) has them read only, and the few it writes are laid out here.
      pool.rows = writer.writesMost;
    }
  };

  /** One line (its bytes, or why it could not be read) to the writer. */
  const line = async (source: SourceRef, bytes: Uint8Array | null, broken: string | null) => {
    if (bytes !== null && broken === null && pool) {
      // Decoded where it is parsed.
      pool.add(bytes, source);
      await take(false);
      return;
    }
    const read = bytes !== null && broken === null ? lineText(bytes) : null;
    if (read && 'blank' in read) return;
    if (pool) {
      // The lines before it first, so that broken lines are recorded in the order they were read.
      pool.send();
      await take(true);
    }
    if (broken !== null) writer.addBroken(source, broken);
    else if (read && 'broken' in read) writer.addBroken(source, read.broken);
    else if (read) {
      writer.push(read.text, source);
      if (threads > 0 && ++parsedHere >= parseAfter) pool = new ParsePool(threads, options.validate ?? true);
    }
    await flushIfFull(writer, options);
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
    if (pool) {
      pool.send();
      await take(true);
    }
  } finally {
    await pool?.close();
  }
  await writer.flush();
  await writesDone?.();
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
