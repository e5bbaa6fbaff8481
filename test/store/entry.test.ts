import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

/** Runs an ES module snippet under tsx and prints how many loaded CommonJS files belong to DuckDB or pg. */
function loadedDrivers(code: string): number {
  const probe = `${code}
    const { createRequire } = await import('node:module');
    const cache = Object.keys(createRequire(import.meta.url).cache);
    process.stdout.write(String(cache.filter((f) => /[\\\\/](@duckdb|pg|pg-copy-streams)[\\\\/]/.test(f)).length));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return Number(r.stdout);
}

describe('the store entry point', () => {
  it('importing warta, or warta/store itself, loads neither DuckDB nor pg', () => {
    expect(loadedDrivers(`await import(${JSON.stringify(join(projectRoot, 'src/index.ts'))});`)).toBe(0);
    expect(loadedDrivers(`await import(${JSON.stringify(join(projectRoot, 'src/store/index.ts'))});`)).toBe(0);
  });

  it('opening a DuckDB store loads DuckDB (the probe sees a driver when there is one)', () => {
    const open = `const { openStore } = await import(${JSON.stringify(join(projectRoot, 'src/store/index.ts'))}); await (await openStore(':memory:')).close();`;
    expect(loadedDrivers(open)).toBeGreaterThan(0);
  });
});
