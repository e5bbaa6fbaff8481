import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/schema/index.js';
import { loadFiles, openStore, type FactStore } from '../../src/store/index.js';
import { BULK_BATCH_SIZE } from '../../src/store/load.js';
import { migrate } from '../../src/store/migrations.js';
import { openBackend } from '../../src/store/store.js';
import { BACKENDS, duckdbStore, knownSummaries, summary, type TestStore } from './fixture.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl(name: string, lines: readonly (Summary | string)[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

/** a1 analysed again: the same article with its text edited, another config, an older warta. */
function a1(changes: { body?: string; config?: string; version?: string }): Summary {
  return summary({
    id: 'a1',
    title: 'Subsidi energi naik',
    publishedAt: '2025-01-15',
    body: [changes.body ?? 'Menteri Keuangan Sri Mulyani Indrawati hadir.'],
    entities: [{ id: 'e1', type: 'PERSON', text: 'Sri Mulyani Indrawati', mentions: ['Sri Mulyani Indrawati'] }],
    ...(changes.config ? { config: changes.config } : {}),
    ...(changes.version ? { version: changes.version } : {}),
  });
}

async function counts(store: FactStore): Promise<Record<string, number>> {
  return (await store.info()).tables;
}

describe.each(BACKENDS)('loading summaries (%s)', (_name, make) => {
  let place: TestStore;
  let store: FactStore | undefined;

  afterEach(async () => {
    await store?.close();
    store = undefined;
    await place?.drop();
  });

  it('stores an article once: loading the same output twice adds nothing', async () => {
    place = make();
    store = await openStore(place.url);
    const file = jsonl('known.jsonl', knownSummaries());
    expect(await loadFiles(store, [file])).toEqual({ read: 5, stored: 5, replaced: 0, unchanged: 0, kept: 0, errorRecords: 1, broken: 0, brokenLines: [] });
    const first = await counts(store);
    const gz = join(dir, 'known.jsonl.gz');
    writeFileSync(gz, gzipSync(JSON.stringify(knownSummaries()[0]) + '\n'));
    expect(await loadFiles(store, [file, gz])).toMatchObject({ read: 6, stored: 0, replaced: 0, unchanged: 6, kept: 0, errorRecords: 1, broken: 0 });
    expect(await counts(store)).toEqual(first);
    expect(first.articles).toBe(5);
  });

  it('replaces the facts of a new analysis (new content hash or config), keeps them against an error record or an older warta', async () => {
    place = make();
    store = await openStore(place.url);
    const w = store.writer();
    w.add(a1({}));
    await w.flush();
    const entities = async () => (await store!.sql("SELECT e.entity_id, e.text FROM entities e JOIN articles a USING (article_no) WHERE a.article_id = 'a1' ORDER BY e.entity_id")).rows;
    expect(await entities()).toEqual([{ entity_id: 'e1', text: 'Sri Mulyani Indrawati' }]);

    // The text edited: a new content hash.
    w.add(summary({ id: 'a1', title: 'Subsidi energi naik', publishedAt: '2025-01-15', body: ['Kemenkeu hadir.'], entities: [{ id: 'e1', type: 'ORG', text: 'Kemenkeu', mentions: ['Kemenkeu'] }] }));
    await w.flush();
    expect(w.stats).toMatchObject({ stored: 1, replaced: 1 });
    expect(await entities()).toEqual([{ entity_id: 'e1', text: 'Kemenkeu' }]);
    expect((await counts(store)).articles).toBe(1);

    // The same text under another config, then under a later warta.
    w.add(a1({ config: 'cfg000000002' }));
    w.add(a1({ config: 'cfg000000002', version: '0.2.0' }));
    await w.flush();
    expect(w.stats).toMatchObject({ stored: 1, replaced: 3 });
    expect((await store.sql("SELECT config_hash, warta_version FROM articles WHERE article_id = 'a1'")).rows).toEqual([{ config_hash: 'cfg000000002', warta_version: '0.2.0' }]);

    // Not replaced: an analysis by an older warta, an error record.
    w.add(a1({ version: '0.1.0' }));
    await w.flush();
    const failed = JSON.parse(JSON.stringify(a1({ version: '0.3.0' }))) as Summary;
    failed.status = 'error';
    w.add(failed);
    await w.flush();
    expect(w.stats).toMatchObject({ read: 6, stored: 1, replaced: 3, kept: 2, unchanged: 0 });
    expect((await store.sql("SELECT warta_version, status FROM articles WHERE article_id = 'a1'")).rows).toEqual([{ warta_version: '0.2.0', status: 'ok' }]);
    expect(await counts(store)).toMatchObject({ articles: 1, entities: 1, mentions: 1 });
  });

  it('records a broken line and loads the rest', async () => {
    place = make();
    store = await openStore(place.url);
    const [s1, s2] = knownSummaries();
    const file = jsonl('broken.jsonl', [s1!, '{"id": "x", "status": ', '{"id": "y"}', '', s2!]);
    const missing = join(dir, 'missing.jsonl');
    const stats = await loadFiles(store, [file, missing]);
    expect(stats).toMatchObject({ read: 2, stored: 2, replaced: 0, unchanged: 0, kept: 0, errorRecords: 0, broken: 3 });
    expect(stats.brokenLines.map((e) => e.line)).toEqual([2, 3, 1]);
    const errors = await store.loadErrors();
    expect(errors.map((e) => [e.file?.endsWith('broken.jsonl') || e.file?.endsWith('missing.jsonl'), e.line])).toEqual([
      [true, 2],
      [true, 3],
      [true, 1],
    ]);
    expect(errors[0]!.message).toMatch(/^invalid JSON/);
    expect(errors[1]!.message).toMatch(/^not a warta summary: status: /);
    expect(errors[2]!.message).toMatch(/^cannot read .*missing\.jsonl: no such file/);
    expect((await store.info()).loadErrors).toBe(3);
    expect((await store.sql('SELECT article_id FROM articles ORDER BY article_id')).rows).toEqual([{ article_id: 'a1' }, { article_id: 'a2' }]);
  });

  it('stores the same rows and answers alike, the store reordered or not', async () => {
    // Two analyses of a1 in one file, a broken line and a blank one: the later analysis wins and
    // the line numbers are right either way.
    const edited = summary({ id: 'a1', title: 'Subsidi energi naik', publishedAt: '2025-01-15', body: ['Kemenkeu hadir.'], entities: [{ id: 'e1', type: 'ORG', text: 'Kemenkeu', mentions: ['Kemenkeu'] }] });
    const file = jsonl('mixed.jsonl', [a1({}), ...knownSummaries().slice(1), 'not json', '', edited]);
    const snapshot = async (s: FactStore) => {
      const out: Record<string, unknown> = {};
      for (const table of ['articles', 'entities', 'aliases', 'mentions', 'roles', 'quotes', 'amounts', 'keywords', 'messages']) {
        const rows = (await s.sql(`SELECT * FROM ${table}`)).rows.map((r) => {
          const { article_no: _no, loaded_at: _at, ...rest } = r as Record<string, unknown>;
          return JSON.stringify(rest);
        });
        out[table] = rows.sort();
      }
      out.errors = (await s.loadErrors()).map((e) => [e.line, e.message]);
      out.cooccur = await s.cooccur({ name: 'Sri Mulyani' });
      out.entity = await s.entity({ name: 'KPK' });
      out.quotes = await s.quotes({ speaker: 'Sri Mulyani' });
      return out;
    };
    const results = [];
    for (const options of [{ reorder: false }, { reorder: true }]) {
      place = make();
      store = await openStore(place.url);
      const stats = await loadFiles(store, [file], options);
      expect(stats).toMatchObject({ read: knownSummaries().length + 1, replaced: 1, broken: 1 });
      expect(stats.brokenLines.map((e) => e.line)).toEqual([knownSummaries().length + 1]);
      results.push(await snapshot(store));
      if (options.reorder && store.kind === 'duckdb') {
        // Reordered: a plain scan reads the entities in the order of their type and name key.
        const keys = (await store.sql('SELECT type, name_key FROM entities')).rows.map((r) => `${String(r.type)} ${String(r.name_key)}`);
        expect(keys).toEqual([...keys].sort());
      }
      await store.close();
      store = undefined;
      await place.drop();
    }
    expect(results[1]).toEqual(results[0]);
    expect((results[0]!.entities as string[]).some((r) => r.includes('Kemenkeu'))).toBe(true);
  });

  it('keeps every character: backslashes, tabs, quotes, line breaks, non-Latin scripts', async () => {
    place = make();
    store = await openStore(place.url);
    const title = 'Jalan "Tol" C:\\data\\n\tkolom \\N — 雅加达 ✓';
    const w = store.writer();
    w.add(summary({ id: 'tricky\t1', title, publishedAt: 'kemarin', body: ['Baris satu.\nBaris dua di Bekasi.'], entities: [{ id: 'e1', type: 'LOC', text: 'Bekasi', mentions: ['Bekasi'] }] }));
    await w.close();
    expect((await store.sql('SELECT article_id, title, published_at, published_date, text FROM articles')).rows).toEqual([
      { article_id: 'tricky\t1', title, published_at: 'kemarin', published_date: null, text: `${title}\n\nBaris satu.\nBaris dua di Bekasi.` },
    ]);
  });

  it('refuses a writing statement on a writable store too, and leaves nothing behind', async () => {
    place = make();
    store = await openStore(place.url);
    await loadFiles(store, [jsonl('one.jsonl', knownSummaries().slice(0, 1))]);
    await expect(store.sql('DELETE FROM articles')).rejects.toThrow(/refused/);
    await expect(store.sql("INSERT INTO load_errors (message) VALUES ('x')")).rejects.toThrow(/refused/);
    expect((await counts(store)).articles).toBe(1);
    expect((await counts(store)).load_errors).toBe(0);
  });

  it('migrates a store of an older schema version, keeping its facts; refuses one from a newer warta', async () => {
    place = make();
    const old = await openBackend(place.url, false);
    expect(await migrate(old, 1)).toBe(1);
    await old.exec("INSERT INTO articles (article_id, status, content_hash, warta_version) VALUES ('old-1', 'ok', 'h', '0.0.9')");
    expect(await old.tableNames()).not.toContain('load_errors');
    await old.close();

    await expect(openStore(place.url, { readOnly: true })).rejects.toThrow(/schema version 1, older than this warta's \(4\): migrate it with `warta facts migrate/);
    store = await openStore(place.url);
    expect(store.schemaVersion).toBe(4);
    // Version 3 added the outlet column: an old article has none.
    expect((await store.sql('SELECT article_id, outlet FROM articles')).rows).toEqual([{ article_id: 'old-1', outlet: null }]);
    expect((await store.sql('SELECT version FROM schema_version ORDER BY version')).rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    expect(await store.loadErrors()).toEqual([]);
    await store.close();
    store = undefined;

    const newer = await openBackend(place.url, false);
    await newer.exec("INSERT INTO schema_version (version, description) VALUES (99, 'from the future')");
    await newer.close();
    await expect(openStore(place.url)).rejects.toThrow(/store schema version 99, made by a newer warta; this warta \(.*\) reads up to version 4: upgrade warta/);
  });

  it('refuses tables that are not a warta store', async () => {
    place = make();
    const foreign = await openBackend(place.url, false);
    await foreign.exec('CREATE TABLE articles (x INTEGER)');
    await foreign.close();
    await expect(openStore(place.url)).rejects.toThrow(/has tables \(articles\) but no schema_version table: it is not a warta fact store/);
  });
});

describe('a bulk load into DuckDB', () => {
  it(`writes in transactions of ${BULK_BATCH_SIZE} summaries, unless told otherwise`, async () => {
    const place = duckdbStore();
    const store = await openStore(place.url);
    try {
      const many = Array.from({ length: 4001 }, (_, i) => summary({ id: `n${i}`, title: `Berita ${i}`, publishedAt: null, body: ['Isi.'], entities: [] }));
      const file = jsonl('many.jsonl', many);
      // onProgress is called after each batch written, and once at the end.
      const progress: number[] = [];
      expect(await loadFiles(store, [file], { onProgress: (s) => progress.push(s.read) })).toMatchObject({ stored: 4001 });
      expect(progress).toEqual([4001]);
      progress.length = 0;
      await loadFiles(store, [file], { batchSize: 2000, onProgress: (s) => progress.push(s.read) });
      expect(progress).toEqual([2000, 4000, 4001]);
    } finally {
      await store.close().catch(() => {});
      await place.drop();
    }
  });

  it('defers its checkpoints to its end: the write-ahead log is empty after it, and the settings it changed are restored, also after a failed load', async () => {
    const place = duckdbStore();
    const store = await openStore(place.url);
    const setting = async () => (await store.sql("SELECT current_setting('checkpoint_threshold') AS t, current_setting('disabled_compression_methods') AS d, current_setting('threads') AS n")).rows[0];
    try {
      const before = await setting();
      expect(await loadFiles(store, [jsonl('bulk.jsonl', knownSummaries())])).toMatchObject({ stored: 5 });
      expect(await setting()).toEqual(before);
      const wal = `${place.url}.wal`;
      expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
      // A load whose write fails (here: a table of the store is gone) stops with the store's error,
      // and restores them too.
      await store.backend.exec('DROP TABLE keywords');
      await expect(loadFiles(store, [jsonl('bulk2.jsonl', [a1({ version: '9.9.9' })])])).rejects.toThrow(/keywords/);
      expect(await setting()).toEqual(before);
    } finally {
      await store.close().catch(() => {});
      await place.drop();
    }
  });

  it('has DuckDB work on one thread while it writes, its threads back for the reordering, the refresh and after it', async () => {
    const place = duckdbStore();
    const store = await openStore(place.url);
    const backend = store.backend;
    const threads = async () => Number((await backend.all("SELECT current_setting('threads') AS n"))[0]!.n);
    try {
      await backend.exec('SET threads = 3');
      const seen: number[] = [];
      await backend.bulk!(async (writesDone) => {
        seen.push(await threads());
        await writesDone();
        seen.push(await threads());
        await writesDone();
      });
      expect(seen).toEqual([1, 3]);
      expect(await threads()).toBe(3);
      // A load that fails before its writes are done has them back too.
      await expect(backend.bulk!(() => Promise.reject(new Error('the load failed')))).rejects.toThrow('the load failed');
      expect(await threads()).toBe(3);
      // loadFiles says when its writes are done: the reordering runs with every thread.
      const reorder = backend.reorder!.bind(backend);
      backend.reorder = async () => {
        seen.push(await threads());
        await reorder();
      };
      expect(await loadFiles(store, [jsonl('threads.jsonl', knownSummaries())], { reorder: true })).toMatchObject({ stored: 5 });
      expect(seen).toEqual([1, 3, 3]);
    } finally {
      await store.close().catch(() => {});
      await place.drop();
    }
  });
});

describe('loading with threads that parse the lines (DuckDB)', () => {
  /** Every fact table's rows (all columns but the load time), in one order, and the load errors. */
  async function dump(store: FactStore): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const table of ['articles', 'entities', 'aliases', 'mentions', 'roles', 'quotes', 'amounts', 'keywords', 'messages', 'load_errors']) {
      const columns = (await store.sql(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' AND column_name <> 'loaded_at' ORDER BY ordinal_position`)).rows.map((r) => String(r.column_name));
      out[table] = (await store.sql(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${columns.map((c) => `${c} NULLS FIRST`).join(', ')}`)).rows;
    }
    return out;
  }

  it('stores the same rows and reports the same broken lines, in the order read, as a load parsed in one thread', async () => {
    // 600 summaries (several requests of lines, more rows than a data chunk holds), broken lines
    // among them, one article twice (its newer analysis replaces the first in the same batch), and
    // texts DuckDB cannot hold inline.
    const lines: (Summary | string)[] = [];
    for (let i = 0; i < 120; i++) {
      for (const s of knownSummaries()) lines.push({ ...s, id: `r${i}-${s.id}`, title: i % 7 === 0 ? `${s.title} — édition ${i}` : s.title });
      if (i === 1 || i === 60) lines.push('{"id": "broken"');
      if (i === 90) lines.push('{"id": "x", "status": "ok"}');
    }
    lines.push({ ...knownSummaries()[0]!, id: 'r3-a1', warta: { ...knownSummaries()[0]!.warta, version: '9.9.9' } });
    lines.splice(400, 0, '   ', 'NOT-UTF-8');
    const file = jsonl('threads.jsonl', lines);
    // Line 401 blank (skipped), line 402 not UTF-8 (broken): both read where the lines are parsed.
    writeFileSync(file, Buffer.from(readFileSync(file, 'latin1').replace('NOT-UTF-8', 'caf\u00e9 \u00ff'), 'latin1'));
    const results = [];
    for (const options of [{ parseThreads: 0 }, { parseThreads: 1, parseThreadsAfter: 2 }, { parseThreads: 2, parseThreadsAfter: 0 }]) {
      const place = duckdbStore();
      const store = await openStore(place.url);
      try {
        const stats = await loadFiles(store, [file], options);
        results.push({ stats, rows: await dump(store) });
      } finally {
        await store.close();
        await place.drop();
      }
    }
    // 2,000 articles loaded, then loaded again with 300 new ones after them, in batches of 250: the
    // first batches store nothing, so the threads only read the lines that follow (beyond the
    // ~1,000 lines sent ahead), and the new articles' rows are laid out by the writer.
    const stored = Array.from({ length: 2000 }, (_, i) => ({ ...knownSummaries()[i % 5]!, id: `b${i}` }));
    const base = jsonl('threads-base.jsonl', stored);
    const more = jsonl('threads-more.jsonl', [...stored, ...Array.from({ length: 300 }, (_, i) => ({ ...knownSummaries()[i % 5]!, id: `m${i}` }))]);
    const again = [];
    for (const options of [{ parseThreads: 0 }, { parseThreads: 1, parseThreadsAfter: 0 }]) {
      const place = duckdbStore();
      const store = await openStore(place.url);
      try {
        await loadFiles(store, [base], options);
        const stats = await loadFiles(store, [more], { ...options, batchSize: 250 });
        again.push({ stats, rows: await dump(store) });
      } finally {
        await store.close();
        await place.drop();
      }
    }
    expect(again[0]!.stats).toMatchObject({ stored: 300, unchanged: 2000, broken: 0 });
    expect(again[1]).toEqual(again[0]);
    const [inline, one, two] = results;
    const place = duckdbStore();
    const store = await openStore(place.url);
    try {
      await expect(loadFiles(store, [file], { parseThreads: 1.5 })).rejects.toThrow(/parseThreads must be a whole number ≥ 0, got 1.5/);
    } finally {
      await store.close();
      await place.drop();
    }
    expect(inline!.stats).toMatchObject({ read: 601, stored: 600, replaced: 1, broken: 4 });
    expect(inline!.stats.brokenLines.map((b) => `${b.line} ${b.message.slice(0, 22)}`)).toEqual(['11 invalid JSON: Expected', '307 invalid JSON: Expected', '402 the line is invalid UT', '460 not a warta summary: t']);
    expect(one).toEqual(inline);
    expect(two).toEqual(inline);
    expect(inline!.rows.mentions!.length).toBeGreaterThan(2048);
  });
});
