import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import pLimit, { type LimitFunction } from 'p-limit';
import { WartaConfigError } from '../errors.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { loadPlugins } from '../pipeline/plugins.js';
import type { FieldMap } from '../io/field-map.js';
import type { InputFormat } from '../io/format.js';
import { readInputs } from '../io/read-inputs.js';
import type { InputRecord } from '../io/record.js';
import { expandInputs } from '../io/walk.js';
import type { PipelineConfig } from '../schema/config.js';
import type { Status } from '../schema/summary.js';
import { checkpointPath, fingerprintOf, readCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js';
import { EXIT } from './exit.js';
import { DEFAULT_LIMITS, type BatchLimits } from './limits.js';
import { errorResult, type RecordResult } from './process-record.js';
import { inlineProcessor, poolProcessor, type Processor, type WorkerSetup } from './processor.js';
import { createProgress, type ProgressMode } from './progress.js';
import { inShard, type Shard } from './shard.js';
import { openFileSink, streamSink, type LineSink } from './sink.js';

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** Files, folders, or `-` for stdin. */
  inputs: readonly string[];
  /** Output file; stdout when absent. */
  output?: string;
  /** Write error records here instead of into the output. */
  errors?: string;
  /** Worker threads; 0 runs inline. Default: one per core, inline for inputs of one small chunk. */
  workers?: number;
  /** Keep output in input order (default true). */
  ordered?: boolean;
  shard?: Shard;
  /** Continue a killed run from the checkpoint next to `output`. */
  resume?: boolean;
  /** Input format, overriding file extensions (stdin is JSONL unless given). */
  format?: InputFormat;
  /** Field mapping: CSV/TSV columns, or JSONL field names, to article fields. */
  map?: FieldMap;
  limits?: Partial<BatchLimits>;
  /** The pipeline config (see `warta config`); default: the default pipeline. */
  pipeline?: PipelineConfig;
  /** Modules whose stage factories are added to the registry, in every worker (`import()` specifiers). */
  plugins?: readonly string[];
  /** Stage timings in each summary (overrides the config's `timings`). */
  timings?: boolean;
  progress?: ProgressMode;
  /** Records per worker task (default 16). */
  chunkSize?: number;
  /** Milliseconds between checkpoints and output flushes (default 1000). */
  checkpointIntervalMs?: number;
  /** Stops reading; what was read is finished and checkpointed. */
  signal?: AbortSignal;
  /** Called after each chunk of results is written (records done in this run, errors). */
  onProgress?: (done: number, errors: number) => void;
  stdout?: Writable;
  stderr?: NodeJS.WriteStream;
}

/** Counts of a run (for a resumed run, including the records done before). */
export interface BatchResult {
  records: number;
  ok: number;
  partial: number;
  error: number;
  /** Records skipped because a previous run had done them (`--resume`). */
  resumed: number;
  /** The run stopped early (signal): the checkpoint allows `--resume`. */
  interrupted: boolean;
  threads: number;
  durationMs: number;
}

/** The exit code for a finished run. */
export function exitCodeOf(result: BatchResult): number {
  if (result.interrupted) return EXIT.interrupted;
  return result.error + result.partial > 0 ? EXIT.someFailed : EXIT.ok;
}

/** A resumed file must still hold what the checkpoint counts (it is cut back to that length). */
async function checkKept(path: string, bytes: number): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new WartaConfigError(`cannot resume: ${path} is gone; run without --resume to start over`);
  }
  if (size < bytes) {
    throw new WartaConfigError(`cannot resume: ${path} has ${size} bytes, fewer than the ${bytes} its checkpoint counts; run without --resume to start over`);
  }
}

function checkLimit(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) throw new WartaConfigError(`${name} must be a positive integer, got ${value}`);
}

const FLUSH_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 20;

interface Chunk {
  seqs: number[];
  records: InputRecord[];
  bytes: number;
}

function payloadBytes(r: InputRecord): number {
  const p = r.payload;
  return p.kind === 'json' ? p.text.length : p.kind === 'html' ? p.html.length : p.kind === 'article' ? String(p.article.body ?? p.article.text ?? '').length : 64;
}

/**
 * Runs warta over files, folders or stdin and writes one JSON line per input record: streaming
 * (memory does not grow with the input), on worker threads, in input order unless `ordered` is
 * false, checkpointed so that a killed run can be resumed exactly once.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  const limits: BatchLimits = { ...DEFAULT_LIMITS, ...options.limits };
  checkLimit('--max-article-bytes', limits.maxArticleBytes);
  checkLimit('--max-line-bytes', limits.maxLineBytes);
  const chunkSize = options.chunkSize ?? 16;
  checkLimit('chunk size', chunkSize);
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 0)) {
    throw new WartaConfigError(`--workers must be a whole number >= 0, got ${options.workers}`);
  }
  if (options.inputs.length === 0) throw new WartaConfigError('no input: give files, folders, or - for stdin');
  if (options.inputs.filter((p) => p === '-').length > 1) throw new WartaConfigError('stdin (-) can be read only once');
  if (options.resume && !options.output) throw new WartaConfigError('--resume needs an output file (-o FILE): stdout cannot be resumed');
  if (options.resume && options.inputs.includes('-')) throw new WartaConfigError('--resume cannot re-read stdin: give the input as a file');
  if (options.output && options.errors && options.output === options.errors) throw new WartaConfigError('--errors must name another file than -o');
  const ordered = options.ordered ?? true;
  const stderr = options.stderr ?? process.stderr;
  const config = options.pipeline ?? {};
  const pipeline: PipelineConfig = {
    ...config,
    timings: options.timings ?? config.timings ?? false,
    maxChars: config.maxChars ?? limits.maxArticleBytes,
  };
  const plugins = [...(options.plugins ?? [])];
  // Built here, once: a config that cannot be built (an unknown stage or option, a misordered stage)
  // fails before any worker starts, and a run in this thread uses it.
  const built = createPipeline(pipeline, { registry: await loadPlugins(plugins) });
  const setup: WorkerSetup = { pipeline, plugins, limits, ...(options.map ? { map: options.map } : {}) };

  // Resume state.
  const fingerprint = fingerprintOf({ inputs: options.inputs, format: options.format ?? null, map: options.map ?? null, shard: options.shard ?? null, limits, errors: options.errors ?? null });
  const cpPath = options.output ? checkpointPath(options.output) : undefined;
  let previous: Checkpoint | null = null;
  if (options.resume && cpPath) {
    previous = await readCheckpoint(cpPath);
    if (previous && previous.fingerprint !== fingerprint) {
      throw new WartaConfigError(`${cpPath} belongs to a run with other inputs or options; run it with those, or without --resume to start over`);
    }
    if (!previous) stderr.write(`warta: no checkpoint at ${cpPath}; starting from the beginning\n`);
    if (previous && !previous.complete) {
      await checkKept(options.output!, previous.outputBytes);
      if (options.errors) await checkKept(options.errors, previous.errorsBytes ?? 0);
    }
  }
  const counts = { ok: previous?.counts.ok ?? 0, partial: previous?.counts.partial ?? 0, error: previous?.counts.error ?? 0 };
  const resumedCounted = counts.ok + counts.partial + counts.error;
  if (previous?.complete) {
    const records = counts.ok + counts.partial + counts.error;
    return { records, ...counts, resumed: records, interrupted: false, threads: 0, durationMs: Date.now() - started };
  }
  let low = previous?.done ?? 0;
  const extra = new Set(previous?.extra ?? []);

  const out: LineSink = options.output ? await openFileSink(options.output, previous ? previous.outputBytes : undefined) : streamSink(options.stdout ?? process.stdout);
  const errs: LineSink | undefined = options.errors ? await openFileSink(options.errors, previous ? (previous.errorsBytes ?? 0) : undefined) : undefined;

  const checkpoint = async (complete: boolean) => {
    await out.flush();
    await errs?.flush();
    if (!cpPath) return;
    await writeCheckpoint(cpPath, { version: 1, fingerprint, done: low, extra: [...extra].sort((a, b) => a - b), outputBytes: out.bytes, errorsBytes: errs ? errs.bytes : null, counts: { ...counts }, complete });
  };
  await checkpoint(false);

  // Progress: bytes read against the total size of the input files (known for files, not stdin).
  let bytesRead = 0;
  let totalBytes: number | undefined;
  let resumed = 0;
  let seq = 0;
  const progress = createProgress(options.progress ?? 'auto', stderr);
  if (!options.inputs.includes('-')) {
    void (async () => {
      let sum = 0;
      for await (const f of expandInputs(options.inputs, options.format)) if ('size' in f) sum += f.size ?? 0;
      totalBytes = sum;
    })().catch(() => {});
  }
  let lastProgress = 0;
  const showProgress = () => {
    const now = Date.now();
    if (now - lastProgress < 200) return;
    lastProgress = now;
    progress.update({ done: counts.ok + counts.partial + counts.error - resumedCounted, errors: counts.error, bytesRead, totalBytes, read: seq - resumed });
  };

  // Processing: a bounded number of chunks in flight (read-ahead stops while the window is full).
  let processor: Processor | undefined;
  const getProcessor = (inputEnded: boolean, firstChunk: number): Processor => {
    if (processor) return processor;
    const auto = options.workers === undefined;
    const threads = auto ? availableParallelism() : options.workers!;
    // A tiny input (one chunk, e.g. one .txt file) is faster without starting worker threads.
    processor = threads === 0 || (auto && inputEnded && firstChunk < chunkSize) ? inlineProcessor(built, setup) : poolProcessor(setup, threads);
    return processor;
  };
  let window = 1;
  let limit: LimitFunction | undefined;
  let inflight = 0;
  let waiter: (() => void) | undefined;
  /** A task is done (written, or failed): one place fewer in flight; wake the reader if it waits. */
  const release = () => {
    inflight -= 1;
    const w = waiter;
    waiter = undefined;
    w?.();
  };
  let fatal: unknown;
  let io: Promise<void> = Promise.resolve();
  let lastCheckpoint = Date.now();
  const interval = options.checkpointIntervalMs ?? 1000;
  const pending = new Map<number, { chunk: Chunk; results: RecordResult[] }>();
  let nextWrite = 0;
  let nextChunkId = 0;
  let succeeded = false;

  const write = (chunk: Chunk, results: RecordResult[]) => {
    for (let i = 0; i < chunk.seqs.length; i++) {
      const r = results[i]!;
      const status: Status = r.status;
      counts[status] += 1;
      (status === 'error' && errs ? errs : out).push(r.line);
      extra.add(chunk.seqs[i]!);
    }
    while (extra.has(low)) {
      extra.delete(low);
      low += 1;
    }
  };
  const finishChunk = (chunk: Chunk, results: RecordResult[]) => {
    io = io
      .then(async () => {
        write(chunk, results);
        showProgress();
        options.onProgress?.(counts.ok + counts.partial + counts.error - resumedCounted, counts.error);
        const now = Date.now();
        if (out.buffered + (errs?.buffered ?? 0) > FLUSH_BYTES || now - lastCheckpoint >= interval) {
          lastCheckpoint = now;
          await checkpoint(false);
        }
      })
      .catch((err: unknown) => {
        fatal ??= err;
      })
      .finally(release);
  };
  const onResult = (id: number, chunk: Chunk, results: RecordResult[]) => {
    if (!ordered) return finishChunk(chunk, results);
    pending.set(id, { chunk, results });
    for (let next = pending.get(nextWrite); next; next = pending.get(nextWrite)) {
      pending.delete(nextWrite);
      nextWrite += 1;
      finishChunk(next.chunk, next.results);
    }
  };
  const dispatch = async (chunk: Chunk, inputEnded: boolean) => {
    const proc = getProcessor(inputEnded, chunk.records.length);
    // Twice as many tasks as threads keep every worker busy; twice that again may wait for the writer.
    limit ??= pLimit(Math.max(1, proc.threads * 2));
    window = Math.max(1, proc.threads * 4);
    while (inflight >= window && !fatal) await new Promise<void>((resolve) => (waiter = resolve));
    inflight += 1;
    const id = nextChunkId++;
    limit(() => proc.run(chunk.records)).then(
      (results) => {
        succeeded = true;
        onResult(id, chunk, results);
      },
      (err: unknown) => {
        // A task itself never throws (processRecord catches everything), so a rejection is a
        // worker failure. Before any task succeeded, that is a worker that cannot start (e.g. its
        // pipeline cannot be built): stop the run with the reason rather than fail every record.
        if (!succeeded) {
          fatal ??= new Error(`a worker thread failed: ${err instanceof Error ? err.message : String(err)}`);
          release();
          return;
        }
        // A worker that died on a task (e.g. out of memory) still owes one record per input.
        const reason = `worker failed: ${err instanceof Error ? err.message : String(err)}`;
        onResult(id, chunk, chunk.records.map((r) => errorResult(r, 'internal-error', reason)));
      },
    );
  };

  let interrupted = false;
  let chunk: Chunk = { seqs: [], records: [], bytes: 0 };
  let recordIndex = 0;
  try {
    const records = readInputs(expandInputs(options.inputs, options.format), {
      limits,
      ...(options.map ? { map: options.map } : {}),
      onBytes: (n) => {
        bytesRead += n;
      },
    });
    for await (const record of records) {
      if (fatal) break;
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      const index = recordIndex++;
      if (!inShard(index, options.shard)) continue;
      const s = seq++;
      if (s < low || extra.has(s)) {
        resumed += 1;
        continue;
      }
      chunk.seqs.push(s);
      chunk.records.push(record);
      chunk.bytes += payloadBytes(record);
      if (chunk.records.length >= chunkSize || chunk.bytes >= CHUNK_BYTES) {
        await dispatch(chunk, false);
        chunk = { seqs: [], records: [], bytes: 0 };
      }
    }
    if (chunk.records.length > 0 && !fatal) await dispatch(chunk, !interrupted);
    // After a fatal error, chunks behind a failed one never reach the ordered writer: stop waiting.
    while (inflight > 0 && !fatal) await new Promise<void>((resolve) => (waiter = resolve));
    await io;
    if (fatal) throw fatal;
    await checkpoint(!interrupted);
  } finally {
    await processor?.close();
    await out.close().catch(() => {});
    await errs?.close().catch(() => {});
  }
  const records = counts.ok + counts.partial + counts.error;
  const durationMs = Date.now() - started;
  const doneNow = records - resumed;
  progress.finish(
    `${interrupted ? 'interrupted' : 'done'}: ${records} record${records === 1 ? '' : 's'} (${counts.ok} ok, ${counts.partial} partial, ${counts.error} error${counts.error === 1 ? '' : 's'})` +
      `${resumed ? `, ${resumed} done before` : ''} in ${(durationMs / 1000).toFixed(1)}s` +
      `${durationMs > 0 ? `, ${Math.round((doneNow * 1000) / durationMs)}/s` : ''}`,
  );
  return { records, ...counts, resumed, interrupted, threads: processor?.threads ?? 0, durationMs };
}
