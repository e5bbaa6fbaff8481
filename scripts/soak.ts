/**
 * Soak test of the batch runner: 100,000 generated records, most of them ordinary Indonesian news,
 * some English, and a few hundred hostile ones (every shape of issue #16 that fits in a JSONL line:
 * "Prof. Dr. H. " and "a\n" repeated, amounts compromise reads as NaN, invalid JSON, binary junk,
 * UTF-16 text without a byte-order mark, a JSON nesting bomb, empty and missing bodies, a 1 MB
 * article of repeated names), plus records that hang or exhaust their worker's memory (the test
 * plugin stage of test/fixtures/plugins/hostile-stage.mjs). Runs `runBatch` over them as
 * `warta analyze dump.jsonl -o out.jsonl` would, then reads the output back and prints a table:
 * records in and out, lost records (must be 0), records written twice (must be 0), the error codes,
 * time, peak RSS, and the slowest records.
 *
 *   npm run build && npx tsx scripts/soak.ts --built       # 100,000 records, 2 workers
 *   npx tsx scripts/soak.ts --records 5000 --workers 2      # a quick one, from src/ under tsx
 *
 * Options: --records N, --workers N, --seed N, --record-timeout S (default: warta's), --no-hostile-stage
 * (leave out the hanging and memory-hungry records), --built (run dist/ after `npm run build`).
 * Exits 1 when a record is lost or written twice.
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from '../src/stages/tagger/ner/perceptron.js';
import { makeArticle } from './generate-news.js';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const has = (name: string) => argv.includes(`--${name}`);

const RECORDS = Number(flag('records') ?? 100_000);
const WORKERS = Number(flag('workers') ?? 2);
const SEED = Number(flag('seed') ?? 16);
const HOSTILE_STAGE = !has('no-hostile-stage');
const BUILT = has('built');

// ---------------------------------------------------------------------------------------------
// The dump: one line per record, and the id each output line must carry, in order.

const ENGLISH = [
  'Telegram founder Pavel Durov said on Monday that the company would invest $99 million in Jakarta over five years.',
  'Microsoft and the United Nations welcomed the plan, and the share of mobile users in Indonesia rose 12 percent.',
  'Mr. Durov later met Dr. Sarah Lee in New York City, where Apple Inc. announced a $1.5 billion fund.',
];

type Line = { text: string | Buffer; shape: string };

/** Hostile records, each a JSONL line (or bytes): `i` numbers the record, `r` is the random source. */
const HOSTILE: Array<{ shape: string; weight: number; make: (id: string, r: () => number) => string | Buffer }> = [
  { shape: 'prof-dr-h', weight: 4, make: (id, r) => JSON.stringify({ id, body: 'Prof. Dr. H. '.repeat(1 + Math.floor(r() * (r() < 0.1 ? 30_000 : 2_000))) }) },
  { shape: 'a-newline', weight: 4, make: (id, r) => JSON.stringify({ id, body: 'a\n'.repeat(1 + Math.floor(r() * 30_000)) }) },
  { shape: 'nan-money', weight: 6, make: (id) => JSON.stringify({ id, body: 'The firm paid 1.000.000USD to its workers, and $99999999999999999999999 to London.' }) },
  { shape: 'quotes', weight: 4, make: (id, r) => JSON.stringify({ id, body: 'kata dia “Belum "'.repeat(1 + Math.floor(r() * 5_000)) }) },
  { shape: 'digits', weight: 4, make: (id, r) => JSON.stringify({ id, body: '1.2.3,4,5 Rp 1.000 '.repeat(1 + Math.floor(r() * 5_000)) }) },
  { shape: 'nesting', weight: 3, make: (id, r) => JSON.stringify({ id, body: `${'(“['.repeat(1 + Math.floor(r() * 5_000))}isi` }) },
  { shape: 'names-1mb', weight: 0.02, make: (id) => JSON.stringify({ id, body: 'Presiden Joko Widodo bertemu Menteri Budi Santoso. '.repeat(20_000) }) },
  { shape: 'invalid-json', weight: 4, make: (id) => `{"id":"${id}","body":"Harga naik` },
  { shape: 'json-bomb', weight: 1, make: (id) => `{"id":"${id}","body":${'['.repeat(200_000)}${']'.repeat(200_000)}}` },
  { shape: 'binary', weight: 3, make: () => Buffer.from([0x00, 0x01, 0xff, 0x9c, 0x00, 0x42, 0x7f, 0x80, 0x00]) },
  { shape: 'utf16-no-bom', weight: 2, make: (id) => Buffer.from(JSON.stringify({ id, body: 'Harga beras naik.' }), 'utf16le').subarray(0, -1) },
  { shape: 'empty-body', weight: 3, make: (id) => JSON.stringify({ id, body: '   ' }) },
  { shape: 'no-body', weight: 3, make: (id) => JSON.stringify({ id, title: 'Tanpa isi' }) },
  { shape: 'not-object', weight: 2, make: () => '"teks saja"' },
];
const HOSTILE_TOTAL = HOSTILE.reduce((a, h) => a + h.weight, 0);

function* generate(): Generator<Line> {
  const r = mulberry32(SEED);
  // Where the hanging and memory-hungry records go: a few, spread over the run.
  const special = new Map<number, string>();
  if (HOSTILE_STAGE) {
    for (let k = 0; k < 5; k++) special.set(Math.floor(((k + 0.5) * RECORDS) / 5), 'WARTA-HANG');
    for (let k = 0; k < 3; k++) special.set(Math.floor(((k + 0.25) * RECORDS) / 3), 'WARTA-HOG');
  }
  for (let i = 0; i < RECORDS; i++) {
    const mark = special.get(i);
    if (mark) {
      yield { text: JSON.stringify({ id: `soak-${i}`, body: `${mark} ${makeArticle(i, r).body}` }), shape: mark.toLowerCase() };
      continue;
    }
    const roll = r();
    if (roll < 0.01) {
      let pick = r() * HOSTILE_TOTAL;
      const h = HOSTILE.find((x) => (pick -= x.weight) < 0) ?? HOSTILE[0]!;
      yield { text: h.make(`soak-${i}`, r), shape: h.shape };
    } else if (roll < 0.04) {
      yield { text: JSON.stringify({ id: `soak-${i}`, title: 'Telegram Expands in Indonesia', body: ENGLISH.join('\n\n') }), shape: 'english' };
    } else {
      yield { text: JSON.stringify({ ...makeArticle(i, r), id: `soak-${i}` }), shape: 'news' };
    }
  }
}

/** Writes the dump; the shape of the record on each line (line 1 first). */
async function writeDump(path: string): Promise<{ shapes: string[]; counts: Map<string, number> }> {
  const out = createWriteStream(path);
  const shapes: string[] = [];
  const counts = new Map<string, number>();
  for (const l of generate()) {
    shapes.push(l.shape);
    counts.set(l.shape, (counts.get(l.shape) ?? 0) + 1);
    const chunk = typeof l.text === 'string' ? `${l.text}\n` : Buffer.concat([l.text, Buffer.from('\n')]);
    if (!out.write(chunk)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  return { shapes, counts };
}

// ---------------------------------------------------------------------------------------------
// The run, and reading its output back

interface OutLine {
  id: string;
  /** The input line it answers (every record of the dump is one line). */
  line: number;
  status: string;
  code: string | undefined;
  ms: number;
  chars: number;
}

async function readOutput(path: string): Promise<OutLine[]> {
  const out: OutLine[] = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line === '') continue;
    const s = JSON.parse(line) as { id: string; status: string; source?: { line?: number }; error?: { code: string }; timings?: Record<string, number>; counts: { characters: number } };
    const ms = Object.values(s.timings ?? {}).reduce((a, b) => a + b, 0);
    out.push({ id: s.id, line: s.source?.line ?? 0, status: s.status, code: s.error?.code, ms, chars: s.counts.characters });
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'warta-soak-'));
const dump = join(dir, 'dump.jsonl');
const output = join(dir, 'out.jsonl');
process.stderr.write(`generating ${RECORDS.toLocaleString('en-US')} records into ${dump} …\n`);
const { shapes, counts } = await writeDump(dump);

const builtModule = fileURLToPath(new URL('../dist/batch/run-batch.js', import.meta.url));
if (BUILT && !existsSync(builtModule)) {
  console.error(`--built needs ${builtModule}: run "npm run build" first`);
  process.exit(2);
}
const { runBatch } = (await import(BUILT ? pathToFileURL(builtModule).href : '../src/batch/run-batch.js')) as typeof import('../src/batch/run-batch.js');
const { defaultPipelineConfig } = (await import(BUILT ? pathToFileURL(resolve('dist/pipeline/config.js')).href : '../src/pipeline/config.js')) as typeof import('../src/pipeline/config.js');

const plugins = HOSTILE_STAGE ? [pathToFileURL(resolve('test/fixtures/plugins/hostile-stage.mjs')).href] : [];
const stages = [...defaultPipelineConfig().stages, ...(HOSTILE_STAGE ? [{ name: 'hostile' }] : [])];
const timeout = flag('record-timeout');
process.stderr.write(`analysing with ${WORKERS} worker(s) …\n`);
const load = loadavg();
const started = performance.now();
const result = await runBatch({
  inputs: [dump],
  output,
  workers: WORKERS,
  pipeline: { stages },
  plugins,
  timings: true,
  progress: 'plain',
  ...(timeout ? { recordTimeoutMs: Number(timeout) * 1000 } : {}),
});
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// Every input line must be answered by exactly one output line naming it as its source.
const out = await readOutput(output);
const answers = new Uint32Array(RECORDS + 1);
for (const o of out) if (o.line >= 1 && o.line <= RECORDS) answers[o.line]! += 1;
let lost = 0;
let twice = 0;
for (let line = 1; line <= RECORDS; line++) {
  if (answers[line] === 0) lost += 1;
  if (answers[line]! > 1) twice += answers[line]! - 1;
}
const inOrder = out.length === RECORDS && out.every((o, i) => o.line === i + 1);
const shapeOf = (o: OutLine) => shapes[o.line - 1] ?? '?';

// ---------------------------------------------------------------------------------------------
// The report

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const codes = new Map<string, number>();
for (const o of out) if (o.code) codes.set(o.code, (codes.get(o.code) ?? 0) + 1);
console.log(`\nsoak: ${fmt(RECORDS)} records (${fmt(statSync(dump).size / 1e6, 1)} MB), ${WORKERS} worker(s), ${BUILT ? 'dist/' : 'src/ under tsx'}, node ${process.version}, ${availableParallelism()} cores, load average ${load.map((x) => x.toFixed(1)).join(' ')} at start\n`);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| records in | ${fmt(RECORDS)} |`);
console.log(`| lines out | ${fmt(out.length)} |`);
console.log(`| **lost records** | **${fmt(lost)}** |`);
console.log(`| records written twice | ${fmt(twice)} |`);
console.log(`| output in input order | ${inOrder ? 'yes' : 'NO'} |`);
console.log(`| ok / partial / error | ${fmt(result.ok)} / ${fmt(result.partial)} / ${fmt(result.error)} |`);
console.log(`| error codes | ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${fmt(n)}`).join(', ')} |`);
console.log(`| wall time | ${fmt(seconds, 1)} s (${fmt(RECORDS / seconds)} records/s) |`);
console.log(`| peak RSS (process, all threads) | ${fmt(peakRssMb)} MB |`);
console.log(`\ngenerated shapes: ${[...counts].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${fmt(n)}`).join(', ')}`);

console.log('\nslowest analysed records (sum of stage timings):\n');
console.log('| id | shape | characters | ms |');
console.log('|---|---|---:|---:|');
for (const o of [...out].sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`| ${o.id} | ${shapeOf(o)} | ${fmt(o.chars)} | ${fmt(o.ms, 1)} |`);
const stopped = out.filter((o) => o.code === 'time-limit' || o.code === 'memory-limit');
if (stopped.length > 0) {
  console.log('\nrecords stopped by a budget:\n');
  console.log('| id | shape | code |');
  console.log('|---|---|---|');
  for (const o of stopped) console.log(`| ${o.id} | ${shapeOf(o)} | ${o.code} |`);
}
if (lost > 0 || twice > 0) process.exitCode = 1;
