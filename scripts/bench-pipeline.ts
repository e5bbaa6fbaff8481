/**
 * Cost of each stage of the default pipeline on the bundled articles (the seed and the golden
 * fixtures), warm, one thread: microseconds per article and share of the total. Prints a table.
 *
 *   npx tsx scripts/bench-pipeline.ts [--rounds 200]
 */
import { parseArgs } from 'node:util';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { bundledArticles } from './bundled-articles.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const rounds = Number(values.rounds);
const articles = bundledArticles();
const chars = articles.reduce((n, a) => n + a.title.length + a.body.length, 0) / articles.length;

const t0 = performance.now();
const pipeline = createPipeline({ timings: true });
const build = performance.now() - t0;
for (const a of articles) pipeline.analyze(a); // warm-up: caches, lazy loads, JIT

const totals: Record<string, number> = {};
let summaryMs = 0;
const start = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    const t = performance.now();
    const s = pipeline.analyze(a);
    let stages = 0;
    for (const [k, v] of Object.entries(s.timings ?? {})) {
      totals[k] = (totals[k] ?? 0) + v;
      stages += v;
    }
    summaryMs += performance.now() - t - stages;
  }
}
const wall = performance.now() - start;
const n = rounds * articles.length;
totals['toSummary + validation'] = summaryMs;
const sum = Object.values(totals).reduce((a, b) => a + b, 0);
console.log(`pipeline: ${articles.length} articles (mean ${Math.round(chars)} chars) × ${rounds} rounds, one thread, node ${process.version}`);
console.log(`build (lexicons, models): ${build.toFixed(0)} ms; ${(n / (wall / 1000)).toFixed(0)} articles/s warm\n`);
console.log('| stage | µs/article | share |');
console.log('|---|---:|---:|');
for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
  console.log(`| ${k} | ${((v / n) * 1000).toFixed(0)} | ${((v / sum) * 100).toFixed(1)}% |`);
}
