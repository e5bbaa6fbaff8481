import { describe, expect, it } from 'vitest';
import { isAcronymWithDigits, isDashRun } from '../../../src/stages/names/recognise.js';

/** Words of every shape the char-code readers meet: acronyms, names, digits, marks, accents, dashes. */
const WORDS = [
  '', 'A', 'AB', 'KPK', 'DKI', 'B&B', 'K-Pop', 'AB-', 'A-', 'P2MI', 'BP3MI', 'DP3AP2KB', 'ABCDEFGH', 'ABCDEFGHI', 'Ab', 'aBC', '2AB',
  'AB2', 'A2B', 'A22B', 'AB C', 'ABÉ', 'ÉAB', 'Budi', 'budi', 'A.B', 'A_B', 'A@B', 'A[B', 'A`B', 'A{B', 'AB9', '9', '-', '--', '–', '—',
  '-–—', '-a', 'a-', '―', '‐', 'ke-7', 'AB\n', 'A\u0000B', 'A/B', 'A:B', 'P2', 'PP2', 'P22P', 'P2p', 'ＡＢ', 'Ⅸ',
];

describe('char-code readers of word shapes', () => {
  it('isAcronymWithDigits answers as /^[A-Z][A-Z]*\\d[A-Z\\d]*[A-Z]$/', () => {
    for (const w of WORDS) expect(isAcronymWithDigits(w), w).toBe(/^[A-Z][A-Z]*\d[A-Z\d]*[A-Z]$/.test(w));
  });
  it('isDashRun answers as /^[-–—]+$/', () => {
    for (const w of WORDS) expect(isDashRun(w), w).toBe(/^[-–—]+$/.test(w));
  });
  it('reads the shapes themselves', () => {
    expect(isAcronymWithDigits('BP3MI')).toBe(true);
    expect(isAcronymWithDigits('BPMI')).toBe(false);
    expect(isDashRun('–')).toBe(true);
    expect(isDashRun('')).toBe(false);
  });
});
