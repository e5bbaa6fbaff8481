import type { Doc } from './doc.js';

/** Whether `[aStart, aEnd)` and `[bStart, bEnd)` overlap. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** Where the title section ends in `doc.text` (0 when the article has no title). */
export function titleEndOf(doc: Pick<Doc, 'sections'>): number {
  return doc.sections.find((s) => s.name === 'title')?.end ?? 0;
}

/** The section ("title" or "body") that holds an offset. */
export function sectionAt(doc: Pick<Doc, 'sections'>, offset: number): 'title' | 'body' {
  for (const s of doc.sections) if (offset >= s.start && offset < s.end) return s.name;
  return 'body';
}
