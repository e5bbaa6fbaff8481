import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { knownSummaries } from '../store/fixture.js';

let dir = '';
let db = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'warta-facts-cli-'));
  db = join(dir, 'facts.duckdb');
  const lines = knownSummaries().map((s) => JSON.stringify(s));
  lines.splice(2, 0, '{"not": "a summary"');
  writeFileSync(join(dir, 'out.jsonl'), `${lines.join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warta facts (a DuckDB file, real child processes)', () => {
  it('load: a broken line is recorded and reported, the rest loaded; the exit code says so; a second load stores nothing twice', async () => {
    const first = await runCli(['facts', 'load', join(dir, 'out.jsonl'), '--db', db]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/5 summaries read: 5 stored, 0 replaced, 0 unchanged, 0 kept \(1 error record\); 1 broken line into /);
    expect(first.stderr).toMatch(/out\.jsonl:3: invalid JSON/);
    const again = await runCli(['facts', 'load', join(dir, 'out.jsonl'), '--db', db, '--quiet']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/out\.jsonl:3: invalid JSON/);
    const info = await runCli(['facts', 'info', '--db', db, '--format', 'jsonl']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ articles: 5, loadErrors: 2, schemaVersion: 4 });
  });

  it('load --threads: lines parsed on other threads store what one thread stores, broken lines reported where they are; a bad count is refused', async () => {
    const lines: string[] = [];
    for (let i = 0; lines.length < 2300; i++) for (const s of knownSummaries()) lines.push(JSON.stringify({ ...s, id: `t${i}-${s.id}` }));
    lines.splice(2149, 0, '{"not": "a summary"');
    writeFileSync(join(dir, 'many.jsonl'), `${lines.join('\n')}\n`);
    const infos = [];
    for (const threads of ['2', '0']) {
      const store = join(dir, `threads-${threads}.duckdb`);
      const r = await runCli(['facts', 'load', join(dir, 'many.jsonl'), '--db', store, '--threads', threads]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/2300 summaries read: 2300 stored, .*; 1 broken line into /);
      expect(r.stderr).toMatch(/many\.jsonl:2150: invalid JSON/);
      infos.push(JSON.parse((await runCli(['facts', 'info', '--db', store, '--format', 'jsonl'])).stdout));
    }
    expect(infos[0].tables).toEqual(infos[1].tables);
    const bad = await runCli(['facts', 'load', join(dir, 'many.jsonl'), '--db', join(dir, 'bad.duckdb'), '--threads', 'two']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threads must be a whole number/);
  });

  it('quotes as a table, JSON lines and CSV', async () => {
    const table = await runCli(['facts', 'quotes', '--speaker', 'sri mulyani', '--db', db]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+speaker\s+text\s+articleId\s+title\s+url\s+cue\s+attribution$/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^2025-01-15\s+Sri Mulyani\s+Subsidi energi naik tahun ini,\s+a1\s/);
    const jsonl = await runCli(['facts', 'quotes', '--speaker', 'Sri Mulyani', '--contains', 'anggaran', '--format', 'jsonl', '--db', db]);
    expect(jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { articleId: string })).toMatchObject([{ articleId: 'a2', text: 'Anggaran subsidi tetap dijaga,' }]);
    const csv = await runCli(['facts', 'amounts', '--entity', 'KPK', '--currency', 'IDR', '--min', '1e12', '--format', 'csv', '--db', db]);
    expect(csv.stdout).toBe(
      'date,kind,text,value,min,max,currency,unit,entity,articleId,sentence\n2025-01-15,money,Rp 2 triliun,2000000000000,,,IDR,,KPK,a1,KPK menyita Rp 2 triliun dari PT Maju.\n',
    );
  });

  it('entity, cooccur and warnings', async () => {
    const entity = await runCli(['facts', 'entity', 'KPK', '--db', db]);
    expect(entity.code).toBe(0);
    expect(entity.stdout).toMatch(/^Komisi Pemberantasan Korupsi \(ORG\) key "komisi pemberantasan korupsi", merged with "kpk"\n2 articles, 3 mentions, published 2025-01-15 to 2025-03-10\n/);
    expect(entity.stdout).toContain('forms: KPK (2), Komisi Pemberantasan Korupsi (1)');
    const cooccur = await runCli(['facts', 'cooccur', 'Sri Mulyani', '--limit', '1', '--format', 'csv', '--db', db]);
    expect(cooccur.stdout).toBe('name,type,articles,sentences,key\nJakarta,LOC,3,2,jakarta\n');
    const warnings = await runCli(['facts', 'warnings', '--code', 'title-number-mismatch', '--format', 'jsonl', '--db', db]);
    expect(JSON.parse(warnings.stdout)).toMatchObject({ articleId: 'a2', code: 'title-number-mismatch' });
    // --outlet: the articles of one outlet (the summaries' source.outlet) only.
    const detik = await runCli(['facts', 'quotes', '--speaker', 'Sri Mulyani', '--outlet', 'detik', '--format', 'jsonl', '--db', db]);
    expect(detik.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { articleId: string }).articleId)).toEqual(['a2']);
    const kompas = await runCli(['facts', 'warnings', '--outlet', 'kompas', '--format', 'jsonl', '--db', db]);
    expect(kompas.stdout).toBe('');
    const unknown = await runCli(['facts', 'entity', 'Nobody', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('warta facts entity: no entity named "Nobody" in the store\n');
    const csvProfile = await runCli(['facts', 'entity', 'KPK', '--format', 'csv', '--db', db]);
    expect(csvProfile.code).toBe(2);
    const badDate = await runCli(['facts', 'quotes', '--from', '2025-13', '--db', db]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toBe('warta facts quotes: --from: a date bound is YYYY, YYYY-MM or YYYY-MM-DD\n');
  });

  it('sql: reads; a statement that writes is refused (exit 2) and the store is unchanged', async () => {
    const ok = await runCli(['facts', 'sql', 'SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY status', '--format', 'csv', '--db', db]);
    expect(ok.stdout).toBe('status,n\nerror,1\nok,4\n');
    for (const statement of ['DELETE FROM articles', 'DROP TABLE articles', "COPY articles TO '/tmp/x.csv'", 'SELECT 1; DELETE FROM articles']) {
      const refused = await runCli(['facts', 'sql', statement, '--db', db]);
      expect(refused.code, statement).toBe(2);
      expect(refused.stderr, statement).toMatch(/^warta facts sql: (refused|one statement at a time)/);
    }
    const after = await runCli(['facts', 'sql', 'SELECT count(*) AS n FROM articles', '--format', 'jsonl', '--db', db]);
    expect(after.stdout).toBe('{"n":5}\n');
  });

  it('export --parquet writes every table', async () => {
    const out = join(dir, 'parquet');
    const r = await runCli(['facts', 'export', '--parquet', out, '--db', db]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'mentions.parquet'))).toBe(true);
    const count = await runCli(['facts', 'sql', `SELECT count(*) AS n FROM '${join(out, 'mentions.parquet')}'`, '--format', 'jsonl', '--db', db]);
    expect(count.stdout).toBe('{"n":23}\n');
  });

  it('a query on a missing store says how to make one', async () => {
    const r = await runCli(['facts', 'quotes', '--db', join(dir, 'none.duckdb')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no fact store at .*none\.duckdb: make one with `warta facts load out\.jsonl --db /);
  });
});

describe('warta analyze --db', () => {
  it('stores the facts as articles finish, with or without JSONL; a rerun and a resumed run store nothing twice', async () => {
    const input = join(dir, 'articles.jsonl');
    const n = 40;
    const articles = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `n${i}`, title: `Berita ${i}`, body: `Gubernur Jawa Barat mengumumkan anggaran Rp ${i + 1} miliar di Bandung, Senin.` }));
    writeFileSync(input, `${articles.join('\n')}\n{"id": "bad", broken\n`);
    const store = join(dir, 'analyze.duckdb');
    const output = join(dir, 'analyze.jsonl');

    const onlyDb = await runCli(['analyze', input, '--db', store, '--workers', '0']);
    expect(onlyDb.code).toBe(1); // the broken line is an error record
    expect(onlyDb.stdout).toBe('');
    expect(onlyDb.stderr).toMatch(/facts: 41 summaries read: 41 stored, 0 replaced, 0 unchanged, 0 kept \(1 error record\); 0 broken lines into /);

    const withJsonl = await runCli(['analyze', input, '--db', store, '-o', output, '--workers', '0', '--quiet']);
    expect(withJsonl.code).toBe(1);
    expect(readFileSync(output, 'utf8').trimEnd().split('\n')).toHaveLength(n + 1);

    // A run killed after its checkpoint counted half the records: the resumed run sends the rest
    // to the store again, and the store already holds them.
    const checkpointFile = `${output}.checkpoint.json`;
    const lines = readFileSync(output, 'utf8').split('\n');
    const half = lines.slice(0, 20).join('\n') + '\n';
    const checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(checkpointFile, JSON.stringify({ ...checkpoint, done: 20, extra: [], outputBytes: Buffer.byteLength(half), counts: { ok: 20, partial: 0, error: 0 }, complete: false }));
    const resumed = await runCli(['analyze', input, '--db', store, '-o', output, '--workers', '0', '--resume']);
    expect(resumed.stderr).toMatch(/facts: 21 summaries read: 0 stored, 0 replaced, 21 unchanged/);
    expect(readFileSync(output, 'utf8').trimEnd().split('\n')).toHaveLength(n + 1);

    const facts = await openStore(store, { readOnly: true });
    try {
      expect((await facts.sql('SELECT count(*) AS n, count(DISTINCT article_id) AS ids FROM articles')).rows).toEqual([{ n: n + 1, ids: n + 1 }]);
      const info = await facts.info();
      expect(info.byStatus).toEqual({ error: 1, ok: n });
      // Every line of the JSONL is in the store, fact for fact.
      const jsonlEntities = readFileSync(output, 'utf8')
        .trimEnd()
        .split('\n')
        .reduce((sum, l) => sum + (JSON.parse(l) as { entities: unknown[] }).entities.length, 0);
      expect(info.tables.entities).toBe(jsonlEntities);
    } finally {
      await facts.close();
    }
  });
});
