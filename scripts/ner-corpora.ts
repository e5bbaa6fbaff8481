/**
 * Readers for the NER corpora in ../shared/corpora/ner and the span-level scorer shared by
 * scripts/train-ner.ts and scripts/eval-ner.ts. Scripts only: nothing here ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bioToSpans } from '../src/stages/tagger/ner/bio.js';
import { NER_TYPES } from '../src/stages/tagger/ner/labels.js';
import { splitSentences, tokenize } from '../src/stages/segment/index.js';

export const CORPORA_DIR = process.env.WARTA_CORPORA ?? new URL('../../shared/corpora/ner', import.meta.url).pathname;

export interface NerSentence {
  tokens: string[];
  labels: string[];
}

export type CorpusName = 'idner-train' | 'idner-dev' | 'nergrit-train' | 'nergrit-valid' | 'nerp-train' | 'nerp-valid';

const FILES: Record<CorpusName, [string, string]> = {
  'idner-train': ['idner-news-2k/train.txt', 'idner'],
  'idner-dev': ['idner-news-2k/dev.txt', 'idner'],
  'nergrit-train': ['indonlu-nergrit/train.txt', 'nergrit'],
  'nergrit-valid': ['indonlu-nergrit/valid.txt', 'nergrit'],
  'nerp-train': ['indonlu-nerp/train.txt', 'nerp'],
  'nerp-valid': ['indonlu-nerp/valid.txt', 'nerp'],
};

const TYPE_MAP: Record<string, string | null> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  PPL: 'PERSON',
  ORG: 'ORG',
  ORGANISATION: 'ORG',
  IND: 'ORG',
  LOC: 'LOC',
  PLACE: 'LOC',
  PLC: 'LOC',
  EVT: null,
  FNB: null,
};

/** Maps a corpus tag to our label set; repairs an `I-X` that follows no `X` into `B-X`. */
function mapLabels(tags: string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const tag of tags) {
    const m = /^([BI])-(.+)$/.exec(tag);
    const type = m?.[2] ? TYPE_MAP[m[2]] : null;
    if (!m || !type) {
      if (m && type === undefined) throw new Error(`Unknown NER tag ${tag}`);
      out.push('O');
      prevType = '';
      continue;
    }
    const bi = m[1] === 'I' && prevType === type ? 'I' : 'B';
    out.push(`${bi}-${type}`);
    prevType = type;
  }
  return out;
}

/** A token title-cased as in a headline: first code unit upper-cased ("jakarta" → "Jakarta"). */
export function titleCase(token: string): string {
  return (token[0] ?? '').toUpperCase() + token.slice(1);
}

/** Copies of the sentences with every token lowercased (labels shared), for robustness scores. */
export function lowercased(data: readonly NerSentence[]): NerSentence[] {
  return data.map((s) => ({ tokens: s.tokens.map((t) => t.toLowerCase()), labels: s.labels }));
}

/** Copies of the sentences with every token title-cased like a headline (labels shared). */
export function titleCased(data: readonly NerSentence[]): NerSentence[] {
  return data.map((s) => ({ tokens: s.tokens.map(titleCase), labels: s.labels }));
}

/** Reads one corpus; throws a clear error when ../shared/corpora is not there. */
export function readCorpus(name: CorpusName): NerSentence[] {
  const [file] = FILES[name];
  const path = join(CORPORA_DIR, file);
  if (!existsSync(path)) {
    throw new Error(`NER corpus ${name} not found at ${path}. These scripts need ../shared/corpora/ner (or WARTA_CORPORA=/path/to/ner).`);
  }
  const sentences: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, labels: mapLabels(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/\r/g, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(/[\t ]+/).filter((c) => c !== '');
    const token = cols[0];
    const tag = cols[cols.length - 1];
    if (cols.length < 2 || token === undefined || tag === undefined) continue;
    tokens.push(token);
    tags.push(tag);
  }
  flush();
  return sentences;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-span counts per type and overall ("micro"). */
export function scoreSpans(gold: readonly string[][], pred: readonly string[][]): Map<string, Counts> {
  const counts = new Map<string, Counts>([...NER_TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, k) => {
    const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;
    const gs = new Map(bioToSpans(g).map((s) => [key(s), s.type]));
    const ps = new Map(bioToSpans(pred[k] ?? []).map((s) => [key(s), s.type]));
    for (const [kk, t] of ps) {
      const c = gs.has(kk) ? 'tp' : 'fp';
      (counts.get(t) as Counts)[c]++;
      (counts.get('micro') as Counts)[c]++;
    }
    for (const [kk, t] of gs) {
      if (ps.has(kk)) continue;
      (counts.get(t) as Counts).fn++;
      (counts.get('micro') as Counts).fn++;
    }
  });
  return counts;
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

/** A printable table of per-type and micro scores. */
export function formatScores(title: string, counts: Map<string, Counts>): string {
  const lines = [`${title}`, 'type      gold  pred    P      R      F1'];
  for (const [type, c] of counts) {
    const { p, r, f } = prf(c);
    lines.push(
      `${type.padEnd(8)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}

/** The articles written for warta with their hand annotations (`corpora/news-written/`, MIT). */
export const WRITTEN_DIR = new URL('../corpora/news-written', import.meta.url).pathname;

interface WrittenGold {
  id: string;
  entities: { type: string; name: string; forms: string[] }[];
}

/**
 * Reads the written articles as tagger sentences: title and body split into sentences and tokens by
 * the segment stage's own functions, each token labelled from the article's annotated entity forms
 * (case-sensitive, whole words, longest form first, so "Bank Indonesia" wins over "Indonesia"). A form
 * whose occurrence does not fall on token boundaries labels nothing. `ids` keeps only those articles.
 */
export function readWritten(dir = WRITTEN_DIR, ids?: (id: string) => boolean): NerSentence[] {
  if (!existsSync(dir)) throw new Error(`written articles not found at ${dir}`);
  const sentences: NerSentence[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('-articles.jsonl')).sort();
  for (const file of files) {
    const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const articles = lines(join(dir, file)).map((l) => JSON.parse(l) as { id: string; title: string; body: string });
    const golds = new Map(lines(join(dir, file.replace('-articles', '-gold'))).map((l) => {
      const g = JSON.parse(l) as WrittenGold;
      return [g.id, g] as const;
    }));
    for (const a of articles) {
      if (ids && !ids(a.id)) continue;
      const gold = golds.get(a.id);
      if (!gold) throw new Error(`${file}: no annotation for ${a.id}`);
      sentences.push(...labelText(a.title, gold), ...labelText(a.body, gold));
    }
  }
  return sentences;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text's sentences as tokens labelled with the annotated forms. */
export function labelText(text: string, gold: WrittenGold): NerSentence[] {
  const forms = gold.entities
    .flatMap((e) => e.forms.map((form) => ({ form, type: e.type })))
    .filter((f) => f.form.length > 0 && ['PERSON', 'ORG', 'LOC'].includes(f.type))
    .sort((a, b) => b.form.length - a.form.length);
  const owner = new Array<string | null>(text.length).fill(null);
  const begins = new Set<number>();
  for (const { form, type } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      if (owner.slice(at, end).some((o) => o !== null)) continue;
      for (let k = at; k < end; k++) owner[k] = type;
      begins.add(at);
    }
  }
  const out: NerSentence[] = [];
  for (const s of splitSentences(text)) {
    const tokens = tokenize(text, s.start, s.end, 0);
    if (tokens.length === 0) continue;
    const labels: string[] = [];
    let open: string | null = null;
    for (const t of tokens) {
      const type = owner[t.start] ?? null;
      // A token only partly inside a form, or a form not starting on a token, labels nothing.
      const whole = type !== null && owner[t.end - 1] === type;
      if (!whole) {
        labels.push('O');
        open = null;
      } else if (begins.has(t.start) || open !== type) {
        labels.push(`B-${type}`);
        open = type;
      } else labels.push(`I-${type}`);
    }
    out.push({ tokens: tokens.map((t) => t.text), labels });
  }
  return out;
}
