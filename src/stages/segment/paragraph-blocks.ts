import type { Doc } from '../../doc/doc.js';

/** A stretch of text that sentences may not cross, with the paragraph index it belongs to. */
export interface Block {
  start: number;
  end: number;
  paragraph: number;
}

const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/**
 * The stretches the segmenter splits independently: `doc.paragraphs` when the clean stage filled
 * them, else the text cut at blank lines (paragraph = running index). Either way a block is also
 * cut at section boundaries, so no sentence runs from the title into the body.
 */
export function paragraphBlocks(doc: Pick<Doc, 'text' | 'paragraphs' | 'sections'>): Block[] {
  const cuts = new Set<number>();
  for (const s of doc.sections) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  const blocks: Block[] = [];
  const pushCut = (start: number, end: number, paragraph: number): void => {
    let from = start;
    for (const c of sortedCuts) {
      if (c > from && c < end) {
        blocks.push({ start: from, end: c, paragraph });
        from = c;
      }
    }
    if (from < end) blocks.push({ start: from, end, paragraph });
  };
  if (doc.paragraphs.length > 0) {
    doc.paragraphs.forEach((p, i) => pushCut(p.start, Math.min(p.end, doc.text.length), i));
    return blocks;
  }
  const ranges = doc.sections.length > 0 ? doc.sections : [{ start: 0, end: doc.text.length }];
  let paragraph = 0;
  for (const r of ranges) {
    const part = doc.text.slice(r.start, r.end);
    let from = 0;
    BLANK_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BLANK_LINE.exec(part)) !== null) {
      if (part.slice(from, m.index).trim() !== '') blocks.push({ start: r.start + from, end: r.start + m.index, paragraph: paragraph++ });
      from = m.index + m[0].length;
    }
    if (part.slice(from).trim() !== '') blocks.push({ start: r.start + from, end: r.end, paragraph: paragraph++ });
  }
  return blocks;
}
