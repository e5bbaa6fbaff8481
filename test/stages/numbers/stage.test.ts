import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import { runStages } from '../../../src/pipeline/runner.js';
import { numbersStage } from '../../../src/stages/numbers/index.js';
import { buildStage } from '../../../src/pipeline/config.js';
import { cleanStage } from '../../../src/stages/clean/index.js';
import { defineStage } from '../../../src/doc/stage.js';

function docOf(text: string, publishedAt?: string) {
  const doc = createDoc(publishedAt === undefined ? { text } : { text, publishedAt }, 'test');
  doc.layers.push('text');
  return doc;
}

describe('numbers stage', () => {
  it('fills doc.numbers and provides the numbers layer', () => {
    const doc = runStages(docOf('Anggaran Rp 99 triliun untuk 70 juta pengguna.'), [buildStage(numbersStage)]);
    expect(doc.layers).toContain('numbers');
    expect(doc.numbers.map((n) => [n.kind, n.value])).toEqual([['money', 99000000000000], ['quantity', 70000000]]);
    expect(doc.messages).toEqual([]);
  });

  it('reports an amount beyond 2^53 with its span', () => {
    const doc = runStages(docOf('Utang Rp 9.007.199.254.740.993.'), [buildStage(numbersStage)]);
    const msg = doc.messages.find((m) => m.code === 'amount-out-of-range');
    expect(msg?.span?.text).toBe('Rp 9.007.199.254.740.993');
    expect(msg?.stage).toBe('numbers');
  });

  it('reports an ambiguous reading', () => {
    const doc = runStages(docOf('Ada 1,500 peserta.'), [buildStage(numbersStage)]);
    expect(doc.messages.map((m) => m.code)).toEqual(['amount-ambiguous']);
  });

  it('resolves relative dates against publishedAt, and reports them unresolved without it', () => {
    const resolved = runStages(docOf('Rapat digelar kemarin.', '2025-10-23'), [buildStage(numbersStage)]);
    expect(resolved.numbers[0]?.date).toBe('2025-10-22');
    expect(resolved.messages).toEqual([]);
    const unresolved = runStages(docOf('Rapat digelar kemarin.'), [buildStage(numbersStage)]);
    expect(unresolved.numbers[0]?.date).toBeUndefined();
    expect(unresolved.messages.map((m) => m.code)).toEqual(['date-unresolved']);
  });

  it('follows the document language: Malay reads "." as decimal', () => {
    const doc = docOf('Projek bernilai RM2.5 bilion.');
    doc.language = { code: 'ms', confidence: 1, others: [] };
    runStages(doc, [buildStage(numbersStage)]);
    expect(doc.numbers[0]).toMatchObject({ kind: 'money', value: 2500000000, currency: 'MYR' });
  });
});

describe('numbers stage: paragraph languages', () => {
  it('reads a Malay paragraph of an Indonesian article with Malay separators', () => {
    const setLanguages = defineStage({
      name: 'language',
      requires: ['paragraphs'],
      provides: ['language'],
      run(doc) {
        doc.language = { code: 'id', confidence: 1, others: [] };
        doc.paragraphs[0]!.language = { code: 'id', confidence: 1 };
        doc.paragraphs[1]!.language = { code: 'ms', confidence: 1 };
      },
    });
    const doc = runStages(createDoc({
      body: 'Anggaran naik menjadi Rp1,5 triliun.\n\nKerajaan memperuntukkan RM2.5 bilion tahun ini.',
    }, 'd1'), [buildStage(cleanStage), setLanguages, buildStage(numbersStage)]);
    const money = doc.numbers.filter((n) => n.kind === 'money');
    expect(money.map((m) => [m.value, m.currency])).toEqual([
      [1_500_000_000_000, 'IDR'],
      [2_500_000_000, 'MYR'],
    ]);
    for (const n of doc.numbers) expect(doc.text.slice(n.start, n.end)).toBe(n.text);
  });
});
