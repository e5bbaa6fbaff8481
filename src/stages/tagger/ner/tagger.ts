import { GAZ_KINDS, GAZ_TAG, sentenceCasing } from './features.js';
import type { PhraseSet } from './gazetteers.js';
import { hashFeature } from '../../../lexicon/hash.js';
import { BIO_ALLOWED, LABEL_COUNT } from './labels.js';
import type { NerModel } from './model.js';
import { ViterbiDecoder } from './viterbi.js';
import { CASINGS, ENTRY, ENTRY_SIZE, FLAG, SHAPE, SHAPE_SIZE, WordCache } from './word-cache.js';

// Imported bindings read once: under a CommonJS transform (tsx, vitest) each use would be a getter call.
const L = LABEL_COUNT;
const casingOf = sentenceCasing;
const E = ENTRY_SIZE;
const KINDS = GAZ_KINDS.length;
const { cap: E_CAP, flags: E_FLAGS, shape: E_SHAPE, self: E_SELF, prev1: E_PREV1, prev2: E_PREV2, next1: E_NEXT1, next2: E_NEXT2 } = ENTRY;
const S_CASING = SHAPE.casing;
const SS = SHAPE_SIZE;
const {
  cased: F_CASED,
  upperSame: F_UPPER_SAME,
  long: F_LONG,
  longCapitalised: F_LONG_CAPITALISED,
  gazFirst: F_GAZ_FIRST,
  gazEntry: F_GAZ_ENTRY,
  gazPrefix: F_GAZ_PREFIX,
  gazInner: F_GAZ_INNER,
} = FLAG;
const CASING_CODES = CASINGS;

/**
 * Label ids for one sentence, with each token's decoding margin when asked for. From
 * {@link SentenceTagger}: views of its buffers, valid until its next call.
 */
export interface TaggedSentence {
  labels: Int32Array;
  /** Best path score minus the best score with another label at the token (>= 0); empty when not asked. */
  margins: Float64Array;
}

/** Options of {@link SentenceTagger}. */
export interface SentenceTaggerOptions {
  /**
   * Distinct token strings whose per-word features are kept (default 32,768). The cache starts with
   * room for 512 and doubles as needed (at 32,768 words: about 6 MB of entries and 4.5 MB of pair
   * and token slots); when full, it is emptied and refilled.
   */
  cacheWords?: number;
}

const CC_EDGE = 4;
/** Vector of "first" in {@link SentenceTagger.fixed}, after the 125 of "cc=". */
const FIRST = 125;
/** First gazetteer vector in {@link SentenceTagger.fixed}. */
const GAZ = FIRST + 1;

/**
 * Tags sentences with one model; computes exactly the features of `forEachFeature` (features.ts),
 * fast: the features of a token alone, and of a word as a neighbour, are summed once per distinct
 * word ({@link WordCache}), those of word pairs and shape triples once per distinct pair or triple
 * still in its caches (hashed by continuing FNV states cached per word), and the few fixed ones
 * (capitalisation triples, "first", gazetteer hits) come from a small table. Emissions are summed
 * as integers in seven locals and scaled once per token: weights are int16, so the sums equal the
 * feature-by-feature sums of `ReferenceTagger` (reference-tagger.ts) bit for bit. Most of the time
 * goes to memory accesses, so the data a token touches is kept compact.
 * Reuses its buffers between calls, so one tagger must not be shared by concurrent callers
 * (JavaScript is single-threaded; each worker builds its own).
 */
export class SentenceTagger {
  private emissions = new Float64Array(0);
  private labels = new Int32Array(0);
  private margins = new Float64Array(0);
  /** Tokens and best path score of the last sentence tagged, for {@link SentenceTagger.marginsOfLast}. */
  private last = 0;
  private best = 0;
  private ids = new Int32Array(0);
  /**
   * Per token from `4 * i + 2`: the rows of its pair features ("ww-1=", "ws-1=", "ww+1=", "ws+1=",
   * -1 when absent), looked up for the whole sentence before the sums (and copied at once: a later
   * lookup may move a pair's slot), so that the lookups of tokens apart do not wait for each other's memory accesses.
   */
  private pairRowsOf = new Int32Array(0);
  private gazB = new Uint8Array(0);
  private gazI = new Uint8Array(0);
  /** Written by {@link SentenceTagger.emit} so that its reads of the entries' lines are not dropped as unused. */
  touched = 0;
  private readonly words: WordCache;
  private readonly decoder: ViterbiDecoder;
  /** The model's transitions widened once to float64 (exact), the element type training decodes with. */
  private readonly transitions: Float64Array;
  /**
   * Weights of the features that need no hashing per token, copied out of the model's rows into
   * one small array that stays in the CPU cache (zeros for a feature the model lacks): "cc=" + caps
   * of previous, this and next token at vector `prev * 25 + cur * 5 + next` (edges: 4), then
   * "first" ({@link FIRST}), then each gazetteer feature at `GAZ + (kind * 2 + inside) * 4 + where`,
   * where: own, -1, +1, -2.
   */
  private readonly fixed = new Int32Array((GAZ + GAZ_KINDS.length * 8) * L);
  /** Vectors of {@link SentenceTagger.fixed} to add to one token: "cc=", "first", at most 5 kinds × 4 gazetteer positions. */
  private readonly picks = new Int32Array(2 + GAZ_KINDS.length * 4);
  /** The phrase set of each kind of {@link GAZ_KINDS}. */
  private readonly phraseSets: (PhraseSet | undefined)[];

  constructor(
    readonly model: NerModel,
    options: SentenceTaggerOptions = {},
  ) {
    if (L !== 7) throw new Error('SentenceTagger: the emission sums are written for 7 labels');
    this.words = new WordCache(model, options.cacheWords);
    this.decoder = new ViterbiDecoder(L, BIO_ALLOWED);
    this.transitions = Float64Array.from(model.transitions);
    const caps = ['U', 'l', 'd', 'p'];
    for (let a = 0; a < 5; a++) {
      for (let b = 0; b < 4; b++) {
        for (let c = 0; c < 5; c++) {
          this.copyFixed(a * 25 + b * 5 + c, 'cc=' + (a === CC_EDGE ? '^' : caps[a]) + caps[b] + (c === CC_EDGE ? '$' : caps[c]));
        }
      }
    }
    this.copyFixed(FIRST, 'first');
    GAZ_KINDS.forEach((kind, k) => {
      GAZ_TAG[kind].forEach((tag, inside) => {
        ['', '-1', '+1', '-2'].forEach((where, x) => this.copyFixed(GAZ + (k * 2 + inside) * 4 + x, tag + where));
      });
    });
    this.phraseSets = GAZ_KINDS.map((kind) => model.gazetteers.phrases.get(kind));
  }

  /** Copies the weights of a feature into vector `at` of {@link SentenceTagger.fixed}. */
  private copyFixed(at: number, feature: string): void {
    const row = this.model.index.row(hashFeature(feature));
    if (row >= 0) this.fixed.set(this.model.weights.subarray(row * L, (row + 1) * L), at * L);
  }

  /** Number of distinct words whose features are cached. */
  get cachedWords(): number {
    return this.words.size;
  }

  /**
   * Tags one sentence of tokens, as {@link SentenceTagger.tagRange} tags token objects with these
   * texts. The result's arrays are views of buffers that the next call overwrites.
   */
  tag(tokens: readonly string[], withMargins = false): TaggedSentence {
    return this.tagRange(tokens.map((text) => ({ text })), 0, tokens.length, withMargins);
  }

  /**
   * Tags the sentence of `tokens[from, to)` by their `text`: for callers that hold token objects (a
   * Doc's), without an array of texts per sentence. Nothing is allocated per sentence.
   */
  tagRange(tokens: readonly { readonly text: string }[], from: number, to: number, withMargins = false): TaggedSentence {
    const n = to - from;
    const ids = this.idsFor(n);
    const words = this.words;
    for (let i = 0; i < n; i++) ids[i] = words.id(tokens[from + i]?.text ?? '');
    return this.tagIds(n, withMargins);
  }

  /** Sizes the buffers for n tokens and makes room for n new words; returns the buffer of their ids. */
  private idsFor(n: number): Int32Array {
    if (this.ids.length < n) {
      const size = Math.max(n, this.ids.length * 2, 64);
      this.ids = new Int32Array(size);
      this.pairRowsOf = new Int32Array(size * 4 + 4);
      this.gazB = new Uint8Array(size);
      this.gazI = new Uint8Array(size);
      this.labels = new Int32Array(size);
      this.margins = new Float64Array(size);
      this.emissions = new Float64Array(size * L);
    }
    this.words.reserve(n);
    return this.ids;
  }

  /** Tags the n tokens whose word ids {@link SentenceTagger.idsFor} holds. */
  private tagIds(n: number, withMargins: boolean): TaggedSentence {
    const labels = this.labels.subarray(0, n);
    const margins = this.margins.subarray(0, withMargins ? n : 0);
    this.last = n;
    if (n === 0) return { labels, margins };
    this.emit(n);
    this.best = this.decoder.decode(this.emissions, n, this.transitions, labels, withMargins ? margins : null);
    return { labels, margins };
  }

  /**
   * The margins of the sentence the last {@link SentenceTagger.tag} call tagged without them, as
   * `tag(tokens, true)` would have given: for callers that need them only when the labels hold a
   * span (most sentences have none). A view valid until the next call.
   */
  marginsOfLast(): Float64Array {
    const n = this.last;
    const margins = this.margins.subarray(0, n);
    if (n > 0) this.decoder.fillMargins(this.emissions, n, this.transitions, this.labels.subarray(0, n), margins, this.best);
    return margins;
  }

  /** Fills `emissions` (scaled) for the n tokens of {@link SentenceTagger.ids}. */
  private emit(n: number): void {
    const words = this.words;
    const ids = this.ids;
    // Sentence casing, as in `view` (features.ts). The pass also reads one value of each entry's
    // second and third cache lines (its flags are in the first), so that all the lines the sums
    // below read are fetched together, not token by token (tagger stage 0.95x and 0.96x in two
    // paired runs, both directions).
    let allLower = true;
    let allUpper = true;
    let long = 0;
    let longCapitalised = 0;
    let anyFlags = 0;
    const flagsOf = words.entries;
    let lines = 0;
    for (let i = 0; i < n; i++) {
      const at = (ids[i] ?? 0) * E;
      const f = flagsOf[at + E_FLAGS] ?? 0;
      lines ^= (flagsOf[at + E_PREV2] ?? 0) ^ (flagsOf[at + E_NEXT2] ?? 0);
      anyFlags |= f;
      if (f & F_CASED) allLower = false;
      if (!(f & F_UPPER_SAME)) allUpper = false;
      if (f & F_LONG) {
        long++;
        if (f & F_LONG_CAPITALISED) longCapitalised++;
      }
    }
    const casing = (S_CASING + CASING_CODES.indexOf(casingOf(allLower, allUpper, long, longCapitalised))) * L;
    const anyGaz = this.markGazetteers(n, anyFlags);
    this.touched = lines;

    const { entries: v, shapeSums, triples } = words;
    const { weights } = this.model;
    const scale = this.model.info.scale;
    const { fixed, picks } = this;
    const e = this.emissions;
    const rows = this.pairRowsOf;
    // Features of the pairs (prev, id) and (id, next): token i's rows from 4 * i + 2, "ww-1=", "ws-1="
    // from the pair looked up for the previous token, "ww+1=", "ws+1=" from the next pair (their
    // sets read in advance, together).
    words.touchPairs(ids, n);
    words.pairInto(0, ids[0] ?? 0, rows, 0);
    for (let i = 0; i < n; i++) words.pairInto(ids[i] ?? 0, i + 1 < n ? (ids[i + 1] ?? 0) : 0, rows, 4 * i + 4);
    for (let i = 0; i < n; i++) {
      const id = ids[i] ?? 0;
      const prev = i > 0 ? (ids[i - 1] ?? 0) : 0;
      const next = i + 1 < n ? (ids[i + 1] ?? 0) : 0;
      const self = id * E + E_SELF;
      const c = (v[id * E + E_SHAPE] ?? 0) * SS + casing;
      const p1 = prev * E + E_PREV1;
      const p2 = (i > 1 ? (ids[i - 2] ?? 0) : 0) * E + E_PREV2;
      const n1 = next * E + E_NEXT1;
      const n2 = (i + 2 < n ? (ids[i + 2] ?? 0) : 0) * E + E_NEXT2;
      const t = words.triple(prev, id, next) + 1;
      const cp = i > 0 ? (v[prev * E + E_CAP] ?? 0) : CC_EDGE;
      const cn = i + 1 < n ? (v[next * E + E_CAP] ?? 0) : CC_EDGE;
      picks[0] = cp * 25 + (v[id * E + E_CAP] ?? 0) * 5 + cn;
      let k = 1;
      if (i === 0) picks[k++] = FIRST;
      if (anyGaz) k = this.gazPicks(i, n, k);
      // The sums per word, per shape and per shape triple, the fixed features, then the rows of the
      // pairs, in seven locals (LABEL_COUNT, checked in the constructor): sums of int16 weights,
      // exact in any order.
      let e0 = (v[self] ?? 0) + (shapeSums[c] ?? 0) + (v[p1] ?? 0) + (v[p2] ?? 0) + (v[n1] ?? 0) + (v[n2] ?? 0) + (triples[t] ?? 0);
      let e1 = (v[self + 1] ?? 0) + (shapeSums[c + 1] ?? 0) + (v[p1 + 1] ?? 0) + (v[p2 + 1] ?? 0) + (v[n1 + 1] ?? 0) + (v[n2 + 1] ?? 0) + (triples[t + 1] ?? 0);
      let e2 = (v[self + 2] ?? 0) + (shapeSums[c + 2] ?? 0) + (v[p1 + 2] ?? 0) + (v[p2 + 2] ?? 0) + (v[n1 + 2] ?? 0) + (v[n2 + 2] ?? 0) + (triples[t + 2] ?? 0);
      let e3 = (v[self + 3] ?? 0) + (shapeSums[c + 3] ?? 0) + (v[p1 + 3] ?? 0) + (v[p2 + 3] ?? 0) + (v[n1 + 3] ?? 0) + (v[n2 + 3] ?? 0) + (triples[t + 3] ?? 0);
      let e4 = (v[self + 4] ?? 0) + (shapeSums[c + 4] ?? 0) + (v[p1 + 4] ?? 0) + (v[p2 + 4] ?? 0) + (v[n1 + 4] ?? 0) + (v[n2 + 4] ?? 0) + (triples[t + 4] ?? 0);
      let e5 = (v[self + 5] ?? 0) + (shapeSums[c + 5] ?? 0) + (v[p1 + 5] ?? 0) + (v[p2 + 5] ?? 0) + (v[n1 + 5] ?? 0) + (v[n2 + 5] ?? 0) + (triples[t + 5] ?? 0);
      let e6 = (v[self + 6] ?? 0) + (shapeSums[c + 6] ?? 0) + (v[p1 + 6] ?? 0) + (v[p2 + 6] ?? 0) + (v[n1 + 6] ?? 0) + (v[n2 + 6] ?? 0) + (triples[t + 6] ?? 0);
      for (let x = 0; x < k; x++) {
        const o = (picks[x] ?? 0) * L;
        e0 += fixed[o] ?? 0;
        e1 += fixed[o + 1] ?? 0;
        e2 += fixed[o + 2] ?? 0;
        e3 += fixed[o + 3] ?? 0;
        e4 += fixed[o + 4] ?? 0;
        e5 += fixed[o + 5] ?? 0;
        e6 += fixed[o + 6] ?? 0;
      }
      for (let x = 4 * i + 2; x < 4 * i + 6; x++) {
        const row = rows[x] ?? -1;
        if (row < 0) continue;
        const o = row * L;
        e0 += weights[o] ?? 0;
        e1 += weights[o + 1] ?? 0;
        e2 += weights[o + 2] ?? 0;
        e3 += weights[o + 3] ?? 0;
        e4 += weights[o + 4] ?? 0;
        e5 += weights[o + 5] ?? 0;
        e6 += weights[o + 6] ?? 0;
      }
      // Weights are int16; scale the summed emissions once per token rather than per feature.
      const base = i * L;
      e[base] = e0 * scale;
      e[base + 1] = e1 * scale;
      e[base + 2] = e2 * scale;
      e[base + 3] = e3 * scale;
      e[base + 4] = e4 * scale;
      e[base + 5] = e5 * scale;
      e[base + 6] = e6 * scale;
    }
  }

  /**
   * Appends to `picks` from `k` the gazetteer features of token `i`: the hits of tokens i, i-1, i+1
   * and i-2, in that order; returns the new length.
   */
  private gazPicks(i: number, n: number, k: number): number {
    k = this.gazPicksAt(i, 0, k);
    if (i > 0) k = this.gazPicksAt(i - 1, 1, k);
    if (i + 1 < n) k = this.gazPicksAt(i + 1, 2, k);
    if (i > 1) k = this.gazPicksAt(i - 2, 3, k);
    return k;
  }

  /** Appends the features of token `j`'s gazetteer hits seen from `where` (0 own, 1 "-1", 2 "+1", 3 "-2"). */
  private gazPicksAt(j: number, where: number, k: number): number {
    const b = this.gazB[j] ?? 0;
    const m = this.gazI[j] ?? 0;
    if ((b | m) === 0) return k;
    const picks = this.picks;
    for (let g = 0; g < KINDS; g++) {
      if (b & (1 << g)) picks[k++] = GAZ + g * 8 + where;
      if (m & (1 << g)) picks[k++] = GAZ + g * 8 + 4 + where;
    }
    return k;
  }

  /**
   * Marks gazetteer hits per kind as `markPhrases` (gazetteers.ts) does, longest match first, in
   * bit `k` of `gazB` (first token) and `gazI` (inside); true when any token is marked.
   * `anyFlags` is the union of the tokens' {@link FLAG} bits: kinds no token can start are skipped.
   */
  private markGazetteers(n: number, anyFlags: number): boolean {
    const { ids, gazB, gazI } = this;
    const { entries: v, lower } = this.words;
    let any = false;
    for (let k = 0; k < this.phraseSets.length; k++) {
      const set = this.phraseSets[k];
      const firstBit = F_GAZ_FIRST << k;
      if (!set || !(anyFlags & firstBit)) continue;
      const entryBit = F_GAZ_ENTRY << k;
      const prefixBit = F_GAZ_PREFIX << k;
      const innerBit = F_GAZ_INNER << k;
      const { entries, prefixes, maxTokens } = set;
      let i = 0;
      while (i < n) {
        const f = v[(ids[i] ?? 0) * E + E_FLAGS] ?? 0;
        if (!(f & firstBit)) {
          i++;
          continue;
        }
        let matched = f & entryBit ? 1 : 0;
        let phrase = lower[ids[i] ?? 0] ?? '';
        // Only phrases that begin a longer entry can grow into a match (the first word's flag tells
        // for one word), and only by a word that follows the first in some entry (its flag).
        for (let len = 2; len <= maxTokens && i + len <= n && (len === 2 ? (f & prefixBit) !== 0 : prefixes.has(phrase)); len++) {
          const next = ids[i + len - 1] ?? 0;
          if (!((v[next * E + E_FLAGS] ?? 0) & innerBit)) break;
          phrase += ' ' + (lower[next] ?? '');
          if (entries.has(phrase)) matched = len;
        }
        if (matched === 0) {
          i++;
          continue;
        }
        if (!any) {
          gazB.fill(0, 0, n);
          gazI.fill(0, 0, n);
          any = true;
        }
        gazB[i] = (gazB[i] ?? 0) | (1 << k);
        for (let x = 1; x < matched; x++) gazI[i + x] = (gazI[i + x] ?? 0) | (1 << k);
        i += matched;
      }
    }
    return any;
  }
}
