/**
 * Evaluates warta's `stem()` (natural's port of Sastrawi, behind warta's rules for acronyms and
 * words with digits) and prints tables.
 *
 *   npx tsx scripts/eval-stem.ts [--errors N]
 *
 * Data (developers' machines only, never shipped):
 * - ../shared/corpora/stem/sastrawi-pairs.tsv: Sastrawi's own test pairs (word, stem, status,
 *   suite). "functional" was written against a ~150-word test dictionary, so some of its
 *   expectations cannot hold with the full dictionary; rows with a malformed status are skipped.
 * - ../shared/corpora/stem/ud-lemmas-csui-gsd.tsv: form → lemma from UD Indonesian CSUI and GSD
 *   with counts. Lemmas are derivational roots, close to (not the same as) Sastrawi stems.
 *   Token-weighted accuracy counts each row `count` times; type-weighted counts each distinct
 *   (form, lemma) once. The "identity" column is the baseline of not stemming at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { stem } from '../src/stages/stem/index.js';

const DIR = new URL('../../shared/corpora/stem/', import.meta.url);
const PAIRS = new URL('sastrawi-pairs.tsv', DIR);
const UD = new URL('ud-lemmas-csui-gsd.tsv', DIR);

function readTsv(url: URL): string[][] {
  if (!existsSync(url)) {
    console.error(`missing ${url.pathname}: the stemmer dev sets live in ../shared/corpora (developers' machines only)`);
    process.exit(2);
  }
  return readFileSync(url, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function table(headers: string[], rows: (string | number)[][]): void {
  const all = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}

const errorsArg = process.argv.indexOf('--errors');
const showErrors = errorsArg >= 0 ? Number(process.argv[errorsArg + 1] ?? 20) : 0;

// --- Sastrawi pairs, per suite and status
{
  const groups = new Map<string, { n: number; ok: number; misses: string[] }>();
  let skipped = 0;
  for (const [word, expected, status, suite] of readTsv(PAIRS)) {
    if (!word || !expected || !suite || (status !== 'active' && status !== 'commented')) {
      skipped++;
      continue;
    }
    for (const key of [`${suite} (${status})`, 'all']) {
      const g = groups.get(key) ?? { n: 0, ok: 0, misses: [] };
      g.n++;
      const got = stem(word);
      if (got === expected) g.ok++;
      else if (key !== 'all') g.misses.push(`${word}→${got} (want ${expected})`);
      groups.set(key, g);
    }
  }
  console.log('\nSastrawi test pairs (sastrawi-pairs.tsv)\n');
  const keys = [...groups.keys()].filter((k) => k !== 'all').sort();
  table(
    ['suite (status)', 'pairs', 'agree', 'accuracy'],
    [...keys, 'all'].map((k) => {
      const g = groups.get(k)!;
      return [k, g.n, g.ok, pct(g.ok, g.n)];
    }),
  );
  if (skipped > 0) console.log(`(${skipped} malformed row(s) skipped)`);
  if (showErrors > 0) {
    for (const k of keys) {
      const misses = groups.get(k)!.misses;
      if (misses.length > 0) console.log(`\n${k}: ${misses.slice(0, showErrors).join(', ')}`);
    }
  }
}

// --- UD lemmas, token- and type-weighted
{
  interface Acc {
    tokens: number;
    tokenOk: number;
    tokenId: number;
    types: number;
    typeOk: number;
    typeId: number;
  }
  const empty = (): Acc => ({ tokens: 0, tokenOk: 0, tokenId: 0, types: 0, typeOk: 0, typeId: 0 });
  const groups = new Map<string, Acc>();
  const seenType = new Map<string, Set<string>>();
  const misses = new Map<string, number>();
  for (const [form, lemma, upos, treebank, kind, countText] of readTsv(UD)) {
    if (!form || !lemma || !upos || !treebank || !kind) continue;
    const count = Number(countText ?? 1) || 1;
    const got = stem(form);
    const want = lemma.toLowerCase();
    const ok = got === want;
    const identity = form.toLowerCase() === want;
    if (!ok) misses.set(`${form}→${got} (want ${want})`, (misses.get(`${form}→${got} (want ${want})`) ?? 0) + count);
    for (const key of [`treebank ${treebank}`, `upos ${upos}`, `kind ${kind}`, 'all']) {
      const g = groups.get(key) ?? empty();
      g.tokens += count;
      if (ok) g.tokenOk += count;
      if (identity) g.tokenId += count;
      const seen = seenType.get(key) ?? new Set<string>();
      const typeKey = `${form.toLowerCase()}\t${want}`;
      if (!seen.has(typeKey)) {
        seen.add(typeKey);
        g.types++;
        if (ok) g.typeOk++;
        if (identity) g.typeId++;
      }
      seenType.set(key, seen);
      groups.set(key, g);
    }
  }
  console.log('\nUD Indonesian CSUI + GSD lemmas (ud-lemmas-csui-gsd.tsv)\n');
  const keys = [...groups.keys()].filter((k) => k !== 'all').sort();
  table(
    ['group', 'tokens', 'token acc', 'identity', 'types', 'type acc', 'identity'],
    [...keys, 'all'].map((k) => {
      const g = groups.get(k)!;
      return [k, g.tokens, pct(g.tokenOk, g.tokens), pct(g.tokenId, g.tokens), g.types, pct(g.typeOk, g.types), pct(g.typeId, g.types)];
    }),
  );
  if (showErrors > 0) {
    const top = [...misses.entries()].sort((a, b) => b[1] - a[1]).slice(0, showErrors);
    console.log(`\nmost frequent disagreements: ${top.map(([m, c]) => `${m} ×${c}`).join(', ')}`);
  }
}
