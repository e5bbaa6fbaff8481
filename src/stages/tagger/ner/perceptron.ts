import { BIO_ALLOWED, LABEL_COUNT } from './labels.js';
import { ViterbiDecoder } from './viterbi.js';

/** One training sentence with its features as row ids: token `i` has `ids[offsets[i] .. offsets[i+1])`. */
export interface EncodedSentence {
  ids: Int32Array;
  offsets: Int32Array;
  labels: Uint8Array;
}

/** Weights of a linear-chain model over `LABEL_COUNT` labels. */
export interface LinearWeights {
  /** Row `f` (a feature) holds one weight per label at `f * LABEL_COUNT + l`. */
  emission: Float64Array;
  /** Label `b` after label `a` at `a * LABEL_COUNT + b`; row `LABEL_COUNT` is the sentence start. */
  transitions: Float64Array;
}

/** Options of {@link trainPerceptron}. */
export interface PerceptronOptions {
  epochs: number;
  /** Seed of the per-epoch shuffle. */
  seed: number;
  /** Called after each epoch with the averaged weights so far (e.g. to score a dev set). */
  onEpoch?: (epoch: number, averaged: LinearWeights) => void;
}

/** A small, seeded PRNG (mulberry32): the same seed gives the same shuffle on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills `out` (length n * L) with the emission scores of a sentence under `weights`. */
export function emissionScores(
  weights: ArrayLike<number>,
  ids: Int32Array,
  offsets: Int32Array,
  n: number,
  out: Float64Array,
): void {
  const L = LABEL_COUNT;
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const end = offsets[i + 1] ?? 0;
    for (let k = offsets[i] ?? 0; k < end; k++) {
      const row = (ids[k] ?? 0) * L;
      for (let l = 0; l < L; l++) out[base + l] = (out[base + l] ?? 0) + (weights[row + l] ?? 0);
    }
  }
}

/**
 * Trains an averaged structured perceptron (Collins 2002): decode each sentence with the current
 * weights under the BIO constraint; on a mistake, add the gold path's features and subtract the
 * predicted path's. Averaging uses the usual trick (`avg = w - u / c`, with `u` accumulating
 * `c * update`), so it costs one extra array, not a copy per step. Deterministic for a given seed.
 */
export function trainPerceptron(data: readonly EncodedSentence[], featureCount: number, options: PerceptronOptions): LinearWeights {
  const L = LABEL_COUNT;
  const w = new Float64Array(featureCount * L);
  const u = new Float64Array(featureCount * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const rand = mulberry32(options.seed);
  const order = data.map((_, i) => i);
  const decoder = new ViterbiDecoder(L, BIO_ALLOWED);
  let emissions = new Float64Array(0);
  let pred = new Int32Array(0);
  let c = 1;

  const update = (s: EncodedSentence, i: number, label: number, d: number) => {
    const end = s.offsets[i + 1] ?? 0;
    for (let k = s.offsets[i] ?? 0; k < end; k++) {
      const j = (s.ids[k] ?? 0) * L + label;
      w[j] = (w[j] ?? 0) + d;
      u[j] = (u[j] ?? 0) + c * d;
    }
  };
  const updateT = (a: number, b: number, d: number) => {
    const j = a * L + b;
    tw[j] = (tw[j] ?? 0) + d;
    tu[j] = (tu[j] ?? 0) + c * d;
  };
  const averaged = (): LinearWeights => {
    const e = new Float64Array(w.length);
    for (let j = 0; j < w.length; j++) e[j] = (w[j] ?? 0) - (u[j] ?? 0) / c;
    const t = new Float64Array(tw.length);
    for (let j = 0; j < tw.length; j++) t[j] = (tw[j] ?? 0) - (tu[j] ?? 0) / c;
    return { emission: e, transitions: t };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (const idx of order) {
      const s = data[idx];
      if (!s) continue;
      const n = s.labels.length;
      if (n === 0) continue;
      if (emissions.length < n * L) {
        emissions = new Float64Array(n * L * 2);
        pred = new Int32Array(n * 2);
      }
      emissionScores(w, s.ids, s.offsets, n, emissions);
      decoder.decode(emissions, n, tw, pred, null);
      let prevG = L;
      let prevP = L;
      for (let i = 0; i < n; i++) {
        const g = s.labels[i] ?? 0;
        const p = pred[i] ?? 0;
        if (g !== p) {
          update(s, i, g, 1);
          update(s, i, p, -1);
        }
        if (g !== p || prevG !== prevP) {
          updateT(prevG, g, 1);
          updateT(prevP, p, -1);
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
