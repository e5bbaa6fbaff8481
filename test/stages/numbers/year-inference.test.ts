import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import { runStages } from '../../../src/pipeline/runner.js';
import { buildStage } from '../../../src/pipeline/config.js';
import { extractNumbers, numbersStage } from '../../../src/stages/numbers/index.js';
import { MessageSchema } from '../../../src/schema/message.js';
import { table } from './table.js';

table('a day without its year takes the year of a full date of the text that fits it', [
  ['Selasa (12/8) dan Rabu (13/8/2025)', [
    { text: 'Selasa (12/8)', date: '2025-08-12', note: expect.stringContaining('"Rabu (13/8/2025)"') },
    { date: '2025-08-13' },
  ]],
  // The weekday must agree: 12 August 2025 is a Tuesday, not a Monday.
  ['Senin (12/8) dan Rabu (13/8/2025)', [{ relative: 'Senin (12/8)' }, { date: '2025-08-13' }]],
  // With a weekday, the year that agrees, even when another year is nearer.
  ['Selasa (12/8), 17 Agustus 1945, Rabu (13/8/2025)', [{ date: '2025-08-12' }, { date: '1945-08-17' }, { date: '2025-08-13' }]],
  // Without one, only when every full date of the text says the same year.
  ['12 Agustus dan 13 Agustus 2025', [{ date: '2025-08-12' }, { date: '2025-08-13' }]],
  ['12 Agustus, 1 Januari 2024 dan 13 Agustus 2025', [{ relative: '12 Agustus' }, { date: '2024-01-01' }, { date: '2025-08-13' }]],
  ['10-12 Agustus, 13 Agustus 2025', [{ date: '2025-08-10/2025-08-12' }, { date: '2025-08-13' }]],
  ['Selasa (12/8) pukul 10.00 WIB, Rabu (13/8/2025)', [{ date: '2025-08-12', time: '10:00', timezone: '+07:00' }, { date: '2025-08-13' }]],
  ['Kamis (23/10)', [{ relative: 'Kamis (23/10)' }]],
]);

describe('what takes no year from the text', () => {
  it.each([
    ['kemarin dan Senin lalu, Rabu (13/8/2025)', 'kemarin'],
    ['kemarin dan Senin lalu, Rabu (13/8/2025)', 'Senin lalu'],
    ['pada Maret, Rabu (13/8/2025)', 'Maret'],
    ['Oktober lalu, Rabu (13/8/2025)', 'Oktober lalu'],
  ])('%s: "%s" needs the publication date', (text, relative) => {
    const item = extractNumbers(text).find((x) => x.relative === relative);
    expect(item).toBeDefined();
    // (Every item has every field, absent ones undefined: one object shape.)
    expect(item?.date).toBeUndefined();
    expect(item?.note).toBeUndefined();
  });

  it('a publication date wins, with no note', () => {
    const [item] = extractNumbers('Selasa (12/8) dan Rabu (13/8/2025)', { publishedAt: '2025-08-14' });
    expect(item).toMatchObject({ date: '2025-08-12' });
    expect(item?.note).toBeUndefined();
  });
});

function docOf(text: string, publishedAt?: string) {
  const doc = createDoc(publishedAt === undefined ? { text } : { text, publishedAt }, 'test');
  doc.layers.push('text');
  return doc;
}

describe('numbers stage: years from the article itself', () => {
  it('reports the inferred year with date-year-inferred, naming the date it came from', () => {
    const text = 'Rapat digelar Selasa (12/8). Putusan dibacakan Rabu (13/8/2025).';
    const doc = runStages(docOf(text), [buildStage(numbersStage)]);
    expect(doc.numbers.map((n) => n.date)).toEqual(['2025-08-12', '2025-08-13']);
    expect(doc.messages).toHaveLength(1);
    const [msg] = doc.messages;
    MessageSchema.parse(msg);
    expect(msg).toMatchObject({
      code: 'date-year-inferred',
      severity: 'info',
      stage: 'numbers',
      span: { text: 'Selasa (12/8)' },
      data: { year: 2025, from: { text: 'Rabu (13/8/2025)', start: text.indexOf('Rabu'), end: text.indexOf('Rabu') + 16 } },
    });
    expect(msg?.message).toContain('"Rabu (13/8/2025)"');
  });

  it('keeps date-unresolved where no full date fits, and infers nothing when the article has a publication date', () => {
    const unresolved = runStages(docOf('Rapat digelar Senin (12/8). Putusan Rabu (13/8/2025).'), [buildStage(numbersStage)]);
    expect(unresolved.messages.map((m) => m.code)).toEqual(['date-unresolved']);
    const published = runStages(docOf('Rapat digelar Selasa (12/8). Putusan Rabu (13/8/2025).', '2025-08-14'), [buildStage(numbersStage)]);
    expect(published.numbers[0]?.date).toBe('2025-08-12');
    expect(published.messages).toEqual([]);
  });

  it('never resolves "kemarin" from a date of the article', () => {
    const doc = runStages(docOf('Rapat digelar kemarin, Rabu (13/8/2025).'), [buildStage(numbersStage)]);
    expect(doc.numbers[0]).toMatchObject({ relative: 'kemarin' });
    expect(doc.numbers[0]?.date).toBeUndefined();
    expect(doc.messages.map((m) => m.code)).toEqual(['date-unresolved']);
  });
});
