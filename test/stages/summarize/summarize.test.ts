import { describe, expect, it } from 'vitest';
import { WartaConfigError } from '../../../src/errors.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import { createCleanStage } from '../../../src/stages/clean/index.js';
import { createSegmentStage } from '../../../src/stages/segment/index.js';
import { createStemStage } from '../../../src/stages/stem/index.js';
import { createSummarizeStage } from '../../../src/stages/summarize/index.js';

const pipeline = createPipeline({
  stages: [createCleanStage(), createSegmentStage(), createStemStage(), createSummarizeStage({ keywords: 5, summarySentences: 2 })],
});

describe('summarize stage', () => {
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

  it('extracts the top sentences of the body in document order', () => {
    expect(doc.summary).toHaveLength(2);
    expect(doc.summary[0]!.text.startsWith('Ratusan petani cabai')).toBe(true);
    expect(doc.summary[0]!.start).toBeLessThan(doc.summary[1]!.start);
    for (const s of doc.summary) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('rejects invalid options when it is built', () => {
    expect(() => createSummarizeStage({ keywords: -1 })).toThrow(WartaConfigError);
  });
});
