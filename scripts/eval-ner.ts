/**
 * Scores the NER model (exact-span matching; precision, recall, F1 per type and micro) on the
 * development sets: idner-news-2k dev, NERGRIT valid, NERP valid (lowercased news), and idner-news-2k
 * dev lowercased and title-cased (robustness); then the margin → precision table behind the candidates'
 * `score`.
 *
 *   npx tsx scripts/eval-ner.ts [--model models/ner/ner.bin]
 */
import { parseArgs } from 'node:util';
import { bioToSpans, labelNames, spanMargin } from '../src/stages/tagger/ner/bio.js';
import { marginToScore } from '../src/stages/tagger/ner/index.js';
import { loadNerModel } from '../src/stages/tagger/ner/model.js';
import { SentenceTagger } from '../src/stages/tagger/ner/tagger.js';
import { formatScores, lowercased, readCorpus, scoreSpans, titleCased, type NerSentence } from './ner-corpora.js';

const { values: args } = parseArgs({
  options: { model: { type: 'string', default: new URL('../models/ner/ner.bin', import.meta.url).pathname } },
});

const tagger = new SentenceTagger(loadNerModel(args.model));
// Margin → precision, to re-fit marginToScore() in src/stages/tagger/ner/index.ts after retraining.
const calibration: [number, boolean][] = [];
const sets: [string, NerSentence[]][] = [
  ['idner-news-2k dev', readCorpus('idner-dev')],
  ['NERGRIT valid', readCorpus('nergrit-valid')],
  ['NERP valid (lowercase; EVT/FNB as O)', readCorpus('nerp-valid')],
  ['idner-news-2k dev, lowercased', lowercased(readCorpus('idner-dev'))],
  ['idner-news-2k dev, title-cased like a headline', titleCased(readCorpus('idner-dev'))],
];
for (const [name, data] of sets) {
  const pred = data.map((s) => {
    const { labels, margins } = tagger.tag(s.tokens, true);
    const names = labelNames(labels);
    if (name === sets[0]?.[0] || name === sets[1]?.[0]) {
      const gold = new Set(bioToSpans(s.labels).map((x) => `${x.type}:${x.start}:${x.end}`));
      for (const sp of bioToSpans(names)) {
        calibration.push([spanMargin(margins, sp.start, sp.end), gold.has(`${sp.type}:${sp.start}:${sp.end}`)]);
      }
    }
    return names;
  });
  console.log(formatScores(`${name} (${data.length} sentences)`, scoreSpans(data.map((s) => s.labels), pred)));
  console.log();
}

calibration.sort((a, b) => a[0] - b[0]);
console.log('Span margin (smallest over its tokens) → share of exact hits, idner-news-2k dev + NERGRIT valid');
for (let k = 0; k < 8; k++) {
  const part = calibration.slice(Math.floor((k * calibration.length) / 8), Math.floor(((k + 1) * calibration.length) / 8));
  const hits = part.filter((r) => r[1]).length;
  const lo = part[0]?.[0] ?? 0;
  const hi = part[part.length - 1]?.[0] ?? 0;
  console.log(`margin ${lo.toFixed(1).padStart(6)} .. ${hi.toFixed(1).padStart(6)}  precision ${(hits / Math.max(1, part.length)).toFixed(2)}  score ${marginToScore((lo + hi) / 2).toFixed(2)}`);
}
