import type { Doc } from '../../doc/doc.js';
import type { Keyword } from '../../schema/summary.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { mapPacked } from '../../doc/arrays.js';

/**
 * Per first code unit (its low 7 bits) and length (up to 63): 1 when a keyword's stem has them.
 * Almost every word of an article is no keyword, and this answers most of them from one byte,
 * where the weight map would hash the word and probe. Cleared after each article.
 */
const shapes = new Uint8Array(128 * 64);

function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 127) << 6) | (word.length < 63 ? word.length : 63);
}

function markShape(word: string): void {
  shapes[shapeOf(word)] = 1;
}

/**
 * An extractive summary: the body sentences that carry the most keyword weight (normalised by
 * length, with a bonus for the lead), returned in document order.
 */
export function extractSentences(
  doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'sections'>,
  keywords: readonly Keyword[],
  count: number,
): { start: number; end: number; text: string }[] {
  const titleEnd = titleEndOf(doc);
  const relatedStart = relatedStartOf(doc);
  const weight = new Map(keywords.map((k) => [k.stem, k.score]));
  for (const k of keywords) markShape(k.stem);
  // Typed arrays, and the body sentences ranked in one pass: no array of zeros, no { s, i } object
  // per sentence and no filtered copy of them, built for every article only to be read once.
  const sentences = doc.sentences;
  const scores = new Float64Array(sentences.length);
  const lengths = new Int32Array(sentences.length);
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    const i = t.sentence;
    lengths[i] = lengths[i]! + 1;
    const stem = t.stem;
    // Adding nothing leaves a score as it was, so a stem of no keyword's shape is not looked up.
    if (stem === undefined) scores[i] = scores[i]! + (weight.get(t.text.toLowerCase()) ?? 0);
    else if (shapes[shapeOf(stem)] === 1) scores[i] = scores[i]! + (weight.get(stem) ?? 0);
  }
  for (const k of keywords) shapes[shapeOf(k.stem)] = 0;
  const body: { s: (typeof sentences)[number]; score: number }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start < titleEnd || s.start >= relatedStart || lengths[i]! < 5) continue;
    // The lead (the first body sentence) gets a bonus of 2, the two after it 0.5.
    const rank = body.length;
    body.push({ s, score: scores[i]! / Math.sqrt(lengths[i]!) + (rank === 0 ? 2 : rank < 3 ? 0.5 : 0) });
  }
  const ranked = body
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start)
    .slice(0, count)
    .sort((a, b) => a.s.start - b.s.start);
  return mapPacked(ranked, ({ s }) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
}
