import { WartaConfigError, WartaInputError } from '../../errors.js';
import { BoundedCache } from './bounded-cache.js';
import { naturalStemmer } from './natural-stemmer.js';
import { repairRoot } from './root-repairs.js';

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

function stemUncached(word: string, lower: string): string {
  // "ke-81", "COVID-19", "5G": a word with digits is a name or a code, not a derived word
  if (HAS_DIGIT.test(word)) return lower;
  // "KPK", "BUMN", "PDIP": short all-caps words are acronyms, whose letters are not affixes
  if (word.length <= 5 && !HAS_LOWER.test(word)) return lower;
  // "detik.com", "S.H": not a word the affix rules apply to
  if (!STEMMABLE.test(lower)) return lower;
  return repairRoot(lower, naturalStemmer().stem(lower));
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
  const cache = new BoundedCache(capacity);
  return {
    stem(word: string): string {
      if (typeof word !== 'string') {
        throw new WartaInputError(`stem(word): word must be a string, got ${word === null ? 'null' : typeof word}`, 'word');
      }
      // The acronym rule needs the original case, so the key is the word as given.
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      const result = stemUncached(word, word.toLowerCase());
      cache.set(word, result);
      return result;
    },
    get cacheSize() {
      return cache.size;
    },
    cacheCapacity: capacity,
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
