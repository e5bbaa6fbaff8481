import { describe, expect, it } from 'vitest';
import { numericEntities } from '../../../src/stages/amounts/numeric.js';
import { extractNumbers } from '../../../src/stages/numbers/index.js';

describe('numericEntities', () => {
  it('makes one entity of equal amounts and keeps amounts apart that differ in any field', () => {
    // same value, other currency, unit, bound or approximation: each its own entity
    const text =
      'Harganya Rp 5 juta, naik dari Rp 5 juta, atau US$ 5 juta; 5 juta orang dan 5 juta ton; ' +
      'lebih dari 5 juta orang, sekitar 5 juta orang, dan 5 juta orang lagi.';
    const entities = numericEntities({ text, numbers: extractNumbers(text) });
    expect(entities.map((e) => [e.type, e.text, e.mentions.length])).toEqual([
      ['MONEY', 'Rp 5 juta', 2],
      ['MONEY', 'US$ 5 juta', 1],
      ['QUANTITY', '5 juta orang', 2],
      ['QUANTITY', '5 juta ton', 1],
      ['QUANTITY', 'lebih dari 5 juta orang', 1],
      ['QUANTITY', 'sekitar 5 juta orang', 1],
    ]);
  });

  it('tells dates apart, which have no value', () => {
    const text = 'Pada 21 Oktober 2025 dan 22 Oktober 2025, lalu lagi 21 Oktober 2025.';
    const entities = numericEntities({ text, numbers: extractNumbers(text) });
    expect(entities.map((e) => [e.type, e.date, e.mentions.length])).toEqual([
      ['DATE', '2025-10-21', 2],
      ['DATE', '2025-10-22', 1],
    ]);
  });
});
