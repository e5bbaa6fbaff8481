import * as hash from '../../lexicon/hash.js';
import * as features from './features.js';
import * as models from './model.js';
import type { LangModel } from './model.js';

// Local copies of the imported constants. Why: some loaders (tsx, vitest) turn imported bindings
// into getters, and a getter call per character made the hot loop ten times slower.
const FNV_OFFSET = hash.FNV_OFFSET;
const FNV_PRIME = hash.FNV_PRIME;
const PAIR_SEED = features.PAIR_SEED;
const SPACE = features.SPACE;
const normalize = features.normalize;
const FILTER_SHIFT = models.FILTER_SHIFT;
const LANES = models.MAX_CLASSES;
const ROW = models.ROW;
const SLOT_INT32 = models.SLOT_INT32;
const SYMBOL_BITS = models.SYMBOL_BITS;
/** Masks of a symbol and of a trigram of symbols. */
const SYMBOLS = (1 << SYMBOL_BITS) - 1;
const TRIGRAMS = (1 << (3 * SYMBOL_BITS)) - 1;
const popcount = models.popcount;
const weightsAt = models.weightsAt;

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
 * Below the cap every character is read: no early stop once the answer looks safe, because
 * Indonesian news gains on Malay by only ~0.06 nats per character (median), so a stop that allows
 * for the unread rest of the text saved 1-2% of the work, and one that ignores it (and so misses
 * a late switch of language) changed the language of 3 to 13 of 18,979 paragraphs of a news dump.
 */
export const MAX_SCORED_CHARS = 1500;

// Buffers reused by every call.
/** Hashes of the features probed in the hash table. */
let hashes = new Int32Array(8192);
/** Per text position: the offset of its row of weights in `model.rows`. */
let positions = new Int32Array(2048);
/** Weight sums of the current text, one lane per class (MAX_CLASSES lanes). */
const acc = new Int32Array(LANES);

/**
 * Writes the six lanes' sums (kept in locals by the loops that add them) into `acc`, element by
 * element: `acc.set([...])` allocated an array per call.
 */
function storeSums(a0: number, a1: number, a2: number, a3: number, a4: number, a5: number): void {
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  acc[4] = a4;
  acc[5] = a5;
}

/** Adds the hash table weights of `hs[from..to)` to `acc`; returns how many the model has. */
function probeAll(model: LangModel, hs: Int32Array, from: number, to: number): number {
  const { keys, weights, mask, filter } = model;
  let a0 = acc[0]!, a1 = acc[1]!, a2 = acc[2]!, a3 = acc[3]!, a4 = acc[4]!, a5 = acc[5]!;
  let found = 0;
  for (let j = from; j < to; j++) {
    const hash = hs[j]!;
    if (((filter[hash >>> (FILTER_SHIFT + 5)]! >>> ((hash >>> FILTER_SHIFT) & 31)) & 1) === 0) continue;
    let slot = hash & mask;
    for (;;) {
      const k = keys[slot * SLOT_INT32]!;
      if (k === hash) {
        const w = weightsAt(slot);
        a0 += weights[w]!;
        a1 += weights[w + 1]!;
        a2 += weights[w + 2]!;
        a3 += weights[w + 3]!;
        a4 += weights[w + 4]!;
        a5 += weights[w + 5]!;
        found++;
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
  storeSums(a0, a1, a2, a3, a4, a5);
  return found;
}

/** Receives the word hashes of a text that is scored (features.ts; valid during the call only). */
export type WordSink = (hashes: Int32Array, count: number) => void;

/**
 * Sums the model's feature weights over a text: the features of `forEachFeature` (features.ts),
 * exactly (test/stages/language/score.test.ts checks it against forEachFeature with a lookup per
 * feature).
 *
 * The hot path of the stage, bound by memory reads. Character n-grams of symbols come from the
 * model's rows (model.ts) in two passes: the first finds the row of every position (its trigram's
 * offset and 4-gram mask, read together), the second adds the rows' weights. Why two: each pass
 * has one random read per position, so the CPU can have many of them in flight; with one pass,
 * the chain trigram -> row stalled on every position. Other features are hashed into a reused
 * Int32Array and probed in a tight loop at the end. Hashes stay int32 because uint32 values above
 * 2^31 would be boxed doubles in V8. Weight sums are integers: the order of the additions does not matter.
 * `onWords`, when given, is shown the text's word hashes. `from` and `to` score a part of the text
 * (a paragraph of an article) as its slice would be scored.
 */
export function scoreText(model: LangModel, text: string, onWords?: WordSink, from = 0, to = text.length): LanguageScores {
  const norm = normalize(text, MAX_SCORED_CHARS, from, to);
  const { codes, symbols, length, wordHashes, tokens } = norm;
  onWords?.(wordHashes, tokens);
  // At most 4 hashed n-grams per position, then one pair per token.
  if (hashes.length < length * 4 + tokens) hashes = new Int32Array(length * 10);
  if (positions.length < length) positions = new Int32Array(length * 2);
  const hs = hashes;
  const at = positions;
  const { grams, rows } = model;
  let n = 0;
  // Pass 1, every position but the closing space (its only n-gram, the lone space, is skipped).
  // `t`: the symbols of the position's trigram (symbols past the end are 0).
  let t = (symbols[0]! << SYMBOL_BITS) | symbols[1]!;
  for (let i = 0; i + 1 < length; i++) {
    const s2 = symbols[i + 2]!;
    t = ((t << SYMBOL_BITS) | s2) & TRIGRAMS;
    const s0 = t >>> (2 * SYMBOL_BITS);
    const s1 = (t >>> SYMBOL_BITS) & SYMBOLS;
    if (s0 !== 0 && s1 !== 0 && s2 !== 0) {
      // Symbol 0 after the trigram: no 4-gram from its row (the end, or another character).
      const s3 = symbols[i + 3]!;
      if (s3 === 0 && i + 3 < length) {
        const h3 = Math.imul(Math.imul(Math.imul(FNV_OFFSET ^ codes[i]!, FNV_PRIME) ^ codes[i + 1]!, FNV_PRIME) ^ codes[i + 2]!, FNV_PRIME);
        hs[n++] = Math.imul(h3 ^ codes[i + 3]!, FNV_PRIME) || 1;
      }
      const quads = grams[2 * t + 1]!;
      at[i] = grams[2 * t]! + ((quads >>> s3) & 1) * ROW * (1 + popcount(quads & ~(-1 << s3)));
      continue;
    }
    // Another character, or the last two characters: the pair's row when both are symbols,
    // every other n-gram of the position through the hash table.
    const c2 = i + 2 < length ? codes[i + 2]! : -1;
    const h1 = Math.imul(FNV_OFFSET ^ codes[i]!, FNV_PRIME);
    const h2 = Math.imul(h1 ^ codes[i + 1]!, FNV_PRIME);
    if (s0 !== 0 && s1 !== 0) {
      at[i] = ((s0 << SYMBOL_BITS) | s1) * ROW;
    } else {
      at[i] = 0;
      if (codes[i] !== SPACE) hs[n++] = h1 || 1;
      hs[n++] = h2 || 1;
    }
    if (c2 >= 0) {
      const h3 = Math.imul(h2 ^ c2, FNV_PRIME);
      hs[n++] = h3 || 1;
      if (i + 3 < length) hs[n++] = Math.imul(h3 ^ codes[i + 3]!, FNV_PRIME) || 1;
    }
  }
  // Pass 2: the rows' weights.
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
  for (let i = 0; i + 1 < length; i++) {
    const row = at[i]!;
    a0 += rows[row]!;
    a1 += rows[row + 1]!;
    a2 += rows[row + 2]!;
    a3 += rows[row + 3]!;
    a4 += rows[row + 4]!;
    a5 += rows[row + 5]!;
  }
  storeSums(a0, a1, a2, a3, a4, a5);
  // The other n-grams; words (their hits are the known-word count), hashed by normalize; word pairs.
  probeAll(model, hs, 0, n);
  const known = probeAll(model, wordHashes, 0, tokens);
  const pairsFrom = n;
  for (let j = 1; j < tokens; j++) hs[n++] = Math.imul(wordHashes[j - 1]! ^ PAIR_SEED, FNV_PRIME) ^ wordHashes[j]! || 1;
  probeAll(model, hs, pairsFrom, n);
  const C = model.classes.length;
  const scores = new Float64Array(C);
  for (let c = 0; c < C; c++) scores[c] = acc[c]! * model.scale + model.bias[c]!;
  return { scores, words: norm.words, tokens: norm.tokens, knownWords: known, letters: norm.letters, nonLatinLetters: norm.nonLatinLetters };
}

/** Softmax of `scores / temperature` plus optional log-priors, into `out` (by default a new array). */
export function posterior(scores: Float64Array, temperature: number, logPrior?: Float64Array, out = new Float64Array(scores.length)): Float64Array {
  const C = scores.length;
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
