import { describe, expect, it } from 'vitest';
import { identityOffsetMap, OffsetMapBuilder, toRawOffset, toRawSpan } from '../../src/doc/offset-map.js';

describe('offset map', () => {
  it('maps copied pieces back and inserted text to the next piece', () => {
    const b = new OffsetMapBuilder();
    b.append('abc', 10);
    b.append('\n\n', null);
    b.append('def', 20);
    expect(b.text).toBe('abc\n\ndef');
    const map = b.build();
    expect(toRawOffset(map, 0)).toBe(10);
    expect(toRawOffset(map, 2)).toBe(12);
    expect(toRawOffset(map, 5)).toBe(20);
    expect(toRawOffset(map, 7)).toBe(22);
    expect(toRawOffset(map, 4)).toBe(20);
  });

  it('merges contiguous pieces', () => {
    const b = new OffsetMapBuilder();
    b.append('ab', 0);
    b.append('cd', 2);
    expect(b.build().pieces).toHaveLength(1);
  });

  it('is the identity for unchanged text', () => {
    const map = identityOffsetMap(5);
    expect([0, 3, 5].map((o) => toRawOffset(map, o))).toEqual([0, 3, 5]);
  });
});

describe('offset map replacements', () => {
  it('maps any span touching a replaced run to the whole raw run, and the text around it one to one', () => {
    // raw "JosÃ© dan" -> clean "José dan"
    const b = new OffsetMapBuilder();
    b.append('Jos', 0);
    b.replace('é', 3, 2);
    b.append(' dan', 5);
    const map = b.build();
    expect(map.pieces).toEqual([
      { clean: 0, raw: 0, length: 3 },
      { clean: 3, raw: 3, length: 1, rawLength: 2 },
      { clean: 4, raw: 5, length: 4 },
    ]);
    expect(toRawSpan(map, 0, 4)).toEqual({ start: 0, end: 5 });
    expect(toRawSpan(map, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(toRawSpan(map, 0, 3)).toEqual({ start: 0, end: 3 });
    expect(toRawSpan(map, 4, 8)).toEqual({ start: 5, end: 9 });
  });

  it('maps an offset inside a replacement of two code units to its raw start, or as an end to its raw end', () => {
    const b = new OffsetMapBuilder();
    b.replace('🔥', 10, 4);
    const map = b.build();
    expect(toRawOffset(map, 1)).toBe(10);
    expect(toRawOffset(map, 1, 'end')).toBe(14);
    expect(toRawOffset(map, 2, 'end')).toBe(14);
  });

  it('is a copy when the lengths agree, merged with the copy before it', () => {
    const b = new OffsetMapBuilder();
    b.append('ab', 0);
    b.replace('cd', 2, 2);
    expect(b.build().pieces).toEqual([{ clean: 0, raw: 0, length: 4 }]);
  });

  it('never merges a copy into a replacement', () => {
    const b = new OffsetMapBuilder();
    b.replace('é', 0, 2);
    b.append('x', 2);
    expect(b.build().pieces).toHaveLength(2);
  });
});

describe('toRawSpan', () => {
  it('maps a span that ends where two pieces meet to the end of the first', () => {
    const b = new OffsetMapBuilder();
    b.append('Jakarta', 3);
    b.append(' buka', 12);
    const map = b.build();
    expect(toRawSpan(map, 0, 7)).toEqual({ start: 3, end: 10 });
    expect(toRawSpan(map, 8, 12)).toEqual({ start: 13, end: 17 });
  });
});
