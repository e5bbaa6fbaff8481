import type { FieldMap } from '../io/field-map.js';
import type { InputRecord } from '../io/record.js';
import { errorResult, type RecordResult } from './process-record.js';

/** The limits one record runs under on a worker thread. */
export interface RecordBudget {
  /** Milliseconds a record may take; 0: no limit. */
  timeoutMs: number;
  /** Old-generation heap of each worker thread, in MB (`resourceLimits.maxOldGenerationSizeMb`). */
  memoryMb: number;
  /** How messages name the two limits (the library's options or the CLI's flags). */
  names: { recordTimeout: string; workerMemory: string };
}

/**
 * A task as a worker thread receives it: its records, and a few bytes of shared memory where the
 * worker writes which record it is on, so that the calling thread can time each record.
 */
export interface WorkerTask {
  records: InputRecord[];
  /** Two Int32 slots: the index + 1 of the record started last, and when (ms after `base`). */
  progress: SharedArrayBuffer;
  /** `Date.now()` when the task was made. */
  base: number;
}

/** Called by the worker before each record of a task: the record `index` starts now. */
export function markRecordStart(task: WorkerTask, index: number): void {
  const slots = new Int32Array(task.progress);
  // The time first: whoever reads the new index then reads this start time or a later one.
  Atomics.store(slots, 1, Date.now() - task.base);
  Atomics.store(slots, 0, index + 1);
}

/** Runs one task on a worker; aborting the signal stops it (the worker is terminated and replaced). */
export type RunTask = (task: WorkerTask, signal: AbortSignal) => Promise<RecordResult[]>;

/** One run of a task, watched. */
interface Attempt {
  task: WorkerTask;
  slots: Int32Array;
  controller: AbortController;
  /** The record that overran the time limit (the task was stopped for it). */
  overran?: number;
}

/** The index of the record an attempt started last, or -1 before its first. */
function startedIndex(attempt: Attempt): number {
  return Atomics.load(attempt.slots, 0) - 1;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * Runs chunks of records on worker threads within a budget. A watchdog reads, from memory shared
 * with each worker, which record it is on and since when; a record running longer than the time
 * limit has its task stopped (piscina terminates the worker and starts a fresh one). When a task
 * fails (a record overran, or its worker died: out of memory, a crash), the records are retried one
 * per task on fresh workers; the record that overran, and a record that kills its worker when it
 * runs alone, become error records (`time-limit`, `memory-limit`, or `internal-error`). So one
 * hostile record costs one error record and the time of its budget, never the run.
 */
export class BudgetedRunner {
  private readonly active = new Set<Attempt>();
  private timer: NodeJS.Timeout | undefined;

  /** `map` is the run's field map: error records carry the article's own id. */
  constructor(
    private readonly runTask: RunTask,
    private readonly budget: RecordBudget,
    private readonly map?: FieldMap,
  ) {}

  /**
   * One result per record, in order. Rejects only when a task fails before its first record started
   * (a worker that cannot start, e.g. its pipeline cannot be built): no record is to blame for that.
   */
  async run(records: InputRecord[]): Promise<RecordResult[]> {
    const progress = new SharedArrayBuffer(8);
    const attempt: Attempt = { task: { records, progress, base: Date.now() }, slots: new Int32Array(progress), controller: new AbortController() };
    this.watch(attempt);
    try {
      return await this.runTask(attempt.task, attempt.controller.signal);
    } catch (err) {
      // This attempt is over: the watchdog stops looking at it before its records are retried.
      this.unwatch(attempt);
      return await this.recover(records, attempt, err);
    } finally {
      this.unwatch(attempt);
    }
  }

  private async recover(records: InputRecord[], attempt: Attempt, err: unknown): Promise<RecordResult[]> {
    const culprit = attempt.overran;
    if (culprit === undefined && startedIndex(attempt) < 0) throw err;
    if (culprit === undefined && records.length === 1) return [this.died(records[0]!, err)];
    // Record by record, each on its own task: the one that fails alone is the culprit.
    const parts = records.map((r, i) => (i === culprit ? Promise.resolve([this.overran(r)]) : this.run([r])));
    return (await Promise.all(parts)).flat();
  }

  private overran(record: InputRecord): RecordResult {
    const { timeoutMs, names } = this.budget;
    return errorResult(record, 'time-limit', `analysis took longer than ${seconds(timeoutMs)} (${names.recordTimeout}) and was stopped`, this.map);
  }

  private died(record: InputRecord, err: unknown): RecordResult {
    const { memoryMb, names } = this.budget;
    if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return errorResult(record, 'memory-limit', `analysis ran out of memory: its worker thread reached ${memoryMb} MB (${names.workerMemory}) and was replaced`, this.map);
    }
    return errorResult(record, 'internal-error', `the worker thread analysing this record failed: ${reasonOf(err)}`, this.map);
  }

  private watch(attempt: Attempt): void {
    if (this.budget.timeoutMs <= 0) return;
    this.active.add(attempt);
    if (this.timer) return;
    // A quarter of the limit between checks, so a record is stopped within 1.25 × the limit.
    const period = Math.min(250, Math.max(10, Math.floor(this.budget.timeoutMs / 4)));
    this.timer = setInterval(() => this.check(), period);
    // The watchdog alone never keeps the process alive.
    this.timer.unref();
  }

  private unwatch(attempt: Attempt): void {
    this.active.delete(attempt);
    if (this.active.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private check(): void {
    const now = Date.now();
    for (const attempt of this.active) {
      const index = startedIndex(attempt);
      // A task waiting for a free worker has started no record: its time does not run yet.
      if (index < 0 || attempt.overran !== undefined) continue;
      const started = attempt.task.base + Atomics.load(attempt.slots, 1);
      if (now - started > this.budget.timeoutMs) {
        attempt.overran = index;
        attempt.controller.abort(new Error(`record ${index} of the task overran its time limit`));
      }
    }
  }
}
