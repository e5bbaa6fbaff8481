import { remembered } from './derive.js';

/** Initials of a multi-word organisation name, skipping small words ("Badan Pusat Statistik" → "BPS"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Small words inside a body's long name before its short form ("Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi"). */
export const LONG_FORM_JOINTS: ReadonlySet<string> = new Set(['dan', 'di', 'serta', 'untuk', 'bagi', 'and', 'of', 'the', 'for', '&']);

/** Whether a word opens with a capital ("Komisi", "KPK"). */
const CAPITALISED = (w: string): boolean => /^\p{Lu}/u.test(w);

/** How {@link longFormStart} reads the words before a short form. */
export interface LongFormOptions {
  /** Whether a word is one of the name's, not a joint: by default, one that opens with a capital. */
  capitalised?: (word: string) => boolean;
  /**
   * Whether joints may also stand after the run's last capitalised word, right before the short form
   * or the name the run goes on with ("di" of "Kekerasan di" before "Perguruan Tinggi (PPKPT)"); by
   * default they stand between capitalised words only.
   */
  jointsLast?: boolean;
}

/**
 * Where the long name before a bracketed short form opens ("Komisi Pemberantasan Korupsi" before
 * "(KPK)", "Mineral dan Batu Bara" before "(Minerba)"): `words` are the words of the text before the
 * short form, in order, and the run of capitalised words that ends them is read back from the last
 * word, over the small `joints` between them ("dan", "di"). The index of the run's first capitalised
 * word, or `words.length` when there is none (the last word neither capitalised nor, `jointsLast`, a
 * joint after which one stands).
 */
export function longFormStart(words: readonly string[], joints: ReadonlySet<string>, { capitalised = CAPITALISED, jointsLast = false }: LongFormOptions = {}): number {
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (capitalised(w)) first = i;
    else if (!(joints.has(w) && (jointsLast || first < words.length))) break;
  }
  return first;
}

/** How {@link abbreviates} reads a short form. */
export interface AbbreviationOptions {
  /**
   * The loose way bodies' short forms in brackets are made ("Minerba" ← "Mineral dan Batu Bara",
   * "PPKPT" ← "Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi", "OAP" ← "Orang Asli Papua"):
   * a short form of one word, of any length; the small joints of {@link LONG_FORM_JOINTS} ("di",
   * "serta", "untuk" besides "dan") give nothing; no leading word is left out, but the last word may
   * give nothing.
   */
  loose?: boolean;
}

/**
 * Whether `short` abbreviates `long` word by word, the way Indonesian names are shortened: each
 * word of the long form gives the next piece of the short form, a prefix of itself ("Kemenkeu" ←
 * "Kementerian Keuangan", "Undip" ← "Universitas Diponegoro", "Jabar" ← "Jawa Barat", "Kementerian
 * PU" ← "Kementerian Pekerjaan Umum", "ESDM" ← "Energi dan Sumber Daya Mineral"), "dan" given or not;
 * the long form may have one leading word ("Kementerian") and, after a short form of two words or
 * more, trailing words ("Pemprov DKI" ← "Pemerintah Provinsi DKI Jakarta") that give nothing. Read
 * `loose`, the way bodies' short forms in brackets are made ({@link AbbreviationOptions}).
 */
export function abbreviates(short: string, long: string, { loose = false }: AbbreviationOptions = {}): boolean {
  const { parts, flat } = shortForm(short);
  if (loose ? parts > 1 : parts > 3 || flat.length < 3) return false;
  const words = loose ? wordsWithout(long, LONG_FORM_JOINTS) : longWords(long);
  if (words.length < 2 || words.length <= parts) return false;
  // The short form starts with the first letter of the first or (a leading word left out) the
  // second word (match(0, 0) or match(0, 1) below): most pairs a caller tries fail here, before any
  // search.
  const c = flat[0];
  if (c !== words[0]![0] && (loose || c !== words[1]![0])) return false;
  // match(i, w): the short form from character i on is made of words w, w+1, … (all of them, or a
  // first part of them when trailing words may stay, or all but the last read loose).
  const memo = new Map<number, boolean>();
  const match = (i: number, w: number): boolean => {
    if (i === flat.length) return w === words.length || (parts >= 2 && w >= 2) || (loose && w === words.length - 1);
    if (w === words.length) return false;
    const key = i * (words.length + 1) + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!;
    let ok = false;
    for (let n = Math.min(word.length, flat.length - i); n >= 1 && !ok; n--) {
      if (flat.startsWith(word.slice(0, n), i)) ok = match(i + n, w + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0) || (!loose && match(0, 1));
}

/** A short form in lowercase without its spaces (`flat`), and how many words it has (`parts`). */
interface ShortForm {
  parts: number;
  flat: string;
}

/** Short forms read before, as {@link longWordsCache} keeps long forms. */
const shortFormCache = new Map<string, ShortForm>();

function shortForm(short: string): ShortForm {
  return remembered(shortFormCache, short, CACHE_MAX, () => {
    const tokens = short.toLowerCase().split(/\s+/);
    return { parts: tokens.length, flat: tokens.join('') };
  });
}

/**
 * The lowercase words of a long form, without "dan" and "&", kept for the next calls: callers try
 * one long form against many short ones (the names of an article, the titles of its people). Never
 * more than {@link CACHE_MAX} forms (emptied when full); the arrays are not to be changed.
 */
const longWordsCache = new Map<string, readonly string[]>();
const CACHE_MAX = 4096;

function longWords(long: string): readonly string[] {
  return remembered(longWordsCache, long, CACHE_MAX, () => wordsWithout(long, AND_JOINTS));
}

/** The small words a long form's words may be joined by that give nothing: "dan" and "&". */
export const AND_JOINTS: ReadonlySet<string> = new Set(['dan', '&']);

/** The lowercase words of a long form, without the joints given. */
function wordsWithout(long: string, joints: ReadonlySet<string>): string[] {
  return long
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !joints.has(w));
}

