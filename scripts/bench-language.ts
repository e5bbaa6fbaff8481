/**
 * Measures language identification speed on one core (this process is single-threaded): for
 * warta's detector, for the whole language stage and for franc-min over all its languages, per
 * CPU second of this process (fair on a shared machine) and per wall second.
 *
 *   npx tsx scripts/bench-language.ts [--seconds 3]
 *
 * Text comes from the project's own corpora (corpora/langid/*.txt): each "paragraph" is three
 * consecutive sentences of one language (about 240 characters), the single sentences (about 80
 * characters) are a second row. The stage runs on news-sized articles: six paragraphs of five
 * consecutive sentences (about 2.5 KB, the size of the articles of the corpus dump), and, where
 * ../shared/corpora/news/detik-dev.jsonl is present, on those real articles.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { francAll } from 'franc-min';
import { createDoc } from '../src/doc/create.js';
import { buildStage } from '../src/pipeline/config.js';
import { runStages } from '../src/pipeline/runner.js';
import { detectLanguage, languageStage } from '../src/stages/language/index.js';
import { buildModel, DEFAULT_MODEL_URL, type LangModelFile } from '../src/stages/language/model.js';

const CORPUS = new URL('../corpora/langid/', import.meta.url);
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;

const sentences: string[] = [];
const paragraphs: string[] = [];
const articles: string[][] = [];
for (const name of readdirSync(CORPUS).filter((n) => /^[a-z]{2}\.txt$/.test(n)).sort()) {
  const lines = readFileSync(new URL(name, CORPUS), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  sentences.push(...lines);
  for (let i = 0; i + 3 <= lines.length; i += 3) paragraphs.push(lines.slice(i, i + 3).join(' '));
  for (let i = 0; i + 30 <= lines.length; i += 30) articles.push(Array.from({ length: 6 }, (_, p) => lines.slice(i + 5 * p, i + 5 * p + 5).join(' ')));
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/** Runs `fn` over `items` for the set time and prints a row: items per CPU and wall second, CPU per item. */
function bench<T>(name: string, items: T[], chars: (item: T) => number, fn: (item: T) => unknown): void {
  for (let i = 0; i < 500; i++) fn(items[i % items.length]!);
  const meanChars = items.reduce((a, t) => a + chars(t), 0) / items.length;
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (const t of items) fn(t);
    n += items.length;
    elapsed = performance.now() - t0;
  }
  const cpu = process.cpuUsage(c0);
  const perCpuSec = (n / ((cpu.user + cpu.system) / 1000)) * 1000;
  const perWallSec = (n / elapsed) * 1000;
  console.log(`| ${name} | ${fmt(meanChars)} | ${fmt(perCpuSec)} | ${fmt(perWallSec)} | ${(1e6 / perCpuSec).toFixed(1)} µs |`);
}

console.log(`node ${process.version}, one thread; ${seconds} s per row; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
console.log("Per CPU second: this process's own CPU time (the fair per-core number when other processes");
console.log('share the cores); per wall second: elapsed time, lower when the machine is busy.');
console.log('');
console.log('| detector / input | mean chars | paragraphs per CPU second | per wall second | CPU per paragraph |');
console.log('|---|---|---|---|---|');
bench('warta, paragraphs (3 sentences)', paragraphs, (t) => t.length, detectLanguage);
bench('warta, single sentences', sentences, (t) => t.length, detectLanguage);
bench('franc-min all languages, paragraphs', paragraphs, (t) => t.length, (t) => francAll(t));

const stage = buildStage(languageStage);
const runArticle = (ps: string[]) => {
  const doc = createDoc({ text: ps.join('\n\n') }, 'bench');
  let at = 0;
  doc.paragraphs = ps.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  doc.layers = ['text', 'paragraphs'];
  runStages(doc, [stage]);
};
console.log('');
console.log('| stage / input | mean chars | articles per CPU second | per wall second | CPU per article |');
console.log('|---|---|---|---|---|');
bench(`language stage, ${articles.length} articles of 6 paragraphs`, articles, (a) => a.join('\n\n').length, runArticle);
// Real news where the developers' machines have it (never shipped): the Detik articles, a paragraph a line.
const NEWS = new URL('../../shared/corpora/news/detik-dev.jsonl', import.meta.url);
if (existsSync(NEWS)) {
  const news = readFileSync(NEWS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const a = JSON.parse(l) as { title?: string; body?: string };
      return [a.title ?? '', ...(a.body ?? '').split('\n')].filter((p) => p.trim());
    });
  bench(`language stage, ${news.length} real news articles (detik-dev)`, news, (a) => a.join('\n\n').length, runArticle);
}

// Building the model: hash table and trigram nodes (once per process; detectLanguage above built it first).
const file = JSON.parse(readFileSync(DEFAULT_MODEL_URL, 'utf8')) as LangModelFile;
const c0 = process.cpuUsage();
const loads = 20;
for (let i = 0; i < loads; i++) buildModel(file);
const cpu = process.cpuUsage(c0);
console.log('');
console.log(`Building the model from its file: ${((cpu.user + cpu.system) / 1000 / loads).toFixed(1)} ms CPU (mean of ${loads} builds in a warm process).`);
