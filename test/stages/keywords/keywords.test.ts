import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../../src/lexicon/index.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { neverKeywords, rankKeywords } from '../../../src/stages/keywords/index.js';
import { keywordTables } from '../../../src/stages/keywords/rank.js';

const pipeline = createPipeline({
  stages: [
    { name: 'clean' },
    { name: 'segment' },
    { name: 'stem' },
    { name: 'keywords', options: { limit: 5 } },
    { name: 'extract', options: { sentences: 2 } },
  ],
});

describe('keywords and extract stages', () => {
  const doc = pipeline.run({
    title: 'Petani Cabai Merugi Akibat Hujan',
    body: [
      'Ratusan petani cabai di Garut merugi karena hujan deras merusak tanaman mereka pekan ini.',
      'Para petani mengatakan kerugian mencapai puluhan juta rupiah untuk setiap hektare lahan.',
      'Harga cabai di pasar naik karena pasokan dari petani berkurang tajam.',
      'Sementara itu, cuaca cerah diperkirakan kembali pada akhir bulan ini.',
    ].join('\n\n'),
  });

  it('ranks keywords by stem and reports their most frequent surface form', () => {
    expect(doc.keywords).toHaveLength(5);
    expect(doc.keywords[0]).toMatchObject({ text: 'petani', stem: 'tani', count: 3 });
    expect(doc.keywords.map((k) => k.stem)).toContain('cabai');
    for (const k of doc.keywords) expect(['yang', 'di', 'dan', 'ini', 'untuk']).not.toContain(k.text);
  });

  it('weighs a title word 3, a lead word 1.5, a later word 1, and a name inside a sentence 0.5 more', () => {
    // "petani": title, lead and two later paragraphs; "Garut": a name in the lead.
    expect(doc.keywords.map((k) => [k.text, k.score])).toEqual([['petani', 6.5], ['cabai', 5.5], ['kerugian', 5.5], ['hujan', 4.5], ['Garut', 2]]);
  });

  it('extracts the top sentences of the body in document order', () => {
    expect(doc.extract).toHaveLength(2);
    expect(doc.extract[0]!.text.startsWith('Ratusan petani cabai')).toBe(true);
    expect(doc.extract[0]!.start).toBeLessThan(doc.extract[1]!.start);
    for (const s of doc.extract) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('rejects invalid options when it is built', () => {
    expect(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'keywords', options: { limit: -1 } }] })).toThrow(
      /stages\[2\] \("keywords"\): options\.limit/,
    );
  });

  it('keeps names as written, counts words with non-ASCII letters, and skips number words and non-words', () => {
    const d = pipeline.run({
      body: 'Warga Garut menikmati kafé baru. Kafé itu ramai, kata warga Garut. Sebanyak 20 juta orang datang ke kafé di Garut. Covid-19 reda.',
    });
    const byStem = new Map(d.keywords.map((k) => [k.stem, k]));
    expect(byStem.get('garut')?.text).toBe('Garut');
    expect(byStem.get('kafé')?.count).toBe(3);
    expect([...byStem.keys()]).not.toContain('juta');
    expect(d.keywords.map((k) => k.text)).not.toContain('covid-19');
  });
});

describe('neverKeywords', () => {
  it('holds the stopwords and the first sections of the number and time words, not their "-more" sections', () => {
    const skipped = neverKeywords(getLexicon());
    for (const w of ['yang', 'tiga', 'belas', 'sebelas', 'juta', 'seribu', 'ratusan', 'persen', 'rupiah', 'tahun', 'minggu']) {
      expect(skipped.has(w), w).toBe(true);
    }
    for (const w of ['nol', 'trilyun', 'semiliar', 'miliaran', 'peratus', 'dolar', 'jam', 'dekade']) expect(skipped.has(w), w).toBe(false);
  });
});

describe('rankKeywords', () => {
  const dir = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => pipeline.run({ text: readFileSync(dir + f, 'utf8') }));
  const lex = getLexicon();
  const options = { stopwords: lex.stopwords, skipped: neverKeywords(lex) };

  it('gives the head of the full ranking whatever the limit', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) {
      const all = rankKeywords(d, { limit: 1000, ...options });
      for (let limit = 0; limit <= 25; limit++) expect(rankKeywords(d, { limit, ...options })).toEqual(all.slice(0, limit));
    }
  });

  it('ranks the same with the word tables the stage looks words up in as with the sets', () => {
    for (const d of docs) expect(rankKeywords(d, { limit: 1000, ...keywordTables(lex) })).toEqual(rankKeywords(d, { limit: 1000, ...options }));
  });
});

describe('keywordTables', () => {
  it('hold the stopwords and the words that are never keywords, and nothing else', () => {
    const lex = getLexicon();
    const tables = keywordTables(lex);
    const skipped = neverKeywords(lex);
    for (const w of skipped) expect(tables.skipped.has(w), w).toBe(true);
    for (const w of lex.stopwords) expect(tables.stopwords.has(w), w).toBe(true);
    for (const w of ['nol', 'trilyun', 'dolar', 'pemerintah', 'Yang', 'yang ', '']) {
      expect(tables.skipped.has(w), w).toBe(skipped.has(w));
      expect(tables.stopwords.has(w), w).toBe(lex.stopwords.has(w));
    }
  });
});
