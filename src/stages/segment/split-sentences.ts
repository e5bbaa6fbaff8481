import type { Sentence } from '../../doc/doc.js';
import { isWhitespaceCode } from '../../doc/chars.js';
import { PREFIX_ABBREVIATIONS, SUFFIX_ABBREVIATIONS } from './abbreviations.js';
import { SENTENCE_STARTERS } from './sentence-starters.js';

const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
// "S.H", "M.Si", "a.n", "Ph.D" but not "kompas.com"
const DOTTED_ABBREVIATION = /^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u;

/** Whitespace as JS `\s` sees it, plus the zero-width space scraped pages are full of. */
export function isSpaceCode(c: number): boolean {
  return isWhitespaceCode(c) || c === 0x200b;
}

// What splitGroup acts on: . ! ? … and the quotation marks " “ ”
const SPECIAL = /[.!?\u2026"\u201c\u201d]/g;

// . ! ? …
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

// ” " ’ ' » ) ]
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0xbb || c === 0x29 || c === 0x5d;
}

function charAt(text: string, i: number): string {
  // Surrogate pairs only matter for letters outside the BMP, which never decide a boundary here.
  return text[i] ?? '';
}

// The letter tests below answer ASCII from the char code; the Unicode regexes only see other
// characters (and are compiled only when one shows up).

function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(charAt(text, i));
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(charAt(text, i));
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(charAt(text, i));
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(charAt(text, i));
}

function nextNonSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether a quotation mark at `i` opens a quotation: “ always does; a straight " or a ” does when
 * it follows a space (or the start) and precedes a non-space (`kata "Kami` but not `kuat" ujar`).
 */
function opensQuote(text: string, i: number, start: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x201c) return true;
  if (c !== 0x22 && c !== 0x201d) return false;
  const before = i > start ? text.charCodeAt(i - 1) : 32;
  const openerContext = isSpaceCode(before) || before === 0x28 || before === 0x5b || before === 0x3a || before === 0x2014 || before === 0x2013;
  // `Pretty ".` is a misplaced closer, not an opener: an opening mark is followed by a word
  return openerContext && i + 1 < end && isLetterOrDigitAt(text, i + 1);
}

/**
 * The closing mark of the quotation opened at `open`, or -1 when it is not closed inside the
 * group (a quotation that runs into the next paragraph then does not swallow its sentences).
 */
function findQuoteClose(text: string, open: number, end: number): number {
  for (let p = open + 1; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x201c) return -1;
    if (c !== 0x201d && c !== 0x22) continue;
    if (!isSpaceCode(text.charCodeAt(p - 1))) {
      if (p + 1 >= text.length || !isLetterOrDigitAt(text, p + 1)) return p;
    } else if (opensQuote(text, p, open, end)) {
      // Another quotation opens first (`"Labuan ... kompilasi, "Zard`): the first one is never
      // closed, and pairing it with a later closing mark would swallow the sentences between.
      return -1;
    }
  }
  return -1;
}

/** The word the next sentence would start with, lowercased ("" when it is not a word). */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && isLetterAt(text, j)) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * Decides whether a single period at `dot`, followed by whitespace and a non-lowercase character at
 * `next`, ends a sentence, looking at the word before it.
 */
function periodEndsSentence(text: string, sentenceStart: number, dot: number, next: number, end: number): boolean {
  let ws = dot;
  while (ws > sentenceStart && (text.charCodeAt(ws - 1) === 0x2e || isLetterAt(text, ws - 1))) ws--;
  const word = text.slice(ws, dot);
  if (word === '') {
    // "1. Harga naik": a list number alone is not a sentence
    return !/^\s*\d{1,2}$/.test(text.slice(sentenceStart, dot));
  }
  const lower = word.toLowerCase();
  // "Prof. Budi", "Jl. Sudirman", "No. 5", "Rp. 5.000"
  if (PREFIX_ABBREVIATIONS.has(lower)) return false;
  const initial = word.length === 1 && isUpperAt(word, 0);
  // "Susilo B. Yudhoyono", "Facebook Inc. Mark", "S.H. Kemudian", "Tbk. Namun"
  if (initial || SUFFIX_ABBREVIATIONS.has(lower) || (word.includes('.') && DOTTED_ABBREVIATION.test(word))) {
    const c = text.charCodeAt(next);
    if (c === 0x201c || c === 0x22) return true;
    return SENTENCE_STARTERS.has(wordAt(text, next, end));
  }
  return true;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (start < end) out.push({ start, end, paragraph });
}

/**
 * Splits one line group (no hard line break inside) into sentences.
 */
function splitGroup(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let sentenceStart = start;
  let quoteClose = -1;
  for (let i = start; i < end; i++) {
    // Only terminators and quotation marks matter: one regex search skips the rest.
    SPECIAL.lastIndex = i;
    if (!SPECIAL.test(text) || SPECIAL.lastIndex > end) break;
    i = SPECIAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (quoteClose >= 0 && i > quoteClose) quoteClose = -1;
    if (quoteClose < 0 && (c === 0x201c || c === 0x22 || c === 0x201d) && opensQuote(text, i, start, end)) {
      quoteClose = findQuoteClose(text, i, end);
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    let k = j;
    while (k < end && isCloser(text.charCodeAt(k))) k++;
    // Inside a quotation only the punctuation right before its closing mark can end the sentence:
    // “Kami bangga. Kami kuat,” ujar Durov. is one sentence.
    if (quoteClose >= 0 && i < quoteClose && !(j <= quoteClose && quoteClose < k)) {
      i = j - 1;
      continue;
    }
    if (boundaryAfter(text, sentenceStart, i, j, k, end)) {
      pushTrimmed(out, text, sentenceStart, k, paragraph);
      sentenceStart = k;
    }
    i = k - 1;
  }
  pushTrimmed(out, text, sentenceStart, end, paragraph);
}

/**
 * Whether the terminator run [i, j) plus closers [j, k) ends a sentence.
 */
function boundaryAfter(text: string, sentenceStart: number, i: number, j: number, k: number, end: number): boolean {
  if (k >= end) return false;
  if (!isSpaceCode(text.charCodeAt(k))) {
    // "kata dia.Menurut dia": a missing space after a lowercase word before a capitalised word
    return (
      j - i === 1 &&
      k === j &&
      text.charCodeAt(i) === 0x2e &&
      i - sentenceStart >= 2 &&
      isLowerAt(text, i - 1) &&
      isLowerAt(text, i - 2) &&
      isUpperAt(text, k) &&
      isLowerAt(text, k + 1)
    );
  }
  const next = nextNonSpace(text, k, end);
  if (next >= end) return false;
  const c = text.charCodeAt(next);
  // "hari.” ujar Durov", "Lalu... dia pergi", "Apa?” tanya dia": a lowercase word continues
  if (isLowerAt(text, next) || c === 0x2c || c === 0x3b || c === 0x3a) return false;
  if (j - i === 1 && k === j && text.charCodeAt(i) === 0x2e) return periodEndsSentence(text, sentenceStart, i, next, end);
  return true;
}

/**
 * Splits `text[start, end)` into sentences, with offsets into the whole `text`. Sentences never
 * cross a blank line; a single line break ends a sentence unless the next line starts lowercase (a
 * wrapped line). Abbreviations, initials, numbers ("1.500.000", "14.00"), domains ("detik.com") and
 * a quotation with its cue (`“Kami bangga. Kami kuat,” ujar Durov.`) stay inside one sentence.
 * Each sentence is trimmed of surrounding whitespace and carries `paragraph`.
 */
export function splitSentences(text: string, start = 0, end = text.length, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let groupStart = start;
  let nl = text.indexOf('\n', start);
  while (nl >= 0 && nl < end) {
    const next = nextNonSpace(text, nl + 1, end);
    let newlines = 0;
    for (let p = nl; p < next; p++) if (text.charCodeAt(p) === 10) newlines++;
    // A single newline before a lowercase word is a wrapped line, not a break.
    const wrapped = newlines === 1 && next < end && isLowerAt(text, next);
    if (!wrapped) {
      splitGroup(text, groupStart, nl, paragraph, out);
      groupStart = next;
    }
    nl = text.indexOf('\n', next > nl ? next : nl + 1);
  }
  if (groupStart < end) splitGroup(text, groupStart, end, paragraph, out);
  return out;
}
