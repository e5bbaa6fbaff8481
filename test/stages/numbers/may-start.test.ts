import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScanContext } from '../../../src/stages/numbers/match.js';
import { mayStart, RULES, WORD_RULES, wordRules } from '../../../src/stages/numbers/recognizer.js';
import { tokenizeLines } from '../../../src/stages/numbers/tokens.js';

const PIECES = [
  '12', '1.500', ',5', '.5', '0812', '2025', '(21/10)', '(20/10/2025)', '21/10', '(', ')', '[', '±', '$', '€', '£', '¥', '-', '−', '–', ',', '.', ':', '/',
  '%', '+', '"', '“', '~', 'Rp', 'US', 'juta', 'persen', 'sekitar', 'lebih', 'dari', 'ke', 'kedua', 'Senin', 'Maret',
  'pukul', 'jam', 'lalu', 'minus', 'dua', 'puluh', 'kata', 'yang', 'seminggu', 'Sehari', 'setengah', 'seribu',
  'sebelas', 'keseratus', 'kesatu', 'Ketiga', 'sebagai', 'kepada', 'negara', 'tahun', 'menit', 'dekade', 'Pasal',
  'Nomor', 'Tahap', 'bahasa', 'belah', 'Kepulauan', 'SPPG', 'MoU', 'rumah', 'tangga', 'jo', ' ', ' ', ' ', '\n',
];

/** Every line of a random text of pieces, as the scanner sees it. */
function eachLine(parts: string[], dotDecimal: boolean, check: (ctx: ScanContext, text: string) => void): void {
  const text = parts.join('');
  const lines = tokenizeLines(text);
  for (let l = 0; l < lines.length; l++) {
    const ctx: ScanContext = {
      text,
      ts: lines[l]!,
      conv: dotDecimal ? 'dot-decimal' : 'comma-decimal',
      today: { y: 2025, m: 10, d: 21 },
      now: null,
      noDate: 'no publication date given',
      firstLine: l === 0,
    };
    check(ctx, text);
  }
}

describe('mayStart', () => {
  it('is false only where no rule matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.boolean(), (parts, dotDecimal) => {
        eachLine(parts, dotDecimal, (ctx, text) => {
          for (let i = 0; i < ctx.ts.length; i++) {
            if (mayStart(ctx.ts, i)) continue;
            for (const rule of RULES) {
              const m = rule(ctx, i);
              expect(m === null || m.end <= i, `${rule.name} at ${i} in ${JSON.stringify(text)}`).toBe(true);
            }
          }
        });
      }),
      { numRuns: 3000 },
    );
  });
});

/** Words each of which starts some rule, and the words around them that the rules read. */
const WORD_PIECES = [
  ...PIECES, 'di', 'dalam', 'dlm', 'tidak', 'bawah', 'atas', 'Selasa', 'senin', 'Oktober', 'Mei', 'mei', 'tahun', 'thn',
  'bulan', 'pekan', 'depan', 'ini', 'kemarin', 'besok', 'hari', 'jam', 'menit', 'detik', 'silam', 'terakhir', 'pkl',
  'WIB', 'kedua', 'belah', 'pihak', 'seribu', 'satu', 'sama', 'ketiga', 'belas', 'orang', 'tanggal', 'antara', 'hingga',
  'sampai', 'No', 'kuartal', 'III', '24', '7', '1945', '14.00', '20:15', '10-12',
];

describe('wordRules', () => {
  it('finds every starter word past its fingerprint', () => {
    for (const [w, rules] of WORD_RULES) expect(wordRules(w), w).toBe(rules);
    expect(wordRules('yang')).toBeUndefined();
  });

  it('leaves out at each word only rules that match nothing there', () => {
    // Pieces mostly apart, as words are: "tahun 2027", "dua jam lalu", "Pasal 2".
    const piece = fc.tuple(fc.constantFrom(...WORD_PIECES), fc.constantFrom(' ', ' ', ' ', '')).map(([p, s]) => p + s);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, dotDecimal) => {
        eachLine(parts, dotDecimal, (ctx, text) => {
          for (let i = 0; i < ctx.ts.length; i++) {
            const t = ctx.ts[i]!;
            if (t.kind !== 'word') continue;
            const tried = wordRules(t.lower);
            expect(tried !== undefined, `"${t.lower}" is a starter`).toBe(mayStart(ctx.ts, i));
            for (const rule of RULES) {
              if (tried?.includes(rule) === true) continue;
              const m = rule(ctx, i);
              expect(m === null || m.end <= i, `${rule.name} at ${i} in ${JSON.stringify(text)}`).toBe(true);
            }
          }
        });
      }),
      { numRuns: 3000 },
    );
  });
});
