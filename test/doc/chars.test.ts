import { describe, expect, it } from 'vitest';
import { isLetterOrDigit, isWhitespaceCode, isWordBoundary } from '../../src/doc/chars.js';

describe('isWhitespaceCode', () => {
  it('is what the regex \\s matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('isLetterOrDigit', () => {
  it('is what the regex [\\p{L}\\p{N}] matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isLetterOrDigit(String.fromCharCode(c)) !== /[\p{L}\p{N}]/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('holds for letters and digits of any script, not for spaces, marks or punctuation', () => {
    for (const ch of ['a', 'Z', '5', 'é', 'ß', '٣']) expect(isLetterOrDigit(ch)).toBe(true);
    for (const ch of [' ', '-', "'", '"', '“', '.', '_', '']) expect(isLetterOrDigit(ch)).toBe(false);
  });
});

describe('isWordBoundary', () => {
  const at = (text: string, part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const;

  it('holds for words of their own: at the text\'s ends, between spaces or punctuation', () => {
    expect(isWordBoundary('Tan Malaka', ...at('Tan Malaka', 'Malaka'))).toBe(true);
    expect(isWordBoundary('Malaka, kota', ...at('Malaka, kota', 'Malaka'))).toBe(true);
    expect(isWordBoundary('(KPK)', ...at('(KPK)', 'KPK'))).toBe(true);
  });

  it('fails for a part of a longer word, a letter or digit of any script right before or after', () => {
    expect(isWordBoundary('Malakanya', 0, 6)).toBe(false);
    expect(isWordBoundary('TanMalaka', ...at('TanMalaka', 'Malaka'))).toBe(false);
    expect(isWordBoundary('Kodim 0313', 0, 9)).toBe(false);
    expect(isWordBoundary('éMalaka', 1, 7)).toBe(false);
  });
});
