import { asciiQuote, capClass, GAZ_KINDS, wordShape } from './features.js';
import { FNV_OFFSET, hashFeature, hashInto } from './hash.js';
import { LABEL_COUNT } from './labels.js';
import { lightStem } from './light-stem.js';
import type { FeatureIndex } from './feature-index.js';
import type { NerModel } from './model.js';

// Imported bindings read once: under a CommonJS transform (tsx, vitest) each use would be a getter call.
const L = LABEL_COUNT;
const continueHash = hashInto;

/** Sentence casings in the order of their vectors: all lowercase, capitals, title case, normal. */
export const CASINGS = 'LUTC';

/**
 * Weight vectors (LABEL_COUNT int sums each) stored per word. Sums of int16 weights are integers,
 * so adding them in any order gives exactly what adding feature by feature gives.
 */
export const VEC = {
  /** Features of the token alone: bias, word, shape, affixes, stem, frequency band, acronym. */
  self: 0,
  /** "lc=" and "lcs=" for sentence casing `CASINGS[k]`, at `lcs + k`. */
  lcs: 1,
  /** The word as the previous token: "w-1=", "s-1=". */
  prev1: 5,
  /** The word two tokens back: "w-2=". */
  prev2: 6,
  /** The word as the next token: "w+1=", "s+1=". */
  next1: 7,
  /** The word two tokens ahead: "w+2=". */
  next2: 8,
} as const;
/** Vectors per word in {@link WordCache.vecs}: one past the last {@link VEC} index. */
export const WORD_VECS = VEC.next2 + 1;

/** FNV states and small facts stored per word. */
export const INT = {
  /** Hash state after "ww-1=" + word + "|" (the word as the previous token). */
  wwPrev: 0,
  /** Hash state after "ws-1=" + word + "|". */
  wsPrev: 1,
  /** Hash state after "ss=" + shape + "|". */
  ssPrev: 2,
  /** Hash state after "ww+1=" + word + "|" (the word as the token). */
  wwSelf: 3,
  /** Hash state after "ws+1=" + shape + "|". */
  wsSelf: 4,
  /** Capitalisation class: 0 "U", 1 "l", 2 "d", 3 "p". */
  cap: 5,
  /** {@link FLAG} bits. */
  flags: 6,
} as const;
/** Values per word in {@link WordCache.ints}: one past the last {@link INT} index. */
export const WORD_INTS = INT.flags + 1;

/** Bits of {@link INT.flags}; gazetteer bits are shifted by the kind's index in {@link GAZ_KINDS}. */
export const FLAG = {
  cased: 1,
  upperSame: 2,
  long: 4,
  longCapitalised: 8,
  /** The word starts an entry of gazetteer kind k: `gazFirst << k`. */
  gazFirst: 16,
  /** The word is a one-word entry of gazetteer kind k: `gazEntry << k`. */
  gazEntry: 512,
} as const;

const CAP_CODE: Readonly<Record<string, number>> = { U: 0, l: 1, d: 2, p: 3 };
const CAPS = 'Uldp';
/** Frequency bands ("-": not a common word). */
const BANDS = ['0', '1', '2', '-'];
/** Rows of {@link WordCache.constants}: band × cap ("b", "fq=", "fqc="), then "acr", then "lc=" per casing. */
const ACR = BANDS.length * CAPS.length;
const LC = ACR + 1;

/** FNV states after each feature's fixed prefix. */
function prefixStates() {
  const h = (prefix: string) => continueHash(FNV_OFFSET, prefix);
  return {
    w: h('w='), W: h('W='), p2: h('p2='), s2: h('s2='), p3: h('p3='), s3: h('s3='), p4: h('p4='), s4: h('s4='),
    st: h('st='), wPrev1: h('w-1='), wPrev2: h('w-2='), wNext1: h('w+1='), wNext2: h('w+2='),
    wwPrev: h('ww-1='), wsPrev: h('ws-1='), ss: h('ss='), wwSelf: h('ww+1='), wsSelf: h('ws+1='),
  };
}

/**
 * Per-word part of the tagger's features, computed once per distinct token string and reused:
 * news words repeat, so most tokens of an article cost one `Map` lookup instead of ~25 feature
 * hashes. Entry 0 is the sentence boundary ("<s>" before, "</s>" after). Bounded: when full it is
 * emptied and refilled (call {@link WordCache.reserve} before taking ids for a sentence).
 */
export class WordCache {
  /** {@link VEC} vectors of entry `id` from `id * WORD_VECS * LABEL_COUNT` (replaced when the cache grows). */
  vecs: Int32Array;
  /** {@link INT} values of entry `id` from `id * WORD_INTS`. */
  ints: Int32Array;
  /** Lowercased token (typographic quotes as ASCII) per entry; "</s>" for the boundary. */
  lower: string[] = [];
  /** Word shape per entry; "</s>" for the boundary. */
  shape: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly shapes = new Map<string, Int32Array>();
  private readonly prefix = prefixStates();
  /** Sums that do not depend on the word itself; rows as {@link ACR} and {@link LC} describe. */
  private readonly constants: Int32Array;
  private capacity: number;
  private next = 1;

  constructor(
    private readonly model: NerModel,
    private readonly index: FeatureIndex,
    capacity = 1 << 15,
  ) {
    this.capacity = Math.max(2, capacity);
    this.constants = new Int32Array((LC + CASINGS.length) * L);
    BANDS.forEach((band, b) => {
      for (let c = 0; c < CAPS.length; c++) {
        const o = (b * CAPS.length + c) * L;
        this.addRow(this.constants, o, this.row('b'));
        this.addRow(this.constants, o, this.row('fq=' + band));
        this.addRow(this.constants, o, this.row('fqc=' + band + (CAPS[c] ?? '')));
      }
    });
    this.addRow(this.constants, ACR * L, this.row('acr'));
    for (let k = 0; k < CASINGS.length; k++) this.addRow(this.constants, (LC + k) * L, this.row('lc=' + (CASINGS[k] ?? '')));
    this.vecs = new Int32Array(this.capacity * WORD_VECS * L);
    this.ints = new Int32Array(this.capacity * WORD_INTS);
    this.fillBoundary();
  }

  /** Number of cached words. */
  get size(): number {
    return this.ids.size;
  }

  /** Makes room for `n` new words, so ids taken for one sentence stay valid until the next call. */
  reserve(n: number): void {
    if (this.next + n <= this.capacity) return;
    this.ids.clear();
    this.next = 1;
    if (1 + n > this.capacity) {
      this.capacity = 1 + n;
      this.vecs = new Int32Array(this.capacity * WORD_VECS * L);
      this.ints = new Int32Array(this.capacity * WORD_INTS);
      this.fillBoundary();
    }
  }

  /** The entry of a token as written, built on first use. */
  id(token: string): number {
    const known = this.ids.get(token);
    if (known !== undefined) return known;
    const id = this.next++;
    this.ids.set(token, id);
    this.build(id, token);
    return id;
  }

  private row(feature: string): number {
    return this.index.row(hashFeature(feature));
  }

  /** Adds the weights of `row` to `out[o…o+L)`. */
  private addRow(out: Int32Array, o: number, row: number): void {
    if (row < 0) return;
    const { weights } = this.model;
    for (let l = 0; l < L; l++) out[o + l] = (out[o + l] ?? 0) + (weights[row * L + l] ?? 0);
  }

  /** Adds the weights of the feature whose FNV state is `h` to vector `vec` of entry `id`. */
  private addHash(id: number, vec: number, h: number): void {
    this.addRow(this.vecs, (id * WORD_VECS + vec) * L, this.index.row(h));
  }

  /** Adds `L` sums from `from[f…]` to vector `vec` of entry `id`. */
  private addVec(id: number, vec: number, from: Int32Array, f: number): void {
    const o = (id * WORD_VECS + vec) * L;
    for (let l = 0; l < L; l++) this.vecs[o + l] = (this.vecs[o + l] ?? 0) + (from[f + l] ?? 0);
  }

  private add(id: number, vec: number, feature: string): void {
    this.addRow(this.vecs, (id * WORD_VECS + vec) * L, this.row(feature));
  }

  private clear(id: number): void {
    this.vecs.fill(0, id * WORD_VECS * L, (id + 1) * WORD_VECS * L);
    this.ints.fill(0, id * WORD_INTS, (id + 1) * WORD_INTS);
  }

  private fillBoundary(): void {
    this.clear(0);
    this.lower[0] = '</s>';
    this.shape[0] = '</s>';
    this.add(0, VEC.prev1, 'w-1=<s>');
    this.add(0, VEC.prev1, 's-1=<s>');
    this.add(0, VEC.prev2, 'w-2=<s>');
    this.add(0, VEC.next1, 'w+1=</s>');
    this.add(0, VEC.next1, 's+1=</s>');
    this.add(0, VEC.next2, 'w+2=</s>');
    this.ints[INT.wwPrev] = continueHash(FNV_OFFSET, 'ww-1=<s>|');
    this.ints[INT.wsPrev] = continueHash(FNV_OFFSET, 'ws-1=<s>|');
    this.ints[INT.ssPrev] = continueHash(FNV_OFFSET, 'ss=<s>|');
  }

  /**
   * Sums of the features that depend only on a word's shape, per vector: "s=" (self), "lcs=" per
   * casing, "s-1=" (prev1), "s+1=" (next1). Shapes are few, so new words mostly find theirs here.
   */
  private shapeSums(s: string): Int32Array {
    let sums = this.shapes.get(s);
    if (sums) return sums;
    sums = new Int32Array(WORD_VECS * L);
    this.addRow(sums, VEC.self * L, this.row('s=' + s));
    for (let k = 0; k < CASINGS.length; k++) this.addRow(sums, (VEC.lcs + k) * L, this.row('lcs=' + (CASINGS[k] ?? '') + s));
    this.addRow(sums, VEC.prev1 * L, this.row('s-1=' + s));
    this.addRow(sums, VEC.next1 * L, this.row('s+1=' + s));
    // Shapes of odd characters are unbounded in principle; keep the map small.
    if (this.shapes.size >= 4096) this.shapes.clear();
    this.shapes.set(s, sums);
    return sums;
  }

  /** Mirrors the per-token part of `view` and `forEachFeature` in features.ts. */
  private build(id: number, t: string): void {
    this.clear(id);
    const l = t.toLowerCase();
    const w = asciiQuote(l);
    const s = wordShape(w === l ? t : w);
    const cap = capClass(s);
    const cased = l !== t;
    this.lower[id] = w;
    this.shape[id] = s;
    const { gazetteers } = this.model;
    let flags = 0;
    if (cased) flags |= FLAG.cased;
    if (t.toUpperCase() === t) flags |= FLAG.upperSame;
    if (t.length > 3 && s[0] !== 'd' && s[0] !== t[0]) {
      flags |= FLAG.long;
      if (s[0] === 'X') flags |= FLAG.longCapitalised;
    }
    for (let k = 0; k < GAZ_KINDS.length; k++) {
      const set = gazetteers.phrases.get(GAZ_KINDS[k] ?? 'place');
      if (set?.firsts.has(w)) flags |= FLAG.gazFirst << k;
      if (set?.entries.has(w)) flags |= FLAG.gazEntry << k;
    }
    const o = id * WORD_INTS;
    const p = this.prefix;
    this.ints[o + INT.cap] = CAP_CODE[cap] ?? 3;
    this.ints[o + INT.flags] = flags;
    this.ints[o + INT.wwPrev] = continueHash(continueHash(p.wwPrev, w), '|');
    this.ints[o + INT.wsPrev] = continueHash(continueHash(p.wsPrev, w), '|');
    this.ints[o + INT.ssPrev] = continueHash(continueHash(p.ss, s), '|');
    this.ints[o + INT.wwSelf] = continueHash(continueHash(p.wwSelf, w), '|');
    this.ints[o + INT.wsSelf] = continueHash(continueHash(p.wsSelf, s), '|');

    // Features of the token alone ("b", "lc=" and "acr" are the same for every word).
    const self = VEC.self;
    const band = gazetteers.band.get(w) ?? '-';
    // Bands are "0", "1", "2" (gazetteers.ts) or "-".
    const b = BANDS.indexOf(band);
    this.addVec(id, self, this.constants, (b * CAPS.length + (CAP_CODE[cap] ?? 3)) * L);
    this.addHash(id, self, continueHash(p.w, w));
    if (cased) this.addHash(id, self, continueHash(p.W, t));
    const len = w.length;
    if (len > 2) {
      this.addHash(id, self, continueHash(p.p2, w.slice(0, 2)));
      this.addHash(id, self, continueHash(p.s2, w.slice(len - 2)));
    }
    if (len > 3) {
      this.addHash(id, self, continueHash(p.p3, w.slice(0, 3)));
      this.addHash(id, self, continueHash(p.s3, w.slice(len - 3)));
    }
    if (len > 4) {
      this.addHash(id, self, continueHash(p.p4, w.slice(0, 4)));
      this.addHash(id, self, continueHash(p.s4, w.slice(len - 4)));
    }
    if (len > 5) this.addHash(id, self, continueHash(p.st, lightStem(w)));
    if (len >= 2 && (s === 'X' || s === 'Xd') && cased) this.addVec(id, self, this.constants, ACR * L);
    const shape = this.shapeSums(s);
    for (let v = VEC.self; v <= VEC.next1; v++) this.addVec(id, v, shape, v * L);
    for (let k = 0; k < CASINGS.length; k++) this.addVec(id, VEC.lcs + k, this.constants, (LC + k) * L);
    this.addHash(id, VEC.prev1, continueHash(p.wPrev1, w));
    this.addHash(id, VEC.prev2, continueHash(p.wPrev2, w));
    this.addHash(id, VEC.next1, continueHash(p.wNext1, w));
    this.addHash(id, VEC.next2, continueHash(p.wNext2, w));
  }
}
