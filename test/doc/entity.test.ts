import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../src/doc/entity.js';
import { makeNumberItem } from '../../src/doc/number-item.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { extractNumbers } from '../../src/stages/numbers/index.js';

const ENTITY_KEYS = ['id', 'type', 'text', 'mentions', 'source', 'value', 'min', 'max', 'currency', 'unit', 'duration', 'approximate', 'date', 'time', 'timezone', 'relative', 'aliases', 'section', 'roles'];
const ITEM_KEYS = ['kind', 'text', 'start', 'end', 'value', 'min', 'max', 'currency', 'unit', 'duration', 'approximate', 'date', 'time', 'timezone', 'relative', 'note', 'source'];

describe('makeEntity / makeNumberItem', () => {
  it('make every field, in one order, whatever fields the parts had', () => {
    const mention = { start: 0, end: 3, text: 'BPS', source: 'org/lexicon' };
    const org = makeEntity('e1', { type: 'ORG', text: 'BPS', mentions: [mention], source: 'org/lexicon', aliases: ['Badan Pusat Statistik'] }, 'body');
    const money = makeEntity('e2', { type: 'MONEY', text: 'Rp 5 juta', mentions: [mention], source: 'money/rp-scale', value: 5e6, currency: 'IDR' }, undefined);
    expect(Object.keys(org)).toEqual(ENTITY_KEYS);
    expect(Object.keys(money)).toEqual(ENTITY_KEYS);
    expect(money).toMatchObject({ id: 'e2', value: 5e6, currency: 'IDR', aliases: undefined, section: undefined });
    const item = makeNumberItem('percent', '5%', 0, 2, { value: 5, source: 'percent/digits' });
    expect(Object.keys(item)).toEqual(ITEM_KEYS);
    expect(JSON.stringify(item)).toBe('{"kind":"percent","text":"5%","start":0,"end":2,"value":5,"source":"percent/digits"}');
  });

  it('give the items of the numbers stage and the entities of a Doc one shape', () => {
    const text = 'Pada Senin (20/10) pukul 14.00 WIB, Menteri Keuangan Sri Mulyani mengatakan anggaran Rp 1,5 triliun naik 12 persen dari 300-400 ribu orang selama 2 tahun.';
    const items = extractNumbers(text, { publishedAt: '2025-10-21' });
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThan(3);
    for (const i of items) expect(Object.keys(i)).toEqual(ITEM_KEYS);
    let keys: string[][] = [];
    createPipeline().analyze({ id: 'a', title: 'Anggaran naik', body: text, publishedAt: '2025-10-21' }, (doc) => {
      keys = doc.entities.map((e) => Object.keys(e));
      expect(doc.numbers.every((i) => Object.keys(i).join() === ITEM_KEYS.join())).toBe(true);
    });
    expect(keys.length).toBeGreaterThan(3);
    for (const k of keys) expect(k).toEqual(ENTITY_KEYS);
  });
});
