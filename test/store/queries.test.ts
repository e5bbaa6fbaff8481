import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type FactStore } from '../../src/store/index.js';
import { BACKENDS, knownSummaries, type TestStore } from './fixture.js';

const url = (id: string) => `https://example.test/${id}`;

const quoteA1 = {
  articleId: 'a1',
  date: '2025-01-15',
  title: 'Subsidi energi naik',
  url: url('a1'),
  speaker: 'Sri Mulyani',
  text: 'Subsidi energi naik tahun ini,',
  cue: 'kata',
  attribution: 'cue-after',
};
const quoteA2 = {
  articleId: 'a2',
  date: '2025-03-10',
  title: 'KPK periksa 3 pejabat',
  url: url('a2'),
  speaker: 'Sri Mulyani',
  text: 'Anggaran subsidi tetap dijaga,',
  cue: 'ujar',
  attribution: 'cue-after',
};
const money = { kind: 'money', min: null, max: null, unit: null };
const amountA1 = { articleId: 'a1', date: '2025-01-15', ...money, text: 'Rp 2 triliun', value: 2e12, currency: 'IDR', entity: 'KPK', sentence: 'KPK menyita Rp 2 triliun dari PT Maju.' };
const amountA2 = {
  articleId: 'a2',
  date: '2025-03-10',
  ...money,
  text: 'Rp 500 miliar',
  value: 5e11,
  currency: 'IDR',
  entity: 'Komisi Pemberantasan Korupsi',
  sentence: 'Komisi Pemberantasan Korupsi (KPK) memeriksa anggaran Rp 500 miliar di Jakarta.',
};
const rangeA3 = {
  articleId: 'a3',
  date: '2025-06-30',
  kind: 'money',
  text: 'Rp 1-3 triliun',
  value: null,
  min: 1e12,
  max: 3e12,
  currency: 'IDR',
  unit: null,
  entity: 'Prabowo Subianto',
  sentence: 'Prabowo menyebut biaya proyek Rp 1-3 triliun selama 2 tahun.',
};

describe.each(BACKENDS)('canned queries on a small known store (%s)', (_name, make) => {
  let place: TestStore;
  let store: FactStore;

  beforeAll(async () => {
    place = make();
    const writer = await openStore(place.url);
    const w = writer.writer();
    for (const s of knownSummaries()) w.add(s);
    await w.close();
    await writer.close();
    store = await openStore(place.url, { readOnly: true });
  });

  afterAll(async () => {
    await store?.close();
    await place?.drop();
  });

  it('holds every fact once', async () => {
    const info = await store.info();
    expect(info.articles).toBe(5);
    expect(info.byStatus).toEqual({ error: 1, ok: 4 });
    expect(info.tables).toEqual({ articles: 5, entities: 18, aliases: 3, mentions: 23, roles: 1, quotes: 3, amounts: 6, keywords: 2, messages: 2, load_errors: 0 });
    expect([info.firstDate, info.lastDate]).toEqual(['2025-01-15', '2025-06-30']);
    expect(info.analyses).toEqual([{ version: '0.1.0', config: 'cfg000000001', articles: 5 }]);
  });

  it('finds an entity by any name, case-insensitively, through aliases other articles give', async () => {
    expect(await store.resolve('SRI mulyani')).toEqual({
      name: 'Sri Mulyani Indrawati',
      type: 'PERSON',
      key: 'sri mulyani indrawati',
      names: ['sri mulyani indrawati', 'sri mulyani'],
      articles: 3,
      otherTypes: [],
    });
    expect(await store.resolve('kpk')).toMatchObject({ name: 'Komisi Pemberantasan Korupsi', type: 'ORG', key: 'komisi pemberantasan korupsi', names: ['komisi pemberantasan korupsi', 'kpk'], articles: 2 });
    expect(await store.resolve('Komisi  Pemberantasan korupsi')).toMatchObject({ key: 'komisi pemberantasan korupsi', articles: 2 });
    expect(await store.resolve('Prabowo')).toMatchObject({ name: 'Prabowo Subianto', key: 'prabowo subianto', articles: 1 });
    expect(await store.resolve('Nobody')).toBeNull();
    expect(await store.resolve('kpk', 'PERSON')).toBeNull();
  });

  it('quotes: by a speaker under any name, with words, in a period, by an organisation’s people', async () => {
    expect(await store.quotes({ speaker: 'Sri Mulyani' })).toEqual([quoteA1, quoteA2]);
    expect(await store.quotes({ speaker: 'Sri Mulyani Indrawati', contains: 'ANGGARAN' })).toEqual([quoteA2]);
    expect(await store.quotes({ speaker: 'sri mulyani', from: '2025-02', to: '2025-03' })).toEqual([quoteA2]);
    expect(await store.quotes({ speaker: 'sri mulyani', to: '2025-01' })).toEqual([quoteA1]);
    // By outlet (source.outlet), any case; an outlet with no article gives none.
    expect(await store.quotes({ speaker: 'Sri Mulyani', outlet: 'Detik' })).toEqual([quoteA2]);
    expect(await store.quotes({ speaker: 'Sri Mulyani', outlet: 'kompas' })).toEqual([quoteA1]);
    expect(await store.quotes({ speaker: 'Sri Mulyani', outlet: 'tempo' })).toEqual([]);
    expect(await store.quotes({ speaker: 'Prabowo Subianto' })).toEqual([
      { articleId: 'a3', date: '2025-06-30', title: 'Prabowo bertemu Sri Mulyani', url: url('a3'), speaker: 'Prabowo', text: 'Kita harus hemat,', cue: 'kata', attribution: 'cue-after' },
    ]);
    expect(await store.quotes({ org: 'kemenkeu' })).toEqual([quoteA1]);
    expect(await store.quotes({ contains: 'subsidi' })).toEqual([quoteA1, quoteA2]);
    expect(await store.quotes({ contains: '50%_' })).toEqual([]);
    await expect(store.quotes({ speaker: 'Nobody' })).rejects.toThrow('no entity named "Nobody" in the store');
  });

  it('amounts: in the sentences naming an entity, by currency, size, kind, sorted by value', async () => {
    expect(await store.amounts({ entity: 'KPK', currency: 'idr' })).toEqual([amountA1, amountA2]);
    expect(await store.amounts({ currency: 'IDR', min: 1e12 })).toEqual([amountA1, rangeA3]);
    expect(await store.amounts({ currency: 'IDR', max: 1e12 })).toEqual([amountA2, rangeA3]);
    expect(await store.amounts({ currency: 'IDR', sort: 'value' })).toEqual([rangeA3, amountA1, amountA2]);
    expect(await store.amounts({ kind: 'duration' })).toEqual([
      { articleId: 'a3', date: '2025-06-30', kind: 'duration', text: '2 tahun', value: 2, min: null, max: null, currency: null, unit: 'tahun', entity: 'Prabowo Subianto', sentence: rangeA3.sentence },
    ]);
    expect(await store.amounts({ kind: 'quantity' })).toEqual([
      { articleId: 'a2', date: '2025-03-10', kind: 'quantity', text: '3 pejabat', value: 3, min: null, max: null, currency: null, unit: 'pejabat', entity: null, sentence: 'KPK periksa 3 pejabat' },
    ]);
    expect(await store.amounts({ currency: 'USD', from: '2025-07' })).toEqual([]);
    expect(await store.amounts({ entity: 'KPK', currency: 'idr', outlet: 'kompas' })).toEqual([amountA1]);
  });

  it('cooccur: entities named in the same articles and sentences, merged by their keys', async () => {
    expect(await store.cooccur({ name: 'Sri Mulyani' })).toEqual([
      { name: 'Jakarta', type: 'LOC', key: 'jakarta', articles: 3, sentences: 2 },
      { name: 'KPK', type: 'ORG', key: 'komisi pemberantasan korupsi', articles: 2, sentences: 0 },
      { name: 'Kemenkeu', type: 'ORG', key: 'kemenkeu', articles: 1, sentences: 1 },
      { name: 'Prabowo Subianto', type: 'PERSON', key: 'prabowo subianto', articles: 1, sentences: 1 },
      { name: 'PT Maju', type: 'ORG', key: 'pt maju', articles: 1, sentences: 0 },
    ]);
    expect(await store.cooccur({ name: 'Sri Mulyani', limit: 1 })).toHaveLength(1);
  });

  it('warnings: one code, or every warning and error', async () => {
    const mismatch = {
      articleId: 'a2',
      date: '2025-03-10',
      title: 'KPK periksa 3 pejabat',
      code: 'title-number-mismatch',
      severity: 'warning',
      stage: 'consistency',
      message: 'the title says "3"',
      span: '3',
    };
    expect(await store.warnings({ code: 'title-number-mismatch' })).toEqual([mismatch]);
    expect(await store.warnings()).toEqual([
      mismatch,
      { articleId: 'dump:5', date: null, title: null, code: 'input-invalid', severity: 'error', stage: null, message: 'line 5: invalid JSON: Unexpected token', span: null },
    ]);
    expect(await store.warnings({ code: 'title-number-mismatch', from: '2025-04' })).toEqual([]);
    expect(await store.warnings({ outlet: 'detik' })).toEqual([mismatch]);
    expect(await store.warnings({ outlet: 'kompas' })).toEqual([]);
  });

  it('entity: the whole profile', async () => {
    expect(await store.entity({ name: 'kpk' })).toEqual({
      name: 'Komisi Pemberantasan Korupsi',
      type: 'ORG',
      key: 'komisi pemberantasan korupsi',
      names: ['komisi pemberantasan korupsi', 'kpk'],
      otherTypes: [],
      articles: 2,
      mentions: 3,
      firstDate: '2025-01-15',
      lastDate: '2025-03-10',
      forms: [
        { text: 'KPK', count: 2 },
        { text: 'Komisi Pemberantasan Korupsi', count: 1 },
      ],
      aliases: [{ alias: 'KPK', count: 1 }],
      roles: [],
      people: [],
      months: [
        { month: '2025-01', articles: 1, mentions: 1 },
        { month: '2025-03', articles: 1, mentions: 2 },
      ],
      cooccurring: [
        { name: 'Jakarta', type: 'LOC', key: 'jakarta', articles: 2, sentences: 1 },
        { name: 'Sri Mulyani', type: 'PERSON', key: 'sri mulyani indrawati', articles: 2, sentences: 0 },
        { name: 'PT Maju', type: 'ORG', key: 'pt maju', articles: 1, sentences: 1 },
        { name: 'Kemenkeu', type: 'ORG', key: 'kemenkeu', articles: 1, sentences: 0 },
      ],
      amounts: [amountA1, amountA2],
      quotes: [],
      peopleQuotes: [],
    });
    const person = await store.entity({ name: 'Sri Mulyani', limit: 2 });
    expect(person).toMatchObject({
      roles: [{ title: 'Menteri Keuangan', org: 'Kemenkeu', articles: 1 }],
      quotes: [quoteA1, quoteA2],
      months: [
        { month: '2025-01', articles: 1, mentions: 3 },
        { month: '2025-03', articles: 1, mentions: 1 },
        { month: '2025-06', articles: 1, mentions: 1 },
      ],
    });
    expect(person?.cooccurring).toHaveLength(2);
    expect(await store.entity({ name: 'Kemenkeu' })).toMatchObject({ people: [{ name: 'Sri Mulyani Indrawati', title: 'Menteri Keuangan', articles: 1 }], peopleQuotes: [quoteA1] });
    expect(await store.entity({ name: 'nobody' })).toBeNull();
  });

  it('sql: one read-only statement; a statement that writes is refused', async () => {
    expect(await store.sql("SELECT article_id, status FROM articles WHERE status = 'error'")).toEqual({ columns: ['article_id', 'status'], rows: [{ article_id: 'dump:5', status: 'error' }] });
    expect((await store.sql('SELECT count(*) AS n FROM mentions')).rows).toEqual([{ n: 23 }]);
    await expect(store.sql('DELETE FROM articles')).rejects.toThrow(/refused/);
    await expect(store.sql('SELECT 1; DELETE FROM articles')).rejects.toThrow(/one statement/);
    await expect(store.sql('SELEC nonsense')).rejects.toThrow(/syntax/i);
    expect((await store.sql('SELECT count(*) AS n FROM articles')).rows).toEqual([{ n: 5 }]);
  });
});
