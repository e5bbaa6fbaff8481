import { isWhitespaceCode } from '../../doc/chars.js';
import { asciiLower } from '../../lexicon/ascii.js';

/** The kind of a scanner token: a digit run (with inner separators), a word, or one other symbol. */
export type ScanTokenKind = 'num' | 'word' | 'sym';

/** A token of the numbers scanner, with UTF-16 offsets into the text. */
export interface ScanToken {
  readonly kind: ScanTokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Characters between the previous token's end and this token's start (0 = attached). */
  readonly gap: number;
  /** The {@link wordPrint} of `lower` (words; other tokens need none and may hold any number). */
  readonly print: number;
}

/**
 * A cheap fingerprint of a lowercase word (its first three and its last code units and its
 * length), with which the scanner passes most words by without a Map lookup (recognizer.ts):
 * hashing each word for its table was the scanner's largest cost. (With the first two letters
 * only, about 40 words of an article, "akan", "oleh", "secara", shared a starter's print.)
 */
export function wordPrint(w: string): number {
  const n = w.length;
  return printOf(w.charCodeAt(0), w.charCodeAt(n > 1 ? 1 : 0), w.charCodeAt(n > 2 ? 2 : 0), w.charCodeAt(n - 1), n);
}

/** {@link wordPrint} from the code units it reads, mixed by multiplications (odd constants). */
function printOf(first: number, second: number, third: number, last: number, length: number): number {
  let h = Math.imul(first ^ (length << 8), 0x9e3779b1);
  h = Math.imul(h ^ second, 0x85ebca6b);
  h = Math.imul(h ^ third, 0x27d4eb2f);
  h = Math.imul(h ^ last, 0xc2b2ae35);
  return (h >>> 18) & 0x3fff;
}

/**
 * A scanner token whose strings are made when first read. Why: the rules read the tokens at and
 * after the few words where a number may start (about one in ten), so slicing and lowercasing
 * every word was mostly for nothing; a word of ASCII letters gets its {@link wordPrint} from the
 * text's code units instead.
 */
class Token implements ScanToken {
  readonly kind: ScanTokenKind;
  readonly start: number;
  readonly end: number;
  readonly gap: number;
  readonly print: number;
  /** The text the offsets are in. */
  private readonly source: string;
  /** Whether `lower` may differ from `text` (a letter outside a-z). */
  private readonly cased: boolean;
  private textOf: string | undefined;
  private lowerOf: string | undefined;

  constructor(kind: ScanTokenKind, source: string, start: number, end: number, gap: number, cased: boolean, print: number, text?: string, lower?: string) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.gap = gap;
    this.print = print;
    this.source = source;
    this.cased = cased;
    this.textOf = text;
    this.lowerOf = lower;
  }

  get text(): string {
    return (this.textOf ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.lowerOf ??= this.cased ? this.text.toLowerCase() : this.text);
  }
}

/**
 * Tokens are digit runs with inner `.`/`,` ("1.500.000,00", "14.00", "2.5"), words of letters with
 * inner apostrophes or hyphens ("kira-kira", "Jum'at"), or any other single non-space character.
 * The same as the regex `(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)`,
 * written as a hand-made scanner because tokenizing is the hot path; it is linear by construction.
 */
const LETTER = /^[\p{L}\p{M}]$/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letter or combining mark at `i` (one UTF-16 unit, or a surrogate pair); returns its length or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text.charAt(i)) ? 1 : 0;
}

/**
 * Words that end an amount, so a hyphen after them joins two amounts ("Rp 1 juta-Rp 2 juta",
 * "5 persen-7 persen") rather than making a compound word like "TNI-Polri" or "kira-kira".
 */
const AMOUNT_ENDS = new Set([
  'ribu', 'rb', 'juta', 'jt', 'miliar', 'milyar', 'triliun', 'bilion', 'trilion', 'persen', 'rupiah', 'dolar',
  'euro', 'yen', 'yuan', 'ringgit', 'ton', 'km', 'kg', 'meter', 'kilometer', 'hektare',
]);

/** Splits a text into scanner tokens. */
export function tokenize(text: string): ScanToken[] {
  return tokenizeLines(text).flat();
}

/**
 * Splits a text into scanner tokens, an array per line with tokens (one empty array for a text with
 * none). Why an array per line rather than one array and the indices where lines break: the scanner
 * reads each line alone, and slicing the one array into lines copied every token once more.
 */
export function tokenizeLines(text: string): ScanToken[][] {
  let out: ScanToken[] = [];
  const lines = [out];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  let lineBreak = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) lineBreak = true;
      i += 1;
      continue;
    }
    if (lineBreak && out.length > 0) lines.push((out = []));
    lineBreak = false;
    const start = i;
    if (isDigit(c)) {
      // "1.500.000,00": a separator belongs to the run only with a digit after it.
      i += 1;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i += 1;
        const s = text.charCodeAt(i);
        if ((s === 46 || s === 44) && isDigit(text.charCodeAt(i + 1))) i += 1;
        else break;
      }
      const tok = text.slice(start, i);
      out.push(new Token('num', text, start, i, start - prevEnd, false, 0, tok, tok));
      prevEnd = i;
      continue;
    }
    let len = letterAt(text, i);
    if (len > 0) {
      // "kira-kira", "Jum'at": an apostrophe or hyphen joins letters on both sides.
      i += len;
      let hyphen = false;
      // Whether a letter other than a-z may make the lowercase form another string, and whether
      // one past ASCII may (its lowercase may differ in length).
      let cased = c < 97 || c > 122;
      let wide = c >= 128;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d >= 97 && d <= 122) i += 1;
          else if ((len = letterAt(text, i)) > 0) {
            cased = true;
            if (d >= 128) wide = true;
            i += len;
          } else break;
        }
        const j = text.charCodeAt(i);
        if ((j === 39 || j === 0x2019 || j === 45) && i + 1 < n && letterAt(text, i + 1) > 0) {
          if (j === 45) hyphen = true;
          if (j === 0x2019) wide = true;
          i += 1;
        } else break;
      }
      if (hyphen) prevEnd = pushHyphenated(out, text, text.slice(start, i), start, prevEnd);
      else if (wide) {
        const tok = text.slice(start, i);
        const lower = tok.toLowerCase();
        out.push(new Token('word', text, start, i, start - prevEnd, true, wordPrint(lower), tok, lower));
        prevEnd = i;
      } else {
        const length = i - start;
        const second = asciiLower(text.charCodeAt(length > 1 ? start + 1 : start));
        const third = asciiLower(text.charCodeAt(length > 2 ? start + 2 : start));
        const print = printOf(asciiLower(c), second, third, asciiLower(text.charCodeAt(i - 1)), length);
        out.push(new Token('word', text, start, i, start - prevEnd, cased, print));
        prevEnd = i;
      }
      continue;
    }
    // Any other character, a surrogate pair kept whole.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const tok = text.slice(start, i);
    out.push(new Token('sym', text, start, i, start - prevEnd, false, 0, tok, tok));
    prevEnd = i;
  }
  return lines;
}

/** Pushes a hyphenated word, split at hyphens that follow an amount word; returns its end. */
function pushHyphenated(out: ScanToken[], source: string, tok: string, start: number, prevEnd: number): number {
  const parts = tok.split('-');
  let segStart = 0;
  let partStart = 0;
  let last = prevEnd;
  const push = (from: number, to: number): void => {
    const text = tok.slice(from, to);
    const lower = text.toLowerCase();
    out.push(new Token('word', source, start + from, start + to, start + from - last, true, wordPrint(lower), text, lower));
    last = start + to;
  };
  for (let k = 0; k < parts.length - 1; k += 1) {
    const part = parts[k] ?? '';
    const lower = part.toLowerCase();
    const partEnd = partStart + part.length;
    if (AMOUNT_ENDS.has(lower) && (parts[k + 1] ?? '').toLowerCase() !== lower) {
      push(segStart, partEnd);
      out.push(new Token('sym', source, start + partEnd, start + partEnd + 1, 0, false, 0, '-', '-'));
      last = start + partEnd + 1;
      segStart = partEnd + 1;
    }
    partStart = partEnd + 1;
  }
  push(segStart, tok.length);
  return last;
}
