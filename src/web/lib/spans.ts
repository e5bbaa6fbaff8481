/**
 * Nesting annotations over a text for display: entity mentions, quotes, roles and messages are
 * spans of one text that may contain one another (a name inside a quote) or cross (a message on
 * part of an amount). They become a tree of segments in which every node lies inside its parent: an
 * annotation that crosses an outer one is cut in two at the outer one's edge, and only its last
 * piece carries `last` (where a label is drawn). Pure: no DOM, so it is tested on its own.
 */

/** A span to show, with what it is (the caller's data rides along). */
export interface Annotation<T> {
  start: number;
  end: number;
  /** Lower is outer when two spans cover the same range (a quote around a name of the same extent). */
  rank: number;
  data: T;
}

/** A run of plain text, or an annotation with its children. */
export type Segment<T> =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'span'; start: number; end: number; ann: Annotation<T>; first: boolean; last: boolean; children: Segment<T>[] };

interface Piece<T> {
  ann: Annotation<T>;
  start: number;
  end: number;
  /** The annotation's own bounds within the range segmented (a quote running past its paragraph ends there). */
  from: number;
  to: number;
}

const byPosition = <T>(a: Piece<T>, b: Piece<T>) => a.start - b.start || b.end - a.end || a.ann.rank - b.ann.rank;

/** The segments of `[start, end)` (a paragraph), with every annotation clipped to it. Empty and outside spans are dropped. */
export function segment<T>(start: number, end: number, annotations: readonly Annotation<T>[]): Segment<T>[] {
  const pieces: Piece<T>[] = [];
  for (const ann of annotations) {
    const s = Math.max(ann.start, start);
    const e = Math.min(ann.end, end);
    if (s < e) pieces.push({ ann, start: s, end: e, from: s, to: e });
  }
  pieces.sort(byPosition);
  return build(start, end, pieces);
}

function build<T>(start: number, end: number, sorted: Piece<T>[]): Segment<T>[] {
  const out: Segment<T>[] = [];
  const queue = [...sorted];
  let pos = start;
  while (queue.length > 0) {
    let piece = queue.shift()!;
    if (piece.end <= pos) continue;
    // It began inside the previous sibling: its rest starts where that sibling ended.
    if (piece.start < pos) piece = { ...piece, start: pos };
    if (piece.start > pos) out.push({ kind: 'text', start: pos, end: piece.start });
    const inside: Piece<T>[] = [];
    const rest: Piece<T>[] = [];
    while (queue.length > 0 && queue[0]!.start < piece.end) {
      const next = queue.shift()!;
      if (next.end <= piece.end) inside.push(next);
      else {
        // Crosses this one's end: the part inside nests here, the part after is a piece of its own.
        inside.push({ ...next, end: piece.end });
        rest.push({ ...next, start: piece.end });
      }
    }
    queue.push(...rest);
    queue.sort(byPosition);
    out.push({
      kind: 'span',
      start: piece.start,
      end: piece.end,
      ann: piece.ann,
      first: piece.start === piece.from,
      last: piece.end === piece.to,
      children: build(piece.start, piece.end, inside),
    });
    pos = piece.end;
  }
  if (pos < end) out.push({ kind: 'text', start: pos, end });
  return out;
}
