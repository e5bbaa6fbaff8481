import type { Section } from '../schema/summary.js';
import type { Doc } from './doc.js';

/** Whether `[aStart, aEnd)` and `[bStart, bEnd)` overlap. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** Where the title section ends in `doc.text` (0 when the article has no title). */
export function titleEndOf(doc: Pick<Doc, 'sections'>): number {
  return doc.sections.find((s) => s.name === 'title')?.end ?? 0;
}

/**
 * Where the related section starts: the titles of the outlet's other stories that the clean stage
 * moved to the end of the text ("Tonton juga video "…""). Infinity when there is none.
 */
export function relatedStartOf(doc: Pick<Doc, 'sections'>): number {
  return doc.sections.find((s) => s.name === 'related')?.start ?? Infinity;
}

/** The section ("title", "body" or "related") that holds an offset. */
export function sectionAt(doc: Pick<Doc, 'sections'>, offset: number): Section['name'] {
  for (const s of doc.sections) if (offset >= s.start && offset < s.end) return s.name;
  return 'body';
}
