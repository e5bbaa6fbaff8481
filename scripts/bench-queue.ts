/**
 * Queue benchmark: the same dump through `warta analyze` (the batch CLI) and through the PostgreSQL
 * queue (`warta queue add`, then 1 or 2 `warta worker --drain` processes), in one run; prints
 * articles/s of each, the queue's overhead per article against the batch CLI, and what the queue
 * writes to PostgreSQL per article (rows and bytes per table: pg_total_relation_size, with TOAST
 * and indexes). Each configuration gets a fresh schema, dropped afterwards. Runs the built CLI.
 *
 * Every configuration runs the same number of times (`--runs`, default 2), in interleaved rounds
 * (batch CLI, batch CLI storing facts, queue with 1 process, queue with 2, then again), and each
 * is reported by its fastest run: no configuration gets more chances than another, and a burst of
 * load on the machine hits each round alike. Two rates per run: over the whole command (start-up
 * and shutdown included), and the steady rate, over the middle of the run (from 20% to 90% of the
 * articles done: the batch CLI's output file as it grows, the queue's chunks as they are done), the
 * rate of a long run where starting a process is a rounding error.
 *
 * Wall times on a shared machine swing with its load; the CPU columns do not: CPU ms per article of
 * the warta processes (their threads included) and of their PostgreSQL server processes (sampled from
 * /proc while they run, with the connections' application_name: Linux, and a server on this
 * machine; "—" otherwise). On cores that are all busy, articles/s follow the inverse of the total.
 *
 *   npm run build && npx tsx scripts/bench-queue.ts                     # 600 generated articles
 *   npx tsx scripts/bench-queue.ts --dump ../shared/corpora/news/detik-dev.jsonl --chunk 100
 *
 * Options: --articles N (generated dump), --dump FILE, --chunk N (records per job, default 100),
 * --pg URL (default postgres://root@127.0.0.1:5432/test), --threads N (batch CLI workers and the
 * single worker's --concurrency; default: the cores), --runs N (runs of each configuration, default 2).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { mulberry32 } from '../src/stages/tagger/ner/perceptron.js';
import { makeArticle } from './generate-news.js';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
if (!existsSync(cli)) throw new Error('run `npm run build` first: the benchmark runs the built CLI');
const PG = flag('pg') ?? 'postgres://root@127.0.0.1:5432/test';
const chunk = flag('chunk') ?? '100';
const threads = Number(flag('threads') ?? availableParallelism());
const runsEach = Number(flag('runs') ?? 2);
if (!Number.isInteger(runsEach) || runsEach < 1) throw new Error(`--runs takes a positive integer, got ${flag('runs')}`);

async function makeDump(path: string, n: number): Promise<void> {
  const r = mulberry32(42);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) if (!out.write(`${JSON.stringify(makeArticle(i, r))}\n`)) await new Promise<void>((res) => out.once('drain', () => res()));
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
}

/** CPU seconds of this process's finished children (Linux: /proc/self/stat), or NaN. */
function childCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    return Number.NaN;
  }
}
/** Clock ticks per second of /proc's times (100 on Linux). */
const TICKS = 100;

/** CPU seconds of one process so far (Linux: /proc/PID/stat), or NaN. */
function processCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return Number.NaN;
  }
}

/**
 * Samples the CPU of the PostgreSQL server processes serving connections named `app` until
 * stopped; resolves with their CPU seconds (NaN when the server's processes cannot be read).
 */
function serverCpu(app: string): { stop(): Promise<number> } {
  const seen = new Map<number, number>();
  const c = new pg.Client({ connectionString: PG });
  let stopped = false;
  // A backend that ended between the query and the read is skipped; none readable at all: NaN.
  let failed = false;
  const loop = (async () => {
    await c.connect();
    while (!stopped) {
      const { rows } = await c.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [app]);
      for (const r of rows as { pid: number }[]) {
        const cpu = processCpu(r.pid);
        if (Number.isNaN(cpu)) failed = true;
        else seen.set(r.pid, Math.max(cpu, seen.get(r.pid) ?? 0));
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    await c.end();
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return failed && seen.size === 0 ? Number.NaN : [...seen.values()].reduce((a, b) => a + b, 0);
    },
  };
}

/** A command's wall seconds, the CPU seconds of its processes, and its steady rate (articles/s, NaN: unknown). */
interface Timed {
  secs: number;
  cpu: number;
  steady: number;
}

/** Progress points of a run: seconds since its start, articles done by then. */
type Progress = [secs: number, done: number][];

/**
 * The rate between the moments 20% and 90% of the articles were done (interpolated between the
 * progress points around them): the rate of the run once started, before its tail.
 */
function steadyRate(points: Progress, total: number): number {
  const at = (share: number): number => {
    const target = share * total;
    let prev: [number, number] = [0, 0];
    for (const p of points) {
      if (p[1] >= target) return p[1] === prev[1] ? p[0] : prev[0] + ((target - prev[1]) * (p[0] - prev[0])) / (p[1] - prev[1]);
      prev = p;
    }
    return Number.NaN;
  };
  const from = at(0.2);
  const to = at(0.9);
  return to > from ? (0.7 * total) / (to - from) : Number.NaN;
}

/** Bytes of a file, or 0 while it does not exist. */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Runs the CLI; resolves with its wall and CPU time (rejects on a failure exit). `output`: the
 * file it writes its result lines to, whose size is sampled for the steady rate.
 */
function run(args: string[], output?: string): Promise<Timed> {
  const start = performance.now();
  const cpu = childCpu();
  const sizes: Progress = [];
  const sampler = output ? setInterval(() => sizes.push([(performance.now() - start) / 1000, fileSize(output)]), 25) : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code) => {
      clearInterval(sampler);
      const secs = (performance.now() - start) / 1000;
      // Result lines of one dump are of much the same length: bytes stand for articles.
      const bytes = output ? fileSize(output) : 0;
      const steady = bytes > 0 ? steadyRate(sizes.map(([t, b]) => [t, (b / bytes) * n]), n) : Number.NaN;
      if (code === 0 || code === 1) resolve({ secs, cpu: childCpu() - cpu, steady });
      else reject(new Error(`warta ${args[0]} exited ${code}: ${err}`));
    });
  });
}

/** Runs commands at once with their PostgreSQL connections named `app`: wall, process CPU and server CPU. */
async function runAll(app: string, commands: string[][], output?: string): Promise<Timed & { server: number }> {
  const server = serverCpu(app);
  const start = performance.now();
  const cpu = childCpu();
  const done = await Promise.allSettled(commands.map((c) => run(c, output)));
  const serverSecs = await server.stop();
  for (const d of done) if (d.status === 'rejected') throw d.reason;
  const first = done[0];
  const steady = done.length === 1 && first?.status === 'fulfilled' ? first.value.steady : Number.NaN;
  return { secs: (performance.now() - start) / 1000, cpu: childCpu() - cpu, server: serverSecs, steady };
}

async function sql<T>(text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

interface QueueRun {
  label: string;
  addSecs: number;
  work: Timed & { server: number };
  tables: { name: string; rows: number; bytes: number }[];
}

/** A fresh schema: queue add, then `procs` workers with `concurrency` threads each, until drained. */
async function queueRun(dump: string, procs: number, concurrency: number, measure: boolean): Promise<QueueRun> {
  const schema = `warta_bench_${process.pid}_${procs}_${concurrency}`;
  const url = `${PG}?schema=${schema}&application_name=${schema}`;
  try {
    const addSecs = (await run(['queue', 'add', dump, '--pg', url, '--chunk', chunk, '-q'])).secs;
    const started = Date.now();
    const work = await runAll(
      schema,
      Array.from({ length: procs }, () => ['worker', '--pg', url, '--drain', '--poll', '0.2', '-q', '--concurrency', String(concurrency)]),
    );
    // The steady rate from the moments the chunks were done (the server's clock, as the workers commit).
    const chunks = await sql<{ at: number; n: number }>(`SELECT extract(epoch FROM done_at)::float8 * 1000 AS at, record_count AS n FROM ${schema}.queue_chunks WHERE state = 'done' ORDER BY done_at`);
    let doneSoFar = 0;
    work.steady = steadyRate(
      chunks.map((c) => [(Number(c.at) - started) / 1000, (doneSoFar += Number(c.n))]),
      n,
    );
    const tables = measure
      ? await sql<{ name: string; rows: number; bytes: number }>(`
          SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_total_relation_size(c.oid)::bigint AS bytes
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = '${schema}' AND c.relkind = 'r' ORDER BY bytes DESC`)
      : [];
    // reltuples is an estimate until ANALYZE: count exactly.
    for (const t of tables) {
      t.rows = Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.${t.name}`))[0]!.n);
      t.bytes = Number(t.bytes);
    }
    // pg-boss's job table is partitioned by queue: its size is the sum over the whole schema.
    const boss = measure
      ? await sql<{ bytes: string }>(`SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${schema}_boss' AND c.relkind = 'r'`)
      : [];
    if (boss[0]) tables.push({ name: 'pg-boss schema (jobs, queue, archive)', rows: Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${schema}_boss.job`))[0]!.n), bytes: Number(boss[0].bytes) });
    return { label: `queue: ${procs} worker process${procs > 1 ? 'es' : ''} × ${concurrency} thread${concurrency > 1 ? 's' : ''}`, addSecs, work, tables };
  } finally {
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
  }
}

const given = flag('dump');
const dump = given ?? join(tmpdir(), `warta-bench-queue-${process.pid}.jsonl`);
if (!given) await makeDump(dump, Number(flag('articles') ?? 600));
const n = readFileSync(dump, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
const out = join(tmpdir(), `warta-bench-queue-${process.pid}.out.jsonl`);

/** The fastest of a configuration's runs. */
function fastest<T>(runs: T[], secs: (r: T) => number): T {
  return runs.reduce((a, b) => (secs(b) < secs(a) ? b : a));
}

try {
  const batchArgs = ['analyze', dump, '-o', out, '-q', '--workers', String(threads)];
  const batchRuns: Timed[] = [];
  const dbRuns: (Timed & { server: number })[] = [];
  const oneRuns: QueueRun[] = [];
  const twoRuns: QueueRun[] = [];
  for (let round = 0; round < runsEach; round++) {
    rmSync(out, { force: true });
    batchRuns.push(await run(batchArgs, out));
    // The batch CLI storing the same facts into PostgreSQL (`--db`): the work a queue worker does too.
    const dbSchema = `warta_bench_${process.pid}_db`;
    rmSync(out, { force: true });
    try {
      dbRuns.push(await runAll(dbSchema, [[...batchArgs, '--db', `${PG}?schema=${dbSchema}&application_name=${dbSchema}`]], out));
    } finally {
      await sql(`DROP SCHEMA IF EXISTS ${dbSchema} CASCADE`);
    }
    oneRuns.push(await queueRun(dump, 1, threads, round === 0));
    twoRuns.push(await queueRun(dump, 2, Math.max(1, Math.floor(threads / 2)), false));
  }
  const batch = fastest(batchRuns, (r) => r.secs);
  const batchDb = fastest(dbRuns, (r) => r.secs);
  const runs = [{ ...fastest(oneRuns, (r) => r.work.secs), tables: oneRuns[0]!.tables }, fastest(twoRuns, (r) => r.work.secs)];
  const rate = (s: number) => n / s;
  const steadyCells = (t: Timed) => (Number.isNaN(t.steady) || Number.isNaN(batch.steady) ? '— | —' : `${t.steady.toFixed(1)} | ${(t.steady / batch.steady).toFixed(2)}`);
  const walls = (rs: { secs: number }[]) => rs.map((r) => r.secs.toFixed(1)).join(', ');
  const ms = (secs: number) => (Number.isNaN(secs) ? '—' : ((secs * 1000) / n).toFixed(2));
  const cpuCells = (t: Timed & { server?: number }) => {
    const server = t.server ?? 0;
    return `${ms(t.cpu)} | ${t.server === undefined ? '' : ms(server)} | ${ms(t.cpu + server)} | ${Number.isNaN(t.cpu + server) ? '—' : (batch.cpu / (t.cpu + server)).toFixed(2)}`;
  };
  const lines = [
    `${n} articles (${given ?? 'generated'}), chunks of ${chunk}, ${availableParallelism()} cores; each configuration the fastest of ${runsEach} interleaved run${runsEach > 1 ? 's' : ''} (wall s: batch CLI ${walls(batchRuns)}; --db ${walls(dbRuns)}; queue 1 process ${walls(oneRuns.map((r) => r.work))}; 2 processes ${walls(twoRuns.map((r) => r.work))})`,
    '',
    '| run | wall s | articles/s | × batch CLI | steady articles/s | steady × batch CLI | queue add s | CPU ms/article: warta | PostgreSQL | total | batch CLI CPU / total |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| batch CLI: \`warta analyze -w ${threads}\` | ${batch.secs.toFixed(1)} | ${rate(batch.secs).toFixed(1)} | 1.00 | ${steadyCells(batch)} | | ${cpuCells(batch)} |`,
    `| batch CLI storing facts: \`warta analyze -w ${threads} --db postgres://…\` | ${batchDb.secs.toFixed(1)} | ${rate(batchDb.secs).toFixed(1)} | ${(batch.secs / batchDb.secs).toFixed(2)} | ${steadyCells(batchDb)} | | ${cpuCells(batchDb)} |`,
    ...runs.map((r) => `| ${r.label} | ${r.work.secs.toFixed(1)} | ${rate(r.work.secs).toFixed(1)} | ${(batch.secs / r.work.secs).toFixed(2)} | ${steadyCells(r.work)} | ${r.addSecs.toFixed(1)} | ${cpuCells(r.work)} |`),
    '',
    `queue overhead per article (1 worker process): ${(((runs[0]!.work.secs - batch.secs) * 1000) / n).toFixed(2)} ms against the batch CLI, ${(((runs[0]!.work.secs - batchDb.secs) * 1000) / n).toFixed(2)} ms against the batch CLI storing facts; plus ${((runs[0]!.addSecs * 1000) / n).toFixed(2)} ms of \`queue add\``,
    '',
    '| table | rows | rows/article | bytes | bytes/article |',
    '|---|---:|---:|---:|---:|',
    ...runs[0]!.tables.map((t) => `| ${t.name} | ${t.rows} | ${(t.rows / n).toFixed(2)} | ${t.bytes} | ${Math.round(t.bytes / n)} |`),
  ];
  const sum = (f: (t: QueueRun['tables'][number]) => boolean) => runs[0]!.tables.filter(f).reduce((a, t) => ({ rows: a.rows + t.rows, bytes: a.bytes + t.bytes }), { rows: 0, bytes: 0 });
  const facts = sum((t) => !t.name.startsWith('queue_') && !t.name.startsWith('pg-boss'));
  const queue = sum((t) => t.name.startsWith('queue_') || t.name.startsWith('pg-boss'));
  lines.push(`| **fact store total** | ${facts.rows} | ${(facts.rows / n).toFixed(1)} | ${facts.bytes} | ${Math.round(facts.bytes / n)} |`);
  lines.push(`| **queue total** (records, results, jobs) | ${queue.rows} | ${(queue.rows / n).toFixed(2)} | ${queue.bytes} | ${Math.round(queue.bytes / n)} |`);
  console.log(lines.join('\n'));
} finally {
  rmSync(out, { force: true });
  if (!given) rmSync(dump, { force: true });
}
