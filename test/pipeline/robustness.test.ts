import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { checkSummary } from '../helpers/invariants.js';

const pipeline = createPipeline();

// Pieces of scraped Indonesian news, including the awkward ones: quotes left open, boilerplate,
// amounts, initials, abbreviations, stray punctuation, zero-width and non-Latin characters.
const PIECES = [
  'Presiden Joko Widodo', 'mengatakan', '“Kami siap,”', '"Belum', 'ujar Budi.', 'kata dia', 'Menurut BPS,',
  'Rp 1.500.000,00', 'US$ 2,3 miliar', '70 juta pengguna', '5,12 persen', 'Selasa (21/10/2025)', '14.00 WIB',
  'ke-81', 'PT Maju Jaya Tbk.', 'Prof. Dr. H. Ahmad', 'Jl. Sudirman No. 5', 'dll.', 'LEAVE A REPLY', 'Baca juga:',
  '578', 'ADVERTISEMENT', 'Penulis : Rifqi', '\u200B', '\u00A0', '…', '—', '(', ')', '“', '”', '"', "'", ',', '.', '\n',
  '\n\n', 'RM2.5 bilion', 'The company said', 'Jakarta', 'Kabupaten Bogor', '١٢٣', '中文', '🙂', '1.2.3,4,5', 'Rp',
];

describe('robustness: any mix of news pieces', () => {
  it('never throws, and every summary parses and keeps the span invariant', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }),
        (body, title) => {
          const s = checkSummary(pipeline.analyze({ title: title.join(' '), body: body.join(' ') }));
          expect(['ok', 'partial', 'error']).toContain(s.status);
          expect(s.messages.some((m) => m.code === 'stage-failed')).toBe(false);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it('survives arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (body) => {
        const s = checkSummary(pipeline.analyze({ body }));
        expect(s.messages.some((m) => m.code === 'stage-failed')).toBe(false);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
