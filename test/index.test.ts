import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/cli.js';

const PROBE = 'WARTA_DOTENV_PROBE';
let cwd = '';
// Resolved from the project: the child runs in a temporary folder where "tsx" would not resolve.
const tsxLoader = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs an ES module snippet in a fresh node (with tsx) inside a folder that holds a .env file. */
function runNode(code: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env[PROBE];
  delete env.DOTENV_CONFIG_DEBUG;
  const r = spawnSync(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', code], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'warta-import-'));
  writeFileSync(join(cwd, '.env'), `${PROBE}=leaked\nDOTENV_CONFIG_DEBUG=true\n`);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

const root = JSON.stringify(join(projectRoot, 'src/index.ts'));

describe('importing warta', () => {
  it('prints nothing', () => {
    const r = runNode(`await import(${root});`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('reads no .env', () => {
    const r = runNode(`await import(${root}); process.stdout.write(String(process.env.${PROBE}));`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('undefined');
  });

  // The control: dotenv, had anything loaded it, would have set the probe (and printed a line).
  it('the probe works: dotenv itself would read the .env in that folder', () => {
    const r = runNode(
      `import { createRequire } from 'node:module';` +
        `createRequire(${JSON.stringify(join(projectRoot, 'package.json'))})('dotenv').config({ quiet: true });` +
        `process.stdout.write(String(process.env.${PROBE}));`,
    );
    expect(r.stdout).toMatch(/leaked$/);
  });

  it("loading natural's stemmer by path pulls in no dotenv and reads no .env", () => {
    const r = runNode(
      `import { createRequire } from 'node:module';` +
        `const require = createRequire(${JSON.stringify(join(projectRoot, 'package.json'))});` +
        `require('natural/lib/natural/stemmers/indonesian/stemmer_id.js');` +
        `const loaded = Object.keys(require.cache).filter((k) => k.includes('dotenv'));` +
        `process.stdout.write(JSON.stringify({ loaded, probe: process.env.${PROBE} ?? null }));`,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ loaded: [], probe: null });
  });

  it("loads natural's root-word dictionary only when a word is first stemmed", () => {
    const stemIndex = JSON.stringify(join(projectRoot, 'src/stages/stem/index.ts'));
    const r = runNode(
      `import { createRequire } from 'node:module';` +
        `const require = createRequire(${JSON.stringify(join(projectRoot, 'package.json'))});` +
        `const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('kata-dasar.json'));` +
        `await import(${root});` +
        `const { stem } = await import(${stemIndex});` +
        `const before = loaded();` +
        `stem('pertumbuhan');` +
        `process.stdout.write(JSON.stringify([before, loaded()]));`,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([false, true]);
  });

  it('stemming a word (dictionary loaded) reads no .env either', () => {
    const r = runNode(
      `const { stem } = await import(${JSON.stringify(join(projectRoot, 'src/stages/stem/index.ts'))});` +
        `process.stdout.write(stem('pertumbuhan') + ' ' + String(process.env.${PROBE}));`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('tumbuh undefined');
  });
});
