/**
 * Builds a JSONL dump of ~2.5 KB articles assembled from the NER training sentences (real
 * Indonesian news text with its real vocabulary), for `scripts/bench-batch.ts --dump FILE`. Reads
 * ../shared/corpora/ner (not shipped); the dump is written to a temporary file, never committed.
 *
 *   npx tsx scripts/make-corpus-dump.ts --articles 20000 --out /tmp/warta-corpus-dump.jsonl
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../src/stages/tagger/ner/perceptron.js';
import { readCorpus } from './ner-corpora.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '20000' }, out: { type: 'string', default: '/tmp/warta-corpus-dump.jsonl' } },
});
const n = Number(values.articles);

/** Token list → text: no space before closing punctuation or after opening brackets and quotes. */
function detokenize(tokens: readonly string[]): string {
  let out = '';
  for (const t of tokens) {
    if (out === '' || /^[.,;:!?)\]}%”’]$/.test(t) || /[(\[{“‘]$/.test(out)) out += t;
    else out += ` ${t}`;
  }
  return out;
}

const sentences = [...readCorpus('idner-train'), ...readCorpus('nergrit-train')]
  .map((s) => detokenize(s.tokens))
  .filter((s) => s.length > 40);
const rand = mulberry32(7);
const pick = () => sentences[Math.floor(rand() * sentences.length)]!;
const out = createWriteStream(values.out);
let bytes = 0;
for (let i = 0; i < n; i++) {
  const title = pick().split(' ').slice(0, 10).join(' ');
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 2400) {
    const p = [pick(), pick(), pick()].join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  const line = `${JSON.stringify({ id: `c${i + 1}`, title, body: paragraphs.join('\n\n') })}\n`;
  bytes += line.length;
  out.write(line);
}
out.end(() => console.log(`${n} articles, ${(bytes / n / 1024).toFixed(2)} KB each, from ${sentences.length} sentences → ${values.out}`));
