import { stat } from 'node:fs/promises';
import { WartaConfigError } from '../errors.js';
import type { Status } from '../schema/summary.js';
import { checkpointPath, fingerprintOf, readCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js';
import type { BatchSettings } from './options.js';
import type { LineSink } from './sink.js';

/**
 * Which records of the run's sequence are written, and how they ended: records 0 … low-1, plus the
 * ones in `extra` (an unordered run writes ahead). It starts from the checkpoint of a resumed run.
 */
export class Ledger {
  readonly counts: Record<Status, number>;
  /** Records counted before this run (a resumed run). */
  readonly countedBefore: number;
  private low: number;
  private readonly extra: Set<number>;

  constructor(previous: Checkpoint | null) {
    this.counts = { ok: previous?.counts.ok ?? 0, partial: previous?.counts.partial ?? 0, error: previous?.counts.error ?? 0 };
    this.countedBefore = this.total;
    this.low = previous?.done ?? 0;
    this.extra = new Set(previous?.extra ?? []);
  }

  /** Records written, before and in this run. */
  get total(): number {
    return this.counts.ok + this.counts.partial + this.counts.error;
  }

  /** Whether record `seq` was written by an earlier run. */
  isDone(seq: number): boolean {
    return seq < this.low || this.extra.has(seq);
  }

  /** Record `seq` is written with this status. */
  written(seq: number, status: Status): void {
    this.counts[status] += 1;
    this.extra.add(seq);
    while (this.extra.has(this.low)) {
      this.extra.delete(this.low);
      this.low += 1;
    }
  }

  /** The checkpoint of this state, with the sinks' sizes. */
  checkpoint(fingerprint: string, out: LineSink, errs: LineSink | undefined, complete: boolean): Checkpoint {
    return {
      version: 1,
      fingerprint,
      done: this.low,
      extra: [...this.extra].sort((a, b) => a - b),
      outputBytes: out.bytes,
      errorsBytes: errs ? errs.bytes : null,
      counts: { ...this.counts },
      complete,
    };
  }
}

/** A resumed file must still hold what the checkpoint counts (it is cut back to that length). */
async function checkKept(path: string, bytes: number, names: BatchSettings['names']): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new WartaConfigError(`cannot resume: ${path} is gone; run without ${names.resume} to start over`);
  }
  if (size < bytes) {
    throw new WartaConfigError(`cannot resume: ${path} has ${size} bytes, fewer than the ${bytes} its checkpoint counts; run without ${names.resume} to start over`);
  }
}

/** Where a run keeps its checkpoint and what it resumes from. */
export interface ResumeState {
  /** The checkpoint file (runs that write to a file), or undefined. */
  path: string | undefined;
  /** Names the inputs and options that decide the record sequence: a checkpoint of another run is refused. */
  fingerprint: string;
  /** The checkpoint read for `resume`, or null. */
  previous: Checkpoint | null;
}

/**
 * Reads the checkpoint of a run to resume: it must belong to the same inputs and options, and the
 * output files must still hold what it counts. Without `resume`, a fresh state.
 */
export async function openResume(settings: BatchSettings, stderr: NodeJS.WritableStream): Promise<ResumeState> {
  const { options, limits, names } = settings;
  const fingerprint = fingerprintOf({
    inputs: options.inputs,
    format: options.format ?? null,
    map: options.map ?? null,
    shard: options.shard ?? null,
    limits,
    errors: options.errors ?? null,
  });
  const path = options.output ? checkpointPath(options.output) : undefined;
  if (!options.resume || !path) return { path, fingerprint, previous: null };
  const previous = await readCheckpoint(path);
  if (previous && previous.fingerprint !== fingerprint) {
    throw new WartaConfigError(`${path} belongs to a run with other inputs or options; run it with those, or without ${names.resume} to start over`);
  }
  if (!previous) stderr.write(`warta: no checkpoint at ${path}; starting from the beginning\n`);
  if (previous && !previous.complete) {
    await checkKept(options.output!, previous.outputBytes, names);
    if (options.errors) await checkKept(options.errors, previous.errorsBytes ?? 0, names);
  }
  return { path, fingerprint, previous };
}

/** Flushes the sinks, then replaces the checkpoint (when the run writes to a file). */
export async function saveCheckpoint(state: ResumeState, ledger: Ledger, out: LineSink, errs: LineSink | undefined, complete: boolean): Promise<void> {
  await out.flush();
  await errs?.flush();
  if (state.path) await writeCheckpoint(state.path, ledger.checkpoint(state.fingerprint, out, errs, complete));
}
