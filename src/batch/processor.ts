import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputRecord } from '../io/record.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { loadPlugins } from '../pipeline/plugins.js';
import type { PipelineConfig } from '../schema/config.js';
import { BudgetedRunner, type RecordBudget } from './budget.js';
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

// Node options a worker thread accepts and needs: how modules are loaded and warned about.
const WORKER_OPTION_WITH_VALUE = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C', '--disable-warning']);
const WORKER_FLAG = /^--(?:enable-source-maps|no-warnings|no-deprecation|trace-warnings|(?:no-)?experimental-[a-z-]+)$/;
// Options left out whose value is a separate argument, so that the value is left out with them.
const TAKES_VALUE = new Set(['--input-type', '--stack-size', '--max-old-space-size', '--max-semi-space-size', '--title', '--env-file', '--inspect-port', '--cpu-prof-dir', '--heap-prof-dir', '--diagnostic-dir', '--redirect-warnings']);

/**
 * The options of `execArgv` (the process's) a worker thread is started with: module loading
 * (`--import tsx`, `--require`, `--loader`, `--conditions`) and warnings, written as one argument
 * ("--import=tsx") or two; every other option (V8's, per-process ones) is left out.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (WORKER_OPTION_WITH_VALUE.has(name)) {
      if (eq > 0) out.push(a);
      else if (i + 1 < execArgv.length) out.push(a, execArgv[++i]!);
    } else if (WORKER_FLAG.test(name)) out.push(a);
    else if (eq < 0 && i + 1 < execArgv.length && !execArgv[i + 1]!.startsWith('-') && TAKES_VALUE.has(name)) i++;
  }
  return out;
}

/**
 * A worker script next to a module (`moduleUrl`: its `import.meta.url`), with the module's own
 * extension: `name.ts` when running from source under tsx, `name.js` when built into dist; and the
 * `execArgv` its threads need. The batch pool and the HTTP service's pool start their threads so.
 */
export function workerScript(moduleUrl: string, name: string): { file: string; execArgv: string[] } {
  const ext = extname(fileURLToPath(moduleUrl));
  const file = fileURLToPath(new URL(`./${name}${ext}`, moduleUrl));
  // Why filter: worker threads refuse V8 and per-process options ("--max-old-space-size=4096",
  // "--input-type=module", "--stack-size"), and one of them would stop every worker from starting.
  // V8's flags are the process's anyway; what a worker needs is how modules load.
  const execArgv = workerExecArgv(process.execArgv);
  // From source, a worker needs the tsx loader too; it inherits it when the CLI ran under tsx, but
  // not when the runner was loaded some other way (e.g. by a test runner).
  if (ext === '.ts' && !execArgv.some((a) => a.includes('tsx'))) execArgv.push('--import', 'tsx');
  return { file, execArgv };
}

/**
 * Processes on `threads` worker threads (piscina); each worker builds its pipeline once. Every
 * record runs within `budget`: a worker's heap is limited (`resourceLimits`), a record that runs
 * too long is stopped, and a task that fails is retried record by record (see {@link BudgetedRunner}).
 * piscina is imported here, on first use: a run that stays in the calling thread never loads it.
 */
export function poolProcessor(setup: WorkerSetup, threads: number, budget: RecordBudget): Processor {
  const { file, execArgv } = workerScript(import.meta.url, 'worker');
  const pool = import('piscina').then(({ Piscina }) => {
    const p = new Piscina({
      filename: file,
      minThreads: threads,
      maxThreads: threads,
      execArgv,
      workerData: setup,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
    });
    // Without a listener, a worker that dies (e.g. throws while building its pipeline) would crash
    // the whole process; the task's rejected promise tells the runner what it needs to know.
    p.on('error', () => {});
    return p;
  });
  const runner = new BudgetedRunner(async (task, signal) => (await pool).run(task, { signal }) as Promise<RecordResult[]>, budget, setup.map);
  return {
    threads,
    run: (records) => runner.run(records),
    close: async () => (await pool).destroy(),
  };
}
