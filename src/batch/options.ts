import type { Writable } from 'node:stream';
import { WartaConfigError } from '../errors.js';
import type { FieldMap } from '../io/field-map.js';
import type { InputFormat } from '../io/format.js';
import { DEFAULT_INPUT_LIMITS, OPTION_NAMES, type InputLimits, type OptionNames } from '../io/limits.js';
import type { PipelineConfig } from '../schema/config.js';
import type { RecordBudget } from './budget.js';
import type { WorkerSetup } from './processor.js';
import { DEFAULT_RECORD_TIMEOUT_MS, DEFAULT_WORKER_MEMORY_MB, MIN_WORKER_MEMORY_MB } from './limits.js';
import type { ProgressMode } from './progress.js';
import type { Shard } from './shard.js';
import type { RecordSink } from './sink.js';

/** Options of `runBatch`. */
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
  limits?: Partial<InputLimits>;
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
  /** More destinations of every result line, e.g. a fact store's writer (see {@link RecordSink}). */
  destinations?: readonly RecordSink[];
  /**
   * Milliseconds one record may take on a worker thread (default 10,000; 0: no limit). A record
   * that takes longer is stopped (its worker is replaced) and becomes a `time-limit` error record.
   * Not enforced with `workers: 0`, where records run in the calling thread.
   */
  recordTimeoutMs?: number;
  /**
   * Heap limit of each worker thread in MB (default 1024). A record whose worker runs out of it
   * becomes a `memory-limit` error record; the worker is replaced and the run goes on.
   */
  workerMemoryMb?: number;
  /** Stops reading; what was read is finished and checkpointed. */
  signal?: AbortSignal;
  /** Called after each chunk of results is written (records done in this run, errors). */
  onProgress?: (done: number, errors: number) => void;
  /** How messages name the options (the CLI gives its flags). */
  optionNames?: Partial<BatchOptionNames>;
  stdout?: Writable;
  stderr?: NodeJS.WriteStream;
}

/** How messages name the options of a batch run: the library's names, or the CLI's flags. */
export interface BatchOptionNames extends OptionNames {
  workers: string;
  resume: string;
  output: string;
  errors: string;
  chunkSize: string;
  recordTimeout: string;
  workerMemory: string;
}

/** The library's names of the batch options. */
export const BATCH_OPTION_NAMES: BatchOptionNames = {
  ...OPTION_NAMES,
  workers: 'option workers',
  resume: 'option resume',
  output: 'option output',
  errors: 'option errors',
  chunkSize: 'option chunkSize',
  recordTimeout: 'option recordTimeoutMs',
  workerMemory: 'option workerMemoryMb',
};

/** Counts of a run (for a resumed run, including the records done before). */
export interface BatchResult {
  records: number;
  ok: number;
  partial: number;
  error: number;
  /** Records skipped because a previous run had done them (`resume`). */
  resumed: number;
  /** The run stopped early (signal): the checkpoint allows `resume`. */
  interrupted: boolean;
  threads: number;
  durationMs: number;
}

/** The options of a run, checked, with their defaults filled in. */
export interface BatchSettings {
  options: BatchOptions;
  limits: InputLimits;
  chunkSize: number;
  ordered: boolean;
  checkpointIntervalMs: number;
  names: BatchOptionNames;
  /** The config every thread builds its pipeline from. */
  pipeline: PipelineConfig;
  plugins: string[];
  /** Time and memory limits of a record on a worker thread. */
  budget: RecordBudget;
}

function checkPositive(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) throw new WartaConfigError(`${name} must be a positive integer, got ${value}`);
}

/** The time and memory limits of a run, checked. */
function budgetOf(options: BatchOptions, names: BatchOptionNames): RecordBudget {
  const timeoutMs = options.recordTimeoutMs ?? DEFAULT_RECORD_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0) {
    throw new WartaConfigError(`${names.recordTimeout} must be a number of milliseconds >= 0 (0: no limit), got ${String(timeoutMs)}`);
  }
  const memoryMb = options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  if (!Number.isInteger(memoryMb) || memoryMb < MIN_WORKER_MEMORY_MB) {
    throw new WartaConfigError(`${names.workerMemory} must be a whole number of MB >= ${MIN_WORKER_MEMORY_MB}, got ${String(memoryMb)}`);
  }
  return { timeoutMs, memoryMb, names: { recordTimeout: names.recordTimeout, workerMemory: names.workerMemory } };
}

/** Checks the options of a run and fills in the defaults; a wrong option throws {@link WartaConfigError} naming it. */
export function settingsOf(options: BatchOptions): BatchSettings {
  if (options === null || typeof options !== 'object') throw new WartaConfigError(`runBatch needs an options object ({ inputs, … }), got ${options === null ? 'null' : typeof options}`);
  if (!Array.isArray(options.inputs) || !options.inputs.every((p) => typeof p === 'string')) {
    throw new WartaConfigError('option inputs must be an array of paths (files, folders, or - for stdin)');
  }
  const names: BatchOptionNames = { ...BATCH_OPTION_NAMES, ...options.optionNames };
  const limits: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  checkPositive(names.maxArticleBytes, limits.maxArticleBytes);
  checkPositive(names.maxLineBytes, limits.maxLineBytes);
  const chunkSize = options.chunkSize ?? 16;
  checkPositive(names.chunkSize, chunkSize);
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 0)) {
    throw new WartaConfigError(`${names.workers} must be a whole number >= 0, got ${options.workers}`);
  }
  if (options.inputs.length === 0) throw new WartaConfigError('no input: give files, folders, or - for stdin');
  if (options.inputs.filter((p) => p === '-').length > 1) throw new WartaConfigError('stdin (-) can be read only once');
  if (options.resume && !options.output) throw new WartaConfigError(`${names.resume} needs an output file (${names.output}): stdout cannot be resumed`);
  if (options.resume && options.inputs.includes('-')) throw new WartaConfigError(`${names.resume} cannot re-read stdin: give the input as a file`);
  if (options.output && options.errors && options.output === options.errors) throw new WartaConfigError(`${names.errors} must name another file than ${names.output}`);
  if (options.shard && !(Number.isInteger(options.shard.count) && Number.isInteger(options.shard.index) && options.shard.index >= 1 && options.shard.index <= options.shard.count)) {
    throw new WartaConfigError(`a shard is { index, count } with 1 <= index <= count, got ${JSON.stringify(options.shard)}`);
  }
  const config = options.pipeline ?? {};
  return {
    options,
    limits,
    chunkSize,
    ordered: options.ordered ?? true,
    checkpointIntervalMs: options.checkpointIntervalMs ?? 1000,
    names,
    pipeline: {
      ...config,
      timings: options.timings ?? config.timings ?? false,
      // An article the byte limit lets through is not refused again by the pipeline's own limit.
      maxChars: config.maxChars ?? limits.maxArticleBytes,
    },
    plugins: [...(options.plugins ?? [])],
    budget: budgetOf(options, names),
  };
}

/** What every thread of a run builds its pipeline from and reads its records with (the queue stores it with its chunks). */
export function workerSetupOf(settings: BatchSettings): WorkerSetup {
  const { options, limits, names } = settings;
  return { pipeline: settings.pipeline, plugins: settings.plugins, limits, names, ...(options.map ? { map: options.map } : {}) };
}
