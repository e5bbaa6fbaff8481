import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/stages/stem/bounded-cache.js';

describe('BoundedCache', () => {
  it('keeps recently used entries and drops the oldest generation when full', () => {
    const c = new BoundedCache(4);
    c.set('a', '1');
    c.set('b', '2');
    // young is full (2): the next insert moves a, b to the old generation
    c.set('c', '3');
    expect(c.get('a')).toBe('1'); // an old hit moves "a" back to the young generation
    c.set('d', '4'); // young (c, a) is full: it becomes old, and b is dropped
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('1');
    expect(c.get('c')).toBe('3');
    expect(c.get('d')).toBe('4');
  });

  it('updates an existing key without growing', () => {
    const c = new BoundedCache(4);
    c.set('a', '1');
    c.set('a', '2');
    expect(c.size).toBe(1);
    expect(c.get('a')).toBe('2');
  });

  it('never holds more than its capacity and returns what was last set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), fc.nat(9))),
        (capacity, ops) => {
          const c = new BoundedCache(capacity);
          const last = new Map<string, string>();
          for (const [isSet, key, v] of ops) {
            if (isSet) {
              c.set(key, String(v));
              last.set(key, String(v));
            } else {
              const got = c.get(key);
              if (got !== undefined) expect(got).toBe(last.get(key));
            }
            expect(c.size).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });

  it('holds nothing with capacity 0, and clears', () => {
    const c = new BoundedCache(0);
    c.set('a', '1');
    expect(c.size).toBe(0);
    const d = new BoundedCache(5);
    d.set('a', '1');
    d.clear();
    expect(d.get('a')).toBeUndefined();
  });
});
