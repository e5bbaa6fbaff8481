import { generatedSection, readList } from './load.js';

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

let cached: Lexicon | undefined;

/** The shared lexicon (loaded on first use: a few milliseconds). */
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
  cached = {
    titles: new Set(titles),
    titleMaxWords: Math.max(...titles.map((t) => t.split(' ').length)),
    orgMarkers: new Set(readList('lexicon/org-markers.txt')),
    orgs: new Set(readList('lexicon/orgs.txt')),
    places: new Set([...readList('lexicon/places.txt'), ...generatedSection('idn-areas.txt', 'places')]),
    givenNames: new Set(generatedSection('words.txt', 'given-names')),
    cues: new Set(cues),
    speechVerbs: new Set(verbs),
    stopwords: new Set(generatedSection('words.txt', 'stopwords')),
    commonWords: new Set(generatedSection('words.txt', 'common-words')),
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
