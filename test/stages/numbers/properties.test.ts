import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../src/stages/numbers/index.js';
import { formatIndonesianDigits, formatIndonesianWords } from './format-indonesian.js';

/** The single item read from a text, which must cover all of it. */
function readOne(text: string, language?: string) {
  const items = extractNumbers(text, language === undefined ? {} : { language });
  expect(items, text).toHaveLength(1);
  expect(items[0]?.text).toBe(text);
  return items[0];
}

describe('format then parse gives the number back', () => {
  it('integers in Indonesian words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        expect(readOne(formatIndonesianWords(n))?.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('negative integers in words ("minus …")', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999, max: -1 }), (n) => {
        expect(readOne(formatIndonesianWords(n))?.value).toBe(n);
      }),
    );
  });

  it('integers in Indonesian digits ("1.500.000")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(readOne(formatIndonesianDigits(n))?.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('amounts with two decimals ("Rp1.500.000,25")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (cents) => {
        const value = cents / 100;
        const item = readOne(`Rp${formatIndonesianDigits(value, 2)}`);
        expect(item?.currency).toBe('IDR');
        expect(item?.value).toBe(Number((cents / 100).toFixed(2)));
      }),
      { numRuns: 300 },
    );
  });

  it('digits with a scale word are exact ("1,1 juta" is 1100000)', () => {
    const scales = [['ribu', 3], ['juta', 6], ['miliar', 9], ['triliun', 12]] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...scales), (int, frac, [word, exp]) => {
        const f = String(frac).padStart(2, '0');
        const exact = BigInt(`${int}${f}`) * 10n ** BigInt(exp - 2);
        const item = readOne(`${formatIndonesianDigits(int)},${f} ${word}`);
        // Beyond 2^53 the value is kept only when a double holds it exactly, never rounded.
        const exactAsDouble = BigInt(Number(exact)) === exact;
        expect(item?.value).toBe(exact > BigInt(Number.MAX_SAFE_INTEGER) && !exactAsDouble ? undefined : Number(exact));
        if (item?.value !== undefined) expect(BigInt(item.value)).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });

  it('Malay digits read "." as the decimal separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 9 }), (int, tenth) => {
        const text = `${int.toLocaleString('en-US')}.${tenth}`;
        expect(readOne(text, 'ms')?.value).toBe(Number(`${int}.${tenth}`));
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatters', () => {
  it.each([
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [108, 'seratus delapan'],
    [1075, 'seribu tujuh puluh lima'],
    [1087231, 'satu juta delapan puluh tujuh ribu dua ratus tiga puluh satu'],
    [1000000408, 'satu miliar empat ratus delapan'],
    [-923, 'minus sembilan ratus dua puluh tiga'],
  ] as const)('%d in words is "%s"', (n, words) => {
    expect(formatIndonesianWords(n)).toBe(words);
  });

  it('writes digits with Indonesian separators', () => {
    expect(formatIndonesianDigits(1500000.25)).toBe('1.500.000,25');
    expect(formatIndonesianDigits(-1200, 2)).toBe('-1.200,00');
  });

  it('refuses what it cannot write', () => {
    expect(() => formatIndonesianWords(1e15)).toThrow(RangeError);
    expect(() => formatIndonesianWords(1.5)).toThrow(RangeError);
  });
});
