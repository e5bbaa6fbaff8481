import { describe, expect, it } from 'vitest';
import { segment, type Annotation, type Segment } from '../../src/web/lib/spans.js';

const ann = (start: number, end: number, data: string, rank = 1): Annotation<string> => ({ start, end, data, rank });

/** A segment tree as nested text: `[data|text]` for spans (`…` marks a piece that is not the annotation's last). */
function show(text: string, segments: Segment<string>[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? text.slice(s.start, s.end) : `[${s.ann.data}|${show(text, s.children)}${s.last ? '' : '…'}]`))
    .join('');
}

describe('segment', () => {
  const text = '"Kami tumbuh," ujar Pavel Durov di Dubai.';

  it('nests spans inside spans and keeps the text between them', () => {
    const quote = ann(0, 14, 'Q', 0);
    const person = ann(20, 31, 'PER');
    const place = ann(35, 40, 'LOC');
    expect(show(text, segment(0, text.length, [place, person, quote]))).toBe('[Q|"Kami tumbuh,"] ujar [PER|Pavel Durov] di [LOC|Dubai].');
    const inner = ann(1, 5, 'W');
    expect(show(text, segment(0, text.length, [quote, inner]))).toBe('[Q|"[W|Kami] tumbuh,"] ujar Pavel Durov di Dubai.');
  });

  it('puts the lower rank outside when two spans cover the same text', () => {
    expect(show(text, segment(0, text.length, [ann(20, 31, 'PER', 1), ann(20, 31, 'MSG', 2)]))).toBe('"Kami tumbuh," ujar [PER|[MSG|Pavel Durov]] di Dubai.');
    expect(show(text, segment(0, text.length, [ann(20, 31, 'PER', 3), ann(20, 31, 'MSG', 2)]))).toBe('"Kami tumbuh," ujar [MSG|[PER|Pavel Durov]] di Dubai.');
  });

  it('cuts a span that crosses another in two, the label going to its last piece only', () => {
    const segments = segment(0, text.length, [ann(15, 25, 'A'), ann(20, 31, 'B')]);
    expect(show(text, segments)).toBe('"Kami tumbuh," [A|ujar [B|Pavel…]][B| Durov] di Dubai.');
    const pieces = segments.filter((s) => s.kind === 'span');
    expect(pieces.map((p) => (p.kind === 'span' ? [p.ann.data, p.first, p.last] : null))).toEqual([
      ['A', true, true],
      ['B', false, true],
    ]);
  });

  it('clips to the range asked for and drops spans outside it', () => {
    expect(show(text, segment(15, 34, [ann(0, 14, 'Q'), ann(20, 40, 'X')]))).toBe('ujar [X|Pavel Durov di]');
    expect(segment(0, 0, [ann(0, 3, 'A')])).toEqual([]);
  });

  it('covers every character exactly once, whatever the spans', () => {
    const spans = [ann(0, 30, 'a', 0), ann(5, 12, 'b'), ann(10, 20, 'c'), ann(10, 20, 'd', 2), ann(18, 41, 'e'), ann(3, 3, 'empty')];
    const leaves: string[] = [];
    const walk = (segments: Segment<string>[]) => {
      for (const s of segments) {
        if (s.kind === 'text') leaves.push(text.slice(s.start, s.end));
        else if (s.children.length === 0) leaves.push(text.slice(s.start, s.end));
        else walk(s.children);
      }
    };
    walk(segment(0, text.length, spans));
    expect(leaves.join('')).toBe(text);
  });
});
