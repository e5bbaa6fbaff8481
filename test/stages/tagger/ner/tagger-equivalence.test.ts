import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFeature } from '../../../../src/lexicon/hash.js';
import { FeatureIndex, layoutFeatureIndex } from '../../../../src/stages/tagger/ner/feature-index.js';
import { BIO_ALLOWED, LABEL_COUNT } from '../../../../src/stages/tagger/ner/labels.js';
import { defaultNerModel } from '../../../../src/stages/tagger/ner/model.js';
import { ReferenceTagger } from '../../../../src/stages/tagger/ner/reference-tagger.js';
import { SentenceTagger } from '../../../../src/stages/tagger/ner/tagger.js';
import { ViterbiDecoder } from '../../../../src/stages/tagger/ner/viterbi.js';
import { mulberry32 } from '../../../../src/stages/tagger/ner/perceptron.js';

const rng = mulberry32;

// Vocabulary chosen to hit every feature: gazetteer phrases of each kind (one- and multi-word,
// also prefixes of longer entries), titles, acronyms, numbers, typographic quotes, non-ASCII letters.
const WORDS = [
  'Presiden', 'Joko', 'Widodo', 'meresmikan', 'jembatan', 'di', 'Kabupaten', 'Bogor', 'Jawa', 'Barat',
  'Wakil', 'Gubernur', 'Wali', 'Kota', 'Bank', 'Indonesia', 'Badan', 'Pusat', 'Statistik', 'BPS', 'KPK',
  'DPR', 'RI', 'PT', 'Pertamina', 'Persero', 'Tbk', 'Amerika', 'Serikat', 'Korea', 'Selatan', 'New', 'York',
  'Kuala', 'Lumpur', 'Aceh', 'Banda', 'Kementerian', 'Keuangan', 'Sri', 'Mulyani', 'Indrawati', 'Budi',
  'Siti', 'Nurhaliza', 'Pavel', 'Durov', 'Telegram', 'CEO', 'mengatakan', 'bahwa', 'pembangunan',
  'dikatakannya', 'yang', 'dan', 'itu', 'akan', 'pada', 'Senin', '(', '12/3', ')', ',', '.', '"', '“', '”',
  '‘', '’', '«', '»', 'Rp1,5', 'triliun', '2024', 'G20', 'se-Sulawesi', 'Ümit', 'Çelik', 'ÉCOLE', 'straße',
  'İstanbul', 'ñandú', 'Ω', '—', '', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'X', 'Xd', 'COVID-19',
  'perdana', 'menteri', 'duta', 'besar', 'universitas', 'gadjah', 'mada', 'Mahkamah', 'Konstitusi',
  'kabupaten', 'administrasi', 'kepulauan', 'seribu', 'dki', 'jakarta', 'Jakarta', 'JAKARTA', 'Timur',
  'Tengah', 'pdi-p', 'PDI', 'Perjuangan', 'ketua', 'umum', 'Dr', 'Ir', 'H.', 'Hj', 'Prof', 'ibu', 'bapak',
];

type Casing = 'as-is' | 'lower' | 'upper' | 'title';

function recase(tokens: string[], casing: Casing): string[] {
  if (casing === 'lower') return tokens.map((t) => t.toLowerCase());
  if (casing === 'upper') return tokens.map((t) => t.toUpperCase());
  if (casing === 'title') return tokens.map((t) => (t[0] ?? '').toUpperCase() + t.slice(1));
  return tokens;
}

/** `count` sentences of 1 to 40 tokens from {@link WORDS}, some with known phrases spliced in. */
function sentences(count: number, seed: number): string[][] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const phrases = [
    'Presiden Joko Widodo', 'Wakil Presiden', 'Wali Kota Bogor', 'Bank Indonesia', 'Badan Pusat Statistik',
    'Kabupaten Aceh Selatan', 'Kota Banda Aceh', 'Amerika Serikat', 'Korea Selatan', 'New York',
    'Kementerian Keuangan', 'Sri Mulyani Indrawati', 'PT Pertamina ( Persero )', 'DPR RI', 'Jawa Barat',
    'kabupaten administrasi kepulauan seribu', 'dki jakarta', 'universitas gadjah mada', 'perdana menteri',
  ];
  const casings: Casing[] = ['as-is', 'as-is', 'as-is', 'lower', 'upper', 'title'];
  const out: string[][] = [];
  for (let k = 0; k < count; k++) {
    const n = 1 + Math.floor(next() * 40);
    const tokens: string[] = [];
    while (tokens.length < n) {
      if (next() < 0.15) tokens.push(...pick(phrases).split(' '));
      else tokens.push(pick(WORDS));
    }
    out.push(recase(tokens, pick(casings)));
  }
  return out;
}

function expectSame(fast: SentenceTagger, ref: ReferenceTagger, tokens: string[]): void {
  const a = fast.tag(tokens, true);
  const b = ref.tag(tokens, true);
  expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
  expect(a.margins.length).toBe(b.margins.length);
  for (let i = 0; i < tokens.length; i++) expect(Math.abs((a.margins[i] ?? NaN) - (b.margins[i] ?? NaN))).toBeLessThanOrEqual(1e-9);
  expect(Array.from(fast.tag(tokens).labels)).toEqual(Array.from(b.labels));
  // Margins asked for after tagging without them are the same numbers.
  expect(Array.from(fast.marginsOfLast())).toEqual(Array.from(a.margins));
}

describe('SentenceTagger (fast path) against ReferenceTagger', () => {
  const model = defaultNerModel();
  const ref = new ReferenceTagger(model);

  it('gives the same labels and margins on 600 generated sentences', () => {
    const fast = new SentenceTagger(model);
    const all = sentences(600, 20241128);
    let entities = 0;
    for (const tokens of all) {
      expectSame(fast, ref, tokens);
      entities += Array.from(ref.tag(tokens).labels).filter((l) => l % 2 === 1).length;
    }
    // Not a vacuous comparison: the model finds many entities in these sentences.
    expect(entities).toBeGreaterThan(300);
  });

  it('gives the same results on hand-written news sentences', () => {
    const fast = new SentenceTagger(model);
    const texts = [
      'Presiden Joko Widodo meresmikan jembatan di Kabupaten Bogor , Jawa Barat , Senin ( 12/3 ) .',
      'CEO Telegram , Pavel Durov mengatakan platform itu aman .',
      'Badan Pusat Statistik ( BPS ) mencatat inflasi naik 2,5 persen pada Maret 2024 .',
      'Menteri Keuangan Sri Mulyani Indrawati hadir di Kuala Lumpur , Malaysia .',
      '“ Kami akan terus mengawal , ” kata Ketua KPK Firli Bahuri kepada wartawan di Gedung Merah Putih .',
      'JOKOWI RESMIKAN JEMBATAN BARU DI BOGOR',
      'Jokowi Resmikan Jembatan Baru Di Kabupaten Bogor Jawa Barat',
      'presiden joko widodo tiba di jakarta',
      'PT Pertamina ( Persero ) menaikkan harga BBM di Nusa Tenggara Timur .',
      'Wakil Gubernur DKI Jakarta mengunjungi Kepulauan Seribu bersama Wali Kota Jakarta Utara .',
      'Ümit Çelik dari İstanbul bertemu ÉCOLE de Paris di straße München .',
      '.',
      'Durov',
    ];
    for (const t of texts) expectSame(fast, ref, t.split(' '));
    // Tokens with spaces inside (a caller's own tokenizer) still match gazetteer phrases across tokens.
    for (const tokens of [['Kabupaten', 'Aceh Selatan', 'banjir'], ['di', 'New York', 'City'], ['kota banda', 'aceh'], [' ', '  ', 'Bogor']]) {
      expectSame(fast, ref, tokens);
    }
  });

  it('stays exact when its word cache is tiny and refills within one pass', () => {
    const fast = new SentenceTagger(model, { cacheWords: 8 });
    for (const tokens of sentences(150, 7)) expectSame(fast, ref, tokens);
    expect(fast.cachedWords).toBeLessThanOrEqual(50);
  });

  it('stays exact on a sentence longer than the cache', () => {
    const fast = new SentenceTagger(model, { cacheWords: 16 });
    const long = sentences(20, 3).flat();
    expect(long.length).toBeGreaterThan(100);
    expectSame(fast, ref, long);
  });

  it('stays exact on a sentence of more distinct words than a pair key holds (65,535)', () => {
    // Words past the first 65,534 have ids too large for a pair key: their pairs are looked up each
    // time, not cached. Known names at the end, whose pairs are model features.
    const fast = new SentenceTagger(model);
    const tokens = Array.from({ length: 66_000 }, (_, k) => `k${k}`);
    tokens.push(...'Presiden Joko Widodo tiba di Kabupaten Bogor , Jawa Barat .'.split(' '));
    const a = fast.tag(tokens, true);
    const b = ref.tag(tokens, true);
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.labels.subarray(66_000)).some((l) => l > 0)).toBe(true);
    for (let i = 66_000; i < tokens.length; i++) expect(Math.abs((a.margins[i] ?? NaN) - (b.margins[i] ?? NaN))).toBeLessThanOrEqual(1e-9);
  });

  it('stays exact while its word cache grows past its first size (512 words)', () => {
    const fast = new SentenceTagger(model);
    const next = rng(5);
    const forms = ['Kata', 'kata', 'KATA', 'Kata-', 'kata2024'];
    for (let k = 0; k < 120; k++) {
      const tokens = sentences(1, k)[0] ?? [];
      for (let j = 0; j < 12; j++) tokens.splice(Math.floor(next() * tokens.length), 0, `${forms[j % forms.length] ?? ''}${k * 12 + j}`);
      expectSame(fast, ref, tokens);
    }
    expect(fast.cachedWords).toBeGreaterThan(1500);
  });

  it('stays exact past 1,023 word shapes, within one sentence and across sentences', () => {
    // Shapes keep ASCII punctuation: "a!#1" → "x!#d". Over 1,300 distinct shapes in one sentence, then
    // more in later sentences (the cache is emptied between sentences when its shapes are full).
    const marks = '!#$%&*+/:;<=>?@^_`|~';
    const shaped = (k: number) => `a${marks[k % 20] ?? ''}${marks[Math.floor(k / 20) % 20] ?? ''}${marks[Math.floor(k / 400) % 20] ?? ''}1`;
    const fast = new SentenceTagger(model);
    const long = Array.from({ length: 1400 }, (_, k) => (k % 50 === 0 ? 'Jakarta' : shaped(k)));
    expectSame(fast, ref, long);
    for (let k = 0; k < 40; k++) expectSame(fast, ref, ['Presiden', 'Joko', 'Widodo', shaped(1400 + k * 3), shaped(1401 + k * 3), 'di', 'Bogor', shaped(1402 + k * 3)]);
  });

  it('tells apart tokens whose hashes collide, also after the cache grows', () => {
    // Equal FNV-1a hashes, different texts: the token table must compare the characters.
    expect(hashFeature('w4pvu')).toBe(hashFeature('wb3ea'));
    const fast = new SentenceTagger(model);
    expectSame(fast, ref, ['Kata', 'w4pvu', 'wb3ea', 'di', 'w4pvu', 'Jakarta', 'wb3ea']);
    expect(fast.cachedWords).toBe(5);
    // 600 more words grow the cache past its first 512, which places the tokens again.
    expectSame(fast, ref, Array.from({ length: 600 }, (_, k) => `x${k}`));
    expectSame(fast, ref, ['wb3ea', 'w4pvu', 'Bogor']);
    expect(fast.cachedWords).toBe(606);
  });

  it('returns empty results for an empty sentence', () => {
    const fast = new SentenceTagger(model);
    const r = fast.tag([], true);
    expect(r.labels.length).toBe(0);
    expect(r.margins.length).toBe(0);
    expect(fast.marginsOfLast().length).toBe(0);
  });
});

describe('ViterbiDecoder', () => {
  // The BIO table visits only allowed transitions (sparse lists); with no table and forbidden
  // transitions scored -Infinity it visits all of them: both must agree exactly.
  it('decodes under BIO_ALLOWED exactly as with forbidden transitions at -Infinity, margins included', () => {
    const L = LABEL_COUNT;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 12 * L, maxLength: 12 * L }),
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: (L + 1) * L, maxLength: (L + 1) * L }),
        (n, em, tr) => {
          const transitions = Float32Array.from(tr);
          const emissions = Float64Array.from(em.slice(0, n * L));
          const outA = new Int32Array(n);
          const outB = new Int32Array(n);
          const mA = new Float64Array(n);
          const mB = new Float64Array(n);
          const dense = Float64Array.from(transitions, (t, k) => (BIO_ALLOWED[k] === 1 ? t : -Infinity));
          const sA = new ViterbiDecoder(L, BIO_ALLOWED).decode(emissions, n, transitions, outA, mA);
          const sB = new ViterbiDecoder(L, null).decode(emissions, n, dense, outB, mB);
          expect(sA).toBe(sB);
          expect(Array.from(outA)).toEqual(Array.from(outB));
          expect(Array.from(mA)).toEqual(Array.from(mB));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('FeatureIndex', () => {
  it('finds the row of every model feature and nothing else', () => {
    const model = defaultNerModel();
    const { index, keys } = model;
    // Counted, not asserted one by one: 121k features.
    let wrong = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] ?? 0;
      if (index.row(key) !== r || index.row(key | 0) !== r) wrong++;
    }
    const stored = new Set(keys);
    const next = rng(99);
    let misses = 0;
    for (let k = 0; k < 20000; k++) {
      const h = Math.floor(next() * 2 ** 32);
      const row = index.row(h);
      if ((row < 0 ? -1 : keys[row]) !== (stored.has(h) ? h : -1)) wrong++;
      if (row < 0) misses++;
    }
    expect(wrong).toBe(0);
    expect(misses).toBeGreaterThan(10000);
  });

  it('lays out any set of hashes so that each finds its own slot rank', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }), (list) => {
        const hashes = Uint32Array.from(list);
        const { order, table, bits } = layoutFeatureIndex(hashes);
        const keys = Uint32Array.from(order, (k) => hashes[k] ?? 0);
        expect([...keys].sort()).toEqual([...hashes].sort());
        const index = new FeatureIndex(keys, table, bits);
        keys.forEach((h, r) => expect(index.row(h)).toBe(r));
        for (const h of [0, 1, 0xffffffff, 0x80000000]) if (!list.includes(h)) expect(index.row(h)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a duplicate hash and a table that does not match the keys', () => {
    expect(() => layoutFeatureIndex(Uint32Array.from([5, 9, 5]))).toThrow(/duplicate/);
    const { table, bits } = layoutFeatureIndex(Uint32Array.from([1, 2, 3]));
    expect(() => new FeatureIndex(Uint32Array.from([1, 2]), table, bits)).toThrow(/counts 3 rows, not 2/);
    expect(() => new FeatureIndex(Uint32Array.from([1, 2, 3]), table, bits + 1)).toThrow(/for 2\^6 slots/);
  });
});
