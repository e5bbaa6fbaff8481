import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import type { Doc } from '../../../src/doc/doc.js';
import { runStages } from '../../../src/pipeline/runner.js';
import { buildStage } from '../../../src/pipeline/config.js';
import { languageStage } from '../../../src/stages/language/index.js';

const stage = buildStage(languageStage);

/** A Doc whose paragraphs are the given texts joined by blank lines (what the clean stage does). */
function docOf(paragraphs: string[], language?: string): Doc {
  const text = paragraphs.join('\n\n');
  const doc = createDoc({ text, ...(language ? { language } : {}) }, 'test');
  let at = 0;
  doc.paragraphs = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  doc.layers = ['text', 'paragraphs'];
  return runStages(doc, [stage]);
}

const ID_ARTICLE = [
  'Harga Beras Naik Jelang Ramadan',
  'Harga beras medium di sejumlah pasar tradisional di Jakarta naik menjadi Rp 14.000 per kilogram dalam sepekan terakhir.',
  'Menurut para pedagang, kenaikan itu terjadi karena pasokan dari daerah sentra produksi berkurang akibat cuaca buruk.',
  'Kepala Dinas Ketahanan Pangan mengatakan pemerintah akan menggelar operasi pasar untuk menekan harga.',
];
const EN_PARAGRAPH = 'In a statement, the World Bank said that food prices across Southeast Asia were expected to remain high for the rest of the year.';
const MS_ARTICLE = [
  'Harga Beras Meningkat Menjelang Ramadan',
  'Harga beras di beberapa pasar di Kuala Lumpur meningkat kepada RM3.20 sekilogram sepanjang minggu lepas.',
  'Menurut peniaga, kenaikan itu berlaku kerana bekalan dari kawasan pengeluaran berkurangan akibat cuaca buruk.',
  'Pengarah Jabatan Pertanian berkata kerajaan akan mengadakan jualan murah bagi mengawal harga.',
];

describe('language stage', () => {
  it('labels every paragraph and the article of an Indonesian article', () => {
    const doc = docOf(ID_ARTICLE);
    expect(doc.language?.code).toBe('id');
    expect(doc.language?.confidence).toBeGreaterThan(0.9);
    expect(doc.language?.others).toEqual([]);
    expect(doc.paragraphs.map((p) => p.language?.code)).toEqual(['id', 'id', 'id', 'id']);
    expect(doc.messages.map((m) => m.code)).toEqual([]);
  });

  it('keeps a Malaysian article apart from Indonesian', () => {
    const doc = docOf(MS_ARTICLE);
    expect(doc.language?.code).toBe('ms');
    expect(doc.paragraphs.every((p) => p.language?.code === 'ms')).toBe(true);
  });

  it('labels an English paragraph inside an Indonesian article as English', () => {
    const doc = docOf([...ID_ARTICLE.slice(0, 3), EN_PARAGRAPH, ID_ARTICLE[3]!]);
    expect(doc.paragraphs.map((p) => p.language?.code)).toEqual(['id', 'id', 'id', 'en', 'id']);
    expect(doc.language?.code).toBe('id');
    const en = doc.language?.others.find((o) => o.code === 'en');
    expect(en?.share).toBeGreaterThan(0.1);
    expect(en?.share).toBeLessThan(0.5);
    const mixed = doc.messages.find((m) => m.code === 'language-mixed');
    expect(mixed?.data?.['others']).toEqual(doc.language?.others);
  });

  it('labels a Malaysian quote paragraph inside an Indonesian article as Malay', () => {
    const quote = 'Dalam kenyataan berasingan, Kementerian Kewangan Malaysia berkata bahawa kerajaan akan memantau harga beras di seluruh negara.';
    const doc = docOf([...ID_ARTICLE, quote]);
    expect(doc.language?.code).toBe('id');
    expect(doc.paragraphs.at(-1)!.language?.code).toBe('ms');
    expect(doc.language?.others.map((o) => o.code)).toEqual(['ms']);
  });

  it('makes English the article language when English dominates', () => {
    const doc = docOf([EN_PARAGRAPH, EN_PARAGRAPH, ID_ARTICLE[1]!]);
    expect(doc.language?.code).toBe('en');
    expect(doc.language?.others.map((o) => o.code)).toEqual(['id']);
  });

  it('reads an all-caps headline with its article', () => {
    const doc = docOf([ID_ARTICLE[0]!.toUpperCase(), ...ID_ARTICLE.slice(1)]);
    expect(doc.paragraphs[0]!.language?.code).toBe('id');
  });

  it('says "und" and reports language-uncertain for an article without words', () => {
    const doc = docOf(['***', '12.000', '...']);
    expect(doc.language).toMatchObject({ code: 'und', confidence: 0, others: [] });
    expect(doc.paragraphs.map((p) => p.language?.code)).toEqual(['und', 'und', 'und']);
    expect(doc.messages.map((m) => m.code)).toEqual(['language-uncertain']);
  });

  it('reports language-uncertain for a lone ambiguous line', () => {
    const doc = docOf(['Presiden dan menteri hadir.']);
    const uncertain = doc.messages.some((m) => m.code === 'language-uncertain');
    expect(uncertain).toBe((doc.language?.confidence ?? 0) < 0.6);
  });

  it('keeps short paragraphs such as datelines out of the shares', () => {
    const doc = docOf(['Jakarta, Senin', ...ID_ARTICLE.slice(1)]);
    expect(doc.paragraphs[0]!.language?.code).toBe('und');
    expect(doc.language?.others).toEqual([]);
  });

  it('respects a language forced by the caller and still reads paragraphs', () => {
    const doc = docOf([...ID_ARTICLE, EN_PARAGRAPH], 'ms');
    expect(doc.language).toMatchObject({ code: 'ms', confidence: 1, source: 'input' });
    expect(doc.language?.others.map((o) => o.code).sort()).toEqual(['en', 'id']);
    expect(doc.paragraphs[1]!.language?.code).toBe('id');
    expect(doc.messages.some((m) => m.code === 'language-uncertain')).toBe(false);
  });

  it('reads the whole text when the clean stage gave no paragraphs', () => {
    const doc = createDoc({ text: MS_ARTICLE.join(' ') }, 'np');
    doc.layers = ['text', 'paragraphs'];
    runStages(doc, [stage]);
    expect(doc.language?.code).toBe('ms');
  });

  it('rejects a paragraph prior outside (0, 1) when built', () => {
    expect(() => buildStage(languageStage, { paragraphPrior: 1 })).toThrow(/paragraphPrior/);
  });
});
