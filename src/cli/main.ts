#!/usr/bin/env node
/**
 * The `warta` command: runs the CLI program (./program.js).
 *
 * A build (scripts/postbuild.mjs) also bundles the program into one script, warta.cjs, and saves
 * V8's compiled code for it, warta.cjs.cache, from a run on the sample article. Loading that
 * script with its code cache skips resolving and compiling ~240 ES modules and most of the
 * functions an analysis runs, about a quarter of a one-article run. Without the bundle (from source,
 * under tsx, or after `tsc` alone) the program's modules load as usual; a cache V8 rejects (another
 * Node.js version or other V8 flags) only costs the compilation it would have saved.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { V8_FLAGS } from './v8-flags.js';

// The command's V8 options (./v8-flags.js: why each), set here, in the command, not in the library,
// whose host decides its own; and before the bundle's code cache is read or written, so that V8's flag
// hash is the same both times and the cache is accepted.
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const bundle = fileURLToPath(new URL('./warta.cjs', import.meta.url));

/** Runs warta.cjs as CommonJS would, compiled with the saved code when V8 accepts it. */
function runBundle(source: string): void {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${bundle}.cache`);
  } catch {
    // No cache: compiled as usual.
  }
  // The wrapper stays on the first line, so line numbers in stack traces are the bundle's own.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  // How scripts/postbuild.mjs makes the cache: at exit, so it holds the functions the run compiled.
  const cacheOut = process.env.WARTA_WRITE_CODE_CACHE;
  if (cacheOut) process.once('exit', () => writeFileSync(cacheOut, script.createCachedData()));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** The bundle's source, unless there is none or it is older than the modules it was made from. */
function bundleSource(): string | undefined {
  try {
    // `tsc` alone (without the postbuild step) rewrites program.js and leaves an outdated bundle.
    if (statSync(bundle).mtimeMs < statSync(new URL('./program.js', import.meta.url)).mtimeMs) return undefined;
    return readFileSync(bundle, 'utf8');
  } catch {
    return undefined;
  }
}

const source = bundleSource();
if (source === undefined) await import('./program.js');
else runBundle(source);
