import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

// The entry src/cli/main.ts next to a stand-in for the warta.cjs bundle that a build makes (copied as
// .mts, an ES module whatever the folder says) and the module of its V8 options.
let dir = '';
const BUNDLE = [
  "const { basename } = require('node:path');",
  "const helper = require('./helper.cjs');",
  "const at = new Error('here').stack.split('\\n')[1];",
  'process.stdout.write(JSON.stringify({ args: process.argv.slice(2), file: basename(__filename), dir: __dirname, helper, at: /warta\\.cjs:3:/.test(at) }));',
].join('\n');

function runMain(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'main.mts'), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-bundle-'));
  copyFileSync(join(projectRoot, 'src/cli/main.ts'), join(dir, 'main.mts'));
  // The V8 options the entry sets, from their module beside it (an ES module, as in a build, whose
  // package.json says so: the entry imports it as ./v8-flags.js).
  copyFileSync(join(projectRoot, 'src/cli/v8-flags.ts'), join(dir, 'v8-flags.ts'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(dir, 'warta.cjs'), BUNDLE);
  writeFileSync(join(dir, 'helper.cjs'), "module.exports = 'next to the bundle';");
  // What the entry runs without a usable bundle (in a build: the program's own modules).
  writeFileSync(join(dir, 'program.js'), "process.stdout.write(JSON.stringify({ program: true }));");
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'program.js'), old, old);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLI entry with a bundle next to it', () => {
  const expected = () => ({ args: ['analyze', 'x.txt'], file: 'warta.cjs', dir, helper: 'next to the bundle', at: true });

  it('runs the bundle as CommonJS with the arguments, require and its own line numbers', () => {
    const r = runMain(['analyze', 'x.txt']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected());
  });

  it('writes the code cache when asked, and runs the same with it', () => {
    const cache = join(dir, 'warta.cjs.cache');
    expect(runMain(['analyze', 'x.txt'], { WARTA_WRITE_CODE_CACHE: cache }).code).toBe(0);
    expect(existsSync(cache) && statSync(cache).size > 0).toBe(true);
    const r = runMain(['analyze', 'x.txt']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected());
  });

  it('runs with a cache V8 rejects (made for another script), compiling as usual', () => {
    writeFileSync(join(dir, 'warta.cjs.cache'), 'not a code cache');
    const r = runMain(['analyze', 'x.txt']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected());
  });

  it('runs the modules instead of a bundle older than them (a `tsc` without the postbuild step)', () => {
    const older = new Date(Date.now() - 120_000);
    utimesSync(join(dir, 'warta.cjs'), older, older);
    const r = runMain(['analyze', 'x.txt']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ program: true });
  });
});
