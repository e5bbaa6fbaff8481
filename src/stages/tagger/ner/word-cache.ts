import { asciiQuote, capClass, GAZ_KINDS, wordShape } from './features.js';
import { FNV_OFFSET, FNV_PRIME as IMPORTED_FNV_PRIME, hashFeature, hashInto, hashRangeInto } from '../../../lexicon/hash.js';
import { LABEL_COUNT } from './labels.js';
import { lightStem } from './light-stem.js';
import { homeSlot, type FeatureIndex } from './feature-index.js';
import type { PhraseSet } from './gazetteers.js';
import type { NerModel } from './model.js';

// A local copy of the imported prime for the hot loop below (some loaders, tsx and vitest, turn an
// imported binding into a getter, called per character there).
const FNV_PRIME = IMPORTED_FNV_PRIME;

// Imported bindings read once: under a CommonJS transform (tsx, vitest) each use would be a getter call.
const L = LABEL_COUNT;
const continueHash = hashInto;
const continueHashRange = hashRangeInto;
const slotOf = homeSlot;

/** Sentence casings in the order of their vectors: all lowercase, capitals, title case, normal. */
export const CASINGS = 'LUTC';

/**
 * One word's entry in {@link WordCache.entries}: FNV states and small facts, then weight vectors of
 * LABEL_COUNT (7) int sums each. Sums of int16 weights are integers, so adding them in any order
 * gives exactly what adding feature by feature gives.
 */
export const ENTRY = {
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
  /** The word shape's id (0: the sentence boundary), for {@link WordCache.shapeSums}. */
  shape: 7,
  /** Vector of the token alone: bias, word, shape, affixes, stem, frequency band, acronym. */
  self: 8,
  /** Vector of the word as the previous token: "w-1=", "s-1=". */
  prev1: 15,
  /** Vector of the word two tokens back: "w-2=". */
  prev2: 22,
  /** Vector of the word as the next token: "w+1=", "s+1=". */
  next1: 29,
  /** Vector of the word two tokens ahead: "w+2=". */
  next2: 36,
} as const;
/** Int32 values per entry: 43 used, padded to 192 bytes, three cache lines. */
export const ENTRY_SIZE = 48;

/**
 * Vectors per shape in {@link WordCache.shapeSums}: the shape's own features as parts of a word's
 * vectors ("s=", "s-1=", "s+1="), then "lc=" + "lcs=" for each sentence casing, which the tagger
 * adds per token (they depend on the shape and the sentence, not on the word).
 */
export const SHAPE = { self: 0, prev1: 1, next1: 2, casing: 3 } as const;
/** Int32 values per shape in {@link WordCache.shapeSums}. */
export const SHAPE_SIZE = (SHAPE.casing + CASINGS.length) * LABEL_COUNT;
/**
 * Shapes kept before the cache is emptied (checked between sentences); news text has about 60.
 * Ids up to this fit the 10 bits per shape of a {@link WordCache.triple} key.
 */
const MAX_SHAPES = 1023;

/** Bits of {@link ENTRY.flags}; gazetteer bits are shifted by the kind's index in {@link GAZ_KINDS}. */
export const FLAG = {
  cased: 1,
  upperSame: 2,
  long: 4,
  longCapitalised: 8,
  /** The word starts an entry of gazetteer kind k: `gazFirst << k`. */
  gazFirst: 16,
  /** The word is a one-word entry of gazetteer kind k: `gazEntry << k`. */
  gazEntry: 512,
  /** The word starts a longer entry of gazetteer kind k (one of its `prefixes`): `gazPrefix << k`. */
  gazPrefix: 1 << 14,
  /**
   * The word may follow the first of an entry of gazetteer kind k: one of its `inner` tokens, or a
   * word with a space (which may hold several): `gazInner << k`.
   */
  gazInner: 1 << 19,
} as const;

/**
 * Ways per set of {@link WordCache.pairs}. A set is one cache line of 16 int32: the keys of its four
 * word pairs (a << 16 | b, -1 when empty), then per way the pair's four feature rows packed in three
 * values ({@link packRows}).
 */
const PAIR_WAYS = 4;
/** Int32 values per set of {@link WordCache.pairs}. */
const PAIR_SET = 16;
/** Ids below this fit a pair key; pairs of larger ids (a sentence of 65,535 new words) are not kept. */
const PAIR_ID_LIMIT = 0xffff;
/** Rows (plus one) fit 24 bits each in a way's three packed values. */
const PAIR_ROW_LIMIT = 0xffffff;
/**
 * Most pair slots, as log2: 4 MB at 16 bytes a slot (four-way sets: see {@link WordCache.pairInto}),
 * eight slots per word of the default 32,768. News text has about four distinct bigrams per distinct
 * word. Tagging the sentences of the 500 dev articles again and again (110,000 distinct bigrams),
 * two-way sets of 32-byte slots (8 MB) missed 10% of pair lookups; four-way sets of 16-byte slots,
 * as many slots in half the memory, miss 4%, and leave more of the CPU cache to the rest.
 */
const PAIR_MAX_BITS = 18;
/** Values before a token's characters in {@link WordCache.texts}: its length and its entry id, two 16-bit halves each. */
const TEXT_HEAD = 4;
/** log2 of the slots of the shape triple cache (128 KB; news text has ~2,000 distinct triples). */
const TRIPLE_BITS = 12;
/** Int32 values per triple slot: the key, then the feature's weights (zeros when the model lacks it). */
const TRIPLE_STRIDE = 8;

/**
 * Packs four rows (-1: absent) at `o` of `out` as three int32 values of 24 bits a row (row + 1, 0
 * for absent): a pair slot in 16 bytes rather than 32. {@link WordCache.pairInto} unpacks them.
 */
function packRows(out: Int32Array, o: number, r0: number, r1: number, r2: number, r3: number): void {
  out[o] = (r0 + 1) | ((r1 + 1) << 24);
  out[o + 1] = ((r1 + 1) >>> 8) | ((r2 + 1) << 16);
  out[o + 2] = ((r2 + 1) >>> 16) | ((r3 + 1) << 8);
}

const CAP_CODE: Readonly<Record<string, number>> = { U: 0, l: 1, d: 2, p: 3 };
const CAPS = 'Uldp';
/** Frequency bands ("-": not a common word). */
const BANDS = ['0', '1', '2', '-'];
/** Rows of {@link WordCache.constants}: band × cap ("b", "fq=", "fqc="), then "acr". */
const ACR = BANDS.length * CAPS.length;
/** Words a new cache has room for before it first grows (one article's worth). */
const INITIAL_CAPACITY = 512;

/** FNV states after each feature's fixed prefix. */
function prefixStates() {
  const h = (prefix: string) => continueHash(FNV_OFFSET, prefix);
  return {
    w: h('w='), W: h('W='), p2: h('p2='), s2: h('s2='), p3: h('p3='), s3: h('s3='), p4: h('p4='), s4: h('s4='),
    st: h('st='), wPrev1: h('w-1='), wPrev2: h('w-2='), wNext1: h('w+1='), wNext2: h('w+2='),
    wwPrev: h('ww-1='), wsPrev: h('ws-1='), ss: h('ss='), wwSelf: h('ww+1='), wsSelf: h('ws+1='),
  };
}

/** The offset in {@link WordCache.pairs} of the set of the pair of entries (a, b), of 2^bits sets. */
function pairSetOf(a: number, b: number, bits: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (34 - bits)) * PAIR_SET;
}

/**
 * Per-word part of the tagger's features, computed once per distinct token string and reused:
 * news words repeat, so most tokens of an article cost one table lookup instead of ~25 feature
 * hashes. Also caches the rows of word pair features and the weights of shape triple features
 * (the pair and the triple of a token are looked up once per occurrence). Entry 0 is the sentence
 * boundary ("<s>" before, "</s>" after). Starts small and doubles up to its limit (a short article
 * touches a few hundred words, a long batch tens of thousands); when full at its limit it is
 * emptied and refilled (call {@link WordCache.reserve} before taking ids for a sentence).
 */
export class WordCache {
  /** {@link ENTRY} values of entry `id` from `id * ENTRY_SIZE` (replaced when the cache grows). */
  entries: Int32Array;
  /** {@link SHAPE} vectors of shape id `s` from `s * SHAPE_SIZE` (replaced when it grows). */
  shapeSums = new Int32Array(64 * SHAPE_SIZE);
  /** Lowercased token (typographic quotes as ASCII) per entry; "</s>" for the boundary. */
  lower: string[] = [];
  /** Word shape per entry; "</s>" for the boundary. */
  private readonly shape: string[] = [];
  /**
   * Rows of the features of recent word pairs, in sets of {@link PAIR_WAYS} slots (see
   * {@link WordCache.pairInto}); the last set is scratch space for pairs too large to key. Word bigrams
   * repeat in news as words do.
   */
  private pairs = new Int32Array(0);
  /** log2 of the slots of {@link WordCache.pairs}: eight per word of capacity, at most 2^{@link PAIR_MAX_BITS}. */
  private pairBits = 0;
  /** Written by {@link WordCache.touchPairs} so that its reads are not dropped as unused. */
  touched = 0;
  /**
   * Key (three 10-bit shape ids) and weights of recent "ss=" features, {@link TRIPLE_STRIDE} values
   * per slot; see {@link WordCache.triple}. Weights rather than a row: one cache line instead of two.
   */
  readonly triples = new Int32Array(TRIPLE_STRIDE << TRIPLE_BITS).fill(-1);
  private readonly index: FeatureIndex;
  /**
   * The token (as written) of each entry, as code units from the offset its token slot holds:
   * {@link TEXT_HEAD} values (length, entry id, 16 bits each) then the characters. A token is
   * checked against these (read from one place, next to each other) rather than against a cached
   * string: comparing two string objects first loads the cached one's pointer, then its object,
   * each a likely cache miss. Offset 0 is never used (0 marks an empty slot).
   */
  private texts = new Uint16Array(1 << 12);
  private textsUsed = 1;
  /**
   * Open addressing from token to entry, at most half full: per slot the token's FNV-1a hash and
   * the offset of its text in {@link WordCache.texts} (0: empty). Not a `Map`: hashing each fresh
   * token string for a Map goes through the engine's runtime (a quarter of the tagger's time in
   * pipeline profiles); FNV over its few characters is compiled inline.
   */
  private tokenSlots = new Int32Array(0);
  private tokenBits = 0;
  private readonly shapeIds = new Map<string, number>();
  /** The model's phrase set of each kind of {@link GAZ_KINDS}. */
  private readonly phraseSets: (PhraseSet | undefined)[];
  /** First tokens of the entries of every kind: most words are none, and one lookup tells. */
  private readonly anyFirst: ReadonlySet<string>;
  /** Tokens after the first of the entries of every kind (`inner`), for the same reason. */
  private readonly anyInner: ReadonlySet<string>;
  private readonly prefix = prefixStates();
  /** Sums that do not depend on the word itself; rows as {@link ACR} describes. */
  private readonly constants: Int32Array;
  /** "lc=" per casing: part of every shape's casing vectors. */
  private readonly casings: Int32Array;
  /** Most entries kept before the cache is emptied (unless one sentence needs more). */
  private readonly limit: number;
  private capacity: number;
  private next = 1;

  constructor(
    private readonly model: NerModel,
    limit = 1 << 15,
  ) {
    this.index = model.index;
    if (model.weights.length / L > PAIR_ROW_LIMIT) throw new Error(`WordCache: ${model.weights.length / L} feature rows; pair slots hold at most ${PAIR_ROW_LIMIT}`);
    this.phraseSets = GAZ_KINDS.map((kind) => model.gazetteers.phrases.get(kind));
    this.anyFirst = new Set(this.phraseSets.flatMap((set) => (set ? [...set.firsts] : [])));
    this.anyInner = new Set(this.phraseSets.flatMap((set) => (set ? [...set.inner] : [])));
    this.limit = Math.max(2, limit);
    this.capacity = Math.min(this.limit, INITIAL_CAPACITY);
    this.constants = new Int32Array((ACR + 1) * L);
    BANDS.forEach((band, b) => {
      for (let c = 0; c < CAPS.length; c++) {
        const o = (b * CAPS.length + c) * L;
        this.addRow(this.constants, o, this.row('b'));
        this.addRow(this.constants, o, this.row('fq=' + band));
        this.addRow(this.constants, o, this.row('fqc=' + band + (CAPS[c] ?? '')));
      }
    });
    this.addRow(this.constants, ACR * L, this.row('acr'));
    this.casings = new Int32Array(CASINGS.length * L);
    for (let k = 0; k < CASINGS.length; k++) this.addRow(this.casings, k * L, this.row('lc=' + (CASINGS[k] ?? '')));
    this.entries = new Int32Array(this.capacity * ENTRY_SIZE);
    this.sizeSlots();
    this.fillBoundary();
  }

  /** Number of cached words. */
  get size(): number {
    return this.next - 1;
  }

  /** Makes room for `n` new words, so ids taken for one sentence stay valid until the next call. */
  reserve(n: number): void {
    const need = this.next + n;
    // Shape ids stay valid while words use them: shapes are dropped with the words.
    const shapesFull = this.shapeIds.size >= MAX_SHAPES;
    if (need <= this.capacity && !shapesFull) return;
    if (need <= this.limit && !shapesFull) {
      this.grow(Math.min(this.limit, Math.max(need, this.capacity * 2)));
      return;
    }
    this.tokenSlots.fill(0);
    this.textsUsed = 1;
    this.pairs.fill(-1);
    this.next = 1;
    if (shapesFull) {
      this.shapeIds.clear();
      this.triples.fill(-1);
    }
    if (1 + n > this.capacity) this.grow(1 + n);
  }

  /** The entry of a token as written, built on first use. */
  id(token: string): number {
    const h = continueHash(FNV_OFFSET, token);
    const slots = this.tokenSlots;
    const mask = (1 << this.tokenBits) - 1;
    const n = token.length;
    let slot = slotOf(h, this.tokenBits);
    for (;;) {
      const at = slots[2 * slot + 1] ?? 0;
      if (at === 0) break;
      if (slots[2 * slot] === h) {
        const texts = this.texts;
        if ((texts[at] ?? 0) === (n & 0xffff) && (texts[at + 1] ?? 0) === n >>> 16) {
          let k = 0;
          const from = at + TEXT_HEAD;
          while (k < n && texts[from + k] === token.charCodeAt(k)) k++;
          if (k === n) return (texts[at + 2] ?? 0) | ((texts[at + 3] ?? 0) << 16);
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.next++;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = this.keepText(token, id);
    this.build(id, token);
    return id;
  }

  /** Appends a token's text and entry id to {@link WordCache.texts}; returns its offset. */
  private keepText(token: string, id: number): number {
    const n = token.length;
    const at = this.textsUsed;
    if (at + TEXT_HEAD + n > this.texts.length) {
      const grown = new Uint16Array(Math.max(this.texts.length * 2, at + TEXT_HEAD + n));
      grown.set(this.texts.subarray(0, at));
      this.texts = grown;
    }
    const texts = this.texts;
    texts[at] = n & 0xffff;
    texts[at + 1] = n >>> 16;
    texts[at + 2] = id & 0xffff;
    texts[at + 3] = id >>> 16;
    for (let k = 0; k < n; k++) texts[at + TEXT_HEAD + k] = token.charCodeAt(k);
    this.textsUsed = at + TEXT_HEAD + n;
    return at;
  }

  /**
   * Writes the rows of the features of the pair of entries (a, b) (-1 for a feature the model lacks)
   * to `out` from `at`: "ww+1=" and "ws+1=" (features of a), then "ww-1=" and "ws-1=" (features of
   * b). Entry 0 is the sentence start as `a`, the sentence end as `b`. Cached in four-way sets of
   * one cache line each: a new pair takes the first way and moves the others one way on (the last
   * is dropped), so of up to four pairs that collide none evicts another, and a hit writes nothing.
   */
  pairInto(a: number, b: number, out: Int32Array, at: number): void {
    const pairs = this.pairs;
    let o: number;
    if ((a | b) < PAIR_ID_LIMIT) {
      const key = (a << 16) | b;
      const set = pairSetOf(a, b, this.pairBits);
      if (pairs[set] === key) o = set + PAIR_WAYS;
      else if (pairs[set + 1] === key) o = set + PAIR_WAYS + 3;
      else if (pairs[set + 2] === key) o = set + PAIR_WAYS + 6;
      else if (pairs[set + 3] === key) o = set + PAIR_WAYS + 9;
      else {
        for (let x = set + PAIR_SET - 1; x >= set + PAIR_WAYS + 3; x--) pairs[x] = pairs[x - 3] ?? 0;
        pairs[set + 3] = pairs[set + 2] ?? -1;
        pairs[set + 2] = pairs[set + 1] ?? -1;
        pairs[set + 1] = pairs[set] ?? -1;
        pairs[set] = key;
        o = set + PAIR_WAYS;
        this.fillPair(a, b, o);
      }
    } else {
      o = pairs.length - PAIR_SET;
      this.fillPair(a, b, o);
    }
    const w0 = pairs[o] ?? 0;
    const w1 = pairs[o + 1] ?? 0;
    const w2 = pairs[o + 2] ?? 0;
    out[at] = ((w1 >>> 16) | ((w2 & 0xff) << 16)) - 1;
    out[at + 1] = (w2 >>> 8) - 1;
    out[at + 2] = (w0 & 0xffffff) - 1;
    out[at + 3] = ((w0 >>> 24) | ((w1 & 0xffff) << 8)) - 1;
  }

  /**
   * Reads the first key of the set of each pair of the sentence `ids[0…n)` (entry 0 at both ends),
   * so that the sets' cache lines (4 MB of them when full: out of the CPU's L2) are fetched all at
   * once, rather than one by one as {@link WordCache.pairInto} branches on each key it reads
   * (tagger stage 0.96x and 0.93x in two paired runs, both directions).
   */
  touchPairs(ids: Int32Array, n: number): void {
    const pairs = this.pairs;
    const bits = this.pairBits;
    let a = 0;
    let acc = 0;
    for (let i = 0; i <= n; i++) {
      const b = i < n ? (ids[i] ?? 0) : 0;
      acc ^= pairs[pairSetOf(a, b, bits)] ?? 0;
      a = b;
    }
    this.touched = acc;
  }

  /** Looks up the four feature rows of the pair (a, b) in the model and packs them at `o` of the pairs. */
  private fillPair(a: number, b: number, o: number): void {
    const { entries, index } = this;
    const w = this.lower[b] ?? '';
    const ai = a * ENTRY_SIZE;
    // Three of the four features continue over b's word: one pass over its characters (FNV-1a, as hashInto).
    let wwPrev = entries[ai + ENTRY.wwPrev] ?? 0;
    let wwSelf = entries[ai + ENTRY.wwSelf] ?? 0;
    let wsSelf = entries[ai + ENTRY.wsSelf] ?? 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      wwPrev = Math.imul(wwPrev ^ c, FNV_PRIME);
      wwSelf = Math.imul(wwSelf ^ c, FNV_PRIME);
      wsSelf = Math.imul(wsSelf ^ c, FNV_PRIME);
    }
    packRows(
      this.pairs,
      o,
      index.row(wwPrev),
      index.row(continueHash(entries[ai + ENTRY.wsPrev] ?? 0, this.shape[b] ?? '')),
      index.row(wwSelf),
      index.row(wsSelf),
    );
  }

  /**
   * The slot in {@link WordCache.triples} whose weights (from the slot + 1) are those of the "ss="
   * feature of the shapes of entries a, b, c: the previous, own and next token (entry 0 is the
   * sentence start as `a`, the sentence end as `c`). Cached by shape ids in a small direct-mapped
   * table: shape triples are few and frequent. Valid until the next call.
   */
  triple(a: number, b: number, c: number): number {
    const e = this.entries;
    const sa = e[a * ENTRY_SIZE + ENTRY.shape] ?? 0;
    const sb = e[b * ENTRY_SIZE + ENTRY.shape] ?? 0;
    const sc = e[c * ENTRY_SIZE + ENTRY.shape] ?? 0;
    // Past MAX_SHAPES (within one odd sentence) ids no longer fit a key: -1 never matches.
    const key = (sa | sb | sc) <= MAX_SHAPES ? (sa << 20) | (sb << 10) | sc : -1;
    const slot = TRIPLE_STRIDE * slotOf(key, TRIPLE_BITS);
    const triples = this.triples;
    if (key >= 0 && triples[slot] === key) return slot;
    triples[slot] = key;
    triples.fill(0, slot + 1, slot + TRIPLE_STRIDE);
    this.addRow(triples, slot + 1, this.index.row(continueHash(continueHash(continueHash(e[a * ENTRY_SIZE + ENTRY.ssPrev] ?? 0, this.shape[b] ?? ''), '|'), this.shape[c] ?? '')));
    return slot;
  }

  /** Moves the entries to an array with room for `capacity` words (pair slots start empty). */
  private grow(capacity: number): void {
    const entries = new Int32Array(capacity * ENTRY_SIZE);
    entries.set(this.entries.subarray(0, this.next * ENTRY_SIZE));
    this.entries = entries;
    this.capacity = capacity;
    this.sizeSlots();
  }

  /** Sizes the token and pair slots for the current capacity: tokens are placed again, pairs start empty. */
  private sizeSlots(): void {
    const old = this.tokenSlots;
    this.tokenBits = 1 + Math.ceil(Math.log2(this.capacity));
    this.tokenSlots = new Int32Array(2 << this.tokenBits);
    const mask = (1 << this.tokenBits) - 1;
    for (let x = 0; x < old.length; x += 2) {
      const at = old[x + 1] ?? 0;
      if (at === 0) continue;
      const h = old[x] ?? 0;
      let slot = slotOf(h, this.tokenBits);
      while ((this.tokenSlots[2 * slot + 1] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.tokenSlots[2 * slot] = h;
      this.tokenSlots[2 * slot + 1] = at;
    }
    this.pairBits = Math.min(PAIR_MAX_BITS, this.tokenBits + 2);
    // One set more than the 2^pairBits slots hold: the scratch set.
    this.pairs = new Int32Array((4 << this.pairBits) + PAIR_SET).fill(-1);
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

  /** Adds the weights of the feature whose FNV state is `h` to the vector at `o` of the entries. */
  private addHash(o: number, h: number): void {
    this.addRow(this.entries, o, this.index.row(h));
  }

  /** Adds `L` sums from `from[f…]` to the vector at `o` of the entries. */
  private addVec(o: number, from: Int32Array, f: number): void {
    const e = this.entries;
    for (let l = 0; l < L; l++) e[o + l] = (e[o + l] ?? 0) + (from[f + l] ?? 0);
  }

  private fillBoundary(): void {
    const e = this.entries;
    e.fill(0, 0, ENTRY_SIZE);
    this.lower[0] = '</s>';
    this.shape[0] = '</s>';
    this.addRow(e, ENTRY.prev1, this.row('w-1=<s>'));
    this.addRow(e, ENTRY.prev1, this.row('s-1=<s>'));
    this.addRow(e, ENTRY.prev2, this.row('w-2=<s>'));
    this.addRow(e, ENTRY.next1, this.row('w+1=</s>'));
    this.addRow(e, ENTRY.next1, this.row('s+1=</s>'));
    this.addRow(e, ENTRY.next2, this.row('w+2=</s>'));
    e[ENTRY.wwPrev] = continueHash(FNV_OFFSET, 'ww-1=<s>|');
    e[ENTRY.wsPrev] = continueHash(FNV_OFFSET, 'ws-1=<s>|');
    e[ENTRY.ssPrev] = continueHash(FNV_OFFSET, 'ss=<s>|');
  }

  /** The id of a word shape (from 1), with its {@link SHAPE} sums computed on first use. */
  private shapeId(s: string): number {
    let id = this.shapeIds.get(s);
    if (id !== undefined) return id;
    id = this.shapeIds.size + 1;
    this.shapeIds.set(s, id);
    if ((id + 1) * SHAPE_SIZE > this.shapeSums.length) {
      const grown = new Int32Array(this.shapeSums.length * 2);
      grown.set(this.shapeSums);
      this.shapeSums = grown;
    }
    const sums = this.shapeSums;
    const o = id * SHAPE_SIZE;
    sums.fill(0, o, o + SHAPE_SIZE);
    this.addRow(sums, o + SHAPE.self * L, this.row('s=' + s));
    this.addRow(sums, o + SHAPE.prev1 * L, this.row('s-1=' + s));
    this.addRow(sums, o + SHAPE.next1 * L, this.row('s+1=' + s));
    for (let k = 0; k < CASINGS.length; k++) {
      const c = o + (SHAPE.casing + k) * L;
      this.addRow(sums, c, this.row('lcs=' + (CASINGS[k] ?? '') + s));
      for (let l = 0; l < L; l++) sums[c + l] = (sums[c + l] ?? 0) + (this.casings[k * L + l] ?? 0);
    }
    return id;
  }

  /** Mirrors the per-token part of `view` and `forEachFeature` in features.ts. */
  private build(id: number, t: string): void {
    const o = id * ENTRY_SIZE;
    const e = this.entries;
    e.fill(0, o, o + ENTRY_SIZE);
    const l = t.toLowerCase();
    const w = asciiQuote(l);
    const s = wordShape(w === l ? t : w);
    const cap = capClass(s);
    const cased = l !== t;
    this.lower[id] = w;
    this.shape[id] = s;
    const { gazetteers } = this.model;
    const phraseSets = this.phraseSets;
    let flags = 0;
    if (cased) flags |= FLAG.cased;
    if (t.toUpperCase() === t) flags |= FLAG.upperSame;
    if (t.length > 3 && s[0] !== 'd' && s[0] !== t[0]) {
      flags |= FLAG.long;
      if (s[0] === 'X') flags |= FLAG.longCapitalised;
    }
    // An entry without a space is its own first token: unless the word has a space, only a first can
    // be an entry, and most words are the first of no kind (one lookup instead of ten).
    const spaced = w.includes(' ');
    if (spaced || this.anyFirst.has(w)) {
      for (let k = 0; k < GAZ_KINDS.length; k++) {
        const set = phraseSets[k];
        if (!set) continue;
        const first = set.firsts.has(w);
        if (first) flags |= FLAG.gazFirst << k;
        if ((first || spaced) && set.entries.has(w)) flags |= FLAG.gazEntry << k;
        if (first && set.prefixes.has(w)) flags |= FLAG.gazPrefix << k;
      }
    }
    if (spaced || this.anyInner.has(w)) {
      for (let k = 0; k < GAZ_KINDS.length; k++) {
        const set = phraseSets[k];
        if (set && (spaced || set.inner.has(w))) flags |= FLAG.gazInner << k;
      }
    }
    const p = this.prefix;
    const shape = this.shapeId(s);
    e[o + ENTRY.cap] = CAP_CODE[cap] ?? 3;
    e[o + ENTRY.flags] = flags;
    e[o + ENTRY.shape] = shape;
    e[o + ENTRY.wwPrev] = continueHash(continueHash(p.wwPrev, w), '|');
    e[o + ENTRY.wsPrev] = continueHash(continueHash(p.wsPrev, w), '|');
    e[o + ENTRY.ssPrev] = continueHash(continueHash(p.ss, s), '|');
    e[o + ENTRY.wwSelf] = continueHash(continueHash(p.wwSelf, w), '|');
    e[o + ENTRY.wsSelf] = continueHash(continueHash(p.wsSelf, s), '|');

    // Features of the token alone ("b" and "acr" are the same for every word).
    const self = o + ENTRY.self;
    const band = gazetteers.band.get(w) ?? '-';
    // Bands are "0", "1", "2" (gazetteers.ts) or "-".
    const b = BANDS.indexOf(band);
    this.addVec(self, this.constants, (b * CAPS.length + (CAP_CODE[cap] ?? 3)) * L);
    this.addHash(self, continueHash(p.w, w));
    if (cased) this.addHash(self, continueHash(p.W, t));
    const len = w.length;
    if (len > 2) {
      this.addHash(self, continueHashRange(p.p2, w, 0, 2));
      this.addHash(self, continueHashRange(p.s2, w, len - 2, len));
    }
    if (len > 3) {
      this.addHash(self, continueHashRange(p.p3, w, 0, 3));
      this.addHash(self, continueHashRange(p.s3, w, len - 3, len));
    }
    if (len > 4) {
      this.addHash(self, continueHashRange(p.p4, w, 0, 4));
      this.addHash(self, continueHashRange(p.s4, w, len - 4, len));
    }
    if (len > 5) this.addHash(self, continueHash(p.st, lightStem(w)));
    if (len >= 2 && (s === 'X' || s === 'Xd') && cased) this.addVec(self, this.constants, ACR * L);
    const so = shape * SHAPE_SIZE;
    this.addVec(self, this.shapeSums, so + SHAPE.self * L);
    this.addVec(o + ENTRY.prev1, this.shapeSums, so + SHAPE.prev1 * L);
    this.addVec(o + ENTRY.next1, this.shapeSums, so + SHAPE.next1 * L);
    this.addHash(o + ENTRY.prev1, continueHash(p.wPrev1, w));
    this.addHash(o + ENTRY.prev2, continueHash(p.wPrev2, w));
    this.addHash(o + ENTRY.next1, continueHash(p.wNext1, w));
    this.addHash(o + ENTRY.next2, continueHash(p.wNext2, w));
  }
}
