/**
 * One stage's CPU cost on real news, and a paired comparison with another build of it. The articles
 * (default ../shared/corpora/news/detik-dev.jsonl, read at run time) go through the stages before
 * the one measured once; then, repetition after repetition, a fresh instance of the stage (its
 * caches cold: every article is new text to it) runs on copies of those Docs, each run timed in
 * process CPU. With --against DIR (the root of another checkout with a built dist/, e.g. a copy of
 * the repository at the commit before a change), that build's stage runs too, the two alternating
 * article by article (which goes first alternates as well), so that the machine's load falls on
 * both alike: the ratio is what to read on a shared machine, not the absolute times.
 *
 *   npm run build && npx tsx scripts/bench-stage.ts --stage coref
 *   npx tsx scripts/bench-stage.ts --stage names --against ../warta-before --reps 40
 *
 * Options: --stage NAME (required), --against DIR, --reps N (default 30; the first few are JIT
 * warm-up and left out of the summary), --news FILE.
 * The stage table of bench-batch.ts times the first articles of a fresh process in wall time: mostly
 * code not yet optimised. This times the stage with its code warm, on new text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Doc } from '../src/doc/doc.js';
import type { Stage, StageContext } from '../src/doc/stage.js';
import type { createPipeline as CreatePipeline } from '../src/pipeline/pipeline.js';

const { values: args } = parseArgs({
  options: {
    stage: { type: 'string' },
    against: { type: 'string' },
    reps: { type: 'string', default: '30' },
    news: { type: 'string', default: fileURLToPath(new URL('../../shared/corpora/news/detik-dev.jsonl', import.meta.url)) },
  },
});
const stageName = args.stage;
if (!stageName) throw new Error('bench-stage: --stage NAME is required (e.g. --stage coref)');
const reps = Number(args.reps);

type Create = typeof CreatePipeline;
const load = async (root: string): Promise<Create> =>
  ((await import(pathToFileURL(resolve(root, 'dist/pipeline/pipeline.js')).href)) as { createPipeline: Create }).createPipeline;
const here = await load(fileURLToPath(new URL('..', import.meta.url)));
const other = args.against ? await load(args.against) : undefined;

const full = here();
const names = full.config.stages.map((s) => s.name);
const at = names.indexOf(stageName);
if (at < 0) throw new Error(`bench-stage: no stage "${stageName}" (stages: ${names.join(', ')})`);
const before = here({ stages: full.config.stages.slice(0, at) });
const docs: Doc[] = readFileSync(args.news, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => before.run(JSON.parse(l)))
  .filter((d) => d.failed.length === 0);

const ctx: StageContext = { report() {} };
const stageOf = (create: Create): Stage => create().stages.find((s) => s.name === stageName)!;
const runs = (stage: Stage, doc: Doc): void => {
  const language = (doc.language?.code ?? 'und').split('-')[0]!.toLowerCase();
  if (stage.languages === undefined || stage.languages.includes(language)) stage.run(doc, ctx);
};

const versions = other ? [here, other] : [here];
const times: number[][] = versions.map(() => []);
for (let r = 0; r < reps; r++) {
  const stages = versions.map(stageOf);
  const copies = versions.map(() => docs.map((d) => structuredClone(d)));
  const spent = versions.map(() => 0);
  for (let i = 0; i < docs.length; i++) {
    for (let k = 0; k < versions.length; k++) {
      const v = (i + r + k) % versions.length;
      const c0 = process.cpuUsage();
      runs(stages[v]!, copies[v]![i]!);
      const c = process.cpuUsage(c0);
      spent[v]! += c.user + c.system;
    }
  }
  spent.forEach((us, v) => times[v]!.push(us / 1000 / docs.length));
}

const skip = Math.min(4, reps >> 2);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const fastestQuarter = (xs: number[]) => {
  const s = sorted(xs).slice(0, Math.max(1, xs.length >> 2));
  return s.reduce((a, b) => a + b, 0) / s.length;
};
const fmt = (x: number) => x.toFixed(4);
console.log(`stage ${stageName}: ${docs.length} articles, ${reps} repetitions (the first ${skip} left out), a fresh stage each; CPU ms/article`);
console.log('| build | first repetition (cold) | median | fastest quarter |');
console.log('|---|---:|---:|---:|');
const labels = ['this checkout', `--against ${args.against}`];
versions.forEach((_, v) => {
  const t = times[v]!.slice(skip);
  console.log(`| ${labels[v]} | ${fmt(times[v]![0]!)} | ${fmt(median(t))} | ${fmt(fastestQuarter(t))} |`);
});
if (other) {
  const mine = times[0]!.slice(skip);
  const theirs = times[1]!.slice(skip);
  const ratios = mine.map((m, i) => m / theirs[i]!);
  console.log(`\nthis / against, paired by repetition: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}); fastest quarters ${(fastestQuarter(mine) / fastestQuarter(theirs)).toFixed(3)}`);
}
