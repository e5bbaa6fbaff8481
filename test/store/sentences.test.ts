import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { loadFiles, openStore, type FactStore } from '../../src/store/index.js';
import { BACKENDS, type TestStore } from './fixture.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-sentences-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  {
    id: 's1',
    title: 'Anggaran subsidi naik Rp 5 triliun',
    body: 'JAKARTA - Menteri Keuangan Sri Mulyani Indrawati mengatakan anggaran subsidi naik Rp 5 triliun tahun depan. "Kami akan menjaga defisit tetap di bawah 3 persen," kata Sri Mulyani di Jakarta, Senin (6/1/2025).\n\nKomisi Pemberantasan Korupsi (KPK) menyita Rp 1,2 triliun dari tersangka. Dr. Budi Santoso dari Universitas Indonesia menilai langkah itu tepat. Harga beras naik 10 persen.',
  },
  {
    id: 's2',
    title: 'Banjir di Bekasi',
    body: 'BEKASI - Banjir merendam 3.000 rumah di Bekasi selama 4 hari. Wali Kota Bekasi Tri Adhianto meminta warga mengungsi.\n\n"Kami sudah menyiapkan 12 posko," ujar Tri kepada wartawan. BPBD mencatat kerugian Rp 25 miliar.',
  },
];

/** The number of the Doc's sentence that holds an offset (the last one starting at or before it). */
function sentenceOf(starts: readonly number[], offset: number): number | null {
  let found: number | null = null;
  starts.forEach((s, i) => {
    if (s <= offset) found = i;
  });
  return found;
}

async function rowsOf(store: FactStore, table: string, columns: string): Promise<string[]> {
  const cells = columns.split(', ').map((c) => `t.${c}`).join(', ');
  const rows = (await store.sql(`SELECT a.article_id, ${cells} FROM ${table} t JOIN articles a ON a.article_no = t.article_no`)).rows;
  return rows.map((r) => JSON.stringify(r)).sort();
}

describe.each(BACKENDS)('sentence numbers of stored facts (%s)', (_name, make) => {
  const places: TestStore[] = [];
  const stores: FactStore[] = [];

  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const p of places.splice(0)) await p.drop();
  });

  it('are the Doc\'s, whether the analysis hands its sentences over (analyze --db) or the store splits the text (facts load)', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const output = join(dir, 'out.jsonl');

    // As `warta analyze --db` stores them: the worker threads' sentences go along with each line.
    const direct = make();
    places.push(direct);
    const store = await openStore(direct.url);
    stores.push(store);
    const writer = store.writer({ validate: false });
    await runBatch({ inputs: [input], output, workers: 2, chunkSize: 1, progress: 'none', destinations: [writer] });
    expect(writer.stats).toMatchObject({ read: 2, stored: 2 });

    const pipeline = createPipeline();
    for (const article of ARTICLES) {
      const doc = pipeline.run(article);
      const starts = doc.sentences.map((s) => s.start);
      expect(starts.length).toBeGreaterThan(3);
      const [art] = (await store.sql(`SELECT sentences FROM articles WHERE article_id = '${article.id}'`)).rows;
      expect(Number(art!.sentences)).toBe(doc.sentences.length);
      const mentions = (await store.sql(`SELECT m.span_start AS at, m.sentence FROM mentions m JOIN articles a ON a.article_no = m.article_no WHERE a.article_id = '${article.id}'`)).rows;
      expect(mentions.length).toBeGreaterThan(3);
      for (const m of mentions) expect(m.sentence === null ? null : Number(m.sentence)).toBe(sentenceOf(starts, Number(m.at)));
      const quotes = (await store.sql(`SELECT q.span_start AS at, q.sentence FROM quotes q JOIN articles a ON a.article_no = q.article_no WHERE a.article_id = '${article.id}'`)).rows;
      expect(quotes.length).toBe(1);
      for (const q of quotes) expect(Number(q.sentence)).toBe(sentenceOf(starts, Number(q.at)));
      const amounts = (await store.sql(`SELECT t.span_start AS at, t.sentence, t.sentence_text FROM amounts t JOIN articles a ON a.article_no = t.article_no WHERE a.article_id = '${article.id}'`)).rows;
      expect(amounts.length).toBeGreaterThan(1);
      for (const t of amounts) {
        const i = sentenceOf(starts, Number(t.at))!;
        expect(Number(t.sentence)).toBe(i);
        expect(t.sentence_text).toBe(doc.text.slice(doc.sentences[i]!.start, doc.sentences[i]!.end));
      }
    }

    // As `warta facts load` stores the same output: from the JSONL, splitting the text itself.
    const loaded = make();
    places.push(loaded);
    const other = await openStore(loaded.url);
    stores.push(other);
    await loadFiles(other, [output]);
    for (const [table, columns] of [
      ['mentions', 'entity_id, span_start, sentence'],
      ['quotes', 'quote_index, span_start, sentence'],
      ['amounts', 'entity_id, span_start, sentence, sentence_text, subject_entity_id'],
    ] as const) {
      expect(await rowsOf(other, table, columns)).toEqual(await rowsOf(store, table, columns));
    }
    expect(await rowsOf(other, 'articles', 'content_hash, sentences')).toEqual(await rowsOf(store, 'articles', 'content_hash, sentences'));
  });
});
