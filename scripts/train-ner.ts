/**
 * Trains the NER model shipped in models/ner/ner.bin, deterministically (seeded).
 *
 *   npx tsx scripts/train-ner.ts [--epochs 10] [--seed 13] [--lower 0.5] [--title 0.1] [--upper 0.03] [--prune 1] [--dev] [--out models/ner/ner.bin]
 *
 * Data: idner-news-2k train, NERGRIT train and NERP train from ../shared/corpora/ner (MIT), labels
 * mapped to PERSON/ORG/LOC; cased sentences also get a lowercased copy with probability --lower,
 * and a title-cased (--title) or upper-cased (--upper) copy, for headlines.
 * --harmonise false keeps NERP's own organisation labels (see harmonise()).
 * --sets weights corpora ("name:copies", comma-separated); "written" adds the articles written for warta
 * (corpora/news-written, MIT), labelled from their annotated forms (tried: not kept in the default sets,
 * see the README's "Facts on real news"). --dev scores the dev sets
 * (idner-news-2k dev, NERGRIT valid, NERP valid, idner-news-2k dev lowercased and title-cased) after every epoch.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGazetteers, loadGazetteerData, markPhrases, nerGazetteerLists } from '../src/stages/tagger/ner/gazetteers.js';
import { serializeNerModel, type NerModel } from '../src/stages/tagger/ner/model.js';
import { mulberry32 } from '../src/stages/tagger/ner/perceptron.js';
import { trainNerModel } from '../src/stages/tagger/ner/training.js';
import { labelNames } from '../src/stages/tagger/ner/bio.js';
import { SentenceTagger } from '../src/stages/tagger/ner/tagger.js';
import { formatScores, lowercased, prf, readCorpus, readWritten, scoreSpans, titleCase, titleCased, type CorpusName, type NerSentence } from './ner-corpora.js';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '13' },
    lower: { type: 'string', default: '0.5' },
    title: { type: 'string', default: '0.1' },
    upper: { type: 'string', default: '0.03' },
    prune: { type: 'string', default: '1' },
    dev: { type: 'boolean', default: false },
    harmonise: { type: 'string', default: 'true' },
    sets: { type: 'string', default: 'idner-train:4,nergrit-train:1,nerp-train:1' },
    out: { type: 'string', default: new URL('../models/ner/ner.bin', import.meta.url).pathname },
  },
});
const epochs = Number(args.epochs);
const seed = Number(args.seed);
const lowerShare = Number(args.lower);
const prune = Number(args.prune);
const titleShare = Number(args.title);
const upperShare = Number(args.upper);

// "name:copies": a corpus may be given more weight by repeating it.
const TRAIN = args.sets.split(',').map((spec) => {
  const [name, copies] = spec.split(':');
  return { name: name as CorpusName | 'written', copies: Number(copies ?? '1') };
});
const DEV: CorpusName[] = ['idner-dev', 'nergrit-valid', 'nerp-valid'];

const t0 = performance.now();
const rand = mulberry32(seed ^ 0x5eed);
const sentences: NerSentence[] = [];
const knownOrgs = buildGazetteers({ places: [], givenNames: [], orgMarkers: [], titles: [], orgNames: [...nerGazetteerLists().orgNames] }).phrases.get('orgName');
const marks = new Uint8Array(1024);
/**
 * NERP tags only companies as organisations (IND) and leaves state bodies and parties O ("kpk",
 * "dpr", "golkar"), unlike idner-news-2k and NERGRIT. Relabel the well-known ones as ORG so the
 * corpora agree, where they are not inside another entity.
 */
function harmonise(s: NerSentence): NerSentence {
  if (!knownOrgs || s.tokens.length > marks.length) return s;
  const lower = s.tokens.map((t) => t.toLowerCase());
  const m = marks.subarray(0, lower.length);
  markPhrases(knownOrgs, lower, m);
  const labels = [...s.labels];
  for (let i = 0; i < lower.length; i++) {
    if (m[i] !== 1) continue;
    let j = i + 1;
    while (j < lower.length && m[j] === 2) j++;
    if (labels.slice(i, j).every((l) => l === 'O') && labels[j]?.startsWith('I-') !== true) {
      for (let k = i; k < j; k++) labels[k] = k === i ? 'B-ORG' : 'I-ORG';
    }
  }
  return { tokens: s.tokens, labels };
}

for (const { name, copies } of TRAIN) {
  const read = name === 'written' ? readWritten() : readCorpus(name);
  const corpus = name === 'nerp-train' && args.harmonise === 'true' ? read.map(harmonise) : read;
  // A fractional part samples that share of the corpus once more ("nerp-train:0.5").
  for (let copy = 0; copy < Math.ceil(copies); copy++) for (const s of corpus) {
    if (copy + 1 > copies && rand() >= copies - copy) continue;
    sentences.push(s);
    const cased = s.tokens.some((t) => t !== t.toLowerCase());
    // Lowercased copies teach the tagger lowercase text (chat, headlines typed in lowercase, NERP);
    // title-cased and upper-cased copies teach it headlines.
    if (cased && rand() < lowerShare) sentences.push({ tokens: s.tokens.map((t) => t.toLowerCase()), labels: s.labels });
    const r = rand();
    if (cased && r < titleShare) sentences.push({ tokens: s.tokens.map(titleCase), labels: s.labels });
    else if (cased && r < titleShare + upperShare) sentences.push({ tokens: s.tokens.map((t) => t.toUpperCase()), labels: s.labels });
  }
  console.log(`${name}: ${corpus.length} sentences × ${copies}`);
}
console.log(`training sentences with lowercased copies: ${sentences.length}`);

const gazetteerData = await loadGazetteerData();
console.log(`gazetteers: ${gazetteerData.places.length} places, ${gazetteerData.givenNames.length} given names`);

const devSets = args.dev ? DEV.map((name) => ({ name: name as string, data: readCorpus(name) })) : [];
if (args.dev) {
  devSets.push({ name: 'idner-dev-lc', data: lowercased(readCorpus('idner-dev')) });
  devSets.push({ name: 'idner-dev-title', data: titleCased(readCorpus('idner-dev')) });
}

const model = trainNerModel(sentences, gazetteerData, {
  epochs,
  seed,
  pruneBelow: prune,
  trainedOn: TRAIN.map(({ name, copies }) => `${name}×${copies}`),
  // Scoring an epoch builds a model and a tagger: only worth it with --dev.
  ...(args.dev
    ? {
        onEpoch: (epoch: number, m: NerModel) => {
          const line = [`epoch ${epoch} (${((performance.now() - t0) / 1000).toFixed(1)} s)`];
          const tagger = new SentenceTagger(m);
          let mean = 0;
          for (const { name, data } of devSets) {
            const pred = data.map((s) => labelNames(tagger.tag(s.tokens).labels));
            const f = prf(scoreSpans(data.map((s) => s.labels), pred).get('micro') ?? { tp: 0, fp: 0, fn: 0 }).f;
            mean += f / devSets.length;
            line.push(`${name} ${f.toFixed(4)}`);
          }
          line.push(`mean ${mean.toFixed(4)}`);
          console.log(line.join('  '));
        },
      }
    : {}),
});

const bytes = serializeNerModel(model);
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, bytes);
console.log(`wrote ${args.out}: ${model.info.features} features, ${(bytes.length / 1e6).toFixed(2)} MB`);
for (const { name, data } of devSets) {
  const tagger = new SentenceTagger(model);
  const pred = data.map((s) => labelNames(tagger.tag(s.tokens).labels));
  console.log(formatScores(name, scoreSpans(data.map((s) => s.labels), pred)));
}
