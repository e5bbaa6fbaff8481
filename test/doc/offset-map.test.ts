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
