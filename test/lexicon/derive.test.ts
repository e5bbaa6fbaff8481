import { describe, expect, it } from 'vitest';
import { confixNounShape, withoutTrailingDot } from '../../src/lexicon/derive.js';

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
