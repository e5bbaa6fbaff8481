import { generatedSection, lexiconSection } from '../../../lexicon/load.js';

/** The kinds of gazetteer hits the tagger uses as features. */
export type GazetteerKind = 'place' | 'name' | 'org' | 'orgName' | 'title';

/** Serialisable gazetteer lists (lowercase; multi-word entries joined by one space). */
export interface GazetteerData {
  /** Places: countries, world cities and big Indonesian ones ({@link NerGazetteerLists.worldPlaces}). */
  places: string[];
  /**
   * Also use Indonesian provinces, regencies and cities of `idn-area-data` (read from the lexicon's
   * ODbL-licensed derived list, corpora/lexicon/generated/idn-areas.txt, when the gazetteers are
   * built), not copied into the model file.
   */
  idnAreas?: boolean;
  /** Indonesian given names. */
  givenNames: string[];
  /** Words that mark an organisation name ("PT", "Kementerian", "DPRD"). */
  orgMarkers: string[];
  /** Names and acronyms of well-known organisations ("kpk", "bank indonesia", "pertamina"). */
  orgNames?: string[];
  /** Titles and roles that precede a person's name ("Presiden", "Wali Kota", "analis"). */
  titles: string[];
  /** Common Indonesian words, most frequent first (a frequency-band feature; optional). */
  commonWords?: string[];
}

/** Gazetteers ready for matching: one phrase set per kind. */
export interface Gazetteers {
  readonly data: GazetteerData;
  readonly phrases: ReadonlyMap<GazetteerKind, PhraseSet>;
  /** Frequency band of a common word: "0" (top 300), "1" (top 2,000), "2" (the rest of the list), else undefined. */
  readonly band: { get(word: string): string | undefined };
}

/** A set of lowercase phrases, matched token by token. */
export interface PhraseSet {
  readonly entries: ReadonlySet<string>;
  /** First tokens of entries, to skip the join for most tokens. */
  readonly firsts: ReadonlySet<string>;
  /** Phrases that are the first tokens of some longer entry ("kabupaten", "kabupaten aceh"): only they can grow into a match. */
  readonly prefixes: ReadonlySet<string>;
  /**
   * The tokens after the first of each entry (the entry split at each space): a phrase grows into an
   * entry or a prefix only by a token that is one.
   */
  readonly inner: ReadonlySet<string>;
  /** Tokens in the longest entry. */
  readonly maxTokens: number;
}

/**
 * The gazetteer lists written for warta, as training copies them into the model: corpora/lexicon/
 * ner-gazetteers.txt, each section in file order (the model header keeps that order). Read only
 * by training (and tests): a loaded model carries its own copy of the lists.
 */
export interface NerGazetteerLists {
  /** Words that mark an organisation name ("pt", "kementerian", "dprd"). [org-markers] */
  orgMarkers: readonly string[];
  /** Well-known organisations of Indonesian news ("kpk", "bank indonesia"); training also relabels NERP with them. [org-names] */
  orgNames: readonly string[];
  /** Titles and roles before a person's name, with honorifics and ranks ("presiden", "pak", "brigjen"). [titles] */
  titles: readonly string[];
  /** Countries, regions, world cities and big Indonesian places ("amerika serikat", "jakarta"). [world-places] */
  worldPlaces: readonly string[];
}

/** The lists of corpora/lexicon/ner-gazetteers.txt (frozen into the model: see the file's header). */
export function nerGazetteerLists(): NerGazetteerLists {
  const file = 'ner-gazetteers.txt';
  return {
    orgMarkers: lexiconSection(file, 'org-markers'),
    orgNames: lexiconSection(file, 'org-names'),
    titles: lexiconSection(file, 'titles'),
    worldPlaces: lexiconSection(file, 'world-places'),
  };
}

function areaNames(name: string): string[] {
  const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const out = [lower];
  // "KABUPATEN ACEH SELATAN" → also "aceh selatan"; "KOTA BANDA ACEH" → also "banda aceh".
  const m = /^(kabupaten administrasi|kota administrasi|kabupaten|kota|provinsi) (.+)$/.exec(lower);
  if (m?.[2]) out.push(m[2]);
  // "DKI JAKARTA", "DAERAH ISTIMEWA YOGYAKARTA" → also the bare name.
  const d = /^(dki|daerah istimewa|di) (.+)$/.exec(lower);
  if (d?.[2]) out.push(d[2]);
  return out;
}

/**
 * Indonesian provinces, regencies and cities of `idn-area-data` (through the lexicon's derived list),
 * lowercase, with and without "kabupaten"/"kota" ("kabupaten bogor", "bogor").
 */
export function loadIdnAreaPlaces(): string[] {
  const out = new Set<string>();
  for (const section of ['provinces', 'regencies']) for (const n of generatedSection('idn-areas.txt', section)) for (const a of areaNames(n)) out.add(a);
  return [...out].sort();
}

/**
 * The gazetteer lists used for training: the world places, organisation and title lists of
 * corpora/lexicon/ner-gazetteers.txt ({@link nerGazetteerLists}), the `idn-area-data` areas (by
 * reference), and given names and common words from `@zxcvbn-ts/language-id`. The trained model
 * embeds these lists (except the areas), so tagging reads neither that file nor the package.
 */
export async function loadGazetteerData(): Promise<GazetteerData> {
  const zx = await import('@zxcvbn-ts/language-id');
  const lists = nerGazetteerLists();
  const givenNames = new Set<string>();
  for (const n of zx.dictionary['names-id']) if (n.length >= 3) givenNames.add(n.toLowerCase());
  return {
    places: [...lists.worldPlaces],
    idnAreas: true,
    givenNames: [...givenNames].sort(),
    orgMarkers: [...lists.orgMarkers],
    orgNames: [...lists.orgNames],
    titles: [...lists.titles],
    commonWords: zx.dictionary['commonWords-id'].map((w) => w.toLowerCase()),
  };
}

function phraseSet(list: readonly string[]): PhraseSet {
  const entries = new Set<string>();
  const firsts = new Set<string>();
  const prefixes = new Set<string>();
  const inner = new Set<string>();
  let maxTokens = 1;
  for (const e of list) {
    entries.add(e);
    let space = e.indexOf(' ');
    firsts.add(space < 0 ? e : e.slice(0, space));
    let tokens = 1;
    for (; space >= 0; space = e.indexOf(' ', space + 1)) {
      prefixes.add(e.slice(0, space));
      const after = e.indexOf(' ', space + 1);
      inner.add(e.slice(space + 1, after < 0 ? e.length : after));
      tokens++;
    }
    if (tokens > maxTokens) maxTokens = tokens;
  }
  return { entries, firsts, prefixes, inner, maxTokens };
}

/**
 * The frequency band of a word of `words` (most frequent first) from its first rank. Three sets
 * built by the engine from slices: at start-up much cheaper than 20,000 single insertions.
 */
function bandLookup(words: readonly string[]): Gazetteers['band'] {
  const top = new Set(words.slice(0, 300));
  const common = new Set(words.slice(300, 2000));
  const rest = new Set(words.slice(2000));
  return { get: (w) => (top.has(w) ? '0' : common.has(w) ? '1' : rest.has(w) ? '2' : undefined) };
}

/** Builds the matchers for serialisable gazetteer lists. */
export function buildGazetteers(data: GazetteerData): Gazetteers {
  const phrases = new Map<GazetteerKind, PhraseSet>([
    ['place', phraseSet(data.idnAreas ? [...data.places, ...loadIdnAreaPlaces()] : data.places)],
    ['name', phraseSet(data.givenNames)],
    ['org', phraseSet(data.orgMarkers)],
    ['orgName', phraseSet(data.orgNames ?? [])],
    ['title', phraseSet(data.titles)],
  ]);
  return { data, phrases, band: bandLookup(data.commonWords ?? []) };
}

/**
 * Marks the longest gazetteer match starting at each token: `out[i]` becomes 1 at the first token of
 * a match and 2 inside it (0 elsewhere). `lower` are the lowercased tokens.
 */
export function markPhrases(set: PhraseSet, lower: readonly string[], out: Uint8Array): void {
  out.fill(0);
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const first = lower[i] ?? '';
    if (!set.firsts.has(first)) {
      i++;
      continue;
    }
    let matched = 0;
    let phrase = first;
    if (set.entries.has(first)) matched = 1;
    for (let len = 2; len <= set.maxTokens && i + len <= n; len++) {
      phrase += ' ' + (lower[i + len - 1] ?? '');
      if (set.entries.has(phrase)) matched = len;
    }
    if (matched === 0) {
      i++;
      continue;
    }
    out[i] = 1;
    for (let k = 1; k < matched; k++) out[i + k] = 2;
    i += matched;
  }
}
