/**
 * Measures the segment stage: sentence splitting, tokenising and the whole stage, and prints a table.
 *
 *   npx tsx scripts/bench-segment.ts [--rounds N]
 *
 * Input: the project's own articles (corpora/samples/*.txt, test/fixtures/articles/*.txt), each
 * analysed as one document, repeated for `rounds` (default 300) after a warm-up. Single thread; the
 * numbers depend on the machine and on what else runs on it.
 */
import { cpus } from 'node:os';
import { createDoc } from '../src/doc/create.js';
import { buildStage } from '../src/pipeline/config.js';
import type { Stage, StageContext } from '../src/doc/stage.js';
import type { Doc } from '../src/doc/doc.js';
import { segmentStage, paragraphBlocks, splitSentences, tokenize } from '../src/stages/segment/index.js';
import { bundledArticleTexts } from './bundled-articles.js';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 300;

function articles(): string[] {
  const texts = bundledArticleTexts();
  if (texts.length === 0) {
    console.error('no articles found under corpora/samples or test/fixtures/articles');
    process.exit(2);
  }
  return texts;
}

function docOf(text: string): Doc {
  const doc = createDoc({ body: text }, 'bench');
  doc.layers.push('text');
  return doc;
}

interface Row {
  name: string;
  ms: number;
  sentences: number;
  tokens: number;
  chars: number;
  docs: number;
}

function time(name: string, texts: string[], body: (doc: Doc) => { sentences: number; tokens: number }): Row {
  const docs = texts.map(docOf);
  for (let w = 0; w < 20; w++) for (const d of docs) body(d);
  let sentences = 0;
  let tokens = 0;
  let chars = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const n = body(d);
      sentences += n.sentences;
      tokens += n.tokens;
      chars += d.text.length;
    }
  }
  return { name, ms: performance.now() - t0, sentences, tokens, chars, docs: rounds * docs.length };
}

const texts = articles();
const stage: Stage = buildStage(segmentStage);
const ctx: StageContext = { report() {} };

const rows = [
  time('splitSentences', texts, (doc) => {
    let sentences = 0;
    for (const b of paragraphBlocks(doc)) sentences += splitSentences(doc.text, b.start, b.end, b.paragraph).length;
    return { sentences, tokens: 0 };
  }),
  time('tokenize (whole text)', texts, (doc) => ({ sentences: 0, tokens: tokenize(doc.text).length })),
  time('segment stage', texts, (doc) => {
    stage.run(doc, ctx);
    return { sentences: doc.sentences.length, tokens: doc.tokens.length };
  }),
];

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`\nsegment benchmark: ${texts.length} articles × ${rounds} rounds, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), shared machine\n`);
const header = ['what', 'sentences/s', 'tokens/s', 'Mchars/s', 'µs/article'];
const lines = rows.map((r) => [
  r.name,
  r.sentences ? fmt((r.sentences / r.ms) * 1000) : '-',
  r.tokens ? fmt((r.tokens / r.ms) * 1000) : '-',
  (r.chars / 1e6 / (r.ms / 1000)).toFixed(1),
  ((r.ms * 1000) / r.docs).toFixed(1),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const out = (l: string[]) => console.log(l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
out(header);
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const l of lines) out(l);
