import { BIO_ALLOWED } from './labels.js';

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
  /**
   * True for the tagger's own constraint (7 labels under {@link BIO_ALLOWED}): then decoding runs
   * unrolled code for it, which visits the same transitions in the same order (same results, bit
   * for bit) without the list lookups.
   */
  private readonly bio7: boolean;
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
    this.bio7 = L === 7 && allowed !== null && allowed.length === BIO_ALLOWED.length && allowed.every((x, k) => x === BIO_ALLOWED[k]);
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
    const { alpha, back, startOk } = this;
    const start = L * L;
    for (let b = 0; b < L; b++) {
      alpha[b] = startOk[b] === 1 ? (transitions[start + b] ?? 0) + (emissions[b] ?? 0) : -Infinity;
      back[b] = -1;
    }
    if (this.bio7) forwardBio7(emissions, n, transitions, alpha, back);
    else this.forward(emissions, n, transitions);
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

  /** The forward pass over tokens 1…n-1, through the lists of allowed predecessors. */
  private forward(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>): void {
    const { L, alpha, back, pred, predStart } = this;
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
  }

  /**
   * Writes the margins of `path`, the labels the last {@link ViterbiDecoder.decode} call wrote for
   * the same arguments with best score `best`, as that call does when given `margins`: callers that
   * need margins only for some sentences (those with spans) decode without and call this after.
   * Valid only before the next decode (it reads that call's forward scores).
   */
  fillMargins(
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
    if (this.bio7) {
      backwardBio7(emissions, n, transitions, beta);
      marginsOf7(n, alpha, beta, path, margins, best);
      return;
    }
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

/** `s` when it beats `m`, else `m`: one step of a running maximum (strict, so the first of equals stays). */
function top(m: number, s: number): number {
  return s > m ? s : m;
}

/**
 * The forward pass of {@link ViterbiDecoder.decode} for 7 BIO labels (O, then B-X, I-X for three
 * types), tokens 1…n-1: labels 0, 1, 3, 5 may follow any label, I-X (2, 4, 6) only B-X or I-X.
 * Predecessors are visited in ascending order with a strict comparison, as the generic loop does.
 */
function forwardBio7(em: ArrayLike<number>, n: number, t: ArrayLike<number>, alpha: Float64Array, back: Int32Array): void {
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * 7;
    const c = i * 7;
    const a0 = alpha[p] ?? 0;
    const a1 = alpha[p + 1] ?? 0;
    const a2 = alpha[p + 2] ?? 0;
    const a3 = alpha[p + 3] ?? 0;
    const a4 = alpha[p + 4] ?? 0;
    const a5 = alpha[p + 5] ?? 0;
    const a6 = alpha[p + 6] ?? 0;
    // O and B-X: the best of all seven predecessors.
    for (let b = 0; b < 7; b += b === 0 ? 1 : 2) {
      let best = -Infinity;
      let arg = 0;
      let s = a0 + (t[b] ?? 0);
      if (s > best) best = s;
      s = a1 + (t[7 + b] ?? 0);
      if (s > best) {
        best = s;
        arg = 1;
      }
      s = a2 + (t[14 + b] ?? 0);
      if (s > best) {
        best = s;
        arg = 2;
      }
      s = a3 + (t[21 + b] ?? 0);
      if (s > best) {
        best = s;
        arg = 3;
      }
      s = a4 + (t[28 + b] ?? 0);
      if (s > best) {
        best = s;
        arg = 4;
      }
      s = a5 + (t[35 + b] ?? 0);
      if (s > best) {
        best = s;
        arg = 5;
      }
      s = a6 + (t[42 + b] ?? 0);
      if (s > best) {
        best = s;
        arg = 6;
      }
      alpha[c + b] = best + (em[c + b] ?? 0);
      back[c + b] = arg;
    }
    // I-X: B-X (b - 1) or I-X (b).
    for (let b = 2; b < 7; b += 2) {
      let best = -Infinity;
      let arg = 0;
      let s = (alpha[p + b - 1] ?? 0) + (t[b * 8 - 7] ?? 0);
      if (s > best) {
        best = s;
        arg = b - 1;
      }
      s = (alpha[p + b] ?? 0) + (t[b * 8] ?? 0);
      if (s > best) {
        best = s;
        arg = b;
      }
      alpha[c + b] = best + (em[c + b] ?? 0);
      back[c + b] = arg;
    }
  }
}

/**
 * The backward pass of the margins for 7 BIO labels, tokens n-2…0: after label a come O and every
 * B-X (0, 1, 3, 5), and I-X only after B-X or I-X. Successors in ascending order, each score summed
 * as the generic loop does: (transition + emission) + beta.
 */
function backwardBio7(em: ArrayLike<number>, n: number, t: ArrayLike<number>, beta: Float64Array): void {
  // Transition scores `tab` (a → b) that the constraint allows, read once.
  const [t00, t01, t03, t05] = [t[0] ?? 0, t[1] ?? 0, t[3] ?? 0, t[5] ?? 0];
  const [t10, t11, t12, t13, t15] = [t[7] ?? 0, t[8] ?? 0, t[9] ?? 0, t[10] ?? 0, t[12] ?? 0];
  const [t20, t21, t22, t23, t25] = [t[14] ?? 0, t[15] ?? 0, t[16] ?? 0, t[17] ?? 0, t[19] ?? 0];
  const [t30, t31, t33, t34, t35] = [t[21] ?? 0, t[22] ?? 0, t[24] ?? 0, t[25] ?? 0, t[26] ?? 0];
  const [t40, t41, t43, t44, t45] = [t[28] ?? 0, t[29] ?? 0, t[31] ?? 0, t[32] ?? 0, t[33] ?? 0];
  const [t50, t51, t53, t55, t56] = [t[35] ?? 0, t[36] ?? 0, t[38] ?? 0, t[40] ?? 0, t[41] ?? 0];
  const [t60, t61, t63, t65, t66] = [t[42] ?? 0, t[43] ?? 0, t[45] ?? 0, t[47] ?? 0, t[48] ?? 0];
  for (let i = n - 2; i >= 0; i--) {
    const c = i * 7;
    const x = c + 7;
    const e0 = em[x] ?? 0;
    const e1 = em[x + 1] ?? 0;
    const e2 = em[x + 2] ?? 0;
    const e3 = em[x + 3] ?? 0;
    const e4 = em[x + 4] ?? 0;
    const e5 = em[x + 5] ?? 0;
    const e6 = em[x + 6] ?? 0;
    const b0 = beta[x] ?? 0;
    const b1 = beta[x + 1] ?? 0;
    const b2 = beta[x + 2] ?? 0;
    const b3 = beta[x + 3] ?? 0;
    const b4 = beta[x + 4] ?? 0;
    const b5 = beta[x + 5] ?? 0;
    const b6 = beta[x + 6] ?? 0;
    beta[c] = top(top(top(top(-Infinity, t00 + e0 + b0), t01 + e1 + b1), t03 + e3 + b3), t05 + e5 + b5);
    beta[c + 1] = top(top(top(top(top(-Infinity, t10 + e0 + b0), t11 + e1 + b1), t12 + e2 + b2), t13 + e3 + b3), t15 + e5 + b5);
    beta[c + 2] = top(top(top(top(top(-Infinity, t20 + e0 + b0), t21 + e1 + b1), t22 + e2 + b2), t23 + e3 + b3), t25 + e5 + b5);
    beta[c + 3] = top(top(top(top(top(-Infinity, t30 + e0 + b0), t31 + e1 + b1), t33 + e3 + b3), t34 + e4 + b4), t35 + e5 + b5);
    beta[c + 4] = top(top(top(top(top(-Infinity, t40 + e0 + b0), t41 + e1 + b1), t43 + e3 + b3), t44 + e4 + b4), t45 + e5 + b5);
    beta[c + 5] = top(top(top(top(top(-Infinity, t50 + e0 + b0), t51 + e1 + b1), t53 + e3 + b3), t55 + e5 + b5), t56 + e6 + b6);
    beta[c + 6] = top(top(top(top(top(-Infinity, t60 + e0 + b0), t61 + e1 + b1), t63 + e3 + b3), t65 + e5 + b5), t66 + e6 + b6);
  }
}

/** The margins of {@link ViterbiDecoder.decode} for 7 labels: `best` minus the best `alpha + beta` of another label, labels in ascending order. */
function marginsOf7(n: number, alpha: Float64Array, beta: Float64Array, path: Int32Array, margins: Float64Array, best: number): void {
  for (let i = 0; i < n; i++) {
    const o = i * 7;
    const y = path[i] ?? 0;
    let other = -Infinity;
    for (let l = 0; l < 7; l++) if (l !== y) other = top(other, (alpha[o + l] ?? 0) + (beta[o + l] ?? 0));
    margins[i] = best - other;
  }
}
