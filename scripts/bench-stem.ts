/**
 * Measures the stemmer and prints a table: loading natural's Indonesian stemmer (its root-word
 * dictionary) in a fresh process, uncached and cached `stem()` per word, and the stem stage.
 *
 *   npx tsx scripts/bench-stem.ts
 *
 * Words: the distinct forms of ../shared/corpora/stem/ud-lemmas-csui-gsd.tsv when present
 * (developers' machines), else the words of the project's own articles. Single thread; the numbers
 * depend on the machine and on what else runs on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../src/doc/create.js';
import { buildStage } from '../src/pipeline/config.js';
import type { Stage, StageContext } from '../src/doc/stage.js';
import { segmentStage, tokenize } from '../src/stages/segment/index.js';
import { createStemmer, stemStage } from '../src/stages/stem/index.js';
import { bundledArticleTexts } from './bundled-articles.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UD = new URL('../../shared/corpora/stem/ud-lemmas-csui-gsd.tsv', import.meta.url);

// The bundled articles, read once.
const ARTICLES = bundledArticleTexts();

function words(): { source: string; list: string[] } {
  if (existsSync(UD)) {
    const forms = readFileSync(UD, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0] ?? '').filter(Boolean);
    return { source: 'UD CSUI+GSD distinct forms', list: [...new Set(forms)] };
  }
  const list = ARTICLES.flatMap((t) => tokenize(t).filter((x) => x.kind === 'word').map((x) => x.text));
  return { source: 'words of the project articles', list: [...new Set(list)] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds to load the stemmer file, and to run the first stem() through warta, in fresh processes. */
function loadTimes(runs: number): { require: number; firstStem: number; importStage: number } {
  const requireMs: number[] = [];
  const firstStemMs: number[] = [];
  const importMs: number[] = [];
  const stemIndex = JSON.stringify(new URL('../src/stages/stem/index.ts', import.meta.url).href);
  for (let r = 0; r < runs; r++) {
    const a = execFileSync(
      process.execPath,
      [
        '-e',
        `const t=performance.now();require('natural/lib/natural/stemmers/indonesian/stemmer_id.js');process.stdout.write(String(performance.now()-t))`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    requireMs.push(Number(a));
    const b = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const t0=performance.now();const m=await import(${stemIndex});const t1=performance.now();m.stem('pertumbuhan');const t2=performance.now();process.stdout.write(JSON.stringify([t1-t0,t2-t1]))`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const [imp, first] = JSON.parse(b) as [number, number];
    importMs.push(imp);
    firstStemMs.push(first);
  }
  return { require: median(requireMs), firstStem: median(firstStemMs), importStage: median(importMs) };
}

const { source, list } = words();
const rows: [string, string, string][] = [];

const load = loadTimes(5);
rows.push(["require natural's stemmer_id.js (fresh process)", `${load.require.toFixed(1)} ms`, 'median of 5']);
rows.push(['import src/stages/stem (tsx, lazy: no dictionary)', `${load.importStage.toFixed(1)} ms`, 'includes tsx transpile']);
rows.push(['first stem() call (loads the dictionary)', `${load.firstStem.toFixed(1)} ms`, 'median of 5']);

{
  const s = createStemmer({ cacheSize: 0 });
  for (const w of list.slice(0, 500)) s.stem(w);
  const t0 = performance.now();
  for (const w of list) s.stem(w);
  const ms = performance.now() - t0;
  rows.push([`uncached stem(), ${list.length} words`, `${((ms * 1000) / list.length).toFixed(1)} µs/word`, `${Math.round((list.length / ms) * 1000).toLocaleString('en-US')} words/s`]);
}
{
  // The default cache (50,000 words) holds the whole list: every call below is a hit.
  const s = createStemmer();
  for (const w of list) s.stem(w);
  const reps = 20;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const w of list) s.stem(w);
  const ms = performance.now() - t0;
  const n = reps * list.length;
  rows.push([`cached stem(), ${list.length} words × ${reps}`, `${((ms * 1e6) / n).toFixed(0)} ns/word`, `${Math.round((n / ms) * 1000).toLocaleString('en-US')} words/s`]);
}
{
  const texts = ARTICLES;
  const segment: Stage = buildStage(segmentStage);
  const ctx: StageContext = { report() {} };
  const docs = texts.map((t) => {
    const d = createDoc({ body: t }, 'bench');
    segment.run(d, ctx);
    return d;
  });
  const cold: Stage = buildStage(stemStage);
  const t0 = performance.now();
  for (const d of docs) cold.run(d, ctx);
  const coldMs = performance.now() - t0;
  const reps = 200;
  const t1 = performance.now();
  for (let r = 0; r < reps; r++) for (const d of docs) cold.run(d, ctx);
  const warmMs = performance.now() - t1;
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  rows.push([`stem stage, ${docs.length} articles, cold cache`, `${((coldMs * 1000) / docs.length).toFixed(0)} µs/article`, `${tokens} tokens`]);
  rows.push([`stem stage, warm cache (× ${reps})`, `${((warmMs * 1000) / (reps * docs.length)).toFixed(1)} µs/article`, `${Math.round(((reps * tokens) / warmMs) * 1000).toLocaleString('en-US')} tokens/s`]);
}

console.log(`\nstem benchmark: ${source}; node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), shared machine\n`);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['what', 'time', 'note'][i]!.length));
const out = (r: string[]) => console.log(r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
out(['what', 'time', 'note']);
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) out(r);
