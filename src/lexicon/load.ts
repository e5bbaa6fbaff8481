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

/** Reads a CSV file shipped inside an installed npm package (simple CSV: no quoted commas). */
export function readPackageCsv(pkg: string, file: string): string[][] {
  const main = require.resolve(pkg);
  const root = main.slice(0, main.lastIndexOf(`/node_modules/${pkg}/`) + `/node_modules/${pkg}/`.length);
  const text = readFileSync(`${root}${file}`, 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split(','));
}
