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

// How much bytecode TurboFan may inline into one optimised function, cumulatively (V8's default is
// 920). warta's hot paths are many mid-sized functions: with the smaller budget each isolate (the
// main thread and every worker thread; the option is process-wide) spends less CPU compiling, for
// the same results (inlining never changes what code computes): 6% less CPU over 1,000 real news
// articles in one thread, 11% less over 4,000 (README, "Real news"). Set here, in the command, not
// in the library, whose host decides its own V8 options; and before the bundle's code cache is read
// or written, so that V8's flag hash is the same both times and the cache is accepted.
// The interrupt budget (V8's default 67,584) is how much bytecode a function runs between checks of
// whether to optimise it: at four times that, only the functions that stay hot are handed to
// TurboFan, so each isolate (every worker thread compiles its own code) spends less on compiling
// lukewarm functions and recompiling them after early deoptimisations. Measured (README, "Real
// news, issue 17 again"): 2 workers over 2,000 real news articles 0.90x the CPU and the wall time
// with it (5 alternated pairs, load ~2.5-3; 0.87x at load 9-15 earlier). Tiering never changes what
// code computes.
// TurboFan's own copies of the array builtins (map, filter, forEach, …) are left out: inlined into an
// optimised caller, `map` makes a holey array where the builtin makes a packed one, so a function's
// arrays change hidden class when it is optimised, and the code that reads them (`join`, a spread,
// the summary's validator) deoptimises and is compiled again, once per such site and isolate. Without
// them, over 8,000 real news articles in one isolate: 93 -> 52 deoptimisations, ~1.0 s less compiling
// (3.7 -> 2.7 s), the same CPU per article once warm; 2 workers over the same articles 0.96x the CPU
// and the wall time (README, "Real news, round 15"). Code computes the same either way.
const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=300', '--interrupt-budget=270336', '--no-turbo-inline-array-builtins'];
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
