import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../src/lexicon/abbreviation.js';

/** The search of `abbreviates` written out plainly: every call from scratch, no first-letter check. */
function plainAbbreviates(short: string, long: string): boolean {
  const tokens = short.toLowerCase().split(/\s+/);
  const flat = tokens.join('');
  if (tokens.length > 3 || flat.length < 3) return false;
  const words = long
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'dan' && w !== '&');
  if (words.length < 2 || words.length <= tokens.length) return false;
  const match = (i: number, w: number): boolean => {
    if (i === flat.length) return w === words.length || (tokens.length >= 2 && w >= 2);
    if (w === words.length) return false;
    const word = words[w]!;
    for (let n = Math.min(word.length, flat.length - i); n >= 1; n--) {
      if (flat.startsWith(word.slice(0, n), i) && match(i + n, w + 1)) return true;
    }
    return false;
  };
  return match(0, 0) || match(0, 1);
}

describe('abbreviates', () => {
  it.each([
    ['Kemenkeu', 'Kementerian Keuangan', true],
    ['Undip', 'Universitas Diponegoro', true],
    ['Jabar', 'Jawa Barat', true],
    ['Kementerian PU', 'Kementerian Pekerjaan Umum', true],
    ['ESDM', 'Energi dan Sumber Daya Mineral', true],
    ['Pemprov DKI', 'Pemerintah Provinsi DKI Jakarta', true],
    ['Jabar', 'Jawa Tengah', false],
    ['BPS', 'Badan Pusat', false],
    ['Jakarta', 'Jawa Barat', false],
    ['KPK', 'Komisi Pemberantasan Korupsi', true],
    ['Ab', 'Aa Bb', false],
  ])('%s abbreviates %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
    // Asked again (the long form's words now come from the cache): the same answer.
    expect(abbreviates(short, long)).toBe(expected);
  });

  it('answers as the plain search does, whatever the strings', () => {
    const word = fc.stringMatching(/^[A-Za-z&]{0,6}$/);
    const phrase = fc.array(word, { minLength: 0, maxLength: 5 }).map((ws) => ws.join(' '));
    const spaced = fc.tuple(fc.constantFrom('', ' ', '  '), phrase, fc.constantFrom('', ' ')).map(([a, p, b]) => a + p + b);
    fc.assert(
      fc.property(spaced, spaced, (short, long) => {
        expect(abbreviates(short, long)).toBe(plainAbbreviates(short, long));
        // A short form built from the long form's words, so that true answers are tried too.
        const built = long
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => w.slice(0, 2))
          .join('');
        expect(abbreviates(built, long)).toBe(plainAbbreviates(built, long));
      }),
      { numRuns: 3000 },
    );
  });
});
