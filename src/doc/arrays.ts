/**
 * Array helpers for the arrays a Doc hands from stage to stage.
 */

/**
 * `xs.map(f)` as a packed array whatever the tier of the code calling it. Array.prototype.map
 * returns a packed array from the builtin but a holey one (`new Array(n)`, then filled) once
 * TurboFan has inlined it into an optimised caller, so the same stage hands the stages after it and
 * the summary's validator arrays of one hidden class, and then of another when its own code is
 * optimised: code compiled for the first is thrown away and compiled again (the entities of 8,000
 * articles: the summary's compiled validator 4 times, ~100 ms each). Pushing keeps every array made
 * here packed, like the `[]` literals the other stages fill. (A hole of `xs` is passed to `f` as
 * undefined, where `map` skips it; the Doc's arrays have none.)
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
