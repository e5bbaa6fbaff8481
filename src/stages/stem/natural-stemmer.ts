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
