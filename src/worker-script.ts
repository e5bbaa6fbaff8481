import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';

/*
 * How worker threads of warta's modules start (the batch pool, the HTTP service's pool, a fact
 * store load's parsing threads): a module apart, so that starting one loads nothing else.
 */

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

/** Options of a piscina pool beside its script and size (`workerData`, `resourceLimits` …). */
type PoolOptions = Omit<NonNullable<ConstructorParameters<typeof Piscina>[0]>, 'filename' | 'execArgv' | 'minThreads' | 'maxThreads'>;

/**
 * The young generation of a worker thread's heap, in MB (`resourceLimits.maxYoungGenerationSizeMb`;
 * V8 gives a worker about 48). An article's objects (tokens, candidates, the summary) die within the
 * article, but with the smaller nursery a scavenge came every ~20 articles and copied, then promoted,
 * the objects of the articles still running, which the old generation's concurrent marking then
 * traced again. With 96: the batch command, 2 workers over 8,000 real news articles, 0.898x and
 * 0.883x the CPU (6 alternated pairs each) for the same peak memory; 192 was no faster (1.02x) and
 * took 130 MB more, 48 was 1.09x (README, "Real news, round 15").
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * The options of a piscina pool of `threads` threads running the worker script `name` next to a
 * module (see {@link workerScript}): `options`, with idle threads kept for a minute and a young
 * generation of {@link WORKER_YOUNG_GENERATION_MB} unless they say otherwise.
 */
export function poolOptions(moduleUrl: string, name: string, threads: number, options: PoolOptions): NonNullable<ConstructorParameters<typeof Piscina>[0]> {
  const { file, execArgv } = workerScript(moduleUrl, name);
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...options.resourceLimits };
  return { idleTimeout: 60_000, ...options, resourceLimits, filename: file, minThreads: threads, maxThreads: threads, execArgv };
}

/**
 * A piscina pool (see {@link poolOptions}). piscina is imported here, on first use: a run that
 * stays in the calling thread never loads it. A thread that dies (e.g. throws while it starts)
 * fails its task, whose rejected promise tells the caller; the pool's own error event is listened
 * to, which would otherwise crash the whole process.
 */
export async function startPool(moduleUrl: string, name: string, threads: number, options: PoolOptions): Promise<Piscina> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina(poolOptions(moduleUrl, name, threads, options));
  pool.on('error', () => {});
  return pool;
}
