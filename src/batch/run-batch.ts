import { availableParallelism } from 'node:os';
import { readInputs } from '../io/read-inputs.js';
import type { InputRecord } from '../io/record.js';
import { expandInputs } from '../io/walk.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { EXIT } from './exit.js';
import { Ledger, openResume, saveCheckpoint, type ResumeState } from './ledger.js';
import { settingsOf, workerSetupOf, type BatchOptions, type BatchResult, type BatchSettings } from './options.js';
import type { RecordResult } from './process-record.js';
import { buildSetupPipeline, inlineProcessor, poolProcessor, type Processor } from './processor.js';
import { createProgress, type Progress } from './progress.js';
import { ChunkScheduler, type Chunk } from './scheduler.js';
import { inShard } from './shard.js';
import { openFileSink, streamSink, type LineSink } from './sink.js';

export type { BatchOptions, BatchResult, BatchOptionNames } from './options.js';

/** The exit code for a finished run. */
export function exitCodeOf(result: BatchResult): number {
  if (result.interrupted) return EXIT.interrupted;
  return result.error + result.partial > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Buffered output beyond this is flushed (with a checkpoint) before the interval is up. */
const FLUSH_BYTES = 1 << 20;
/** A chunk is cut at this many bytes of articles, even before it has `chunkSize` records. */
const CHUNK_BYTES = 1 << 20;

function payloadBytes(r: InputRecord): number {
  const p = r.payload;
  return p.kind === 'json' ? p.text.length : p.kind === 'html' ? p.html.length : p.kind === 'article' ? String(p.article.body ?? p.article.text ?? '').length : 64;
}

/** Where summaries and error records go: the output (a file or stdout) and the errors file. */
async function openSinks(settings: BatchSettings, resume: ResumeState): Promise<{ out: LineSink; errs: LineSink | undefined }> {
  const { options } = settings;
  const previous = resume.previous;
  const out = options.output ? await openFileSink(options.output, previous ? previous.outputBytes : undefined) : streamSink(options.stdout ?? process.stdout);
  const errs = options.errors ? await openFileSink(options.errors, previous ? (previous.errorsBytes ?? 0) : undefined) : undefined;
  return { out, errs };
}

/**
 * Progress of a run: raw bytes read against the total size of the input files (summed in the
 * background; unknown for stdin), records read and written, shown at most every 200 ms.
 */
class RunProgress {
  bytesRead = 0;
  read = 0;
  private totalBytes: number | undefined;
  private last = 0;

  constructor(
    private readonly display: Progress,
    settings: BatchSettings,
  ) {
    const { inputs, format } = settings.options;
    if (inputs.includes('-')) return;
    void (async () => {
      let sum = 0;
      for await (const f of expandInputs(inputs, format, settings.names)) if ('size' in f) sum += f.size ?? 0;
      this.totalBytes = sum;
    })().catch(() => {});
  }

  show(ledger: Ledger): void {
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.display.update({ done: ledger.total - ledger.countedBefore, errors: ledger.counts.error, bytesRead: this.bytesRead, totalBytes: this.totalBytes, read: this.read });
  }
}

/**
 * The records of the run's sequence that this run must process, in chunks: the inputs read in
 * order, only this shard's, without those a resumed run already wrote. `skipped` counts those;
 * `interrupted` says the signal stopped the reading. `ended` is set on the last, partial chunk
 * when the input was read to its end.
 */
async function* chunksToProcess(
  settings: BatchSettings,
  ledger: Ledger,
  progress: RunProgress,
  state: { skipped: number; interrupted: boolean; stop: () => boolean },
): AsyncGenerator<{ chunk: Chunk; ended: boolean }> {
  const { options, chunkSize } = settings;
  const records = readRecords(settings, {
    onBytes: (n) => {
      progress.bytesRead += n;
    },
  });
  let chunk: Chunk = { seqs: [], records: [], bytes: 0 };
  let index = 0;
  let seq = 0;
  for await (const record of records) {
    if (state.stop()) break;
    if (options.signal?.aborted) {
      state.interrupted = true;
      break;
    }
    if (!inShard(index++, options.shard)) continue;
    const s = seq++;
    if (ledger.isDone(s)) {
      state.skipped += 1;
      continue;
    }
    progress.read += 1;
    chunk.seqs.push(s);
    chunk.records.push(record);
    chunk.bytes += payloadBytes(record);
    if (chunk.records.length >= chunkSize || chunk.bytes >= CHUNK_BYTES) {
      yield { chunk, ended: false };
      chunk = { seqs: [], records: [], bytes: 0 };
    }
  }
  if (chunk.records.length > 0 && !state.stop()) yield { chunk, ended: !state.interrupted };
}

/**
 * The records of a run's inputs, as `warta analyze` reads them: files walked, formats and the field
 * map applied, limits kept. A link loop or a second way to the same file is skipped and said so on
 * `stderr` (the run's by default): not an error record, nothing is lost.
 */
export function readRecords(settings: BatchSettings, hooks: { onBytes?: (n: number) => void; stderr?: NodeJS.WritableStream } = {}): AsyncGenerator<InputRecord> {
  const { options, limits, names } = settings;
  const stderr = hooks.stderr ?? options.stderr ?? process.stderr;
  const files = expandInputs(options.inputs, options.format, names, (s) => stderr.write(`warta: skipped ${s.path}: ${s.reason}\n`));
  return readInputs(files, { limits, names, ...(options.map ? { map: options.map } : {}), ...(hooks.onBytes ? { onBytes: hooks.onBytes } : {}) });
}

/**
 * A tiny input runs in the calling thread when it is at most this large: it cannot take long (the
 * stages are linear; compromise reads English at ~15 µs a character) and starting a worker would
 * cost more than the analysis. Anything larger gets a worker, and with it the time and memory limits.
 */
const INLINE_MAX_BYTES = 64 * 1024;

/** The most worker threads a run may use: `workers`, or one per core when not given. */
function threadsWanted(settings: BatchSettings): number {
  return settings.options.workers ?? availableParallelism();
}

/**
 * The processor for a run: inline for `workers: 0` and for a tiny input, else a pool of workers,
 * no more of them than the input has chunks when it was read to its end before the pool started
 * (`chunks`: those read by then): a worker with no chunk to run would only cost its start-up
 * (a module graph, a pipeline, and its own JIT warm-up).
 */
function processorFor(settings: BatchSettings, pipeline: Pipeline) {
  return (inputEnded: boolean, first: Chunk, chunks: number): Processor => {
    const { options, chunkSize } = settings;
    const setup = workerSetupOf(settings);
    // A destination that takes the sentences' bounds with each line gets them from the threads.
    if (settings.options.destinations?.some((d) => d.pushResult)) setup.sentences = true;
    const auto = options.workers === undefined;
    const wanted = threadsWanted(settings);
    const threads = inputEnded ? Math.min(wanted, Math.max(1, chunks)) : wanted;
    // A tiny input (one chunk, e.g. one .txt file) is faster without starting worker threads.
    const tiny = inputEnded && chunks <= 1 && first.records.length < chunkSize && first.bytes <= INLINE_MAX_BYTES;
    return wanted === 0 || (auto && tiny) ? inlineProcessor(pipeline, setup) : poolProcessor(setup, threads, settings.budget);
  };
}

/**
 * The chunks of `source`, with what was known when each is handed on: how many chunks were read
 * (`known`) and whether the input was read to its end (`finished`). The first `ahead` chunks are
 * read before the first is handed on, so that the processor, chosen on the first chunk, knows
 * whether the input is small (a few chunks of records, read in milliseconds, before any worker starts).
 */
async function* lookAhead<T>(source: AsyncGenerator<T>, ahead: number): AsyncGenerator<T & { known: number; finished: boolean }> {
  const buffered: T[] = [];
  let finished = false;
  try {
    while (buffered.length < ahead) {
      const next = await source.next();
      if (next.done) {
        finished = true;
        break;
      }
      buffered.push(next.value);
    }
    let known = buffered.length;
    for (const item of buffered) yield { ...item, known, finished };
    if (finished) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield { ...next.value, known: ++known, finished: false };
  } finally {
    await source.return(undefined);
  }
}

/** The line the run ends with on stderr: counts, time, rate. */
function finalLine(result: BatchResult): string {
  const { records, ok, partial, error, resumed, durationMs } = result;
  return (
    `${result.interrupted ? 'interrupted' : 'done'}: ${records} record${records === 1 ? '' : 's'} (${ok} ok, ${partial} partial, ${error} error${error === 1 ? '' : 's'})` +
    `${resumed ? `, ${resumed} done before` : ''} in ${(durationMs / 1000).toFixed(1)}s` +
    `${durationMs > 0 ? `, ${Math.round(((records - resumed) * 1000) / durationMs)}/s` : ''}`
  );
}

/**
 * Runs warta over files, folders or stdin and writes one JSON line per input record: streaming
 * (memory does not grow with the input), on worker threads, in input order unless `ordered` is
 * false, checkpointed so that a killed run can be resumed exactly once. Every thread builds its
 * pipeline from the same config (`pipeline`, with `plugins`).
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  const settings = settingsOf(options);
  const stderr = options.stderr ?? process.stderr;
  // Built here, once: a config that cannot be built (an unknown stage or option, a misordered stage)
  // fails before any worker starts, and a run in this thread uses it.
  const pipeline = await buildSetupPipeline(workerSetupOf(settings));

  const resume = await openResume(settings, stderr);
  const ledger = new Ledger(resume.previous);
  if (resume.previous?.complete) {
    const records = ledger.total;
    return { records, ...ledger.counts, resumed: records, interrupted: false, threads: 0, durationMs: Date.now() - started };
  }
  const { out, errs } = await openSinks(settings, resume);
  const destinations = options.destinations ?? [];
  const checkpoint = async (complete: boolean) => {
    // The other destinations first: a checkpoint never counts a line they have not stored.
    for (const d of destinations) await d.flush();
    await saveCheckpoint(resume, ledger, out, errs, complete);
  };
  await checkpoint(false);

  const display = createProgress(options.progress ?? 'auto', stderr);
  const progress = new RunProgress(display, settings);
  let lastCheckpoint = Date.now();
  const scheduler = new ChunkScheduler({
    processor: processorFor(settings, pipeline),
    ordered: settings.ordered,
    async write(chunk: Chunk, results: RecordResult[]) {
      chunk.seqs.forEach((seq, i) => {
        const r = results[i]!;
        (r.status === 'error' && errs ? errs : out).push(r.line);
        for (const d of destinations) {
          if (d.pushResult) d.pushResult(r);
          else d.push(r.line);
        }
        ledger.written(seq, r.status);
      });
      progress.show(ledger);
      options.onProgress?.(ledger.total - ledger.countedBefore, ledger.counts.error);
      const now = Date.now();
      if (out.buffered + (errs?.buffered ?? 0) > FLUSH_BYTES || now - lastCheckpoint >= settings.checkpointIntervalMs) {
        lastCheckpoint = now;
        await checkpoint(false);
      }
    },
  });

  const reading = { skipped: 0, interrupted: false, stop: () => Boolean(scheduler.fatal) };
  try {
    const chunks = lookAhead(chunksToProcess(settings, ledger, progress, reading), Math.max(1, threadsWanted(settings)));
    for await (const { chunk, ended, known, finished } of chunks) await scheduler.dispatch(chunk, ended || finished, known);
    await scheduler.drain();
    await checkpoint(!reading.interrupted);
    for (const d of destinations) await d.close();
  } finally {
    await scheduler.close();
    await out.close().catch(() => {});
    await errs?.close().catch(() => {});
  }
  const result: BatchResult = {
    records: ledger.total,
    ...ledger.counts,
    resumed: reading.skipped,
    interrupted: reading.interrupted,
    threads: scheduler.processor?.threads ?? 0,
    durationMs: Date.now() - started,
  };
  display.finish(finalLine(result));
  return result;
}
