import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeLines, wordPrint } from '../../../src/stages/numbers/tokens.js';

const view = (text: string) => tokenize(text).map((t) => [t.kind, t.text, t.gap]);

describe('tokenize', () => {
  it('keeps separators inside digit runs and splits letters from digits', () => {
    expect(view('Rp1.500.000,00 dan 100K')).toEqual([
      ['word', 'Rp', 0], ['num', '1.500.000,00', 0], ['word', 'dan', 1], ['num', '100', 1], ['word', 'K', 0],
    ]);
  });

  it('keeps reduplicated and compound words whole, but splits after an amount word', () => {
    expect(view('kira-kira TNI-Polri juta-Rp')).toEqual([
      ['word', 'kira-kira', 0], ['word', 'TNI-Polri', 1], ['word', 'juta', 1], ['sym', '-', 0], ['word', 'Rp', 0],
    ]);
  });

  it('gives UTF-16 offsets that slice out each token, astral characters included', () => {
    const text = '😀 Rp 5 𝟕 ١٢ juta';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

/** The regex the hand-written scanner implements (before hyphen splitting after amount words). */
const ORACLE = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\S)/gu;

describe('tokenizeLines', () => {
  it('gives the tokens of each line with any, gaps counted across line breaks', () => {
    const lines = (text: string) => tokenizeLines(text).map((line) => line.map((t) => [t.text, t.gap]));
    expect(lines('\n Rp 5\r\n\n\u2028juta.\nx')).toEqual([[['Rp', 2], ['5', 1]], [['juta', 4], ['.', 0]], [['x', 1]]]);
    expect(lines(' \n ')).toEqual([[]]);
  });

  it('gives the tokens of tokenize, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '1', '.', '-', ' ', '\n', '\r', 'é') }), (text) => {
        expect(tokenizeLines(text).flat()).toEqual(tokenize(text));
        expect(tokenizeLines(text).slice(1).every((line) => line.length > 0)).toBe(true);
      }),
    );
  });
});

describe('tokenize agrees with its regex definition', () => {
  it('on random strings', () => {
    const alphabet = fc.constantFrom('1', '0', '.', ',', ' ', '-', "'", '’', 'a', 'Z', 'é', '\u0301', '😀', '𝟕', '١', '\u00a0', '\n', '\ud800', '\udc00', '$', 'kira', '\t');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const want = [...text.matchAll(ORACLE)].map((m) => m[0]);
        // No amount word in this alphabet, so no hyphen is split off.
        expect(tokenize(text).map((t) => t.text)).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('word tokens carry the fingerprint of their lowercase form', () => {
  it('as wordPrint gives it, whatever the case or script of their letters', () => {
    const alphabet = fc.constantFrom(' ', '-', "'", '’', 'a', 'Z', 'Rp', 'JUTA', 'juta', 'Ke', 'é', 'İ', 'Σ', '\u0301', '𝐀', '1', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        for (const t of tokenize(parts.join(''))) if (t.kind === 'word') expect(t.print, t.text).toBe(wordPrint(t.lower));
      }),
      { numRuns: 1000 },
    );
  });

  it('made from the text, not from a string per word', () => {
    expect(tokenize('Senin').map((t) => t.print)).toEqual([wordPrint('senin')]);
    expect(wordPrint('senin')).not.toBe(wordPrint('Senin'));
  });
});
