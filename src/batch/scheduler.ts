import pLimit, { type LimitFunction } from 'p-limit';
import type { InputRecord } from '../io/record.js';
import { errorResult, type RecordResult } from './process-record.js';
import type { Processor } from './processor.js';

/** Records read together and processed as one task, with their places in the run's sequence. */
export interface Chunk {
  seqs: number[];
  records: InputRecord[];
  bytes: number;
}

/** What the scheduler needs from its run. */
export interface SchedulerHooks {
  /**
   * The processor, chosen when the first chunk is dispatched (how much input there is by then:
   * whether the input ended, and how many chunks were read).
   */
  processor(inputEnded: boolean, firstChunk: Chunk, chunksRead: number): Processor;
  /** Keep results in input order (else written as they finish). */
  ordered: boolean;
  /** Writes one chunk's results; calls run one at a time, in order. */
  write(chunk: Chunk, results: RecordResult[]): Promise<void>;
}

/**
 * Runs chunks on a processor with a bounded number in flight (reading waits while the window is
 * full), and hands their results to `write` one chunk at a time, in input order unless told
 * otherwise. A chunk counts as in flight until it is written, so memory stays bounded while the
 * writer is slow.
 */
export class ChunkScheduler {
  private proc: Processor | undefined;
  private limit: LimitFunction | undefined;
  private window = 1;
  private inflight = 0;
  private waiter: (() => void) | undefined;
  private writes: Promise<void> = Promise.resolve();
  private readonly pending = new Map<number, { chunk: Chunk; results: RecordResult[] }>();
  private nextWrite = 0;
  private nextId = 0;
  private succeeded = false;
  /** The first error that stops the run (a worker that cannot start, an output that cannot be written). */
  fatal: unknown;

  constructor(private readonly hooks: SchedulerHooks) {}

  /** The processor, once one was chosen. */
  get processor(): Processor | undefined {
    return this.proc;
  }

  /**
   * Starts a chunk, after waiting for a place in the window. `inputEnded`: no chunk comes after
   * the last one read; `chunksRead`: chunks read so far (this one included).
   */
  async dispatch(chunk: Chunk, inputEnded: boolean, chunksRead = 1): Promise<void> {
    this.proc ??= this.hooks.processor(inputEnded, chunk, chunksRead);
    const proc = this.proc;
    // Twice as many tasks as threads keep every worker busy; twice that again may wait for the writer.
    this.limit ??= pLimit(Math.max(1, proc.threads * 2));
    this.window = Math.max(1, proc.threads * 4);
    while (this.inflight >= this.window && !this.fatal) await this.wait();
    this.inflight += 1;
    const id = this.nextId++;
    this.limit(() => proc.run(chunk.records)).then(
      (results) => {
        this.succeeded = true;
        this.done(id, chunk, results);
      },
      (err: unknown) => {
        // A task itself never throws (processRecord catches everything, and a pool retries a chunk
        // record by record when a record overruns or kills its worker), so a rejection is a worker
        // that failed before any record started. Before any task succeeded, that is a worker that
        // cannot start (e.g. its pipeline cannot be built): stop the run with the reason rather
        // than fail every record.
        if (!this.succeeded) {
          this.fatal ??= new Error(`a worker thread failed: ${err instanceof Error ? err.message : String(err)}`);
          this.release();
          return;
        }
        // Later, a worker that could not be replaced still owes one record per input.
        const reason = `worker failed: ${err instanceof Error ? err.message : String(err)}`;
        this.done(id, chunk, chunk.records.map((r) => errorResult(r, 'internal-error', reason)));
      },
    );
  }

  /** Waits until every chunk dispatched is written (or the run failed), then throws the failure. */
  async drain(): Promise<void> {
    // After a fatal error, chunks behind a failed one never reach the ordered writer: stop waiting.
    while (this.inflight > 0 && !this.fatal) await this.wait();
    await this.writes;
    if (this.fatal) throw this.fatal;
  }

  async close(): Promise<void> {
    await this.proc?.close();
  }

  private wait(): Promise<void> {
    return new Promise<void>((resolve) => (this.waiter = resolve));
  }

  /** A chunk is done (written, or failed): one place fewer in flight; wake the reader if it waits. */
  private release(): void {
    this.inflight -= 1;
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  private done(id: number, chunk: Chunk, results: RecordResult[]): void {
    if (!this.hooks.ordered) return this.queueWrite(chunk, results);
    this.pending.set(id, { chunk, results });
    for (let next = this.pending.get(this.nextWrite); next; next = this.pending.get(this.nextWrite)) {
      this.pending.delete(this.nextWrite);
      this.nextWrite += 1;
      this.queueWrite(next.chunk, next.results);
    }
  }

  private queueWrite(chunk: Chunk, results: RecordResult[]): void {
    this.writes = this.writes
      .then(() => this.hooks.write(chunk, results))
      .catch((err: unknown) => {
        this.fatal ??= err;
      })
      .finally(() => this.release());
  }
}
