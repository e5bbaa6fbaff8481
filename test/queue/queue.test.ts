import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledArticles } from '../../scripts/bundled-articles.js';
import { projectRoot, runCli } from '../helpers/cli.js';
import { PG_URL } from '../store/fixture.js';

const schema = `warta_queue_${process.pid}_${randomBytes(4).toString('hex')}`;
const url = `${PG_URL}?schema=${schema}`;
const dir = mkdtempSync(join(tmpdir(), 'warta-queue-'));
const dump = join(dir, 'dump.jsonl');
/** Records in the dump: articles, and one broken line that must become an error record. */
const RECORDS = 41;

/** Drops a summary's timing fields (none are written without --timings; a guard all the same). */
function withoutTimings(line: string): unknown {
  return JSON.parse(line, (key, value: unknown) => (key === 'timings' || key === 'ms' ? undefined : value));
}

/** A worker process running the CLI from source, with its stderr collected as it comes. */
class Worker {
  readonly child: ChildProcess;
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, ['--import', 'tsx', `${projectRoot}src/cli/main.ts`, 'worker', '--pg', url, '--poll', '0.3', '--maintenance-interval', '1', ...args], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** The number of the first chunk this worker started, once it has started one (polls, long limit). */
  async firstStarted(): Promise<number> {
    for (let waited = 0; waited < 120_000; waited += 50) {
      const m = /chunk (\d+) started/.exec(this.stderr);
      if (m) return Number(m[1]);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the worker started no chunk: ${this.stderr}`);
  }
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  const articles = bundledArticles();
  const lines: string[] = [];
  for (let i = 0; i < RECORDS - 1; i++) {
    const a = articles[i % articles.length]!;
    // Each its own id and text: the store keeps one analysis per id.
    lines.push(JSON.stringify({ id: `q${i}`, title: a.title, body: `${a.body}\n\nBerita nomor ${i + 1}.`, url: `https://example.id/${i}` }));
  }
  lines.splice(9, 0, '{"id": "broken", "body": ');
  writeFileSync(dump, `${lines.join('\n')}\n`);
});

afterAll(async () => {
  await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
  rmSync(dir, { recursive: true, force: true });
});

describe('warta queue and warta worker on PostgreSQL', () => {
  it('stores every record exactly once through kills, SIGTERM and restarts, as `warta analyze` does', { timeout: 240_000 }, async () => {
    const analyzed = join(dir, 'analyze.jsonl');
    const batch = runCli(['analyze', dump, '-o', analyzed, '-q']);

    const add = await runCli(['queue', 'add', dump, '--pg', url, '--chunk', '4', '--job-timeout', '10', '--retry-delay', '1']);
    expect(add.stderr).toContain(`${RECORDS} records in 11 chunks; added 11 chunks`);
    expect(add.code).toBe(0);
    const again = await runCli(['queue', 'add', dump, '--pg', url, '--chunk', '4']);
    expect(again.stderr).toContain('added 0 chunks (0 records), 11 were queued already');

    // A holds each analysed chunk 3 s before storing it: killed then, it dies in the middle of one.
    const a = new Worker(['--hold-ms', '3000']);
    const b = new Worker(['--hold-ms', '1500']);
    const c = new Worker(['--drain']);
    const killedChunk = await a.firstStarted();
    a.child.kill('SIGKILL');
    const termChunk = await b.firstStarted();
    b.child.kill('SIGTERM');
    expect(await a.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // SIGTERM: B finishes the chunk in hand, stores it, and exits normally.
    expect(await b.exited).toEqual({ code: 0, signal: null });
    expect(a.stderr).not.toContain(`chunk ${killedChunk} done`);
    expect(b.stderr).toContain(`chunk ${termChunk} done`);
    expect(b.stderr).toContain('stopping after the chunks in hand');

    const a2 = new Worker(['--drain']);
    const b2 = new Worker(['--drain']);
    for (const w of [a2, b2, c]) expect((await w.exited).code, w.stderr).toBe(0);

    const status = await runCli(['queue', 'status', '--pg', url, '--json']);
    const s = JSON.parse(status.stdout) as { chunks: Record<string, number>; records: Record<string, number> };
    expect(s.chunks).toEqual({ total: 11, pending: 0, active: 0, done: 11, failed: 0 });
    expect(s.records).toMatchObject({ total: RECORDS, done: RECORDS, error: 1 });
    // The chunk of the killed worker was taken again (its job expired) and stored by another.
    const [killed] = await query<{ worker: string; attempts: number }>(`SELECT worker, attempts FROM ${schema}.queue_chunks WHERE chunk_no = ${killedChunk}`);
    expect(killed?.worker).not.toContain(`:${a.child.pid}`);

    const exported = join(dir, 'export.jsonl.gz');
    const exp = await runCli(['queue', 'export', '--pg', url, '-o', exported]);
    expect(exp.code, exp.stderr).toBe(0);
    const lines = gunzipSync(readFileSync(exported)).toString('utf8').trimEnd().split('\n');
    expect((await batch).code).toBe(1);
    const expected = readFileSync(analyzed, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(RECORDS);
    expect(lines.map(withoutTimings)).toEqual(expected.map(withoutTimings));

    // The fact store: every record once, every fact once.
    const summaries = expected.map((l) => JSON.parse(l) as { id: string; entities: { mentions: unknown[] }[]; quotes: unknown[] });
    const [counts] = await query<{ articles: number; ids: number; entities: number; mentions: number; quotes: number }>(`
      SELECT (SELECT count(*)::int FROM ${schema}.articles) AS articles, (SELECT count(DISTINCT article_id)::int FROM ${schema}.articles) AS ids,
             (SELECT count(*)::int FROM ${schema}.entities) AS entities, (SELECT count(*)::int FROM ${schema}.mentions) AS mentions,
             (SELECT count(*)::int FROM ${schema}.quotes) AS quotes`);
    expect(counts).toEqual({
      articles: RECORDS,
      ids: RECORDS,
      entities: summaries.reduce((n, x) => n + x.entities.length, 0),
      mentions: summaries.reduce((n, x) => n + x.entities.reduce((m, e) => m + e.mentions.length, 0), 0),
      quotes: summaries.reduce((n, x) => n + x.quotes.length, 0),
    });
    const ids = await query<{ article_id: string }>(`SELECT article_id FROM ${schema}.articles ORDER BY article_id`);
    expect(ids.map((r) => r.article_id)).toEqual(summaries.map((x) => x.id).sort());
  });

  it('queues the date flags with the config every worker analyses with, and refuses a wrong zone', { timeout: 120_000 }, async () => {
    const other = `${schema}_dates`;
    const one = join(dir, 'dates.jsonl');
    writeFileSync(one, `${JSON.stringify({ id: 'd1', title: 'Harga naik', body: 'Kemarin harga beras naik 5 persen.', publishedAt: '10/21/2025 20:43' })}\n`);
    try {
      const r = await runCli(['queue', 'add', one, '--pg', `${PG_URL}?schema=${other}`, '--date-order', 'mdy', '--time-zone', 'WITA', '-q']);
      expect(r.code, r.stderr).toBe(0);
      const rows = await query<{ setup: string }>(`SELECT setup FROM ${other}.queue_configs`);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.setup).toContain('"dateOrder":"mdy"');
      expect(rows[0]!.setup).toContain('"timeZone":"WITA"');
      const bad = await runCli(['queue', 'add', one, '--pg', `${PG_URL}?schema=${other}`, '--time-zone', 'Mars']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--time-zone');
    } finally {
      await query(`DROP SCHEMA IF EXISTS ${other} CASCADE`);
      await query(`DROP SCHEMA IF EXISTS ${other}_boss CASCADE`);
    }
  });

  it('refuses a URL that is not PostgreSQL, naming the flag', async () => {
    const r = await runCli(['queue', 'status', '--pg', 'facts.duckdb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pg needs a PostgreSQL URL');
  });
});
