/**
 * HTTP service benchmark, on loopback with autocannon, on real-news-like articles: `warta serve`
 * with N workers against the batch CLI (`warta analyze -w N`) on the same articles in the same run
 * (both measured once started and warm: the service after its warm-up, the batch CLI from its first
 * progress line to its last; its whole-run rate, with its threads' start-up, is printed too),
 * then latency at a steady half of the service's rate (requests evenly spaced, after the warm-up),
 * then the service's memory over many requests.
 *
 *   npm run build && npx tsx scripts/bench-serve.ts --built
 *   npx tsx scripts/bench-serve.ts --built --seconds 10 --memory-requests 20000
 *
 * Articles: ../shared/corpora/news/detik-dev.jsonl when present (read at run time, never committed),
 * else the bundled samples; or --articles FILE.jsonl. Options: --workers N (2), --connections N (16),
 * --seconds N (20, each load phase), --batch-copies N (40: the batch input repeats the articles that
 * many times), --memory-requests N (100,000), --built (dist/, what users run; default: src/ under
 * tsx, much slower in the worker threads).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { bundledArticles } from './bundled-articles.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const WORKERS = flag('workers', 2);
const CONNECTIONS = flag('connections', 16);
const SECONDS = flag('seconds', 20);
const BATCH_COPIES = flag('batch-copies', 40);
const MEMORY_REQUESTS = flag('memory-requests', 100_000);
const BUILT = argv.includes('--built');

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = BUILT ? [join(root, 'dist/cli/main.js')] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];
if (BUILT && !existsSync(cli[0]!)) throw new Error('no dist/: run `npm run build` first, or leave out --built');

// ---------------------------------------------------------------------------------------------
// Articles

interface Article {
  id: string;
  title: string;
  body: string;
  url?: string;
  publishedAt?: string;
}

function loadArticles(): { articles: Article[]; source: string } {
  const file = option('articles') ?? join(root, '../shared/corpora/news/detik-dev.jsonl');
  if (existsSync(file)) {
    const articles = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const a = JSON.parse(l) as Article;
        return { id: a.id, title: a.title, body: a.body, ...(a.url ? { url: a.url } : {}), ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) };
      });
    return { articles, source: relative(root, file) };
  }
  return { articles: bundledArticles().map((a, i) => ({ id: `sample-${i}`, ...a })), source: 'the bundled samples' };
}

// ---------------------------------------------------------------------------------------------
// The batch CLI

interface BatchRates {
  /** Articles/s between its first and its last progress line: started, warm, both workers busy. */
  steadyRate: number;
  /** The run's own rate (its final line): from the start of the run, so with the threads' start-up and warm-up. */
  ownRate: number;
  /** Records over the wall time from spawning Node to its exit. */
  wallRate: number;
}

/**
 * `warta analyze -w N` over the articles repeated. Its steady rate is what the service's rate is
 * compared with: the service is measured after it has started and after a warm-up, so the batch
 * CLI is measured alike, from its first progress line (about 5 s in, once its threads have built
 * their pipelines and run a few thousand articles) to its last (when both threads are still busy;
 * the lines come every 5 s, timed here as they arrive).
 */
function runBatchCli(dump: string, records: number): Promise<BatchRates> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...cli, 'analyze', dump, '-w', String(WORKERS), '--progress', 'plain'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const marks: { done: number; at: number }[] = [];
    child.stderr.on('data', (b: Buffer) => {
      const at = performance.now();
      const text = b.toString();
      err += text;
      for (const m of text.matchAll(/^warta: ([\d,]+) articles/gm)) marks.push({ done: Number(m[1]!.replaceAll(',', '')), at });
    });
    child.on('error', reject);
    child.on('close', () => {
      const wall = (performance.now() - started) / 1000;
      const m = /done: ([\d,]+) records .* in ([\d.]+)s/.exec(err);
      if (!m) return reject(new Error(`the batch CLI did not finish: ${err}`));
      const first = marks[0];
      const last = marks.at(-1);
      if (!first || !last || last === first) return reject(new Error('the batch CLI printed fewer than two progress lines: give it more articles (--batch-copies)'));
      resolve({ steadyRate: (last.done - first.done) / ((last.at - first.at) / 1000), ownRate: Number(m[1]!.replaceAll(',', '')) / Number(m[2]), wallRate: records / wall });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The service

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `warta serve` (logs at the default level, written to /dev/null) and waits until it is ready. */
async function startServe(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...cli, 'serve', '--port', String(port), '--workers', String(WORKERS)], { stdio: ['ignore', 'ignore', 'ignore'] });
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`warta serve exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return { child, url };
    if (Date.now() > end) throw new Error('warta serve did not get ready');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resident memory of a process (all its threads), from /proc. */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

function load(url: string, requests: autocannon.Request[], options: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({ url: `${url}/v1/analyze`, connections: CONNECTIONS, requests, ...options });
}

interface PacedResult {
  sent: number;
  ok: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Latency at a steady rate: request i is due at start + i / rate, sent then on a pool of keep-alive
 * connections whatever the earlier requests are doing (an open loop), and its latency counts from
 * when it was due, so a stall of the service or of this process is counted, not hidden. Why not
 * autocannon's `overallRate`: it lets each connection send its share of a second as fast as it can,
 * then waits for the next second, so the service gets bursts of the whole second's requests at once.
 */
function paced(url: string, bodies: string[], rate: number, seconds: number): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const { hostname, port } = new URL(url);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let sent = 0;
  let failed = 0;
  let settled = 0;
  return new Promise((resolve) => {
    const start = performance.now();
    const finish = () => {
      agent.destroy();
      latencies.sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
      resolve({ sent, ok: latencies.length, failed, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? Number.NaN });
    };
    const send = (i: number) => {
      const due = start + (i * 1000) / rate;
      const body = bodies[i % bodies.length]!;
      const req = httpRequest({ agent, hostname, port, path: '/v1/analyze', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - due);
          else failed++;
          if (++settled === total) finish();
        });
      });
      req.on('error', () => {
        failed++;
        if (++settled === total) finish();
      });
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rate <= now) send(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    tick();
  });
}

// ---------------------------------------------------------------------------------------------

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const { articles, source } = loadArticles();
const sizes = articles.map((a) => Buffer.byteLength(JSON.stringify(a)));
const meanKb = sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024;
console.log(`${articles.length} articles from ${source}, mean request body ${fmt(meanKb, 1)} KB; ${WORKERS} workers; ${cpus().length} cores; load average ${loadavg().map((l) => fmt(l, 2)).join(' ')}; ${BUILT ? 'dist/' : 'src/ under tsx'}`);

const dir = mkdtempSync(join(tmpdir(), 'warta-bench-serve-'));
const dump = join(dir, 'articles.jsonl');
const batchRecords = articles.length * BATCH_COPIES;
const lines = articles.map((a) => JSON.stringify(a)).join('\n');
writeFileSync(dump, `${Array.from({ length: BATCH_COPIES }, () => lines).join('\n')}\n`);

console.log(`batch CLI: warta analyze -w ${WORKERS} over ${fmt(batchRecords)} articles …`);
const batch = await runBatchCli(dump, batchRecords);

const { child, url } = await startServe();
const requests: autocannon.Request[] = articles.map((a) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) }));
try {
  console.log('service: warm-up …');
  await load(url, requests, { amount: 2000 });
  const rssWarm = rssMb(child.pid!);

  console.log(`service: ${SECONDS} s at full load, ${CONNECTIONS} connections …`);
  const full = await load(url, requests, { duration: SECONDS });
  const rate = full['2xx'] / full.duration;

  // The service is warm by now (the warm-up and the full-load phase ran every article through both
  // worker threads), so no compiling or first-use loading is counted in the latency.
  const half = Math.max(1, Math.round(rate / 2));
  console.log(`service: ${SECONDS} s at a steady ${fmt(half)} requests/s …`);
  const steady = await paced(url, requests.map((r) => r.body as string), half, SECONDS);

  console.log(`service: ${fmt(MEMORY_REQUESTS)} requests for memory …`);
  const marks: { requests: number; rss: number }[] = [{ requests: 0, rss: rssWarm }];
  const step = Math.max(1, Math.floor(MEMORY_REQUESTS / 4));
  let done = 0;
  let errors = full.non2xx + full.errors + steady.failed;
  while (done < MEMORY_REQUESTS) {
    const n = Math.min(step, MEMORY_REQUESTS - done);
    const r = await load(url, requests, { amount: n });
    errors += r.non2xx + r.errors;
    done += n;
    marks.push({ requests: done, rss: rssMb(child.pid!) });
  }

  console.log('\n| measure | value | target |');
  console.log('| --- | ---: | --- |');
  console.log(`| batch CLI \`warta analyze -w ${WORKERS}\`, ${fmt(batchRecords)} articles, steady (first to last progress line) | ${fmt(batch.steadyRate)} articles/s (${fmt(batch.ownRate)} over the whole run, ${fmt(batch.wallRate)} with Node's start) | |`);
  console.log(`| \`warta serve --workers ${WORKERS}\`, POST /v1/analyze, ${CONNECTIONS} connections, ${SECONDS} s after the warm-up | ${fmt(rate)} articles/s = **${fmt((100 * rate) / batch.steadyRate)}%** of the batch CLI's steady rate (${fmt((100 * rate) / batch.ownRate)}% of its whole-run rate) | ≥ 85% |`);
  console.log(`| latency at a steady ${fmt(half)} requests/s (half that rate, after the warm-up), ${fmt(steady.sent)} requests: p50 / p99 | ${fmt(steady.p50, 1)} / **${fmt(steady.p99, 1)} ms** (max ${fmt(steady.max)} ms) | p99 < 50 ms |`);
  console.log(`| service RSS after ${marks.map((m) => fmt(m.requests)).join(' / ')} requests | ${marks.map((m) => fmt(m.rss)).join(' / ')} MB | flat |`);
  console.log(`| non-2xx answers and errors over the run | ${fmt(errors)} | 0 |`);
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
