import { Piscina } from 'piscina';
import type { WorkerSetup } from '../batch/processor.js';
import { poolOptions } from '../worker-script.js';
import { WartaConfigError } from '../errors.js';

/**
 * What the service's worker threads are built from: the batch workers' setup (config, plugins,
 * limits), and the memory the pool and its threads share to mark tasks started (see {@link TaskCell}).
 */
export interface ServerWorkerSetup extends WorkerSetup {
  cells?: SharedArrayBuffer;
  /** One BigInt64: microseconds the threads have spent running tasks, added by each thread after each task. */
  busy?: SharedArrayBuffer;
}

/**
 * The states of a task's cell, an Int32 in memory shared with the threads. A task handed to a thread
 * may wait there behind the one it runs (each thread is handed its next task before it finishes the
 * last, so it never waits for the event loop between tasks). The thread swaps `waiting` for `started`
 * when it starts the task; the pool swaps `waiting` for `cancelled` when the task runs out of time
 * (or its client goes away) before it started, and the thread then skips it. Whoever swaps first
 * decides: a task is either run or cancelled, never both.
 */
export const TaskCell = { waiting: 0, started: 1, cancelled: 2 } as const;

/** Tasks handed to each thread at a time: the one it runs and the next. */
const DEPTH = 2;

type LoadBalancer = NonNullable<NonNullable<ConstructorParameters<typeof Piscina>[0]>['loadBalancer']>;

/**
 * Picks the thread for a task: the least busy one with fewer than {@link DEPTH} tasks, else none (the
 * task waits in piscina until a thread finishes one). Why not piscina's own balancer: it hands a
 * thread that runs an abortable task no second one, and every task here is abortable (its signal
 * stops the thread at the time limit), so each thread would idle between tasks while the event loop
 * hands it the next. Piscina reports such a thread's usage as Infinity; it runs one task.
 */
export const upToDepth: LoadBalancer = (_task, workers) => {
  let chosen: (typeof workers)[number] | null = null;
  let least = DEPTH;
  for (const worker of workers) {
    const usage = worker.isRunningAbortableTask ? 1 : worker.currentUsage;
    if (usage < least) {
      chosen = worker;
      least = usage;
      if (usage === 0) break;
    }
  }
  return chosen;
};

/** How long the threads may take to build their pipelines before the pool gives up. */
const STARTUP_LIMIT_MS = 120_000;

/** What a worker thread posts once, after building its pipeline (or failing to). */
export type WorkerReport =
  | { warta: 'ready'; threadId: number; config: string }
  | { warta: 'failed'; threadId: number; error: string };

/** The tasks a worker runs (see worker.ts). */
export type TaskName = 'analyze' | 'batch' | 'numbers' | 'stem' | 'language' | 'schema';

/** What the pool hands a thread: the task, its payload and its cell (an index into the shared cells). */
export interface TaskMessage {
  name: TaskName;
  payload: unknown;
  cell: number;
}

/** Why the pool did not run a task: the HTTP layer turns each into its status (429, 503, 504). */
export type PoolRefusal = 'queue-full' | 'queue-timeout' | 'run-timeout' | 'closed';

/** A task the pool refused or gave up on; `retryAfter` (seconds) when trying again later may work. */
export class PoolError extends Error {
  override readonly name = 'PoolError';
  constructor(
    readonly reason: PoolRefusal,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** How the pool is sized and limited. */
export interface PoolOptions {
  /** Worker threads, each with its own pipeline (≥ 1). */
  threads: number;
  /** Tasks that may wait for a thread; one more is refused (`queue-full`). */
  maxQueue: number;
  /** Milliseconds a task may take from submission: waiting (`queue-timeout`) or running (`run-timeout`). */
  timeoutMs: number;
  setup: ServerWorkerSetup;
}

/** The pool's state, for /metrics. */
export interface PoolStats {
  threads: number;
  /** Threads that have built their pipeline (a thread replaced after a timeout is not, until it has). */
  readyThreads: number;
  /** Tasks a thread has started and not finished. */
  running: number;
  /** Tasks waiting: in the pool's queue, or handed to a thread that has not started them yet. */
  queued: number;
  /** Share of the threads' time spent running tasks since the pool started (0–1, measured in the threads). */
  utilization: number;
}

/** What the pool listens to for a caller that went away: an AbortSignal, or the lighter {@link Abortable}. */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

/** Per-call options of {@link AnalysisPool.run}. */
export interface RunOptions {
  /** Admit the task even when the queue is full: the next part of a batch already admitted. */
  force?: boolean;
  /** The caller went away: a waiting task is dropped (a running one finishes). */
  signal?: CancelSignal;
}

interface Job {
  name: TaskName;
  task: unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  /** `queued`: in the pool's queue; `handed`: given to a thread (see `cell` for whether it started). */
  state: 'queued' | 'handed' | 'done';
  timer: NodeJS.Timeout;
  /** Its cell while handed to a thread, else -1. */
  cell: number;
  /** Whether it went back to the queue once because its thread was stopped (it does not twice). */
  requeued?: boolean;
  abort?: Abortable;
  started: number;
}

/** Whether piscina settled a task so because it stopped the task's thread. */
function isThreadTermination(err: unknown): boolean {
  return err instanceof Error && err.message === 'Terminating worker thread';
}

/**
 * A signal that fires once: what piscina is given for a task (to stop the thread running it) and what
 * a route gives the pool for a client that went away. Why not an AbortController: one or two are made
 * for every request, and this does what piscina and the pool ask of a signal (`aborted`,
 * `reason`, `addEventListener`, `removeEventListener`) at a fraction of the cost.
 */
export class Abortable implements CancelSignal {
  aborted = false;
  reason: unknown;
  private listeners: (() => void)[] = [];
  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.aborted) return;
    this.listeners.push(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.listeners.indexOf(listener);
    if (i !== -1) this.listeners.splice(i, 1);
  }
  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }
}

/**
 * A pool of warm worker threads (piscina), each holding a pipeline built once from the config, and a
 * bounded queue in front of it. Why its own queue rather than piscina's: the pool must know whether a
 * task that runs out of time was still waiting (the service is overloaded: 503, try again) or
 * running (the article itself takes too long: 504, and the thread is stopped and replaced). Each ready
 * thread is handed up to two tasks, the one it runs and the next, so that it starts the next as soon
 * as it finishes one instead of waiting for the event loop to hand it over; a shared cell per task
 * tells whether the thread started it (see {@link TaskCell}).
 */
export class AnalysisPool {
  readonly threads: number;
  private readonly piscina: Piscina;
  private readonly options: PoolOptions;
  private readonly queue: Job[] = [];
  /** Jobs handed to threads and not yet settled by piscina (running, or waiting on a thread). */
  private handed = 0;
  private readonly handedJobs = new Set<Job>();
  private readonly cells: Int32Array;
  /** Microseconds the threads have spent on tasks (see `ServerWorkerSetup.busy`). */
  private readonly busy: BigInt64Array;
  private readonly startedAt = performance.now();
  private readonly freeCells: number[] = [];
  private closing = false;
  private readonly readyThreads = new Set<number>();
  private configHash = '';
  /** Exponentially weighted mean of task run times (ms), for Retry-After. */
  private meanMs = 5;

  private constructor(options: PoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new WartaConfigError(`workers must be a whole number ≥ 1, got ${options.threads}`);
    this.options = options;
    this.threads = options.threads;
    // Cells for every task that can be handed out at once, twice over: a cancelled task keeps its
    // cell until its thread skips it.
    const cellCount = 2 * DEPTH * options.threads;
    const shared = new SharedArrayBuffer(cellCount * Int32Array.BYTES_PER_ELEMENT);
    this.cells = new Int32Array(shared);
    for (let i = cellCount - 1; i >= 0; i--) this.freeCells.push(i);
    const busy = new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT);
    this.busy = new BigInt64Array(busy);
    this.piscina = new Piscina(
      poolOptions(import.meta.url, 'worker', options.threads, {
        idleTimeout: Number.POSITIVE_INFINITY,
        // Why not piscina's default ("sync"): an idle thread then blocks in Atomics.wait, so a thread
        // still loading its plugins (an import() that needs its event loop) would never report ready
        // until some task woke it up. "async" waits for tasks without blocking the thread's event loop.
        atomics: 'async',
        concurrentTasksPerWorker: DEPTH,
        loadBalancer: upToDepth,
        // Why not piscina's run-time histogram: it times a task from when it is handed to a thread, so
        // a task waiting behind another would count as running. The threads time their tasks (busy).
        recordTiming: false,
        workerData: { ...options.setup, cells: shared, busy } satisfies ServerWorkerSetup,
      }),
    );
    // A thread stopped for a timeout is replaced; its replacement reports again when it is ready.
    this.piscina.on('workerDestroy', (worker: { id: number }) => this.readyThreads.delete(worker.id));
    // Without a listener a dying worker would crash the process; its task's rejection says enough.
    this.piscina.on('error', () => {});
  }

  /**
   * Starts the threads and waits until every one has built its pipeline. A config or plugin that
   * cannot be built rejects with {@link WartaConfigError} naming the problem (and stops the threads).
   */
  static async start(options: PoolOptions): Promise<AnalysisPool> {
    const pool = new AnalysisPool(options);
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => void pool.piscina.destroy().finally(() => reject(err));
      // Also what keeps the process alive meanwhile: piscina's threads do not.
      timer = setTimeout(() => fail(new WartaConfigError(`the worker threads did not build their pipelines within ${STARTUP_LIMIT_MS / 1000} s`)), STARTUP_LIMIT_MS);
      const onMessage = (message: unknown) => {
        const report = message as Partial<WorkerReport> | null;
        if (report?.warta === 'ready') {
          pool.readyThreads.add(report.threadId!);
          pool.configHash = report.config!;
          if (pool.readyThreads.size >= pool.threads) resolve();
        } else if (report?.warta === 'failed') {
          pool.piscina.off('message', onMessage);
          fail(new WartaConfigError(report.error!));
        }
      };
      pool.piscina.on('message', onMessage);
      // A thread that dies before it reports (its script cannot load) never would.
      pool.piscina.once('error', (err: unknown) => {
        if (pool.readyThreads.size < pool.threads) fail(new WartaConfigError(`a worker thread failed to start: ${err instanceof Error ? err.message : String(err)}`));
      });
    }).finally(() => clearTimeout(timer));
    // Later reports come from threads started to replace stopped ones.
    pool.piscina.on('message', (message: unknown) => {
      const report = message as Partial<WorkerReport> | null;
      if (report?.warta === 'ready') {
        pool.readyThreads.add(report.threadId!);
        pool.pump();
      }
    });
    return pool;
  }

  /** The hash of the pipeline config the threads run (`warta.config` in every summary). */
  get config(): string {
    return this.configHash;
  }

  /** Whether the pool takes work: some thread is ready and the pool is not closing. */
  get ready(): boolean {
    return !this.closing && this.readyThreads.size > 0;
  }

  /** The pool's state now (for /metrics and /readyz). */
  stats(): PoolStats {
    return {
      threads: this.threads,
      readyThreads: this.readyThreads.size,
      running: this.handedIn(TaskCell.started),
      queued: this.waiting(),
      utilization: Number(Atomics.load(this.busy, 0)) / 1000 / ((performance.now() - this.startedAt) * this.threads),
    };
  }

  /** Handed jobs whose cell is in `state` (a cancelled one waits for its thread to skip it). */
  private handedIn(state: number): number {
    let n = 0;
    for (const job of this.handedJobs) if (Atomics.load(this.cells, job.cell) === state) n++;
    return n;
  }

  /** Tasks waiting for a thread: in the queue, or handed to a thread that has not started them. */
  private waiting(): number {
    return this.queue.length + this.handedIn(TaskCell.waiting);
  }

  /** Seconds after which the work now waiting should be done: for Retry-After (1–60). */
  retryAfter(): number {
    const ms = ((this.queue.length + this.handed) * this.meanMs) / this.threads;
    return Math.min(60, Math.max(1, Math.ceil(ms / 1000)));
  }

  /**
   * Runs a task on a thread. Rejects with {@link PoolError}: `queue-full` at once when the queue is
   * full (unless `force`), `queue-timeout` or `run-timeout` when it takes longer than the time limit,
   * `closed` when the pool is closing.
   */
  run<T>(name: TaskName, task: unknown, options: RunOptions = {}): Promise<T> {
    if (this.closing) return Promise.reject(new PoolError('closed', 'the service is shutting down', 1));
    if (!options.force && this.waiting() >= this.options.maxQueue) {
      return Promise.reject(new PoolError('queue-full', `the queue is full (${this.options.maxQueue} requests waiting)`, this.retryAfter()));
    }
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        name,
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
        state: 'queued',
        cell: -1,
        started: 0,
        timer: setTimeout(() => this.expire(job), this.options.timeoutMs),
      };
      const { signal } = options;
      if (signal) {
        signal.addEventListener('abort', () => {
          if (job.state === 'queued' || (job.state === 'handed' && this.cancel(job))) this.drop(job, new PoolError('closed', 'the client went away'));
        }, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Stops taking work, refuses what is waiting, lets running tasks finish, then stops the threads. */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of [...this.queue]) this.drop(job, new PoolError('closed', 'the service is shutting down', 1));
    while (this.handed > 0) await new Promise((r) => setTimeout(r, 10));
    await this.piscina.destroy();
  }

  private pump(): void {
    // Only as many tasks as ready threads can take: a task waiting for a thread that is still
    // building its pipeline (a replacement) is waiting, not running, when its time is up.
    while (this.handed < DEPTH * this.readyThreads.size && this.queue.length > 0 && this.freeCells.length > 0) this.start(this.queue.shift()!);
  }

  private start(job: Job): void {
    const cell = this.freeCells.pop()!;
    Atomics.store(this.cells, cell, TaskCell.waiting);
    job.state = 'handed';
    job.cell = cell;
    job.started = performance.now();
    job.abort = new Abortable();
    this.handed++;
    this.handedJobs.add(job);
    const message: TaskMessage = { name: job.name, payload: job.task, cell };
    this.piscina.run(message, { signal: job.abort as unknown as AbortSignal }).then(
      (value: unknown) => this.finish(job, cell, undefined, value),
      (err: unknown) => this.finish(job, cell, err),
    );
  }

  /** Piscina settled a handed job: it ran (or failed), was skipped, or its thread was stopped first. */
  private finish(job: Job, cell: number, err: unknown, value?: unknown): void {
    this.handed--;
    this.handedJobs.delete(job);
    const state = Atomics.load(this.cells, cell);
    this.freeCells.push(cell);
    job.cell = -1;
    if (job.state === 'handed') {
      if (err !== undefined && (state === TaskCell.waiting || (isThreadTermination(err) && !job.requeued))) {
        // Its thread was stopped for the task it ran before this one, before it started this one
        // (or just as it did: analysing is pure, so running it again is safe): it waits again,
        // first in line.
        job.requeued = true;
        job.state = 'queued';
        this.queue.unshift(job);
      } else {
        job.state = 'done';
        clearTimeout(job.timer);
        this.meanMs = 0.9 * this.meanMs + 0.1 * (performance.now() - job.started);
        if (err === undefined) job.resolve(value);
        else job.reject(err);
      }
    }
    this.pump();
  }

  /** Cancels a handed job its thread has not started; false when it has started. */
  private cancel(job: Job): boolean {
    return Atomics.compareExchange(this.cells, job.cell, TaskCell.waiting, TaskCell.cancelled) === TaskCell.waiting;
  }

  /** The time limit passed: a waiting task is dropped (503), a running one stopped (504). */
  private expire(job: Job): void {
    const limit = this.options.timeoutMs;
    if (job.state === 'queued' || (job.state === 'handed' && this.cancel(job))) {
      this.drop(job, new PoolError('queue-timeout', `no worker was free within the time limit (${limit} ms)`, this.retryAfter()));
    } else if (job.state === 'handed') {
      job.state = 'done';
      // Aborting a running piscina task stops its thread; piscina starts a new one, which builds its
      // pipeline again. A thread stuck on one article is worth that. The task handed to the same
      // thread after it goes back to the queue (see finish).
      job.abort?.abort(new PoolError('run-timeout', 'time limit'));
      job.reject(new PoolError('run-timeout', `the analysis took longer than the time limit (${limit} ms)`));
    }
  }

  /** Settles a job that will not run: out of the queue if it is there (a cancelled handed job is skipped by its thread). */
  private drop(job: Job, err: PoolError): void {
    if (job.state === 'queued') {
      const i = this.queue.indexOf(job);
      if (i !== -1) this.queue.splice(i, 1);
    }
    job.state = 'done';
    clearTimeout(job.timer);
    job.reject(err);
  }
}
