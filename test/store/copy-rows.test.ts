import { afterEach, describe, expect, it } from 'vitest';
import { processChunk } from '../../src/batch/process-record.js';
import type { InputRecord } from '../../src/io/record.js';
import { DEFAULT_INPUT_LIMITS } from '../../src/io/limits.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Summary } from '../../src/schema/summary.js';
import { copyText, numberLines } from '../../src/store/copy-rows.js';
import { openStore, type FactStore } from '../../src/store/index.js';
import { FACT_TABLES } from '../../src/store/tables.js';
import { postgresStore, type TestStore } from './fixture.js';

const ARTICLES = [
  {
    id: 'c1',
    title: 'Judul\tdengan tab, \\ garis miring dan \\N',
    url: 'https://contoh.id/a\tb',
    body: 'JAKARTA - Menteri Keuangan Sri Mulyani Indrawati mengatakan anggaran subsidi naik Rp 5 triliun tahun depan. "Kami akan menjaga defisit tetap di bawah 3 persen," kata Sri Mulyani di Jakarta, Senin (6/1/2025).\n\nKomisi Pemberantasan Korupsi (KPK) menyita Rp 1,2 triliun.\r\nHarga beras naik 10 persen.',
  },
  {
    id: 'c2',
    title: 'Ünïcödé — “kutipan” 😀 \u0001 kontrol',
    author: 'A\u0000B',
    body: 'BEKASI - Banjir merendam 3.000 rumah di Bekasi selama 4 hari. Wali Kota Bekasi Tri Adhianto meminta warga mengungsi.\n\n"Kami sudah menyiapkan 12 posko," ujar Tri kepada wartawan. BPBD mencatat kerugian Rp 25 miliar.',
  },
  { id: 'c3', body: '   ' },
];

const records: InputRecord[] = ARTICLES.map((a, i) => ({ id: a.id, source: { file: 'in.jsonl', line: i + 1 }, payload: { kind: 'json', text: JSON.stringify(a) } }));

describe('COPY rows encoded where the summary was made', () => {
  it('writes a number that JSON cannot carry as NULL, as its JSON line would, and numbers every line', () => {
    expect([copyText(Number.NaN), copyText(Number.POSITIVE_INFINITY), copyText(-0), copyText(1.5), copyText('a\tb\\')]).toEqual(['\\N', '\\N', '0', '1.5', 'a\\tb\\\\']);
    expect(numberLines('\tx\t1\n\ty\\t\t2\n', 42)).toBe('42\tx\t1\n42\ty\\t\t2\n');
  });

  const places: TestStore[] = [];
  const stores: FactStore[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const p of places.splice(0)) await p.drop();
  });

  async function dump(store: FactStore): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const t of FACT_TABLES) {
      const columns = t.columns.filter(([name]) => name !== 'article_no' && name !== 'loaded_at').map(([name]) => `t.${name}`);
      const { rows } = await store.sql(`SELECT a.article_id AS article, ${columns.join(', ')} FROM ${t.name} t JOIN articles a ON a.article_no = t.article_no`);
      out[t.name] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  }

  it('stores the same facts as the summaries parsed from their lines (PostgreSQL)', async () => {
    const results = processChunk(createPipeline(), records, { limits: DEFAULT_INPUT_LIMITS, sentences: true, facts: true });
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'error']);
    for (const r of results) expect(r.facts).toBeDefined();
    const plain = processChunk(createPipeline(), records, { limits: DEFAULT_INPUT_LIMITS, sentences: true });

    const written: Record<string, string[]>[] = [];
    for (const encoded of [false, true]) {
      const place = postgresStore();
      places.push(place);
      const store = await openStore(place.url);
      stores.push(store);
      const writer = store.writer({ validate: false });
      if (encoded) for (const r of results) writer.addEncoded(r.facts!);
      else for (const r of plain) writer.add(JSON.parse(r.line) as Summary, r.sentences);
      await writer.flush();
      expect(writer.stats).toMatchObject({ read: 3, stored: 3 });
      written.push(await dump(store));
      // The time of the load, which the write fills in (the dump leaves it out): an ISO time.
      const { rows } = await store.sql('SELECT loaded_at FROM articles');
      expect(rows.map((r) => r.loaded_at)).toEqual(Array(3).fill(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)));
    }
    expect(written[0]!.mentions!.length).toBeGreaterThan(5);
    // What COPY escapes made it through: a tab (in the URL), backslashes, a control character.
    const articles = written[0]!.articles!.join('\n');
    for (const kept of ['contoh.id/a\\tb', 'garis miring dan \\\\N', '\\u0001 kontrol']) expect(articles).toContain(kept);
    expect(written[1]).toEqual(written[0]);
  });
});
