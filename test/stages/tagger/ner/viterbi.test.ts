import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIO_ALLOWED, LABEL_COUNT, allowedTransition } from '../../../../src/stages/tagger/ner/labels.js';
import { ViterbiDecoder } from '../../../../src/stages/tagger/ner/viterbi.js';

/** Scores every label sequence (brute force), for checking the decoder. */
function bruteForce(em: number[], n: number, L: number, tr: number[], allowed: Uint8Array | null) {
  let best = -Infinity;
  let bestPath: number[] = [];
  const all: { path: number[]; score: number }[] = [];
  const rec = (i: number, path: number[], score: number) => {
    if (i === n) {
      all.push({ path, score });
      if (score > best) {
        best = score;
        bestPath = path;
      }
      return;
    }
    const prev = i === 0 ? L : (path[i - 1] ?? 0);
    for (let b = 0; b < L; b++) {
      if (allowed && allowed[prev * L + b] === 0) continue;
      rec(i + 1, [...path, b], score + (tr[prev * L + b] ?? 0) + (em[i * L + b] ?? 0));
    }
  };
  rec(0, [], 0);
  return { best, bestPath, all };
}

describe('ViterbiDecoder', () => {
  it('decodes a hand-made two-label model', () => {
    // Labels 0 and 1; emissions prefer 0,1,1 but the 1→1 transition costs 5, so 0,1,0 wins.
    const em = [2, 0, 0, 1, 0, 1];
    const tr = [0, 0, 0, -5, 0, 0];
    const out = new Int32Array(3);
    const score = new ViterbiDecoder(2, null).decode(em, 3, tr, out, null);
    expect([...out]).toEqual([0, 1, 0]);
    expect(score).toBe(3);
  });

  it('never outputs I-X without B-X under the BIO table', () => {
    const L = LABEL_COUNT;
    // Token 0 strongly prefers I-PERSON (2): not allowed at the start.
    const em = new Array<number>(2 * L).fill(0);
    em[2] = 10;
    em[L + 2] = 10;
    const out = new Int32Array(2);
    new ViterbiDecoder(L, BIO_ALLOWED).decode(em, 2, new Array<number>((L + 1) * L).fill(0), out, null);
    expect([...out]).toEqual([1, 2]);
    expect(allowedTransition(-1, 2)).toBe(false);
    expect(allowedTransition(1, 2)).toBe(true);
    expect(allowedTransition(3, 2)).toBe(false);
  });

  it('matches brute force, with margins equal to the best alternative gap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 4 * 3, maxLength: 4 * 3 }),
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 4 * 3, maxLength: 4 * 3 }),
        (n, emAll, tr) => {
          const L = 3;
          const em = emAll.slice(0, n * L);
          const out = new Int32Array(n);
          const margins = new Float64Array(n);
          const score = new ViterbiDecoder(L, null).decode(em, n, tr, out, margins);
          const bf = bruteForce(em, n, L, tr, null);
          expect(score).toBe(bf.best);
          const pathScore = bf.all.find((p) => p.path.join() === [...out].join())?.score;
          expect(pathScore).toBe(bf.best);
          for (let i = 0; i < n; i++) {
            const alt = Math.max(...bf.all.filter((p) => p.path[i] !== out[i]).map((p) => p.score));
            expect(margins[i]).toBeCloseTo(bf.best - alt, 9);
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('breaks ties as the generic loop does under the BIO table (the unrolled 7-label path)', () => {
    // Small integers make many equal scores: the first (lowest) label must win every tie.
    const L = LABEL_COUNT;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 10 * L, maxLength: 10 * L }),
        fc.array(fc.integer({ min: -2, max: 2 }), { minLength: (L + 1) * L, maxLength: (L + 1) * L }),
        (n, em, tr) => {
          const emissions = Float64Array.from(em.slice(0, n * L));
          const dense = Float64Array.from(tr, (t, k) => (BIO_ALLOWED[k] === 1 ? t : -Infinity));
          const [outA, outB] = [new Int32Array(n), new Int32Array(n)];
          const [mA, mB] = [new Float64Array(n), new Float64Array(n)];
          const sA = new ViterbiDecoder(L, BIO_ALLOWED).decode(emissions, n, Float64Array.from(tr), outA, mA);
          const sB = new ViterbiDecoder(L, null).decode(emissions, n, dense, outB, mB);
          expect(sA).toBe(sB);
          expect([...outA]).toEqual([...outB]);
          expect([...mA]).toEqual([...mB]);
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });
});
