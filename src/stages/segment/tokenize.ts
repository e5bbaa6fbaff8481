import type { Token, TokenKind } from '../../doc/doc.js';
import { isSpaceCode } from './split-sentences.js';

const TLDS = 'com|co|id|net|org|go|ac|or|sch|web|my|sg|io|tv|info|news|biz|gov|edu|me|app|ai|uk|au|jp|cn|us';

/**
 * One regex, tried left to right at each position; the first alternative that matches wins, so
 * the specific shapes come before the plain word. Group numbers are read in {@link tokenize}.
 */
const TOKEN_RE = new RegExp(
  [
    // 1 URL: "https://www.detik.com/berita/1?id=2", "www.kompas.com/read" (trailing punctuation left out)
    String.raw`((?:https?:\/\/|www\.(?=[\p{L}\p{N}]))[^\s<>"“”‘’()\[\]{}]*[^\s<>"“”‘’()\[\]{}.,;:!?'])`,
    // 2 e-mail: "redaksi@tempo.co.id"
    String.raw`([\p{L}\p{N}][\p{L}\p{N}._%+\-]*@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)`,
    // 3 domain: "detik.com", "Kompas.com", "kemenkeu.go.id"
    String.raw`([\p{L}\p{N}][\p{L}\p{N}\-]*(?:\.[\p{L}\p{N}\-]+)*\.(?:${TLDS})(?![\p{L}\p{N}]))`,
    // 4 currency code glued to a number is its own word: "Rp99" → "Rp" + "99", "US" in "US$5" falls to 7
    String.raw`((?:Rp|RP|rp|IDR|USD|RM|SGD|EUR|JPY|CNY)(?=[0-9]))`,
    // 5 number with Indonesian separators: "1.500.000", "1,5", "14.00", "14:30", "21/10/2025";
    //   not when a letter follows ("5G", "1870-an" are words); "14.00-15.00" is number, "-", number
    String.raw`([0-9]+(?:[.,:][0-9]+)*(?:\/[0-9]+)*(?![\p{L}\p{M}\p{N}]|[\-‑'’]\p{L}))`,
    // 6 dotted abbreviation: "S.H", "M.Si", "a.n", "Ph.D" (the final period is a separate token)
    String.raw`(\p{L}{1,3}(?:\.\p{L}{1,3})+(?![\p{L}\p{M}\p{N}]))`,
    // 7 word with internal hyphens and apostrophes: "anak-anak", "ke-81", "Jum'at", "COVID-19"
    String.raw`([\p{L}\p{M}\p{N}]+(?:[\-‑'’][\p{L}\p{M}\p{N}]+)*)`,
    // 8 symbol: "%", "$", "&", "@", "#", "+", "=", "°", "©", emoji
    String.raw`([\p{S}%&@#*§])`,
    // 9 any other mark is punctuation, one token per mark: ". , “ ” ( ) - …"
    String.raw`([^\s\u200b])`,
  ].join('|'),
  'gu',
);

const HAS_LETTER = /\p{L}/u;

// The same alternatives, sticky: tried at one position when the fast paths below do not apply.
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

/**
 * Fast path for the common case, a plain ASCII word ("Durov", "anak-anak", "ke-81") followed by a
 * space, the end, or punctuation that cannot extend it. Where this matches, {@link TOKEN_RE} would
 * match the same word (none of its earlier alternatives can: no "@", "://", digit start, or "."
 * before a letter), so the result is the same, at several times the speed of the Unicode classes.
 */
const ASCII_WORD_AT = /[A-Za-z]+(?:[-'’][A-Za-z0-9]+)*(?=[\s,;!?)\]}”"…]|[.:'’\-](?:[\s,;!?)\]}”"'’…]|$)|$)/y;

// , . ; : ! ? ( ) [ ] " ' “ ” ‘ ’ … - – —: always one punct token
function isPlainPunct(c: number): boolean {
  return (
    c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29 ||
    c === 0x5b || c === 0x5d || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 ||
    c === 0x2019 || c === 0x2026 || c === 0x2d || c === 0x2013 || c === 0x2014
  );
}

function kindOf(m: RegExpExecArray): TokenKind {
  if (m[7] !== undefined) {
    const c = m[0].charCodeAt(0);
    // "0812-3456" matched as a word has no letter: it is a number
    return c >= 48 && c <= 57 && !HAS_LETTER.test(m[0]) ? 'number' : 'word';
  }
  if (m[9] !== undefined) return 'punct';
  if (m[5] !== undefined) return 'number';
  if (m[8] !== undefined) return 'symbol';
  return 'word';
}

/**
 * Splits `text[start, end)` into tokens with offsets into the whole `text`. Kinds:
 * - `word`: letters (and digits) with internal hyphens and apostrophes ("anak-anak", "ke-81",
 *   "Jum'at"), dotted abbreviations without their final period ("S.H", "a.n"), domains, e-mails
 *   and URLs ("detik.com"). A currency code glued to a number is split off: "Rp99" → "Rp", "99".
 * - `number`: digits with Indonesian separators as one token: "1.500.000", "1,5", "14.00",
 *   "14:30", and dates with slashes "21/10/2025". A range "2020-2021" is number, punct, number; a
 *   number glued to letters is a word ("5G", "1870-an").
 * - `punct`: one token per mark, quotes included (“ ” " ' are punct; "..." is three tokens).
 * - `symbol`: "%", "$", "&", "@", "#", math and currency signs, emoji.
 */
export function tokenize(text: string, start = 0, end = text.length, sentence = 0): Token[] {
  const out: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isPlainPunct(c)) {
      out.push({ start: start + i, end: start + i + 1, text: slice[i]!, kind: 'punct', sentence });
      i++;
      continue;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      ASCII_WORD_AT.lastIndex = i;
      if (ASCII_WORD_AT.test(slice)) {
        const j = ASCII_WORD_AT.lastIndex;
        out.push({ start: start + i, end: start + j, text: slice.slice(i, j), kind: 'word', sentence });
        i = j;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(slice);
    if (m === null) {
      // Only characters the last alternative skips (spaces) fail to match; step over one.
      i++;
      continue;
    }
    out.push({ start: start + i, end: start + i + m[0].length, text: m[0], kind: kindOf(m), sentence });
    i += m[0].length;
  }
  return out;
}

/**
 * The same tokenisation with the one regex and no fast paths: the reference {@link tokenize} is
 * tested against.
 * @internal
 */
export function tokenizeReference(text: string, start = 0, end = text.length, sentence = 0): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const s = m.index + start;
    out.push({ start: s, end: s + m[0].length, text: m[0], kind: kindOf(m), sentence });
  }
  return out;
}
