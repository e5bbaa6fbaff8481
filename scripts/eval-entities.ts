/**
 * Scores the entity stages (the rules of the names stage, the trained tagger, and both together) on
 * the NER development sets, exact-span matching per type: the numbers behind the defaults of the
 * names stage's `minScore` and the tagger stage's `priority`.
 *
 *   npx tsx scripts/eval-entities.ts [--limit N]
 *
 * Each gold sentence is joined with spaces into one article body and run through clean → segment →
 * numbers → amounts → names → tagger → coref; every PERSON/ORG/LOC mention is mapped back to gold
 * token positions.
 */
import { parseArgs } from 'node:util';
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import type { StageConfig } from '../src/schema/config.js';
import { formatScores, readCorpus, scoreSpans, type CorpusName } from './ner-corpora.js';

const { values: args } = parseArgs({ options: { limit: { type: 'string', default: '100000' } } });
const limit = Number(args.limit);

/** The entity stages: the rules with a cut-off (or none), the tagger with a priority (or none). */
function entityStages(rules: number | null | false, priority: number | false): StageConfig[] {
  return [
    { name: 'amounts' },
    ...(priority === false ? [] : [{ name: 'tagger', options: { priority } }]),
    ...(rules === false ? [] : [{ name: 'names', options: { minScore: rules } }]),
    { name: 'coref' },
  ];
}

const configs: [string, StageConfig[]][] = [
  ['rules only', entityStages(null, false)],
  ['model only', entityStages(false, 3)],
  ['rules (all) + model, priority 2', entityStages(0, 2)],
  ['rules (score >= 2) + model, priority 2', entityStages(2, 2)],
  ['rules (score >= 2.5) + model, priority 2', entityStages(2.5, 2)],
  ['rules (score >= 2) + model, priority 3', entityStages(2, 3)],
  ['rules (score >= 2.5) + model, priority 3 (default)', entityStages(null, 3)],
];
const sets: [string, CorpusName][] = [
  ['idner-news-2k dev', 'idner-dev'],
  ['NERGRIT valid', 'nergrit-valid'],
];

function labelsFor(pipeline: Pipeline, tokens: string[]): string[] {
  const body = tokens.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  const labels = tokens.map(() => 'O');
  const doc = pipeline.run({ body });
  if (doc.text !== body) return labels;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'LOC') continue;
    for (const m of e.mentions) {
      const first = starts.indexOf(m.start);
      const lastEnd = starts.findIndex((s, i) => s + tokens[i]!.length === m.end);
      if (first < 0 || lastEnd < first) continue;
      labels[first] = `B-${e.type}`;
      for (let i = first + 1; i <= lastEnd; i++) labels[i] = `I-${e.type}`;
    }
  }
  return labels;
}

for (const [setName, corpus] of sets) {
  const data = readCorpus(corpus).slice(0, limit);
  for (const [name, stages] of configs) {
    const pipeline = createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'numbers' }, ...stages] });
    const pred = data.map((s) => labelsFor(pipeline, s.tokens));
    console.log(formatScores(`${setName}: ${name} (${data.length} sentences)`, scoreSpans(data.map((s) => s.labels), pred)));
    console.log();
  }
}
