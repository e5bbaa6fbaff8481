import { describe, expect, it } from 'vitest';
import { compiledAfterFirstUse } from '../../src/schema/compiled.js';
import { ArticleInputSchema } from '../../src/schema/input.js';
import { SummarySchema } from '../../src/schema/summary.js';
import { errorSummary } from '../../src/summary/to-summary.js';

const INPUTS: unknown[] = [
  { id: 7, title: 'Judul', body: 'Isi berita.' },
  { text: 'Isi', source: { file: 'a.txt', line: 3 }, extra: true },
  { id: 'x', body: 'b', language: 'id', publishedAt: null, author: null },
  { id: 'x' },
  { body: 5 },
  { id: Number.NaN, body: 'b' },
  { body: 'b', source: { line: 0 } },
  null,
  'text',
];

describe('compiledAfterFirstUse', () => {
  it('gives zod’s results, on the first (interpreted) call and on the compiled ones', () => {
    const parser = compiledAfterFirstUse(ArticleInputSchema);
    for (let round = 0; round < 3; round++) {
      for (const input of INPUTS) {
        expect(JSON.stringify(parser.safeParse(input))).toBe(JSON.stringify(ArticleInputSchema.safeParse(input)));
      }
    }
  });

  it('throws zod’s error for an invalid summary, and copies a valid one in schema order', () => {
    const parser = compiledAfterFirstUse(SummarySchema);
    const valid = errorSummary({ id: 'a', code: 'input-invalid', message: 'bad' });
    const shuffled = Object.fromEntries(Object.entries(valid).reverse());
    for (let round = 0; round < 3; round++) {
      expect(JSON.stringify(parser.parse({ ...shuffled, unknown: 1 }))).toBe(JSON.stringify(SummarySchema.parse(shuffled)));
      const invalid = { ...valid, counts: { ...valid.counts, words: -1 } };
      expect(() => parser.parse(invalid)).toThrow(/words/);
      expect(JSON.stringify(parser.safeParse(invalid).error?.issues)).toBe(JSON.stringify(SummarySchema.safeParse(invalid).error?.issues));
    }
  });
});
