import { readFileSync } from 'node:fs';
import { FNV_OFFSET, FNV_PRIME } from '../../lexicon/hash.js';
import { ALPHABET, SPACE, SYMBOL } from './features.js';

/** Name and version of the model file format. */
export const MODEL_FORMAT = 'warta-langid/1';

/** The model file as stored under models/langid/ (written by scripts/train-language.ts). */
export interface LangModelFile {
  format: string;
  /** BCP-47 codes, in the order of the weight columns. */
  classes: string[];
  /** Softmax temperature fitted on held-out training sentences. */
  temperature: number;
  /** Weights are int16; multiply by `scale` to get log-probability ratios. */
  scale: number;
  /**
   * Per-class score offset: the log of the expected share of each language among warta's inputs
   * (an Indonesian news tool sees far more Indonesian than Sundanese), in score units.
   */
  bias?: number[];
  /** Base64 of a little-endian Int32Array of feature hashes. */
  keys: string;
  /** Base64 of a little-endian Int16Array, `classes.length` weights per key. */
  weights: string;
  /** How the model was trained (data, hyperparameters, scores); not read at run time. */
  meta?: Record<string, unknown>;
}

/** Classes a model may have: a hash table slot has room for six int16 weights. */
export const MAX_CLASSES = 6;
/**
 * A hash table slot is 16 bytes, four to a cache line: as int32, number 4s is the key of slot s;
 * as int16, numbers 8s + 2 to 8s + 7 are its weights. Key and weights side by side: one cache
 * line per probe.
 */
export const SLOT_INT32 = 4;
const SLOT_INT16 = 8;
const WEIGHTS_AT = 2;
/** The filter bit of a hash is its top 18 bits (the table slot comes from the low bits). */
export const FILTER_SHIFT = 14;

/** Bits of a symbol (features.ts: ALPHABET has fewer than 32 characters). */
export const SYMBOL_BITS = 5;
/**
 * Rows of `model.rows` are MAX_CLASSES weights each; the row of a symbol pair p (its 1-gram
 * unless the first symbol is the space, plus its 2-gram) is at p * ROW.
 */
export const ROW = MAX_CLASSES;

/**
 * A loaded model.
 *
 * The features of one text position are its character 1- to 4-grams. When the characters are
 * symbols (nearly every position of Indonesian or English text) they need no hashing: a trigram
 * has a row with the summed weights of its 1-, 2- and 3-gram, followed by the rows of the 4-grams
 * extending it that the model has. Everything else (words, word pairs, n-grams with other
 * characters) is probed in an open-addressing hash table. Both give exactly the weights of the
 * model's keys; the rows are derived from the table when the model is loaded.
 */
export interface LangModel {
  classes: readonly string[];
  temperature: number;
  scale: number;
  /** Per-class score offset (see LangModelFile.bias). */
  bias: Float64Array;
  /** The hash table's keys (0 marks an empty slot), at 4s for slot s: a view of the buffer of `weights`. */
  keys: Int32Array;
  /** The hash table's int16 weights, from 8s + 2 for slot s; classes past `classes.length` weigh 0. */
  weights: Int16Array;
  mask: number;
  /**
   * A one-hash Bloom filter of the keys: bit `hash >>> FILTER_SHIFT` is set for every key. A
   * clear bit answers "not in the model" from 32 KB instead of a probe into the 1 MB table: most
   * word pairs, which the model does not have, never touch the table.
   */
  filter: Int32Array;
  /**
   * Two int32 per symbol trigram t = s0 << 10 | s1 << 5 | s2: at 2t the offset in `rows` of the
   * trigram's row (its 1-, 2- and 3-gram weights summed), at 2t + 1 the mask of the 4-grams the
   * model has that extend it (bit s for the last symbol s), whose rows follow the trigram's in the
   * order of their last symbol. A trigram with neither a weight nor 4-grams has its pair's row
   * (also the row of the last two characters of a text). Row 0 (no pair has index 0) weighs nothing.
   * Offset and mask side by side: a text position finds its row with one random read.
   */
  grams: Int32Array;
  /**
   * The rows of weights: pairs first, then each trigram and its 4-grams. A 4-gram's row holds
   * its own weights plus its trigram's, so that a text position reads one row, not two. Int16
   * when every sum fits (the shipped model's largest is under 9,000), which halves what the
   * scorer's random reads touch; else int32.
   */
  rows: Int16Array | Int32Array;
}

function decode(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** The hash table slot of `hash`, or -1 when the model does not have the feature. */
export function lookup(model: Pick<LangModel, 'keys' | 'mask'>, hash: number): number {
  const { keys, mask } = model;
  let slot = hash & mask;
  for (;;) {
    const k = keys[slot * SLOT_INT32]!;
    if (k === hash) return slot;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Where the weights of a hash table slot start in `model.weights`. */
export function weightsAt(slot: number): number {
  return slot * SLOT_INT16 + WEIGHTS_AT;
}

/** The inverse of FNV_PRIME modulo 2^32 (Newton's iteration): one FNV-1a step can be undone. */
const FNV_INVERSE = (() => {
  let x = FNV_PRIME;
  for (let k = 0; k < 5; k++) x = Math.imul(x, 2 - Math.imul(FNV_PRIME, x));
  return x;
})();

/** Number of set bits of an int32. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Builds `grams` and `rows` from the hash table. Looking up all 923,521 symbol
 * 4-grams would cost tens of milliseconds; instead every key is undone by one FNV step, which
 * gives the hash of its prefix with the last character's code in the low 7 bits, and is matched
 * against the hashes of all symbol n-grams of up to three characters (30,784 of them).
 */
function buildNodes(keys: Int32Array, weights: Int16Array, mask: number): Pick<LangModel, 'grams' | 'rows'> {
  const S = 1 << SYMBOL_BITS;
  const A = ALPHABET.length;
  // The symbol n-grams of up to three characters, breadth first: hash, length, index (symbols, 5 bits each).
  const count = 1 + A + A * A + A * A * A;
  const hashOf = new Int32Array(count);
  const lengthOf = new Uint8Array(count);
  const indexOf = new Int32Array(count);
  const codeOf = Array.from(ALPHABET, (ch) => ch.charCodeAt(0));
  hashOf[0] = FNV_OFFSET;
  for (let p = 0, next = 1; next < count; p++) {
    for (let s = 1; s <= A; s++, next++) {
      hashOf[next] = Math.imul(hashOf[p]! ^ codeOf[s - 1]!, FNV_PRIME);
      lengthOf[next] = lengthOf[p]! + 1;
      indexOf[next] = (indexOf[p]! << SYMBOL_BITS) | s;
    }
  }
  // Open addressing on bits 7-22 of the hash: n-gram number + 1 per slot.
  const byHigh = new Int32Array(1 << 16);
  for (let p = 0; p < count; p++) {
    let at = (hashOf[p]! >>> 7) & 0xffff;
    while (byHigh[at] !== 0) at = (at + 1) & 0xffff;
    byHigh[at] = p + 1;
  }
  // Slot + 1 of each symbol 1- to 3-gram the model has, by length; 4-grams as (index, slot) pairs.
  const found = [new Int32Array(S), new Int32Array(S * S), new Int32Array(S * S * S)] as const;
  const quadList: number[] = [];
  const match = (hash: number, slot: number) => {
    const x = Math.imul(hash, FNV_INVERSE);
    for (let at = (x >>> 7) & 0xffff; byHigh[at] !== 0; at = (at + 1) & 0xffff) {
      const p = byHigh[at]! - 1;
      // All bits above the low 7 equal: the rest is the last character's code, when it is a symbol.
      const c = x ^ hashOf[p]!;
      if (c >>> 7 !== 0 || SYMBOL[c] === 0) continue;
      const index = (indexOf[p]! << SYMBOL_BITS) | SYMBOL[c]!;
      if (lengthOf[p] === 3) quadList.push(index, slot);
      else found[lengthOf[p]!]![index] = slot + 1;
    }
  };
  for (let slot = 0; slot <= mask; slot++) {
    const key = keys[slot * SLOT_INT32]!;
    if (key === 0) continue;
    match(key, slot);
    // A feature hash of 0 is stored as 1 (0 marks empty slots).
    if (key === 1) match(0, slot);
  }
  const add = (into: Int32Array, at: number, slot: number) => {
    for (let c = 0, w = weightsAt(slot); c < MAX_CLASSES; c++) into[at + c]! += weights[w + c]!;
  };

  const [unigrams, bigrams, trigrams] = found;
  const childMasks = new Int32Array(S * S * S);
  for (let k = 0; k < quadList.length; k += 2) childMasks[quadList[k]! >> SYMBOL_BITS]! |= 1 << (quadList[k]! & (S - 1));
  // Pair rows first, then each trigram's row followed by its 4-grams'.
  const rowAt = new Int32Array(S * S * S);
  let size = S * S * ROW;
  for (let tri = 0; tri < S * S * S; tri++) {
    if (trigrams[tri] === 0 && childMasks[tri] === 0) continue;
    rowAt[tri] = size;
    size += ROW * (1 + popcount(childMasks[tri]!));
  }
  // Built as int32, kept as int16 when every number fits.
  const wide = new Int32Array(size);
  for (let pair = S; pair < S * S; pair++) {
    const s0 = pair >> SYMBOL_BITS;
    if ((pair & (S - 1)) === 0) continue;
    if (unigrams[s0] !== 0 && codeOf[s0 - 1] !== SPACE) add(wide, pair * ROW, unigrams[s0]! - 1);
    if (bigrams[pair] !== 0) add(wide, pair * ROW, bigrams[pair]! - 1);
  }
  const grams = new Int32Array(2 * S * S * S);
  for (let tri = 0; tri < S * S * S; tri++) {
    const pair = tri >> SYMBOL_BITS;
    const row = rowAt[tri]!;
    grams[2 * tri] = row === 0 ? pair * ROW : row;
    grams[2 * tri + 1] = childMasks[tri]!;
    if (row === 0) continue;
    wide.copyWithin(row, pair * ROW, pair * ROW + ROW);
    if (trigrams[tri] !== 0) add(wide, row, trigrams[tri]! - 1);
  }
  // A 4-gram's row: its trigram's weights (all copied before any 4-gram's own are added: two keys
  // may give the same 4-gram), plus its own.
  const rowOf = (k: number) => {
    const tri = quadList[k]! >> SYMBOL_BITS;
    return rowAt[tri]! + ROW * (1 + popcount(childMasks[tri]! & ~(-1 << (quadList[k]! & (S - 1)))));
  };
  for (let k = 0; k < quadList.length; k += 2) {
    const row = rowAt[quadList[k]! >> SYMBOL_BITS]!;
    wide.copyWithin(rowOf(k), row, row + ROW);
  }
  for (let k = 0; k < quadList.length; k += 2) add(wide, rowOf(k), quadList[k + 1]!);
  const fits = wide.every((x) => x >= -0x8000 && x <= 0x7fff);
  return { grams, rows: fits ? Int16Array.from(wide) : wide };
}

/** Builds the run-time tables from a model file. */
export function buildModel(file: LangModelFile): LangModel {
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`language model: format "${file.format}" is not "${MODEL_FORMAT}"; retrain with scripts/train-language.ts`);
  }
  const stored = new Int32Array(decode(file.keys));
  const storedWeights = new Int16Array(decode(file.weights));
  const C = file.classes.length;
  if (C > MAX_CLASSES) throw new Error(`language model: ${C} classes; a table slot has room for ${MAX_CLASSES}`);
  if (storedWeights.length !== stored.length * C) throw new Error('language model: keys and weights disagree in length');
  let slots = 1;
  // Load factor at most 1/2: probes stay short.
  while (slots < stored.length * 2) slots <<= 1;
  const buffer = new ArrayBuffer(slots * SLOT_INT32 * Int32Array.BYTES_PER_ELEMENT);
  const keys = new Int32Array(buffer);
  const weights = new Int16Array(buffer);
  const mask = slots - 1;
  const filter = new Int32Array(1 << (32 - FILTER_SHIFT - 5));
  for (let k = 0; k < stored.length; k++) {
    const key = stored[k]!;
    let slot = key & mask;
    while (keys[slot * SLOT_INT32] !== 0) slot = (slot + 1) & mask;
    keys[slot * SLOT_INT32] = key;
    for (let c = 0, w = weightsAt(slot); c < C; c++) weights[w + c] = storedWeights[k * C + c]!;
    filter[key >>> (FILTER_SHIFT + 5)]! |= 1 << ((key >>> FILTER_SHIFT) & 31);
  }
  const bias = Float64Array.from(file.classes, (_, c) => file.bias?.[c] ?? 0);
  return { classes: file.classes, temperature: file.temperature, scale: file.scale, bias, keys, weights, mask, filter, ...buildNodes(keys, weights, mask) };
}

/** Where the shipped model lives (the same relative path from src/ and from dist/). */
export const DEFAULT_MODEL_URL = new URL('../../../models/langid/langid.json', import.meta.url);

let cached: LangModel | null = null;

/** The shipped model, read once per process on first use. */
export function defaultModel(): LangModel {
  if (cached === null) {
    let text: string;
    try {
      text = readFileSync(DEFAULT_MODEL_URL, 'utf8');
    } catch {
      throw new Error(`language model missing at ${DEFAULT_MODEL_URL.pathname}: run "npx tsx scripts/train-language.ts"`);
    }
    cached = buildModel(JSON.parse(text) as LangModelFile);
  }
  return cached;
}
