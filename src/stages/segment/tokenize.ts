import type { Token, TokenKind } from '../../doc/doc.js';
import { isAsciiLetter, isWhitespaceCode } from '../../doc/chars.js';
import { isSpaceCode } from './split-sentences.js';

const TLDS = 'com|co|id|net|org|go|ac|or|sch|web|my|sg|io|tv|info|news|biz|gov|edu|me|app|ai|uk|au|jp|cn|us';

/**
 * The token regex: one regex, tried left to right at each position; the first alternative that
 * matches wins, so the specific shapes come before the plain word. Group numbers are read in
 * {@link kindOf}. It is made on first use: parsing its Unicode classes takes a few milliseconds,
 * which a process whose text the fast paths below cover never pays.
 */
const TOKEN_SOURCE = [
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
].join('|');

const HAS_LETTER = /\p{L}/u;

let tokenAt: RegExp | null = null;

/** The token regex, sticky: tried at one position when the fast paths below do not apply. */
function tokenRegexAt(): RegExp {
  tokenAt ??= new RegExp(TOKEN_SOURCE, 'uy');
  return tokenAt;
}

// , . ; : ! ? ( ) [ ] " ' “ ” ‘ ’ … - – —: always one punct token
function isPlainPunct(c: number): boolean {
  return (
    c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29 ||
    c === 0x5b || c === 0x5d || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 ||
    c === 0x2019 || c === 0x2026 || c === 0x2d || c === 0x2013 || c === 0x2014
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// $ + < = > ^ ` | ~ (the ASCII of \p{S}) and % & @ # *: the token regex's group 8 in ASCII
function isAsciiSymbol(c: number): boolean {
  return (
    c === 0x24 || c === 0x2b || c === 0x3c || c === 0x3d || c === 0x3e || c === 0x5e || c === 0x60 || c === 0x7c ||
    c === 0x7e || c === 0x25 || c === 0x26 || c === 0x40 || c === 0x23 || c === 0x2a
  );
}

// Whitespace (\s) or , ; ! ? ) ] } ” " …: what no group of the token regex continues a word or number with
function isStop(c: number): boolean {
  return (
    isWhitespaceCode(c) || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d ||
    c === 0x7d || c === 0x201d || c === 0x22 || c === 0x2026
  );
}

/** Whether the text ends at `i` (`end`) or has a stop there (see {@link isStop}). */
function stopsAt(s: string, i: number, end: number): boolean {
  return i >= end || isStop(s.charCodeAt(i));
}

// Reads stay inside [0, end): an out-of-bounds charCodeAt would also cost a deoptimisation.
function codeAt(s: string, i: number, end: number): number {
  return i < end ? s.charCodeAt(i) : -1;
}

// Classes of ASCII codes, for the common cases read from one table: a letter, a space (what
// isSpaceCode says), a mark that is always one punct token (what isPlainPunct says), anything else.
const LETTER = 1;
const SPACE = 2;
const PUNCT = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isAsciiLetter(c) ? LETTER : isSpaceCode(c) ? SPACE : isPlainPunct(c) ? PUNCT : 0;

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

/**
 * Fast path for a plain ASCII word ("Durov", "anak-anak", "ke-81") at `i`: its end, or -1 to
 * leave it to the token regex. Letters, then runs of letters and digits joined by `-`, `'` or
 * `’`, followed by a stop or the end, or by one of `. : ' ’ -` before a stop, the end, `'` or `’`.
 * Where that holds, the token regex matches the same word: none of its earlier groups can (no "@",
 * "://", digit, or "." before a letter).
 */
function asciiWordEnd(s: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c >= 128 || ASCII_CLASS[c] !== LETTER) break;
    j++;
  }
  for (let c = codeAt(s, j, end); c === 0x2d || c === 0x27 || c === 0x2019; c = codeAt(s, j, end)) {
    if (!isAsciiAlnum(codeAt(s, j + 1, end))) break;
    j += 2;
    while (isAsciiAlnum(codeAt(s, j, end))) j++;
  }
  if (stopsAt(s, j, end)) return j;
  const c = s.charCodeAt(j);
  if (c === 0x2e || c === 0x3a || c === 0x27 || c === 0x2019 || c === 0x2d) {
    const d = codeAt(s, j + 1, end);
    if (stopsAt(s, j + 1, end) || d === 0x27 || d === 0x2019) return j;
  }
  return -1;
}

/**
 * Fast path for a number ("1.500.000", "14:30", "21/10/2025") at `i`: its end, or -1 to leave it
 * to the token regex. Digits with `.`/`,`/`:` groups, then `/` groups, as the token regex's group 5
 * reads them, followed by a stop or the end, or by `.`, `:` or `%` before a stop or the end. Then
 * no earlier group matches either: no "@" follows for an e-mail, no letter after a "." for a domain.
 */
function numberEnd(s: string, i: number, end: number): number {
  let j = i + 1;
  while (isDigit(codeAt(s, j, end))) j++;
  for (let c = codeAt(s, j, end); (c === 0x2e || c === 0x2c || c === 0x3a) && isDigit(codeAt(s, j + 1, end)); c = codeAt(s, j, end)) {
    j += 2;
    while (isDigit(codeAt(s, j, end))) j++;
  }
  while (codeAt(s, j, end) === 0x2f && isDigit(codeAt(s, j + 1, end))) {
    j += 2;
    while (isDigit(codeAt(s, j, end))) j++;
  }
  if (stopsAt(s, j, end)) return j;
  const c = s.charCodeAt(j);
  if (c === 0x2e || c === 0x3a) return stopsAt(s, j + 1, end) ? j : -1;
  // "50%": an e-mail's name may hold "%" ("50%@x.id"), so what follows it counts too
  if (c === 0x25 && (stopsAt(s, j + 1, end) || (codeAt(s, j + 1, end) === 0x2e && stopsAt(s, j + 2, end)))) return j;
  return -1;
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
  tokenizeInto(text, start, end, sentence, out);
  return out;
}

/** {@link tokenize}, appending to `out`. */
export function tokenizeInto(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  // The regex sees the range alone, as its lookaheads must not read past it; made on first need.
  let slice: string | null = null;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // An ASCII code's class read from one table (the common case), another's from the tests.
    const cls = c < 128 ? ASCII_CLASS[c]! : isSpaceCode(c) ? SPACE : isPlainPunct(c) ? PUNCT : 0;
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === PUNCT) {
      out.push({ start: i, end: i + 1, text: text[i]!, kind: 'punct', sentence, stem: undefined });
      i++;
      continue;
    }
    // ASCII needs no Unicode regex: words and numbers where their fast paths apply, and any other
    // mark is one token (the token regex's groups 8 and 9)
    let j = -1;
    let kind: TokenKind = 'word';
    if (cls === LETTER) {
      j = asciiWordEnd(text, i, end);
    } else if (isDigit(c)) {
      j = numberEnd(text, i, end);
      kind = 'number';
    } else if (c < 128) {
      j = i + 1;
      kind = isAsciiSymbol(c) ? 'symbol' : 'punct';
    }
    if (j > i) {
      out.push({ start: i, end: j, text: text.slice(i, j), kind, sentence, stem: undefined });
      i = j;
      continue;
    }
    slice ??= text.slice(start, end);
    const re = tokenRegexAt();
    re.lastIndex = i - start;
    const m = re.exec(slice);
    if (m === null) {
      // Only characters the last alternative skips (spaces) fail to match; step over one.
      i++;
      continue;
    }
    out.push({ start: i, end: i + m[0].length, text: m[0], kind: kindOf(m), sentence, stem: undefined });
    i += m[0].length;
  }
}

/**
 * The same tokenisation with the one regex and no fast paths: the reference {@link tokenize} is
 * tested against.
 * @internal
 */
export function tokenizeReference(text: string, start = 0, end = text.length, sentence = 0): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  const re = new RegExp(TOKEN_SOURCE, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = m.index + start;
    out.push({ start: s, end: s + m[0].length, text: m[0], kind: kindOf(m), sentence, stem: undefined });
  }
  return out;
}
