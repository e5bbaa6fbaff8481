/**
 * Finds the best label sequence of a linear-chain model, with margins when asked for. Built once
 * per label set and transition constraint: the allowed predecessors and successors of each label
 * are kept as lists (ascending label order, so ties resolve towards the lower label), and only those
 * transitions are visited. The transition scores are passed on each call, so training can decode
 * with weights that change between sentences. Reuses its buffers between calls (decoding allocates
 * nothing per sentence once they have grown), so one decoder must not be shared by concurrent callers.
 */
export class ViterbiDecoder {
  private readonly L: number;
  /** 1 where a sentence may start with the label (row `L` of `allowed`). */
  private readonly startOk: Uint8Array;
  /** Allowed previous labels of label b: `pred[predStart[b] … predStart[b + 1])`. */
  private readonly pred: Int32Array;
  private readonly predStart: Int32Array;
  /** Allowed next labels of label a: `succ[succStart[a] … succStart[a + 1])`. */
  private readonly succ: Int32Array;
  private readonly succStart: Int32Array;
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Int32Array(0);

  /**
   * @param L number of labels
   * @param allowed optional 0/1 table with the layout of the transitions (`a * L + b`, row `L` the
   *   sentence start): 0 forbids a transition; null allows all
   */
  constructor(L: number, allowed: Uint8Array | null) {
    this.L = L;
    const ok = (k: number) => allowed === null || allowed[k] === 1;
    this.startOk = new Uint8Array(L);
    for (let b = 0; b < L; b++) this.startOk[b] = ok(L * L + b) ? 1 : 0;
    const pred: number[] = [];
    const succ: number[] = [];
    this.predStart = new Int32Array(L + 1);
    this.succStart = new Int32Array(L + 1);
    for (let x = 0; x < L; x++) {
      this.predStart[x] = pred.length;
      this.succStart[x] = succ.length;
      for (let y = 0; y < L; y++) {
        if (ok(y * L + x)) pred.push(y);
        if (ok(x * L + y)) succ.push(y);
      }
    }
    this.predStart[L] = pred.length;
    this.succStart[L] = succ.length;
    this.pred = Int32Array.from(pred);
    this.succ = Int32Array.from(succ);
  }

  /**
   * Writes the best labels of n tokens to `out` (length >= n), and when `margins` is given each
   * token's margin: the best path's score minus the best score of a path with another label at that
   * token (max-marginals from a backward pass), a confidence >= 0.
   *
   * @param emissions score of label `l` at token `i` at `i * L + l` (length >= `n * L`)
   * @param transitions score of label `b` after label `a` at `a * L + b`; row `L` holds the start scores
   * @returns the best path's score (-Infinity when no path is allowed)
   */
  decode(
    emissions: ArrayLike<number>,
    n: number,
    transitions: ArrayLike<number>,
    out: Int32Array,
    margins: Float64Array | null,
  ): number {
    if (n === 0) return 0;
    const L = this.L;
    if (this.alpha.length < n * L) {
      const size = Math.max(n * L, this.alpha.length * 2, 64);
      this.alpha = new Float64Array(size);
      this.beta = new Float64Array(size);
      this.back = new Int32Array(size);
    }
    const { alpha, back, startOk, pred, predStart } = this;
    const start = L * L;
    for (let b = 0; b < L; b++) {
      alpha[b] = startOk[b] === 1 ? (transitions[start + b] ?? 0) + (emissions[b] ?? 0) : -Infinity;
      back[b] = -1;
    }
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      const cur = i * L;
      for (let b = 0; b < L; b++) {
        let best = -Infinity;
        let arg = 0;
        const end = predStart[b + 1] ?? 0;
        for (let k = predStart[b] ?? 0; k < end; k++) {
          const a = pred[k] ?? 0;
          const s = (alpha[prev + a] ?? 0) + (transitions[a * L + b] ?? 0);
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
      const s = alpha[last + b] ?? 0;
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
    if (margins !== null) this.fillMargins(emissions, n, transitions, out, margins, best);
    return best;
  }

  private fillMargins(
    emissions: ArrayLike<number>,
    n: number,
    transitions: ArrayLike<number>,
    path: Int32Array,
    margins: Float64Array,
    best: number,
  ): void {
    const L = this.L;
    const { alpha, beta, succ, succStart } = this;
    // beta[i*L + a]: best score of tokens i+1.. given label a at i (emission of i excluded).
    const last = (n - 1) * L;
    for (let a = 0; a < L; a++) beta[last + a] = 0;
    for (let i = n - 2; i >= 0; i--) {
      const cur = i * L;
      const next = (i + 1) * L;
      for (let a = 0; a < L; a++) {
        let m = -Infinity;
        const end = succStart[a + 1] ?? 0;
        for (let k = succStart[a] ?? 0; k < end; k++) {
          const b = succ[k] ?? 0;
          const s = (transitions[a * L + b] ?? 0) + (emissions[next + b] ?? 0) + (beta[next + b] ?? 0);
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
        const s = (alpha[i * L + l] ?? 0) + (beta[i * L + l] ?? 0);
        if (s > other) other = s;
      }
      margins[i] = best - other;
    }
  }
}
