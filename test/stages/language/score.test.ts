import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FEATURE_WORD, forEachFeature, normalize } from '../../../src/stages/language/features.js';
import { buildModel, defaultModel, lookup, MODEL_FORMAT } from '../../../src/stages/language/model.js';
import { posterior, scoreText } from '../../../src/stages/language/score.js';

describe('language features and scoring', () => {
  const model = defaultModel();

  /** The slow reference: forEachFeature with a lookup per feature. */
  function reference(text: string): { scores: number[]; known: number } {
    const acc = new Array<number>(model.classes.length).fill(0);
    let known = 0;
    forEachFeature(normalize(text, 1500), (hash, kind) => {
      const at = lookup(model, hash);
      if (at < 0) return;
      if (kind === FEATURE_WORD) known++;
      for (let c = 0; c < acc.length; c++) acc[c]! += model.weights16[at + c]!;
    });
    return { scores: acc.map((x, c) => x * model.scale + model.bias[c]!), known };
  }

  it('the inlined scorer visits exactly the features of forEachFeature', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', 'Kerajaan berkata bahawa ', 'RM1.5 bilion, Rp 1,5 triliun — '), (s, prefix) => {
        const text = prefix + s;
        const fast = scoreText(model, text);
        const slow = reference(text);
        expect(fast.knownWords).toBe(slow.known);
        slow.scores.forEach((x, c) => expect(fast.scores[c]).toBeCloseTo(x, 6));
      }),
      { numRuns: 200 },
    );
  });

  it('normalises case, digits and separators', () => {
    const a = normalize('RM1.500, Rp 2,5!');
    expect(String.fromCharCode(...a.codes.subarray(0, a.length))).toBe(' rm0.000 rp 0,0 ');
    expect(a.words).toBe(2);
    expect(a.tokens).toBe(3);
  });

  it('keeps hyphenated words whole', () => {
    const n = normalize('anak-anak - itu');
    expect(String.fromCharCode(...n.codes.subarray(0, n.length))).toBe(' anak-anak itu ');
  });

  it('posterior is a probability distribution that a prior can tilt', () => {
    const s = Float64Array.from([1, 0.5, 0, 0, 0]);
    const p = posterior(s, 1);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const tilted = posterior(s, 1, Float64Array.from([0, 5, 0, 0, 0]));
    expect(tilted[1]!).toBeGreaterThan(tilted[0]!);
  });

  it('refuses a model file of another format', () => {
    expect(() => buildModel({ format: 'other/9', classes: ['id'], temperature: 1, scale: 1, keys: '', weights: '' })).toThrow(/format/);
  });

  it('builds a table in which every stored key is found', () => {
    const keys = Int32Array.from([5, -7, 123456789, -2147483648]);
    const weights = Int16Array.from([1, -1, 2, -2, 3, -3, 4, -4]);
    const m = buildModel({
      format: MODEL_FORMAT,
      classes: ['a', 'b'],
      temperature: 1,
      scale: 0.5,
      keys: Buffer.from(keys.buffer).toString('base64'),
      weights: Buffer.from(weights.buffer).toString('base64'),
    });
    keys.forEach((k, i) => {
      const at = lookup(m, k);
      expect(at).toBeGreaterThanOrEqual(0);
      expect([m.weights16[at], m.weights16[at + 1]]).toEqual([weights[2 * i], weights[2 * i + 1]]);
    });
    expect(lookup(m, 42)).toBe(-1);
  });
});
