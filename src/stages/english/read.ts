import type { Nlp } from './compromise.js';
import { englishPieces, MAX_ENGLISH_CHARS, PIECE_CHARS } from './pieces.js';
import { recognizeEnglish, type EnglishCandidate, type EnglishValueProblem } from './recognize.js';

/** A paragraph to read, with its language when known. */
export interface EnglishSpan {
  start: number;
  end: number;
  language?: { code: string } | undefined;
}

/**
 * The candidates compromise finds in the English (or undetermined) paragraphs of `text`, read in
 * pieces of at most `pieceChars` and at most `maxChars` in all: compromise's time grows faster than
 * the length of a piece without sentence ends, so it is never given more (see pieces.ts).
 * `unread` counts the English characters beyond `maxChars`, which were not read.
 */
export function readEnglish(
  nlp: Nlp,
  text: string,
  spans: readonly EnglishSpan[],
  onProblem?: (problem: EnglishValueProblem) => void,
  limits: { pieceChars?: number; maxChars?: number } = {},
): { candidates: EnglishCandidate[]; unread: number } {
  const pieceChars = limits.pieceChars ?? PIECE_CHARS;
  let left = limits.maxChars ?? MAX_ENGLISH_CHARS;
  let unread = 0;
  const candidates: EnglishCandidate[] = [];
  for (const p of spans) {
    // English paragraphs only: a quoted Indonesian paragraph would only give compromise noise.
    if (p.language && p.language.code !== 'en' && p.language.code !== 'und') continue;
    const end = Math.min(p.end, p.start + left);
    unread += p.end - end;
    left -= end - p.start;
    for (const [from, to] of englishPieces(text, p.start, end, pieceChars)) candidates.push(...recognizeEnglish(nlp, text, from, to, onProblem));
  }
  return { candidates, unread };
}
