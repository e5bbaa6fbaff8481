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
import { openStore } from '../../src/store/store.js';
import { PG_URL } from '../store/fixture.js';

const schema = `warta_queue_${process.pid}_${randomBytes(4).toString('hex')}`;
const url = `${PG_URL}?schema=${schema}`;
const dir = mkdtempSync(join(tmpdir(), 'warta-queue-'));
const dump = join(dir, 'dump.jsonl');
/** The failure test's own queue, and its dump: the first 12 records of `dump` (the broken line among them). */
const failSchema = `${schema}_f`;
const failUrl = `${PG_URL}?schema=${failSchema}`;
const failDump = join(dir, 'fail.jsonl');
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

  constructor(args: string[], pgUrl = url) {
    this.child = spawn(process.execPath, ['--import', 'tsx', `${projectRoot}src/cli/main.ts`, 'worker', '--pg', pgUrl, '--poll', '0.3', '--maintenance-interval', '1', ...args], {
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
  writeFileSync(failDump, `${lines.slice(0, 12).join('\n')}\n`);
});

afterAll(async () => {
  await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
  await query(`DROP SCHEMA IF EXISTS ${failSchema} CASCADE`);
  await query(`DROP SCHEMA IF EXISTS ${failSchema}_boss CASCADE`);
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

  it('retries a chunk that keeps failing with backoff, marks it failed with its error, and `queue retry` completes it', { timeout: 180_000 }, async () => {
    // 12 records in chunks of 4: chunk 2 holds q4…q7. Two retries, the first after 1–2 s (doubled).
    const add = await runCli(['queue', 'add', failDump, '--pg', failUrl, '--chunk', '4', '--retries', '2', '--retry-delay', '1']);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).toContain('12 records in 3 chunks; added 3 chunks');
    // A failure of the whole chunk, at its store write: the fact store refuses article q5 (a
    // constraint the test adds). q4, q6 and q7 of the same chunk are fine, yet none may be stored.
    const store = await openStore(failUrl);
    await store.close();
    await query(`ALTER TABLE ${failSchema}.articles ADD CONSTRAINT test_refuses_q5 CHECK (article_id <> 'q5')`);

    const w = new Worker(['--drain'], failUrl);
    expect((await w.exited).code, w.stderr).toBe(0);
    expect(w.stderr).toContain('will be retried (1 of 3 attempts)');
    expect(w.stderr).toContain('will be retried (2 of 3 attempts)');
    expect(w.stderr).toMatch(/failed for good: .*test_refuses_q5/);
    expect(w.stderr).toContain('stored 2 chunks (8 records); 1 failed for good');
    const [chunk] = await query<{ state: string; attempts: number; error: string; results: string | null }>(`SELECT state, attempts, error, results FROM ${failSchema}.queue_chunks WHERE chunk_no = 2`);
    expect(chunk).toMatchObject({ state: 'failed', attempts: 3, results: null });
    expect(chunk?.error).toContain('test_refuses_q5');
    // pg-boss ran the retries with backoff, and gave up after the last.
    const [job] = await query<{ state: string; retry_count: number; retry_limit: number; retry_backoff: boolean }>(
      `SELECT j.state, j.retry_count, j.retry_limit, j.retry_backoff FROM ${failSchema}_boss.job j JOIN ${failSchema}.queue_chunks c ON c.job_id = j.id WHERE c.chunk_no = 2`,
    );
    expect(job).toEqual({ state: 'failed', retry_count: 2, retry_limit: 2, retry_backoff: true });
    const stored = await query<{ article_id: string }>(`SELECT article_id FROM ${failSchema}.articles ORDER BY article_no`);
    expect(stored.map((r) => r.article_id).filter((id) => /^q[4-7]$/.test(id))).toEqual([]);
    expect(stored).toHaveLength(8);

    const status = await runCli(['queue', 'status', '--pg', failUrl, '--json']);
    expect(status.code).toBe(1);
    const s = JSON.parse(status.stdout) as { chunks: Record<string, number>; records: Record<string, number>; failures: { chunk: number; error: string }[] };
    expect(s.chunks).toEqual({ total: 3, pending: 0, active: 0, done: 2, failed: 1 });
    expect(s.records).toMatchObject({ total: 12, done: 8, error: 1 });
    expect(s.failures).toHaveLength(1);
    expect(s.failures[0]?.chunk).toBe(2);
    expect(s.failures[0]?.error).toContain('test_refuses_q5');
    const text = await runCli(['queue', 'status', '--pg', failUrl]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('chunks   3: 0 pending, 0 active, 2 done, 1 failed');
    expect(text.stdout).toMatch(/failed {3}chunk 2: .*test_refuses_q5.*\(warta queue retry\)/);

    const partial = join(dir, 'partial.jsonl');
    const exp = await runCli(['queue', 'export', '--pg', failUrl, '-o', partial]);
    expect(exp.code).toBe(1);
    expect(exp.stderr).toContain('8 records of 2 chunks');
    expect(exp.stderr).toContain('1 chunks (4 records) are not done yet and are missing: chunk 2 ');
    expect(readFileSync(partial, 'utf8').trimEnd().split('\n')).toHaveLength(8);

    // The cause is gone; `queue retry` gives the chunk a new job, and a worker completes it.
    await query(`ALTER TABLE ${failSchema}.articles DROP CONSTRAINT test_refuses_q5`);
    const retry = await runCli(['queue', 'retry', '--pg', failUrl]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stderr).toContain('1 chunk queued again');
    const [requeued] = await query<{ state: string; job_state: string }>(
      `SELECT c.state, j.state AS job_state FROM ${failSchema}.queue_chunks c JOIN ${failSchema}_boss.job j ON j.id = c.job_id WHERE c.chunk_no = 2`,
    );
    expect(requeued).toEqual({ state: 'pending', job_state: 'created' });
    const w2 = new Worker(['--drain'], failUrl);
    expect((await w2.exited).code, w2.stderr).toBe(0);
    expect(w2.stderr).toContain('stored 1 chunks (4 records)');

    const done = await runCli(['queue', 'status', '--pg', failUrl, '--json']);
    expect(done.code).toBe(0);
    expect((JSON.parse(done.stdout) as { chunks: unknown }).chunks).toEqual({ total: 3, pending: 0, active: 0, done: 3, failed: 0 });
    const full = join(dir, 'full.jsonl');
    const exp2 = await runCli(['queue', 'export', '--pg', failUrl, '-o', full]);
    expect(exp2.code, exp2.stderr).toBe(0);
    const lines = readFileSync(full, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; status: string });
    // Every record exactly once, in input order; the broken line is still one error record.
    expect(lines.map((l) => l.id).filter((id) => id.startsWith('q'))).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10']);
    expect(lines).toHaveLength(12);
    expect(lines[9]?.status).toBe('error');
    expect(lines.filter((l) => l.status === 'error')).toHaveLength(1);
    const ids = await query<{ article_id: string; n: number }>(`SELECT article_id, count(*)::int AS n FROM ${failSchema}.articles GROUP BY article_id`);
    expect(ids).toHaveLength(12);
    expect(ids.every((r) => r.n === 1)).toBe(true);
    expect(ids.map((r) => r.article_id).sort()).toEqual(lines.map((l) => l.id).sort());
  });

  it('refuses a URL that is not PostgreSQL, naming the flag', async () => {
    const r = await runCli(['queue', 'status', '--pg', 'facts.duckdb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pg needs a PostgreSQL URL');
  });
});
