import { describe, expect, it } from 'vitest';
import { mapPacked } from '../../src/doc/arrays.js';

describe('mapPacked', () => {
  it('maps every element in order, with its index, into a new array', () => {
    const xs = ['a', 'b', 'c'];
    const out = mapPacked(xs, (x, i) => `${x}${i}`);
    expect(out).toEqual(['a0', 'b1', 'c2']);
    expect(out).not.toBe(xs);
    expect(xs).toEqual(['a', 'b', 'c']);
  });

  it('gives what Array.prototype.map gives, holes read as undefined and nothing skipped', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    const f = (x: number, i: number) => ({ x, i, odd: x % 2 === 1 });
    expect(mapPacked(xs, f)).toEqual(xs.map(f));
    expect(mapPacked([], f)).toEqual([]);
    // A holey input is read element by element: a hole is undefined, and its index is still mapped.
    const holey = [1, , 3] as number[];
    expect(mapPacked(holey, (x) => x ?? 0)).toEqual([1, 0, 3]);
    expect(Object.keys(mapPacked(holey, (x) => x))).toEqual(['0', '1', '2']);
  });
});
