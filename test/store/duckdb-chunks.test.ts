import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/backend.js';
import { blockBuffers, TableBlockBuilder, type TableBlock } from '../../src/store/column-block.js';
import { openBackend } from '../../src/store/store.js';
import type { Cell, TableDef } from '../../src/store/tables.js';
import { duckdbStore, type TestStore } from './fixture.js';

/** Texts around the 12 bytes DuckDB keeps inline: ASCII and not, empty, long. */
const TEXTS = ['', 'a', 'abcdefghijkl', 'abcdefghijklm', 'é', 'éééééé', 'ééééééé', '漢字', 'Prabowo', 'prabowo subianto', 'x'.repeat(300), 'Rp 99 triliun', 'a\u0000b'];

const TABLE: TableDef = {
  name: 'chunked',
  columns: [
    ['i', 'int'],
    ['s', 'text'],
    ['k', 'key'],
    ['d', 'double'],
    ['b', 'bool'],
    ['n', 'int'],
  ],
};

/** Row i: every column type, NULLs in some chunks of 2,048 rows and not in others. */
function row(i: number): Cell[] {
  return [
    i,
    i % 17 === 16 ? null : `${TEXTS[i % TEXTS.length]}${i % 5 === 0 ? '' : String(i % 3)}`,
    i < 2048 && i % 7 === 0 ? null : TEXTS[(i * 3) % TEXTS.length]!,
    i % 11 === 0 ? null : i / 3,
    i % 13 === 0 ? null : i % 2 === 0,
    i >= 2048 && i < 4096 && i % 5 === 0 ? null : -i * 1000,
  ];
}

describe('DuckDB appends rows a data chunk at a time', () => {
  let store: TestStore;
  let backend: StoreBackend;
  beforeAll(async () => {
    store = duckdbStore();
    backend = await openBackend(store.url, false);
    await backend.exec('CREATE TABLE chunked (i INTEGER, s VARCHAR, k VARCHAR, d DOUBLE, b BOOLEAN, n INTEGER)');
    await backend.exec('CREATE TABLE blocked (i INTEGER, s VARCHAR, k VARCHAR, d DOUBLE, b BOOLEAN, n INTEGER)');
  });
  afterAll(async () => {
    await backend.close();
    await store.drop();
  });

  it('stores every value and NULL as given, across chunks and in a part-filled last one', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(i));
    await backend.append(TABLE, rows);
    const stored = await backend.all('SELECT i, s, k, d, b, n FROM chunked ORDER BY i');
    expect(stored).toHaveLength(rows.length);
    const mismatches = stored.filter((r, i) => JSON.stringify([r.i, r.s, r.k, r.d, r.b, r.n]) !== JSON.stringify(rows[i]));
    expect(mismatches).toEqual([]);
  });

  it('compares and groups inlined texts as equal to the same texts written by SQL', async () => {
    const [r] = await backend.all("SELECT count(*) FILTER (WHERE k = 'abcdefghijkl') AS twelve, count(*) FILTER (WHERE k = 'éééééé') AS accented, count(DISTINCT k) AS distinct_keys FROM chunked");
    const expected = (text: string) => Array.from({ length: 5000 }, (_, i) => row(i)[2]).filter((k) => k === text).length;
    expect(Number(r!.twelve)).toBe(expected('abcdefghijkl'));
    expect(Number(r!.accented)).toBe(expected('éééééé'));
    expect(Number(r!.distinct_keys)).toBe(TEXTS.length);
  });

  it('stores rows laid out in blocks by another thread, copied in ranges, as the rows themselves', async () => {
    // As a parsing thread does: each block's rows numbered from 0 in their first column, the block
    // moved to the loading thread (its buffers transferred), its rows appended in two ranges with
    // the numbers mapped to the store's.
    const sizes = [1500, 2300, 1200];
    const expected: Cell[][] = [];
    const writer = await backend.appendRows!([{ ...TABLE, name: 'blocked' }]);
    try {
      let i = 0;
      for (const size of sizes) {
        const builder = new TableBlockBuilder(TABLE);
        const articleNos = new Int32Array(size);
        for (let k = 0; k < size; k++, i++) {
          const r = row(i);
          articleNos[k] = i * 2 + 1;
          expected.push([i * 2 + 1, ...r.slice(1)]);
          builder.push([k, ...r.slice(1)]);
        }
        const built = builder.finish();
        const block = structuredClone(built, { transfer: blockBuffers([built]) }) as TableBlock;
        writer.tables.blocked!.pushBlock!(block, 0, 700, { articleNos });
        writer.tables.blocked!.pushBlock!(block, 700, size, { articleNos });
      }
    } finally {
      writer.close();
    }
    const stored = await backend.all('SELECT i, s, k, d, b, n FROM blocked ORDER BY i');
    expect(stored).toHaveLength(expected.length);
    const mismatches = stored.filter((r, i) => JSON.stringify([r.i, r.s, r.k, r.d, r.b, r.n]) !== JSON.stringify(expected[i]));
    expect(mismatches).toEqual([]);
  });

  it('stores a lone surrogate as U+FFFD whether the row was pushed or copied from a block', async () => {
    const table: TableDef = { name: 'surrogates', columns: [['i', 'int'], ['s', 'text']] };
    await backend.exec('CREATE TABLE surrogates (i INTEGER, s VARCHAR)');
    const texts = ['a\ud800b and a long text', 'x\udc00', '\ud83d\ude00 and a long text'];
    await backend.append(table, texts.map((t, i) => [i, t]));
    const builder = new TableBlockBuilder(table);
    texts.forEach((t, k) => builder.push([k, t]));
    const built = builder.finish();
    const block = structuredClone(built, { transfer: blockBuffers([built]) }) as TableBlock;
    const writer = await backend.appendRows!([table]);
    try {
      writer.tables.surrogates!.pushBlock!(block, 0, texts.length, { articleNos: Int32Array.from([10, 11, 12]) });
    } finally {
      writer.close();
    }
    const rows = await backend.all('SELECT i, s FROM surrogates ORDER BY i');
    expect(rows.map((r) => r.s)).toEqual([...texts, ...texts].map((t) => t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')));
  });
});
