import { GAZ_KINDS, GAZ_TAG, sentenceCasing } from './features.js';
import type { PhraseSet } from './gazetteers.js';
import { hashFeature, hashInto } from './hash.js';
import { BIO_ALLOWED, LABEL_COUNT } from './labels.js';
import type { NerModel } from './model.js';
import { FeatureIndex } from './feature-index.js';
import { ViterbiDecoder } from './viterbi.js';
import { CASINGS, FLAG, INT, VEC, WORD_INTS, WORD_VECS, WordCache } from './word-cache.js';

// Imported bindings read once: under a CommonJS transform (tsx, vitest) each use would be a getter call.
const L = LABEL_COUNT;
const continueHash = hashInto;
const casingOf = sentenceCasing;
const WI = WORD_INTS;
const WV = WORD_VECS;
const KINDS = GAZ_KINDS.length;
const { cap: I_CAP, flags: I_FLAGS, wwPrev: I_WW_PREV, wsPrev: I_WS_PREV, ssPrev: I_SS_PREV, wwSelf: I_WW_SELF, wsSelf: I_WS_SELF } = INT;
const { lcs: V_LCS, prev1: V_PREV1, prev2: V_PREV2, next1: V_NEXT1, next2: V_NEXT2 } = VEC;
const { cased: F_CASED, upperSame: F_UPPER_SAME, long: F_LONG, longCapitalised: F_LONG_CAPITALISED, gazFirst: F_GAZ_FIRST, gazEntry: F_GAZ_ENTRY } = FLAG;
const CASING_CODES = CASINGS;

/** Label ids for one sentence, with each token's decoding margin when asked for. */
export interface TaggedSentence {
  labels: Int32Array;
  /** Best path score minus the best score with another label at the token (>= 0); empty when not asked. */
  margins: Float64Array;
}

/** Options of {@link SentenceTagger}. */
export interface SentenceTaggerOptions {
  /**
   * Distinct token strings whose per-word features are kept (default 32,768: about 9 MB, allocated
   * up front); when full, the cache is emptied and refilled.
   */
  cacheWords?: number;
}

/** A gazetteer kind's phrases with the token prefixes of its multi-word entries, for early exits. */
interface GazMatcher {
  set: PhraseSet;
  /** Phrases that are the first tokens of some longer entry ("kabupaten", "kabupaten aceh"). */
  extendable: Set<string>;
}

function gazMatcher(set: PhraseSet): GazMatcher {
  const extendable = new Set<string>();
  for (const e of set.entries) {
    const parts = e.split(' ');
    let p = parts[0] ?? '';
    for (let k = 1; k < parts.length; k++) {
      extendable.add(p);
      p += ' ' + (parts[k] ?? '');
    }
  }
  return { set, extendable };
}

const CC_EDGE = 4;

/**
 * Tags sentences with one model; computes exactly the features of `forEachFeature` (features.ts),
 * fast: the features of a token alone, and of a word as a neighbour, are summed once per distinct
 * word ({@link WordCache}); only word pairs, shape triples, capitalisation triples and gazetteer
 * hits are hashed per occurrence, continuing FNV states cached per word. Weight sums are integers,
 * so emissions equal the feature-by-feature sums of `ReferenceTagger` (reference-tagger.ts) bit for bit.
 * Reuses its buffers between calls, so one tagger must not be shared by concurrent callers
 * (JavaScript is single-threaded; each worker builds its own).
 */
export class SentenceTagger {
  private emissions = new Float64Array(0);
  private ids = new Int32Array(0);
  private gazB = new Uint8Array(0);
  private gazI = new Uint8Array(0);
  private readonly index: FeatureIndex;
  private readonly words: WordCache;
  private readonly decoder: ViterbiDecoder;
  /** The model's transitions widened once to float64 (exact), the element type training decodes with. */
  private readonly transitions: Float64Array;
  /** Row of "cc=" + caps of previous, this and next token, at `prev * 25 + cur * 5 + next` (edges: 4). */
  private readonly ccRows = new Int32Array(125).fill(-1);
  /** Row of each gazetteer feature at `((kind * 2 + inside) * 4 + where)`, where: own, -1, +1, -2. */
  private readonly gazRows: Int32Array;
  private readonly firstRow: number;
  private readonly matchers: (GazMatcher | undefined)[];

  constructor(
    readonly model: NerModel,
    options: SentenceTaggerOptions = {},
  ) {
    this.index = new FeatureIndex(model);
    this.words = new WordCache(model, this.index, options.cacheWords);
    this.decoder = new ViterbiDecoder(L, BIO_ALLOWED);
    this.transitions = Float64Array.from(model.transitions);
    const caps = ['U', 'l', 'd', 'p'];
    for (let a = 0; a < 5; a++) {
      for (let b = 0; b < 4; b++) {
        for (let c = 0; c < 5; c++) {
          const f = 'cc=' + (a === CC_EDGE ? '^' : caps[a]) + caps[b] + (c === CC_EDGE ? '$' : caps[c]);
          this.ccRows[a * 25 + b * 5 + c] = this.index.row(hashFeature(f));
        }
      }
    }
    this.gazRows = new Int32Array(GAZ_KINDS.length * 8);
    GAZ_KINDS.forEach((kind, k) => {
      GAZ_TAG[kind].forEach((tag, inside) => {
        ['', '-1', '+1', '-2'].forEach((where, x) => {
          this.gazRows[(k * 2 + inside) * 4 + x] = this.index.row(hashFeature(tag + where));
        });
      });
    });
    this.firstRow = this.index.row(hashFeature('first'));
    this.matchers = GAZ_KINDS.map((kind) => {
      const set = model.gazetteers.phrases.get(kind);
      return set ? gazMatcher(set) : undefined;
    });
  }

  /** Number of distinct words whose features are cached. */
  get cachedWords(): number {
    return this.words.size;
  }

  /** Tags one sentence of tokens. */
  tag(tokens: readonly string[], withMargins = false): TaggedSentence {
    const n = tokens.length;
    const labels = new Int32Array(n);
    const margins = new Float64Array(withMargins ? n : 0);
    if (n === 0) return { labels, margins };
    if (this.emissions.length < n * L) this.emissions = new Float64Array(Math.max(n * L, this.emissions.length * 2));
    if (this.ids.length < n) {
      const size = Math.max(n, this.ids.length * 2, 64);
      this.ids = new Int32Array(size);
      this.gazB = new Uint8Array(size);
      this.gazI = new Uint8Array(size);
    }
    this.emit(tokens, n);
    this.decoder.decode(this.emissions, n, this.transitions, labels, withMargins ? margins : null);
    return { labels, margins };
  }

  /** Fills `emissions` (scaled) for the n tokens. */
  private emit(tokens: readonly string[], n: number): void {
    const words = this.words;
    words.reserve(n);
    const ids = this.ids;
    // Sentence casing, as in `view` (features.ts).
    let allLower = true;
    let allUpper = true;
    let long = 0;
    let longCapitalised = 0;
    for (let i = 0; i < n; i++) {
      const id = words.id(tokens[i] ?? '');
      ids[i] = id;
      const f = words.ints[id * WI + I_FLAGS] ?? 0;
      if (f & F_CASED) allLower = false;
      if (!(f & F_UPPER_SAME)) allUpper = false;
      if (f & F_LONG) {
        long++;
        if (f & F_LONG_CAPITALISED) longCapitalised++;
      }
    }
    const lcsVec = V_LCS + CASING_CODES.indexOf(casingOf(allLower, allUpper, long, longCapitalised));
    const anyGaz = this.markGazetteers(n);

    const { vecs, ints, lower, shape } = words;
    const { weights } = this.model;
    const index = this.index;
    const e = this.emissions;
    const VL = WV * L;
    for (let i = 0; i < n; i++) {
      const id = ids[i] ?? 0;
      const prev = i > 0 ? (ids[i - 1] ?? 0) : 0;
      const next = i + 1 < n ? (ids[i + 1] ?? 0) : 0;
      const self = id * VL;
      const lcs = self + lcsVec * L;
      const p1 = prev * VL + V_PREV1 * L;
      const p2 = (i > 1 ? (ids[i - 2] ?? 0) : 0) * VL + V_PREV2 * L;
      const n1 = next * VL + V_NEXT1 * L;
      const n2 = (i + 2 < n ? (ids[i + 2] ?? 0) : 0) * VL + V_NEXT2 * L;
      const base = i * L;
      for (let l = 0; l < L; l++) {
        e[base + l] =
          (vecs[self + l] ?? 0) +
          (vecs[lcs + l] ?? 0) +
          (vecs[p1 + l] ?? 0) +
          (vecs[p2 + l] ?? 0) +
          (vecs[n1 + l] ?? 0) +
          (vecs[n2 + l] ?? 0);
      }
      const w = lower[id] ?? '';
      const s = shape[id] ?? '';
      const nw = lower[next] ?? '';
      const ns = shape[next] ?? '';
      const pi = prev * WI;
      const si = id * WI;
      // "ww-1=" p1 "|" w, "ws-1=" p1 "|" s, "ss=" ps "|" s "|" ns, "ww+1=" w "|" n1, "ws+1=" s "|" n1.
      this.addRow(base, index.row(continueHash(ints[pi + I_WW_PREV] ?? 0, w)), weights);
      this.addRow(base, index.row(continueHash(ints[pi + I_WS_PREV] ?? 0, s)), weights);
      const ss = continueHash(continueHash(ints[pi + I_SS_PREV] ?? 0, s), '|');
      this.addRow(base, index.row(continueHash(ss, ns)), weights);
      this.addRow(base, index.row(continueHash(ints[si + I_WW_SELF] ?? 0, nw)), weights);
      this.addRow(base, index.row(continueHash(ints[si + I_WS_SELF] ?? 0, nw)), weights);
      const cp = i > 0 ? (ints[pi + I_CAP] ?? 0) : CC_EDGE;
      const cn = i + 1 < n ? (ints[next * WI + I_CAP] ?? 0) : CC_EDGE;
      this.addRow(base, this.ccRows[cp * 25 + (ints[si + I_CAP] ?? 0) * 5 + cn] ?? -1, weights);
      if (i === 0) this.addRow(base, this.firstRow, weights);
      if (anyGaz) {
        this.addGaz(base, i, 0, weights);
        if (i > 0) this.addGaz(base, i - 1, 1, weights);
        if (i + 1 < n) this.addGaz(base, i + 1, 2, weights);
        if (i > 1) this.addGaz(base, i - 2, 3, weights);
      }
    }
    // Weights are int16; scale the summed emissions once per token rather than per feature.
    const scale = this.model.info.scale;
    for (let k = 0; k < n * L; k++) e[k] = (e[k] ?? 0) * scale;
  }

  private addRow(base: number, row: number, weights: Int16Array): void {
    if (row < 0) return;
    const e = this.emissions;
    const w = row * L;
    for (let l = 0; l < L; l++) e[base + l] = (e[base + l] ?? 0) + (weights[w + l] ?? 0);
  }

  /** Adds the gazetteer features of token `j`'s hits, seen from `where` (0 own, 1 "-1", 2 "+1", 3 "-2"). */
  private addGaz(base: number, j: number, where: number, weights: Int16Array): void {
    const b = this.gazB[j] ?? 0;
    const m = this.gazI[j] ?? 0;
    if ((b | m) === 0) return;
    for (let k = 0; k < KINDS; k++) {
      if (b & (1 << k)) this.addRow(base, this.gazRows[k * 8 + where] ?? -1, weights);
      if (m & (1 << k)) this.addRow(base, this.gazRows[k * 8 + 4 + where] ?? -1, weights);
    }
  }

  /**
   * Marks gazetteer hits per kind as `markPhrases` (gazetteers.ts) does, longest match first, in
   * bit `k` of `gazB` (first token) and `gazI` (inside); true when any token is marked.
   */
  private markGazetteers(n: number): boolean {
    const { ids, gazB, gazI } = this;
    const { ints, lower } = this.words;
    gazB.fill(0, 0, n);
    gazI.fill(0, 0, n);
    let any = false;
    for (let k = 0; k < this.matchers.length; k++) {
      const matcher = this.matchers[k];
      if (!matcher) continue;
      const firstBit = F_GAZ_FIRST << k;
      const entryBit = F_GAZ_ENTRY << k;
      const { entries, maxTokens } = matcher.set;
      let i = 0;
      while (i < n) {
        const f = ints[(ids[i] ?? 0) * WI + I_FLAGS] ?? 0;
        if (!(f & firstBit)) {
          i++;
          continue;
        }
        let matched = f & entryBit ? 1 : 0;
        let phrase = lower[ids[i] ?? 0] ?? '';
        // Only phrases that begin a longer entry can grow into a match.
        for (let len = 2; len <= maxTokens && i + len <= n && matcher.extendable.has(phrase); len++) {
          phrase += ' ' + (lower[ids[i + len - 1] ?? 0] ?? '');
          if (entries.has(phrase)) matched = len;
        }
        if (matched === 0) {
          i++;
          continue;
        }
        any = true;
        gazB[i] = (gazB[i] ?? 0) | (1 << k);
        for (let x = 1; x < matched; x++) gazI[i + x] = (gazI[i + x] ?? 0) | (1 << k);
        i += matched;
      }
    }
    return any;
  }
}
