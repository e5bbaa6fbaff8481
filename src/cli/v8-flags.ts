/**
 * The V8 options the `warta` command sets for itself (./main.ts), in this module of their own so that
 * the benchmarks run their child processes with the same ones (importing main.js would run the CLI).
 */

// How much bytecode TurboFan may inline into one optimised function, cumulatively (V8's default is
// 920). warta's hot paths are many mid-sized functions: with the smaller budget each isolate (the
// main thread and every worker thread; the option is process-wide) spends less CPU compiling, for
// the same results (inlining never changes what code computes): 6% less CPU over 1,000 real news
// articles in one thread, 11% less over 4,000 (README, "Real news").
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
// An inline cache tracks up to 8 hidden classes (V8's default is 4) before it gives up on them
// ("megamorphic": every later access a lookup in a global cache, and optimised code calls out for
// it). Strings come in many hidden classes: one- or two-byte, flat, sliced (a slice of 13 characters
// or more), concatenated or internalised. A site that reads the texts of tokens (`.length`,
// `.charCodeAt`, `.toLowerCase`) meets five or more of them on real news, so the tagger's word
// lookup, the stemmer, the name readers and the number scanner read their strings through the
// global cache. With 8, none of the `length` or `charCodeAt` sites over 300 articles goes
// megamorphic (72 and 44 before). Measured (README, "Real news, round 19"): 2 workers over 8,000
// articles, 5 alternated pairs, 0.964x the CPU and 0.957x the wall time with a limit of 16, and 8
// against 16 0.997x. Code computes the same either way.
export const V8_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=300',
  '--interrupt-budget=270336',
  '--no-turbo-inline-array-builtins',
  '--max-valid-polymorphic-map-count=8',
];
