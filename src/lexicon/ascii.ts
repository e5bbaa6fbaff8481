/**
 * The lowercase of a code unit when it is an ASCII capital; any other code unit as it is. For
 * readers that look at a word's first letters by char codes before they lowercase it whole (the
 * numbers scanner's fingerprints, the outlet credits' first letters). In the lexicon, the lowest
 * folder both read.
 */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
