import { isWhitespaceCode } from '../../doc/chars.js';

/** Which kind of token {@link lastToken} read. */
export type TokenKind = 'bracket' | 'comma' | 'word' | 'lower' | 'abbreviation';

/** A token read back from a position: where it is in the text (trailing spaces not included), and its kind. */
export interface LastToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** What a word may hold after its first letter: letters, digits, apostrophes, "&", "/", ".", "-". */
const WORD_CHAR = /[\p{L}\d'’&/.-]/u;
const WORD_START = /[\p{Lu}\d]/u;
const LOWER = /\p{Ll}/u;

/** Whether the character at `i` may go on a word ({@link WORD_CHAR}), by its code while ASCII. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return WORD_CHAR.test(text[i]!);
  // letters, digits, ' & / . -
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 57) || c === 39 || c === 38;
}

/** Whether the character at `i` may open a word ({@link WORD_START}): a capital or a digit. */
function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return WORD_START.test(text[i]!);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Whether the character at `i` is a lowercase letter ({@link LOWER}). */
function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return LOWER.test(text[i]!);
  return c >= 97 && c <= 122;
}

/**
 * The token that ends at `at` (spaces before `at` passed over), read back no further than `from`:
 * a bracketed text of 1–60 characters without brackets or line breaks ("(BPBD)"); a comma; a word
 * that starts with a capital or a digit and goes on in letters, digits, ' ’ & / . - ("Kab.",
 * "0313/Kampar"); a run of lowercase letters or "&"; one to three lowercase letters and a full stop
 * ("dr."). Where several could end there, the one that starts furthest back. This is the match of
 * `(?:\(([^()\n]{1,60})\)|(,)|([\p{Lu}\d][\p{L}\d'’&/.-]*)|(\p{Ll}+|&)|(\p{Ll}{1,3}\.))\s*$` on
 * `text.slice(from, at)`, read from the end in time linear in the token's length, where the
 * expression tries every start from `from` (test/stages/roles/last-token.test.ts checks the two agree).
 */
export function lastToken(text: string, from: number, at: number): LastToken | null {
  let end = at;
  while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= from) return null;
  const last = text[end - 1]!;
  if (last === ')') {
    const open = text.lastIndexOf('(', end - 2);
    if (open < from || end - open - 2 < 1 || end - open - 2 > 60) return null;
    for (let i = open + 1; i < end - 1; i++) if (text[i] === ')' || text[i] === '\n') return null;
    return { start: open, end, kind: 'bracket' };
  }
  if (last === ',') return { start: end - 1, end, kind: 'comma' };
  // A word: the furthest start back, within the run of word characters, that is a capital or a digit.
  let run = end;
  while (run > from && isWordChar(text, run - 1)) run--;
  for (let s = run; s < end; s++) if (isWordStart(text, s)) return { start: s, end, kind: 'word' };
  // Lowercase letters to the end, or "&" alone.
  if (last === '&') return { start: end - 1, end, kind: 'lower' };
  if (isLower(text, end - 1)) {
    let s = end - 1;
    while (s > from && isLower(text, s - 1)) s--;
    return { start: s, end, kind: 'lower' };
  }
  // One to three lowercase letters and a full stop.
  if (last === '.') {
    let s = end - 1;
    while (s > from && end - 1 - s < 3 && isLower(text, s - 1)) s--;
    if (s < end - 1) return { start: s, end, kind: 'abbreviation' };
  }
  return null;
}
