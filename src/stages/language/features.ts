/**
 * Feature extraction for the language model, shared by the runtime and by scripts/train-language.ts
 * so both see exactly the same features.
 *
 * A text is normalised to lowercase letters, digits folded to "0", and single spaces for every run
 * of anything else (a "." or "," between digits is kept: "rm0.0 bilion" against "rp 0,0 miliar").
 * Features are 32-bit FNV-1a hashes of character n-grams (1 to 4, spaces included, so word
 * boundaries and word pairs show up), of whole words and of word pairs. Hashing avoids building
 * substrings: a paragraph costs a few multiplications per character.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../lexicon/hash.js';

/** Longest character n-gram. */
export const MAX_NGRAM = 4;

/** Seeds that keep word and word-pair hashes apart from character n-gram hashes. */
export const WORD_SEED = 0x5bd1e995;
export const PAIR_SEED = 0x27d4eb2f;

export const SPACE = 32;
const ZERO = 48;

/** Per code unit: 0 not yet known, 1 letter, 2 other (filled lazily for non-ASCII). */
const letterClass = new Uint8Array(65536);
const lowerOf = new Uint16Array(65536);
const LETTER_RE = /\p{L}|\p{M}/u;

function classify(c: number): number {
  const known = letterClass[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const isLetter = LETTER_RE.test(ch);
  letterClass[c] = isLetter ? 1 : 2;
  if (isLetter) {
    const lower = ch.toLowerCase();
    // Why: a few letters lowercase to two code units (İ -> i̇); keep the first, it is the letter.
    lowerOf[c] = lower.charCodeAt(0);
  }
  return letterClass[c]!;
}

for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  letterClass[c] = upper || lower ? 1 : 2;
  lowerOf[c] = upper ? c + 32 : c;
}

/**
 * The characters of normalised text that the model's n-gram rows are built for (model.ts): the
 * space, a-z, the digit "0" and the separators normalisation keeps. Other characters (non-ASCII
 * letters) have symbol 0, and n-grams with them are hashed.
 */
export const ALPHABET = ' abcdefghijklmnopqrstuvwxyz0-.,';
/** Per ASCII code: its symbol (index in ALPHABET plus one), or 0. */
export const SYMBOL = new Uint8Array(128);
for (let s = 0; s < ALPHABET.length; s++) SYMBOL[ALPHABET.charCodeAt(s)] = s + 1;
const SPACE_SYMBOL = SYMBOL[SPACE]!;
/** Code minus symbol of the letters a-z (in ALPHABET in order). */
const LOWER_TO_SYMBOL = 97 - SYMBOL[97]!;
const ZERO_SYMBOL = SYMBOL[ZERO]!;

/** The normalised form of a text, as code units with a leading and a trailing space. */
export interface Normalized {
  codes: Uint16Array;
  /** The symbol of each code unit (0 for other characters), then three 0s past `length`. */
  symbols: Uint8Array;
  length: number;
  /** The word feature hash of each token, in order (`tokens` of them): see forEachFeature. */
  wordHashes: Int32Array;
  /** Words with at least one letter. */
  words: number;
  /** All tokens, numbers included (each has a word feature). */
  tokens: number;
  /** Letters seen (before any cap on length). */
  letters: number;
  /** Letters outside the Latin script blocks (for the franc fallback on other scripts). */
  nonLatinLetters: number;
}

let buffer = new Uint16Array(4096);
let symbolBuffer = new Uint8Array(4096 + 3);
let wordBuffer = new Int32Array(4096);

/**
 * Normalises `text` into shared buffers (valid until the next call), reading at most `maxChars`
 * characters of it, or of its part from `from` to `to` (a paragraph read in its article's text:
 * the code units of a slice cost more to read, about a sixth of the time here). Symbols and word hashes come with it: the scorer and the marker counter would
 * otherwise each read the codes again.
 */
export function normalize(text: string, maxChars = Infinity, from = 0, to = text.length): Normalized {
  const n = Math.min(to - from, maxChars);
  const end = from + n;
  if (buffer.length < n + 2) {
    buffer = new Uint16Array(n * 2 + 2);
    symbolBuffer = new Uint8Array(n * 2 + 5);
    wordBuffer = new Int32Array(n * 2 + 2);
  }
  const out = buffer;
  const sym = symbolBuffer;
  const wordHashes = wordBuffer;
  let len = 0;
  out[len] = SPACE;
  sym[len++] = SPACE_SYMBOL;
  let words = 0;
  let letters = 0;
  let nonLatin = 0;
  let tokens = 0;
  let wordHasLetter = false;
  // The hash of the current token (see forEachFeature).
  let h = WORD_SEED;
  for (let i = from; i < end; i++) {
    let c = text.charCodeAt(i);
    // A run of ASCII letters, most of any text: no table lookups (c | 32 is the lowercase of
    // A-Z and a-z, and outside a-z for any other code unit).
    let lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      do {
        out[len] = lower;
        sym[len++] = lower - LOWER_TO_SYMBOL;
        h = Math.imul(h ^ lower, FNV_PRIME);
        letters++;
        c = ++i < end ? text.charCodeAt(i) : 0;
        lower = c | 32;
      } while (lower >= 97 && lower <= 122);
      wordHasLetter = true;
      if (i >= end) break;
    }
    const cls = classify(c);
    if (cls === 1) {
      lower = lowerOf[c]!;
      out[len] = lower;
      sym[len++] = lower < 128 ? SYMBOL[lower]! : 0;
      h = Math.imul(h ^ lower, FNV_PRIME);
      letters++;
      // Latin letters: ASCII, Latin-1 supplement and Latin extended (up to U+024F), plus
      // combining marks and Latin extended additional (U+1E00-U+1EFF).
      if (c > 0x24f && !(c >= 0x300 && c <= 0x36f) && !(c >= 0x1e00 && c <= 0x1eff)) nonLatin++;
      wordHasLetter = true;
      continue;
    }
    if (c >= 48 && c <= 57) {
      out[len] = ZERO;
      sym[len++] = ZERO_SYMBOL;
      h = Math.imul(h ^ ZERO, FNV_PRIME);
      continue;
    }
    const prev = out[len - 1]!;
    if (c === 46 || c === 44 || c === 45) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      // "1.500" and "1,5": a separator between digits belongs to the number; "anak-anak",
      // "berpuluh-puluh": a hyphen inside a word stays.
      if ((c !== 45 && prev === ZERO && next >= 48 && next <= 57) || (c === 45 && prev !== SPACE && next !== 0 && classify(next) === 1)) {
        out[len] = c;
        sym[len++] = SYMBOL[c]!;
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
    }
    if (prev !== SPACE) {
      if (wordHasLetter) words++;
      wordHashes[tokens++] = h || 1;
      h = WORD_SEED;
      wordHasLetter = false;
      out[len] = SPACE;
      sym[len++] = SPACE_SYMBOL;
    }
  }
  if (out[len - 1] !== SPACE) {
    if (wordHasLetter) words++;
    wordHashes[tokens++] = h || 1;
    out[len] = SPACE;
    sym[len++] = SPACE_SYMBOL;
  }
  sym[len] = 0;
  sym[len + 1] = 0;
  sym[len + 2] = 0;
  return { codes: out, symbols: sym, length: len, wordHashes, words, tokens, letters, nonLatinLetters: nonLatin };
}

/** Kinds of feature, reported to the visitor so a caller can weigh or count them apart. */
export const FEATURE_CHAR = 0;
export const FEATURE_WORD = 1;
export const FEATURE_PAIR = 2;

/**
 * Calls `visit(hash, kind)` for every feature of a normalised text: character n-grams (1 to
 * MAX_NGRAM, skipping the lone space), words and word pairs. Hashes are signed 32-bit integers
 * (they stay small integers in V8) and never 0 (0 marks an empty slot in the model's table).
 */
export function forEachFeature(norm: Normalized, visit: (hash: number, kind: number) => void): void {
  const { codes, length } = norm;
  for (let i = 0; i < length; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < MAX_NGRAM && i + k < length; k++) {
      h = Math.imul(h ^ codes[i + k]!, FNV_PRIME);
      if (k === 0 && codes[i] === SPACE) continue;
      visit(h || 1, FEATURE_CHAR);
    }
  }
  let prevWord = 0;
  let h = WORD_SEED;
  let inWord = false;
  for (let i = 1; i < length; i++) {
    const c = codes[i]!;
    if (c === SPACE) {
      if (inWord) {
        const word = h || 1;
        visit(word, FEATURE_WORD);
        if (prevWord !== 0) visit(Math.imul(prevWord ^ PAIR_SEED, FNV_PRIME) ^ word || 1, FEATURE_PAIR);
        prevWord = word;
      }
      h = WORD_SEED;
      inWord = false;
    } else {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    }
  }
}
