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
  while (run > from && WORD_CHAR.test(text[run - 1]!)) run--;
  for (let s = run; s < end; s++) if (WORD_START.test(text[s]!)) return { start: s, end, kind: 'word' };
  // Lowercase letters to the end, or "&" alone.
  if (last === '&') return { start: end - 1, end, kind: 'lower' };
  if (LOWER.test(last)) {
    let s = end - 1;
    while (s > from && LOWER.test(text[s - 1]!)) s--;
    return { start: s, end, kind: 'lower' };
  }
  // One to three lowercase letters and a full stop.
  if (last === '.') {
    let s = end - 1;
    while (s > from && end - 1 - s < 3 && LOWER.test(text[s - 1]!)) s--;
    if (s < end - 1) return { start: s, end, kind: 'abbreviation' };
  }
  return null;
}
