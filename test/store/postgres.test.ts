import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type FactStore } from '../../src/store/index.js';
import { migrate } from '../../src/store/migrations.js';
import { addFactRows, emptyRows } from '../../src/store/rows.js';
import { openBackend } from '../../src/store/store.js';
import { FACT_TABLES } from '../../src/store/tables.js';
import type { Summary } from '../../src/schema/index.js';
import { knownSummaries, postgresStore, summary, type TestStore } from './fixture.js';

/** An article whose mentions hold every character an array literal or COPY escapes, and a mention without a source. */
function awkward(): Summary {
  const s = summary({
    id: 'awkward',
    title: 'Kutipan "aneh"',
    publishedAt: '2025-02-01',
    body: ['PT "Maju\\Jaya", {Tbk} dan PT Maju\tSentosa bertemu di Bekasi; NULL hadir.'],
    entities: [
      { id: 'e1', type: 'ORG', text: 'PT "Maju\\Jaya", {Tbk}', mentions: ['PT "Maju\\Jaya", {Tbk}', 'PT Maju\tSentosa'] },
      { id: 'e2', type: 'LOC', text: 'Bekasi', mentions: ['Bekasi'] },
      { id: 'e3', type: 'ORG', text: 'NULL', mentions: ['NULL'] },
    ],
  });
  s.entities[0]!.mentions[1]!.source = 'a "b" \\ c,\n{d}';
  delete s.entities[1]!.mentions[0]!.source;
  return s;
}

const MENTION_ROWS = 'SELECT article_no, entity_id, type, name_key, span_start, span_end, text, source, sentence FROM mentions ORDER BY article_no, entity_id, span_start';

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

  it('keeps the mentions in their entities\' rows: the mentions view gives every mention back, characters and NULLs kept', async () => {
    place = postgresStore();
    store = await openStore(place.url);
    const w = store.writer();
    w.add(awkward());
    await w.close();
    const rows = (await store.sql('SELECT entity_id, text, source, sentence FROM mentions ORDER BY entity_id, span_start')).rows;
    expect(rows).toEqual([
      { entity_id: 'e1', text: 'PT "Maju\\Jaya", {Tbk}', source: 'test', sentence: 1 },
      { entity_id: 'e1', text: 'PT Maju\tSentosa', source: 'a "b" \\ c,\n{d}', sentence: 1 },
      { entity_id: 'e2', text: 'Bekasi', source: null, sentence: 1 },
      { entity_id: 'e3', text: 'NULL', source: 'test', sentence: 1 },
    ]);
    const kind = await store.sql("SELECT table_type FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'mentions'");
    expect(kind.rows).toEqual([{ table_type: 'VIEW' }]);
  });

  it('migrates a store of schema version 3: its mentions move into their entities\' rows, every query answers as before', async () => {
    const written = [...knownSummaries(), awkward()];
    // A version 3 store, written as version 3 wrote (a row per mention in the mentions table).
    place = postgresStore();
    const old = await openBackend(place.url, false);
    expect(await migrate(old, 3)).toBe(3);
    await old.transaction(async () => {
      const rows = emptyRows();
      written.forEach((s, i) => addFactRows(rows, s, i + 1, '2025-07-01T00:00:00.000Z'));
      for (const t of FACT_TABLES) await old.append(t, rows[t.name]);
    });
    const before = (await old.all(MENTION_ROWS)).map((r) => ({ ...r }));
    expect(before).toHaveLength(27);
    const answers = async (s: FactStore) => [await s.cooccur({ name: 'Sri Mulyani' }), await s.amounts({ entity: 'KPK' }), await s.entity({ name: 'KPK' })];
    await old.close();

    store = await openStore(place.url);
    expect(store.schemaVersion).toBe(4);
    expect((await store.sql(MENTION_ROWS)).rows).toEqual(before);
    expect((await store.sql("SELECT to_regclass('mentions_6') IS NULL AS gone")).rows).toEqual([{ gone: true }]);
    const migrated = await answers(store);
    await store.close();

    // The same summaries written by this warta into a fresh store.
    await place.drop();
    place = postgresStore();
    store = await openStore(place.url);
    const w = store.writer();
    for (const s of written) w.add(s);
    await w.close();
    expect(await answers(store)).toEqual(migrated);
    expect((await store.sql(MENTION_ROWS)).rows).toEqual(before);
  });
});
