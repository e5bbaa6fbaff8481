import { createRequire } from 'node:module';

/** natural's Indonesian (Sastrawi) stemmer, as much of its API as warta uses. */
interface NaturalIndonesianStemmer {
  stem(word: string): string;
}

// natural's root pulls in every module it has (and dotenv through its storage backends), so only
// this one file is loaded, by path. CommonJS, hence require.
const require = createRequire(import.meta.url);
const STEMMER_PATH = 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';

let loaded: NaturalIndonesianStemmer | null = null;

/**
 * Loads the stemmer on first use: it reads a ~30,000-word root dictionary (about 20 ms), which a
 * program that never stems (e.g. `warta schema`) should not pay for at import.
 */
export function naturalStemmer(): NaturalIndonesianStemmer {
  loaded ??= require(STEMMER_PATH) as NaturalIndonesianStemmer;
  return loaded;
}

/**
 * Where natural's Sastrawi rules could apply: a particle (-lah, -kah, -tah, -pun), a possessive
 * (-ku, -mu, -nya) or a suffix (-is, -isme, -isasi, -i, -kan, -an) at the end; a prefix (di-, ke-,
 * se-, be(r)-, te(r)-, me(N)-, pe(N)-/per-, ku-, kau-) at the start; "be" anywhere, as two rules
 * look for "ber" anywhere; an infix (-er-, -el-, -em-, -in-) after a first consonant; a hyphen.
 */
const MAY_CHANGE = /(?:lah|kah|tah|pun|ku|mu|nya|is|isme|isasi|i|kan|an)$|^(?:di|ke|se|be|te|me|pe|ku|kau)|be|-|^[bcdfghjklmnpqrstvwxyz](?:er|el|em|in)[aiueo]/;

/**
 * Whether natural's stemmer may return something else than this lowercase word: some rule of it
 * could apply. When none can ("korea", "glasgow", "jakarta"), the stemmer tries every rule in turn
 * (tens of microseconds) and returns the word, which one regex test answers. A word with a hyphen
 * (a plural, "anak-anak") always goes to the stemmer; one of up to 3 letters is returned as it is.
 * Deliberately loose: any "be" stands for the rules that look for "ber" anywhere in the word.
 */
export function naturalMayChange(lower: string): boolean {
  if (lower.length <= 3) return lower.includes('-');
  return MAY_CHANGE.test(lower);
}
