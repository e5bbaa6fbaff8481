/**
 * NER tagger speed: start-up (model load, tagger construction and the first sentence, cold, in this
 * process) and tagging throughput in tokens per second on one core, over idner-news-2k dev + NERGRIT
 * valid (or a built-in sample when the corpora are missing), each round tagging them --passes times:
 * the tagger with its word cache warm (as in a long batch), a fresh tagger (cold cache), the
 * feature-by-feature reference tagger, and the Doc recognizer over the same tokens.
 *
 *   npx tsx scripts/bench-ner.ts [--rounds 5] [--passes 8]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createDoc } from '../src/doc/create.js';
import { ArticleInputSchema } from '../src/schema/input.js';
import { createNerRecognizer } from '../src/stages/tagger/ner/index.js';
import { DEFAULT_NER_MODEL_URL, parseNerModel } from '../src/stages/tagger/ner/model.js';
import { ReferenceTagger } from '../src/stages/tagger/ner/reference-tagger.js';
import { SentenceTagger } from '../src/stages/tagger/ner/tagger.js';
import { readCorpus } from './ner-corpora.js';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, passes: { type: 'string', default: '8' } } });
const rounds = Number(args.rounds);
const passes = Number(args.passes);

const t0 = performance.now();
const bytes = readFileSync(DEFAULT_NER_MODEL_URL);
const t1 = performance.now();
const model = parseNerModel(bytes);
const t2 = performance.now();

let sentences: string[][];
try {
  sentences = [...readCorpus('idner-dev'), ...readCorpus('nergrit-valid')].map((s) => s.tokens);
} catch {
  const sample = 'Presiden Joko Widodo meresmikan jembatan di Kabupaten Bogor , Jawa Barat , Senin ( 12/3 ) .'.split(' ');
  sentences = Array.from({ length: 500 }, () => sample);
}
const t3 = performance.now();
const tagger = new SentenceTagger(model);
const t4 = performance.now();
tagger.tag(sentences[0] ?? [], true);
const t5 = performance.now();
const perPass = sentences.reduce((a, s) => a + s.length, 0);
const tokens = perPass * passes;
for (const s of sentences) tagger.tag(s); // warm-up
const rows: string[] = [];
let best = 0;
// CPU time as well as wall time: on a shared machine the wall clock includes time spent waiting.
let bestCpu = 0;
for (let r = 1; r <= rounds; r++) {
  const a = performance.now();
  const c = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const s of sentences) tagger.tag(s, true);
  const ms = performance.now() - a;
  const cu = process.cpuUsage(c);
  const cpuMs = (cu.user + cu.system) / 1000;
  const tps = (tokens / ms) * 1000;
  const cps = (tokens / cpuMs) * 1000;
  best = Math.max(best, tps);
  bestCpu = Math.max(bestCpu, cps);
  rows.push(
    `round ${r}  ${tokens} tokens  ${ms.toFixed(1).padStart(7)} ms wall ${Math.round(tps).toLocaleString('en').padStart(9)} tokens/s  ${cpuMs.toFixed(1).padStart(7)} ms CPU ${Math.round(cps).toLocaleString('en').padStart(9)} tokens/CPU-s`,
  );
}
/** Best tokens per CPU-second of `rounds` rounds; `fresh` makes the tagger of each pass. */
function cpuRate(fresh: () => { tag(tokens: readonly string[], withMargins: boolean): unknown }): number {
  let out = 0;
  for (let r = 0; r < rounds; r++) {
    const c = process.cpuUsage();
    for (let p = 0; p < passes; p++) {
      const t = fresh();
      for (const s of sentences) t.tag(s, true);
    }
    const cu = process.cpuUsage(c);
    out = Math.max(out, (tokens / ((cu.user + cu.system) / 1000)) * 1000);
  }
  return out;
}
// A fresh tagger per pass: every word is new to its cache (the first article of a batch).
const coldCps = cpuRate(() => new SentenceTagger(model));
const reference = new ReferenceTagger(model);
for (const s of sentences) reference.tag(s); // warm-up
const referenceCps = cpuRate(() => reference);

// The recognizer on one Doc holding all the sentences (offsets, propagation, candidate objects).
const doc = createDoc(ArticleInputSchema.parse({ text: sentences.map((s) => s.join(' ')).join('\n') }), 'bench');
let offset = 0;
sentences.forEach((s, k) => {
  for (const text of s) {
    doc.tokens.push({ start: offset, end: offset + text.length, text, kind: 'word', sentence: k });
    offset += text.length + 1;
  }
});
const recognize = createNerRecognizer({ model });
recognize(doc);
let recMs = Infinity;
for (let r = 0; r < rounds; r++) {
  const a = performance.now();
  recognize(doc);
  recMs = Math.min(recMs, performance.now() - a);
}

console.log(`model: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.info.features} features`);
console.log(`load: read ${(t1 - t0).toFixed(1)} ms + parse ${(t2 - t1).toFixed(1)} ms = ${(t2 - t0).toFixed(1)} ms`);
console.log(`start-up: tagger built in ${(t4 - t3).toFixed(1)} ms, first sentence tagged in ${(t5 - t4).toFixed(1)} ms (cold code)`);
console.log(rows.join('\n'));
console.log(`best: ${Math.round(best).toLocaleString('en')} tokens/s wall, ${Math.round(bestCpu).toLocaleString('en')} tokens per CPU-second (one thread, with margins)`);
console.log(`cold word cache (fresh tagger per pass): ${Math.round(coldCps).toLocaleString('en')} tokens per CPU-second`);
console.log(`reference tagger (feature by feature): ${Math.round(referenceCps).toLocaleString('en')} tokens per CPU-second`);
console.log(`load average: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
console.log(`recognizer on one ${perPass}-token Doc: ${recMs.toFixed(1)} ms, ${Math.round((perPass / recMs) * 1000).toLocaleString('en')} tokens/s`);
