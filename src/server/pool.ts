import { Piscina } from 'piscina';
import { workerScript, type WorkerSetup } from '../batch/processor.js';
import { WartaConfigError } from '../errors.js';

/** What the service's worker threads are built from: the batch workers' setup (config, plugins, limits). */
export type ServerWorkerSetup = WorkerSetup;

/** How long the threads may take to build their pipelines before the pool gives up. */
const STARTUP_LIMIT_MS = 120_000;

/** What a worker thread posts once, after building its pipeline (or failing to). */
export type WorkerReport =
  | { warta: 'ready'; threadId: number; config: string }
  | { warta: 'failed'; threadId: number; error: string };

/** The tasks a worker runs (see worker.ts). */
export type TaskName = 'analyze' | 'batch' | 'numbers' | 'stem' | 'language' | 'schema';

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
  running: number;
  queued: number;
  /** Share of the threads' time spent running tasks since the pool started (piscina's utilization). */
  utilization: number;
}

/** Per-call options of {@link AnalysisPool.run}. */
export interface RunOptions {
  /** Admit the task even when the queue is full: the next part of a batch already admitted. */
  force?: boolean;
  /** The caller went away: a waiting task is dropped (a running one finishes). */
  signal?: AbortSignal;
}

interface Job {
  name: TaskName;
  task: unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  state: 'queued' | 'running' | 'done';
  timer: NodeJS.Timeout;
  abort?: AbortController;
  started: number;
}

/**
 * A pool of warm worker threads (piscina), each holding a pipeline built once from the config, and a
 * bounded queue in front of it. Why its own queue rather than piscina's: the pool must know whether a
 * task that runs out of time was still waiting (the service is overloaded: 503, try again) or
 * running (the article itself takes too long: 504, and the thread is stopped and replaced), and only
 * hands a ready thread one task at a time, so a task given to piscina starts at once.
 */
export class AnalysisPool {
  readonly threads: number;
  private readonly piscina: Piscina;
  private readonly options: PoolOptions;
  private readonly queue: Job[] = [];
  private running = 0;
  private closing = false;
  private readonly readyThreads = new Set<number>();
  private configHash = '';
  /** Exponentially weighted mean of task run times (ms), for Retry-After. */
  private meanMs = 5;

  private constructor(options: PoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new WartaConfigError(`workers must be a whole number ≥ 1, got ${options.threads}`);
    this.options = options;
    this.threads = options.threads;
    const { file, execArgv } = workerScript(import.meta.url, 'worker');
    this.piscina = new Piscina({
      filename: file,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      // Why not piscina's default ("sync"): an idle thread then blocks in Atomics.wait, so a thread
      // still loading its plugins (an import() that needs its event loop) would never report ready
      // until some task woke it up. "async" waits for tasks without blocking the thread's event loop.
      atomics: 'async',
      execArgv,
      workerData: options.setup,
    });
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
      running: this.running,
      queued: this.queue.length,
      utilization: this.piscina.utilization,
    };
  }

  /** Seconds after which the work now waiting should be done: for Retry-After (1–60). */
  retryAfter(): number {
    const ms = ((this.queue.length + this.running) * this.meanMs) / this.threads;
    return Math.min(60, Math.max(1, Math.ceil(ms / 1000)));
  }

  /**
   * Runs a task on a thread. Rejects with {@link PoolError}: `queue-full` at once when the queue is
   * full (unless `force`), `queue-timeout` or `run-timeout` when it takes longer than the time limit,
   * `closed` when the pool is closing.
   */
  run<T>(name: TaskName, task: unknown, options: RunOptions = {}): Promise<T> {
    if (this.closing) return Promise.reject(new PoolError('closed', 'the service is shutting down', 1));
    if (!options.force && this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new PoolError('queue-full', `the queue is full (${this.options.maxQueue} requests waiting)`, this.retryAfter()));
    }
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        name,
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
        state: 'queued',
        started: 0,
        timer: setTimeout(() => this.expire(job), this.options.timeoutMs),
      };
      const { signal } = options;
      if (signal) {
        signal.addEventListener('abort', () => {
          if (job.state === 'queued') this.drop(job, new PoolError('closed', 'the client went away'));
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
    while (this.running > 0) await new Promise((r) => setTimeout(r, 10));
    await this.piscina.destroy();
  }

  private pump(): void {
    // Only as many tasks as threads that are ready: a task waiting for a thread that is still building
    // its pipeline (a replacement) is waiting, not running, when its time is up.
    while (this.running < this.readyThreads.size && this.queue.length > 0) this.start(this.queue.shift()!);
  }

  private start(job: Job): void {
    job.state = 'running';
    job.started = performance.now();
    job.abort = new AbortController();
    this.running++;
    this.piscina.run({ name: job.name, payload: job.task }, { signal: job.abort.signal }).then(
      (value: unknown) => this.finish(job, () => job.resolve(value)),
      (err: unknown) => this.finish(job, () => job.reject(err)),
    );
  }

  private finish(job: Job, settle: () => void): void {
    this.running--;
    if (job.state === 'running') {
      job.state = 'done';
      clearTimeout(job.timer);
      this.meanMs = 0.9 * this.meanMs + 0.1 * (performance.now() - job.started);
      settle();
    }
    this.pump();
  }

  /** The time limit passed: a waiting task is dropped (503), a running one stopped (504). */
  private expire(job: Job): void {
    const limit = this.options.timeoutMs;
    if (job.state === 'queued') {
      this.drop(job, new PoolError('queue-timeout', `no worker was free within the time limit (${limit} ms)`, this.retryAfter()));
    } else if (job.state === 'running') {
      job.state = 'done';
      // Aborting a running piscina task stops its thread; piscina starts a new one, which builds its
      // pipeline again. A thread stuck on one article is worth that.
      job.abort?.abort();
      job.reject(new PoolError('run-timeout', `the analysis took longer than the time limit (${limit} ms)`));
    }
  }

  private drop(job: Job, err: PoolError): void {
    const i = this.queue.indexOf(job);
    if (i !== -1) this.queue.splice(i, 1);
    job.state = 'done';
    clearTimeout(job.timer);
    job.reject(err);
  }
}
