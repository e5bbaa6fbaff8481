import { readFileSync } from 'node:fs';

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

/** The files scripts/build-lexicon.ts writes into corpora/lexicon/generated/. */
export type GeneratedFile = 'idn-areas.txt' | 'words.txt';

/**
 * The text of a generated lexicon file: "#" header lines, then sections, each a "[name]" line
 * followed by its entries, one per line, exactly as written (no trimming, no comments).
 */
export function parseSections(text: string): Map<string, string[]> {
  const lf = text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
  // Found by one regex and cut by split: a loop over 30,000 lines would run cold at start-up.
  const headers = [...lf.matchAll(/^\[(.*)\]$/gm)];
  const preamble = lf.slice(0, headers[0]?.index ?? lf.length);
  const stray = preamble.split('\n').find((line) => line !== '' && !line.startsWith('#'));
  if (stray !== undefined) throw new Error(`generated lexicon: "${stray}" comes before any [section]`);
  const sections = new Map<string, string[]>();
  headers.forEach((h, i) => {
    const body = lf.slice(h.index + h[0].length + 1, headers[i + 1]?.index ?? lf.length);
    sections.set(h[1]!, body === '' ? [] : body.split('\n').filter((line) => line !== ''));
  });
  return sections;
}

const generatedCache = new Map<GeneratedFile, Map<string, string[]>>();

/**
 * One section of a file of corpora/lexicon/generated/ (precomputed from npm packages by
 * scripts/build-lexicon.ts, so that no package data is parsed at start-up), read once per process.
 */
export function generatedSection(file: GeneratedFile, section: string): readonly string[] {
  let sections = generatedCache.get(file);
  if (!sections) {
    sections = parseSections(readFileSync(new URL(`lexicon/generated/${file}`, CORPORA), 'utf8'));
    generatedCache.set(file, sections);
  }
  const entries = sections.get(section);
  if (!entries) throw new Error(`corpora/lexicon/generated/${file} has no [${section}] section: rerun scripts/build-lexicon.ts`);
  return entries;
}
