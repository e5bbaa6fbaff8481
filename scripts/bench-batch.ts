/**
 * Batch throughput benchmark: builds a dump of ~2.5 KB Indonesian news-like articles (a seeded
 * generator of its own: no corpus needed), or of real news (`--news`: the dev news set replicated
 * with distinct ids), then reports articles/s, MB/s, CPU per article, CPU per thread and peak RSS
 * of `runBatch` at several worker counts (each in a fresh child process), the cost of each stage,
 * and, in the same run, the naive baseline loop of issue 17 (franc-min restricted to
 * ind/zlm/eng/jav/sun + natural's Indonesian stemmer behind a Map cache, one thread) over the same dump.
 *
 *   npm run build && npx tsx scripts/bench-batch.ts --built   # 5,000 articles; workers 0,1,2
 *   npx tsx scripts/bench-batch.ts --built --news --articles 20000 --workers 2   # real news
 *   npx tsx scripts/bench-batch.ts --articles 200000 --workers 2 --no-stages --no-baseline
 *   npx tsx scripts/bench-batch.ts --chunk 1,4,16,64 --workers 2
 *
 * Options: --articles N, --workers a,b,c (0 = inline), --chunk a,b (records per worker task),
 * --stage-sample N (articles timed per stage), --no-stages, --no-baseline, --dump FILE (use a file),
 * --news [FILE] (replicate a JSONL of real articles, default ../shared/corpora/news/detik-dev.jsonl,
 * to --articles records with distinct ids, in a temporary file: never commit corpus data),
 * --built (run dist/ after `npm run build`: the numbers users get; default: src/ under tsx),
 * --no-v8-tuning (run the children without the V8 options the warta command sets for itself).
 * The stage table times the first --stage-sample articles in one fresh pipeline: on a --news dump
 * the first replica is new text to every cache (cold), later replicas are not.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc-min';
import { V8_FLAGS } from '../src/cli/v8-flags.js';
import { mulberry32 } from '../src/stages/tagger/ner/perceptron.js';
import { makeArticle } from './generate-news.js';

// ---------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
function flag(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
}
const has = (name: string) => argv.includes(`--${name}`);
const list = (s: string | undefined, d: number[]) => (s ? s.split(',').map(Number) : d);

async function makeDump(path: string, n: number): Promise<void> {
  const r = mulberry32(42);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${JSON.stringify(makeArticle(i, r))}\n`)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
}

/**
 * Replicates the articles of a JSONL file to `n` records with distinct ids ("<id>~<k>" for the k-th
 * copy), in file order, copy after copy.
 */
async function makeNewsDump(source: string, path: string, n: number): Promise<void> {
  const articles = readFileSync(source, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  if (articles.length === 0) throw new Error(`${source}: no articles`);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const a = articles[i % articles.length]!;
    const line = `${JSON.stringify({ ...a, id: `${String(a.id ?? i)}~${Math.floor(i / articles.length)}` })}\n`;
    if (!out.write(line)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
}

async function* dumpLines(path: string, limit = Infinity): AsyncGenerator<string> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (n++ >= limit) return;
    if (line) yield line;
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

interface ChildResult {
  records: number;
  errors: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  /** CPU seconds of each thread of the process (main first, then the busiest), from /proc. */
  threads?: { main: number; busiest: number[]; others: number };
}

// One runBatch over the dump in a fresh process, output discarded; prints its numbers as JSON. Plain
// JavaScript, so that with --built the worker threads load compiled code only (under tsx every
// worker thread runs the TypeScript loader too, which costs CPU per article).
const CHILD = `
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
for (const flag of (process.env.WARTA_BENCH_V8_FLAGS ?? '').split(' ').filter(Boolean)) setFlagsFromString(flag);
const [input, workers, chunkSize, module] = process.argv.slice(1);
const { runBatch } = await import(module);
import { readdirSync, readFileSync } from 'node:fs';
const sink = new Writable({ write: (_c, _e, cb) => cb() });
// CPU seconds per thread (Linux /proc; worker threads are sampled while they live, as they are
// gone once the run ends): the last figure seen of each thread id.
const perThread = new Map();
const sample = () => {
  try {
    for (const t of readdirSync('/proc/self/task')) {
      const s = readFileSync('/proc/self/task/' + t + '/stat', 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      perThread.set(t, (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch {}
};
const timer = setInterval(sample, 100);
const started = performance.now();
const result = await runBatch({ inputs: [input], workers: Number(workers), chunkSize: Number(chunkSize), progress: 'none', stdout: sink });
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
sample();
const cpu = process.cpuUsage();
const main = perThread.get(String(process.pid)) ?? 0;
perThread.delete(String(process.pid));
const rest = [...perThread.values()].sort((a, b) => b - a);
const busiest = rest.slice(0, Math.max(0, Number(workers)));
const threads = perThread.size > 0 ? { main, busiest, others: rest.slice(busiest.length).reduce((a, b) => a + b, 0) } : undefined;
process.stdout.write(JSON.stringify({ records: result.records, errors: result.error, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, threads }) + '\\n');
process.exit(0);
`;

const builtModule = fileURLToPath(new URL('../dist/batch/run-batch.js', import.meta.url));
const sourceModule = fileURLToPath(new URL('../src/batch/run-batch.ts', import.meta.url));
const builtPipelineModule = new URL('../dist/pipeline/pipeline.js', import.meta.url).href;
const sourcePipelineModule = new URL('../src/pipeline/pipeline.ts', import.meta.url).href;

function runChild(input: string, workers: number, chunk: number, built: boolean): Promise<ChildResult> {
  const args = [...(built ? [] : ['--import', 'tsx']), '--input-type=module', '-e', CHILD, input, String(workers), String(chunk), built ? builtModule : sourceModule];
  // The V8 options the warta command sets for itself (V8_FLAGS of src/cli/v8-flags.ts), unless
  // --no-v8-tuning; set by the child as the command does (worker threads refuse them in execArgv).
  const env = { ...process.env, WARTA_BENCH_V8_FLAGS: has('no-v8-tuning') ? '' : V8_FLAGS.join(' ') };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ChildResult) : reject(new Error(`child exited ${code}`))));
  });
}


async function stageCosts(path: string, sample: number, built: boolean): Promise<{ perStage: Map<string, number>; articles: number; analyzeMs: number; stringifyMs: number }> {
  const { createPipeline } = (await import(built ? builtPipelineModule : sourcePipelineModule)) as typeof import('../src/pipeline/pipeline.js');
  const pipeline = createPipeline({ timings: true });
  const perStage = new Map<string, number>();
  let articles = 0;
  let analyzeMs = 0;
  let stringifyMs = 0;
  for await (const line of dumpLines(path, sample)) {
    const t0 = performance.now();
    const s = pipeline.analyze(JSON.parse(line));
    const t1 = performance.now();
    JSON.stringify(s);
    stringifyMs += performance.now() - t1;
    analyzeMs += t1 - t0;
    articles += 1;
    for (const [k, v] of Object.entries(s.timings ?? {})) perStage.set(k, (perStage.get(k) ?? 0) + v);
  }
  return { perStage, articles, analyzeMs, stringifyMs };
}

/** The languages the baseline's franc-min may answer (issue 17's baseline). */
const BASELINE_LANGUAGES = ['ind', 'zlm', 'eng', 'jav', 'sun'];

async function baseline(path: string): Promise<{ articles: number; seconds: number; cpuSeconds: number }> {
  const require = createRequire(import.meta.url);
  const stemmer = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem(w: string): string };
  const cache = new Map<string, string>();
  let articles = 0;
  let sink = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for await (const line of dumpLines(path)) {
    const a = JSON.parse(line) as { title: string; body: string };
    const text = `${a.title}\n\n${a.body}`;
    sink += franc(text, { only: BASELINE_LANGUAGES }).length;
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      let s = cache.get(w);
      if (s === undefined) {
        s = stemmer.stem(w);
        cache.set(w, s);
      }
      sink += s.length;
    }
    articles += 1;
  }
  if (sink < 0) console.log(sink);
  const cpu = process.cpuUsage(cpuStart);
  return { articles, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

// ---------------------------------------------------------------------------------------------
// Main

let articles = Number(flag('articles') ?? 5000);
const workersList = list(flag('workers'), [0, 1, 2]);
const chunkList = list(flag('chunk'), [16]);
const newsFlag = flag('news');
const news = has('news')
  ? newsFlag && !newsFlag.startsWith('--')
    ? resolve(newsFlag)
    : fileURLToPath(new URL('../../shared/corpora/news/detik-dev.jsonl', import.meta.url))
  : undefined;
const dump = flag('dump') ?? join(tmpdir(), news ? `warta-bench-news-${articles}.jsonl` : `warta-bench-${articles}.jsonl`);
if (news && !flag('dump')) {
  process.stderr.write(`replicating ${news} to ${articles} articles into ${dump} …\n`);
  await makeNewsDump(news, dump, articles);
} else if (!flag('dump') && !existsSync(dump)) {
  process.stderr.write(`generating ${articles} articles into ${dump} …\n`);
  await makeDump(dump, articles);
}
if (flag('dump')) {
  articles = 0;
  for await (const _ of dumpLines(dump)) articles += 1;
}
const mb = statSync(dump).size / 1e6;
const built = has('built');
if (built && !existsSync(builtModule)) {
  console.error(`--built needs ${builtModule}: run "npm run build" first`);
  process.exit(2);
}
const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
console.log(`\ndump: ${dump}: ${fmt(articles)} articles, ${fmt(mb, 1)} MB (${fmt((mb * 1e6) / articles / 1000, 2)} KB/article)`);
const os = await import('node:os');
console.log(
  built
    ? 'runs: dist/ (compiled JavaScript, as installed)'
    : 'runs: src/ under tsx (worker threads load TypeScript too: slower; use --built after npm run build)',
);
console.log(`machine: ${os.availableParallelism()} cores, node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} at start (other processes share the CPU)\n`);

console.log('| run | workers | chunk | articles/s | MB/s | wall s | CPU ms/article | CPU s: main / workers / other threads | peak RSS MB | errors |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const rates = new Map<number, number>();
const cpuPerArticle = new Map<number, number>();
for (const workers of workersList) {
  for (const chunk of chunkList) {
    const r = await runChild(dump, workers, chunk, built);
    const rate = r.records / r.seconds;
    rates.set(workers, Math.max(rates.get(workers) ?? 0, rate));
    cpuPerArticle.set(workers, Math.min(cpuPerArticle.get(workers) ?? Infinity, (1000 * r.cpuSeconds) / r.records));
    const t = r.threads;
    const perThread = t ? `${fmt(t.main, 1)} / ${t.busiest.map((x) => fmt(x, 1)).join(' + ') || '–'} / ${fmt(t.others, 1)}` : '–';
    console.log(`| warta analyze | ${workers === 0 ? '0 (inline)' : workers} | ${chunk} | ${fmt(rate)} | ${fmt(mb / r.seconds, 2)} | ${fmt(r.seconds, 1)} | ${fmt((1000 * r.cpuSeconds) / r.records, 2)} | ${perThread} | ${fmt(r.maxRssMb)} | ${r.errors} |`);
  }
}

let base: { articles: number; seconds: number; cpuSeconds: number } | undefined;
if (!has('no-baseline')) {
  base = await baseline(dump);
  console.log(`| baseline: franc-min (5 languages) + cached stemmer | 1 (inline) | – | ${fmt(base.articles / base.seconds)} | ${fmt(mb / base.seconds, 2)} | ${fmt(base.seconds, 1)} | ${fmt((1000 * base.cpuSeconds) / base.articles, 2)} | ${fmt(base.cpuSeconds, 1)} / – / – | – | – |`);
}
const best = Math.max(...rates.values());
// On a shared machine wall-clock rates say more about the neighbours than about warta; CPU time
// per article (all threads, start-up included) gives the rate a machine with free cores would see.
const cores = os.availableParallelism();
for (const [workers, ms] of cpuPerArticle) {
  if (workers > 0) console.log(`\nCPU-bound estimate, ${workers} worker(s) on ${Math.min(workers, cores)} free core(s): ${fmt((Math.min(workers, cores) * 1000) / ms)} articles/s (${fmt(ms, 2)} CPU ms/article)`);
}
if (base) {
  const baseRate = base.articles / base.seconds;
  for (const [workers, rate] of rates) console.log(`\nwarta with ${workers} worker(s) / baseline = ${fmt(rate / baseRate, 2)}`);
  console.log(`\nbest warta / baseline = ${fmt(best / baseRate, 2)} (target >= 1.0 with 2 workers); best = ${fmt(best)} articles/s (target >= 1,500 with 2 workers on an idle machine)`);
}

if (!has('no-stages')) {
  const sample = Number(flag('stage-sample') ?? Math.min(articles, 1000));
  const s = await stageCosts(dump, sample, built);
  const stagesTotal = [...s.perStage.values()].reduce((a, b) => a + b, 0);
  console.log(`\nper-stage cost, inline, first ${fmt(s.articles)} articles of the dump in a fresh pipeline (createPipeline({ timings: true }); ${built ? 'dist/' : 'src/ under tsx'}):\n`);
  console.log('| stage | ms/article | share of analyze |');
  console.log('|---|---:|---:|');
  for (const [k, v] of [...s.perStage.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`| ${k} | ${fmt(v / s.articles, 3)} | ${fmt((100 * v) / s.analyzeMs, 1)}% |`);
  }
  console.log(`| (validation, toSummary, other) | ${fmt((s.analyzeMs - stagesTotal) / s.articles, 3)} | ${fmt((100 * (s.analyzeMs - stagesTotal)) / s.analyzeMs, 1)}% |`);
  console.log(`| analyze() total | ${fmt(s.analyzeMs / s.articles, 3)} | 100% |`);
  console.log(`| JSON.stringify(summary) | ${fmt(s.stringifyMs / s.articles, 3)} | (extra) |`);
}
