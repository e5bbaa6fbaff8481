import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapFinder } from '../../../src/stages/roles/title-before.js';

describe('overlapFinder', () => {
  it('tells whether a span overlaps one of the spans as a linear search does', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 20 }), (spans, asked) => {
        const overlaps = overlapFinder(spans);
        for (const { start, end } of asked) expect(overlaps(start, end)).toBe(spans.some((p) => p.start < end && start < p.end));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a span that starts before another and reaches past it (nested mentions)', () => {
    const overlaps = overlapFinder([
      { start: 0, end: 30 },
      { start: 5, end: 10 },
    ]);
    expect(overlaps(20, 25)).toBe(true);
    expect(overlaps(30, 40)).toBe(false);
  });
});
