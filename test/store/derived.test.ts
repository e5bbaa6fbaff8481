import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/schema/index.js';
import { loadFiles, openStore, type FactStore } from '../../src/store/index.js';
import { DERIVED_TABLES, derivedFresh } from '../../src/store/derived.js';
import { migrate } from '../../src/store/migrations.js';
import { openBackend } from '../../src/store/store.js';
import { duckdbStore, knownSummaries, summary, type TestStore } from './fixture.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-derived-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonl(name: string, lines: readonly Summary[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return path;
}

/**
 * Articles where an alias is itself merged into another name ("AB" → "Alpha Beta", and "A" → "AB"
 * in more articles than it is named alone): a chain the alias map follows one step only.
 */
function chained(): Summary[] {
  const x = (id: string, body: string, entities: Parameters<typeof summary>[0]['entities']) =>
    summary({ id, title: `Berita ${id}`, publishedAt: '2025-02-01', body: [body], entities });
  return [
    x('c1', 'Alpha Beta (AB) bertemu Budi di Jakarta.', [
      { id: 'e1', type: 'ORG', text: 'Alpha Beta', mentions: ['Alpha Beta', 'AB'], aliases: ['AB'] },
      { id: 'e2', type: 'PERSON', text: 'Budi', mentions: ['Budi'] },
      { id: 'e3', type: 'LOC', text: 'Jakarta', mentions: ['Jakarta'] },
    ]),
    x('c2', 'AB (A) menyita Rp 5 miliar bersama Budi.', [
      { id: 'e1', type: 'ORG', text: 'AB', mentions: ['AB', ['A', 1]], aliases: ['A'] },
      { id: 'e2', type: 'MONEY', text: 'Rp 5 miliar', mentions: ['Rp 5 miliar'], value: 5e9, currency: 'IDR' },
      { id: 'e3', type: 'PERSON', text: 'Budi', mentions: ['Budi'] },
    ]),
    x('c3', 'A dan Budi ke Bekasi. AB juga.', [
      { id: 'e1', type: 'ORG', text: 'A', mentions: ['A'] },
      { id: 'e2', type: 'PERSON', text: 'Budi', mentions: ['Budi'] },
      { id: 'e3', type: 'LOC', text: 'Bekasi', mentions: ['Bekasi'] },
      { id: 'e4', type: 'ORG', text: 'AB', mentions: [['AB', 0]] },
    ]),
  ];
}

/** Every canned answer that reads a precomputed table, for every named entity of the store. */
async function answers(store: FactStore): Promise<unknown[]> {
  const names = (await store.sql("SELECT DISTINCT text, type FROM entities WHERE type IN ('PERSON', 'ORG', 'LOC') ORDER BY text, type")).rows as { text: string; type: 'PERSON' | 'ORG' | 'LOC' }[];
  const aliases = (await store.sql('SELECT DISTINCT alias FROM aliases ORDER BY alias')).rows.map((r) => String(r.alias));
  const out: unknown[] = [];
  // A profile holds the entity's forms, roles, people, co-occurrences, amounts (by value) and its
  // people's quotes; the amounts by date and with filters are asked for besides.
  for (const { text, type } of names) {
    out.push(await store.entity({ name: text, type, limit: 50 }));
    out.push(await store.amounts({ entity: text, type, limit: 50 }).catch((e: Error) => e.message));
    out.push(await store.amounts({ entity: text, type, currency: 'IDR', min: 1e9, limit: 1 }).catch((e: Error) => e.message));
  }
  for (const a of aliases) out.push(await store.resolve(a));
  out.push(await store.search({ q: 'sri' }), await store.search({ q: 'a' }));
  return out;
}

/** The answers from the precomputed tables and from the facts alone (the tables marked stale). */
async function bothWays(store: FactStore): Promise<{ precomputed: unknown[]; direct: unknown[] }> {
  expect(await derivedFresh(store.backend)).toBe(true);
  const precomputed = await answers(store);
  await store.backend.exec('UPDATE derived_state SET fresh = false');
  const direct = await answers(store);
  expect(await store.refresh()).toBe(true);
  return { precomputed, direct };
}

describe('precomputed tables (duckdb)', () => {
  let place: TestStore;
  let store: FactStore | undefined;

  afterEach(async () => {
    await store?.close();
    store = undefined;
    await place?.drop();
  });

  it('answer as the fact tables do after a load, a reload and replacements, and go stale with every write', async () => {
    place = duckdbStore();
    store = await openStore(place.url);
    const file = jsonl('all.jsonl', [...knownSummaries(), ...chained()]);
    await loadFiles(store, [file]);
    const first = await bothWays(store);
    expect(first.precomputed).toEqual(first.direct);
    // The pairs are there: Sri Mulyani's co-occurrences come from the precomputed table.
    expect((await store.sql("SELECT count(*) AS n FROM entity_cooccurrences WHERE entity_key = 'sri mulyani indrawati'")).rows).toEqual([{ n: 5 }]);

    // Loaded again: nothing is written, the tables stay fresh and answer alike.
    expect(await loadFiles(store, [file])).toMatchObject({ unchanged: 8, stored: 0 });
    expect(await derivedFresh(store.backend)).toBe(true);
    expect((await bothWays(store)).precomputed).toEqual(first.precomputed);

    // Replaced: a1 without its alias (the alias map changes: "Sri Mulyani" alone is no longer
    // merged), a2 with another text. A write leaves the tables stale until the load refreshes them.
    const w = store.writer();
    w.add(
      summary({
        id: 'a1',
        title: 'Subsidi energi naik',
        publishedAt: '2025-01-15',
        body: ['Sri Mulyani Indrawati dan Prabowo Subianto di Bekasi.'],
        entities: [
          { id: 'e1', type: 'PERSON', text: 'Sri Mulyani Indrawati', mentions: ['Sri Mulyani Indrawati'] },
          { id: 'e2', type: 'PERSON', text: 'Prabowo Subianto', mentions: ['Prabowo Subianto'] },
          { id: 'e3', type: 'LOC', text: 'Bekasi', mentions: ['Bekasi'] },
        ],
      }),
    );
    await w.flush();
    expect(await derivedFresh(store.backend)).toBe(false);
    const stale = await answers(store);
    await loadFiles(store, [jsonl('a2.jsonl', [summary({ id: 'a2', title: 'KPK lagi', publishedAt: '2025-03-11', body: ['KPK dan Sri Mulyani di Bekasi.'], entities: [{ id: 'e1', type: 'ORG', text: 'KPK', mentions: ['KPK'] }, { id: 'e2', type: 'PERSON', text: 'Sri Mulyani', mentions: ['Sri Mulyani'] }, { id: 'e3', type: 'LOC', text: 'Bekasi', mentions: ['Bekasi'] }] })])]);
    const after = await bothWays(store);
    expect(after.precomputed).toEqual(after.direct);
    expect(after.precomputed).not.toEqual(stale);
    expect(await store.resolve('Sri Mulyani')).toMatchObject({ key: 'sri mulyani', names: ['sri mulyani'] });
    expect(await store.cooccur({ name: 'Sri Mulyani Indrawati' })).toEqual([
      { name: 'Prabowo Subianto', type: 'PERSON', key: 'prabowo subianto', articles: 2, sentences: 2 },
      { name: 'Bekasi', type: 'LOC', key: 'bekasi', articles: 1, sentences: 1 },
      { name: 'Jakarta', type: 'LOC', key: 'jakarta', articles: 1, sentences: 1 },
    ]);
    // Several hundred small queries: more than the default minute on a busy machine.
  }, 300_000);

  it('follow the alias map one step: a name whose key is itself merged elsewhere is answered from the facts', async () => {
    place = duckdbStore();
    store = await openStore(place.url);
    await loadFiles(store, [jsonl('chained.jsonl', chained())]);
    expect((await store.sql('SELECT type, alias_key, name_key FROM alias_map_t ORDER BY alias_key')).rows).toEqual([
      { type: 'ORG', alias_key: 'a', name_key: 'ab' },
      { type: 'ORG', alias_key: 'ab', name_key: 'alpha beta' },
    ]);
    const { precomputed, direct } = await bothWays(store);
    expect(precomputed).toEqual(direct);
    // "A" resolves to "ab" (one step), whose own articles are grouped under "alpha beta" elsewhere:
    // its co-occurrences (from the facts) count the articles of "ab" and "a", where "AB" appears
    // as "alpha beta".
    expect(await store.resolve('A', 'ORG')).toMatchObject({ key: 'ab', names: ['ab', 'a'], articles: 2 });
    expect(await store.cooccur({ name: 'A', type: 'ORG' })).toEqual([
      { name: 'AB', type: 'ORG', key: 'alpha beta', articles: 2, sentences: 2 },
      { name: 'Budi', type: 'PERSON', key: 'budi', articles: 2, sentences: 2 },
      { name: 'Bekasi', type: 'LOC', key: 'bekasi', articles: 1, sentences: 1 },
    ]);
  });

  it('are built when an older store is migrated, and when a writable store is closed', async () => {
    place = duckdbStore();
    const old = await openBackend(place.url, false);
    await migrate(old, 3);
    await old.close();
    const v3 = await openStore(place.url);
    // Migrated to 4: the state row says stale until the tables are built.
    expect(v3.schemaVersion).toBe(4);
    expect(await derivedFresh(v3.backend)).toBe(false);
    const w = v3.writer();
    for (const s of knownSummaries()) w.add(s);
    await w.close();
    expect(await derivedFresh(v3.backend)).toBe(false);
    await v3.close();
    store = await openStore(place.url, { readOnly: true });
    expect(await derivedFresh(store.backend)).toBe(true);
    expect(await store.backend.tableNames()).toEqual(expect.arrayContaining([...DERIVED_TABLES]));
    const kpk = [
      { name: 'Jakarta', type: 'LOC', key: 'jakarta', articles: 2, sentences: 1 },
      { name: 'Sri Mulyani', type: 'PERSON', key: 'sri mulyani indrawati', articles: 2, sentences: 0 },
    ];
    expect(await store.cooccur({ name: 'KPK', limit: 2 })).toEqual(kpk);
    await store.close();

    // Tables built by other definitions (another warta's) are not read, and are rebuilt on the next
    // close of a writable store.
    store = await openStore(place.url);
    await store.backend.exec("UPDATE derived_state SET definitions = 'other'");
    expect(await derivedFresh(store.backend)).toBe(false);
    await store.backend.exec('DROP TABLE entity_cooccurrences');
    expect(await store.cooccur({ name: 'KPK', limit: 2 })).toEqual(kpk);
    await store.close();
    store = await openStore(place.url, { readOnly: true });
    expect(await derivedFresh(store.backend)).toBe(true);
    expect(await store.cooccur({ name: 'KPK', limit: 2 })).toEqual(kpk);
  });
});
