/**
 * Scores warta on the hand-annotated real news of ../shared/corpora/news (the rules of its README,
 * the same as ../shared/tools/score-news.mjs): PERSON/ORG/LOC entity P/R/F1 (one to one, a type error
 * is a false positive and a false negative), entities of the wrong type, direct quotes with the right
 * speaker, roles (person, title), money (value, currency). The gold is split in two halves (odd and
 * even articles): tune on half 1, report both.
 *
 *   npx tsx scripts/eval-news.ts [--errors] [--half 1|2] [--config pipeline.json] [--gold FILE] [--extra FILE] [--written]
 *
 * `--written` adds a row for the articles written for warta with their annotations (corpora/news-written,
 * in the project; the tagger is not trained on them by default), also without ../shared/corpora.
 * `--extra FILE` (repeatable) scores one more gold file of the same shape (articles of detik-dev.jsonl annotated
 * by the developers following GUIDE.md; kept outside the project) as a row of its own; with --half,
 * its errors are listed with the half's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline } from '../src/pipeline/pipeline.js';
import type { PipelineConfig } from '../src/schema/config.js';
import type { Summary } from '../src/schema/summary.js';
import { WRITTEN_DIR } from './ner-corpora.js';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    half: { type: 'string' },
    config: { type: 'string' },
    gold: { type: 'string', default: '../shared/corpora/news/detik-dev-gold.jsonl' },
    articles: { type: 'string', default: '../shared/corpora/news/detik-dev.jsonl' },
    extra: { type: 'string', multiple: true },
    written: { type: 'boolean', default: false },
  },
});

interface GoldEntity {
  type: string;
  name: string;
  forms: string[];
}
interface Gold {
  id: string;
  entities: GoldEntity[];
  quotes?: { opening: string; speaker: string | null }[];
  roles?: { person: string; title: string; org: string | null }[];
  money?: { text: string; value: number; currency: string }[];
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Lowercased, quotes and punctuation removed, spaces folded: how the rules compare strings. */
const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”"'‘’.,:;!?()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const firstWords = (s: string, k: number) => norm(s).split(' ').slice(0, k).join(' ');
const NAMED = new Set(['PERSON', 'ORG', 'LOC']);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  wrongType: number;
  byType: Record<string, { tp: number; fp: number; fn: number }>;
  qGold: number;
  qFound: number;
  qRight: number;
  qSpurious: number;
  rTp: number;
  rP: number;
  rG: number;
  mTp: number;
  mP: number;
  mG: number;
  errors: string[];
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, wrongType: 0, byType: {}, qGold: 0, qFound: 0, qRight: 0, qSpurious: 0, rTp: 0, rP: 0, rG: 0, mTp: 0, mP: 0, mG: 0, errors: [] };
}

/** Scores one article's summary against its gold, adding to `c`. */
function score(g: Gold, o: Summary, c: Counts): void {
  const err = (m: string) => c.errors.push(`${g.id}: ${m}`);
  // The span invariant, checked on every article: a broken span is a bug, not a score.
  for (const e of o.entities) for (const m of e.mentions) if (o.text.slice(m.start, m.end) !== m.text) throw new Error(`${g.id}: mention "${m.text}" of ${e.id} does not slice its text`);
  for (const q of o.quotes) if (o.text.slice(q.start, q.end) !== q.text) throw new Error(`${g.id}: quote does not slice its text`);
  const formsOf = (e: GoldEntity) => new Set([e.name, ...e.forms].map(norm));
  const gEnts = g.entities.filter((e) => NAMED.has(e.type)).map((e) => ({ ...e, f: formsOf(e), used: false }));
  const pEnts = o.entities.filter((e) => NAMED.has(e.type)).map((e) => ({ e, f: new Set([e.text, ...e.mentions.map((m) => m.text)].map(norm)) }));
  const meets = (p: { f: Set<string> }, ge: { f: Set<string> }) => [...p.f].some((x) => ge.f.has(x));
  const t = (type: string) => (c.byType[type] ??= { tp: 0, fp: 0, fn: 0 });
  for (const p of pEnts) {
    const ge = gEnts.find((x) => !x.used && x.type === p.e.type && meets(p, x));
    if (ge) {
      ge.used = true;
      c.tp++;
      t(p.e.type).tp++;
      continue;
    }
    c.fp++;
    t(p.e.type).fp++;
    const any = gEnts.find((x) => meets(p, x));
    if (any && any.type !== p.e.type) c.wrongType++;
    err(`FP ${p.e.type} "${p.e.text}"${any ? ` (gold ${any.type} "${any.name}"${any.used ? ', already matched: split' : ''})` : ''}`);
  }
  for (const ge of gEnts) {
    if (ge.used) continue;
    c.fn++;
    t(ge.type).fn++;
    err(`FN ${ge.type} "${ge.name}"`);
  }

  const goldForms = new Map(g.entities.map((e) => [e.name, formsOf(e)]));
  const pQuotes = o.quotes.map((q) => ({ q, t: norm(q.text), used: false }));
  for (const gq of g.quotes ?? []) {
    c.qGold++;
    const open = firstWords(gq.opening, 4);
    const pq = pQuotes.find((x) => !x.used && (x.t.startsWith(open) || x.t.includes(firstWords(gq.opening, 6))));
    if (!pq) {
      err(`quote missed "${gq.opening}"`);
      continue;
    }
    pq.used = true;
    c.qFound++;
    const sp = pq.q.speaker;
    let right: boolean;
    if (gq.speaker === null || /^\[.*\]$/.test(gq.speaker)) right = !sp;
    else {
      const gf = goldForms.get(gq.speaker) ?? new Set([norm(gq.speaker)]);
      const ent = sp?.entity ? o.entities.find((e) => e.id === sp.entity) : undefined;
      const cand = [sp?.name, ent?.text, ...(ent?.mentions ?? []).map((m) => m.text)].filter(Boolean).map(norm);
      right = cand.some((x) => gf.has(x));
    }
    if (right) c.qRight++;
    else err(`quote "${gq.opening}" speaker ${JSON.stringify(sp?.name ?? null)}, gold ${JSON.stringify(gq.speaker)}`);
  }
  c.qSpurious += pQuotes.filter((x) => !x.used).length;

  const gRoles = (g.roles ?? []).map((r) => ({ f: goldForms.get(r.person) ?? new Set([norm(r.person)]), title: norm(r.title), used: false, r }));
  c.rG += gRoles.length;
  for (const e of o.entities.filter((x) => x.type === 'PERSON')) {
    const f = [e.text, ...e.mentions.map((m) => m.text)].map(norm);
    for (const r of e.roles ?? []) {
      c.rP++;
      const title = norm(r.title);
      const gr = gRoles.find((x) => !x.used && f.some((y) => x.f.has(y)) && (x.title === title || x.title.includes(title) || title.includes(x.title)));
      if (gr) {
        gr.used = true;
        c.rTp++;
      } else err(`role FP "${r.title}" on "${e.text}"`);
    }
  }
  for (const gr of gRoles) if (!gr.used) err(`role FN "${gr.r.title}" of "${gr.r.person}"`);

  const key = (v: unknown, cur: unknown) => `${String(v)}|${String(cur ?? 'IDR')}`;
  const gSet = new Map((g.money ?? []).map((m) => [key(m.value, m.currency), m.text]));
  const pSet = new Map(o.entities.filter((x) => x.type === 'MONEY').map((e) => [key(e.value ?? e.min, e.currency), e.text]));
  c.mG += gSet.size;
  c.mP += pSet.size;
  for (const [k, text] of pSet) {
    if (gSet.has(k)) c.mTp++;
    else err(`money FP "${text}" ${k}`);
  }
  for (const [k, text] of gSet) if (!pSet.has(k)) err(`money FN "${text}" ${k}`);
}

const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const f3 = (x: number) => x.toFixed(3);

const config = values.config ? (JSON.parse(readFileSync(values.config, 'utf8')) as PipelineConfig) : {};
const pipeline = createPipeline(config);
const onlyWritten = values.written && !existsSync(values.articles);
const gold = onlyWritten ? [] : jsonl<Gold>(values.gold);
const byId = new Map(onlyWritten ? [] : jsonl<{ id: string; title: string; body: string }>(values.articles).map((a) => [a.id, a]));
const halves: [string, Gold[]][] = [
  ['half 1 (tuning)', gold.filter((_, i) => i % 2 === 0)],
  ['half 2 (report)', gold.filter((_, i) => i % 2 === 1)],
  ['all', gold],
];
for (const file of values.extra ?? []) halves.push([`extra (${file.split('/').pop()})`, jsonl<Gold>(file)]);
if (values.written) {
  const files = readdirSync(WRITTEN_DIR).filter((f) => f.endsWith('-articles.jsonl')).sort();
  for (const f of files) for (const a of jsonl<{ id: string; title: string; body: string }>(join(WRITTEN_DIR, f))) byId.set(a.id, a);
  halves.push([`extra (written for warta)`, files.flatMap((f) => jsonl<Gold>(join(WRITTEN_DIR, f.replace('-articles', '-gold'))))]);
}
const wanted = values.half ? halves.filter(([name]) => name.startsWith(`half ${values.half}`) || name.startsWith('extra')) : halves;

const rows: string[] = [];
let errorsOf: string[] = [];
for (const [name, set] of wanted) {
  const c = emptyCounts();
  for (const g of set) {
    const a = byId.get(g.id);
    if (!a) throw new Error(`${g.id} is not in ${values.articles}`);
    score(g, pipeline.analyze({ id: a.id, title: a.title, body: a.body }), c);
  }
  if (values.half || name === 'all' || name.startsWith('extra')) errorsOf = [...errorsOf, ...c.errors];
  const ent = prf(c.tp, c.fp, c.fn);
  const typeP = (t: string) => {
    const v = c.byType[t] ?? { tp: 0, fp: 0, fn: 0 };
    return f3(prf(v.tp, v.fp, v.fn).p);
  };
  const role = prf(c.rTp, c.rP - c.rTp, c.rG - c.rTp);
  const money = prf(c.mTp, c.mP - c.mTp, c.mG - c.mTp);
  rows.push(
    `| ${name} (${set.length}) | ${f3(ent.f)} (${f3(ent.p)} / ${f3(ent.r)}) | ${typeP('ORG')} / ${typeP('PERSON')} / ${typeP('LOC')} | ${c.wrongType} | ${((100 * c.qRight) / c.qGold).toFixed(1)}% (${c.qFound}/${c.qGold} found, ${c.qSpurious} spurious) | ${role.p.toFixed(2)} / ${role.r.toFixed(2)} | ${money.p.toFixed(2)} / ${money.r.toFixed(2)} |`,
  );
}
if (values.errors) for (const e of errorsOf) console.log(`  ${e}`);
console.log(`news facts, config ${pipeline.hash}: ${values.gold}`);
console.log('| articles | PERSON/ORG/LOC F1 (P / R) | ORG P / PERSON P / LOC P | wrong type | quotes, right speaker | roles P / R | money P / R |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
