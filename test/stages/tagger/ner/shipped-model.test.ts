import { describe, expect, it } from 'vitest';
import { createNerRecognizer, defaultNerModel, marginToScore, tagTokens } from '../../../../src/stages/tagger/ner/index.js';
import { docOf } from './helpers.js';

const spans = (tokens: string[]) => {
  const labels = tagTokens(tokens);
  const out: string[] = [];
  labels.forEach((l, i) => {
    if (l.startsWith('B-')) out.push(`${l.slice(2)}:${tokens[i]}`);
    else if (l.startsWith('I-') && out.length > 0) out[out.length - 1] += ` ${tokens[i]}`;
  });
  return out;
};

describe('the shipped NER model', () => {
  it('loads once and is cached', () => {
    expect(defaultNerModel()).toBe(defaultNerModel());
    expect(defaultNerModel().info.labels).toEqual(['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);
  });

  it('tags a president and a regency', () => {
    const found = spans('Presiden Joko Widodo meresmikan jembatan di Kabupaten Bogor .'.split(' '));
    expect(found).toContain('PERSON:Joko Widodo');
    expect(found.some((s) => s === 'LOC:Kabupaten Bogor' || s === 'LOC:Bogor')).toBe(true);
  });

  it('tags a CEO and a company', () => {
    const found = spans('CEO Telegram , Pavel Durov mengatakan platform itu aman .'.split(' '));
    expect(found).toContain('PERSON:Pavel Durov');
    expect(found).toContain('ORG:Telegram');
  });

  it('tags an agency and its acronym', () => {
    const found = spans('Badan Pusat Statistik ( BPS ) mencatat inflasi naik .'.split(' '));
    expect(found).toContain('ORG:Badan Pusat Statistik');
    expect(found).toContain('ORG:BPS');
  });

  it('copes with lowercase and pre-tokenised text', () => {
    expect(spans('presiden joko widodo tiba di jakarta'.split(' '))).toEqual(['PERSON:joko widodo', 'LOC:jakarta']);
    expect(spans('Joko Widodo , Presiden'.split(' '))).toEqual(['PERSON:Joko Widodo']);
  });

  it('returns O for everything in a sentence without names, and nothing for no tokens', () => {
    expect(tagTokens('harga beras naik tiga persen bulan ini .'.split(' ')).every((l) => l === 'O')).toBe(true);
    expect(tagTokens([])).toEqual([]);
  });
});

describe('createNerRecognizer', () => {
  const recognize = createNerRecognizer();

  it('returns candidates whose offsets slice out their text', () => {
    const doc = docOf('Presiden Joko Widodo meresmikan jembatan di Kabupaten Bogor. CEO Telegram, Pavel Durov mengatakan hal itu.');
    const found = recognize(doc);
    for (const c of found) {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.source).toBe('model');
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    expect(found.map((c) => `${c.type}:${c.text}`)).toEqual(expect.arrayContaining(['PERSON:Joko Widodo', 'PERSON:Pavel Durov']));
  });

  it('never joins a span across sentences', () => {
    const doc = docOf('Ia bertemu Budi. Santoso datang kemudian.');
    for (const c of recognize(doc)) expect(c.text).not.toContain('.');
  });

  it('filters by minScore and accepts an injected model', () => {
    const doc = docOf('Menteri Keuangan Sri Mulyani berbicara di Jakarta.');
    const all = createNerRecognizer({ model: defaultNerModel() })(doc);
    const strict = createNerRecognizer({ minScore: 1.01, lazy: true })(doc);
    expect(all.length).toBeGreaterThan(0);
    expect(strict).toEqual([]);
  });

  it('yields nothing for a Doc without tokens', () => {
    const doc = docOf('');
    expect(recognize(doc)).toEqual([]);
  });
});

describe('marginToScore', () => {
  it('grows with the margin, from about 0.4 to almost 1', () => {
    expect(marginToScore(0)).toBeCloseTo(0.39, 2);
    expect(marginToScore(31)).toBeCloseTo(0.72, 2);
    expect(marginToScore(200)).toBeGreaterThan(0.99);
    expect(marginToScore(50)).toBeGreaterThan(marginToScore(20));
  });
});
