import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type FactStore } from '../../src/store/index.js';
import { postgresStore, summary, type TestStore } from './fixture.js';

describe('the PostgreSQL store', () => {
  let place: TestStore | undefined;
  let store: FactStore | undefined;

  afterEach(async () => {
    await store?.close();
    store = undefined;
    await place?.drop();
    place = undefined;
  });

  it('writes more rows than one piece of COPY data holds, every character kept, in order', async () => {
    place = postgresStore();
    store = await openStore(place.url);
    const w = store.writer();
    // ~1.5 KB of text each: 300 articles are several 64 KiB pieces of the articles table's COPY.
    const body = (i: number) => `Paragraf ${i}:\tkolom\r\n${'Gubernur Jakarta meresmikan jalan tol baru di Bekasi. '.repeat(25)}`;
    const written = Array.from({ length: 300 }, (_, i) => summary({ id: `a${String(i).padStart(3, '0')}`, title: `Judul\t${i}\r`, publishedAt: '2025-01-15', body: [body(i)], entities: [{ id: 'e1', type: 'LOC', text: 'Bekasi', mentions: ['Bekasi'] }] }));
    for (const s of written) w.add(s);
    await w.close();
    const rows = (await store.sql('SELECT article_id, title, text FROM articles ORDER BY article_id')).rows;
    expect(rows).toEqual(written.map((s) => ({ article_id: s.id, title: s.title, text: s.text })));
    expect(String(rows[299]!.text)).toContain('Paragraf 299:\tkolom\r\n');
  });

  it('compresses long texts with LZ4 (the server has it) and reads them back unchanged', async () => {
    place = postgresStore();
    store = await openStore(place.url);
    const w = store.writer();
    const body = 'Menteri Keuangan Sri Mulyani Indrawati menyampaikan bahwa subsidi energi naik. '.repeat(200);
    w.add(summary({ id: 'long', title: 'Subsidi energi', publishedAt: null, body: [body], entities: [{ id: 'e1', type: 'PERSON', text: 'Sri Mulyani Indrawati', mentions: ['Sri Mulyani Indrawati'] }] }));
    await w.close();
    const rows = (await store.sql("SELECT pg_column_compression(text) AS method, length(text) AS n, position('Sri Mulyani' IN text) > 0 AS found FROM articles WHERE article_id = 'long'")).rows;
    expect(rows).toEqual([{ method: 'lz4', n: 'Subsidi energi\n\n'.length + body.length, found: true }]);
  });
});
