/**
 * compromise is given at most this many characters at a time. Its cost grows faster than the length
 * of what it is given when that has no sentence end ("Prof. Dr. H. " × 30,000 took minutes and
 * gigabytes; "a\n" × 30,000 took 15 s), and stays at ~5–50 µs a character on pieces this size.
 * News paragraphs are shorter, so they are read whole, as before.
 */
export const PIECE_CHARS = 2000;

/**
 * compromise reads at most this many characters of one article (~1.5 s at its usual ~15 µs a
 * character); the rest gets no English entities, and the stage says so.
 */
export const MAX_ENGLISH_CHARS = 100_000;

const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’', "'", ')']);
// "Mr. Smith", "Dr. Jones", "U.S. officials": a full stop after these does not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|Inc|Corp|Co|Ltd|No|vs|etc|[A-Z])\.$/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
}

/** Where to cut the text in (lo, hi]: after the last sentence end, else at the last space; -1: neither. */
function cutPoint(text: string, lo: number, hi: number): number {
  let space = -1;
  for (let i = hi; i > lo; i--) {
    if (!isSpace(text[i])) continue;
    if (space < 0) space = i;
    const before = text[i - 1];
    if (before !== undefined && SENTENCE_END.has(before) && !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i))) return i;
  }
  return space;
}

/**
 * Cuts `text.slice(from, to)` into pieces of at most `max` characters, in order: whole when it fits;
 * else each piece ends after its last sentence end ("… paid. The"), else at its last space, else
 * (one word longer than `max`) at `max`, never inside a surrogate pair. Offsets are into `text`; the
 * spaces at a cut belong to no piece. Linear: each character is looked at a bounded number of times.
 */
export function englishPieces(text: string, from: number, to: number, max = PIECE_CHARS): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = from;
  while (start < to) {
    if (to - start <= max) {
      pieces.push([start, to]);
      break;
    }
    let end = cutPoint(text, start + (max >> 1), start + max);
    if (end <= start) {
      end = start + max;
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    }
    pieces.push([start, end]);
    start = end;
    while (start < to && isSpace(text[start])) start++;
  }
  return pieces;
}
