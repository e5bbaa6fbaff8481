const SUFFIXES = ['nya', 'lah', 'kah', 'kan', 'an', 'i'] as const;
// Longest first so "meng" is tried before "me".
const PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ber', 'ter', 'di', 'ke', 'se'] as const;

/**
 * A light, dictionary-free Indonesian stem for NER features: one suffix and one prefix stripped
 * when at least three letters remain ("pembangunan" → "bangun", "dikatakan" → "kata").
 * Why not the stem stage's stemmer: the tagger must compute the same feature at training and at
 * tagging time, also for `tagTokens` without a Doc, and this costs nothing per token.
 */
export function lightStem(lower: string): string {
  let w = lower;
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  for (const p of PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  return w;
}
