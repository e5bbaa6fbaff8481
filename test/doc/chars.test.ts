import { describe, expect, it } from 'vitest';
import { isAcronym, isCapitalsAcronym, isLetter, isLetterOrDigit, isSpaceOrTab, isWhitespaceCode, isWordBoundary, letterRunStart, wordBeforeBlanks } from '../../src/doc/chars.js';

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

describe('wordBeforeBlanks', () => {
  // Texts of words, spaces, tabs, newlines and no-break spaces, read from every start and end.
  const texts = randomTexts(['Ipda', 'oleh', ',', 'é', ' ', '  ', '\t', '\n', '\u00a0', 'x'], 7, 7);

  it('finds what /(\\S+)\\s+$/u finds in the part of the text it reads, or with isSpaceOrTab what /(\\S+)[ \\t]+$/u finds', () => {
    const differ: string[] = [];
    forEachPart(texts, (t, from, to, part) => {
      if (wordBeforeBlanks(t, from, to) !== (/(\S+)\s+$/u.exec(part)?.[1] ?? '')) differ.push(`\\s ${JSON.stringify(part)}`);
      if (wordBeforeBlanks(t, from, to, isSpaceOrTab) !== (/(\S+)[ \t]+$/u.exec(part)?.[1] ?? '')) differ.push(`[ \\t] ${JSON.stringify(part)}`);
    });
    expect(differ).toEqual([]);
  });

  it('reads the word before the blanks, and nothing when the text ends without blanks or has no word before them', () => {
    expect(wordBeforeBlanks('dipimpin oleh Ipda ', 0, 19)).toBe('Ipda');
    expect(wordBeforeBlanks('dipimpin oleh Ipda\n', 0, 19)).toBe('Ipda');
    expect(wordBeforeBlanks('dipimpin oleh Ipda\n', 0, 19, isSpaceOrTab)).toBe('');
    expect(wordBeforeBlanks('oleh Ipda', 0, 9)).toBe('');
    expect(wordBeforeBlanks('   ', 0, 3)).toBe('');
    // Only the part from `from` is read: "da" of "Ipda" when the part starts inside it.
    expect(wordBeforeBlanks('oleh Ipda ', 7, 10)).toBe('da');
  });
});

describe('isLetter', () => {
  it('is what the regex \\p{L} matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isLetter(String.fromCharCode(c)) !== /\p{L}/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('reads a surrogate pair as the one character it is: a letter outside the BMP, or not', () => {
    expect(isLetter('𝐀')).toBe(true);
    expect(isLetter('😀')).toBe(false);
    expect(isLetter('5')).toBe(false);
  });
});

describe('letterRunStart', () => {
  // Texts of letters (ASCII, accented, a letter outside the BMP), marks, digits and blanks.
  const texts = randomTexts(['Ipda', 'oleh', 'é', 'Café', '𝐀', '\u0301', '5', '-', ',', ' ', '\u00a0', 'x'], 11, 6);

  it('starts the run of letters that /(\\p{L}+)$/u finds in the part of the text it reads', () => {
    const differ: string[] = [];
    forEachPart(texts, (t, from, end, part) => {
      const run = /(\p{L}+)$/u.exec(part)?.[1] ?? '';
      if (t.slice(letterRunStart(t, from, end), end) !== run) differ.push(JSON.stringify(part));
    });
    expect(differ).toEqual([]);
  });

  it('stops at a non-letter and at `from`, and returns `end` when no letter stands before it', () => {
    expect(letterRunStart('satu unit mobil ', 0, 15)).toBe(10);
    expect(letterRunStart('di Café', 0, 7)).toBe(3);
    expect(letterRunStart('(Toyota)', 0, 8)).toBe(8);
    expect(letterRunStart('oleh Ipda', 7, 9)).toBe(7);
  });
});

/** Calls `visit` with every part of every text: each start, each end from it, and the slice between. */
function forEachPart(texts: readonly string[], visit: (text: string, from: number, to: number, part: string) => void): void {
  for (const t of texts) {
    for (let from = 0; from <= t.length; from++) for (let to = from; to <= t.length; to++) visit(t, from, to, t.slice(from, to));
  }
}

/** 400 texts of 1 to `most` pieces each, drawn by a seeded linear congruential generator. */
function randomTexts(pieces: readonly string[], seed: number, most: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const texts: string[] = [];
  for (let n = 0; n < 400; n++) {
    let t = '';
    for (let k = next() % most; k >= 0; k--) t += pieces[next() % pieces.length];
    texts.push(t);
  }
  return texts;
}

/** Words of every shape the acronym readers meet: acronyms, names, digits, marks, accents, dashes, other scripts. */
const ACRONYM_WORDS = [
  '', 'A', 'AB', 'KPK', 'DKI', 'B&B', 'K-Pop', 'AB-', 'A-', 'P2MI', 'BP3MI', 'DP3AP2KB', 'ABCDEFGH', 'ABCDEFGHI', 'Ab', 'aBC', '2AB',
  'AB2', 'A2B', 'AB C', 'ABÉ', 'ÉAB', 'Budi', 'budi', 'A.B', 'A_B', 'A@B', 'A[B', 'A`B', 'A{B', 'A/B', 'A:B', '9', '-', '–', 'ke-7',
  'AB\n', 'A\u0000B', 'ＡＢ', 'Ⅸ',
];

describe('isAcronym', () => {
  it('answers as /^[A-Z][A-Z0-9&-]{1,7}$/', () => {
    for (const w of ACRONYM_WORDS) expect(isAcronym(w), w).toBe(/^[A-Z][A-Z0-9&-]{1,7}$/.test(w));
  });

  it('reads the shapes themselves', () => {
    for (const w of ['KPK', 'P2MI', 'B&B', 'AB-']) expect(isAcronym(w), w).toBe(true);
    for (const w of ['Budi', 'K-Pop', 'A', 'ABCDEFGHI', 'ＡＢ']) expect(isAcronym(w), w).toBe(false);
  });
});

describe('isCapitalsAcronym', () => {
  it('answers as /^[A-Z]{2,8}$/, for the words isAcronym is tested on', () => {
    for (const w of ACRONYM_WORDS) expect(isCapitalsAcronym(w), w).toBe(/^[A-Z]{2,8}$/.test(w));
  });

  it('takes capitals alone', () => {
    for (const w of ['KPK', 'DKI', 'AB', 'ABCDEFGH']) expect(isCapitalsAcronym(w), w).toBe(true);
    for (const w of ['P2MI', 'B&B', 'AB-', 'A', 'ABCDEFGHI', 'Budi', 'ÉAB', 'ＡＢ', 'AB\n']) expect(isCapitalsAcronym(w), w).toBe(false);
  });
});
