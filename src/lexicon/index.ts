import { createRequire } from 'node:module';
import { idnAreaNames, readList } from './load.js';

/** Word lists the Indonesian stages use; built once per process and shared read-only. */
export interface Lexicon {
  /** Lowercased title/role phrases ("ceo", "menteri dalam negeri" is not: "menteri"). */
  titles: ReadonlySet<string>;
  /** Longest title phrase, in words. */
  titleMaxWords: number;
  orgMarkers: ReadonlySet<string>;
  /** Known organisations, exact case ("Telegram", "BPS"). */
  orgs: ReadonlySet<string>;
  /** Known places, exact case ("Jawa Barat", "Bogor", "Kabupaten Bogor"). */
  places: ReadonlySet<string>;
  /** Lowercased Indonesian given names. */
  givenNames: ReadonlySet<string>;
  /** Short quotation cues ("ujar", "katanya"). */
  cues: ReadonlySet<string>;
  /** Speech predicates ("mengatakan", "menegaskan"). */
  speechVerbs: ReadonlySet<string>;
  /** Lowercased Indonesian stopwords. */
  stopwords: ReadonlySet<string>;
  /** Lowercased common Indonesian words (a capitalised sentence opener in it is not a name). */
  commonWords: ReadonlySet<string>;
  /** Words that continue a title into a portfolio or rank ("Dalam", "Negeri", "Utama"). */
  portfolio: ReadonlySet<string>;
  /** Alias → canonical name ("Jokowi" → "Joko Widodo"). */
  aliases: ReadonlyMap<string, string>;
}

const SMALL_UPPER = new Set(['DKI', 'DI', 'NTT', 'NTB', 'ADM.']);

/** "KABUPATEN ACEH SELATAN" → "Kabupaten Aceh Selatan"; keeps "DKI". */
export function titleCase(upper: string): string {
  return upper
    .split(/\s+/)
    .map((w) => (SMALL_UPPER.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ')
    .replace(/\bAdm\.\s*/g, '');
}

/** Provinces and regencies ("Jawa Barat", "Kabupaten Bogor" and "Bogor"), title-cased. */
function areaNames(): string[] {
  const out = idnAreaNames('provinces.csv').map(titleCase);
  for (const name of idnAreaNames('regencies.csv')) {
    const full = titleCase(name);
    out.push(full);
    // "Kabupaten Bogor" is also "Bogor"; "Kota Bandung" is also "Bandung".
    const bare = full.replace(/^(?:Kabupaten|Kota)\s+/, '');
    if (bare !== full) out.push(bare);
  }
  return out;
}

/** One word list of @zxcvbn-ts/language-id ("names-id", "commonWords-id"). */
function zxDictionary(name: string): string[] {
  const require = createRequire(import.meta.url);
  // The package is ESM-first; its CommonJS build gives the same lists synchronously.
  const mod = require('@zxcvbn-ts/language-id') as { dictionary: Record<string, string[]> };
  return mod.dictionary[name] ?? [];
}

function stopwords(): string[] {
  const require = createRequire(import.meta.url);
  const all = require('stopwords-iso') as Record<string, string[]>;
  return all.id ?? [];
}

let cached: Lexicon | undefined;

/** The shared lexicon (loaded on first use: about 20–40 ms). */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const titles = readList('lexicon/titles.txt').map((t) => t.toLowerCase());
  const cues: string[] = [];
  const verbs: string[] = [];
  for (const line of readList('lexicon/speech-verbs.txt')) {
    const [kind, word] = line.split(/\s+/);
    if (!word) continue;
    (kind === 'cue' ? cues : verbs).push(word.toLowerCase());
  }
  const names = new Set(zxDictionary('names-id').map((n) => n.toLowerCase()));
  const common = new Set(zxDictionary('commonWords-id').map((w) => w.toLowerCase()));
  // Districts ("Cibinong", "Cileungsi"), except those that read as names or common words.
  const districts = idnAreaNames('districts.csv')
    .map(titleCase)
    .filter((d) => !common.has(d.toLowerCase()) && !names.has(d.toLowerCase()));
  cached = {
    titles: new Set(titles),
    titleMaxWords: Math.max(...titles.map((t) => t.split(' ').length)),
    orgMarkers: new Set(readList('lexicon/org-markers.txt')),
    orgs: new Set(readList('lexicon/orgs.txt')),
    places: new Set([...readList('lexicon/places.txt'), ...areaNames(), ...districts]),
    givenNames: names,
    cues: new Set(cues),
    speechVerbs: new Set(verbs),
    stopwords: new Set(stopwords().map((w) => w.toLowerCase())),
    commonWords: common,
    portfolio: new Set(readList('lexicon/portfolio.txt').flatMap((l) => l.split(/\s+/))),
    aliases: new Map(
      readList('lexicon/aliases.txt')
        .map((l) => l.split('\t'))
        .filter((p): p is [string, string] => p.length === 2 && !!p[0] && !!p[1])
        .map(([a, c]) => [a.trim(), c.trim()]),
    ),
  };
  return cached;
}
