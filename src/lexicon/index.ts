import { calendarWords, type CalendarWords } from './calendar.js';
import { entryValue, generatedSection, lexiconPairs, lexiconSection, modelSection, type LexiconFile } from './load.js';
import { numberWords, type NumberWords } from './numbers.js';

export type { CalendarWords, TimeUnit } from './calendar.js';
export type { Multiplier, NumberWords } from './numbers.js';

/**
 * Word lists the Indonesian stages use, built once per process from corpora/lexicon/ and shared
 * read-only. Each field is one section of a file there (the file's comments say what it holds and
 * who reads it); a stage derives what it needs from them once, when it is built. Sets iterate in
 * file order.
 */
export interface Lexicon {
  /** Lowercased title/role phrases ("ceo", "menteri dalam negeri" is not: "menteri"). titles.txt [titles]. */
  titles: ReadonlySet<string>;
  /** Longest title phrase, in words. */
  titleMaxWords: number;
  /** Words that continue a title into a portfolio or rank ("Dalam", "Negeri", "Utama"). titles.txt [portfolio]. */
  portfolio: ReadonlySet<string>;
  /** Lowercase words that join two titles of one person ("sekaligus", "dan"). titles.txt [joiners]. */
  titleJoiners: ReadonlySet<string>;
  /** Heads of territorial units whose area follows ("kapolda", "kajari"). titles.txt [area-heads]. */
  areaHeads: ReadonlySet<string>;
  /** The levels of a functional position that end its title ("Madya", "Pratama"). titles.txt [functional-levels]. */
  functionalLevels: ReadonlySet<string>;
  /** Lowercased titles that describe what a person is rather than a position held ("politikus", "legislator"). titles.txt [descriptions]. */
  descriptions: ReadonlySet<string>;
  /** Lowercased titles that are callings or forms of address, no position held alone ("pendeta", "pelatih"). titles.txt [callings]. */
  callings: ReadonlySet<string>;
  /** Lowercased titles of those who lead a group, which lowercase words may follow ("ketua"). titles.txt [leading-titles]. */
  leadingTitles: ReadonlySet<string>;
  /** Capitalised nouns for an official of a body, a title with the body's name after them ("Petugas", "Pejabat"). titles.txt [officer-nouns]. */
  officerNouns: ReadonlySet<string>;

  /** Lowercase personal pronouns → grammatical person ("saya" → 1, "dia" → 3). people.txt [pronouns]. */
  pronouns: ReadonlyMap<string, 1 | 2 | 3>;
  /** Forms of address before a name, matched in any case ("Bapak", "Mbak"). people.txt [honorifics]. */
  honorifics: ReadonlySet<string>;
  /** Kinship and regional forms of address before a name ("Uni", "Mbah", "Bli"), besides the honorifics; coref compares names without them. people.txt [address-terms]. */
  addressTerms: ReadonlySet<string>;
  /** Academic and religious prefixes of a person's name ("Prof", "Dr", "H", "KH"). people.txt [name-prefixes]. */
  namePrefixes: ReadonlySet<string>;
  /** Particles inside a name that bylines take too ("bin", "van"). people.txt [name-particles]. */
  nameParticles: ReadonlySet<string>;
  /** Particles inside a name that only the name rules take ("der", "von", "da"). people.txt [name-particles-more]. */
  moreNameParticles: ReadonlySet<string>;
  /** Police and military ranks before a name ("AKBP", "Brigjen"): not part of it. people.txt [ranks]. */
  ranks: ReadonlySet<string>;
  /** Capitalised words never part of a name besides calendar words and pronouns ("Rp", "Allah"). people.txt [not-names]. */
  notNames: ReadonlySet<string>;
  /** Common nouns for people, lowercase ("pedagang", "warga"): an unnamed sentence subject after "Salah satu", "Sejumlah". people.txt [people-nouns]. */
  peopleNouns: ReadonlySet<string>;
  /** Words before initials that name a person ("berinisial"). people.txt [initials-cues]. */
  initialsCues: ReadonlySet<string>;
  /** Roles before a person's initials in crime news ("tersangka", "korban"). people.txt [initials-roles]. */
  initialsRoles: ReadonlySet<string>;
  /** Regional words that open a name and are part of it ("Lalu", "Baiq"). people.txt [name-openers]. */
  nameOpeners: ReadonlySet<string>;
  /** Birth-order, caste and honorific words after the "I" or "Ni" of a Balinese name ("Made", "Gusti"). people.txt [balinese-name-words]. */
  balineseNameWords: ReadonlySet<string>;
  /** Abbreviated openings of Balinese names ("IGN"). people.txt [balinese-abbreviations]. */
  balineseAbbreviations: ReadonlySet<string>;
  /** Alias → canonical name ("Jokowi" → "Joko Widodo"). people.txt [aliases]. */
  aliases: ReadonlyMap<string, string>;
  /** Other names of organisations → the organisation ("Kemenlu" → "Kementerian Luar Negeri"). organisations.txt [aliases]. */
  orgAliases: ReadonlyMap<string, string>;
  /** Lowercased Indonesian given names. generated/words.txt [given-names] and people.txt [baptismal-names]. */
  givenNames: ReadonlySet<string>;
  /** Lowercased words that are mostly parts of people's names in news (NER training sets). models/names/name-words.txt [person-words]. */
  personWords: ReadonlySet<string>;
  /** Lowercased words of news text that are almost never part of a name ("umum", "juli"). models/names/name-words.txt [news-words]. */
  newsWords: ReadonlySet<string>;

  /** Words that mark an organisation's name, exact case ("PT", "Kementerian"). organisations.txt [markers]. */
  orgMarkers: ReadonlySet<string>;
  /** Known organisations, exact case ("Telegram", "BPS"). organisations.txt [known]. */
  orgs: ReadonlySet<string>;
  /** Legal forms before a company's name ("PT", "CV"). organisations.txt [legal-forms-before]. */
  legalFormsBefore: ReadonlySet<string>;
  /** Legal forms after a company's name written with a dot ("Inc", "Tbk"). organisations.txt [legal-forms-abbreviated]. */
  legalFormsAbbreviated: ReadonlySet<string>;
  /** Other legal forms after a company's name ("LLC", "Group"). organisations.txt [legal-forms-after]. */
  legalFormsAfter: ReadonlySet<string>;
  /** Other words that end an organisation's name ("Holdings", "FC", "Sekuritas"). organisations.txt [suffixes]. */
  orgSuffixes: ReadonlySet<string>;
  /** Last words of a club or company named after a place ("United", "FC"). organisations.txt [club-words]. */
  clubWords: ReadonlySet<string>;
  /** Words after a company's name that name its subsidiary, another company ("Syariah", "Gas"). organisations.txt [subsidiary-lines]. */
  subsidiaryLines: ReadonlySet<string>;
  /** Lowercase nouns in -si that head an organisation's name ("asosiasi", "koalisi"). organisations.txt [body-nouns]. */
  bodyNouns: ReadonlySet<string>;
  /** Kinds of organisation in small letters before a name ("perusahaan", "maskapai"): the name is an organisation's. organisations.txt [kind-nouns]. */
  orgKindNouns: ReadonlySet<string>;
  /** Words between such a kind and a name that are no line of business ("milik", "asing"). organisations.txt [kind-fillers]. */
  orgKindFillers: ReadonlySet<string>;
  /** Words before the number of a unit's region ("Wilayah", "Daop"). organisations.txt [region-words]. */
  regionWords: ReadonlySet<string>;
  /** Institutions often named after a person ("Universitas Udayana"). organisations.txt [namesake-institutions]. */
  namesakeInstitutions: ReadonlySet<string>;
  /** Short names of bodies each province or regency has its own of ("BPBD", "DPRD"). organisations.txt [regional-bodies]. */
  regionalBodies: ReadonlySet<string>;
  /** Words that open a unit of the body named after them ("Fraksi", "Satreskrim", "BEM"). organisations.txt [units]. */
  orgUnits: ReadonlySet<string>;
  /** Boards inside the body named after them ("Dewan Pengarah", "Dewan Komisioner"). organisations.txt [boards]. */
  orgBoards: ReadonlySet<string>;
  /** Degree programmes before their field and school ("Magister", "Program Doktor"). organisations.txt [degree-programmes]. */
  degreeProgrammes: ReadonlySet<string>;
  /** Words of a writer's biography that end the organisation before them ("Lulusan", "Alumnus"). organisations.txt [graduate-words]. */
  graduateWords: ReadonlySet<string>;
  /** The police and the armed forces, whose units are named before them ("Polri", "TNI"). organisations.txt [forces]. */
  forces: ReadonlySet<string>;
  /** Military units whose number the country gives one unit only ("Kodim", "Korem"). organisations.txt [numbered-units]. */
  numberedUnits: ReadonlySet<string>;

  /** Known places, exact case ("Jawa Barat", "Bogor", "Kabupaten Bogor"): places.txt [known] and generated/idn-areas.txt [places]. */
  places: ReadonlySet<string>;
  /**
   * The places a name alone is enough for, even when it is also a common word ("Indonesia",
   * "Jakarta"): places.txt [known], the provinces and the regencies (not the districts).
   */
  knownPlaces: ReadonlySet<string>;
  /** Other names of places → the place ("RI" → "Indonesia", "Tiongkok" → "China"). places.txt [aliases]. */
  placeAliases: ReadonlyMap<string, string>;
  /** Kinds of administrative area before a name ("Kabupaten", "Kota"). places.txt [admin-prefixes]. */
  adminPrefixes: ReadonlySet<string>;
  /** Other words that start a place's name ("Jalan", "Gunung"). places.txt [markers]. */
  placeMarkers: ReadonlySet<string>;
  /** Places often named after a person ("Jalan Ahmad Yani"). places.txt [namesake-places]. */
  namesakePlaces: ReadonlySet<string>;
  /** Words that end a place's name ("Stadium", "Airport"). places.txt [trailing-markers]. */
  trailingPlaceMarkers: ReadonlySet<string>;
  /** Lowercase words before a place besides the admin prefixes ("di", "menuju"). places.txt [locatives]. */
  locatives: ReadonlySet<string>;
  /** Words inside a building's or a street's name that name no other place ("Pusat", "Raya"). places.txt [same-place-words]. */
  samePlaceWords: ReadonlySet<string>;

  /** Short quotation cues ("ujar", "katanya"). speech.txt [cues]. */
  cues: ReadonlySet<string>;
  /** Speech predicates ("mengatakan", "menegaskan"). speech.txt [verbs]. */
  speechVerbs: ReadonlySet<string>;
  /** Words before a speaker's name ("menurut"). speech.txt [according-to]. */
  accordingTo: ReadonlySet<string>;
  /** Words after a cue that end the speaker's name ("dalam", "saat"). speech.txt [not-speaker-words]. */
  notSpeakerWords: ReadonlySet<string>;
  /** Nouns of written sources quoted directly ("laporan", "dokumen"). speech.txt [documents]. */
  documents: ReadonlySet<string>;

  /** Acronyms of programmes, documents and kinds of things ("BLT", "KTP"). non-entities.txt [acronyms]. */
  nonEntityAcronyms: ReadonlySet<string>;
  /** Capitalised single words that never name an entity ("Buddha", "Islam"). non-entities.txt [words]. */
  nonEntityWords: ReadonlySet<string>;
  /** Lowercase nouns of things whose name follows ("layanan", "aplikasi", "kereta"). non-entities.txt [thing-nouns]. */
  thingNouns: ReadonlySet<string>;
  /** Nouns before a product's brand and model ("mobil Toyota Fortuner"). non-entities.txt [product-nouns]. */
  productNouns: ReadonlySet<string>;
  /** Makers whose name and a model's name after it name a product ("Toyota Fortuner"). non-entities.txt [product-brands]. */
  productBrands: ReadonlySet<string>;
  /** Programmes and other named things that are no entity ("Makan Bergizi Gratis"). non-entities.txt [phrases]. */
  nonEntityPhrases: ReadonlySet<string>;
  /** First words of a programme's, a document's or an event's name ("Program", "Peraturan"). non-entities.txt [heads]. */
  nonEntityHeads: ReadonlySet<string>;
  /** Words for groups and cabinets that open no person's name ("Kabinet Merah Putih"). non-entities.txt [group-heads]. */
  groupHeads: ReadonlySet<string>;
  /** Short names of kinds of laws that open a law's name ("UU", "Inpres"). non-entities.txt [law-heads]. */
  lawHeads: ReadonlySet<string>;
  /** English nouns of fields and methods that are surnames too, lowercased ("economy", "flood"): a name ending with one is a term. non-entities.txt [english-term-heads]. */
  englishTermHeads: ReadonlySet<string>;
  /** First words of an organisation that need a name or place after them ("Dinas", "Pemerintah"). non-entities.txt [needs-name]. */
  orgNeedsName: ReadonlySet<string>;
  /** Words that name no organisation by themselves ("Direktorat", "Jenderal", "Koordinator"). non-entities.txt [generic-org-words]. */
  genericOrgWords: ReadonlySet<string>;

  /** Lowercase credits of news outlets in the text → the outlet ("detikcom" → "detik"). outlets.txt [credits]. */
  outletCredits: ReadonlyMap<string, string>;
  /** Lowercase channels of detik ("finance" of "detikFinance"). outlets.txt [detik-channels]. */
  detikChannels: ReadonlySet<string>;
  /** News sites' domains → the outlet ("cnnindonesia.com" → "cnn-indonesia"). outlets.txt [outlet-domains]. */
  outletDomains: ReadonlyMap<string, string>;
  /** Lowercase site names (og:site_name) → the outlet ("antara news" → "antara"). outlets.txt [outlet-names]. */
  outletNames: ReadonlyMap<string, string>;

  /** Day and month names, units of time, time zones: calendar.txt (the object the numbers stage reads). */
  calendar: CalendarWords;
  /** Number, scale and percent words, currency names: numbers.txt (the object the numbers stage reads). */
  numbers: NumberWords;

  /**
   * The 40,000 most frequent English words, lowercased ("governance", "renewable"), read on first
   * use: capitalised English phrases in Indonesian text are mostly no names. generated/english.txt.
   */
  readonly englishWords: ReadonlySet<string>;
  /**
   * The 5,000 most frequent English words that are also last names and no first names ("early",
   * "good", "john"), lowercased, read on first use: a person's name of such words only, none of them a word of
   * people's names, is an English phrase. generated/english.txt [english-named-words].
   */
  readonly englishNamedWords: ReadonlySet<string>;
  /** Lowercased Indonesian stopwords. generated/words.txt [stopwords]. */
  stopwords: ReadonlySet<string>;
  /** Lowercased common Indonesian words (a capitalised sentence opener in it is not a name). generated/words.txt [common-words]. */
  commonWords: ReadonlySet<string>;
  /** Lowercased nouns of money ("anggaran", "gaji"): a scaled number after one is an amount of money. numbers.txt [money-nouns]. */
  moneyNouns: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

/** A ministry's one-word short form ("Kemendukbangga"): its rest names the minister's ("Men-dukbangga"). */
const MINISTRY_SHORT = /^Kemen(?!ko$)([\p{L}\d-]{2,})$/u;
/** A minister's one-word title ("menkeu", not "menteri"). */
const MINISTER_SHORT = /^men(?!teri$)[\p{L}\d-]{2,}$/u;

/**
 * The one-word titles of ministers and their deputies that the lists imply: "mendukbangga" and
 * "wamendukbangga" from the ministry "Kemendukbangga", "wamenkeu" from the title "menkeu" (a
 * deputy minister's title is "Wa" before the minister's), lowercased like the titles.
 */
function ministerTitles(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    const ministry = MINISTRY_SHORT.exec(w);
    const minister = ministry ? `men${ministry[1]!.toLowerCase()}` : MINISTER_SHORT.test(w) ? w : null;
    if (minister) out.push(minister, `wa${minister}`);
  }
  return out;
}

/** The shared lexicon (read on first use: a few milliseconds), cached for the life of the process. */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const set = (file: LexiconFile, section: string) => new Set(lexiconSection(file, section));
  const lower = (file: LexiconFile, section: string) => new Set(lexiconSection(file, section).map((w) => w.toLowerCase()));
  const titles = lower('titles.txt', 'titles');
  for (const t of ministerTitles([...lexiconSection('organisations.txt', 'known'), ...titles])) titles.add(t);
  let english: Set<string> | undefined;
  let englishNamed: Set<string> | undefined;
  const lexicon: Omit<Lexicon, 'englishWords' | 'englishNamedWords'> = {
    titles,
    titleMaxWords: Math.max(...[...titles].map((t) => t.split(' ').length)),
    portfolio: set('titles.txt', 'portfolio'),
    titleJoiners: set('titles.txt', 'joiners'),
    areaHeads: set('titles.txt', 'area-heads'),
    functionalLevels: set('titles.txt', 'functional-levels'),
    descriptions: lower('titles.txt', 'descriptions'),
    callings: lower('titles.txt', 'callings'),
    leadingTitles: lower('titles.txt', 'leading-titles'),
    officerNouns: set('titles.txt', 'officer-nouns'),
    pronouns: new Map(lexiconPairs('people.txt', 'pronouns', (v) => (v === '1' ? 1 : v === '2' ? 2 : v === '3' ? 3 : undefined))),
    honorifics: set('people.txt', 'honorifics'),
    addressTerms: set('people.txt', 'address-terms'),
    namePrefixes: set('people.txt', 'name-prefixes'),
    nameParticles: set('people.txt', 'name-particles'),
    moreNameParticles: set('people.txt', 'name-particles-more'),
    ranks: set('people.txt', 'ranks'),
    notNames: set('people.txt', 'not-names'),
    peopleNouns: set('people.txt', 'people-nouns'),
    initialsCues: set('people.txt', 'initials-cues'),
    initialsRoles: set('people.txt', 'initials-roles'),
    nameOpeners: set('people.txt', 'name-openers'),
    balineseNameWords: set('people.txt', 'balinese-name-words'),
    balineseAbbreviations: set('people.txt', 'balinese-abbreviations'),
    aliases: new Map(lexiconSection('people.txt', 'aliases').map((line) => entryValue(line, 'corpora/lexicon/people.txt [aliases]'))),
    givenNames: new Set([...generatedSection('words.txt', 'given-names'), ...lexiconSection('people.txt', 'baptismal-names').map((w) => w.toLowerCase())]),
    personWords: new Set(modelSection('names/name-words.txt', 'person-words')),
    newsWords: new Set(modelSection('names/name-words.txt', 'news-words')),
    orgMarkers: set('organisations.txt', 'markers'),
    orgAliases: new Map(lexiconSection('organisations.txt', 'aliases').map((line) => entryValue(line, 'corpora/lexicon/organisations.txt [aliases]'))),
    orgs: set('organisations.txt', 'known'),
    legalFormsBefore: set('organisations.txt', 'legal-forms-before'),
    legalFormsAbbreviated: set('organisations.txt', 'legal-forms-abbreviated'),
    legalFormsAfter: set('organisations.txt', 'legal-forms-after'),
    orgSuffixes: set('organisations.txt', 'suffixes'),
    clubWords: set('organisations.txt', 'club-words'),
    subsidiaryLines: set('organisations.txt', 'subsidiary-lines'),
    bodyNouns: set('organisations.txt', 'body-nouns'),
    orgKindNouns: set('organisations.txt', 'kind-nouns'),
    orgKindFillers: set('organisations.txt', 'kind-fillers'),
    regionWords: set('organisations.txt', 'region-words'),
    regionalBodies: set('organisations.txt', 'regional-bodies'),
    namesakeInstitutions: set('organisations.txt', 'namesake-institutions'),
    orgUnits: set('organisations.txt', 'units'),
    orgBoards: set('organisations.txt', 'boards'),
    degreeProgrammes: set('organisations.txt', 'degree-programmes'),
    graduateWords: set('organisations.txt', 'graduate-words'),
    forces: set('organisations.txt', 'forces'),
    numberedUnits: set('organisations.txt', 'numbered-units'),
    places: new Set([...lexiconSection('places.txt', 'known'), ...lexiconSection('places.txt', 'world'), ...generatedSection('idn-areas.txt', 'places')]),
    knownPlaces: new Set([...lexiconSection('places.txt', 'known'), ...lexiconSection('places.txt', 'world'), ...generatedSection('idn-areas.txt', 'areas')]),
    placeAliases: new Map(lexiconSection('places.txt', 'aliases').map((line) => entryValue(line, 'corpora/lexicon/places.txt [aliases]'))),
    adminPrefixes: set('places.txt', 'admin-prefixes'),
    placeMarkers: set('places.txt', 'markers'),
    namesakePlaces: set('places.txt', 'namesake-places'),
    trailingPlaceMarkers: set('places.txt', 'trailing-markers'),
    samePlaceWords: set('places.txt', 'same-place-words'),
    locatives: set('places.txt', 'locatives'),
    cues: lower('speech.txt', 'cues'),
    speechVerbs: lower('speech.txt', 'verbs'),
    accordingTo: lower('speech.txt', 'according-to'),
    notSpeakerWords: lower('speech.txt', 'not-speaker-words'),
    documents: lower('speech.txt', 'documents'),
    nonEntityAcronyms: set('non-entities.txt', 'acronyms'),
    nonEntityPhrases: set('non-entities.txt', 'phrases'),
    nonEntityWords: set('non-entities.txt', 'words'),
    thingNouns: set('non-entities.txt', 'thing-nouns'),
    productNouns: set('non-entities.txt', 'product-nouns'),
    productBrands: set('non-entities.txt', 'product-brands'),
    nonEntityHeads: set('non-entities.txt', 'heads'),
    groupHeads: set('non-entities.txt', 'group-heads'),
    lawHeads: set('non-entities.txt', 'law-heads'),
    englishTermHeads: set('non-entities.txt', 'english-term-heads'),
    orgNeedsName: set('non-entities.txt', 'needs-name'),
    genericOrgWords: set('non-entities.txt', 'generic-org-words'),
    outletCredits: new Map(lexiconSection('outlets.txt', 'credits').map((line) => entryValue(line, 'corpora/lexicon/outlets.txt [credits]'))),
    detikChannels: lower('outlets.txt', 'detik-channels'),
    outletDomains: new Map(lexiconSection('outlets.txt', 'outlet-domains').map((line) => entryValue(line, 'corpora/lexicon/outlets.txt [outlet-domains]'))),
    outletNames: new Map(lexiconSection('outlets.txt', 'outlet-names').map((line) => entryValue(line, 'corpora/lexicon/outlets.txt [outlet-names]'))),
    calendar: calendarWords(),
    numbers: numberWords(),
    stopwords: new Set(generatedSection('words.txt', 'stopwords')),
    commonWords: new Set(generatedSection('words.txt', 'common-words')),
    moneyNouns: lower('numbers.txt', 'money-nouns'),
  };
  // The two lists read on first use are getters defined on the object made above, not written in
  // its literal: V8 keeps an object whose literal has a getter as a dictionary, and then every
  // `lex.…` the stages read (dozens a token) looks its name up in it, off the inline caches' fast path.
  cached = Object.defineProperties(lexicon as Lexicon, {
    englishWords: { enumerable: true, get: () => (english ??= new Set(generatedSection('english.txt', 'english-words'))) },
    englishNamedWords: { enumerable: true, get: () => (englishNamed ??= new Set(generatedSection('english.txt', 'english-named-words'))) },
  });
  return cached;
}
