import { isLetterOrDigit, isWhitespaceCode } from '../../doc/chars.js';

/** A quotation found in a paragraph: the inner span (marks excluded) and the marks' span. */
export interface Quotation {
  /** Inner text span (trimmed, trailing comma dropped). */
  start: number;
  end: number;
  /** Span including the quotation marks. */
  outerStart: number;
  outerEnd: number;
}

const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»' };
/** An opening mark of {@link CLOSERS}. */
const OPENER = /["“„«]/g;
const SPACE = /\s/;
const SPACE_OR_COMMA = /[\s,]/;
const SENTENCE_END = /[.!?]$/;
const MIN_WORDS = 4;
/** The punctuation that ends a quotation before its closing mark ("…," kata, "…." Ia). */
const CLOSING_PUNCTUATION = /[,.!?]/;
/** A space, then a lowercase letter: the words after a closing mark ("\" kata Smith"). */
const LOWERCASE_AFTER = /^\s\p{Ll}/u;

/** The words (runs of non-space characters) of text[start, end), counted up to `most`. */
export function wordsUpTo(text: string, start: number, end: number, most: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < most; i++) {
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Direct quotations in `text[from, to)`: “…” and "…" pairs, and an opening mark with no closing one
 * in the paragraph (news style for a quotation that goes on). Short "scare quotes" (fewer than
 * `minWords` words, four by default, and no sentence punctuation) are not quotations.
 */
export function findQuotations(text: string, from: number, to: number, minWords = MIN_WORDS): Quotation[] {
  const out: Quotation[] = [];
  // (The marks are looked for in the span alone: not past its end.)
  const span = text.slice(from, to);
  let i = from;
  while (i < to) {
    OPENER.lastIndex = i - from;
    const mark = OPENER.exec(span);
    if (!mark) break;
    i = from + mark.index;
    const ch = mark[0];
    const closer = CLOSERS[ch]!;
    // A straight quote right after a letter is an apostrophe-like use, not an opening mark.
    if (ch === '"' && i > from && isLetterOrDigit(text[i - 1]!)) {
      i++;
      continue;
    }
    // "Penting untuk membedakan keduanya," kata Smith.: a straight quote right after the comma or
    // full stop that ends a quotation, then a lowercase word, closes a quotation whose opening mark
    // the paragraph lacks; it opened where the paragraph does, when no quotation came before.
    if (ch === '"' && i > from && CLOSING_PUNCTUATION.test(text[i - 1]!) && LOWERCASE_AFTER.test(text.slice(i + 1, i + 4))) {
      if (out.length === 0 && !text.slice(from, i).includes('"')) {
        let s = from;
        let e = i;
        while (s < e && SPACE.test(text[s]!)) s++;
        while (e > s && SPACE_OR_COMMA.test(text[e - 1]!)) e--;
        if (wordsUpTo(text, s, e, minWords) >= minWords) out.push({ start: s, end: e, outerStart: s, outerEnd: i + 1 });
      }
      i++;
      continue;
    }
    let close = text.indexOf(closer, i + 1);
    if (close < 0 || close >= to) close = -1;
    const innerEndRaw = close < 0 ? to : close;
    let s = i + 1;
    let e = innerEndRaw;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE_OR_COMMA.test(text[e - 1]!)) e--;
    // (Counted up to what the test needs: a long quotation is not split into all its words.)
    const words = wordsUpTo(text, s, e, Math.max(minWords, 2));
    if (words >= minWords || (words >= 2 && SENTENCE_END.test(text.slice(s, e)))) {
      out.push({ start: s, end: e, outerStart: i, outerEnd: close < 0 ? to : close + 1 });
    }
    i = close < 0 ? to : close + 1;
  }
  return out;
}
