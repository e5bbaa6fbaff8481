/**
 * Evaluates sentence splitting on news sentences rebuilt into paragraphs, and prints a table.
 *
 *   npx tsx scripts/eval-segment.ts [--errors N]
 *
 * Data (developers' machines only): the sentence-per-block NER sets in ../shared/corpora/ner
 * (idner-news-2k train+dev, indonlu-nergrit train+valid). Each sentence is detokenised ("kata ,"
 * → "kata,"), and runs of 5 consecutive sentences that end in . ! ? (optionally followed by a
 * closing quote) are joined with a space into one paragraph, so the gold boundaries are the joins.
 * Sentences ending in anything else are left out: nothing in the text marks their end. Reported:
 * boundary precision, recall and F1, and the share of paragraphs split exactly right.
 * The detokeniser is approximate (quotes, "dulu lah"), so treat the numbers as a lower bound.
 */
import { splitSentences } from '../src/stages/segment/index.js';
import { readCorpus, type CorpusName } from './ner-corpora.js';

const SETS: [string, CorpusName[]][] = [
  ['idner-news-2k', ['idner-train', 'idner-dev']],
  ['indonlu-nergrit', ['nergrit-train', 'nergrit-valid']],
];
const GROUP = 5;

/** The gold sentences of some NER corpora, as token lists (readCorpus says when the data is missing). */
function readSentences(corpora: CorpusName[]): string[][] {
  return corpora.flatMap((c) => readCorpus(c).map((sentence) => sentence.tokens));
}

/** Joins tokens the way they are written: no space before , . ) ” nor after ( “, straight quotes paired. */
function detokenize(tokens: string[]): string {
  let text = '';
  let openStraight = false;
  let glueNext = true;
  for (const t of tokens) {
    let glue = glueNext;
    glueNext = false;
    if (/^[,.;:!?)\]”’%]$/.test(t) || t === '...' || t === '…') glue = true;
    // "2" "." "000" was one number: "2.000"
    else if (/^\d/.test(t) && /\d[.,]$/.test(text)) glue = true;
    else if (t === '"') {
      if (openStraight) glue = true;
      else glueNext = true;
      openStraight = !openStraight;
    } else if (t === '(' || t === '[' || t === '“' || t === '‘') glueNext = true;
    text += glue ? t : ` ${t}`;
  }
  return text;
}

const ENDS = /[.!?]["”’)]?$/;
const errorsArg = process.argv.indexOf('--errors');
const showErrors = errorsArg >= 0 ? Number(process.argv[errorsArg + 1] ?? 10) : 0;

const rows: string[][] = [];
for (const [name, corpora] of SETS) {
  const sentences = readSentences(corpora)
    .map(detokenize)
    .filter((s) => ENDS.test(s));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let groups = 0;
  const errors: string[] = [];
  for (let i = 0; i + GROUP <= sentences.length; i += GROUP) {
    const group = sentences.slice(i, i + GROUP);
    const text = group.join(' ');
    const gold = new Set<number>();
    let at = 0;
    for (const s of group.slice(0, -1)) {
      at += s.length;
      gold.add(at);
      at += 1;
    }
    const predicted = new Set(splitSentences(text).map((s) => s.end).filter((e) => e < text.length));
    let ok = true;
    for (const p of predicted) {
      if (gold.has(p)) tp++;
      else {
        fp++;
        ok = false;
        if (errors.length < showErrors) errors.push(`false split: …${text.slice(Math.max(0, p - 40), p)}‖${text.slice(p, p + 30)}…`);
      }
    }
    for (const g of gold) {
      if (!predicted.has(g)) {
        fn++;
        ok = false;
        if (errors.length < showErrors) errors.push(`missed:      …${text.slice(Math.max(0, g - 40), g)}‖${text.slice(g, g + 30)}…`);
      }
    }
    groups++;
    if (ok) exact++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  rows.push([name, String(sentences.length), String(tp + fn), (100 * precision).toFixed(1), (100 * recall).toFixed(1), (100 * f1).toFixed(1), `${((100 * exact) / groups).toFixed(1)}%`]);
  if (errors.length > 0) console.log(`\n${name}:\n  ${errors.join('\n  ')}`);
}

const header = ['set', 'sentences', 'boundaries', 'P %', 'R %', 'F1 %', 'paragraphs exact'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const out = (r: string[]) => console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log(`\nsentence boundaries, paragraphs of ${GROUP} sentences\n`);
out(header);
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) out(r);
