import type { Doc } from '../../doc/doc.js';
import type { Keyword } from '../../schema/summary.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { mapPacked } from '../../doc/arrays.js';

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
  const scores = doc.sentences.map(() => 0);
  const lengths = doc.sentences.map(() => 0);
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    lengths[t.sentence] = (lengths[t.sentence] ?? 0) + 1;
    scores[t.sentence] = (scores[t.sentence] ?? 0) + (weight.get(t.stem ?? t.text.toLowerCase()) ?? 0);
  }
  const body = doc.sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => s.start >= titleEnd && s.start < relatedStart && (lengths[i] ?? 0) >= 5);
  const ranked = body
    .map(({ s, i }, rank) => ({ s, score: (scores[i] ?? 0) / Math.sqrt(lengths[i] ?? 1) + (rank === 0 ? 2 : rank < 3 ? 0.5 : 0) }))
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start)
    .slice(0, count)
    .sort((a, b) => a.s.start - b.s.start);
  return mapPacked(ranked, ({ s }) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
}
