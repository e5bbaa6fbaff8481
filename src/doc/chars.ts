/**
 * Classifiers for one UTF-16 code unit, for the scanners of several stages: a comparison of char
 * codes costs a fraction of a Unicode regex, and compiles nothing at start-up.
 */

/** JavaScript's whitespace: what the regex `\s` matches. */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether a UTF-16 code unit is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A letter or digit (a name's occurrence stands between two other characters). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` from `start` to `end` stands as words of its own: no letter or digit right before
 * or after it ("Malaka" in "Tan Malaka", not in "Malakanya").
 */
export function isWordBoundary(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT.test(text[start - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[end] ?? ' ');
}
