import { describe, expect, it } from 'vitest';
import { confixNounShape, titleOpeners, withoutTrailingDot } from '../../src/lexicon/derive.js';

describe('confixNounShape', () => {
  it('knows nouns made with ke-…-an and pe-…-an around at least the given number of letters', () => {
    expect(confixNounShape('pemantauan', 4)).toBe(true);
    expect(confixNounShape('keamanan', 4)).toBe(true);
    expect(confixNounShape('kesehatan', 3)).toBe(true);
    expect(confixNounShape('pekan', 3)).toBe(false);
    expect(confixNounShape('pesan', 3)).toBe(false);
    // The names stage asks for three letters, the coref stage for four: "peranan" has three.
    expect(confixNounShape('peranan', 3)).toBe(true);
    expect(confixNounShape('peranan', 4)).toBe(false);
    expect(confixNounShape('Pemantauan', 4)).toBe(false);
    expect(confixNounShape('budiman', 3)).toBe(false);
  });
});

describe('withoutTrailingDot', () => {
  it('drops one final full stop, and only that', () => {
    expect(['Kompol.', 'Jl.', 'Tbk', 'S.H.', '.', ''].map(withoutTrailingDot)).toEqual(['Kompol', 'Jl', 'Tbk', 'S.H', '', '']);
  });
});

describe('titleOpeners', () => {
  const lex = { titles: new Set(['kepala dinas pendidikan', 'kepala', 'ketua umum', 'ceo']) };

  it('holds every title and each of its beginnings that ends before a space', () => {
    expect([...titleOpeners(lex)].sort()).toEqual(['ceo', 'kepala', 'kepala dinas', 'kepala dinas pendidikan', 'ketua', 'ketua umum']);
    expect(titleOpeners(lex).has('dinas')).toBe(false);
  });

  it('holds a word without a space exactly when it opens a title', () => {
    const firstWords = new Set([...lex.titles].map((t) => t.split(' ')[0]));
    for (const w of ['kepala', 'ketua', 'ceo', 'dinas', 'umum', 'pendidikan', 'wakil']) expect(titleOpeners(lex).has(w), w).toBe(firstWords.has(w));
  });

  it('is built once per lexicon', () => {
    expect(titleOpeners(lex)).toBe(titleOpeners(lex));
  });
});
