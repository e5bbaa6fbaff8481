import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeReference } from '../../../src/stages/segment/tokenize.js';

function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${t.text}/${t.kind}`);
}

describe('tokenize', () => {
  it('keeps internal hyphens and apostrophes in words', () => {
    expect(kinds("anak-anak ke-81 Jum'at Jum’at COVID-19")).toEqual([
      'anak-anak/word',
      'ke-81/word',
      "Jum'at/word",
      'Jum’at/word',
      'COVID-19/word',
    ]);
  });

  it('keeps Indonesian number separators in one number token', () => {
    expect(kinds('Rp 1.500.000 naik 1,5 persen pukul 14.00 atau 14:30 pada 21/10/2025')).toEqual([
      'Rp/word', '1.500.000/number', 'naik/word', '1,5/number', 'persen/word', 'pukul/word', '14.00/number',
      'atau/word', '14:30/number', 'pada/word', '21/10/2025/number',
    ]);
  });

  it('splits a currency code glued to a number, and a range at its hyphen', () => {
    expect(kinds('Rp99 triliun')).toEqual(['Rp/word', '99/number', 'triliun/word']);
    expect(kinds('US$5')).toEqual(['US/word', '$/symbol', '5/number']);
    expect(kinds('2020-2021')).toEqual(['2020/number', '-/punct', '2021/number']);
  });

  it('treats numbers glued to letters as words', () => {
    expect(kinds('5G 1870-an')).toEqual(['5G/word', '1870-an/word']);
  });

  it('emits one punctuation token per mark, quotes included', () => {
    expect(kinds('“Ya,” katanya... "oke" \'x\'')).toEqual([
      '“/punct', 'Ya/word', ',/punct', '”/punct', 'katanya/word', './punct', './punct', './punct',
      '"/punct', 'oke/word', '"/punct', "'/punct", 'x/word', "'/punct",
    ]);
  });

  it('marks symbols', () => {
    expect(kinds('3,5% & #tag @user +2')).toEqual([
      '3,5/number', '%/symbol', '&/symbol', '#/symbol', 'tag/word', '@/symbol', 'user/word', '+/symbol', '2/number',
    ]);
  });

  it('keeps URLs, e-mails, domains and dotted abbreviations whole (final period apart)', () => {
    expect(kinds('Buka https://www.detik.com/a?b=1. Tulis ke redaksi@tempo.co.id atau detik.com, oleh Ahmad S.H.')).toEqual([
      'Buka/word', 'https://www.detik.com/a?b=1/word', './punct', 'Tulis/word', 'ke/word', 'redaksi@tempo.co.id/word',
      'atau/word', 'detik.com/word', ',/punct', 'oleh/word', 'Ahmad/word', 'S.H/word', './punct',
    ]);
  });

  it('returns offsets into the whole text and the sentence index given', () => {
    const text = 'abc Dua kata. xyz';
    const tokens = tokenize(text, 4, 13, 3);
    expect(tokens.map((t) => [t.start, t.end, t.text, t.sentence])).toEqual([
      [4, 7, 'Dua', 3],
      [8, 12, 'kata', 3],
      [12, 13, '.', 3],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives the same tokens as the plain one-regex reference, fast paths and all', () => {
    const pieces = fc.constantFrom(
      'kata', 'Durov', 'anak-anak', "Jum'at", 'Jum’at', 'ke-81', 'Rp', '99', '1.500', ',5', 'detik', '.com', '.co.id', '@',
      'https://', 'www.', 'S.H', '.', ',', ':', ';', '!', '?', '-', '–', "'", '’', '‘', '“', '”', '"', '(', ')', '%', '$',
      ' ', ' ', '\n', '\u00a0', '\u200b', 'é', 'ñ', '😀', 'x̧', '5G', '/', '2025', 'a.n', '…',
      '%@', '7%', '.5', ':30', '/10', '{', '}', '~', '`', '\\', '_', '\u0007', '-an', 'com', 'id', 'www', 'http',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(tokenizeReference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
