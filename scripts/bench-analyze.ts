/**
 * The whole pipeline's CPU cost on real news, new text, and a paired comparison with another build.
 * Repetition after repetition, a fresh pipeline (the stages' caches cold: every article is new text
 * to them, though the tagger's word cache belongs to its model, one per process) runs `analyze` on
 * each article (default ../shared/corpora/news/detik-dev.jsonl, read at run time) and the summary is
 * written as JSON, each timed in process CPU. With --against DIR (the root of another checkout with a
 * built dist/, e.g. a copy of the repository at the commit before a change), that build runs too, the
 * two alternating article by article (which goes first alternates as well), so that the machine's load
 * falls on both alike: the ratio is what to read on a shared machine, not the absolute times.
 *
 *   npm run build && npx tsx scripts/bench-analyze.ts
 *   npx tsx scripts/bench-analyze.ts --against ../warta-before --reps 14
 *
 * Options: --against DIR, --reps N (default 10; the first 3 are JIT warm-up and left out of the
 * summary), --news FILE. `bench-stage.ts` does the same for one stage; `bench-batch.ts` times the
 * whole command on a replicated dump, where most texts are met again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { createPipeline as CreatePipeline } from '../src/pipeline/pipeline.js';

const { values: args } = parseArgs({
  options: {
    against: { type: 'string' },
    reps: { type: 'string', default: '10' },
    news: { type: 'string', default: fileURLToPath(new URL('../../shared/corpora/news/detik-dev.jsonl', import.meta.url)) },
  },
});
const reps = Number(args.reps);
if (!Number.isInteger(reps) || reps < 4) throw new Error(`bench-analyze: --reps must be a whole number >= 4, got ${args.reps}`);

type Create = typeof CreatePipeline;
const load = async (root: string): Promise<Create> =>
  ((await import(pathToFileURL(resolve(root, 'dist/pipeline/pipeline.js')).href)) as { createPipeline: Create }).createPipeline;
const versions = [await load(fileURLToPath(new URL('..', import.meta.url)))];
if (args.against) versions.push(await load(args.against));

const articles = readFileSync(args.news, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Record<string, unknown>);

const times: number[][] = versions.map(() => []);
for (let r = 0; r < reps; r++) {
  const pipelines = versions.map((create) => create());
  const spent = versions.map(() => 0);
  for (let i = 0; i < articles.length; i++) {
    for (let k = 0; k < versions.length; k++) {
      const v = (i + r + k) % versions.length;
      // A distinct id per repetition, as a dump's articles have.
      const article = { ...articles[i], id: `${String(articles[i]!.id)}~${r}` };
      const c0 = process.cpuUsage();
      JSON.stringify(pipelines[v]!.analyze(article));
      const c = process.cpuUsage(c0);
      spent[v]! += c.user + c.system;
    }
  }
  spent.forEach((us, v) => times[v]!.push(us / 1000 / articles.length));
}

const skip = 3;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(3);
console.log(`analyze + JSON.stringify: ${articles.length} articles, ${reps} repetitions (the first ${skip} left out), a fresh pipeline each; CPU ms/article`);
console.log('| build | first repetition (cold) | median | fastest |');
console.log('|---|---:|---:|---:|');
const labels = ['this checkout', `--against ${args.against}`];
versions.forEach((_, v) => {
  const t = times[v]!.slice(skip);
  console.log(`| ${labels[v]} | ${fmt(times[v]![0]!)} | ${fmt(median(t))} | ${fmt(sorted(t)[0]!)} |`);
});
if (versions.length > 1) {
  const mine = times[0]!.slice(skip);
  const theirs = times[1]!.slice(skip);
  const ratios = mine.map((m, i) => m / theirs[i]!);
  console.log(`\nthis / against, paired by repetition: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
}
