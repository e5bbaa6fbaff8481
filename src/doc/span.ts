import type { Doc } from './doc.js';

/** A span `{start, end, text}` over `doc.text`. */
export function spanOf(doc: Pick<Doc, 'text'>, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Whether `[aStart, aEnd)` and `[bStart, bEnd)` overlap. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** The section ("title" or "body") that holds an offset. */
export function sectionAt(doc: Pick<Doc, 'sections'>, offset: number): 'title' | 'body' {
  for (const s of doc.sections) if (offset >= s.start && offset < s.end) return s.name;
  return 'body';
}
