import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScanContext } from '../../../src/stages/numbers/match.js';
import { mayStart, RULES } from '../../../src/stages/numbers/recognizer.js';
import { tokenizeLines } from '../../../src/stages/numbers/tokens.js';

const PIECES = [
  '12', '1.500', ',5', '.5', '0812', '2025', '(21/10)', '(20/10/2025)', '21/10', '(', ')', '[', '±', '$', '€', '£', '¥', '-', '−', '–', ',', '.', ':', '/',
  '%', '+', '"', '“', '~', 'Rp', 'US', 'juta', 'persen', 'sekitar', 'lebih', 'dari', 'ke', 'kedua', 'Senin', 'Maret',
  'pukul', 'jam', 'lalu', 'minus', 'dua', 'puluh', 'kata', 'yang', 'seminggu', 'Sehari', 'setengah', 'seribu',
  'sebelas', 'keseratus', 'kesatu', 'Ketiga', 'sebagai', 'kepada', 'negara', 'tahun', 'menit', 'dekade', 'Pasal',
  'Nomor', 'Tahap', 'bahasa', 'belah', 'Kepulauan', 'SPPG', 'MoU', 'rumah', 'tangga', 'jo', ' ', ' ', ' ', '\n',
];

describe('mayStart', () => {
  it('is false only where no rule matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.boolean(), (parts, dotDecimal) => {
        const text = parts.join('');
        const { tokens, breaks } = tokenizeLines(text);
        let from = 0;
        for (const to of [...breaks, tokens.length]) {
          const ctx: ScanContext = {
            text,
            ts: tokens.slice(from, to),
            conv: dotDecimal ? 'dot-decimal' : 'comma-decimal',
            today: { y: 2025, m: 10, d: 21 },
            now: null,
            noDate: 'no publication date given',
            firstLine: from === 0,
          };
          for (let i = 0; i < ctx.ts.length; i++) {
            if (mayStart(ctx.ts, i)) continue;
            for (const rule of RULES) {
              const m = rule(ctx, i);
              expect(m === null || m.end <= i, `${rule.name} at ${i} in ${JSON.stringify(text)}`).toBe(true);
            }
          }
          from = to;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
