import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../src/stages/numbers/index.js';
import { NumberItemSchema } from '../../../src/schema/number.js';

/**
 * Items are schema-valid, in order without overlaps, slice out their text, and hold no rounded value:
 * beyond 2^53 only integers a double holds exactly, below 10^21 (the exactness against the written
 * digits is checked in properties.test.ts).
 */
function checkItems(text: string): void {
  let lastEnd = 0;
  for (const item of extractNumbers(text)) {
    expect(item.start).toBeGreaterThanOrEqual(lastEnd);
    expect(item.end).toBeGreaterThan(item.start);
    lastEnd = item.end;
    NumberItemSchema.parse(item);
    expect(text.slice(item.start, item.end)).toBe(item.text);
    for (const v of [item.value, item.min, item.max]) {
      if (v !== undefined) {
        expect(Number.isFinite(v)).toBe(true);
        if (Math.abs(v) > Number.MAX_SAFE_INTEGER) {
          expect(Number.isInteger(v)).toBe(true);
          expect(Math.abs(v)).toBeLessThan(1e21);
        }
      }
    }
  }
}

describe('bad input', () => {
  it('a 10,000-digit string gives no value, only a note', () => {
    const text = '9'.repeat(10_000);
    const items = extractNumbers(text);
    expect(items).toHaveLength(1);
    expect(items[0]?.value).toBeUndefined();
    expect(items[0]?.note).toMatch(/2\^53/);
  });

  it('an amount beyond 2^53 is left out when a double cannot hold it exactly, never rounded', () => {
    const [item] = extractNumbers('Rp 9.007.199.254.740.993');
    expect(item?.kind).toBe('money');
    expect(item?.value).toBeUndefined();
    expect(item?.note).toMatch(/2\^53/);
    expect(extractNumbers('9.007.199.254.740.993')[0]?.value).toBeUndefined();
    // Round amounts of a national budget are exact doubles: kept.
    expect(extractNumbers('Rp 99.999 triliun')[0]?.value).toBe(99_999_000_000_000_000);
    expect(extractNumbers('Rp 10.300 triliun')[0]).toMatchObject({ value: 10_300_000_000_000_000, currency: 'IDR' });
    expect(extractNumbers('9.007.199.254.740.991')[0]?.value).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('"Rp" alone, "1.2.3,4,5" and separators alone yield nothing', () => {
    expect(extractNumbers('Rp')).toEqual([]);
    expect(extractNumbers('Rp.')).toEqual([]);
    expect(extractNumbers('1.2.3,4,5')).toEqual([]);
    expect(extractNumbers('.,.,')).toEqual([]);
    expect(extractNumbers('')).toEqual([]);
  });

  it('mixed scripts keep offsets exact', () => {
    const text = '价格 Rp 5 juta 😀 dan ١٢٣ serta 𝟕 persen, 12 orang';
    checkItems(text);
    const items = extractNumbers(text);
    expect(items.map((x) => x.text)).toEqual(['Rp 5 juta', '12 orang']);
  });

  it('an ambiguous reading carries the chosen value and a note', () => {
    const [item] = extractNumbers('1,500');
    expect(item?.value).toBe(1.5);
    expect(item?.note).toMatch(/could be 1500/);
    // Before a scale word, or after a leading zero, the comma can only be a decimal separator.
    expect(extractNumbers('Rp 3,734 triliun')[0]).toMatchObject({ value: 3734000000000 });
    expect(extractNumbers('Rp 3,734 triliun')[0]?.note).toBeUndefined();
    expect(extractNumbers('0,768')[0]?.note).toBeUndefined();
  });

  it('pathological repetitions return quickly and stay sane', () => {
    for (const text of [
      '1.'.repeat(5000),
      '1,'.repeat(5000) + 'x',
      '- '.repeat(5000),
      'Rp '.repeat(3000),
      'sekitar '.repeat(3000),
      'dua puluh '.repeat(3000),
      '1-'.repeat(4000),
      'antara 1 '.repeat(2000),
      '(1/'.repeat(3000),
    ]) {
      checkItems(text);
    }
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => checkItems(s)),
      { numRuns: 300 },
    );
    const alphabet = fc.constantFrom('1', '0', '.', ',', ' ', '-', 'Rp', 'juta', 'M', 'persen', '/', '(', ')', 'ke', 'Senin', 'lalu', '%', '$', '\n', 'orang', 'sekitar', 'hingga');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => checkItems(parts.join(''))),
      { numRuns: 500 },
    );
  });
});
