import * as features from './features.js';
import type { LangModel } from './model.js';

// Local copies of the feature constants. Why: some loaders (tsx, vitest) turn imported bindings
// into getters, and a getter call per character made the hot loop ten times slower.
const FNV_OFFSET = features.FNV_OFFSET;
const FNV_PRIME = features.FNV_PRIME;
const MAX_NGRAM = features.MAX_NGRAM;
const PAIR_SEED = features.PAIR_SEED;
const SPACE = features.SPACE;
const WORD_SEED = features.WORD_SEED;
const normalize = features.normalize;

/** Raw evidence for one text: summed log-probability ratios per class, and word counts. */
export interface LanguageScores {
  /** One score per model class (`model.classes` order), before temperature, with the class bias. */
  scores: Float64Array;
  /** Words with at least one letter. */
  words: number;
  /** All tokens, numbers included. */
  tokens: number;
  /** Tokens the model has a word weight for (a low share of `tokens` means "none of my languages"). */
  knownWords: number;
  letters: number;
  nonLatinLetters: number;
}

/**
 * Characters of a text that are scored. Why: evidence saturates long before this (a paragraph of
 * 1,500 characters is far past certainty), and the cap keeps the cost of a huge paragraph bounded.
 */
export const MAX_SCORED_CHARS = 1500;

let hashes = new Int32Array(8192);

function ensure(n: number): Int32Array {
  if (hashes.length < n) hashes = new Int32Array(n * 2);
  return hashes;
}

/** Adds the weights of `hashes[from..to)` to `acc`; returns how many were in the model. */
function accumulate(model: LangModel, hs: Int32Array, from: number, to: number, acc: Int32Array): number {
  const { keys, weights16: w16, mask } = model;
  const C = acc.length;
  let found = 0;
  for (let j = from; j < to; j++) {
    const hash = hs[j]!;
    let slot = hash & mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === hash) {
        const w = slot * C;
        for (let c = 0; c < C; c++) acc[c] = acc[c]! + w16[w + c]!;
        found++;
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
  return found;
}

/**
 * Sums the model's feature weights over a text.
 *
 * The features are those of `forEachFeature` (features.ts), hashed into a reused Int32Array first
 * and looked up in a tight loop after: the hot path of the stage. Hashes stay int32 because uint32
 * values above 2^31 would be boxed doubles in V8. test/stages/language/score.test.ts checks that
 * this visits the same features as `forEachFeature`.
 */
export function scoreText(model: LangModel, text: string): LanguageScores {
  const norm = normalize(text, MAX_SCORED_CHARS);
  const { codes, length } = norm;
  const hs = ensure(length * (MAX_NGRAM + 2) + 2);
  let n = 0;
  for (let i = 0; i < length; i++) {
    let h = FNV_OFFSET;
    const first = codes[i]!;
    const top = Math.min(MAX_NGRAM, length - i);
    for (let k = 0; k < top; k++) {
      h = Math.imul(h ^ codes[i + k]!, FNV_PRIME);
      if (k === 0 && first === SPACE) continue;
      hs[n++] = h || 1;
    }
  }
  const charEnd = n;
  // Words first (their hits are the known-word count), then word pairs.
  let h = WORD_SEED;
  let inWord = false;
  for (let i = 1; i < length; i++) {
    const c = codes[i]!;
    if (c === SPACE) {
      if (inWord) hs[n++] = h || 1;
      h = WORD_SEED;
      inWord = false;
    } else {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    }
  }
  const wordEnd = n;
  for (let j = charEnd + 1; j < wordEnd; j++) hs[n++] = Math.imul(hs[j - 1]! ^ PAIR_SEED, FNV_PRIME) ^ hs[j]! || 1;
  const C = model.classes.length;
  const acc = new Int32Array(C);
  accumulate(model, hs, 0, charEnd, acc);
  const known = accumulate(model, hs, charEnd, wordEnd, acc);
  accumulate(model, hs, wordEnd, n, acc);
  const scores = new Float64Array(C);
  for (let c = 0; c < C; c++) scores[c] = acc[c]! * model.scale + model.bias[c]!;
  return { scores, words: norm.words, tokens: norm.tokens, knownWords: known, letters: norm.letters, nonLatinLetters: norm.nonLatinLetters };
}

/** Softmax of `scores / temperature` plus optional log-priors, into a new array. */
export function posterior(scores: Float64Array, temperature: number, logPrior?: Float64Array): Float64Array {
  const C = scores.length;
  const out = new Float64Array(C);
  let max = -Infinity;
  for (let c = 0; c < C; c++) {
    out[c] = scores[c]! / temperature + (logPrior ? logPrior[c]! : 0);
    if (out[c]! > max) max = out[c]!;
  }
  let sum = 0;
  for (let c = 0; c < C; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < C; c++) out[c] = out[c]! / sum;
  return out;
}
