/**
 * Measures language identification speed: paragraphs per second on one core (this process is
 * single-threaded), for warta's detector and for franc-min over all its languages, per CPU second
 * of this process (fair on a shared machine) and per wall second.
 *
 *   npx tsx scripts/bench-language.ts [--seconds 3]
 *
 * Paragraphs come from the project's own corpora (corpora/langid/*.txt): each "paragraph" is three
 * consecutive sentences of one language (about 300 characters, a typical news paragraph), plus
 * the single sentences (about 100 characters) as a second row.
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { francAll } from 'franc-min';
import { createDoc } from '../src/doc/create.js';
import { runStages } from '../src/pipeline/runner.js';
import { createLanguageStage, detectLanguage } from '../src/stages/language/index.js';

const CORPUS = new URL('../corpora/langid/', import.meta.url);
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;

const sentences: string[] = [];
const paragraphs: string[] = [];
for (const name of readdirSync(CORPUS).filter((n) => /^[a-z]{2}\.txt$/.test(n)).sort()) {
  const lines = readFileSync(new URL(name, CORPUS), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  sentences.push(...lines);
  for (let i = 0; i + 3 <= lines.length; i += 3) paragraphs.push(lines.slice(i, i + 3).join(' '));
}

/** Runs `fn` over `items` for the set time; `per` paragraphs make one item. */
function bench(name: string, items: string[], fn: (text: string) => unknown, per = 1): void {
  for (let i = 0; i < 500; i++) fn(items[i % items.length]!);
  const chars = items.reduce((a, t) => a + t.length, 0) / items.length / per;
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (const t of items) fn(t);
    n += items.length * per;
    elapsed = performance.now() - t0;
  }
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perCpuSec = (n / cpuMs) * 1000;
  const perWallSec = (n / elapsed) * 1000;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`| ${name} | ${Math.round(chars)} | ${fmt(perCpuSec)} | ${fmt(perWallSec)} | ${((1e6 / perCpuSec)).toFixed(1)} µs |`);
}

console.log(`node ${process.version}, one thread; ${seconds} s per row; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
console.log("Per CPU second: this process's own CPU time (the fair per-core number when other processes");
console.log('share the cores); per wall second: elapsed time, lower when the machine is busy.');
console.log('| detector / input | mean chars | paragraphs per CPU second | per wall second | CPU per paragraph |');
console.log('|---|---|---|---|---|');
bench('warta, paragraphs (3 sentences)', paragraphs, detectLanguage);
bench('warta, single sentences', sentences, detectLanguage);
// The whole stage on 10-paragraph articles, counted per paragraph.
const stage = createLanguageStage();
const articles: string[][] = [];
for (let i = 0; i + 10 <= paragraphs.length; i += 10) articles.push(paragraphs.slice(i, i + 10));
const runArticle = (ps: string[]) => {
  const text = ps.join('\n\n');
  const doc = createDoc({ text }, 'bench');
  let at = 0;
  doc.paragraphs = ps.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  doc.layers = ['text', 'paragraphs'];
  runStages(doc, [stage]);
};
const perParagraph: string[] = [];
const articleOf = new Map<string, string[]>();
for (const a of articles) {
  const key = a.join('\n\n');
  articleOf.set(key, a);
  perParagraph.push(key);
}
bench('language stage on 10-paragraph articles', perParagraph, (key) => runArticle(articleOf.get(key)!), 10);
bench('franc-min all languages, paragraphs', paragraphs, (t) => francAll(t));
