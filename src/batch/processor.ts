import type { InputRecord } from '../io/record.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { loadPlugins } from '../pipeline/plugins.js';
import type { PipelineConfig } from '../schema/config.js';
import { BudgetedRunner, type RecordBudget } from './budget.js';
import { startPool } from '../worker-script.js';
import { processChunk, type RecordResult, type RecordSetup } from './process-record.js';

/** What a worker needs to build its pipeline (plain data: it crosses the thread boundary). */
export interface WorkerSetup extends RecordSetup {
  /** The pipeline config every worker builds from: one config, the same output in every thread. */
  pipeline: PipelineConfig;
  /** Plugin modules every worker loads before it builds (see `loadPlugins`). */
  plugins: readonly string[];
}

/** The pipeline of a setup, built with its plugins' stages. */
export async function buildSetupPipeline(setup: WorkerSetup): Promise<Pipeline> {
  return createPipeline(setup.pipeline, { registry: await loadPlugins(setup.plugins) });
}

/** Runs chunks of records, inline or on worker threads. */
export interface Processor {
  readonly threads: number;
  run(records: InputRecord[]): Promise<RecordResult[]>;
  close(): Promise<void>;
}

/** Processes in the calling thread: no start-up cost, for small inputs and `--workers 0`. */
export function inlineProcessor(pipeline: Pipeline, setup: RecordSetup): Processor {
  return {
    threads: 0,
    run: async (records) => processChunk(pipeline, records, setup),
    close: async () => {},
  };
}

/**
 * Processes on `threads` worker threads (piscina); each worker builds its pipeline once. Every
 * record runs within `budget`: a worker's heap is limited (`resourceLimits`), a record that runs
 * too long is stopped, and a task that fails is retried record by record (see {@link BudgetedRunner}).
 * piscina is imported on first use (`startPool`): a run that stays in the calling thread never loads it.
 */
export function poolProcessor(setup: WorkerSetup, threads: number, budget: RecordBudget): Processor {
  const pool = startPool(import.meta.url, 'worker', threads, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb } });
  const runner = new BudgetedRunner(async (task, signal) => (await pool).run(task, { signal }) as Promise<RecordResult[]>, budget, setup.map);
  return {
    threads,
    run: (records) => runner.run(records),
    close: async () => (await pool).destroy(),
  };
}
