/** Scratch buffers reused across calls, grown on demand (decoding allocates nothing per sentence). */
export class ViterbiScratch {
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  back = new Int32Array(0);

  ensure(size: number): void {
    if (this.alpha.length >= size) return;
    const s = Math.max(size, this.alpha.length * 2, 64);
    this.alpha = new Float64Array(s);
    this.beta = new Float64Array(s);
    this.back = new Int32Array(s);
  }
}

/**
 * Finds the best label sequence of a linear-chain model.
 *
 * @param emissions score of label `l` at token `i` at `i * L + l` (length `n * L`)
 * @param transitions score of label `b` after label `a` at `a * L + b`; row `L` holds the start scores
 * @param allowed optional 0/1 table with the layout of `transitions`: 0 forbids a transition
 * @param out receives the label ids (length >= n)
 * @param margins when given, receives per token the score of the best path minus the best path that
 *   takes another label at that token (max-marginals from a backward pass): a confidence >= 0
 * @returns the best path's score (-Infinity when no path is allowed)
 */
export function viterbi(
  emissions: ArrayLike<number>,
  n: number,
  L: number,
  transitions: ArrayLike<number>,
  allowed: Uint8Array | null,
  out: Int32Array,
  margins: Float64Array | null = null,
  scratch: ViterbiScratch = new ViterbiScratch(),
): number {
  if (n === 0) return 0;
  scratch.ensure(n * L);
  const { alpha, back } = scratch;
  const start = L * L;
  for (let b = 0; b < L; b++) {
    const ok = allowed === null || allowed[start + b] === 1;
    alpha[b] = ok ? (transitions[start + b] ?? 0) + (emissions[b] ?? 0) : -Infinity;
    back[b] = -1;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (allowed !== null && allowed[a * L + b] === 0) continue;
        const s = (alpha[prev + a] ?? -Infinity) + (transitions[a * L + b] ?? 0);
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      alpha[cur + b] = best + (emissions[cur + b] ?? 0);
      back[cur + b] = arg;
    }
  }
  const last = (n - 1) * L;
  let best = -Infinity;
  let arg = 0;
  for (let b = 0; b < L; b++) {
    const s = alpha[last + b] ?? -Infinity;
    if (s > best) {
      best = s;
      arg = b;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * L + arg] ?? 0;
    out[i - 1] = arg;
  }
  if (margins !== null) fillMargins(emissions, n, L, transitions, allowed, out, margins, best, scratch);
  return best;
}

function fillMargins(
  emissions: ArrayLike<number>,
  n: number,
  L: number,
  transitions: ArrayLike<number>,
  allowed: Uint8Array | null,
  path: Int32Array,
  margins: Float64Array,
  best: number,
  scratch: ViterbiScratch,
): void {
  const { alpha, beta } = scratch;
  // beta[i*L + a]: best score of tokens i+1.. given label a at i (emission of i excluded).
  const last = (n - 1) * L;
  for (let a = 0; a < L; a++) beta[last + a] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const cur = i * L;
    const next = (i + 1) * L;
    for (let a = 0; a < L; a++) {
      let m = -Infinity;
      for (let b = 0; b < L; b++) {
        if (allowed !== null && allowed[a * L + b] === 0) continue;
        const s = (transitions[a * L + b] ?? 0) + (emissions[next + b] ?? 0) + (beta[next + b] ?? -Infinity);
        if (s > m) m = s;
      }
      beta[cur + a] = m;
    }
  }
  for (let i = 0; i < n; i++) {
    const y = path[i] ?? 0;
    let other = -Infinity;
    for (let l = 0; l < L; l++) {
      if (l === y) continue;
      const s = (alpha[i * L + l] ?? -Infinity) + (beta[i * L + l] ?? -Infinity);
      if (s > other) other = s;
    }
    margins[i] = best - other;
  }
}
