import { WartaConfigError, WartaInputError } from '../../errors.js';
import { BoundedCache } from './bounded-cache.js';
import { naturalMayChange } from './natural-stemmer.js';
import { repairRoot } from './root-repairs.js';
import { sastrawiStemmer } from './sastrawi.js';

/** Options of {@link createStemmer}. */
export interface StemmerOptions {
  /** Most words kept in the cache (default 50,000; 0 turns the cache off). */
  cacheSize?: number;
}

/** A stemmer with its own bounded cache. */
export interface Stemmer {
  /** The stem of one word, lowercase; see {@link stem} for the rules. */
  stem(word: string): string;
  /** Words currently cached. */
  readonly cacheSize: number;
  /** The most words the cache holds. */
  readonly cacheCapacity: number;
}

/** Default number of cached words: an article has a few hundred types, a large batch some 50k. */
export const DEFAULT_STEM_CACHE_SIZE = 50_000;

const HAS_DIGIT = /\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;
// Letters with internal hyphens or apostrophes: what the Sastrawi rules are made for.
const STEMMABLE = /^\p{L}+(?:[-'’]\p{L}+)*$/u;

/** The lowercase form of a word; one already in lowercase ASCII is returned as it is, with no copy. */
function lowercase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

/** "KPK", "BUMN", "PDIP": a short word without lowercase letters is an acronym, whose letters are not affixes. */
function isAcronym(word: string): boolean {
  if (word.length > 5) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return !HAS_LOWER.test(word);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * Of an ASCII word: whether it has a digit (`digit`), is letters joined by single hyphens or
 * apostrophes (`stemmable`, what {@link STEMMABLE} matches), or neither (`other`). Null for a word
 * with other characters, which the Unicode regexes answer.
 */
function asciiShape(word: string): 'digit' | 'stemmable' | 'other' | null {
  let stemmable = word.length > 0;
  let afterLetter = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 48 && c <= 57) {
      // a digit decides, but a later non-ASCII character could too: read the rest first
      for (let j = i + 1; j < word.length; j++) if (word.charCodeAt(j) >= 128) return null;
      return 'digit';
    }
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!letter && !((c === 45 || c === 39) && afterLetter)) stemmable = false;
    afterLetter = letter;
  }
  return stemmable && afterLetter ? 'stemmable' : 'other';
}

/** The stem of a lowercase word that is no acronym and that natural may change (see {@link stem}). */
function stemLower(lower: string): string {
  const shape = asciiShape(lower);
  // "ke-81", "COVID-19", "5G": a word with digits is a name or a code, not a derived word
  if (shape === 'digit' || (shape === null && HAS_DIGIT.test(lower))) return lower;
  // "detik.com", "S.H": not a word the affix rules apply to
  if (shape === 'other' || (shape === null && !STEMMABLE.test(lower))) return lower;
  return repairRoot(lower, sastrawiStemmer().stem(lower));
}

/**
 * Creates a stemmer with its own cache, bounded to `cacheSize` words (least recently used dropped).
 * The root-word dictionary is loaded on the first uncached word, not when this is called.
 */
export function createStemmer(options: StemmerOptions = {}): Stemmer {
  const capacity = options.cacheSize ?? DEFAULT_STEM_CACHE_SIZE;
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new WartaConfigError(`stem cacheSize must be a non-negative integer, got ${String(options.cacheSize)}`);
  }
  return new CachedStemmer(capacity);
}

/**
 * The stemmer {@link createStemmer} makes. A class, not an object literal with a getter for
 * `cacheSize`: V8 keeps such an object as a dictionary, and `stem` is looked up on it once a word.
 */
class CachedStemmer implements Stemmer {
  readonly #cache: BoundedCache;

  constructor(readonly cacheCapacity: number) {
    this.#cache = new BoundedCache(cacheCapacity);
  }

  get cacheSize(): number {
    return this.#cache.size;
  }

  // (A field, not a method: `const { stem } = createStemmer()` works, as it did with the literal.)
  readonly stem = (word: string): string => {
    if (typeof word !== 'string') {
      throw new WartaInputError(`stem(word): word must be a string, got ${word === null ? 'null' : typeof word}`, 'word');
    }
    const lower = lowercase(word);
    // An acronym ("KPK": the one rule that needs the original case) and a word with no affix
    // natural could strip ("yang", "dalam", "Jakarta") are their lowercase form: no lookup.
    if (isAcronym(word) || !naturalMayChange(lower)) return lower;
    // Any other stem depends on the lowercase form alone, the cache key: "Pemerintah" and
    // "pemerintah" share an entry.
    const hit = this.#cache.get(lower);
    if (hit !== undefined) return hit;
    const result = stemLower(lower);
    this.#cache.set(lower, result);
    return result;
  };
}

const defaultStemmer = createStemmer();

/**
 * The stem of one Indonesian word with natural's port of the Sastrawi stemmer (plus a small table
 * of repairs where a rare short root shadows the common one: "perbankan" → "bank", not "perban"),
 * lowercase:
 * `stem('pertumbuhan') === 'tumbuh'`, `stem('Anak-anak') === 'anak'`. Words with digits
 * ("ke-81") and all-caps acronyms of up to 5 letters ("BUMN") are only lowercased; a word the
 * rules cannot reduce to a known root comes back lowercased. Results are cached (shared cache of
 * {@link DEFAULT_STEM_CACHE_SIZE} words). Throws {@link WartaInputError} when `word` is not a string.
 */
export function stem(word: string): string {
  return defaultStemmer.stem(word);
}
