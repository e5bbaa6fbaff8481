import { BIO_ALLOWED, LABEL_COUNT } from './labels.js';

// Imported bindings read once: under a CommonJS transform (tsx, vitest) each use would be a getter call.
const L = LABEL_COUNT;

/**
 * Viterbi decoding under the BIO constraint, with margins, for the tagger's hot path. Computes
 * exactly what `viterbi` (viterbi.ts) computes with `BIO_ALLOWED`, in the same order of floating-point
 * operations, visiting only allowed transitions from precomputed lists (in ascending label order, so
 * ties resolve as there). Forbidden start transitions are folded in as -Infinity.
 */
export class BioDecoder {
  private readonly trans: Float64Array;
  /** Allowed previous labels of label b: `pred[predStart[b] … predStart[b + 1])`. */
  private readonly pred: Int32Array;
  private readonly predStart: Int32Array;
  /** Allowed next labels of label a: `succ[succStart[a] … succStart[a + 1])`. */
  private readonly succ: Int32Array;
  private readonly succStart: Int32Array;
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Int32Array(0);

  /** @param transitions as in the model: `a * L + b`, row `L` the sentence start */
  constructor(transitions: ArrayLike<number>) {
    this.trans = new Float64Array((L + 1) * L);
    for (let k = 0; k < (L + 1) * L; k++) this.trans[k] = BIO_ALLOWED[k] === 1 ? (transitions[k] ?? 0) : -Infinity;
    const pred: number[] = [];
    const succ: number[] = [];
    this.predStart = new Int32Array(L + 1);
    this.succStart = new Int32Array(L + 1);
    for (let x = 0; x < L; x++) {
      this.predStart[x] = pred.length;
      this.succStart[x] = succ.length;
      for (let y = 0; y < L; y++) {
        if (BIO_ALLOWED[y * L + x] === 1) pred.push(y);
        if (BIO_ALLOWED[x * L + y] === 1) succ.push(y);
      }
    }
    this.predStart[L] = pred.length;
    this.succStart[L] = succ.length;
    this.pred = Int32Array.from(pred);
    this.succ = Int32Array.from(succ);
  }

  /**
   * Writes the best labels of n tokens to `out`, and when `margins` is given each token's margin
   * (best path score minus the best score with another label there). Returns the best score.
   */
  decode(emissions: Float64Array, n: number, out: Int32Array, margins: Float64Array | null): number {
    if (n === 0) return 0;
    if (this.alpha.length < n * L) {
      const size = Math.max(n * L, this.alpha.length * 2, 64);
      this.alpha = new Float64Array(size);
      this.beta = new Float64Array(size);
      this.back = new Int32Array(size);
    }
    const { alpha, back, trans, pred, predStart } = this;
    const start = L * L;
    for (let b = 0; b < L; b++) {
      alpha[b] = (trans[start + b] ?? 0) + (emissions[b] ?? 0);
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
          const s = (alpha[prev + a] ?? 0) + (trans[a * L + b] ?? 0);
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
    if (margins !== null) this.fillMargins(emissions, n, out, margins, best);
    return best;
  }

  private fillMargins(emissions: Float64Array, n: number, path: Int32Array, margins: Float64Array, best: number): void {
    const { alpha, beta, trans, succ, succStart } = this;
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
          const s = (trans[a * L + b] ?? 0) + (emissions[next + b] ?? 0) + (beta[next + b] ?? 0);
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
