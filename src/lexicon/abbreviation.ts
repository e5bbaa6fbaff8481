import { remembered } from './derive.js';

/** Initials of a multi-word organisation name, skipping small words ("Badan Pusat Statistik" → "BPS"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether `short` abbreviates `long` word by word, the way Indonesian names are shortened: each
 * word of the long form gives the next piece of the short form, a prefix of itself ("Kemenkeu" ←
 * "Kementerian Keuangan", "Undip" ← "Universitas Diponegoro", "Jabar" ← "Jawa Barat", "Kementerian
 * PU" ← "Kementerian Pekerjaan Umum", "ESDM" ← "Energi dan Sumber Daya Mineral"), "dan" given or not;
 * the long form may have one leading word ("Kementerian") and, after a short form of two words or
 * more, trailing words ("Pemprov DKI" ← "Pemerintah Provinsi DKI Jakarta") that give nothing.
 */
export function abbreviates(short: string, long: string): boolean {
  const { parts, flat } = shortForm(short);
  if (parts > 3 || flat.length < 3) return false;
  const words = longWords(long);
  if (words.length < 2 || words.length <= parts) return false;
  // The short form starts with the first letter of the first or the second word (match(0, 0) or
  // match(0, 1) below): most pairs a caller tries fail here, before any search.
  const c = flat[0];
  if (c !== words[0]![0] && c !== words[1]![0]) return false;
  // match(i, w): the short form from character i on is made of words w, w+1, … (all of them, or a
  // first part of them when trailing words may stay).
  const memo = new Map<number, boolean>();
  const match = (i: number, w: number): boolean => {
    if (i === flat.length) return w === words.length || (parts >= 2 && w >= 2);
    if (w === words.length) return false;
    const key = i * 64 + w;
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
  return match(0, 0) || match(0, 1);
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
  return remembered(longWordsCache, long, CACHE_MAX, () =>
    long
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== 'dan' && w !== '&'),
  );
}

