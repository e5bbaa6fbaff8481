/**
 * Evaluates language identification on development data and prints tables.
 *
 *   npx tsx scripts/eval-language.ts
 *
 * Data:
 * - ../shared/corpora/langid/udhr.tsv: the UDHR paragraph by paragraph (id, ms, jv, su, min). Dev
 *   only, never trained on. franc was trained on this very text, so franc's numbers here flatter it.
 * - corpora/langid/{id,ms}.heldout.txt: news-style sentences written by the warta authors apart
 *   from the training sentences and never used for training or tuning. Same authors as the training
 *   text, so expect real news to be harder.
 * - corpora/langid/{id,ms}.test.txt: a second set written the same way after the first model, kept
 *   for one final measurement; only printed with --final.
 * Each set is also scored as "headlines": the first 6 words of every item.
 * Accuracy per pair: only items of the two languages, and only those two labels allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { francAll } from 'franc-min';
import { detectLanguage } from '../src/stages/language/index.js';
import { defaultModel } from '../src/stages/language/model.js';
import { posterior, scoreText } from '../src/stages/language/score.js';

const UDHR = new URL('../../shared/corpora/langid/udhr.tsv', import.meta.url);
const CORPUS = new URL('../corpora/langid/', import.meta.url);
const ISO3: Record<string, string> = { ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', eng: 'en' };
const FRANC_ONLY = Object.keys(ISO3);

interface Item {
  gold: string;
  text: string;
}

function loadUdhr(): Item[] {
  if (!existsSync(UDHR)) {
    console.error(`missing ${UDHR.pathname}: the UDHR dev set lives in ../shared/corpora (developers' machines only)`);
    process.exit(2);
  }
  return readFileSync(UDHR, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [gold, text] = l.split('\t') as [string, string];
      return { gold, text };
    });
}

function loadHeldout(suffix = 'heldout'): Item[] {
  const items: Item[] = [];
  for (const gold of ['id', 'ms']) {
    const text = readFileSync(new URL(`${gold}.${suffix}.txt`, CORPUS), 'utf8');
    for (const line of text.split('\n')) if (line.trim()) items.push({ gold, text: line.trim() });
  }
  return items;
}

const headline = (items: Item[]): Item[] => items.map((i) => ({ gold: i.gold, text: i.text.split(/\s+/).slice(0, 6).join(' ') }));

type Predictor = (text: string, allowed?: readonly string[]) => string;

const model = defaultModel();
const warta: Predictor = (text, allowed) => {
  if (!allowed) return detectLanguage(text).code;
  const p = posterior(scoreText(model, text).scores, model.temperature);
  let best = 'und';
  let bestP = -1;
  model.classes.forEach((c, i) => {
    if (allowed.includes(c) && p[i]! > bestP) {
      bestP = p[i]!;
      best = c;
    }
  });
  return best;
};
const franc: Predictor = (text, allowed) => {
  const only = allowed ? FRANC_ONLY.filter((k) => allowed.includes(ISO3[k]!)) : FRANC_ONLY;
  const [best] = francAll(text, { only, minLength: 1 });
  return best ? (ISO3[best[0]] ?? 'und') : 'und';
};

function pairTable(name: string, items: Item[], pairs: [string, string][]): void {
  console.log(`\n## ${name}: accuracy per language pair (n = items of the two languages)`);
  console.log('| pair | n | warta | franc-min |');
  console.log('|---|---|---|---|');
  for (const [a, b] of pairs) {
    const subset = items.filter((i) => i.gold === a || i.gold === b);
    if (subset.length === 0) continue;
    const acc = (p: Predictor) => subset.filter((i) => p(i.text, [a, b]) === i.gold).length / subset.length;
    console.log(`| ${a}-${b} | ${subset.length} | ${(100 * acc(warta)).toFixed(1)}% | ${(100 * acc(franc)).toFixed(1)}% |`);
  }
}

function confusion(name: string, items: Item[], p: Predictor, labels: string[]): void {
  const golds = [...new Set(items.map((i) => i.gold))];
  const table = new Map<string, Map<string, number>>();
  let right = 0;
  for (const item of items) {
    const guess = p(item.text);
    if (guess === item.gold) right++;
    const row = table.get(item.gold) ?? new Map<string, number>();
    row.set(guess, (row.get(guess) ?? 0) + 1);
    table.set(item.gold, row);
  }
  const cols = [...new Set([...labels, ...[...table.values()].flatMap((r) => [...r.keys()])])];
  console.log(`\n## ${name}: confusion (rows gold, columns predicted), accuracy ${(100 * right / items.length).toFixed(1)}%`);
  console.log(`| gold | ${cols.join(' | ')} |`);
  console.log(`|---|${cols.map(() => '---').join('|')}|`);
  for (const g of golds) console.log(`| ${g} | ${cols.map((c) => table.get(g)?.get(c) ?? 0).join(' | ')} |`);
}

const udhr = loadUdhr();
const heldout = loadHeldout();
const pairs: [string, string][] = [
  ['id', 'ms'], ['id', 'jv'], ['id', 'su'], ['ms', 'jv'], ['ms', 'su'], ['jv', 'su'],
];
const labels = ['id', 'ms', 'jv', 'su', 'en', 'und'];
pairTable('UDHR paragraphs (dev; franc trained on it)', udhr, pairs);
pairTable('UDHR first 6 words', headline(udhr), pairs);
pairTable('held-out news sentences (own, never tuned on)', heldout, [['id', 'ms']]);
pairTable('held-out first 6 words', headline(heldout), [['id', 'ms']]);
confusion('UDHR, warta (all languages; min = Minangkabau, not a class)', udhr, warta, labels);
confusion('UDHR, franc-min (only id, ms, jv, su, en)', udhr, franc, labels);
confusion('held-out news sentences, warta', heldout, warta, labels);
confusion('held-out news sentences, franc-min (only id, ms, jv, su, en)', heldout, franc, labels);
if (process.argv.includes('--final')) {
  const test = loadHeldout('test');
  pairTable('final test sentences (own, kept for the final measurement)', test, [['id', 'ms']]);
  pairTable('final test first 6 words', headline(test), [['id', 'ms']]);
  confusion('final test sentences, warta', test, warta, labels);
}
