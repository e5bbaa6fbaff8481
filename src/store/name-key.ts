const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]+( [a-z0-9]+)*$/;

/**
 * The normalised form of a name that cross-article identity compares: Unicode compatibility
 * decomposition without accents, lowercase, every run of characters other than letters and digits
 * one space ("Asy'ari" and "Asy ari" meet; "PT. Pertamina" and "PT Pertamina" meet).
 * `nameKey("Bank  Indonesia")` is `"bank indonesia"`.
 */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  // Most names are plain ASCII words already: skip the Unicode passes.
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFKD').replace(MARKS, '').replace(NOT_WORD, ' ').trim();
}
