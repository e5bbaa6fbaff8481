import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FEATURE_WORD, forEachFeature, normalize, SYMBOL, WORD_SEED } from '../../../src/stages/language/features.js';
import { FNV_PRIME } from '../../../src/lexicon/hash.js';
import { buildModel, defaultModel, lookup, MODEL_FORMAT, weightsAt, type LangModel, type LangModelFile } from '../../../src/stages/language/model.js';
import { MAX_SCORED_CHARS, posterior, scoreText } from '../../../src/stages/language/score.js';

/** The slow reference: forEachFeature with a table lookup per feature. */
function reference(model: LangModel, text: string): { scores: number[]; known: number } {
  const acc = new Array<number>(model.classes.length).fill(0);
  let known = 0;
  forEachFeature(normalize(text, MAX_SCORED_CHARS), (hash, kind) => {
    const slot = lookup(model, hash);
    if (slot < 0) return;
    if (kind === FEATURE_WORD) known++;
    for (let c = 0; c < acc.length; c++) acc[c]! += model.weights[weightsAt(slot) + c]!;
  });
  return { scores: acc.map((x, c) => x * model.scale + model.bias[c]!), known };
}

function expectSameAsReference(model: LangModel, text: string): void {
  const fast = scoreText(model, text);
  const slow = reference(model, text);
  expect(fast.knownWords).toBe(slow.known);
  // Integer weight sums in any order: the scores are equal, not just close.
  expect([...fast.scores]).toEqual(slow.scores);
}

/** A model file with the given feature hashes as keys and pseudo-random weights (within ±range). */
function fileWith(keys: number[], classes: string[], range = 1000): LangModelFile {
  const weights = Int16Array.from({ length: keys.length * classes.length }, (_, i) => Math.round(((((i * 7919) % 2001) - 1000) * range) / 1000));
  return {
    format: MODEL_FORMAT,
    classes,
    temperature: 1,
    scale: 0.01,
    keys: Buffer.from(Int32Array.from(keys).buffer).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
  };
}

// Characters that take every path of the scorer: symbols (letters, "0", separators kept between
// digits or inside words, the space), other letters (Latin with diacritics, Cyrillic, a combining
// mark), and characters normalisation drops.
const MIXED = fc.string({ unit: fc.constantFrom(...'aAkNyz 019.,-\n\u00e9\u00fc\u00df\u0436\u0301\u4e2d!?()"'), maxLength: 200 });

describe('language features and scoring', () => {
  const model = defaultModel();

  it('the inlined scorer visits exactly the features of forEachFeature', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', 'Kerajaan berkata bahawa ', 'RM1.5 bilion, Rp 1,5 triliun — '), (s, prefix) => {
        expectSameAsReference(model, prefix + s);
      }),
      { numRuns: 200 },
    );
  });

  it('scores a part of a text, from `from` to `to`, exactly as its slice', () => {
    // The stage reads each paragraph in its article's text; a part cut inside a number ("1.5") or
    // a word ("anak-anak") must end as the slice ends, not read on past `to`.
    fc.assert(
      fc.property(MIXED, MIXED, MIXED, (before, part, after) => {
        const text = before + part + after;
        const from = before.length;
        const to = from + part.length;
        const whole = scoreText(model, text, undefined, from, to);
        const sliced = scoreText(model, part);
        expect([...whole.scores]).toEqual([...sliced.scores]);
        expect({ ...whole, scores: null }).toEqual({ ...sliced, scores: null });
      }),
      { numRuns: 300 },
    );
  });

  it('scores text with characters outside the n-gram alphabet exactly as the reference', () => {
    fc.assert(
      fc.property(MIXED, (s) => expectSameAsReference(model, s)),
      { numRuns: 300 },
    );
    for (const text of ['a', 'ab', 'abc', 'Warga di désa éta geus lila', 'Жители села; désa — ok', 'x'.repeat(2000)]) expectSameAsReference(model, text);
  });

  it('derives the trigram nodes of a small model exactly (two classes, 4-grams without their trigram)', () => {
    // Keys: some of the features of these texts, so that some trigrams have 4-grams but no weight
    // of their own, and some words and pairs are known.
    const keys: number[] = [];
    let k = 0;
    for (const text of ['anak-anak itu bermain di taman', 'Rp 1,5 triliun di désa éta', 'the big cat']) {
      forEachFeature(normalize(text), (hash) => {
        if (k++ % 3 !== 0 && !keys.includes(hash)) keys.push(hash);
      });
    }
    const small = buildModel(fileWith(keys, ['a', 'b']));
    for (const text of ['anak-anak itu bermain di taman', 'Rp 1,5 triliun di désa éta', 'the big cat', 'Anak itu di taman, the cat', '']) {
      expectSameAsReference(small, text);
    }
    fc.assert(
      fc.property(MIXED, (s) => expectSameAsReference(small, s)),
      { numRuns: 200 },
    );
  });

  it('keeps weight sums that do not fit in int16 exact (the int32 rows)', () => {
    const keys: number[] = [];
    for (const text of ['anak-anak itu bermain di taman', 'the big cat sat on the mat']) {
      forEachFeature(normalize(text), (hash) => {
        if (!keys.includes(hash)) keys.push(hash);
      });
    }
    const wide = buildModel(fileWith(keys, ['a', 'b', 'c'], 32767));
    expect(wide.rows).toBeInstanceOf(Int32Array);
    expect(defaultModel().rows).toBeInstanceOf(Int16Array);
    for (const text of ['anak-anak itu bermain di taman', 'the big cat sat on the mat', 'Anak itu di taman, the cat']) expectSameAsReference(wide, text);
    fc.assert(
      fc.property(MIXED, (s) => expectSameAsReference(wide, s)),
      { numRuns: 100 },
    );
  });

  it('normalises as a plain reading of its rules does, symbols and word hashes included', () => {
    // The rules one character at a time, with strings and regular expressions.
    const reference = (text: string) => {
      const out = [32];
      let letters = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        const next = text[i + 1] ?? '';
        const prev = out[out.length - 1];
        if (/\p{L}|\p{M}/u.test(ch)) ((letters += 1), out.push(ch.toLowerCase().charCodeAt(0)));
        else if (/[0-9]/.test(ch)) out.push(48);
        else if (/[.,]/.test(ch) && prev === 48 && /[0-9]/.test(next)) out.push(ch.charCodeAt(0));
        else if (ch === '-' && prev !== 32 && /\p{L}|\p{M}/u.test(next)) out.push(45);
        else if (prev !== 32) out.push(32);
      }
      if (out[out.length - 1] !== 32) out.push(32);
      const tokens = String.fromCharCode(...out).trim().split(' ').filter((t) => t !== '');
      const hashes = tokens.map((t) => [...t].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), FNV_PRIME), WORD_SEED) || 1);
      return { out, letters, tokens, hashes };
    };
    const text = fc.string({ unit: fc.constantFrom(...'abzAZ kK019.,-\n\u00e9\u00c9\u0130\u212a\u0436\u0301\u4e2d!"'), maxLength: 120 });
    fc.assert(
      fc.property(text, (s) => {
        const n = normalize(s);
        const r = reference(s);
        expect(Array.from(n.codes.subarray(0, n.length))).toEqual(r.out);
        expect(Array.from(n.symbols.subarray(0, n.length + 3))).toEqual([...r.out.map((c) => (c < 128 ? SYMBOL[c]! : 0)), 0, 0, 0]);
        expect(Array.from(n.wordHashes.subarray(0, n.tokens))).toEqual(r.hashes);
        expect(n.letters).toBe(r.letters);
        expect(n.words).toBe(r.tokens.filter((t) => /\p{L}|\p{M}/u.test(t)).length);
      }),
      { numRuns: 500 },
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

  it('refuses a model with more classes than a table slot has room for', () => {
    expect(() => buildModel(fileWith([5], ['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toThrow(/classes/);
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
      expect([m.weights[weightsAt(at)], m.weights[weightsAt(at) + 1]]).toEqual([weights[2 * i], weights[2 * i + 1]]);
    });
    expect(lookup(m, 42)).toBe(-1);
  });
});
