import type { Doc, Token } from '../../doc/doc.js';
import type { Lexicon } from '../../lexicon/index.js';
import { AROUND_SHORT_FORM, INITIALS_SOURCE, LINE_UP_SOURCE, makeCandidate, type Candidate, type RoleCandidate } from '../../doc/candidate.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { alternation, capitalised, confixNounShape, perLexicon, withoutTrailingDot } from '../../lexicon/derive.js';
import { isAcronym, isWhitespaceCode, letterRunStart, wordBeforeBlanks } from '../../doc/chars.js';
import { routeStart } from '../../lexicon/route.js';
import { SCHOOL_ACRONYM_SOURCE } from '../../lexicon/schools.js';
import { WordTable } from '../../lexicon/word-table.js';

export interface NameCandidates {
  candidates: Candidate[];
  roles: RoleCandidate[];
}

/**
 * The highest score of the rules that read a run from lexicons and context alone (headline lexicon
 * matches, given names, speech verbs, prepositions): the structural rules (titles, appositives,
 * organisation markers) score above it.
 */
const CONTEXT_SCORE = 2;
/** A word shaped like a verb (me-, ber-, di-, ter-): no word of a title's field. */
const VERB_SHAPE = /^(?:me|ber|di|ter)\p{Ll}{3,}/u;
/** {@link VERB_SHAPE} on a lowercase word, the regex run only on words opening with its prefixes' letters (m, b, d, t). */
function verbShaped(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c === 109 || c === 98 || c === 100 || c === 116) && VERB_SHAPE.test(lower);
}
/** An ordinal written as one word ("ke-7", "ke2"). */
const ORDINAL = /^ke-?\d+$/;
/** {@link ORDINAL} on a word, the regex run only on words opening with "k". */
function ordinalWord(word: string): boolean {
  return word.charCodeAt(0) === 107 && ORDINAL.test(word);
}
/** Whether a word is dashes only ("-", "–", "—", "--"): what `/^[-–—]+$/` matches, read by char codes. */
export function isDashRun(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}
/** Words that close a title's description before the comma and the name ("… setempat, Siti Rohani"). */
const FIELD_CLOSERS = new Set(['setempat', 'lainnya']);
/** Demonstratives that close a description ("Ketua DPC … itu"). */
const DEMONSTRATIVES = new Set(['itu', 'ini', 'tersebut']);

/**
 * The roots a ke-…-an or pe-…-an noun may be made from, by the nasal assimilation of pe(N)-:
 * "pengelolaan" ← kelola, "pemantauan" ← pantau, "penyajian" ← saji, "penataan" ← tata,
 * "keberlanjutan" ← berlanjut.
 */
function nominalRoots(word: string): string[] {
  const core = word.slice(0, -2);
  if (core.startsWith('ke')) return [core.slice(2)];
  const roots: string[] = [];
  const add = (prefix: string, restore: readonly string[]) => {
    if (!core.startsWith(prefix) || core.length - prefix.length < 3) return;
    const rest = core.slice(prefix.length);
    for (const r of restore) roots.push(r + rest);
  };
  add('peng', ['', 'k']);
  add('peny', ['s']);
  add('pem', ['', 'p']);
  add('pen', ['', 't']);
  add('per', ['']);
  add('pe', ['']);
  return roots;
}
/** A whole run the lexicon knows as an organisation or a place: kept next to the tagger, below its candidates. */
const KNOWN_SCORE = 2.6;
/** Two people's names joined by a hyphen ("Prabowo-Gibran"): the halves, each a whole word. */
const PERSON_PAIR = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;
const PAIR_SCORE = 4.5;
/** The closing mark of a nickname's opening mark. */
const NICKNAME_CLOSE = new Map([
  ["'", "'"],
  ['‘', '’'],
  ['"', '"'],
  ['“', '”'],
]);
const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
/**
 * An acronym with digits inside ("P2MI", "BP3MI", "DP3AP2KB"): what `/^[A-Z][A-Z]*\d[A-Z\d]*[A-Z]$/`
 * matches (capitals and digits only, a capital at each end, a digit between), read by char codes.
 */
export function isAcronymWithDigits(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(n - 1);
  if (first < 65 || first > 90 || last < 65 || last > 90) return false;
  let digit = false;
  for (let i = 1; i < n - 1; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c < 65 || c > 90) return false;
  }
  return digit;
}
/**
 * Abbreviations of names, titles and streets whose "." stays inside a run ("Jl. Sudirman", "Dr.
 * Budi", "Muh. Nur Kholis", "Kgs. M. Arifin"), besides single capitals ("B. J. Habibie") and the abbreviated legal forms ("Facebook Inc.").
 * They stay in code, like the segmenter's abbreviations: they say where a "." ends, not what a name is.
 */
const NAME_ABBREVIATIONS = 'Jl|Dr|Prof|Ir|Hj?|St|Drs?|Sdr|Bpk|Muh|Moh|Moch|Mhd|Muhd|Abd|Ach|Kgs|Kms|Mgs|Tgk|Capt';
const OPENING_MARK = /^[“"'‘(]$/;
/** An academic degree written with its dots, one token ("S.H", "M.Si", "Sp.A", "Sp.BTKV", "S.I.K", "Ph.D"). */
const DOTTED_DEGREE = /^\p{Lu}\p{Ll}{0,2}\.(?:\p{L}{1,5}\.?)+$/u;
/**
 * Degrees and religious orders written as capitals after a name and a comma ("dr. Nenden, MARS",
 * "Pastor Yohanes, SVD"): they say what the person studied or which order they belong to, no name.
 */
const DEGREE_ACRONYMS = new Set(['SH', 'SE', 'ST', 'SIP', 'SKM', 'SKom', 'SPd', 'SAg', 'SSos', 'SPsi', 'MH', 'MM', 'MT', 'MSi', 'MPd', 'MAP', 'MARS', 'MPH', 'MKes', 'MSc', 'MBA', 'PhD', 'SpA', 'SpB', 'SpOG', 'SpPD', 'SpJP', 'SpM', 'SpS', 'SpN', 'SpKJ', 'SVD', 'SJ', 'OFM', 'OFMCap', 'OSA', 'OCD', 'MSC', 'MSF', 'SCJ', 'CSsR', 'Pr']);

/** The word sets and patterns the name rules read, derived from the lexicon once per lexicon. */
interface NameWords {
  /** Capitalised words that are never part of a name by themselves ("Senin", "Mei", "Dia", "WIB", "Rp"). */
  notNames: ReadonlySet<string>;
  /**
   * Kinds of schools and units numbered after their name ("SMAN 11", "MTsN 1", "Kodim 0712"; a
   * neighbourhood's "RT 05" is no organisation): a school's acronym, organisations.txt
   * [numbered-units] and {@link MORE_NUMBERED_UNITS}.
   */
  numberedUnit: RegExp;
  /** Particles that join a name ("bin", "van", "der"). */
  connectors: ReadonlySet<string>;
  /** Lowercase words before a place ("di", "menuju", "kabupaten"). */
  locatives: ReadonlySet<string>;
  /** Words that start a place's name ("Kabupaten", "Jalan", "Gunung"). */
  placeMarkers: ReadonlySet<string>;
  /**
   * Markers of places and institutions often named after a person ("Jalan Ahmad Yani", "Universitas
   * Udayana"): the name after one is theirs. places.txt [namesake-places], organisations.txt [namesake-institutions].
   */
  namesakeMarkers: ReadonlySet<string>;
  /** Words that end an organisation's name ("Tbk", "Inc", "Group", "Sekuritas"). */
  orgEnds: ReadonlySet<string>;
  /**
   * The organisations' markers that open with A–Z, their first letter in lowercase ("koperasi"):
   * what a lowercase word opening with a–z is, when capitalised it is a marker.
   */
  lowercaseMarkers: ReadonlySet<string>;
  /** A word before a "." that stays inside a run. */
  initial: RegExp;
  /** A word before a name that attributes speech to it ("menurut"), any case. */
  accordingTo: RegExp;
  /** The lengths of the words {@link accordingTo} matches (one character for each of the word's, in any case): a word of another length needs no regex. */
  accordingToLengths: ReadonlySet<number>;
  /** A form of address ("Pak", "Mbak"), any case. */
  honorific: RegExp;
  lists: PhraseLists;
  /**
   * The places and the common words (10,000 and 20,000) as WordTables: most words asked about are
   * in neither, and a table answers for them from one small typed array, where a Set's lookup reaches
   * into its large buckets and entries, out of the cache from one run to the next.
   */
  placeTable: WordTable;
  commonTable: WordTable;
  /** Whether every known place is a place too (as the lexicon's lists have it): then a run no place is no known place either. */
  knownPlacesArePlaces: boolean;
}

const nameWords = perLexicon((lex: Lexicon): NameWords => {
  const cal = lex.calendar;
  const lowerNames = [...cal.days.keys(), ...cal.dayVariants.keys(), ...cal.months.keys(), ...cal.monthAbbreviations.keys(), ...lex.pronouns.keys()];
  return {
    notNames: new Set([...lowerNames.map(capitalised), ...cal.timeZones.keys(), ...lex.notNames]),
    numberedUnit: new RegExp(`^(?:${SCHOOL_ACRONYM_SOURCE}|${alternation([...lex.numberedUnits, ...MORE_NUMBERED_UNITS])})$`),
    connectors: new Set([...lex.nameParticles, ...lex.moreNameParticles]),
    locatives: new Set([...lex.locatives, ...[...lex.adminPrefixes].map((w) => w.toLowerCase())]),
    placeMarkers: new Set([...lex.adminPrefixes, ...lex.placeMarkers]),
    namesakeMarkers: new Set([...lex.namesakePlaces, ...lex.namesakeInstitutions]),
    orgEnds: new Set([...lex.legalFormsAbbreviated, ...lex.legalFormsAfter, ...lex.orgSuffixes]),
    lowercaseMarkers: new Set(
      [...lex.orgMarkers].filter((m) => m.charCodeAt(0) >= 65 && m.charCodeAt(0) <= 90).map((m) => String.fromCharCode(m.charCodeAt(0) + 32) + m.slice(1)),
    ),
    // (Dotted initials too: "Jalan M.H. Thamrin", "Harvard T.H. Chan".)
    initial: new RegExp(`^(?:[A-Z]|[A-Z](?:\\.[A-Z])+|${alternation(lex.legalFormsAbbreviated)}|${NAME_ABBREVIATIONS})$`),
    accordingTo: new RegExp(`^(?:${alternation(lex.accordingTo)})$`, 'i'),
    accordingToLengths: new Set([...lex.accordingTo].map((w) => w.length)),
    honorific: new RegExp(`^(?:${alternation(lex.honorifics)})$`, 'i'),
    placeTable: new WordTable(lex.places),
    commonTable: new WordTable(lex.commonWords),
    knownPlacesArePlaces: [...lex.knownPlaces].every((p) => lex.places.has(p)),
    lists: {
      titles: phraseList(lex.titles, lex.titleMaxWords, true),
      orgs: phraseList(lex.orgs, 4, false),
      places: phraseList(lex.places, 5, false),
    },
  };
});

/**
 * {@link CAPITALISED} on a word, or an acronym with digits inside ({@link isAcronymWithDigits}),
 * answered without either regex for ASCII words with no digit (most of them).
 */
function isCap(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const s = t.text;
  const first = s.charCodeAt(0);
  // An ASCII character other than A–Z is no uppercase letter; the regex decides the rest (no
  // acronym with digits starts with one).
  if (!(first < 128)) return CAPITALISED.test(s);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return CAPITALISED.test(s);
    // "P2MI", "BP3MI", "DP3AP2KB": an acronym with digits inside, two capitals at least.
    if (c >= 48 && c <= 57) return isAcronymWithDigits(s);
    const folded = c | 32;
    if ((folded < 97 || folded > 122) && c !== 39 && c !== 46 && c !== 45) return false;
  }
  return true;
}

/** A phrase lexicon as the recogniser reads it: by token sequence, up to `maxWords` words. */
interface PhraseList {
  /** The phrases word by word: a sequence of words that leads nowhere is no phrase's beginning ("Jawa" of "Jawa Barat" leads on). */
  root: PhraseNode;
  maxWords: number;
  /** Matched lowercased (titles) or as written. */
  lower: boolean;
  /** The phrases' last words: no phrase ends at a word that is none of them. */
  lastWords: ReadonlySet<string>;
  /**
   * The phrases' first words when there are many (the places' 6,500): most words asked about open
   * no phrase, and this table answers for them from a small typed array, where the root's Map
   * would reach into a large table out of the cache.
   */
  firstWords: WordTable | null;
}

/** The words after a phrase's first words; `whole` when those words are a phrase themselves. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  whole: boolean;
}

// Worked out once per lexicon, with the other {@link NameWords}. (A word token holds no space, so
// reading words down the tree finds what looking the words joined by spaces up would.)
function phraseList(phrases: ReadonlySet<string>, maxWords: number, lower: boolean): PhraseList {
  const root: PhraseNode = { next: new Map(), whole: false };
  const lastWords = new Set<string>();
  for (const phrase of phrases) {
    let node = root;
    const words = phrase.split(' ');
    lastWords.add(words[words.length - 1]!);
    for (const word of words) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: new Map(), whole: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.whole = true;
  }
  return { root, maxWords, lower, lastWords, firstWords: root.next.size > 1000 ? new WordTable(root.next.keys()) : null };
}

interface PhraseLists {
  titles: PhraseList;
  orgs: PhraseList;
  places: PhraseList;
}

/** A title (with its organisation) waiting for its person. */
interface PendingRole {
  title: string;
  org: string | null;
  start: number;
  end: number;
}

/**
 * Words of compass points and sizes that end places' names ("Bandung Barat", "Kalimantan Timur"),
 * and words of good fortune that end companies' names after a place ("PT Samudera Cakalang Bitung Jaya").
 */
const COMPASS = new Set(['Barat', 'Timur', 'Utara', 'Selatan', 'Tengah', 'Raya', 'Baru', 'Hilir', 'Hulu', 'Laut', 'Darat', 'Besar', 'Kecil', 'Daya', 'Kota', 'Kabupaten', 'Provinsi', 'Jaya', 'Indah', 'Permai', 'Makmur', 'Sejahtera', 'Abadi', 'Mandiri', 'Perkasa', 'Utama', 'Sentosa', 'Lestari', 'Sakti', 'Nusantara', 'Persada']);
/** Words that make a place after them part of an institution's name ("Tentara Nasional Indonesia"). */
/** Markers of buildings and venues, whose town may follow their name ("Benteng Rotterdam Makassar"). */
const BUILDINGS = new Set(['Benteng', 'Stadion', 'Gedung', 'Graha', 'Wisma', 'Hotel', 'Masjid', 'Gereja', 'Pura', 'Vihara', 'Klenteng', 'Museum', 'Monumen', 'Istana', 'GOR', 'Auditorium']);

/** The country's own names, which end bodies' names ("Bank Syariah Indonesia") and are no address. */
const COUNTRY_NAMES = new Set(['Indonesia', 'RI', 'NKRI', 'Nusantara']);

const STATE_WORDS = new Set(['Nasional', 'Negara', 'Republik', 'Rakyat', 'Raya', 'Bersatu']);
/** The word (characters between white space) that ends before `at`, spaces passed over; '' at the text's start. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The kinds of village and district a title ends in ("Kepala Desa", "Lurah" has none). */
const VILLAGE_KIND = /^(?:Desa|Kelurahan|Kampung|Dusun|Lembang|Kecamatan|Gampong)$/;

/**
 * The words between a name and the title it holds ("Budi merupakan Ketua …", "Hasan, yang menjabat
 * Ketua …", "Erick Thohir, saat masih menjabat Menteri BUMN", "yang kini menjabat sebagai …").
 */
const HOLDS = /^(?:(?:yang )?(?:merupakan|adalah)|(?:yang )?(?:(?:kini|kala itu|saat ini|saat|saat masih|ketika|ketika masih|masih|sebelumnya|pernah|sempat) )?menjabat(?: sebagai)?)$/;

/** Envoys' titles, whose "untuk" and the country after it stay in the title's run. */
const ENVOY = /^(?:Duta Besar|Dubes|Utusan Khusus|Pelapor Khusus|Konsul Jenderal|Wakil Tetap)\b/;

/** The titles of ministers, whose words after them name a portfolio, no organisation. */
const MINISTER = /^(?:Wakil )?(?:Menteri|Menko)$/;

/** One to three words written twice in a row ("Ketua Unit Ketua Unit"): group 1 the words and the space after them. */
const REPEATED_WORDS = /(?<!\S)((?:\p{L}+ ){1,3})\1/gu;

/** A Roman number of a title or a unit ("Wakil Dekan III", "Komisi IV"). */
const ROMAN_NUMBER = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII)$/;

/** Kinds of schools whose number may follow their place's name ("SDN Sukaraksa 02"). */
const SCHOOLS = 'SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|MI|MIN|MTs|MTsN|MTSN';
const SCHOOL_KIND = new RegExp(`^(?:${SCHOOLS})$`);

/**
 * Military units numbered after their kind ("Koramil 01", "Lantamal 6") that organisations.txt
 * [numbered-units] does not hold: that list holds the units whose number the country gives one unit
 * only, as coreference reads it (a Koramil's number is given again under each Kodim).
 */
const MORE_NUMBERED_UNITS = ['Koramil', 'Lantamal'];

/** A school's acronym, whatever new kind it is (lexicon/schools.ts): a school numbered after its kind. */
const SCHOOL_ACRONYM = new RegExp(`^${SCHOOL_ACRONYM_SOURCE}$`);
/** Lowercase nouns of a building or an area before its name ("di gedung …", "di daerah …"). */
const AREA_NOUNS = new Set(['gedung', 'daerah', 'kawasan', 'wilayah', 'kompleks', 'hotel', 'stadion', 'lapangan', 'taman', 'pantai', 'kampung']);
/** A numbered unit and its town: above a title's organisation cut before the number ("anggota Intel Kodim 0313 Kampar"). */
const NUMBERED_UNIT_SCORE = 4.6;

/**
 * tokens[k], or undefined before the first token (k = -1). Runs often open a sentence: a negative
 * index is no array index to V8 but a property name ("-1"), looked up the slow way, and it turns the
 * read's inline cache generic for every index after it.
 */
function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 ? tokens[k] : undefined;
}

/** A person's initials: two to four capitals (the regex `^[A-Z]{2,4}$`, read char by char: it runs on every token). */
function initialsWord(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Reads one sentence: its capitalised runs, each split into titles, organisations, places and a
 * name. Word facts (capitalised, lowercased) are worked out once per token.
 */
class SentenceReader {
  private readonly caps: boolean[];
  private readonly lowers: (string | undefined)[] = [];
  /** {@link titleFrom} of each token, worked out on first need. */
  private readonly titleLengths: (number | undefined)[] = [];
  private pendingRole: PendingRole | null = null;
  /** Whether the sentence is a headline's (every word capitalised). */
  private inTitle = false;
  /** The last capitalised run read in the sentence (a name a title after it may describe). */
  private lastRun: { first: number; end: number } | null = null;
  /** The run before lastRun. */
  private runBefore: { first: number; end: number } | null = null;
  /** "Pendiri sekaligus CEO Telegram, Pavel Durov": a bare title joined to the next one. */
  private carried: { title: string; org: string | null; start: number; end: number } | null = null;
  /** The length of the longest of {@link docOrgs}, worked out on first need: no longer stretch of text is one of them. */
  private docOrgsLongest = -1;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lex: Lexicon,
    private readonly words: NameWords,
    private readonly out: NameCandidates,
    private readonly minScore: number,
    /** The person spans another recogniser (the tagger) proposed in this sentence, in text order. */
    private readonly persons: readonly { start: number; end: number }[] = [],
    /** In a caption joined by joinCaptions: the index of the dot read as a comma; the runs after it are titles only. */
    private readonly captionDot = -1,
    /** The person the sentences before are about (see {@link subjectOf}): whom "Wasekjen Gerindra ini" at the start describes. */
    private readonly referent: { start: number; end: number } | null = null,
    /** The words the document names someone by after a speech cue ("kata Yusron", "menurut Paulus"): see {@link cuedNamesOf}. */
    private readonly cuedNames: ReadonlySet<string> = new Set(),
    /** The place spans the tagger proposed in this sentence. */
    private readonly taggedPlaces: readonly { start: number; end: number }[] = [],
    /** The organisations the document writes by themselves (see {@link standaloneOrgsOf}). */
    private readonly docOrgs: ReadonlySet<string> = new Set(),
    /** {@link isCap} of each token, when the caller worked it out already. */
    caps?: boolean[],
  ) {
    this.caps = caps ?? tokens.map(isCap);
  }

  // The tagger's person spans are asked about through these loops rather than through closures
  // passed to `some`/`find`: a closure over a method's locals (a run's bounds, its tokens) puts
  // them in a context object, allocated at every call of the method and read from memory at every
  // use, in the loops over the run too.

  /** Whether one of the tagger's person spans holds [start, end). */
  private personOver(start: number, end: number): boolean {
    const { persons } = this;
    for (let n = 0; n < persons.length; n++) if (persons[n]!.start <= start && end <= persons[n]!.end) return true;
    return false;
  }

  /** Whether one of the tagger's person spans is [start, end). */
  private personIs(start: number, end: number): boolean {
    const { persons } = this;
    for (let n = 0; n < persons.length; n++) if (persons[n]!.start === start && persons[n]!.end === end) return true;
    return false;
  }

  /** Whether one of the tagger's person spans starts at `start`. */
  private personStartsAt(start: number): boolean {
    const { persons } = this;
    for (let n = 0; n < persons.length; n++) if (persons[n]!.start === start) return true;
    return false;
  }

  /** The first of the tagger's person spans that ends at `end` and starts at `from` or after. */
  private personEndingAt(end: number, from: number): { start: number; end: number } | undefined {
    const { persons } = this;
    for (let n = 0; n < persons.length; n++) if (persons[n]!.end === end && persons[n]!.start >= from) return persons[n];
    return undefined;
  }

  /** Whether one of the tagger's person spans lies inside [start, end) and is shorter. */
  private personPieceOf(start: number, end: number): boolean {
    const { persons } = this;
    for (let n = 0; n < persons.length; n++) {
      const p = persons[n]!;
      if (p.start >= start && p.end <= end && p.end - p.start < end - start) return true;
    }
    return false;
  }

  /** The first of the tagger's person spans inside [start, end) that no namesake's marker stands before ("Jalan", "Universitas"). */
  private personInside(start: number, end: number): { start: number; end: number } | undefined {
    const { persons } = this;
    for (let n = 0; n < persons.length; n++) {
      const p = persons[n]!;
      if (p.start >= start && p.end <= end && !this.words.namesakeMarkers.has(wordBefore(this.text, p.start))) return p;
    }
    return undefined;
  }

  private lower(i: number): string {
    return (this.lowers[i] ??= this.tokens[i]!.text.toLowerCase());
  }

  /** Token i is a word of people's names by the name lists (a word of names or a given name). */
  private listedNameWord(i: number): boolean {
    const lower = this.lower(i);
    return this.lex.personWords.has(lower) || this.lex.givenNames.has(lower);
  }

  /** Length in words of the longest phrase of `list` at token i, within tokens [i, end). */
  private phraseAt(i: number, end: number, list: PhraseList): number {
    // The rules ask for titles at the same token again and again, with different ends ("Ketua" of a
    // run, then of the words before the next run): the longest title at i within the sentence
    // answers when it fits before `end` (no title at i at all, most often).
    if (list === this.words.lists.titles) {
      const longest = this.titleFrom(i);
      if (longest <= end - i) return longest;
    }
    return this.walkPhrase(i, end, list);
  }

  /** {@link phraseAt} read down the phrase tree, word by word. */
  private walkPhrase(i: number, end: number, list: PhraseList): number {
    let best = 0;
    let node: PhraseNode | undefined = list.root;
    const stop = Math.min(end, i + list.maxWords);
    for (let k = i; k < stop; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word') break;
      const word = list.lower ? this.lower(k) : t.text;
      if (k === i && list.firstWords !== null && !list.firstWords.has(word)) break;
      node = node.next.get(word);
      if (node === undefined) break;
      if (node.whole) best = k - i + 1;
    }
    return best;
  }

  /** Length in words of the longest title at token k, within the sentence (the rules ask again and again before runs). */
  private titleFrom(k: number): number {
    if (k >= this.tokens.length) return 0;
    return (this.titleLengths[k] ??= this.walkPhrase(k, this.tokens.length, this.words.lists.titles));
  }

  private add(type: Candidate['type'], a: Token, b: Token, source: string, score: number): void {
    if (score < this.minScore) return;
    // "Ponpes Langitan Tuban Jawa Timur", "Benteng Rotterdam Makassar": a named body's or place's
    // address after its name is no part of it; each place of the address is one.
    const building = BUILDINGS.has(a.text);
    if (type !== 'PERSON' && a !== b && (building || this.lex.orgMarkers.has(a.text))) {
      const first = this.tokens.indexOf(a);
      const end = this.tokens.indexOf(b) + 1;
      const at = first >= 0 && end > first ? this.addressStart(first, end, building ? 1 : 2) : -1;
      if (at > 0) {
        const name = this.tokens[at - 1]!;
        this.out.candidates.push(makeCandidate(type, a.start, name.end, this.text.slice(a.start, name.end), source, score));
        for (let k = at; k < end; ) {
          const n = this.phraseAt(k, end, this.words.lists.places);
          const last = this.tokens[k + n - 1]!;
          this.out.candidates.push(makeCandidate('LOC', this.tokens[k]!.start, last.end, this.text.slice(this.tokens[k]!.start, last.end), 'loc/address', score));
          k += n;
        }
        return;
      }
    }
    this.out.candidates.push(makeCandidate(type, a.start, b.end, this.text.slice(a.start, b.end), source, score));
  }

  /**
   * Where the address at the end of run [first, end) starts, or -1: `places` known regions (a
   * building's one, a body's two: its town and province) to the run's end after two words or more,
   * none the country's name, the word before them a name of its own (no common word, number,
   * acronym, marker, administrative prefix or known organisation: "Dinas Pendidikan Kota Bandung",
   * "SMAN 1 Tabanan", "Universitas Muhammadiyah Malang" keep their place).
   */
  private addressStart(first: number, end: number, places: 1 | 2): number {
    const { tokens, lex } = this;
    for (let k = first + 2; k < end; k++) {
      const n = this.regionAt(k, end);
      if (n === 0 || (places === 1 ? k + n !== end : k + n === end || this.regionAt(k + n, end) !== end - k - n)) continue;
      return this.ownNameWord(k - 1) && !lex.orgs.has(this.text.slice(tokens[first]!.start, tokens[k - 1]!.end)) ? k : -1;
    }
    return -1;
  }

  /**
   * How many words at token k, within [k, end), name a known region ("Mataram", "Kota Bandung"),
   * none the country's name ("Indonesia"); 0 otherwise. An address's town, after a name of its own.
   */
  private regionAt(k: number, end: number): number {
    const { tokens } = this;
    const n = this.phraseAt(k, end, this.words.lists.places);
    return n > 0 && this.lex.knownPlaces.has(this.text.slice(tokens[k]!.start, tokens[k + n - 1]!.end)) && !COUNTRY_NAMES.has(tokens[k]!.text) ? n : 0;
  }

  /**
   * Whether token k is a word of a name of its own before a town: capitalised, no common word,
   * number, acronym, marker, administrative prefix, compass word or known organisation.
   */
  private ownNameWord(k: number): boolean {
    const { lex, words } = this;
    const t = this.tokens[k]!;
    const lower = this.lower(k);
    return (
      this.caps[k] === true &&
      t.kind === 'word' &&
      !isAcronym(t.text) &&
      !this.words.commonTable.has(lower) &&
      !lex.orgs.has(t.text) &&
      !lex.orgMarkers.has(t.text) &&
      !words.placeMarkers.has(t.text) &&
      !lex.adminPrefixes.has(t.text) &&
      !COMPASS.has(t.text) &&
      !STATE_WORDS.has(t.text) &&
      !lex.calendar.months.has(lower)
    );
  }

  /**
   * "di gedung Dharma Negara Alaya Denpasar", "di daerah Gadigal Sydney": the tagger's place after a
   * building's or an area's noun in lowercase, ending in a known town after a name of its own
   * (no marker), is the venue or the area and its town, a place each.
   */
  private taggedAddresses(): void {
    const { tokens, lex, words, text } = this;
    for (const p of this.taggedPlaces) {
      let first = 0;
      while (first < tokens.length && tokens[first]!.start < p.start) first++;
      let end = first;
      while (end < tokens.length && tokens[end]!.end <= p.end) end++;
      if (tokens[first]?.start !== p.start || tokens[end - 1]?.end !== p.end) continue;
      // (The tagger's span may hold the noun: "gedung Dharma Negara Alaya Denpasar".)
      if (AREA_NOUNS.has(tokens[first]!.text)) first++;
      else if (!AREA_NOUNS.has(wordBefore(text, p.start))) continue;
      if (end - first < 2) continue;
      if (lex.knownPlaces.has(text.slice(tokens[first]!.start, p.end)) || this.phraseAt(first, end, words.lists.places) === end - first) continue;
      for (let k = first + 1; k < end; k++) {
        const n = this.phraseAt(k, end, words.lists.places);
        if (n === 0 || k + n !== end) continue;
        // (The first place that ends the span decides: a known town after a name of its own, or none.)
        if (this.regionAt(k, end) !== n || !this.ownNameWord(k - 1)) break;
        this.add('LOC', tokens[first]!, tokens[k - 1]!, 'loc/address', 4.5);
        this.add('LOC', tokens[k]!, tokens[end - 1]!, 'loc/address', 4.5);
        break;
      }
    }
  }

  /** {@link add} for a part of a token ("Cirebon" of "Cirebon-Semarang"): a candidate over `text` at `start`. */
  private addText(type: Candidate['type'], start: number, text: string, source: string, score: number): void {
    if (score < this.minScore) return;
    this.out.candidates.push(makeCandidate(type, start, start + text.length, text, source, score));
  }

  /** The token of an organisation's marker inside a title after its first word ("Dinas" of "Kepala Dinas Kesehatan"), or -1. */
  private markerIn(role: PendingRole): number {
    const { tokens } = this;
    for (let k = 0; k < tokens.length && tokens[k]!.start < role.end; k++) {
      if (tokens[k]!.start > role.start && this.lex.orgMarkers.has(tokens[k]!.text)) return k;
    }
    return -1;
  }

  private pushRole(person: Token, last: Token, role: PendingRole): void {
    // "Ketua Unit Ketua Unit Komunikasi Publik": words written twice in a row by a slip are the title's once.
    const title = role.title.replace(REPEATED_WORDS, '$1');
    if (title !== role.title) role = { ...role, title };
    this.out.roles.push({ personStart: person.start, personEnd: last.end, ...role });
    // "Ketua IPFO sekaligus Deputi … Kemenko IPK": the carried title keeps its own organisation.
    if (this.carried) this.out.roles.push({ personStart: person.start, personEnd: last.end, ...this.carried, org: this.carried.org ?? role.org });
    this.carried = null;
  }

  /**
   * Whether token k of a run after a title can be part of a person's name: a given name, or a
   * capitalised word that is no common word, title, organisation marker, place, rank or acronym; a
   * single capital is an initial ("R Sony Sulaksono"), a particle joins ("bin").
   */
  /** An organisation's acronym, marker or known name (one word). */
  private orgWord(k: number): boolean {
    const t = this.tokens[k]!.text;
    return isAcronym(t) || this.lex.orgMarkers.has(t) || this.lex.orgs.has(t);
  }

  /**
   * "Ketua Koperasi Simpan Pinjam Sinar Tani": after a title of one who leads a group, an
   * organisation's marker that is also a portfolio's word, right after the title and before a
   * capitalised word that is no organisation's, opens the organisation the title heads ("Menteri
   * Koperasi" keeps its portfolio, "Sekretaris Perusahaan PT …" its title). A name of the body's
   * own must follow before `end`: "Ketua Koperasi Serba Usaha (KSU) …" is a title of common words.
   */
  private headsBody(titleFrom: number, titleEnd: number, k: number, end: number): boolean {
    const { tokens, lex } = this;
    if (k !== titleEnd || !lex.orgMarkers.has(tokens[k]!.text) || !this.caps[k + 1] || tokens[k + 1]!.kind !== 'word') return false;
    let named = false;
    for (let m = k + 1; m < end && !named; m++) named = this.caps[m] === true && !this.portfolioWord(m);
    if (!named) return false;
    const title = this.text.slice(tokens[titleFrom]!.start, tokens[titleEnd - 1]!.end).toLowerCase();
    if (!lex.leadingTitles.has(title)) return false;
    const next = tokens[k + 1]!.text;
    return !isAcronym(next) && !lex.orgMarkers.has(next) && !lex.legalFormsBefore.has(next) && !lex.orgs.has(next) && !this.words.placeTable.has(next);
  }

  /** The length in words of a known place of two or three words that ends right before token `end`, or 0. */
  private placeEndingAt(end: number): number {
    for (let n = 3; n >= 2; n--) if (end - n >= 0 && this.phraseAt(end - n, end, this.words.lists.places) === n) return n;
    return 0;
  }

  /** A word of people's names by the name lists: a given name, a word of names, or an initial. */
  private knownNameWord(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== 'word') return false;
    const lower = this.lower(k);
    return /^\p{Lu}\.?$/u.test(t.text) || this.lex.personWords.has(lower) || this.lex.givenNames.has(lower) || this.lex.nameOpeners.has(t.text) || this.lex.balineseNameWords.has(t.text);
  }

  /** A word of a title's portfolio that is no word of people's names ("Permukiman", "Teknologi", "Digital"). */
  private portfolioName(k: number): boolean {
    const t = this.tokens[k]!;
    const lower = this.lower(k);
    return t.kind === 'word' && this.lex.portfolio.has(t.text) && !this.lex.personWords.has(lower) && !this.lex.givenNames.has(lower);
  }

  private nameLike(k: number): boolean {
    const t = this.tokens[k]!;
    if (t.kind === 'punct') return t.text === '.';
    if (t.kind !== 'word') return false;
    const { lex } = this;
    const word = withoutTrailingDot(t.text);
    const lower = this.lower(k);
    if (this.words.connectors.has(lower)) return true;
    if (isAcronym(word)) return false;
    // "KPK Wilayah V Dian Patria": the number of a region, no initial.
    if (/^[IVX]+$/.test(word) && k > 0 && this.lex.regionWords.has(this.tokens[k - 1]!.text)) return false;
    if (/^\p{Lu}$/u.test(word)) return true;
    if (!this.caps[k] || this.words.notNames.has(t.text) || lex.ranks.has(word) || lex.orgMarkers.has(word) || lex.titles.has(lower) || this.derivedNoun(k)) return false;
    // "Sumsel", "Jabar": a place's short name, whatever the name lists say.
    if (lex.placeAliases.has(word)) return false;
    if (lex.personWords.has(lower) || (lex.givenNames.has(lower) && !lex.newsWords.has(lower))) return true;
    // "Lalu Muhamad Iqbal": a regional word that opens a name, before the name's next word.
    if (lex.nameOpeners.has(word) && this.caps[k + 1] === true) return true;
    // "Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait": a word of a title's portfolio.
    if (this.portfolioName(k)) return false;
    if (this.words.placeTable.has(word) || lex.newsWords.has(lower) || lex.stopwords.has(lower) || lex.englishWords.has(lower)) return false;
    // A common word may be a name ("Dermawan", "Intan"): when the tagger reads a person there.
    if (this.words.commonTable.has(lower)) return this.personOver(t.start, t.end);
    return true;
  }

  /**
   * "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan": a run that starts with a
   * title goes on over "dan" when a portfolio word follows it (not a title: "Menteri Sosial dan
   * Menteri Keuangan" are two runs).
   */
  private portfolioAfterTitle(first: number, next: number): boolean {
    const title = this.phraseAt(first, next, this.words.lists.titles);
    if (title === 0 || !this.portfolioWord(next) || this.titleFrom(next) > 0) return false;
    // Only portfolio words between the title and "dan": no name has started yet.
    // "Kepala Satuan Tugas Koordinasi dan Supervisi": an organisation's marker may open the portfolio.
    for (let k = first + title; k < next - 1; k++) if (!this.portfolioWord(k) && !(k === first + title && this.lex.orgMarkers.has(this.tokens[k]!.text))) return false;
    return true;
  }

  /**
   * The name run a title run starting at `lo` describes: the run right before it, across a comma
   * ("Muhammad Afifuddin, Ketua KPU") or "selaku", "sebagai", "yang juga", "yang merupakan" (with or
   * without a comma before them); null when there is none, or when it holds a title itself.
   */
  private describedName(lo: number): { first: number; end: number } | null {
    let prev = this.lastRun;
    if (!prev) return null;
    let gapFrom = prev.end;
    // "Rizal Kamil (RK) sebagai Wakil Menteri": the name before the bracketed short name (not
    // across a bare comma: "Bambang (BRT), Direktur DNR Logistics Herry Tho" is a list).
    const before = this.runBefore;
    if (before && this.tokens[prev.first - 1]?.text === '(' && this.tokens[prev.end]?.text === ')' && before.end === prev.first - 1) {
      gapFrom = prev.end + 1;
      prev = before;
    }
    const between = this.tokens
      .slice(gapFrom, lo)
      .map((t) => t.text.toLowerCase())
      .filter((t) => t !== ',' && t !== ')');
    // "Pramono Anung (Gubernur DKI Jakarta)": the title in brackets right after the name.
    const bracketed = between.length === 1 && between[0] === '(' && gapFrom === prev.end && lo === prev.end + 1;
    // "Sukirah (67), Ketua RT 12, …": the age in brackets between the name and the comma.
    const raw = this.tokens.slice(gapFrom, lo);
    const aged = raw.length === 4 && raw[0]!.text === '(' && raw[1]!.kind === 'number' && raw[2]!.text === ')' && raw[3]!.text === ',';
    const linked =
      bracketed ||
      aged ||
      (between.length === 0
        ? this.tokens[gapFrom]?.text === ',' && gapFrom === prev.end
        : ['selaku', 'sebagai', 'yakni', 'yaitu', 'juga'].includes(between.join(' ')) || ['yang juga', 'yang merupakan', 'yang juga merupakan'].includes(between.join(' ')) || HOLDS.test(between.join(' ')));
    if (!linked) return null;
    // "Adapun Hasan, yang menjabat Ketua DPC …": a capitalised function word opening the sentence is no part of the name.
    const trimmed = this.trim(prev.first, prev.end);
    if (trimmed && trimmed[0] > prev.first && trimmed[1] === prev.end) prev = { first: trimmed[0], end: prev.end };
    if (this.phraseAt(prev.first, prev.end, this.words.lists.titles) > 0 || this.designationWord(prev.first)) return null;
    // A name: its words are name-like (or the tagger read a person there).
    for (let k = prev.first; k < prev.end; k++) if (!this.nameLike(k) && this.tokens[k]!.kind === 'word') return null;
    return prev;
  }

  /**
   * "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Rini Widyantini": the
   * capitalised words on from `next` (after a "dan") run to a bracketed acronym that the
   * capitalised words before and after the "dan" spell out, from some word of the run on: one name.
   */
  private spelledOutAcross(first: number, next: number): boolean {
    let e = next;
    while (e < this.tokens.length && this.caps[e] && e - next < 6) e++;
    if (this.tokens[e]?.text !== '(' || this.tokens[e + 2]?.text !== ')') return false;
    for (let from = first; from < next - 1; from++) if (this.acronymOf(from, e, e + 1)) return true;
    return false;
  }

  /** Whether token k is an acronym of the initials of the capitalised words of [from, to), as in "Badan Pusat Statistik (BPS)". */
  private acronymOf(from: number, to: number, k: number): boolean {
    const t = this.tokens[k];
    if (!t || !isAcronym(t.text) || this.tokens[k + 1]?.text !== ')') return false;
    let initials = '';
    for (let m = from; m < to; m++) if (this.caps[m]) initials += this.tokens[m]!.text[0];
    return initials === t.text;
  }

  /** A word that is never part of a name: an acronym, an organisation marker, a place, a title, a rank. */
  private designationWord(k: number): boolean {
    const t = this.tokens[k]!;
    if (t.kind !== 'word') return false;
    const word = withoutTrailingDot(t.text);
    const { lex } = this;
    return (
      isAcronym(word) ||
      lex.orgMarkers.has(word) ||
      this.words.placeTable.has(word) ||
      lex.titles.has(this.lower(k)) ||
      lex.ranks.has(word) ||
      this.words.notNames.has(t.text)
    );
  }

  /**
   * "1 Tahun Kepemimpinan Presiden Prabowo Subianto": capitalised common words (an event's or a
   * headline's) before a title and a name inside one run; the run is read from the title. Returns
   * the token the run starts at (`lo` when no title stands after such words).
   */
  private titleInside(lo: number, hi: number): number {
    const { lists } = this.words;
    if (this.phraseAt(lo, hi, lists.titles) > 0) return lo;
    for (let k = lo; k < hi - 1; k++) {
      if (k > lo && this.phraseAt(k, hi, lists.titles) > 0) return k;
      const t = this.tokens[k]!;
      const lower = this.lower(k);
      const { lex } = this;
      // ("Bandara Sultan Aji …", "Peraturan Presiden …", "Program Asta Cita Presiden …": a place's
      // marker or the head of a law's or a programme's name opens a name of its own.)
      const common =
        t.kind === 'word' &&
        this.words.commonTable.has(lower) &&
        !lex.givenNames.has(lower) &&
        !lex.portfolio.has(t.text) &&
        !lex.orgMarkers.has(t.text) &&
        !this.words.placeMarkers.has(t.text) &&
        !lex.nonEntityHeads.has(t.text) &&
        !lex.documents.has(lower) &&
        !this.words.placeTable.has(t.text) &&
        !lex.titles.has(lower) &&
        !lex.ranks.has(t.text);
      if (!common && !(k > lo && /^\d+$/.test(t.text))) return lo;
    }
    return lo;
  }

  /** A lowercase word of a lowercase title's field ("transportasi", "teknik", "sipil"): a common word, no function word or verb. */
  private fieldWord(k: number): boolean {
    const t = this.tokens[k]!;
    if (t.kind !== 'word' || this.caps[k]) return false;
    const lower = this.lower(k);
    const { lex } = this;
    // ("ketua komisi V DPR RI": an organisation's marker written in lowercase opens its name, no field.)
    // (The function words first: most words asked about stand right before a name ("di", "kata"), and
    // their small list answers before the long list of common words.)
    return !lex.stopwords.has(lower) && this.words.commonTable.has(lower) && !lex.speechVerbs.has(lower) && !lex.titles.has(lower) && !verbShaped(lower) && !this.markerInLowercase(k);
  }

  /**
   * Whether token k, capitalised, is an organisation's marker ("koperasi" → "Koperasi"): for a word
   * opening with a–z, asked of the markers with their first letter in lowercase, without building
   * the capitalised word.
   */
  private markerInLowercase(k: number): boolean {
    const lower = this.lower(k);
    const first = lower.charCodeAt(0);
    return first >= 97 && first <= 122 ? this.words.lowercaseMarkers.has(lower) : this.lex.orgMarkers.has(capitalised(lower));
  }

  /** Whether the slash after token k joins two common words of the organisation's name a marker in [first, k) opens ("Pengadaan Barang/Jasa"). */
  private slashInOrgName(first: number, k: number): boolean {
    if (!this.portfolioWord(k) || !this.portfolioWord(k + 2) || this.tokens[k]!.text === 'dan') return false;
    for (let m = first; m < k; m++) if (this.lex.orgMarkers.has(this.tokens[m]!.text)) return true;
    return false;
  }

  /** A word of a title's portfolio ("Koordinator", "Bidang", "Infrastruktur", "dan"): a common word, no acronym. */
  private portfolioWord(k: number): boolean {
    const t = this.tokens[k]!;
    // "Energi Baru, Terbarukan, dan Konservasi Energi": commas of a portfolio's list.
    if (t.text === ',') return k + 1 < this.tokens.length && this.portfolioWord(k + 1);
    if (t.kind !== 'word') return false;
    const { lex } = this;
    const lower = this.lower(k);
    if (lex.portfolio.has(t.text)) return !lex.orgs.has(t.text);
    if (t.text === 'dan' || t.text === '&') return true;
    if (isAcronym(t.text) || lex.orgMarkers.has(t.text) || lex.orgs.has(t.text) || this.words.placeTable.has(t.text) || lex.givenNames.has(lower)) return false;
    if (this.words.commonTable.has(lower)) return true;
    // "Keberlanjutan", "Pemantauan": a noun made with ke-…-an or pe-…-an from a common word.
    return this.derivedNoun(k);
  }

  /**
   * Whether token k is a common noun the word lists miss: made with ke-…-an or pe-…-an from a
   * common word ("Keberlanjutan", "Pemantauan"), or a loan noun in -isasi or -si ("Digitalisasi", "Supervisi").
   */
  private derivedNoun(k: number): boolean {
    const t = this.tokens[k]!;
    const lower = this.lower(k);
    if (lower.endsWith('isasi') && /^\p{Ll}{4,}isasi$/u.test(lower)) return true;
    // "Supervisi", "Akreditasi": a loan noun in -si of eight letters or more, no given name.
    if (lower.length >= 8 && /(?:asi|isi|usi|esi)$/u.test(lower) && !this.lex.givenNames.has(lower) && !this.lex.bodyNouns.has(lower) && !this.lex.orgMarkers.has(t.text)) return true;
    if (!confixNounShape(lower, 3)) return false;
    if (t.stem !== undefined && t.stem !== lower && this.words.commonTable.has(t.stem)) return true;
    // The stemmer keeps words of its dictionary whole ("pengelolaan"): undo the confix by hand.
    return nominalRoots(lower).some((root) => this.words.commonTable.has(root));
  }

  /** Adds the organisation [from, end) a title's last word marks ("Dinas Sosial NTB" of "Kepala Dinas Sosial NTB") and returns its text. */
  private addMarkerOrg(from: number, end: number): string {
    const a = this.tokens[from]!;
    const b = this.tokens[end - 1]!;
    this.add('ORG', a, b, 'org/title-marker', 4.5);
    return withoutTrailingDot(this.text.slice(a.start, b.end));
  }

  /**
   * Adds the organisation a title's designation [from, end) names and returns its text (the first
   * one's): "Komisi VI DPR Fraksi Partai Gerindra" is two, the commission and the faction.
   */
  private addDesignationOrg(from: number, end: number, score: number): string {
    const { tokens } = this;
    // "Head of Equity Research PT Sucor Sekuritas", "Sales Branch Manager Rayon I Kalsel PT Pertamina
    // Patra Niaga": a legal form opens the company's name; what stands before it is the title's.
    for (let k = end - 2; k > from; k--) {
      if (this.lex.legalFormsBefore.has(tokens[k]!.text) && this.caps[k + 1]) {
        from = k;
        break;
      }
    }
    let fraksi = -1;
    for (let k = from + 1; k < end - 1 && fraksi < 0; k++) if (tokens[k]!.text === 'Fraksi') fraksi = k;
    let last = fraksi > 0 ? fraksi : end;
    // "KPK Wilayah V": a known organisation and its numbered region; the organisation is the known one.
    if (last - from >= 3 && this.lex.regionWords.has(tokens[last - 2]!.text) && /^(?:[IVX]+|\d+)$/.test(tokens[last - 1]!.text) && this.phraseAt(from, last - 2, this.words.lists.orgs) === last - 2 - from) last -= 2;
    this.add('ORG', tokens[from]!, tokens[last - 1]!, 'org/after-title', score);
    if (fraksi > 0) this.add('ORG', tokens[fraksi]!, tokens[end - 1]!, 'org/after-title', score);
    return this.text.slice(tokens[from]!.start, tokens[last - 1]!.end);
  }

  /**
   * The last token of a list continuing an organisation's name at the comma `comma` (", Klimatologi,
   * dan Geofisika"), or -1. Its items are one to three capitalised words, none a name, place,
   * acronym or organisation of its own; the last follows "dan". The list must be of common words
   * or be followed by the organisation's acronym in brackets: "Kementerian Keuangan, Bank
   * Indonesia, dan OJK" are three.
   */
  private orgCommaList(comma: number): number {
    const { tokens, lex } = this;
    let k = comma;
    let items = 0;
    let common = true;
    while (tokens[k]?.text === ',' || (items > 0 && tokens[k]?.text === 'dan')) {
      if (tokens[k]!.text === ',') k++;
      const last = tokens[k]?.text === 'dan';
      if (last) k++;
      let words = 0;
      while (k < tokens.length && this.caps[k] && words < 3 && (words === 0 || tokens[k]!.start - tokens[k - 1]!.end <= 1)) {
        const t = tokens[k]!;
        // "…, Sains, dan Teknologi RI", "… Teknologi Republik Indonesia": the country after the last item.
        if (last && words > 0 && t.text === 'RI') {
          k++;
          break;
        }
        if (last && words > 0 && t.text === 'Republik' && tokens[k + 1]?.text === 'Indonesia' && tokens[k + 1]!.start - t.end <= 1) {
          k += 2;
          break;
        }
        if (t.kind !== 'word' || isAcronym(t.text) || lex.orgMarkers.has(t.text) || lex.orgs.has(t.text) || this.words.placeTable.has(t.text) || lex.givenNames.has(this.lower(k))) return -1;
        common &&= this.portfolioWord(k);
        k++;
        words++;
      }
      if (words === 0 || (this.caps[k] && tokens[k]!.kind === 'word')) return -1;
      items++;
      if (last) {
        const bracketed = tokens[k]?.text === '(' && isAcronym(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')';
        return items >= 2 && (common || bracketed) ? k - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * Where the organisation starts in a designation [d, end) that ends in a known organisation
   * (of the lexicon, or an acronym the text defines in brackets) after a unit named in common words
   * ("Pengawas Lembaga Keuangan OJK" → at "OJK"); d itself otherwise.
   */
  private unitBeforeOrg(d: number, end: number): number {
    if (end - d < 2) return d;
    let org = -1;
    const last = this.tokens[end - 1]!;
    if (isAcronym(last.text) && (this.lex.orgs.has(last.text) || this.text.includes(`(${last.text})`))) org = end - 1;
    else {
      // ("… Korban Bencana Sosial Kemensos": a known organisation of one word ends the run.)
      // ("… Pendidikan Kemenag Purwakarta": a known organisation and its place end it, after a unit
    // with no organisation's marker: "Kantor Wilayah BTN Jawa Timur" is one name.)
    const unitWords = (k: number) => {
      for (let m = d; m < k; m++) if (this.lex.orgMarkers.has(this.tokens[m]!.text)) return false;
      return true;
    };
      for (let k = d + 1; k < end && org < 0; k++) {
        const n = this.phraseAt(k, end, this.words.lists.orgs);
        if (n === end - k || (n > 0 && unitWords(k) && this.phraseAt(k + n, end, this.words.lists.places) === end - k - n)) org = k;
      }
    }
    if (org < 0) return d;
    // "Deputi Bidang Meteorologi BMKG": after "Bidang" stands the field, in any words.
    let field = this.tokens[d - 1]?.text === 'Bidang';
    for (let k = d; k < org; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || isAcronym(t.text) || this.words.placeTable.has(t.text) || this.lex.givenNames.has(this.lower(k))) return d;
      if (!(field || this.lex.orgMarkers.has(t.text) || this.portfolioWord(k))) return d;
      field ||= t.text === 'Bidang';
    }
    return org;
  }

  /** Whether [d, end) is a known organisation: listed, a known or bracketed acronym, or either followed by a place ("Kemenag Purwakarta"). */
  private knownOrgRun(d: number, end: number): boolean {
    const one = (k: number) => {
      const t = this.tokens[k]!.text;
      return isAcronym(t) && (this.lex.orgs.has(t) || this.text.includes(`(${t})`)) ? 1 : this.phraseAt(k, end, this.words.lists.orgs);
    };
    const n = one(d);
    // ("BPJS Watch": a known organisation and a word that ends organisations' names, a body named after it.)
    return n > 0 && (n === end - d || this.phraseAt(d + n, end, this.words.lists.places) === end - d - n || (n === end - d - 1 && this.words.orgEnds.has(this.tokens[end - 1]!.text)));
  }

  /**
   * Where the name starts in run [i, hi) after a title: the longest run of name-like words at its
   * end (at most five), after a rank or starting at a name prefix ("Prof", "H."); and where the
   * designation before it ends (before a rank).
   */
  private nameStart(i: number, hi: number): { name: number; designationEnd: number } {
    const { tokens, lex } = this;
    let k = hi;
    // The tagger's person span ending with the run, when no designation word stands in it.
    const tagged = this.personEndingAt(tokens[hi - 1]!.end, tokens[i]!.start);
    let taggedStart = -1;
    if (tagged) {
      let s = i;
      while (s < hi && tokens[s]!.start < tagged.start) s++;
      let clean = s < hi;
      // A place's word after the first word of the tagger's name is a family name ("Syafrizal
      // Tanjung", "Andi Baso Pallawa"), not a designation.
      for (let m = s; m < hi && clean; m++) clean = !this.designationWord(m) || (m > s && this.words.placeTable.has(tokens[m]!.text) && !this.lex.knownPlaces.has(tokens[m]!.text) && !this.lex.orgMarkers.has(tokens[m]!.text));
      if (clean) k = taggedStart = s;
      // "… Sains, dan Teknologi Brian Yuliarto": the portfolio's last word the tagger read into the name.
      while (clean && k < hi - 2 && this.portfolioName(k)) k++;
    }
    // "Mendikti Saintek Brian Yuliarto": right after the title, a word only the common-word list
    // holds (foreign given names are common words of Indonesian text) opens the tagger's name.
    if (tagged && k === i + 1 && k < hi && this.foreignNameWord(i)) k = i;
    // "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono": so too right after the portfolio's last word.
    else if (tagged && k === taggedStart && k - 2 >= i && k < hi && this.portfolioName(k - 2) && this.foreignNameWord(k - 1)) k--;
    // "… Kementerian Kesehatan RI Azhar Jaya": a common word ends the name of the given name before it.
    if (k === hi && hi - 2 > i && this.caps[hi - 1] && !this.designationWord(hi - 1) && lex.personWords.has(this.lower(hi - 2)) && this.nameLike(hi - 2)) k = hi - 1;
    // "Administrator NASA Sean Duffy": a given name right after the title, then a word only the
    // common-word list holds (a foreign family name), is a name of two words.
    if (k === hi && hi - 2 === i && this.listedNameWord(i) && this.nameLike(i) && this.foreignNameWord(hi - 1)) k = i;
    // "Ketua DPRD Banten Fahmi Hakim", "Lukman Hakim": a title's word ending the run after a word of
    // people's names is the family name.
    if (k === hi && hi - 2 > i && /^\p{Lu}\p{Ll}+$/u.test(tokens[hi - 1]!.text) && lex.titles.has(this.lower(hi - 1)) && !lex.orgMarkers.has(tokens[hi - 1]!.text) && this.listedNameWord(hi - 2) && this.nameLike(hi - 2)) k = hi - 1;
    for (;;) {
      // "Kepala BNNK Bima Sri Handayani Usman": a place after an organisation's acronym or marker is
      // the office's, not the first word of a name of two words or more.
      if (k - 1 > i && hi - k >= 2 && this.words.placeTable.has(tokens[k - 1]!.text) && this.orgWord(k - 2)) break;
      // ("KBRI Phnom Penh Wahyu Adinegoro": a place of two words or more.)
      if (k - 2 > i && hi - k >= 2 && this.placeEndingAt(k) > 1 && this.orgWord(k - 1 - this.placeEndingAt(k))) break;
      // "Ketua Asosiasi Pemandu Gunung Rinjani Sahnan Hidayat": the word after a place's marker is the
      // place's; "Analis PT Indo Premier Sekuritas Yosua …": a word that ends an organisation's name
      // is none of a person's.
      if (k - 1 > i && (this.words.placeMarkers.has(tokens[k - 2]!.text) || this.words.orgEnds.has(tokens[k - 1]!.text))) break;
      // "Direktur CV Bahari Kie Raha Stevanus Liem": two words or more that no name list knows before
      // a name of two words or more the tagger read are no part of it ("Menteri Keuangan Purbaya
      // Yudhi Sadewa": one is).
      if (taggedStart >= 0 && k === taggedStart && hi - taggedStart >= 2 && k - 2 >= i && !this.knownNameWord(k - 1) && !this.knownNameWord(k - 2) && this.nameLike(k - 1) && this.nameLike(k - 2)) break;
      if (k > i && hi - k < 6 && this.nameLike(k - 1)) k--;
      // "Kadis PUPR Sumut Topan Ginting": a place's short name after an organisation's word ends the
      // office; the one capitalised word between it and the name is the name's first word, a common
      // word too ("Topan"), when it is no title's, marker's, place's or portfolio's word.
      else if (
        k - 2 >= i &&
        k >= 3 &&
        k < hi &&
        hi - k <= 2 &&
        lex.placeAliases.has(tokens[k - 2]!.text) &&
        this.orgWord(k - 3) &&
        this.caps[k - 1] === true &&
        tokens[k - 1]!.kind === 'word' &&
        /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text) &&
        !lex.titles.has(this.lower(k - 1)) &&
        !lex.orgMarkers.has(tokens[k - 1]!.text) &&
        !this.words.placeTable.has(tokens[k - 1]!.text) &&
        !this.portfolioName(k - 1)
      ) {
        k--;
        break;
      }
      // "KBRI Dhaka Lukman Hakim Pasaribu": a title's word between a given name and the name's
      // last word is a word of the name ("Sri Sultan Hamengku Buwono X" keeps its title).
      else if (k - 2 >= i && hi - k === 1 && this.titleWordInName(k - 1) && this.listedNameWord(k - 2) && this.nameLike(k - 2)) k -= 2;
      // "Munafri 'Appi' Arifuddin": a nickname in quotes between the words of a name.
      else if (k - 4 >= i && k < hi && NICKNAME_CLOSE.get(tokens[k - 3]!.text) === tokens[k - 1]!.text && this.caps[k - 2] && this.nameLike(k - 4)) k -= 4;
      else break;
    }
    // "Ketua Pengadilan Negeri Wamena Ronald …", "Raja Negeri Hila Yohanis …": the word after
    // "Negeri" (a state court's or prosecutor's office, a Moluccan village) is the place that names
    // it, when two words or more follow it ("Menteri Luar Negeri Sugiono": no place after "Dalam"/"Luar").
    if (k >= i && k < hi - 2 && tokens[k - 1]!.text === 'Negeri' && !/^(?:Dalam|Luar)$/.test(tokens[k - 2]?.text ?? '') && this.caps[k] && tokens[k]!.kind === 'word') k++;
    // "Direktur PT Griya Asri Bekasi Lestari Budi Santoso": a word of good fortune right after the
    // place in a company's name ends the company's name ("PT Samudera Cakalang Bitung Jaya"), when
    // a name of two words or more follows it.
    if (k > i && k < hi - 2 && COMPASS.has(tokens[k]!.text) && this.words.placeTable.has(tokens[k - 1]!.text)) {
      let company = false;
      for (let m = i; m < k - 1 && !company; m++) company = lex.legalFormsBefore.has(tokens[m]!.text);
      if (company) k++;
    }
    // "Kapolres Lebak AKBP Yudha Satria Pratama": after a rank (no common word: "Jenderal", "Mayor")
    // and its branch, the capitalised words to the run's end are the name, whatever the lists say of them.
    for (let r = k - 1; r >= i; r--) {
      const word = withoutTrailingDot(tokens[r]!.text);
      if (!lex.ranks.has(word)) continue;
      if (this.words.commonTable.has(word.toLowerCase()) || lex.portfolio.has(word) || lex.titles.has(word.toLowerCase())) break;
      let s = r + 1;
      while (s < hi && (lex.ranks.has(withoutTrailingDot(tokens[s]!.text)) || lex.forces.has(tokens[s]!.text) || tokens[s]!.text === '.')) s++;
      let names = s < k && hi - s <= 5;
      for (let m = s; m < hi && names; m++) names = tokens[m]!.text === '.' || (this.caps[m] === true && tokens[m]!.kind === 'word' && !isAcronym(tokens[m]!.text) && !lex.orgMarkers.has(tokens[m]!.text) && !lex.titles.has(this.lower(m)));
      if (names) k = s;
      break;
    }
    // "Ketua Baznas Noor Achmad", "Bupati Ogan Komering Ilir Iskandar Zulkarnain Sani": a known
    // organisation or place read into the name's front ends the designation, when two words or more
    // follow it and its first word names no one.
    for (let n = k < hi - 2 ? this.knownFront(k, hi) : 0; n > 0 && hi - (k + n) >= 2; n = k < hi - 2 ? this.knownFront(k, hi) : 0) k += n;
    // "CEO Siloam International Hospitals Caroline Riady": the name starts after the word that ends an
    // organisation's name, whatever the name lists say of its words.
    let orgEnd = -1;
    for (let m = k - 1; m > i && orgEnd < 0; m--) if (this.words.orgEnds.has(tokens[m]!.text)) orgEnd = m;
    // (Only where a name was found at the run's end: "PT Bank Tabungan Negara" names no one.)
    if (orgEnd >= 0 && k > orgEnd + 1 && k < hi && hi - (orgEnd + 1) <= 4) {
      let clean = true;
      for (let m = orgEnd + 1; m < k && clean; m++) clean = this.caps[m] === true && tokens[m]!.kind === 'word' && !this.designationWord(m);
      if (clean) k = orgEnd + 1;
    }
    // "Kepala BPS Sumut Juli Astuti": a month's name is a given name when a name follows it.
    if (k > i && k < hi && hi - k < 5 && this.lex.calendar.months.has(this.lower(k - 1)) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text)) k--;
    // A trailing dot or particle opens no name.
    while (k < hi && (tokens[k]!.kind === 'punct' || this.words.connectors.has(tokens[k]!.text))) k++;
    // "Ketua MUI Bidang Fatwa Asrorun Niam Sholeh": the word after "Bidang" names the field, no person.
    if (k > i && tokens[k - 1]!.text === 'Bidang' && hi - k >= 3 && this.caps[k] && !lex.givenNames.has(this.lower(k))) k++;
    // "Sekretaris Ditjen Pendis Arskal Salim": an organisation's marker names no body by itself; the
    // word right after it that no name list knows is the body's, when a name of two words follows
    // (a company's legal form opens a name that the rules before have read: "PT Anoa Nikel Pratama").
    if (k > i && hi - k >= 3 && lex.orgMarkers.has(tokens[k - 1]!.text) && !lex.legalFormsBefore.has(tokens[k - 1]!.text) && this.caps[k] && tokens[k]!.kind === 'word' && !this.knownNameWord(k) && !this.lex.nameOpeners.has(tokens[k]!.text)) k++;
    // ("dr. Lestari": the prefix and its dot a token each.)
    for (;;) {
      if (k > i && lex.namePrefixes.has(withoutTrailingDot(tokens[k - 1]!.text))) k--;
      else if (k > i + 1 && tokens[k - 1]!.text === '.' && lex.namePrefixes.has(tokens[k - 2]!.text)) k -= 2;
      else break;
    }
    // "Pengasuh PP Tebuireng KH Abdul Hakim Mahfudz": a name prefix opens the name, whatever stands
    // between it and the last word ("Hakim" is also a title).
    for (let j = i + 1; j < k; j++) {
      // ("Drs. Petrus …": the prefix's dot a token of its own.)
      if (tokens[j]!.kind === 'word' && lex.namePrefixes.has(withoutTrailingDot(tokens[j]!.text)) && (this.caps[j + 1] || (tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === tokens[j]!.end && this.caps[j + 2]))) {
        let clean = true;
        for (let m = j + 1; m < hi && clean; m++) clean = this.caps[m] === true || tokens[m]!.text === '.';
        if (clean) {
          k = j;
          break;
        }
      }
    }
    // "Menteri Luar Negeri Turki Hakan Fidan", "Gubernur California Gavin Newsom": one or two
    // capitalised words between a place (the longest the lists know from its first word) and the
    // name found are the name's first words (foreign given names the word lists miss), when no
    // designation word, compass word or title is among them.
    if (k < hi && k - i >= 2) {
      for (let e = k - 1; e >= Math.max(i + 1, k - 2); e--) {
        let words = true;
        for (let m = e; m < k && words; m++) words = this.caps[m] === true && tokens[m]!.kind === 'word' && !this.designationWord(m) && !COMPASS.has(tokens[m]!.text) && !lex.portfolio.has(tokens[m]!.text);
        if (!words) break;
        let placeEnds = false;
        for (let st = i; st < e && !placeEnds; st++) placeEnds = this.phraseAt(st, hi, this.words.lists.places) === e - st;
        if (placeEnds && hi - e <= 4) {
          k = e;
          break;
        }
      }
    }
    // "… Ilmu Politik Universitas Udayana", "Jalan Ahmad Yani": after the marker of an institution
    // or a place named after someone stands its name, no person's.
    if (k > i && k < hi && hi - k <= 2 && this.words.namesakeMarkers.has(tokens[k - 1]!.text)) k = hi;
    // "Komisaris Utama Bank Nagari itu": one word after an organisation's marker ending the run is
    // the organisation's name, unless people are named by it.
    if (k > i && hi - k === 1 && lex.orgMarkers.has(tokens[k - 1]!.text) && !this.listedNameWord(k)) k = hi;
    // "Wali Kota Denpasar IGN Jaya Negara", "Polresta Denpasar I Ketut Sukadi": a Balinese name
    // opens with "I" or "Ni" and a birth-order or caste word, or their abbreviation; what stands
    // before it is the designation (name prefixes before it stay the name's: "Prof. I Wayan").
    for (let j = i + 1; j < hi - 1; j++) {
      if (!this.balineseOpener(j, hi)) continue;
      let prefixes = true;
      for (let m = k; m < j && prefixes; m++) prefixes = tokens[m]!.text === '.' || lex.namePrefixes.has(withoutTrailingDot(tokens[m]!.text));
      if (k > j || !prefixes) k = j;
      break;
    }
    // "Direktur Utama Perumda Air Minum Tirta Giri Nata Yusron Hakim … kata Yusron": a word the
    // document names someone by after a speech cue opens the name, when only capitalised words that
    // are no acronym or organisation's marker follow it to the run's end.
    for (let j = i + 1; j < k && j < hi; j++) {
      if (hi - j > 4 || !this.cuedNames.has(tokens[j]!.text)) continue;
      let clean = true;
      for (let m = j; m < hi && clean; m++) clean = this.caps[m] === true && tokens[m]!.kind === 'word' && !isAcronym(tokens[m]!.text) && !lex.orgMarkers.has(tokens[m]!.text);
      if (clean) {
        k = j;
        break;
      }
    }
    // "Pemimpin Cabang Bank NTB Syariah Bima Lalu Ahmad Zulfikar", "Kepala Dinas Aceh Teuku Ahmad":
    // a regional name's opening word ([name-openers]) opens the name that runs to the end.
    for (let j = i + 1; j < hi - 1; j++) {
      if (!lex.nameOpeners.has(tokens[j]!.text)) continue;
      let names = true;
      for (let m = j + 1; m < hi && names; m++) names = this.caps[m] === true && tokens[m]!.kind === 'word' && !isAcronym(tokens[m]!.text) && !this.designationWord(m);
      if (names && hi - j <= 5) {
        let prefixes = true;
        for (let m = k; m < j && prefixes; m++) prefixes = tokens[m]!.text === '.' || lex.namePrefixes.has(withoutTrailingDot(tokens[m]!.text));
        if (k > j || !prefixes) k = j;
      }
      break;
    }
    // "Direktur CV Karya Bumi Ruwa Jurai Hendrik Wijaya", "… BEM KM Unissula": an organisation the
    // document writes by itself elsewhere ("…, CV Karya Bumi Ruwa Jurai, …") is whole before the
    // name, when the name read so far starts inside it and a word is left after it.
    // ("PT Bara Gas Ganda Imam Sasongko": so too when the name read so far starts after it, the
    // words between it and the name no designation's.)
    if (this.docOrgs.size > 0) {
      if (this.docOrgsLongest < 0) for (const o of this.docOrgs) this.docOrgsLongest = Math.max(this.docOrgsLongest, o.length);
      for (let m = i; m < k; m++) {
        let best = -1;
        // (Only stretches no longer than the longest organisation: the words on from m grow longer.)
        const from = tokens[m]!.start;
        for (let e = m + 1; e < hi && tokens[e - 1]!.end - from <= this.docOrgsLongest; e++) if (this.docOrgs.has(this.text.slice(from, tokens[e - 1]!.end))) best = e;
        if (best < 0) continue;
        let names = best > k || hi - best <= 4;
        for (let w = best; w < k && names; w++) names = this.caps[w] === true && tokens[w]!.kind === 'word' && !this.designationWord(w);
        if (names) k = best;
        break;
      }
    }
    let designationEnd = k;
    // ("Kemhan Mayjen TNI Bambang": a rank and its force before the name.)
    while (designationEnd > i && (lex.ranks.has(withoutTrailingDot(tokens[designationEnd - 1]!.text)) || (designationEnd - 1 > i && lex.forces.has(tokens[designationEnd - 1]!.text) && lex.ranks.has(withoutTrailingDot(tokens[designationEnd - 2]!.text))))) designationEnd--;
    return { name: k, designationEnd };
  }

  /** Whether token k is a capitalised title's word that people are named by too ("Hakim", "Raja"): no organisation's marker. */
  private titleWordInName(k: number): boolean {
    const t = this.tokens[k]!;
    return t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && this.lex.titles.has(this.lower(k)) && !this.lex.orgMarkers.has(t.text) && !this.lex.ranks.has(t.text);
  }

  /**
   * How many words at k name a known organisation (the lexicon's, or a regional body's short name:
   * "Muhammadiyah", "Baznas") or a known place of two words or more ("Ogan Komering Ilir"), when the
   * first is no word of people's names; 0 otherwise.
   */
  private knownFront(k: number, hi: number): number {
    const { lex, tokens } = this;
    const t = tokens[k]!;
    const lower = this.lower(k);
    if (t.kind !== 'word' || lex.givenNames.has(lower) || lex.personWords.has(lower)) return 0;
    if (lex.orgs.has(t.text) || lex.regionalBodies.has(t.text)) return 1;
    const p = this.phraseAt(k, hi, this.words.lists.places);
    return p >= 2 && lex.knownPlaces.has(this.text.slice(t.start, tokens[k + p - 1]!.end)) ? p : 0;
  }

  /**
   * A capitalised word that only the common-word list holds: no news word, English word, portfolio
   * word, place, designation or derived noun ("Brian", "Duffy": foreign names met in Indonesian text).
   */
  private foreignNameWord(k: number): boolean {
    const t = this.tokens[k]!;
    const lower = this.lower(k);
    const { lex } = this;
    return (
      t.kind === 'word' &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
      this.words.commonTable.has(lower) &&
      !lex.newsWords.has(lower) &&
      !lex.englishWords.has(lower) &&
      !lex.stopwords.has(lower) &&
      !lex.portfolio.has(t.text) &&
      !this.designationWord(k) &&
      !this.derivedNoun(k)
    );
  }

  /**
   * Whether token j opens a Balinese name that runs to `hi`: "I"/"Ni" before a birth-order or caste
   * word ("I Ketut Sukadi"), or an abbreviation of one ("IGN Jaya Negara"), then capitalised words only.
   */
  private balineseOpener(j: number, hi: number): boolean {
    const { tokens } = this;
    const t = tokens[j]!.text;
    const { balineseNameWords, balineseAbbreviations } = this.lex;
    // ("Ida Bagus", "Ida Ayu": a Brahmin's name opens with them; "Anak Agung" a noble's.)
    const opens =
      ((t === 'I' || t === 'Ni') && balineseNameWords.has(tokens[j + 1]!.text)) || (t === 'Ida' && /^(?:Bagus|Ayu)$/.test(tokens[j + 1]!.text)) || (t === 'Anak' && tokens[j + 1]!.text === 'Agung') || balineseAbbreviations.has(t);
    if (!opens) return false;
    for (let m = j + 1; m < hi; m++) if (!this.caps[m] || (isAcronym(tokens[m]!.text) && m > j + 1)) return false;
    return true;
  }

  /** Collects capitalised runs (allowing initials "B.", connectors, "Inc." and hyphens inside) and reads each. */
  /**
   * "berinisial RA (34), MF (28) dan HS (41)", "tersangka JD", "AS (34)": initials that name a person,
   * as crime and court news name suspects, victims and minors. Initials after a word that says so
   * ([initials-cues]) or before an age in brackets, or after a role ([initials-roles]) when the
   * lexicon knows them as no organisation or place; the next initials of a list go with them.
   */
  private initials(): void {
    const { tokens, lex } = this;
    let listed = false;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !initialsWord(t.text)) {
        // "RA (34), MF (28) dan HS (41)": the list goes on over its commas, "dan" and ages.
        if (listed && !(t.text === ',' || t.text === 'dan' || t.text === 'serta' || t.text === '(' || t.text === ')' || /^\d{1,2}$/.test(t.text))) listed = false;
        continue;
      }
      const prev = k > 0 ? this.lower(k - 1) : '';
      const age = tokens[k + 1]?.text === '(' && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === ')';
      // ("siswa SDNU 1 Trate": a school's kind before its number.)
      const school = SCHOOL_ACRONYM.test(t.text) && tokens[k + 1]?.kind === 'number';
      // (Whether the lexicon knows the initials as an organisation or a place is asked last, and
      // written out rather than as a closure: a closure over `t` would make every token's loop
      // body allocate a context, initials or not.)
      const person: boolean =
        lex.initialsCues.has(prev) ||
        (age && !lex.orgs.has(t.text)) ||
        ((lex.initialsRoles.has(prev) || listed) &&
          !(school || lex.orgs.has(t.text) || this.words.placeTable.has(t.text) || lex.placeAliases.has(t.text) || lex.knownPlaces.has(t.text) || lex.nonEntityAcronyms.has(t.text)));
      if (person) this.add('PERSON', t, t, INITIALS_SOURCE, 4.6);
      listed = person;
    }
  }

  read(inTitle: boolean): void {
    const { tokens, caps } = this;
    this.inTitle = inTitle;
    this.initials();
    this.numberedUnits(inTitle);
    if (!inTitle) this.taggedAddresses();
    if (!inTitle) this.lowercaseTitlesAfterNames();
    for (let i = 0; i < tokens.length; i++) {
      if (!caps[i]) continue;
      const first = i;
      while (i + 1 < tokens.length) {
        const next = tokens[i + 1]!;
        const prev = tokens[i]!;
        const adjacent = next.start - prev.end <= 1;
        if (!adjacent) break;
        const capAfter = i + 2 < tokens.length && caps[i + 2]!;
        if (caps[i + 1]) {
          i++;
        } else if (next.text === '.' && this.words.initial.test(prev.text) && (capAfter || this.lowercasePrefixAt(i + 2)) && tokens[i + 2]!.start - next.end <= 1) {
          // ("Dr. dr. Hotma Uli": a lowercase prefix may follow the dot of another.)
          i++;
        } else if (next.text === '.' && this.lex.legalFormsAbbreviated.has(prev.text)) {
          // "Facebook Inc.": the dot ends the run.
          i++;
          break;
        } else if (capAfter && this.words.connectors.has(next.text)) {
          i++;
        } else if (next.text === '/' && capAfter && next.start === prev.end && tokens[i + 2]!.start === next.end && this.slashInOrgName(first, i)) {
          // "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah": two common words joined by a slash
          // inside an organisation's name (after its marker) keep the name whole.
          i++;
        } else if (
          // (A name prefix written in lowercase: "dr.", "drg.", people.txt [name-prefixes]; the dot
          // after it first, which rules out most words that end a run.)
          tokens[i + 2]?.text === '.' &&
          this.lex.namePrefixes.has(next.text) &&
          !/\p{Lu}/u.test(next.text) &&
          i + 3 < tokens.length &&
          caps[i + 3] &&
          tokens[i + 2]!.start === next.end &&
          tokens[i + 3]!.start - tokens[i + 2]!.end <= 1
        ) {
          // "Kepala Dinas Kesehatan Kabupaten Jember dr. Lestari Handayani": a doctor's lowercase prefix inside the run.
          i += 2;
        } else if (
          capAfter &&
          i + 4 < tokens.length &&
          NICKNAME_CLOSE.get(next.text) === tokens[i + 3]!.text &&
          tokens[i + 3]!.start === tokens[i + 2]!.end &&
          caps[i + 4] &&
          tokens[i + 4]!.start - tokens[i + 3]!.end <= 1
        ) {
          // "Munafri 'Appi' Arifuddin": a nickname in quotes inside a name.
          i += 3;
        } else if (
          (next.text === 'dan' || next.text === '&') &&
          capAfter &&
          // "Kementerian Energi dan Sumber Daya Mineral" is one name; "Kejaksaan dan KPK" are two, and
          // so are "Kementerian … RI dan Sekretariat Negara RI": the nation's "RI" ends a body's name.
          prev.text !== 'RI' &&
          ((this.lex.orgMarkers.has(tokens[first]!.text) && this.portfolioWord(i + 2)) || this.portfolioAfterTitle(first, i + 2) || this.spelledOutAcross(first, i + 2))
        ) {
          i++;
        } else if (
          next.text === ',' &&
          (capAfter || tokens[i + 2]?.text === 'dan') &&
          this.portfolioAfterTitle(first, capAfter ? i + 2 : i + 3) &&
          (!this.nameLike(capAfter ? i + 2 : i + 3) || this.lex.portfolio.has(tokens[capAfter ? i + 2 : i + 3]!.text))
        ) {
          // "Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi Eniya": a portfolio's list.
          i += capAfter ? 1 : 2;
        } else if (next.text === 'untuk' && capAfter && ENVOY.test(this.text.slice(tokens[first]!.start, prev.end))) {
          // "Duta Besar Palestina untuk Indonesia Zuhair Al-Shun": an envoy's title names the country sent to.
          i++;
        } else if (next.kind === 'number' && capAfter && tokens[i + 2]!.start - next.end <= 1 && (this.numberedUnit(i) || (/^\d{1,3}$/.test(next.text) && this.schoolIn(first, i))) && this.phraseAt(first, i + 1, this.words.lists.titles) > 0) {
          // ("Kepala SDN Sukaraksa 02 Euis Komalasari": a school's number after its place's name.)
          // "Kepala SMAN 11 Semarang, Rr Tri Widiyastuti", "Manager Humas KAI Daop 6 Yogyakarta Feni
          // Novida": after a title, a unit's number stays inside the run of its organisation.
          i++;
        } else if (next.text === ',' && this.lex.orgMarkers.has(tokens[first]!.text) && this.orgCommaList(i + 1) > 0) {
          // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": one organisation named by a list.
          i = this.orgCommaList(i + 1);
        } else break;
      }
      if (inTitle) this.readTitleRun(first, i + 1);
      else {
        this.readRun(first, i + 1);
        this.runBefore = this.lastRun;
        this.lastRun = { first, end: i + 1 };
      }
    }
  }

  /**
   * Whether token k is a degree or an order after a name ("…, Sp.A menyebut", "…, MARS mengatakan",
   * "…, SVD, yang memimpin"): a dotted degree or one of {@link DEGREE_ACRONYMS}, with no capitalised
   * word after it ("M.H. Thamrin" is a name).
   */
  private degreeAt(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    // "Sp.BTKV": a specialist's degree whose field the tokens split at the dot.
    const split = t.text === 'Sp' && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === t.end && /^[A-Z]{1,6}$/.test(tokens[k + 2]?.text ?? '') && tokens[k + 2]!.start === tokens[k + 1]!.end;
    if (!(split || DOTTED_DEGREE.test(t.text) || DEGREE_ACRONYMS.has(t.text))) return false;
    const end = split ? k + 2 : k;
    const next = tokens[end + 1]?.text === '.' ? end + 2 : end + 1;
    return !(this.caps[next] === true && tokens[next]!.kind === 'word' && !this.degreeAt(next));
  }

  /**
   * "SRMA 33 Tangerang Selatan", "MAN 2 Kota Malang", "Kodim 0313 Kampar", "SDNU 1 Trate": a school's
   * or a unit's kind, its number and the town after it are one organisation (the tagger, not knowing
   * a new kind, reads the kind and its number, and the town as a place). The town is a known place
   * (after its administrative prefix or not), or outside headlines one capitalised word of no common
   * kind that ends the capitalised words ("SMP 12 Krui Kabupaten Pesisir Barat": the regency is
   * the school's address, a place of its own).
   */
  private numberedUnits(inTitle: boolean): void {
    const { tokens, lex, words } = this;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      let n = k + 1;
      if (tokens[n]!.text === 'Negeri' || tokens[n]!.text === 'Swasta') n++;
      const num = tokens[n];
      // (The number first: it rules out most words before the unit's regex runs.)
      if (num?.kind !== 'number' || !/^\d{1,4}$/.test(num.text) || num.start - tokens[n - 1]!.end !== 1 || !words.numberedUnit.test(t.text)) continue;
      const p = n + 1;
      if (this.caps[p] !== true || tokens[p]!.start - num.end !== 1) continue;
      const admin = lex.adminPrefixes.has(tokens[p]!.text) ? 1 : 0;
      let place = this.phraseAt(p + admin, tokens.length, words.lists.places);
      if (place > 0) place += admin;
      else if (!inTitle && !this.titleEndsAt(k)) {
        // ("Kepala SMAN 4 Sugiarto": after a title, one word after the number is the head's name.)
        const w = tokens[p]!;
        const lower = this.lower(p);
        const alone = !(this.caps[p + 1] === true && tokens[p + 1]!.start - w.end <= 1) || words.placeMarkers.has(tokens[p + 1]!.text);
        const own =
          w.kind === 'word' &&
          alone &&
          !this.words.commonTable.has(lower) &&
          !lex.stopwords.has(lower) &&
          !lex.titles.has(lower) &&
          !words.notNames.has(w.text) &&
          !lex.orgMarkers.has(w.text) &&
          !lex.orgs.has(w.text) &&
          !words.placeMarkers.has(w.text) &&
          !this.listedNameWord(p) &&
          !this.personOver(w.start, w.end);
        if (own) place = 1;
      }
      if (place > 0) this.add('ORG', t, tokens[p + place - 1]!, 'org/numbered-unit', NUMBERED_UNIT_SCORE);
    }
  }

  /** Whether token k is an organisation's marker that names no body alone: a common word ("Kelompok", "Yayasan") or a legal form ("PT"). */
  private bareMarker(k: number): boolean {
    const t = this.tokens[k]!.text;
    if (this.lex.orgs.has(t)) return false;
    return this.lex.legalFormsBefore.has(t) || (this.lex.orgMarkers.has(t) && this.words.commonTable.has(this.lower(k)));
  }

  /** Whether a title ends right before token k ("Kepala" of "Kepala SMAN 4"). */
  private titleEndsAt(k: number): boolean {
    for (let j = k - 1; j >= 0 && j >= k - this.lex.titleMaxWords; j--) if (this.phraseAt(j, k, this.words.lists.titles) === k - j) return true;
    return false;
  }

  /** How many tokens of [from, to) are no punctuation. */
  private wordsIn(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (this.tokens[k]!.kind !== 'punct') n++;
    return n;
  }

  /** Whether a name prefix written in lowercase and its dot ("dr.", "drg.") stand at k, before a capitalised word. */
  private lowercasePrefixAt(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    return t !== undefined && this.lex.namePrefixes.has(t.text) && !/\p{Lu}/u.test(t.text) && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === t.end && this.caps[k + 2] === true && tokens[k + 2]!.start - tokens[k + 1]!.end <= 1;
  }

  /**
   * "…, Lalu Samsul Adnan", "Gubernur NTB Lalu Muhamad Iqbal": a word that opens regional names
   * ([name-openers]) and is also a function word ("lalu") opens the name inside a sentence, where
   * the function word would be written in lowercase; at a sentence's start it is the function word.
   */
  private openerInside(k: number): boolean {
    return k > 0 && !OPENING_MARK.test(this.tokens[k - 1]!.text) && this.lex.nameOpeners.has(this.tokens[k]!.text) && this.caps[k + 1] === true;
  }

  /**
   * "Budi Santoso (45), ketua kelompok tani, mengaku …", "kata Hj. Maemunah (58), ketua majelis
   * taklim setempat.": a lowercase title (and its field of up to three words) between commas after
   * a name, or after its age in brackets, ending the clause, is that name's role.
   */
  private lowercaseTitlesAfterNames(): void {
    const { tokens } = this;
    for (let j = 1; j + 1 < tokens.length; j++) {
      if (tokens[j]!.text !== ',' || this.caps[j + 1]) continue;
      const best = this.titleFrom(j + 1);
      if (best === 0 || this.lex.descriptions.has(this.lower(j + 1))) continue;
      let k = j + 1 + best;
      while (k < j + 4 + best && k < tokens.length && this.fieldAfterTitle(k)) k++;
      const end = k;
      if (FIELD_CLOSERS.has(tokens[k]?.text ?? '') || DEMONSTRATIVES.has(tokens[k]?.text ?? '')) k++;
      if (k < tokens.length && !/^[,.;]$/.test(tokens[k]!.text)) continue;
      // The name before the comma, after its age in brackets or not.
      let last = j - 1;
      if (tokens[last]!.text === ')' && tokens[last - 1]?.kind === 'number' && tokens[last - 2]?.text === '(') last -= 3;
      let first = last;
      while (first > 0 && (this.caps[first - 1] || (tokens[first - 1]!.text === '.' && this.caps[first - 2])) && last - first < 5) first--;
      if (last < 0 || !this.caps[last]) continue;
      while (first < last && !this.nameLike(first)) first++;
      let names = true;
      for (let m = first; m <= last && names; m++) names = this.nameLike(m);
      if (!names) continue;
      const a = tokens[j + 1]!;
      this.pushRole(tokens[first]!, tokens[last]!, { title: this.text.slice(a.start, tokens[end - 1]!.end), org: null, start: a.start, end: tokens[end - 1]!.end });
    }
  }

  /** A lowercase word of the field after a lowercase title between commas: any ("tani" too), but no function word or verb. */
  private fieldAfterTitle(m: number): boolean {
    const t = this.tokens[m]!;
    if (t.kind !== 'word' || this.caps[m]) return false;
    const lower = this.lower(m);
    return this.fieldWord(m) || (!this.lex.stopwords.has(lower) && !this.lex.speechVerbs.has(lower) && !this.lex.titles.has(lower) && !verbShaped(lower));
  }

  /** Whether a school's kind stands in [from, to] ("SDN" of "Kepala SDN Sukaraksa"). */
  private schoolIn(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (SCHOOL_KIND.test(this.tokens[k]!.text)) return true;
    return false;
  }

  /** Whether token k names a kind of unit numbered after it: a school ("SMAN", "SMP Negeri"), a region ("Daop", "Wilayah"). */
  private numberedUnit(k: number): boolean {
    const t = this.tokens[k]!.text;
    const { numberedUnit } = this.words;
    return numberedUnit.test(t) || this.lex.regionWords.has(t) || (/^(?:Negeri|Swasta)$/.test(t) && k > 0 && numberedUnit.test(this.tokens[k - 1]!.text));
  }

  /** Trims name-excluded words at the edges of run [first, end): its name part, or null. */
  private trim(first: number, end: number): [number, number] | null {
    const { tokens, lex } = this;
    const { notNames } = this.words;
    let lo = first;
    let hi = end;
    // "Senin", "Rp", and capitalised function words at the start ("Menurut Lestari", "Sementara Budi").
    while (
      lo < hi &&
      (notNames.has(tokens[lo]!.text) || (hi - lo > 1 && lex.stopwords.has(this.lower(lo)) && !lex.givenNames.has(this.lower(lo)) && !this.openerInside(lo)))
    ) {
      lo++;
    }
    while (lo < hi && notNames.has(tokens[hi - 1]!.text) && !this.dateInName(lo, hi - 1) && !this.pronounInName(lo, hi - 1)) hi--;
    return lo < hi ? [lo, hi] : null;
  }

  /**
   * "RS Harapan Kita", "Yayasan Rumah Kita": a pronoun capitalised inside a sentence, after a name's
   * word, ends the name of the body whose marker opens the run at `lo` (a pronoun is written in
   * lowercase there; headlines capitalise every word, "di Sekolah Kita" stays a pronoun).
   */
  private pronounInName(lo: number, k: number): boolean {
    return !this.inTitle && k - 1 > lo && this.lex.pronouns.has(this.lower(k)) && this.lex.orgMarkers.has(this.tokens[lo]!.text);
  }

  /**
   * "Universitas Sebelas Maret", "Stadion Sepuluh November": a month after a day's number word ends
   * the name of the body or place whose marker opens the run at `lo`, no date.
   */
  private dateInName(lo: number, k: number): boolean {
    const { tokens, lex } = this;
    if (k - 1 <= lo || !lex.calendar.months.has(this.lower(k))) return false;
    const { digits, seNumbers, multipliers } = lex.numbers;
    const day = this.lower(k - 1);
    if (!digits.has(day) && !seNumbers.has(day) && !multipliers.has(day)) return false;
    return lex.orgMarkers.has(tokens[lo]!.text) || this.words.placeMarkers.has(tokens[lo]!.text);
  }

  /**
   * Headlines capitalise every word: only lexicon matches count there (scoring CONTEXT_SCORE, below
   * the tagger's pipeline's cut-off), and a marker before a known place ("Pemkot Bogor").
   */
  private readTitleRun(first: number, end: number): void {
    const span = this.trim(first, end);
    if (!span) return;
    const [lo, hi] = span;
    const { tokens } = this;
    const { lists } = this.words;
    for (let i = lo; i < hi; ) {
      // "Pemkot Bogor", "Polda Jabar": a marker and a known place name an organisation.
      // "Dinas Pendidikan Medan": the marker's portfolio may stand between.
      let at = i + 1;
      if (this.lex.orgMarkers.has(tokens[i]!.text)) while (at < hi - 1 && this.lex.portfolio.has(tokens[at]!.text)) at++;
      // "Sekolah Rakyat Surakarta": a programme's name before the place names no organisation.
      const programme = this.lex.nonEntityPhrases.has(this.text.slice(tokens[i]!.start, tokens[at - 1]!.end));
      // ("Pondok Pesantren": a marker after a marker is the kind of body, though a district bears its name.)
      const marked = this.lex.orgMarkers.has(tokens[i]!.text) && at < hi && !programme && !this.lex.orgMarkers.has(tokens[at]!.text) ? this.phraseAt(at, hi, lists.places) : 0;
      if (marked) {
        this.add('ORG', tokens[i]!, tokens[at + marked - 1]!, 'org/marker-place', 4.2);
        i = at + marked;
        continue;
      }
      const o = this.phraseAt(i, hi, lists.orgs);
      const p = o ? 0 : this.phraseAt(i, hi, lists.places);
      // Known names count as in the body, a one-word place only when it is no common word ("Bandung").
      if (o) this.add('ORG', tokens[i]!, tokens[i + o - 1]!, 'org/lexicon', KNOWN_SCORE);
      else if (p) this.add('LOC', tokens[i]!, tokens[i + p - 1]!, 'loc/gazetteer', p > 1 || !this.words.commonTable.has(this.lower(i)) ? KNOWN_SCORE : 2);
      i += Math.max(1, o, p);
    }
  }

  /** Whether "Ibu Kota" (a capital) stands at token k. */
  private capitalAt(k: number): boolean {
    return this.tokens[k]?.text === 'Ibu' && this.tokens[k + 1]?.text === 'Kota';
  }

  /**
   * Where body run [from, end) starts to name something: "Kawasan Inti Ibu Kota Nusantara",
   * "Pemindahan Ibu Kota Nusantara": common words before a capital that is a known place are no part
   * of it (no organisation's marker: "Otorita Ibu Kota Nusantara" is the body), the run starts at
   * "Ibu Kota"; otherwise at `from`.
   */
  private capitalStart(from: number, end: number): number {
    if (end - from < 4 || this.lex.orgMarkers.has(this.tokens[from]!.text)) return from;
    let j = from;
    while (j < end - 2 && this.words.commonTable.has(this.lower(j)) && this.tokens[j]!.text !== 'Ibu') j++;
    return j > from && this.capitalAt(j) && this.lex.knownPlaces.has(this.text.slice(this.tokens[j]!.start, this.tokens[end - 1]!.end)) ? j : from;
  }

  /** The title at token k of a run ending before `hi`, after another title ("Pelaksana Tugas Administrator"); 0 at a known place of two words or more ("Raja Ampat"). */
  private titleAfterTitle(k: number, hi: number): number {
    return k < hi && this.phraseAt(k, hi, this.words.lists.places) < 2 ? this.phraseAt(k, hi, this.words.lists.titles) : 0;
  }

  /**
   * Whether token k (of a run ending before `hi`, between a title and a comma) is a common word of
   * a portfolio or unit, cut from the organisation or place after it: no organisation's marker,
   * known place of two words or more, or word the tagger reads as a person's.
   */
  private cutBeforeOrg(k: number, hi: number): boolean {
    const t = this.tokens[k]!;
    return this.portfolioWord(k) && !this.lex.orgMarkers.has(t.text) && this.phraseAt(k, hi, this.words.lists.places) < 2 && !this.personOver(t.start, t.end);
  }

  /** Walks a body run: titles, then portfolio words / an organisation / a place, then a name. */
  private readRun(from: number, end: number): void {
    const first = this.capitalStart(from, end);
    // "menjadi Ibu Kota Nusantara", "sebagai Ibu Kota Politik": "ibu kota" (a capital) is a noun, no
    // honorific before a town's marker. A known place is the whole run; otherwise the common words
    // after it say which capital ("Politik", "Negara") and a name after them is read by itself
    // ("Ibu Kota Politik Indonesia" → LOC "Indonesia").
    if (end - first >= 3 && this.capitalAt(first)) {
      const whole = this.text.slice(this.tokens[first]!.start, this.tokens[end - 1]!.end);
      if (this.lex.knownPlaces.has(whole)) {
        this.add('LOC', this.tokens[first]!, this.tokens[end - 1]!, 'loc/gazetteer', 4.2);
        return;
      }
      let k = first + 2;
      while (k < end && this.words.commonTable.has(this.lower(k)) && !this.words.placeTable.has(this.tokens[k]!.text)) k++;
      if (k < end) this.readRun(k, end);
      return;
    }
    // "Menteri Keuangan (Menkeu) Purbaya": the bracketed short title waits with the title for the name.
    if (this.pendingRole && tokenAt(this.tokens, first - 1)?.text === '(' && this.tokens[end]?.text === ')') {
      // "Pak Menteri (Dody Hanggodo)": a person's name in the brackets (the tagger's) holds the title.
      const inside = this.personEndingAt(this.tokens[end - 1]!.end, this.tokens[first]!.start);
      if (end - first >= 2 && inside) {
        let s = first;
        while (this.tokens[s]!.start < inside.start) s++;
        this.add('PERSON', this.tokens[s]!, this.tokens[end - 1]!, 'person/appositive', 3);
        this.pushRole(this.tokens[s]!, this.tokens[end - 1]!, this.pendingRole);
        this.pendingRole = null;
      }
      return;
    }
    // "Direktur Jenderal … (EBTKE) Kementerian ESDM, Eniya Listiani Dewi": the organisation after
    // the bracketed short title is the title's; the name follows the comma.
    // "Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana", "Wakil Ketua MPR dari Fraksi PAN,
    // Eddy Soeparno": a place, or the faction the holder comes from, before the comma and the name.
    const between = tokenAt(this.tokens, first - 1)?.text;
    // "Profesor Riset Bidang …, Pusat Riset Iklim dan Atmosfer, Badan Riset dan Inovasi Nasional
    // (BRIN), Prof Erma": organisations one after another, between commas, before the name.
    const chained = between === ',' && (this.tokens[end]?.text === ',' || (this.tokens[end]?.text === '(' && this.tokens[end + 2]?.text === ')' && this.tokens[end + 3]?.text === ','));
    // "Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian Pekerjaan Umum (PU) Wilan Oktavian",
    // "Sekretaris Jenderal (Sekjen) Kementerian Dalam Negeri (Kemendagri), Tomsi Tohir": the
    // organisation after the bracketed short title has its own short form, then the name.
    const shortFormNext =
      between === ')' &&
      this.tokens[end]?.text === '(' &&
      this.tokens[end + 2]?.text === ')' &&
      (this.caps[end + 3] === true || (this.tokens[end + 3]?.text === ',' && this.caps[end + 4] === true)) &&
      this.organisationRun(first, end);
    if (this.pendingRole && (between === ')' || between === 'dari' || chained) && (this.tokens[end]?.text === ',' || chained || shortFormNext)) {
      const role = this.pendingRole;
      if (this.organisationRun(first, end)) {
        this.readPlain(first, first, end);
        this.pendingRole = role.org || between === 'dari' ? role : { ...role, org: this.text.slice(this.tokens[first]!.start, this.tokens[end - 1]!.end) };
        return;
      }
      // ("Provinsi Banten", "Kabupaten Mamberamo Raya": an administrative prefix and its name, known or not.)
      const adminPlace =
        end - first >= 2 &&
        end - first <= 4 &&
        this.lex.adminPrefixes.has(this.tokens[first]!.text) &&
        this.personEndingAt(this.tokens[end - 1]!.end, this.tokens[first]!.start + 1) === undefined &&
        // (Not a known place and more words: "Kota Mataram Amiruddin" is the place and the name.)
        [0, end - first - 1].includes(this.phraseAt(first + 1, end, this.words.lists.places));
      if (adminPlace || this.phraseAt(first, end, this.words.lists.places) === end - first || this.lex.placeAliases.has(this.text.slice(this.tokens[first]!.start, this.tokens[end - 1]!.end))) {
        this.readPlain(first, first, end);
        // "Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana": the organisation the title's
        // marker opens goes on after its short form to the place, the longest name as written.
        const marker = between === ')' && role.org === null ? this.markerIn(role) : -1;
        if (marker >= 0) {
          this.add('ORG', this.tokens[marker]!, this.tokens[end - 1]!, AROUND_SHORT_FORM, 4.5);
          const org = `${this.text.slice(this.tokens[marker]!.start, role.end)} ${this.text.slice(this.tokens[first]!.start, this.tokens[end - 1]!.end)}`;
          this.pendingRole = { ...role, org };
        } else this.pendingRole = role;
        return;
      }
    }
    const span = this.trim(first, end);
    if (!span) return;
    const lo = this.titleInside(span[0], span[1]);
    let hi = span[1];
    const { tokens, lex, text } = this;
    const { lists, orgEnds } = this.words;
    const before = tokenAt(tokens, lo - 1);
    const after = tokens[hi];

    // A lowercase title right before the run ("pendiri Facebook Inc. Mark Zuckerberg", "analis X").
    let titleText: string | null = null;
    let titleStart = -1;
    let titleTokEnd = -1;
    {
      // "pakar transportasi ITB Sony Wibowo", "dosen teknik sipil …": a lowercase title's field, up
      // to three lowercase common words (no function word, no verb), between it and the run.
      let k = lo - 1;
      let best = 0;
      // (A title ends at k only where k is a word that ends some title: the words before a run are
      // mostly function words ("kata", "oleh") that end none, and one lookup then answers for the
      // titles of every length that would end there, instead of a walk down the titles from each.)
      for (let field = 0; field <= 3 && k >= 0 && best === 0; field++) {
        const ends = tokens[k]!.kind === 'word' && lists.titles.lastWords.has(this.lower(k));
        for (let w = 1; ends && w <= lex.titleMaxWords && k - w + 1 >= 0; w++) {
          const j = k - w + 1;
          // "Juru bicara KPK Tessa": at a sentence's start the title's first word is capitalised.
          if ((!this.caps[j] || (j === 0 && w > 1)) && tokens[j]!.kind === 'word' && this.titleFrom(j) === w) best = w;
        }
        if (best === 0 && !this.fieldWord(k)) break;
        if (best === 0) k--;
      }
      if (best > 0) {
        const a = tokens[k - best + 1]!;
        titleText = text.slice(a.start, tokens[lo - 1]!.end);
        titleStart = a.start;
        titleTokEnd = tokens[lo - 1]!.end;
      }
    }

    let i = lo;
    // "Raja Ampat": a known place whose first word is a title ("raja") is the place, no title.
    let tl = hi - lo > 1 && this.phraseAt(lo, hi, lists.places) === hi - lo ? 0 : this.phraseAt(lo, hi, lists.titles);
    // "Pendirinya Abid Omar", "Direkturnya Budi": a one-word title with "-nya" (its founder, its director).
    const ownedTitle = tl === 0 && hi - lo > 1 && tokens[lo]!.text.endsWith('nya') && lex.titles.has(this.lower(lo).slice(0, -3));
    if (ownedTitle) tl = 1;
    // "Pelaksana Tugas Administrator NASA", "Plt Kepala Dinas": titles one after another make one.
    // A known place whose first word is a title is no title ("Bupati Raja Ampat").
    for (let more = tl > 0 ? this.titleAfterTitle(lo + tl, hi) : 0; more > 0; more = this.titleAfterTitle(lo + tl, hi)) tl += more;
    // "Kepala Dinas Sosial NTB", "Kepala Kantor Imigrasi Bandung": a title ending in an
    // organisation's marker heads that organisation, which runs from the marker to the name.
    const orgFrom = tl > 1 && lex.orgMarkers.has(tokens[lo + tl - 1]!.text) ? lo + tl - 1 : -1;
    if (tl > 0) {
      const own = text.slice(tokens[lo]!.start, tokens[lo + tl - 1]!.end - (ownedTitle ? 3 : 0));
      titleText = titleText ? `${titleText} ${own}` : own;
      if (titleStart < 0) titleStart = tokens[lo]!.start;
      titleTokEnd = tokens[lo + tl - 1]!.end;
      i = lo + tl;
      // Portfolio and rank words stay part of the title ("Menteri Dalam Negeri").
      // A known place of several words is no portfolio ("Bupati Raja Ampat").
      while (i < hi && lex.portfolio.has(tokens[i]!.text) && !lex.orgs.has(tokens[i]!.text) && this.phraseAt(i, hi, lists.places) < 2 && !this.headsBody(lo, lo + tl, i, hi)) i++;
      // "Wakil Dekan III FISIP Unud", "Asisten II Setda": a number right after a title (no
      // organisation's marker: "Ketua Komisi II DPR" numbers the commission) numbers the title.
      if (i === lo + tl && i < hi - 1 && ROMAN_NUMBER.test(tokens[i]!.text) && !lex.orgMarkers.has(tokens[i - 1]!.text)) i++;
      if (i > lo + tl) {
        titleText = text.slice(titleStart, tokens[i - 1]!.end);
        titleTokEnd = tokens[i - 1]!.end;
      }
    }
    const hasTitle = titleText !== null;
    let org: string | null = null;
    // The designation and the name after a title, read where they meet (see nameStart).
    let personScore = 3;
    if (hasTitle && i < hi) {
      // "CEO Telegram, Pavel Durov": a name after the comma (not "…, Jumat (17/10)").
      const captionTitle = this.captionDot >= 0 && lo > this.captionDot;
      // A title after the comma opens the next pair of a list ("Menteri Desa … Yandri Susanto, Wakil Panglima TNI …").
      const appositive =
        !captionTitle &&
        after?.text === ',' &&
        this.caps[hi + 1] === true &&
        !this.degreeAt(hi + 1) &&
        !this.words.notNames.has(tokens[hi + 1]!.text) &&
        !lex.stopwords.has(this.lower(hi + 1)) &&
        this.titleFrom(tokens[hi + 1]!.text === 'Wakil' ? hi + 2 : hi + 1) === 0 &&
        // "Deputi Bidang … Manajemen ASN Herman, JF Asesor …": a listed name's word after an
        // acronym ends the run; the name stands before the comma, which goes on to the next of a list
        // (unless the tagger reads a person right after the comma).
        !(hi - 2 >= i && this.listedNameWord(hi - 1) && this.nameLike(hi - 1) && isAcronym(tokens[hi - 2]!.text) && !this.personStartsAt(tokens[hi + 1]!.start));
      const o = this.phraseAt(i, hi, lists.orgs);
      if (o && !appositive) {
        // "CEO Telegram", "analis Sinar Harapan Sekuritas"
        let e = i + o;
        while (e < hi && (orgEnds.has(tokens[e]!.text) || tokens[e]!.text === '.')) e++;
        // ("Ketua DPRD Banten Fahmi Hakim": a regional body's short name is read with the structural
        // rules, for the coref stage to join it with the place after it, "DPRD Banten".)
        this.add('ORG', tokens[i]!, tokens[e - 1]!, 'org/lexicon', e === i + 1 && lex.regionalBodies.has(tokens[i]!.text) ? 4.5 : 2);
        org = withoutTrailingDot(text.slice(tokens[i]!.start, tokens[e - 1]!.end));
        i = e;
      }
      // "Direktur Parameter Politik Indonesia (PPI)": the run is spelled out by the acronym after it.
      // "Direktur Transformasi dan Keberlanjutan Bisnis (TKB) Pertamina Agung": common words spelled
      // out by the acronym and followed by an organisation are the title's portfolio.
      const bracketed = orgFrom < 0 && after?.text === '(' && tokens[hi + 2]?.text === ')' && !o;
      let portfolioOnly = bracketed && this.opensOrganisation(hi + 3);
      for (let k = i; k < hi && portfolioOnly; k++) portfolioOnly = this.portfolioWord(k);
      // ("Menteri Hak Asasi Manusia (HAM) Natalius": after a minister's title, capitalised words with
      // no organisation's marker are the portfolio.)
      if (bracketed && !portfolioOnly && MINISTER.test(titleText ?? '')) {
        portfolioOnly = true;
        for (let k = i; k < hi && portfolioOnly; k++) portfolioOnly = (this.caps[k] === true || tokens[k]!.text === 'dan' || tokens[k]!.text === ',') && !lex.orgMarkers.has(tokens[k]!.text);
      }
      // ("Kepala Badan Pusat Statistik (BPS)": spelled out from the title's marker on.)
      // (Not a person's name and initials: "Agus Harimurti Yudhoyono (AHY)".)
      let personal = hi - i >= 2;
      for (let k = i; k < hi && personal; k++) personal = this.nameLike(k) && !this.lex.orgMarkers.has(tokens[k]!.text);
      const spelledOut = !portfolioOnly && !personal && after?.text === '(' && (this.acronymOf(i, hi, hi + 1) || (orgFrom === i - 1 && this.acronymOf(orgFrom, hi, hi + 1)));
      if (portfolioOnly) {
        titleText = text.slice(titleStart, tokens[hi - 1]!.end);
        titleTokEnd = tokens[hi - 1]!.end;
        i = hi;
      } else if (spelledOut && orgFrom === i - 1) {
        // "Kepala Dinas Bina Marga dan Bina Konstruksi (BMBK)": the title's marker opens the
        // organisation the acronym spells out (as without the acronym).
        org = this.addMarkerOrg(orgFrom, hi);
        titleTokEnd = tokens[hi - 1]!.end;
        titleText = text.slice(titleStart, titleTokEnd);
        i = hi;
      } else if (spelledOut) {
        this.add('ORG', tokens[i]!, tokens[hi - 1]!, 'org/spelled-out', 4.5);
        org = text.slice(tokens[i]!.start, tokens[hi - 1]!.end);
        i = hi;
      } else if (appositive && !lex.givenNames.has(this.lower(i)) && (before?.text !== ',' || hi - i >= 2)) {
        // "analis Sinar Harapan Sekuritas, Maya", "CEO Sprout Labs, Kevin": between a title and a
        // comma stands the organisation; the name follows the comma.
        if (orgFrom >= 0) {
          // "Kepala Dinas Kesehatan Kota Bandung, Anhar Hadian": the title's marker opens the
          // organisation, its portfolio and place included (as without the comma).
          org = this.addMarkerOrg(orgFrom, hi);
          titleTokEnd = tokens[hi - 1]!.end;
          titleText = text.slice(titleStart, titleTokEnd);
        } else if (VILLAGE_KIND.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === titleTokEnd) {
          // "Kepala Desa Jurang Kulon, Muh. Nur Kholis": after a title ending in the kind of a village
          // or district, its name is a place, and the title's.
          this.add('LOC', tokens[i - 1]!, tokens[hi - 1]!, 'loc/after-title', 4.5);
          titleTokEnd = tokens[hi - 1]!.end;
          titleText = text.slice(titleStart, titleTokEnd);
        } else {
          // "Direktur Perlindungan Sosial Korban Bencana Sosial Kemensos, Adrianus Alla", "Wakil
          // Menteri Perdagangan dan Kerja Sama Afsel, Thabo Nkosi": a portfolio in common words and a
          // unit before a known organisation or place are the title's (as without the comma); the
          // organisation or place is what follows them. Only common words are cut, no organisation's
          // marker ("Otorita IKN" stays whole) and no word the tagger reads as a person's ("Pastor
          // Yohanes Don Bosco Lewa, SVD").
          let d = i;
          if (this.phraseAt(i, hi, lists.orgs) !== hi - i) while (d < hi && this.cutBeforeOrg(d, hi)) d++;
          if (d > i && d < hi && tokens[d - 1]!.text !== 'dan') {
            const u = this.unitBeforeOrg(d, hi);
            let clean = true;
            for (let k = d; k < u && clean; k++) clean = this.cutBeforeOrg(k, hi);
            if (clean) d = u;
          }
          let portfolio = false;
          for (let k = i; k < d && !portfolio; k++) portfolio = lex.portfolio.has(tokens[k]!.text) || this.derivedNoun(k);
          const known = d < hi && (d === i || (tokens[d - 1]!.text !== 'dan' && !lex.orgMarkers.has(tokens[d - 1]!.text)));
          // "Menteri Luar Negeri Rusia, Sergei Lavrov": a place right after the title is the title's.
          // After cut words, only after a portfolio's word, and not after "Nasional" or "Negara"
          // ("anggota Tentara Nasional Indonesia, …" is an institution).
          const isPlace = known && (this.phraseAt(d, hi, lists.places) === hi - d || lex.placeAliases.has(text.slice(tokens[d]!.start, tokens[hi - 1]!.end)));
          const place = isPlace && (d === i || (portfolio && !STATE_WORDS.has(tokens[d - 1]!.text)));
          // ("… Masyarakat Otorita IKN": an organisation's marker opens a name of its own.)
          const organisation = known && d > i && !isPlace && (lex.orgMarkers.has(tokens[d]!.text) || this.knownOrgRun(d, hi));
          if (!place && !organisation) d = i;
          if (d > i) {
            titleTokEnd = tokens[d - 1]!.end;
            titleText = text.slice(titleStart, titleTokEnd);
          }
          if (place) {
            this.add('LOC', tokens[d]!, tokens[hi - 1]!, 'loc/after-title', 4.5);
            titleTokEnd = tokens[hi - 1]!.end;
            titleText = text.slice(titleStart, titleTokEnd);
          } else org = this.addDesignationOrg(d, hi, 4);
        }
        i = hi;
      } else if (i < hi) {
        // "Kepala KSOP Gresik Herbert Marpaung", "Menteri Koordinator Bidang Infrastruktur dan
        // Pembangunan Kewilayahan Agus Harimurti Yudhoyono", "Kapolres Ponorogo AKBP Andin Wisnu":
        // the name is read from the end of the run; what stands between the title and the name is
        // the title's portfolio (common words), then its organisation or place.
        // A caption's title names no one inside it: the name stands before the dot.
        let { name, designationEnd } = captionTitle ? { name: hi, designationEnd: hi } : this.nameStart(i, hi);
        // "Pj Kepala Desa Sekapuk Musholikhin": after a title ending in "Desa" or "Kelurahan", one word names the place.
        const villageTitle = titleTokEnd === tokens[i - 1]?.end && lex.adminPrefixes.has(tokens[i - 1]!.text);
        if (villageTitle && name === i && hi - i === 2) {
          name = i + 1;
          designationEnd = i + 1;
        }
        // "Ketua Kelompok Mamaku Rato": a marker in a common word or a company's legal form right
        // after the title names no body by itself; the first of the two words after it is the
        // body's name, unless people are named by it ("Ketua Yayasan Budi Santoso" stays).
        // ("Budi selaku Direktur PT Rona Namora": after a name the title describes, all of them.)
        if (!captionTitle && name === i + 1 && designationEnd === name && hi - name === 2 && tokens[i - 1]!.end === titleTokEnd && this.bareMarker(i) && !this.listedNameWord(name) && this.nameLike(name)) {
          name = lex.legalFormsBefore.has(tokens[i]!.text) && this.describedName(lo) ? hi : name + 1;
          designationEnd = name;
        }
        if (name === hi) {
          // "kebijakan Presiden Prabowo Subianto Untuk Program …": no name ends the run, but the
          // tagger read one inside it; what follows that name is no part of it.
          const inner = this.personInside(tokens[i]!.start, tokens[hi - 1]!.end);
          if (inner) {
            let s = i;
            while (tokens[s]!.start < inner.start) s++;
            let e = s;
            while (e < hi && tokens[e]!.end <= inner.end) e++;
            let clean = e > s;
            for (let m = s; m < e && clean; m++) clean = !this.designationWord(m);
            // ("Direktur Eksekutif Srikandi Energi Indonesia": one word before a portfolio's word
            // opens an organisation's name, no person's.)
            if (e === s + 1 && e < hi && this.portfolioName(e)) clean = false;
            if (clean) {
              name = s;
              designationEnd = s;
              while (designationEnd > i && lex.ranks.has(withoutTrailingDot(tokens[designationEnd - 1]!.text))) designationEnd--;
              hi = e;
            }
          }
        }
        let d = i;
        // ("Imam Besar Masjid Istiqlal": a place's marker opens the place, no portfolio.)
        // ("Ketua Koperasi Simpan Pinjam Sinar Tani Budi": the marker opens what the title heads.)
        while (d < designationEnd && this.portfolioWord(d) && !(this.words.namesakeMarkers.has(tokens[d]!.text) && this.words.placeMarkers.has(tokens[d]!.text)) && this.phraseAt(d, designationEnd, lists.places) < 2 && !(tl > 0 && this.headsBody(lo, lo + tl, d, designationEnd))) d++;
        // "Kepala Eksekutif Pengawas Lembaga Keuangan OJK", "Kepala Subdivisi Pelayanan Publik
        // Divisi Perencanaan Perum Bulog": a unit in common words before a known organisation is
        // part of the title; the organisation is the known one.
        d = this.unitBeforeOrg(d, designationEnd);
        if (d > i) {
          titleText = text.slice(titleStart, tokens[d - 1]!.end);
          titleTokEnd = tokens[d - 1]!.end;
        }
        const markerOrg = orgFrom >= 0 && (d === designationEnd ? designationEnd > orgFrom + 1 : this.unitBeforeOrg(orgFrom, designationEnd) === orgFrom);
        if (markerOrg) {
          // The marker's organisation, its portfolio and place included: "Dinas Sosial NTB".
          org = this.addMarkerOrg(orgFrom, designationEnd);
          titleTokEnd = tokens[designationEnd - 1]!.end;
          titleText = text.slice(titleStart, titleTokEnd);
        } else if (d < designationEnd) {
          const a = tokens[d]!;
          const b = tokens[designationEnd - 1]!;
          const designation = text.slice(a.start, b.end);
          const place =
            this.phraseAt(d, designationEnd, lists.places) === designationEnd - d ||
            lex.adminPrefixes.has(a.text) ||
            lex.placeAliases.has(designation) ||
            villageTitle ||
            (this.words.namesakeMarkers.has(a.text) && this.words.placeMarkers.has(a.text) && designationEnd - d <= 3);
          const sentTo = ENVOY.test(titleText ?? '') ? designation.indexOf(' untuk ') : -1;
          if (sentTo > 0) {
            // "Duta Besar Palestina untuk Indonesia": the countries are the title's, places each.
            for (let k = d; k < designationEnd; k++) {
              const n = tokens[k]!.text === 'untuk' ? 0 : this.phraseAt(k, designationEnd, lists.places);
              if (n > 0) this.add('LOC', tokens[k]!, tokens[k + n - 1]!, 'loc/after-title', 4.5);
              k += Math.max(0, n - 1);
            }
            titleText = text.slice(titleStart, b.end);
            titleTokEnd = b.end;
          } else if (place) {
            // "Gubernur Jawa Barat", "Wali Kota Palembang": the place is part of the title.
            this.add('LOC', a, b, 'loc/after-title', 4.5);
            titleText = text.slice(titleStart, b.end);
            titleTokEnd = b.end;
          } else if (lex.areaHeads.has(text.slice(titleStart, tokens[i - 1]!.end).split(/\s+/).pop()!.toLowerCase())) {
            // "Kapolda Metro Jaya": the unit's area, no organisation.
            titleText = text.slice(titleStart, b.end);
            titleTokEnd = b.end;
          } else {
            org = withoutTrailingDot(this.addDesignationOrg(d, designationEnd, 4.5));
          }
        }
        if (name < hi) personScore = 4.5;
        i = name;
      }
    }
    const role = hasTitle ? { title: titleText!, org, start: titleStart, end: titleTokEnd } : null;
    if (i === hi) {
      // "Muhammad Afifuddin, Ketua KPU", "Afifuddin selaku Ketua KPU", "Budi, yang juga Direktur X":
      // the title describes the name before it.
      // "CEO Telegram," and "Menteri Keuangan (Menkeu)" → the name follows the comma or the brackets.
      // "Menteri Kebudayaan RI (Menbud), Fadli Zon": the name after the bracket and a comma.
      // ("Menteri Koordinator Pemberdayaan Masyarakat (Menko PM) Muhaimin Iskandar": a short title of two words.)
      // ("Kepala Badan Penyelenggara Haji (BP Haji) Mochamad Irfan Yusuf": an acronym and a word.)
      const shut =
        tokens[hi + 2]?.text === ')' ? hi + 2 : tokens[hi + 3]?.text === ')' && this.caps[hi + 1] && this.caps[hi + 2] && (isAcronym(tokens[hi + 1]!.text) || isAcronym(tokens[hi + 2]!.text)) ? hi + 3 : -1;
      const bracketed = after?.text === '(' && shut > 0 && (this.caps[shut + 1] === true || (tokens[shut + 1]?.text === ',' && this.caps[shut + 2] === true));
      // "Pak Menteri (Dody Hanggodo)", "Gubernur (Bali Wayan Koster)": the holder's name in brackets.
      let close = -1;
      if (role && after?.text === '(') for (let k = hi + 1; k < tokens.length && k <= hi + 6 && close < 0 && (this.caps[k] || tokens[k]!.text === ')'); k++) if (tokens[k]!.text === ')') close = k;
      const nameInBrackets = close > hi + 2 && this.personEndingAt(tokens[close - 1]!.end, tokens[hi + 1]!.start) !== undefined;
      // "Menteri Sekretaris Negara (Mensesneg) Prasetyo Hadi, Menteri Pertahanan (Menhan) Sjafrie
      // Sjamsoeddin": a title whose name follows its bracketed short title opens the next pair of a
      // list; it describes no name before it.
      const commaOnly = tokenAt(tokens, lo - 1)?.text === ',';
      // (From the title's first word: "Samsudin, anggota DPRD Provinsi Maluku Utara": a lowercase title before the run.)
      let titleFirst = lo;
      while (titleFirst > 0 && tokens[titleFirst - 1]!.start >= titleStart) titleFirst--;
      const described = role && !((bracketed || nameInBrackets) && commaOnly) ? this.describedName(titleFirst) : null;
      if (role && described) {
        this.pushRole(tokens[described.first]!, tokens[described.end - 1]!, role);
        this.pendingRole = null;
        return;
      }
      if (role && nameInBrackets && !described) {
        this.pendingRole = role;
        this.carried = null;
        return;
      }
      // "Presiden ke-7 Joko Widodo", "Presiden ke 2 Soeharto": an ordinal between the title and the name.
      const ordinal = after !== undefined && ordinalWord(after.text) ? 1 : after?.text === 'ke' && tokens[hi + 1]?.kind === 'number' ? 2 : 0;
      if (role && ordinal > 0 && this.caps[hi + ordinal] === true && !this.designationWord(hi + ordinal)) {
        const end = tokens[hi + ordinal - 1]!.end;
        this.pendingRole = { ...role, title: text.slice(role.start, end), end };
        this.carried = null;
        return;
      }
      // "Wakil Ketua MPR dari Fraksi PAN, Eddy Soeparno": the faction after "dari", then the name.
      const fromFaction = after?.text === 'dari' && this.caps[hi + 1] === true;
      // "Ketua koperasi, Endang Sri Lestari, menyebut …", "Ketua kelompok tani itu, Suparjo (58)": a
      // lowercase field of one to three words (and a demonstrative), then the comma and the name.
      if (role && after && after.text !== ',') {
        let k = hi;
        // (A marker written in lowercase is the field here, before the comma: "ketua koperasi,".)
        while (k < hi + 3 && k < tokens.length && (this.fieldWord(k) || (!this.caps[k] && this.markerInLowercase(k)))) k++;
        // ("Ketua bank sampah setempat, Siti Rohani", "anggota Komisi II DPR lainnya, Deddy Sitorus":
        // "setempat", "lainnya" close the description too, after the field or the run itself.)
        const closer = tokens[k]?.text ?? '';
        const close = (k > hi && DEMONSTRATIVES.has(closer)) || FIELD_CLOSERS.has(closer) ? k + 1 : k;
        if (close > hi && tokens[close]?.text === ',' && this.caps[close + 1] === true) {
          this.pendingRole = { ...role, title: text.slice(role.start, tokens[k - 1]!.end), end: tokens[k - 1]!.end };
          this.carried = null;
          return;
        }
      }
      // "Kepala BRIN dijabat Laksana Tri Handoko": the holder after the passive of "menjabat".
      const heldBy = after?.text === 'dijabat' && this.caps[hi + 1] === true;
      // "… kata Kawendra. Wasekjen Gerindra ini menilai …": a title opening the sentence with a
      // demonstrative and a verb describes the person the sentences before are about.
      // (Not a description of what the person is: "Politikus PKB ini menilai …".)
      if (role && this.referent && lo === 0 && after && DEMONSTRATIVES.has(after.text) && tokens[hi + 1]?.kind === 'word' && !this.caps[hi + 1] && !lex.descriptions.has(this.lower(lo))) {
        this.out.roles.push({ personStart: this.referent.start, personEnd: this.referent.end, ...role });
        this.pendingRole = null;
        this.carried = null;
        return;
      }
      this.pendingRole = role && (after?.text === ',' || bracketed || fromFaction || heldBy) ? role : null;
      if (role && after && lex.titleJoiners.has(this.lower(hi))) {
        this.carried = { title: role.title, org: role.org, start: role.start, end: role.end };
      } else if (!this.pendingRole) this.carried = null;
      return;
    }
    // The name part: tokens [i, hi).
    const a = tokens[i]!;
    const b = tokens[hi - 1]!;

    // "Manager Humas KAI Daop 6 Yogyakarta": one word before a number is a unit's name, no person's.
    if (role && hi - i === 1 && after?.kind === 'number') {
      this.pendingRole = null;
      return;
    }
    // "ujar mantan Komisaris Utama Bank Nagari itu": a demonstrative after one word closes a
    // description of someone named before; that word ends the organisation's name, no person's.
    if (role && hi - i === 1 && after && DEMONSTRATIVES.has(after.text) && tokens[hi + 1]?.kind !== 'word' && !lex.givenNames.has(this.lower(i))) {
      this.pendingRole = null;
      return;
    }
    if (role) {
      this.add('PERSON', a, b, 'person/title-name', personScore);
      this.pushRole(a, b, role);
      this.pendingRole = null;
      return;
    }
    // "dr. Ridwan Tosepu, Sp.A menyebut": a degree after the comma holds no title.
    if (this.pendingRole && before?.text === ',' && hi - i === 1 && this.degreeAt(i)) {
      this.pendingRole = null;
      return;
    }
    const afterOrdinal = before !== undefined && (ordinalWord(before.text) || (before.kind === 'number' && tokens[lo - 2]?.text === 'ke'));
    if (this.pendingRole && (before?.text === ',' || before?.text === ')' || before?.text === 'dijabat' || afterOrdinal)) {
      // "Direktur Transformasi dan Keberlanjutan Bisnis (TKB) Pertamina Agung Wicaksono": after the
      // bracketed short title, a known organisation and then the name.
      // "… (DPMPTSP) Kota Mataram Amiruddin": a place, then the name.
      const o = before.text === ')' && hi - i > 1 ? this.phraseAt(i, hi, lists.orgs) : 0;
      let p = before.text === ')' && hi - i > 1 && o === 0 ? this.phraseAt(i, hi, lists.places) || (lex.placeAliases.has(a.text) ? 1 : 0) : 0;
      // "(ALI) Bima Laksana Putra": a place of one word that is also a word of people's names opens
      // the name when the tagger reads the whole run as a person.
      if (p === 1 && this.listedNameWord(i) && this.personIs(a.start, b.end)) p = 0;
      // An unknown place after its administrative prefix, when the tagger reads the rest as a person.
      if (p === 0 && o === 0 && before.text === ')' && hi - i > 2 && lex.adminPrefixes.has(a.text) && this.caps[i + 1]) {
        const rest = tokens[i + 2]!.start;
        if (this.personIs(rest, b.end)) p = 2;
      }
      if (o + p > 0 && i + o + p < hi) {
        const n = o + p;
        let allNames = true;
        for (let k = i + n; k < hi && allNames; k++) allNames = this.caps[k] === true && !this.designationWord(k) && !this.derivedNoun(k);
        if (allNames) {
          const orgText = withoutTrailingDot(text.slice(a.start, tokens[i + n - 1]!.end));
          if (o > 0) this.add('ORG', a, tokens[i + n - 1]!, 'org/lexicon', 2);
          else this.add('LOC', a, tokens[i + n - 1]!, 'loc/after-title', 4.5);
          const role = this.pendingRole.org || p > 0 ? this.pendingRole : { ...this.pendingRole, org: orgText };
          this.add('PERSON', tokens[i + n]!, b, 'person/title-name', 4.5);
          this.pushRole(tokens[i + n]!, b, role);
          this.pendingRole = null;
          return;
        }
      }
      // "Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Timur (NTT), Nonato …": a run
      // that opens with an area's kind after the bracket is the body's place, no holder (whose title
      // the roles stage reads back from the name).
      // (Only with the place's own short form after it: "(OJK) Provinsi Jawa Tengah Sumarjono" runs on into the name.)
      if (before.text === ')' && hi - i > 1 && lex.adminPrefixes.has(a.text) && this.caps[i + 1] && after?.text === '(' && /^\p{Lu}/u.test(tokens[hi + 1]?.text ?? '')) {
        this.add('LOC', a, b, 'loc/after-title', 4.5);
        this.pendingRole = null;
        return;
      }
      // After a bracketed short title, a run of name words is the holder ("Menteri Sosial (Mensos)
      // Saifullah Yusuf"), as after the title itself.
      let named = before.text === ')';
      for (let k = i; k < hi && named; k++) named = this.nameLike(k);
      this.add('PERSON', a, b, 'person/appositive', named ? 4.5 : 3);
      this.pushRole(a, b, this.pendingRole);
      this.pendingRole = null;
      return;
    }
    this.pendingRole = null;
    this.carried = null;
    this.readPlain(lo, i, hi);
  }

  /** Whether token k opens an organisation's name: a known organisation, or a marker with more after it. */
  private opensOrganisation(k: number): boolean {
    const t = this.tokens[k];
    if (!t || !this.caps[k]) return false;
    return this.phraseAt(k, this.tokens.length, this.words.lists.orgs) > 0 || (this.lex.orgMarkers.has(t.text) && this.caps[k + 1] === true);
  }

  /** Whether run [first, end) is an organisation's name: opened by a marker, or a known organisation. */
  private organisationRun(first: number, end: number): boolean {
    return (this.lex.orgMarkers.has(this.tokens[first]!.text) && end - first > 1) || this.phraseAt(first, end, this.words.lists.orgs) === end - first;
  }

  /** A run with no title before it: an organisation by its markers, or what lexicons and context make of it. */
  private readPlain(lo: number, i: number, hi: number): void {
    const { tokens, lex, words, text } = this;
    const { lists } = words;
    const before = tokenAt(tokens, lo - 1);
    const after = tokens[hi];
    const size = hi - i;
    const a = tokens[i]!;
    const b = tokens[hi - 1]!;
    // Organisations: markers ("PT", "Kementerian", "Universitas"), suffixes ("Tbk", "Inc."), lexicon.
    const last = withoutTrailingDot(b.text);
    // "Pegawai Pemerintah", "Personil Kodim 0313": a noun for people before a body's name is no part of it.
    // ("Petugas P2BK Jampangtengah": so too before a unit's acronym with digits.)
    if (
      size > 1 &&
      lex.peopleNouns.has(this.lower(i)) &&
      !lex.orgMarkers.has(a.text) &&
      (lex.orgMarkers.has(last) || lex.orgMarkers.has(tokens[i + 1]!.text) || isAcronymWithDigits(tokens[i + 1]!.text))
    ) {
      this.readPlain(lo, i + 1, hi);
      return;
    }
    // (A run of one word without a dot has asked for its last word as its first.)
    if (lex.orgMarkers.has(a.text) || (size > 1 && words.orgEnds.has(last)) || (last !== a.text && lex.orgMarkers.has(last))) {
      // A marker alone names nothing ("Dinas"), unless it is a known short form too ("Dishub").
      if (size === 1 && lex.orgMarkers.has(a.text) && !isAcronym(a.text) && !lex.orgs.has(a.text)) return;
      // "siswi SMP di Grobogan", "jenjang SMA": a school's kind alone, with no number or name, is a level of schooling.
      if (size === 1 && SCHOOL_ACRONYM.test(a.text) && after?.kind !== 'number') return;
      if (lex.orgMarkers.has(a.text) && size > 1) {
        // "Polres Kampar AKP Gian Wiatma", "Pemerintah Kabupaten Karanganyar": a marker's run names
        // the organisation, up to a person after a rank or read by the tagger; over the tagger's
        // place ("Kabupaten Karanganyar") it wins.
        const { name, designationEnd } = this.nameStart(i, hi);
        // "Badan Penyelenggaraan Haji dan Umrah": a word after "dan", or one portfolio word, names no one.
        // "Fakultas Teknik Universitas Brawijaya": a marker's name, no person, after the marker.
        const joined =
          tokens[name - 1]?.text === 'dan' ||
          tokens[name - 1]?.text === '&' ||
          (name === hi - 1 && (lex.portfolio.has(tokens[name]!.text) || lex.orgMarkers.has(tokens[name - 1]!.text)));
        // "Universitas Jenderal Soedirman": a marker with no name of its own ("Kemenhub", "Polri" are
        // names) before a rank or title is named after the person.
        const ownName = designationEnd > i + 1 || lex.orgs.has(a.text) || isAcronym(a.text);
        // ("Yayasan Pendidikan Graha Ganesha", "SMA Pradita Dirgantara": a school or an institution
        // named after someone has its name after the marker, no person, unless a rank says so.)
        const namesake = this.words.namesakeMarkers.has(a.text) || SCHOOL_KIND.test(a.text);
        // ("Kemenag Dr. Rahmat Syarifuddin": after a known organisation a name's prefix opens the
        // name (not after a bare marker: "RSUP Dr. Sardjito" is named after him); so does a word the
        // document names someone by after a speech cue.)
        const opener =
          name < hi - 1 && ((lex.orgs.has(a.text) && lex.namePrefixes.has(withoutTrailingDot(tokens[name]!.text))) || this.cuedNames.has(tokens[name]!.text));
        // ("Yayasan Pendidikan Graha Ganesha": a place's marker opens no person's name.)
        // ("Ikatan Guru Warga Bumi Pertiwi (IGWBP)": a bracketed acronym the whole run spells out names it all.)
        const spelled = tokens[hi]?.text === '(' && this.acronymOf(i, hi, hi + 1);
        const personAfter =
          name < hi &&
          !joined &&
          !spelled &&
          ownName &&
          !this.words.placeMarkers.has(tokens[name]!.text) &&
          (designationEnd < name || opener || (!namesake && this.personIs(tokens[name]!.start, b.end)) || (name > i + 1 && this.balineseOpener(name, hi)));
        const end = personAfter ? designationEnd : hi;
        // "Komisi VI DPR RI Fraksi Gerindra": the faction inside is an organisation of its own, after the commission's.
        let fraksi = -1;
        for (let k = i + 2; k < end - 1 && fraksi < 0; k++) if (tokens[k]!.text === 'Fraksi') fraksi = k;
        if (fraksi > 0) {
          this.add('ORG', a, tokens[fraksi - 1]!, 'org/marker', 4.2);
          this.add('ORG', tokens[fraksi]!, tokens[end - 1]!, 'org/marker', 4.2);
        } else if (end > i) this.add('ORG', a, tokens[end - 1]!, 'org/marker', 4.2);
        if (personAfter) this.add('PERSON', tokens[name]!, b, 'person/after-org', 4.2);
        return;
      }
      this.add('ORG', a, b, 'org/marker', 2.6);
      return;
    }
    // (A run of one word is the word's text, whose hash the lookups above have worked out.)
    const textOf = size === 1 ? a.text : text.slice(a.start, b.end);
    // "Warga Depok mengeluhkan …": a common word capitalised at the sentence's start before a known place.
    const opens = i === 0 || isDashRun(tokens[i - 1]!.text);
    if (size > 1 && opens && this.words.commonTable.has(this.lower(i)) && !lex.givenNames.has(this.lower(i)) && lex.knownPlaces.has(text.slice(tokens[i + 1]!.start, b.end))) {
      this.add('LOC', tokens[i + 1]!, b, 'loc/gazetteer', KNOWN_SCORE);
      return;
    }
    // "Prabowo-Gibran", "Subianto-Gibran": a pair of people's names (a ticket), each a person.
    if (textOf.includes('-')) this.personPairs(a.start, textOf);
    // "ruas Cirebon-Semarang", "Ruas Dumai-Sei Mangkei": the two ends of a route, each a place.
    if (textOf.includes('-') && this.routeEnds(a.start, textOf)) return;
    // "Itwasum Polri", "Divisi Hukum Polri", "Mabes Polri": a unit of the police or the armed forces,
    // named by its own words (no person's, place's or title's) before the force's name.
    if (size > 1 && lex.forces.has(b.text) && !lex.nonEntityAcronyms.has(a.text) && !lex.nonEntityHeads.has(a.text)) {
      let unit = true;
      for (let k = i; k < hi - 1 && unit; k++) {
        const t = tokens[k]!;
        unit = t.kind === 'word' && this.caps[k] === true && !lex.givenNames.has(this.lower(k)) && !lex.titles.has(this.lower(k)) && !lex.ranks.has(t.text) && !this.words.placeTable.has(t.text) && !this.personOver(t.start, t.end);
      }
      if (unit) {
        this.add('ORG', a, b, 'org/unit', 4.2);
        return;
      }
    }
    // "P2BK Jampangtengah", "P2BK Purabaya Yanto Prayitno": an acronym with digits inside (a
    // government unit's, never a word of a name or a place) and the one place or unknown word after
    // it name the unit; a name of two words or more after them is a person.
    if (isAcronymWithDigits(a.text) && !lex.nonEntityAcronyms.has(a.text) && (size > 1 || text.includes(`(${a.text})`))) {
      let k = i + 1;
      const place = k < hi ? this.phraseAt(k, hi, lists.places) : 0;
      if (place > 0) k += place;
      else if (k < hi && tokens[k]!.kind === 'word' && !this.knownNameWord(k) && !isAcronym(tokens[k]!.text) && !this.words.commonTable.has(this.lower(k))) k++;
      let named = hi - k >= 2;
      for (let m = k; m < hi && named; m++) named = this.nameLike(m);
      if (hi - k < 2 || named) {
        this.add('ORG', a, tokens[k - 1]!, 'org/unit-area', 4.2);
        if (named) this.add('PERSON', tokens[k]!, b, 'person/after-org', 4.2);
        return;
      }
    }
    // "ketua RT/RW Makassar": a neighbourhood's unit before a known place is no part of its name.
    if (size > 1 && (a.text === 'RT' || a.text === 'RW') && lex.knownPlaces.has(text.slice(tokens[i + 1]!.start, b.end))) {
      this.add('LOC', tokens[i + 1]!, b, 'loc/gazetteer', 3.9);
      return;
    }
    // A known organisation, or a known place that is no common word: the lexicon fills in where the
    // tagger read nothing (its candidates outscore these), whatever the pipeline's cut-off.
    if (lex.orgs.has(textOf)) {
      this.add('ORG', a, b, 'org/lexicon', KNOWN_SCORE);
      return;
    }
    // (Most runs are no place: when every known place is a place, one lookup says so.)
    const place = words.knownPlacesArePlaces
      ? this.words.placeTable.has(textOf) && (size > 1 || lex.knownPlaces.has(textOf) || !this.words.commonTable.has(this.lower(i)))
      : lex.knownPlaces.has(textOf) || (this.words.placeTable.has(textOf) && (size > 1 || !this.words.commonTable.has(this.lower(i))));
    if (place) {
      // "Samudra Atlantik": a known place opened by a place's marker scores as the marker's reading.
      if (words.placeMarkers.has(a.text) && a.text !== 'Balai' && size > 1) this.add('LOC', a, b, 'loc/marker', 3.9);
      // "warga New Jersey": a known place of several words outscores the tagger's person in a piece of it ("Jersey").
      else {
        const piece = size > 1 && lex.knownPlaces.has(textOf) && this.personPieceOf(a.start, b.end);
        this.add('LOC', a, b, 'loc/gazetteer', piece ? 3.9 : KNOWN_SCORE);
      }
      return;
    }
    // "(BMBK) Provinsi Lampung Taufiqurrahman Hadi menyebut …": a known place after its marker, then
    // the tagger's name of two words or more to the run's end: the place ends where the name starts.
    if (words.placeMarkers.has(a.text) && size > 3) {
      const person = this.personEndingAt(b.end, tokens[i + 1]!.start + 1);
      let k = i + 2;
      while (person && k < hi && tokens[k]!.start < person.start) k++;
      const place = text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end);
      if (person && hi - k >= 2 && tokens[k]!.start === person.start && (lex.knownPlaces.has(place) || lex.knownPlaces.has(`${a.text} ${place}`))) {
        this.add('LOC', a, tokens[k - 1]!, 'loc/marker', 3.9);
        return;
      }
    }
    // "Sungai Suso", "Stadion Gelora Bandung Lautan Api": a place's marker names the whole run a
    // place, over a tagger that reads a person in it or stops short of its end.
    // (Words counted without the dots of initials: "Jalan Drs. H. Umar Sanggala" is five.)
    if (words.placeMarkers.has(a.text) && a.text !== 'Balai' && size > 1 && this.wordsIn(i, hi) <= 6) {
      this.add('LOC', a, b, 'loc/marker', 3.9);
      return;
    }
    // "… tahun 2018-2022 Kanisius Jerry Tengker (KJT)": a given name (no common word) right before
    // the tagger's name of two words or more, inside the sentence, is the name's first word.
    if (size >= 3 && i > 0 && lex.givenNames.has(this.lower(i)) && !this.words.commonTable.has(this.lower(i)) && this.nameLike(i) && !this.designationWord(i)) {
      const next = tokens[i + 1]!;
      if (this.personIs(next.start, b.end)) {
        this.add('PERSON', a, b, 'person/given-name-front', 4.2);
        return;
      }
    }
    if (this.minScore > CONTEXT_SCORE) return;
    if ((words.placeMarkers.has(a.text) || lex.trailingPlaceMarkers.has(b.text)) && size > 1) {
      this.add('LOC', a, b, 'loc/marker', 2);
      return;
    }
    if (this.words.placeTable.has(textOf)) {
      this.add('LOC', a, b, 'loc/gazetteer', 2);
      return;
    }
    // Mixed runs: a known org or place followed by a name ("Facebook Mark Zuckerberg").
    const o = this.phraseAt(i, hi, lists.orgs);
    if (o > 0 && o < size) {
      // "Persija Jakarta", "Bank Mandiri Cabang": an organisation named with its place.
      if (this.phraseAt(i + o, hi, lists.places) === size - o) {
        this.add('ORG', a, b, 'org/lexicon-place', 2);
        return;
      }
      this.add('ORG', a, tokens[i + o - 1]!, 'org/lexicon', 2);
      if (lex.givenNames.has(this.lower(i + o)) || size - o >= 2) this.add('PERSON', tokens[i + o]!, b, 'person/after-org', 1);
      return;
    }
    // "PSM Makassar", "Bali United": a club or company named after a place.
    if (size >= 2 && this.placeInside(i, hi)) {
      if (isAcronym(a.text) || lex.clubWords.has(b.text)) this.add('ORG', a, b, 'org/place-name', 1);
      return;
    }
    const isSentenceStart = lo === 0 || (OPENING_MARK.test(before?.text ?? '') && lo === 1);
    const firstLower = this.lower(i);
    const given = lex.givenNames.has(firstLower);
    const speechAfter =
      !lex.stopwords.has(firstLower) && after?.kind === 'word' && (lex.speechVerbs.has(this.lower(hi)) || lex.cues.has(this.lower(hi)));
    const cueBefore = before?.kind === 'word' && (lex.cues.has(this.lower(lo - 1)) || words.accordingTo.test(before.text));
    const honorific = before?.kind === 'word' && words.honorific.test(before.text);
    const locative = before?.kind === 'word' && words.locatives.has(this.lower(lo - 1)) && !lex.orgs.has(textOf);

    if (size === 1 && isAcronym(a.text) && a.text.length >= 2) {
      if (this.words.placeTable.has(a.text)) this.add('LOC', a, a, 'loc/gazetteer', 2);
      else if (!lex.titles.has(firstLower)) this.add('ORG', a, a, 'org/acronym', 0.5);
      return;
    }
    if (cueBefore || honorific || (speechAfter && !locative)) {
      this.add('PERSON', a, b, cueBefore ? 'person/after-cue' : honorific ? 'person/honorific' : 'person/speech-verb', 2);
      return;
    }
    if (locative && !given) {
      this.add('LOC', a, b, 'loc/preposition', 0.5);
      return;
    }
    if (size >= 2 && size <= 5) {
      if (isSentenceStart && lex.stopwords.has(firstLower)) return;
      if (given || !this.words.commonTable.has(firstLower) || !isSentenceStart) {
        this.add('PERSON', a, b, given ? 'person/given-name' : 'person/capitalised', given ? 1.5 : 0.5);
      }
      return;
    }
    if (size === 1 && !isSentenceStart && given) this.add('PERSON', a, a, 'person/given-name', 1);
  }

  /**
   * A run naming a route by its two ends ("Cirebon-Semarang", "Ruas Dumai-Sei Mangkei": see
   * routeStart): adds both ends as places.
   */
  private routeEnds(start: number, run: string): boolean {
    const dash = run.indexOf('-');
    if (dash <= 0 || run.indexOf('-', dash + 1) >= 0) return false;
    const right = run.slice(dash + 1);
    const at = routeStart(run.slice(0, dash), right, this.lex);
    if (at < 0) return false;
    const left = run.slice(at, dash);
    this.addText('LOC', start + at, left, 'loc/route', KNOWN_SCORE);
    this.addText('LOC', start + dash + 1, right, 'loc/route', KNOWN_SCORE);
    return true;
  }

  /** Adds both names of each "Name-Name" in a run whose two halves are people's names only (no common word, place or month). */
  private personPairs(start: number, run: string): void {
    const { lex } = this;
    const personal = (w: string) => {
      const lower = w.toLowerCase();
      return (lex.aliases.has(w) || lex.personWords.has(lower) || lex.givenNames.has(lower)) && !this.words.commonTable.has(lower) && !lex.newsWords.has(lower) && !this.words.placeTable.has(w) && !lex.placeAliases.has(w) && !lex.calendar.months.has(lower);
    };
    for (const m of run.matchAll(PERSON_PAIR)) {
      if (!personal(m[1]!) || !personal(m[2]!)) continue;
      // Not inside longer names: "Prabowo Subianto-Gibran Rakabuming Raka" is the tagger's to read.
      const before = /(\S+)\s$/u.exec(run.slice(0, m.index!))?.[1];
      const after = /^\s(\S+)/u.exec(run.slice(m.index! + m[0].length))?.[1];
      if ((before && lex.personWords.has(before.toLowerCase())) || (after && lex.personWords.has(after.toLowerCase()))) continue;
      // "Bandara Internasional Soekarno-Hatta", "Jalan Soekarno-Hatta", "tiba di Soekarno-Hatta": a
      // place named after the pair.
      const head = run.slice(0, m.index!).split(/\s+/u);
      if (head.some((w) => lex.placeMarkers.has(w) || lex.adminPrefixes.has(w) || lex.orgMarkers.has(w))) continue;
      const prev = /(\p{L}+)\s*$/u.exec(this.text.slice(Math.max(0, start - 30), start))?.[1];
      if (prev && m.index === 0 && (lex.locatives.has(prev.toLowerCase()) || lex.placeMarkers.has(capitalised(prev.toLowerCase())))) continue;
      const left = start + m.index!;
      this.addText('PERSON', left, m[1]!, 'person/pair', PAIR_SCORE);
      this.addText('PERSON', left + m[1]!.length + 1, m[2]!, 'person/pair', PAIR_SCORE);
    }
  }

  /** Whether a known place starts at some token of [from, end). */
  private placeInside(from: number, end: number): boolean {
    for (let k = from; k < end; k++) if (this.phraseAt(k, end, this.words.lists.places) > 0) return true;
    return false;
  }
}

/**
 * The rule-based name recogniser: capitalised runs split at titles and classified by lexicons
 * (organisation markers, known organisations and places, given names) and context (titles,
 * locative prepositions, speech verbs). Runs in the title section only count through lexicons.
 * Candidates scoring below `minScore` are not made, and rules that cannot reach it do not run (the
 * entities stage keeps only the structural rules next to the tagger); roles are found all the same.
 * What the rules derive from the lexicon is built here, once per lexicon.
 */
export function nameRecogniser(
  lex: Lexicon,
  minScore = 0,
): (doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'sections' | 'candidates'>) => NameCandidates {
  const words = nameWords(lex);
  return (doc) => {
    // The tagger's person spans (when it ran before): where a name starts inside a title's run.
    const persons = doc.candidates.filter((c) => c.type === 'PERSON').sort((a, b) => a.start - b.start);
    const places = doc.candidates.filter((c) => c.type === 'LOC');
    const out: NameCandidates = { candidates: [], roles: [] };
    const titleEnd = titleEndOf(doc);
    const relatedStart = relatedStartOf(doc);
    const caps = doc.tokens.map(isCap);
    const bySentence: Token[][] = doc.sentences.map(() => []);
    // Where each sentence's tokens start in doc.tokens, -2 when they are not one stretch of it:
    // a sentence's flags are then a slice of the document's.
    // (An array, not an Int32Array: a typed array of more than a few sentences takes a buffer outside
    // the heap, allocated and freed the slow way for every article.)
    const firstToken: number[] = new Array<number>(bySentence.length).fill(-1);
    for (let n = 0; n < doc.tokens.length; n++) {
      const t = doc.tokens[n]!;
      const of = bySentence[t.sentence];
      if (of === undefined) continue;
      if (of.length === 0) firstToken[t.sentence] = n;
      else if (firstToken[t.sentence]! + of.length !== n) firstToken[t.sentence] = -2;
      of.push(t);
    }
    const captions = joinCaptions(bySentence, lex);
    const cued = cuedNamesOf(doc.tokens, caps, lex, words);
    const docOrgs = standaloneOrgsOf(doc.text, doc.candidates);
    lineUps(doc.text, out);
    gluedListNumbers(doc, out, minScore);
    // The tagger's persons and places of each sentence, in the order of the lists above (a span
    // lies in one sentence at most: sentences do not overlap).
    const personsIn = sentencesOf(bySentence, persons);
    const placesIn = sentencesOf(bySentence, places);
    const subjects = bySentence.map((tokens, s) => subjectOf(tokens, personsIn[s], doc.text, lex));
    bySentence.forEach((tokens, s) => {
      if (tokens.length === 0) return;
      // Headlines capitalise every word: the title and the promoted stories' titles.
      const inTitle = tokens[0]!.start < titleEnd || tokens[0]!.start >= relatedStart;
      // The person the one or two sentences before are about, the nearer first.
      const referent = inTitle ? null : ((s > 0 ? subjects[s - 1] : null) ?? (s > 1 ? subjects[s - 2] : null) ?? null);
      const first = firstToken[s]!;
      const sentenceCaps = first >= 0 && !captions.has(s) ? caps.slice(first, first + tokens.length) : undefined;
      const made = out.candidates.length;
      new SentenceReader(doc.text, tokens, lex, words, out, minScore, personsIn[s] ?? [], captions.get(s) ?? -1, referent, cued, placesIn[s] ?? [], docOrgs, sentenceCaps).read(inTitle);
      // (The organisations the rules read by their marker count for the sentences after.)
      if (out.candidates.length > made) for (const o of standaloneOrgsOf(doc.text, out.candidates.slice(made).filter((c) => c.source === 'org/marker'))) docOrgs.add(o);
    });
    return out;
  };
}

/**
 * The spans of `spans` inside each sentence (from its first token's start to its last token's
 * end), in the order of `spans`: what filtering the spans by each sentence's bounds gives.
 */
function sentencesOf<T extends { start: number; end: number }>(bySentence: readonly Token[][], spans: readonly T[]): (T[] | undefined)[] {
  const out = new Array<T[] | undefined>(bySentence.length);
  if (spans.length === 0) return out;
  // The sentences with tokens, by their first token's start.
  const order: number[] = [];
  for (let s = 0; s < bySentence.length; s++) if (bySentence[s]!.length > 0) order.push(s);
  order.sort((a, b) => bySentence[a]![0]!.start - bySentence[b]![0]!.start);
  // (Sentences whose stretches overlap, which no segmenter makes: each filtered by its bounds.)
  for (let k = 1; k < order.length; k++) {
    const prev = bySentence[order[k - 1]!]!;
    if (prev[prev.length - 1]!.end > bySentence[order[k]!]![0]!.start) {
      return bySentence.map((tokens) => (tokens.length === 0 ? undefined : spans.filter((c) => c.start >= tokens[0]!.start && c.end <= tokens[tokens.length - 1]!.end)));
    }
  }
  for (const c of spans) {
    // The last sentence starting at or before the span: the only one that may hold it.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bySentence[order[mid]!]![0]!.start <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) continue;
    const s = order[lo - 1]!;
    const tokens = bySentence[s]!;
    if (c.end > tokens[tokens.length - 1]!.end) continue;
    (out[s] ??= []).push(c);
  }
  return out;
}

/**
 * Whom a sentence is about, for the sentences after it (see SentenceReader's `referent`): the last
 * of its persons named after a speech cue ("kata Kawendra"), else the last opening it ("Kawendra
 * menilai …"); null when none is (the tagger's person spans inside the sentence, in text order).
 */
function subjectOf(tokens: readonly Token[], persons: readonly { start: number; end: number }[] | undefined, text: string, lex: Lexicon): { start: number; end: number } | null {
  if (tokens.length === 0 || persons === undefined) return null;
  const from = tokens[0]!.start;
  let cued: { start: number; end: number } | null = null;
  let subject: { start: number; end: number } | null = null;
  for (const p of persons) {
    const word = letterWordBefore(text, Math.max(from, p.start - 20), p.start);
    if (word !== undefined && lex.cues.has(word.toLowerCase())) cued = p;
    else if (p.start === from) subject = p;
  }
  return cued ?? subject;
}

/**
 * The letters right before the white space that ends `text.slice(from, at)`: what
 * `/(\p{L}+)\s+$/u` finds in that slice (undefined when it ends in no white space or no letter
 * stands before that), read backwards from `at` instead of tried at every position of the slice.
 */
function letterWordBefore(text: string, from: number, at: number): string | undefined {
  let end = at;
  while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (end === at) return undefined;
  const start = letterRunStart(text, from, end);
  return start < end ? text.slice(start, end) : undefined;
}

/**
 * The one-word names a document gives people after a speech cue: "kata Yusron.", "ujar Paulus
 * dalam …", "Menurut Lukman, …" (a capitalised word, no acronym, organisation's marker, place or
 * title, between the cue and a word in lowercase or a punctuation mark). A person named in full once
 * is often named by one of these words afterwards.
 */
function cuedNamesOf(tokens: readonly Token[], caps: readonly boolean[], lex: Lexicon, words: NameWords): Set<string> {
  const out = new Set<string>();
  for (let n = 1; n + 1 < tokens.length; n++) {
    const t = tokens[n]!;
    const prev = tokens[n - 1]!;
    if (!caps[n] || prev.kind !== 'word' || t.sentence !== prev.sentence || caps[n + 1] || isAcronym(t.text)) continue;
    if (!lex.cues.has(prev.text.toLowerCase()) && !(words.accordingToLengths.has(prev.text.length) && words.accordingTo.test(prev.text))) continue;
    // ("Perjanjian Induk Lindung Nilai Syariah": a cue's word capitalised inside a run, no sentence's
    // first word, is a word of a name.)
    if (caps[n - 1] && tokens[n - 2]?.sentence === prev.sentence && caps[n - 2]) continue;
    if (lex.orgMarkers.has(t.text) || words.placeTable.has(t.text) || lex.titles.has(t.text.toLowerCase()) || words.notNames.has(t.text)) continue;
    out.add(t.text);
  }
  return out;
}

/**
 * The organisations the tagger read that the document writes by themselves: of two words or more,
 * between a lowercase word or a mark before and a lowercase word or a mark after ("…, CV Karya Bumi
 * Ruwa Jurai, sudah …"), so that no name after a title is glued to them.
 */
function standaloneOrgsOf(text: string, candidates: readonly { type: string; start: number; end: number; text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'ORG' || !c.text.includes(' ')) continue;
    const before = wordBeforeBlanks(text, Math.max(0, c.start - 30), c.start);
    const after = wordAfter(text, c.end, Math.min(text.length, c.end + 30));
    const loose = (w: string) => w === '' || /^\p{Ll}/u.test(w) || /^[,.;:()"“”]/u.test(w) || /[,.;:"“”]$/u.test(w);
    if (loose(before) && (after === '' || /^[,.;:)"”]/u.test(after) || /^\p{Ll}/u.test(after))) out.add(c.text);
  }
  return out;
}

/** The first characters between white space in `text.slice(at, to)`, '' when there are none: what `/^\s*(\S+)/u` finds there. */
function wordAfter(text: string, at: number, to: number): string {
  let start = at;
  while (start < to && isWhitespaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < to && !isWhitespaceCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A word with the next item's number glued to it ("Barat6" of "…, Jawa Barat6. SMA …"). */
const GLUED_NUMBER = /^(\p{L}*\p{Ll})\d{1,2}$/u;
/** Above the tagger's span it reads again. */
const GLUED_SCORE = 4.5;

/**
 * "Bogor, Jawa Barat6. SMA Pradita …": a list scraped without its line breaks glues each item's
 * number to the last word of the item before. A span of the tagger's ending in such a word, before
 * the number's dot and a capitalised word, is read again without the number ("Jawa Barat").
 */
function gluedListNumbers(doc: Pick<Doc, 'text' | 'tokens' | 'candidates'>, out: NameCandidates, minScore: number): void {
  const { tokens, text } = doc;
  const glued = new Map<number, number>();
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    const last = t.text.charCodeAt(t.text.length - 1);
    if (t.kind !== 'word' || last < 48 || last > 57) continue;
    const m = GLUED_NUMBER.exec(t.text);
    const dot = tokens[k + 1]!;
    const next = tokens[k + 2]!;
    if (!m || dot.text !== '.' || dot.start !== t.end || !isCap(next) || next.start - dot.end > 1) continue;
    glued.set(t.end, t.start + m[1]!.length);
  }
  if (glued.size === 0 || GLUED_SCORE < minScore) return;
  for (const c of doc.candidates) {
    const end = glued.get(c.end);
    if (end === undefined || end <= c.start || (c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'LOC')) continue;
    out.candidates.push(makeCandidate(c.type, c.start, end, text.slice(c.start, end), `${c.type.toLowerCase()}/glued-number`, GLUED_SCORE));
  }
}

/** A team's line-up: "West Ham: Hermansen; Walker-Peters, Mavropanos, Kilman, Diouf; Ward-Prowse, …". */
const LINE_UP = /^([^:\n]{2,40}):[ \t]*([^\n]*;[^\n]*;[^\n]*)$/gmu;
/** One player of a line-up: capitalised words, hyphens and particles ("Van de Ven", "Xavi Simons"). */
const PLAYER = /^\p{Lu}[\p{L}'’.-]*(?:[ ](?:\p{Lu}[\p{L}'’.-]*|de|van|der|da|di|el|al|bin|dos|do))*$/u;

/**
 * The players of a line-up line (a team, a colon, then players by line of play between semicolons
 * and commas, at least six): each a person, whatever the words would be elsewhere ("Kudus", "Tel").
 */
function lineUps(text: string, out: NameCandidates): void {
  if (!text.includes(';')) return;
  for (const m of text.matchAll(LINE_UP)) {
    const list = m[2]!;
    const from = m.index! + m[0].length - list.length;
    const items: { start: number; text: string }[] = [];
    for (const part of list.matchAll(/[^;,]+/gu)) {
      const raw = part[0];
      const lead = raw.length - raw.trimStart().length;
      // ("Fullkrug." ends the line: the full stop is no part of the name, an initial's is.)
      const name = raw.trim().replace(/\s*\(.*$/u, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
      items.push({ start: from + part.index! + lead, text: name });
    }
    if (items.length < 6 || !items.every((x) => PLAYER.test(x.text))) continue;
    for (const x of items) out.candidates.push(makeCandidate('PERSON', x.start, x.start + x.text.length, x.text, LINE_UP_SOURCE, 4.6));
  }
}

/**
 * A caption whose space a scraper dropped, "Wawan Sobari.Dosen Magister Ilmu Politik FISIP
 * Universitas Brawijaya." (an opinion piece's author line): the segmenter ends a sentence at the
 * dot, but the name and the title describe each other. Such a pair of sentences (the first only
 * capitalised words and the dot, the second glued to it and opening with a title) is read as one,
 * the dot standing as the comma of "Muhammad Afifuddin, Ketua KPU".
 */
function joinCaptions(bySentence: Token[][], lex: Lexicon): Map<number, number> {
  const captions = new Map<number, number>();
  for (let s = 0; s + 1 < bySentence.length; s++) {
    const name = bySentence[s]!;
    const next = bySentence[s + 1]!;
    const dot = name[name.length - 1];
    const first = next[0];
    if (!dot || !first || dot.text !== '.' || name.length < 3 || name.length > 6 || first.start !== dot.end) continue;
    if (!name.slice(0, -1).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)) || name[name.length - 2]!.end !== dot.start) continue;
    if (!lex.titles.has(first.text.toLowerCase())) continue;
    bySentence[s] = [...name.slice(0, -1), { ...dot, text: ',' }, ...next];
    bySentence[s + 1] = [];
    captions.set(s, name.length - 1);
    s++;
  }
  return captions;
}

/** {@link nameRecogniser} run once on one document. */
export function recogniseNames(
  doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'sections' | 'candidates'>,
  lex: Lexicon,
  minScore = 0,
): NameCandidates {
  return nameRecogniser(lex, minScore)(doc);
}
