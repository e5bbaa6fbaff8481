import { describe, expect, it } from 'vitest';
import { poolOptions, WORKER_YOUNG_GENERATION_MB, workerExecArgv } from '../src/worker-script.js';

describe('workerExecArgv', () => {
  it('keeps how modules load and drops the options worker threads refuse, with their values', () => {
    expect(
      workerExecArgv([
        '--max-old-space-size=4096',
        '--import',
        'tsx',
        '--input-type=module',
        '--stack-size',
        '2000',
        '--enable-source-maps',
        '--require=./hook.cjs',
        '--max-semi-space-size',
        '64',
        '--conditions',
        'development',
        '--no-warnings',
        '--expose-gc',
      ]),
    ).toEqual(['--import', 'tsx', '--enable-source-maps', '--require=./hook.cjs', '--conditions', 'development', '--no-warnings']);
  });
});

describe('poolOptions', () => {
  const here = new URL('../src/server/pool.ts', import.meta.url).href;

  it('runs the worker script beside the module with as many threads as asked, idle ones kept a minute', () => {
    const o = poolOptions(here, 'worker', 3, { workerData: { x: 1 } });
    expect(o.filename).toMatch(/src[\\/]server[\\/]worker\.ts$/);
    expect([o.minThreads, o.maxThreads, o.idleTimeout]).toEqual([3, 3, 60_000]);
    expect(o.workerData).toEqual({ x: 1 });
    expect(o.execArgv).toContain('--import');
  });

  it("takes the caller's idle time and options over the defaults", () => {
    const o = poolOptions(here, 'worker', 1, { idleTimeout: Number.POSITIVE_INFINITY, atomics: 'async' });
    expect(o.idleTimeout).toBe(Number.POSITIVE_INFINITY);
    expect(o.atomics).toBe('async');
  });

  it("gives each thread a young generation of WORKER_YOUNG_GENERATION_MB beside the caller's limits, unless they name one", () => {
    expect(poolOptions(here, 'worker', 1, {}).resourceLimits).toEqual({ maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB });
    expect(poolOptions(here, 'worker', 1, { resourceLimits: { maxOldGenerationSizeMb: 512 } }).resourceLimits).toEqual({
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: 512,
    });
    expect(poolOptions(here, 'worker', 1, { resourceLimits: { maxYoungGenerationSizeMb: 32 } }).resourceLimits).toEqual({ maxYoungGenerationSizeMb: 32 });
    expect(WORKER_YOUNG_GENERATION_MB).toBeGreaterThan(48);
  });
});
