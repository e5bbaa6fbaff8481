/**
 * Fact store benchmark: runs warta over a dump of real news articles (default: the dev set in
 * ../shared/corpora/news/, not shipped), replicates the summaries to N articles with distinct ids
 * (copy i of an article gets the id "<id>#<i>" and a publication date i months earlier, modulo 24,
 * so that months spread), writes them to a temporary JSONL file, and measures `warta facts load`'s
 * path (loadFiles: read, parse, validate, write) into a fresh DuckDB file and a fresh PostgreSQL
 * schema: summaries/s (and for PostgreSQL the CPU per summary of this process and of the server
 * process serving it, read from /proc, and the WAL written), a second load of the same file (all
 * unchanged), the file size per article,
 * and the time of each canned query (median of 5 runs after one warm-up).
 *
 *   npx tsx scripts/bench-store.ts                        # 100,000 articles, DuckDB and PostgreSQL
 *   npx tsx scripts/bench-store.ts --articles 20000 --no-pg
 *   npx tsx scripts/bench-store.ts --summaries out.jsonl  # summaries already made by warta analyze
 *
 * Options: --dump FILE (articles to analyse), --summaries FILE (skip the analysis), --articles N,
 * --pg URL (default postgres://root@127.0.0.1:5432/test; a schema warta_bench_<pid> is made and
 * dropped), --no-pg, --no-duckdb, --keep DIR (keep the DuckDB file and the replicated JSONL there),
 * --queries-only (with --keep DIR of an earlier run: time the queries on its DuckDB file),
 * --load-only (no queries).
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runBatch } from '../src/batch/run-batch.js';
import { loadFiles, openStore, type FactStore } from '../src/store/index.js';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const has = (name: string) => argv.includes(`--${name}`);

const root = fileURLToPath(new URL('..', import.meta.url));
const dump = flag('dump') ?? join(root, '../shared/corpora/news/detik-dev.jsonl');
const articles = Number(flag('articles') ?? 100_000);
const pgUrl = flag('pg') ?? 'postgres://root@127.0.0.1:5432/test';
const keep = flag('keep');
const work = keep ?? mkdtempSync(join(tmpdir(), 'warta-bench-store-'));

const say = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Summaries of the dump, made by warta (the same runner as `warta analyze`). */
async function summaries(): Promise<string> {
  const given = flag('summaries');
  if (given) return given;
  if (!existsSync(dump)) throw new Error(`no dump at ${dump}: give --dump FILE or --summaries FILE`);
  const out = join(work, 'summaries.jsonl');
  const t = performance.now();
  const r = await runBatch({ inputs: [dump], output: out, progress: 'none', stderr: process.stderr });
  say(`analysed ${r.records} articles of ${dump} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

/** A date `months` months before an ISO date-time string, in the same form. */
function monthsEarlier(iso: string | null, months: number): string | null {
  const m = iso ? /^(\d{4})-(\d{2})(.*)$/.exec(iso) : null;
  if (!m) return iso;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}${m[3]}`;
}

/** The summaries replicated to `n` lines with distinct ids, in a JSONL file. */
async function replicate(source: string, n: number): Promise<string> {
  const base: Record<string, unknown>[] = [];
  for await (const line of createInterface({ input: createReadStream(source), crlfDelay: Infinity })) {
    if (line.trim() !== '') base.push(JSON.parse(line) as Record<string, unknown>);
  }
  const file = join(work, `replicated-${n}.jsonl`);
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / base.length);
    const s = base[i % base.length]!;
    const line = JSON.stringify({ ...s, id: `${String(s.id)}#${copy}`, publishedAt: monthsEarlier(s.publishedAt as string | null, copy % 24) });
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  say(`replicated ${base.length} summaries to ${fmt(n)} (${fmt(statSync(file).size / 1e6)} MB) in ${file}`);
  return file;
}

interface Row {
  what: string;
  duckdb: string;
  postgres: string;
}
const rows: Row[] = [];
function put(what: string, backend: 'duckdb' | 'postgres', value: string): void {
  let row = rows.find((r) => r.what === what);
  if (!row) rows.push((row = { what, duckdb: '—', postgres: '—' }));
  row[backend] = value;
}

/** CPU seconds of this process (every thread: JavaScript and DuckDB's) since `from`. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

/** CPU seconds of one process so far (Linux: /proc/PID/stat; 100 ticks a second), or NaN. */
function processCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * PostgreSQL: the server process of the store's connection and the WAL position, to measure what a
 * load costs the server (its CPU: Linux, and a server on this machine; NaN otherwise).
 */
async function serverMark(store: FactStore): Promise<{ pid: number; cpu: number; lsn: string }> {
  const [row] = (await store.sql('SELECT pg_backend_pid() AS pid, CAST(pg_current_wal_lsn() AS text) AS lsn')).rows;
  const pid = Number(row?.pid);
  return { pid, cpu: processCpu(pid), lsn: String(row?.lsn) };
}

async function timeLoad(store: FactStore, file: string, backend: 'duckdb' | 'postgres', label: string): Promise<void> {
  const server = backend === 'postgres' ? await serverMark(store) : undefined;
  const t = performance.now();
  const cpu = process.cpuUsage();
  let last = 0;
  const stats = await loadFiles(store, [file], {
    onProgress: (s) => {
      if (s.read - last >= 20_000) {
        last = s.read;
        say(`  ${backend}: ${fmt(s.read)} read, ${fmt(s.read / ((performance.now() - t) / 1000))}/s`);
      }
    },
  });
  const seconds = (performance.now() - t) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  say(`${backend} ${label}: ${JSON.stringify({ ...stats, brokenLines: undefined })} in ${seconds.toFixed(1)} s, ${cpuUsed.toFixed(1)} s CPU`);
  put(`${label}: summaries/s (wall s; CPU s of this process)`, backend, `${fmt(stats.read / seconds)} (${seconds.toFixed(1)} s; ${cpuUsed.toFixed(1)} s)`);
  if (server) {
    const serverCpu = processCpu(server.pid) - server.cpu;
    const [wal] = (await store.sql(`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '${server.lsn}') AS bytes`)).rows;
    put(
      `${label}: CPU ms per summary, this process + PostgreSQL server; WAL KB per summary`,
      backend,
      `${((cpuUsed * 1000) / stats.read).toFixed(3)} + ${Number.isNaN(serverCpu) ? '—' : ((serverCpu * 1000) / stats.read).toFixed(3)}; ${fmt(Number(wal?.bytes) / 1024 / stats.read, 1)}`,
    );
  }
}

/** Median wall and CPU milliseconds of 5 runs after a warm-up (CPU: every thread of this process). */
async function timeQuery(f: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await f();
  const runs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await f();
    runs.push({ wall: performance.now() - t, cpu: cpuSeconds(cpu) * 1000 });
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

/**
 * A named entity of the type to query: the one in the most articles (the worst case), or the one
 * whose article count is nearest to `share` of all articles (a typical busy name).
 */
async function pick(store: FactStore, type: string, share?: number): Promise<string> {
  const order = share === undefined ? 'n DESC' : `abs(n - ${Math.round(articles * share)})`;
  const rows = await store.sql(
    `SELECT text, n FROM (SELECT text, count(DISTINCT article_no) AS n FROM entities WHERE type = '${type}' GROUP BY text) AS t ORDER BY ${order}, text LIMIT 1`,
  );
  return String(rows.rows[0]?.text ?? '');
}

/** The canned queries, on the busiest names and on names in about 1% of the articles. */
async function queries(store: FactStore, backend: 'duckdb' | 'postgres'): Promise<void> {
  const person = await pick(store, 'PERSON');
  const org = await pick(store, 'ORG');
  const person1 = await pick(store, 'PERSON', 0.01);
  const org1 = await pick(store, 'ORG', 0.01);
  const articlesOf = async (name: string) => (await store.resolve(name))?.articles ?? 0;
  say(`${backend}: busiest "${person}" (${await articlesOf(person)} articles), "${org}" (${await articlesOf(org)}); about 1%: "${person1}" (${await articlesOf(person1)}), "${org1}" (${await articlesOf(org1)})`);
  const cases: [string, () => Promise<unknown>][] = [];
  for (const [p, o, which] of [
    [person, org, 'busiest'],
    [person1, org1, '1%'],
  ] as const) {
    cases.push(
      [`${which}: quotes --speaker P`, () => store.quotes({ speaker: p })],
      [`${which}: quotes --speaker P --contains ekonomi --from 2024-06 --to 2025-06`, () => store.quotes({ speaker: p, contains: 'ekonomi', from: '2024-06', to: '2025-06' })],
      [`${which}: quotes --org O`, () => store.quotes({ org: o })],
      [`${which}: entity O`, () => store.entity({ name: o })],
      [`${which}: entity P`, () => store.entity({ name: p })],
      [`${which}: amounts --entity O --currency IDR --min 1e9`, () => store.amounts({ entity: o, currency: 'IDR', min: 1e9 })],
      [`${which}: cooccur P`, () => store.cooccur({ name: p })],
    );
  }
  cases.push(
    ['amounts --currency IDR --min 1e12 --sort value', () => store.amounts({ currency: 'IDR', min: 1e12, sort: 'value' })],
    ['warnings --code title-number-mismatch', () => store.warnings({ code: 'title-number-mismatch' })],
    ['sql: mentions per entity type', () => store.sql('SELECT type, count(*) AS n FROM mentions GROUP BY type')],
  );
  for (const [label, f] of cases) {
    const { wall, cpu } = await timeQuery(f);
    put(`query: ${label} (ms; CPU ms)`, backend, `${fmt(wall)}; ${fmt(cpu)}`);
  }
}

async function main(): Promise<void> {
  const reuse = has('queries-only');
  const file = reuse ? '' : await replicate(await summaries(), articles);
  if (!has('no-duckdb')) {
    const path = join(work, 'facts.duckdb');
    if (!reuse) {
      rmSync(path, { force: true });
      const store = await openStore(path);
      await timeLoad(store, file, 'duckdb', 'load');
      await timeLoad(store, file, 'duckdb', 'load again, all unchanged');
      await store.close();
    }
    const size = statSync(path).size;
    put('file size', 'duckdb', `${fmt(size / 1e6)} MB, ${fmt(size / articles)} bytes/article`);
    const reader = await openStore(path, { readOnly: true });
    if (!has('load-only')) await queries(reader, 'duckdb');
    put('rows', 'duckdb', Object.entries((await reader.info()).tables).map(([t, n]) => `${t} ${fmt(n)}`).join(', '));
    await reader.close();
  }
  if (!has('no-pg') && !reuse) {
    const schema = `warta_bench_${process.pid}`;
    const store = await openStore(`${pgUrl}?schema=${schema}`);
    try {
      await timeLoad(store, file, 'postgres', 'load');
      await timeLoad(store, file, 'postgres', 'load again, all unchanged');
      const size = Number((await store.sql(`SELECT sum(pg_total_relation_size(c.oid)) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = '${schema}' AND c.relkind = 'r'`)).rows[0]?.n ?? 0);
      put('file size', 'postgres', `${fmt(size / 1e6)} MB with indexes, ${fmt(size / articles)} bytes/article`);
      if (!has('load-only')) await queries(store, 'postgres');
    } finally {
      await store.close();
      if (!keep) {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    }
  }
  if (!keep) rmSync(work, { recursive: true, force: true });
  const shown = rows.filter((x) => x.what !== 'rows');
  const width = Math.max(...shown.map((r) => r.what.length));
  const w2 = Math.max(6, ...shown.map((r) => r.duckdb.length));
  console.log(`\n${fmt(articles)} articles (replicated real summaries)\n`);
  console.log(`| ${'measure'.padEnd(width)} | ${'DuckDB'.padEnd(w2)} | PostgreSQL |`);
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(w2)} | --- |`);
  for (const r of shown) console.log(`| ${r.what.padEnd(width)} | ${r.duckdb.padEnd(w2)} | ${r.postgres} |`);
  const counts = rows.find((r) => r.what === 'rows');
  if (counts) console.log(`\nrows: ${counts.duckdb}`);
}

await main();
