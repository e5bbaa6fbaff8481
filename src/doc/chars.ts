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

/** Whether a UTF-16 code unit is a space or a tab: what the regex `[ \t]` matches. */
export function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * The characters between white space that stand before the blanks ending `text.slice(from, to)`,
 * '' when it ends in none, read backwards from `to`: what `/(\S+)\s+$/u` finds there, or with
 * `isBlank` = {@link isSpaceOrTab} what `/(\S+)[ \t]+$/u` finds ("Ipda" of "dipimpin oleh Ipda ").
 */
export function wordBeforeBlanks(text: string, from: number, to: number, isBlank: (c: number) => boolean = isWhitespaceCode): string {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === to) return '';
  let start = end;
  while (start > from && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * Where the run of letters (of any script, `\p{L}`) that ends at `end` starts, reading back no
 * further than `from`; `end` itself when no letter stands right before it. By char codes while
 * ASCII; a letter past ASCII through {@link isLetter}, a surrogate pair as one character.
 */
export function letterRunStart(text: string, from: number, end: number): number {
  let start = end;
  while (start > from) {
    const c = text.charCodeAt(start - 1);
    if (c < 128) {
      if (!isAsciiLetter(c)) break;
      start--;
      continue;
    }
    // (A letter outside the BMP is a surrogate pair, both halves inside the range.)
    const pair = c >= 0xdc00 && c <= 0xdfff && start - 2 >= from && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    if (!isLetter(text.slice(start - (pair ? 2 : 1), start))) break;
    start -= pair ? 2 : 1;
  }
  return start;
}

/** Whether a UTF-16 code unit is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A letter of any script. */
const LETTER = /\p{L}/u;

/**
 * Whether one character (a UTF-16 code unit, or the two of a surrogate pair) is a letter of any
 * script ("a", "é"; not "5", " ", "-"): what `\p{L}` matches, by its code while ASCII.
 */
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) : LETTER.test(ch);
}

/** A letter or digit of any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether one character (a UTF-16 code unit, as `text[i]` gives it) is a letter or digit of any
 * script ("a", "é", "5"; not " ", "-", "“"): what `[\p{L}\p{N}]` matches, by its code while ASCII.
 */
export function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) || (c >= 48 && c <= 57) : LETTER_OR_DIGIT.test(ch);
}

/**
 * Whether `text` from `start` to `end` stands as words of its own: no letter or digit right before
 * or after it ("Malaka" in "Tan Malaka", not in "Malakanya").
 */
export function isWordBoundary(text: string, start: number, end: number): boolean {
  return !isLetterOrDigit(text[start - 1] ?? ' ') && !isLetterOrDigit(text[end] ?? ' ');
}

/**
 * An acronym of capitals alone ("KPK", "DKI"; not "P2MI" or "B&B"): what `/^[A-Z]{2,8}$/` matches,
 * read by char codes. Coref's grouping asks it of a short form it would spell out letter by letter.
 */
export function isCapitalsAcronym(word: string): boolean {
  const n = word.length;
  if (n < 2 || n > 8) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * An acronym ("KPK", "DKI", "P2MI", "B&B"): what `/^[A-Z][A-Z0-9&-]{1,7}$/` matches, read by char
 * codes. It is asked of most capitalised words (by the names and coref stages),
 * and most fail at their second letter.
 */
export function isAcronym(word: string): boolean {
  const n = word.length;
  if (n < 2 || n > 8) return false;
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 45)) return false;
  }
  return true;
}
