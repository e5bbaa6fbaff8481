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
 * The regex states the rule; {@link naturalMayChange} answers the same with string tests (a test
 * checks that the two agree).
 */
export const MAY_CHANGE = /(?:lah|kah|tah|pun|ku|mu|nya|is|isme|isasi|i|kan|an)$|^(?:di|ke|se|be|te|me|pe|ku|kau)|be|-|^[bcdfghjklmnpqrstvwxyz](?:er|el|em|in)[aiueo]/;

/** Per ASCII code: 1 for the consonants before an infix ({@link MAY_CHANGE}'s first class). */
const CONSONANT = new Uint8Array(128);
for (const c of 'bcdfghjklmnpqrstvwxyz') CONSONANT[c.charCodeAt(0)] = 1;

/** Whether a word ends in a suffix of {@link MAY_CHANGE} ("-isasi" and "-kan" end in "-i" and "-an"). */
function hasSuffix(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 105) return true; // -i, -isasi
  const prev = w.charCodeAt(n - 2);
  switch (last) {
    case 110: // -an, -kan, -pun
      return prev === 97 || w.endsWith('pun');
    case 115: // -is
      return prev === 105;
    case 117: // -ku, -mu
      return prev === 107 || prev === 109;
    case 97: // -nya
      return w.endsWith('nya');
    case 104: // -lah, -kah, -tah
      return prev === 97 && (w.charCodeAt(n - 3) === 108 || w.charCodeAt(n - 3) === 107 || w.charCodeAt(n - 3) === 116);
    case 101: // -isme
      return w.endsWith('isme');
    default:
      return false;
  }
}

/** Whether a word starts with a prefix of {@link MAY_CHANGE} ("be-" is found anywhere, below). */
function hasPrefix(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  switch (a) {
    case 100: // di-
      return b === 105;
    case 107: // ke-, ku-, kau-
      return b === 101 || b === 117 || (b === 97 && w.charCodeAt(2) === 117);
    case 115: // se-
    case 116: // te-
    case 109: // me-
    case 112: // pe-
      return b === 101;
    default:
      return false;
  }
}

/** Whether a word has "be" or a hyphen anywhere. */
function hasBeOrHyphen(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || (c === 98 && w.charCodeAt(i + 1) === 101)) return true;
  }
  return false;
}

/** Whether a word has an infix of {@link MAY_CHANGE} after its first consonant: "-er-", "-el-", "-em-", "-in-", then a vowel. */
function hasInfix(w: string): boolean {
  const a = w.charCodeAt(0);
  if (a >= 128 || CONSONANT[a] !== 1) return false;
  const b = w.charCodeAt(1);
  const c = w.charCodeAt(2);
  if (!(b === 101 ? c === 114 || c === 108 || c === 109 : b === 105 && c === 110)) return false;
  const d = w.charCodeAt(3);
  return d === 97 || d === 105 || d === 117 || d === 101 || d === 111;
}

/**
 * Whether natural's stemmer may return something else than this lowercase word: some rule of it
 * could apply ({@link MAY_CHANGE}). When none can ("korea", "glasgow", "jakarta"), the stemmer
 * tries every rule in turn (tens of microseconds) and returns the word, which this answers with a
 * few character tests (it runs on every word, so no regex). A word with a hyphen (a plural,
 * "anak-anak") always goes to the stemmer; one of up to 3 letters is returned as it is.
 * Deliberately loose: any "be" stands for the rules that look for "ber" anywhere in the word.
 */
export function naturalMayChange(lower: string): boolean {
  if (lower.length <= 3) return lower.includes('-');
  return hasSuffix(lower) || hasPrefix(lower) || hasBeOrHyphen(lower) || hasInfix(lower);
}
