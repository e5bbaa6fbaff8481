import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// src/lexicon/ and dist/lexicon/ both sit two levels below the package root.
const CORPORA = new URL('../../corpora/', import.meta.url);

/** Reads a word list shipped in corpora/ (one entry per line, "#" comments, blank lines skipped). */
export function readList(relativePath: string): string[] {
  const text = readFileSync(new URL(relativePath, CORPORA), 'utf8');
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = line.replace(/#.*$/, '').trim();
    if (entry) out.push(entry);
  }
  return out;
}

const require = createRequire(import.meta.url);

const areaCache = new Map<string, readonly string[]>();

/**
 * The names of one file of the installed `idn-area-data` package (its last column, as written:
 * "KABUPATEN BOGOR"), read once per process and shared by the lexicon and the NER gazetteers.
 */
export function idnAreaNames(file: 'provinces.csv' | 'regencies.csv' | 'districts.csv'): readonly string[] {
  let names = areaCache.get(file);
  if (!names) {
    const text = readFileSync(require.resolve(`idn-area-data/data/${file}`), 'utf8');
    const list: string[] = [];
    for (const line of text.split(/\r?\n/).slice(1)) {
      const name = line.slice(line.lastIndexOf(',') + 1).trim();
      if (name !== '') list.push(name);
    }
    names = list;
    areaCache.set(file, names);
  }
  return names;
}
