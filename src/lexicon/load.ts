import { readFileSync } from 'node:fs';

// src/lexicon/ and dist/lexicon/ both sit two levels below the package root.
const LEXICON = new URL('../../corpora/lexicon/', import.meta.url);

/** The hand-written files of corpora/lexicon/ (see corpora/README.md). */
export const LEXICON_FILES = [
  'titles.txt',
  'people.txt',
  'organisations.txt',
  'places.txt',
  'speech.txt',
  'calendar.txt',
  'numbers.txt',
  'outlets.txt',
  'non-entities.txt',
  'ner-gazetteers.txt',
] as const;

/** A hand-written file of corpora/lexicon/. */
export type LexiconFile = (typeof LEXICON_FILES)[number];

/** The files scripts/build-lexicon.ts writes into corpora/lexicon/generated/. */
export type GeneratedFile = 'idn-areas.txt' | 'words.txt' | 'english.txt';

/** How {@link parseSections} reads the lines of a section. */
export interface ParseOptions {
  /**
   * Hand-written files (`true`): a line is trimmed, and blank lines and "#" comment lines are skipped
   * everywhere. Generated files (the default): after the "#" header, every non-empty line of a
   * section is an entry exactly as written, so that any entry can be written back.
   */
  comments?: boolean;
}

/**
 * The sections of a lexicon file: "#" header lines, then sections, each a "[name]" line followed by
 * its entries, one per line (an entry that carries a value is `entry<TAB>value`: {@link entryValue}).
 * One parser for the hand-written and the generated files (see {@link ParseOptions}).
 */
export function parseSections(text: string, options: ParseOptions = {}): Map<string, string[]> {
  const comments = options.comments ?? false;
  const lf = text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
  // Found by one regex and cut by split: a loop over 30,000 lines would run cold at start-up.
  const headers = [...lf.matchAll(/^\[(.*)\]$/gm)];
  const preamble = lf.slice(0, headers[0]?.index ?? lf.length);
  const stray = preamble.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (stray !== undefined) throw new Error(`lexicon: "${stray}" comes before any [section]`);
  const sections = new Map<string, string[]>();
  headers.forEach((h, i) => {
    const name = h[1]!;
    if (sections.has(name)) throw new Error(`lexicon: section [${name}] is written twice`);
    const body = lf.slice(h.index + h[0].length + 1, headers[i + 1]?.index ?? lf.length);
    const lines = body === '' ? [] : body.split('\n');
    if (!comments) {
      sections.set(name, lines.filter((line) => line !== ''));
      return;
    }
    const entries = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    // A header is a whole line: "[name] " would otherwise be read as an entry.
    const header = entries.find((e) => e.startsWith('[') && e.endsWith(']'));
    if (header !== undefined) throw new Error(`lexicon: "${header}" in [${name}] is a section header with spaces around it`);
    sections.set(name, entries);
  });
  return sections;
}

/** `entry<TAB>value` → [entry, value]; throws when the value is missing. */
export function entryValue(line: string, where: string): [string, string] {
  const tab = line.indexOf('\t');
  const entry = tab < 0 ? '' : line.slice(0, tab).trim();
  const value = tab < 0 ? '' : line.slice(tab + 1).trim();
  if (entry === '' || value === '') throw new Error(`${where}: "${line}" is not entry<TAB>value`);
  return [entry, value];
}

const cache = new Map<string, Map<string, string[]>>();

/** The sections of a file below corpora/lexicon/, read and parsed once per process. */
function sectionsOf(path: string, comments: boolean): Map<string, string[]> {
  let sections = cache.get(path);
  if (!sections) {
    sections = parseSections(readFileSync(new URL(path, LEXICON), 'utf8'), { comments });
    cache.set(path, sections);
  }
  return sections;
}

/** The sections of a hand-written file of corpora/lexicon/, read once per process. */
export function lexiconSections(file: LexiconFile): ReadonlyMap<string, readonly string[]> {
  return sectionsOf(file, true);
}

/** One section of a hand-written file of corpora/lexicon/ (read once per process): its entries in file order. */
export function lexiconSection(file: LexiconFile, section: string): readonly string[] {
  const entries = lexiconSections(file).get(section);
  if (!entries) throw new Error(`corpora/lexicon/${file} has no [${section}] section`);
  return entries;
}

/**
 * One section of a hand-written file whose entries carry values (`entry<TAB>value`), each value
 * read by `parse` (which returns undefined for a value it does not accept).
 */
export function lexiconPairs<V>(file: LexiconFile, section: string, parse: (value: string) => V | undefined): [string, V][] {
  const where = `corpora/lexicon/${file} [${section}]`;
  return lexiconSection(file, section).map((line) => {
    const [entry, raw] = entryValue(line, where);
    const value = parse(raw);
    if (value === undefined) throw new Error(`${where}: "${raw}" is not a value of ${entry}`);
    return [entry, value];
  });
}

/** A value that is an integer from `min` to `max`, else undefined (for {@link lexiconPairs}). */
export function intIn(min: number, max: number): (value: string) => number | undefined {
  return (value) => {
    const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
    return n >= min && n <= max ? n : undefined;
  };
}

/** A value that is one of `values`, else undefined (for {@link lexiconPairs}). */
export function oneOf<const T extends string>(values: readonly T[]): (value: string) => T | undefined {
  return (value) => values.find((v) => v === value);
}

/**
 * One section of a trained word list under models/ (models/names/name-words.txt), read once per
 * process; each has a card in its folder that says how it was made.
 */
export function modelSection(path: 'names/name-words.txt', section: string): readonly string[] {
  const entries = sectionsOf(`../../models/${path}`, false).get(section);
  if (!entries) throw new Error(`models/${path} has no [${section}] section: rerun its training script (see its README)`);
  return entries;
}

/**
 * One section of a file of corpora/lexicon/generated/ (precomputed from npm packages by
 * scripts/build-lexicon.ts, so that no package data is parsed at start-up), read once per process.
 */
export function generatedSection(file: GeneratedFile, section: string): readonly string[] {
  const entries = sectionsOf(`generated/${file}`, false).get(section);
  if (!entries) throw new Error(`corpora/lexicon/generated/${file} has no [${section}] section: rerun scripts/build-lexicon.ts`);
  return entries;
}
