import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeneratedFile } from './load.js';

// Build time only (scripts/build-lexicon.ts and its test): the runtime reads the files this makes.
const require = createRequire(import.meta.url);

/** The names of one idn-area-data CSV file (its last column, as written: "KABUPATEN BOGOR"). */
function csvNames(file: 'provinces.csv' | 'regencies.csv' | 'districts.csv'): string[] {
  const text = readFileSync(require.resolve(`idn-area-data/data/${file}`), 'utf8');
  const names: string[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const name = line.slice(line.lastIndexOf(',') + 1).trim();
    if (name !== '') names.push(name);
  }
  return names;
}

const SMALL_UPPER = new Set(['DKI', 'DI', 'NTT', 'NTB', 'ADM.']);

/** "KABUPATEN ACEH SELATAN" → "Kabupaten Aceh Selatan"; keeps "DKI". */
function titleCase(upper: string): string {
  return upper
    .split(/\s+/)
    .map((w) => (SMALL_UPPER.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ')
    .replace(/\bAdm\.\s*/g, '');
}

/** Provinces and regencies ("Jawa Barat", "Kabupaten Bogor" and "Bogor"), title-cased. */
function areaNames(provinces: readonly string[], regencies: readonly string[]): string[] {
  const out = provinces.map(titleCase);
  for (const name of regencies) {
    const full = titleCase(name);
    out.push(full);
    // "Kabupaten Bogor" is also "Bogor"; "Kota Bandung" is also "Bandung".
    const bare = full.replace(/^(?:Kabupaten|Kota)\s+/, '');
    if (bare !== full) out.push(bare);
  }
  return out;
}

/** One word list of @zxcvbn-ts/language-id ("names-id", "commonWords-id") or language-en ("commonWords-en"). */
function zxDictionary(name: string, pkg = '@zxcvbn-ts/language-id'): string[] {
  // The package is ESM-first; its CommonJS build gives the same lists synchronously.
  const mod = require(pkg) as { dictionary: Record<string, string[]> };
  return mod.dictionary[name] ?? [];
}

/** How many of the most frequent English words are kept: enough for "governance", "renewable". */
const ENGLISH_WORDS = 40_000;

/** The most frequent English words that are no first or last names. */
function englishWords(): string[] {
  const en = '@zxcvbn-ts/language-en';
  const names = new Set([...zxDictionary('firstnames-en', en), ...zxDictionary('lastnames-en', en)].map((w) => w.toLowerCase()));
  return lowerUnique(zxDictionary('commonWords-en', en).slice(0, ENGLISH_WORDS)).filter((w) => /^[a-z]{3,}$/.test(w) && !names.has(w));
}

/** How many of the most frequent English words may be names too and still be read as words in a person's place: "Early", "Good", "Simple". */
const ENGLISH_NAMED_WORDS = 5_000;

/** The most frequent English words that are also last names, no first names ("early", "good", "warning"; not "marie"). */
function englishNamedWords(): string[] {
  const en = '@zxcvbn-ts/language-en';
  const first = new Set(zxDictionary('firstnames-en', en).map((w) => w.toLowerCase()));
  const last = new Set(zxDictionary('lastnames-en', en).map((w) => w.toLowerCase()));
  return lowerUnique(zxDictionary('commonWords-en', en).slice(0, ENGLISH_NAMED_WORDS)).filter((w) => /^[a-z]{3,}$/.test(w) && last.has(w) && !first.has(w));
}

function versionOf(pkg: string): string {
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

/** Lowercased, first occurrence kept: the order a Set of them iterates in. */
function lowerUnique(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

/** A generated file: header comment lines, then one "[name]" section per list. */
function render(header: readonly string[], sections: Record<string, readonly string[]>): string {
  const lines = header.map((h) => `# ${h}`);
  for (const [name, entries] of Object.entries(sections)) {
    lines.push(`[${name}]`);
    for (const e of entries) {
      // parseSections reads every line back verbatim, so an entry must be one non-empty line that
      // cannot be taken for a section header.
      if (e === '' || /[\r\n]/.test(e) || (e.startsWith('[') && e.endsWith(']'))) {
        throw new Error(`[${name}]: entry ${JSON.stringify(e)} cannot be written one per line`);
      }
      lines.push(e);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The files of corpora/lexicon/generated/, from the installed packages: what the lexicon used to
 * derive at every start-up (about 40 ms: decompressing the zxcvbn dictionaries, the all-languages
 * stopwords JSON, parsing and title-casing 7,000 districts), now derived once.
 */
export function generatedLexiconFiles(): Record<GeneratedFile, string> {
  const names = lowerUnique(zxDictionary('names-id'));
  const common = lowerUnique(zxDictionary('commonWords-id'));
  const stopwords = (require('stopwords-iso') as Record<string, string[]>).id ?? [];
  const nameSet = new Set(names);
  const commonSet = new Set(common);
  const provinces = csvNames('provinces.csv');
  const regencies = csvNames('regencies.csv');
  // Districts ("Cibinong", "Cileungsi"), except those that read as names or common words.
  const districts = csvNames('districts.csv')
    .map(titleCase)
    .filter((d) => !commonSet.has(d.toLowerCase()) && !nameSet.has(d.toLowerCase()));
  const generated = 'Generated by scripts/build-lexicon.ts; do not edit (a test compares it with the installed packages).';
  return {
    'idn-areas.txt': render(
      [
        generated,
        `From idn-area-data ${versionOf('idn-area-data')} (https://github.com/fityannugroho/idn-area-data), whose data is`,
        'under the Open Database License 1.0 (ODbL); this file is a derived database under the same licence.',
        'provinces, regencies: the names as written; areas: title-cased provinces, regencies with and',
        'without "Kabupaten"/"Kota"; places: the areas and the districts that are not Indonesian given',
        'names or common words.',
      ],
      { provinces, regencies, areas: [...new Set(areaNames(provinces, regencies))], places: [...new Set([...areaNames(provinces, regencies), ...districts])] },
    ),
    'words.txt': render(
      [
        generated,
        `given-names, common-words: @zxcvbn-ts/language-id ${versionOf('@zxcvbn-ts/language-id')} (MIT); stopwords: stopwords-iso ${versionOf('stopwords-iso')} (MIT).`,
        'Lowercased, first occurrence kept.',
      ],
      { 'given-names': names, 'common-words': common, stopwords: lowerUnique(stopwords) },
    ),
    'english.txt': render(
      [
        generated,
        `english-words: the ${ENGLISH_WORDS} most frequent words of @zxcvbn-ts/language-en ${versionOf('@zxcvbn-ts/language-en')} (MIT), letters only, lowercased, in order,`,
        `without its first names and last names; english-named-words: those of its ${ENGLISH_NAMED_WORDS} most frequent words`,
        'that are last names too and no first names, in the same form.',
      ],
      { 'english-words': englishWords(), 'english-named-words': englishNamedWords() },
    ),
  };
}
