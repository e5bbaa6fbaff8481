import { describe, expect, it } from 'vitest';
import { decToNumber } from '../../../src/stages/numbers/decimal.js';
import { ORDINAL_WORDS, ordinalWordValue, readNumberWords } from '../../../src/stages/numbers/number-words.js';
import { tokenize } from '../../../src/stages/numbers/tokens.js';

function words(text: string): [number | undefined, string] {
  const ts = tokenize(text);
  const w = readNumberWords(ts, 0);
  if (w === null) return [undefined, ''];
  const n = decToNumber(w.dec);
  const last = ts[w.end - 1];
  return [n.ok ? n.value : undefined, text.slice(0, last?.end ?? 0)];
}

describe('readNumberWords', () => {
  it.each([
    ['tujuh ratus dua puluh satu ribu dua belas', 721012],
    ['sepuluh ribu sebelas', 10011],
    ['seratus dua puluh dua', 122],
    ['dua ratus ribu', 200000],
    ['satu setengah juta', 1500000],
    ['seperempat', 0.25],
    ['seribu sembilan ratus empat puluh lima', 1945],
    ['sembilan koma nol tujuh enam', 9.076],
  ] as const)('%s → %d', (text, v) => {
    expect(words(text)).toEqual([v, text]);
  });

  it('stops where the number stops', () => {
    expect(words('dua tiga')).toEqual([2, 'dua']);
    expect(words('dua puluh tiga puluh')).toEqual([23, 'dua puluh tiga']);
    expect(words('lima orang')).toEqual([5, 'lima']);
    expect(words('juta')).toEqual([undefined, '']);
  });

  it('reads ordinal words', () => {
    expect(ordinalWordValue('pertama')).toBe(1);
    expect(ordinalWordValue('keempat')).toBe(4);
    expect(ordinalWordValue('kesebelas')).toBe(11);
    expect(ordinalWordValue('kenol')).toBeNull();
    expect(ordinalWordValue('keras')).toBeNull();
  });
});

describe('ORDINAL_WORDS', () => {
  it('lists the ordinal words and nothing ordinalWordValue rejects', () => {
    for (const w of ['pertama', 'kesatu', 'kedua', 'kesembilan', 'kesepuluh', 'kesebelas', 'keseratus', 'keseribu']) {
      expect(ORDINAL_WORDS.has(w), w).toBe(true);
    }
    for (const w of ['kenol', 'kesifar', 'kesejuta', 'kepada']) expect(ORDINAL_WORDS.has(w), w).toBe(false);
    for (const w of ORDINAL_WORDS) expect(ordinalWordValue(w), w).not.toBeNull();
  });
});
