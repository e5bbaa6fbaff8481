import { AROUND_SHORT_FORM, changeCandidate, INITIALS_SOURCE, LINE_UP_SOURCE, makeCandidate, type Candidate, type RoleCandidate } from '../../doc/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import { routeStart } from '../../lexicon/route.js';
import { abbreviates, AND_JOINTS, initialsOf, LONG_FORM_JOINTS, longFormStart } from '../../lexicon/abbreviation.js';
import { SCHOOL_ACRONYM_SOURCE } from '../../lexicon/schools.js';
import { alternation, confixNounShape, perLexicon, remembered, titleOpeners, withoutTrailingDot } from '../../lexicon/derive.js';
import { isAcronym, isAsciiLetter, isSpaceOrTab, isWhitespaceCode, letterRunStart, wordBeforeBlanks } from '../../doc/chars.js';
import { generatedSection } from '../../lexicon/load.js';
import { STRUCTURAL_SCORE } from './overlaps.js';
import { absorb, type EntityGroup } from './entity-group.js';
import { writtenSmall } from './headline.js';

/** A building's or venue's word opening a name: "Gedung Sate", "Wisma Atlet", "Menara BCA", "GOR Amongrogo" (a sports hall). */
const BUILDING = /^(?:Kantor|Gedung|Wisma|Menara|GOR)\s+\S/;
/**
 * An office named by its kind of service, an agency of its own ("Kantor Imigrasi Kelas II TPI
 * Bitung", "Kantor Wilayah Kementerian Agama Jawa Tengah", "Kantor Urusan Haji KJRI Jeddah") or by
 * its purpose ("Kantor PBB untuk Koordinasi Urusan Kemanusiaan"), not
 * the building of a body named after it ("Kantor KPU RI", "Kantor Kemnaker").
 */
const OFFICE_AGENCY = /^Kantor\s+(?:(?:Imigrasi|Wilayah|Pertanahan|Pajak|Urusan|SAR|Pencarian|Kesyahbandaran|Dagang|Pelayanan|Perbendaharaan|Bea)\b|\S.*\s(?:untuk|for)\s\p{Lu})/u;

/** A proper word of an organisation's name: a place, an acronym, or a capitalised word that is no common word. */
function properWord(word: string, lex: Lexicon): boolean {
  if (isAcronym(word) || lex.places.has(word) || lex.orgs.has(word)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !lex.commonWords.has(lower) && !lex.newsWords.has(lower) && !lex.genericOrgWords.has(word);
}

/**
 * Whether a name read as an organisation names a kind of body, not one: only generic words
 * ("Direktorat Jenderal", "Kementerian Koordinator"), or a word that needs a name followed by common
 * words only ("Dinas Sosial", "Pemerintah Kota", "Satuan Tugas Koordinasi").
 */
export function genericOrg(text: string, lex: Lexicon): boolean {
  const words = text.split(/\s+/).filter((w) => w !== 'dan' && w !== '&');
  if (words.length === 0) return false;
  if (words.every((w) => lex.genericOrgWords.has(w))) return true;
  return lex.orgNeedsName.has(words[0]!) && !words.slice(1).some((w) => properWord(w, lex));
}

// Last words of English organisations' names, never of a person's ("… Maritime Organization").
const ENGLISH_ORG_WORDS = 'organi[sz]ation|association|agency|council|university|foundation|company|corporation|committee|commission|federation|authority|institute|ministry|department';
// Last words of English media names ("Harvard Health Publishing", "Saudi Gazette", "Science Alert").
const ENGLISH_MEDIA_WORDS = 'publishing|publications|press|media|magazine|digest|journal|times|post|gazette|herald|tribune|daily|news|network|alert|review|insider|today';
const ENGLISH_ORG_HEAD = new RegExp(`^(?:${ENGLISH_ORG_WORDS}|${ENGLISH_MEDIA_WORDS})$`);
// Last words of English names of a paper, a fund or an index, never of a place's or a person's.
const ENGLISH_ORG_LAST = new RegExp(`^(?:${ENGLISH_MEDIA_WORDS.replace('|today', '')}|fund|index)$`);
const ENGLISH_INSTITUTION = new RegExp(`\\b(?:${ENGLISH_ORG_WORDS}|hospital|\\p{L}*school|college|academy)\\b`, 'iu');
// Last words of English names of firms and centres, no place's ("Teluk Weda Films", "… Disaster
// Management Center"), unless a venue's word stands before a centre ("Jakarta Convention Center",
// "Busan Cinema Center") or a building's word opens the name ("Gedung Marketing Center …").
const ENGLISH_FIRM_END = /(?<!\b(?:Convention|Trade|Cinema|Shopping|Marketing|Exhibition|Sports?|City|Business|Cultural|Culture|Visitor|Fitness|Food|Data|Community|Expo|Civic|Service|Call|Town|Training|Distribution|Logistics?)\s)\b(?:Films|Pictures|Studios|Productions|Records|Entertainment|Center|Centre)$/u;
const BUILDING_FIRST = /^(?:Gedung|Graha|Wisma|Menara|Kantor|Kompleks|Komplek|Balai)\s/u;
// Last words that make an English phrase the name of an organisation or a place: the organisations'
// own, and more ("Times Square", "Four Season Hotel").
const ENGLISH_NAME_HEAD = new RegExp(
  `^(?:${ENGLISH_ORG_WORDS}|fund|group|court|party|union|board|administration|exchange|office|bureau|reserve|network|alliance|coalition|society|club|league|bank|school|college|academy|police|army|navy|force|service|services|house|representatives|senate|parliament|congress|assembly|inc|ltd|corp|llc|times|post|journal|news|square|town|city|hotel|street|park|garden|gardens|center|centre|hall|tower|bridge|island|islands|airport|station|studio|studios|stadium|arena|mall|plaza|hospital|museum|valley|bay|river|lake|mountain|beach)$`,
);

/**
 * Whether a capitalised phrase is common English words ("Sustainable Development Goals",
 * "Governance", "Best Bank"): no name, unless it ends like an organisation ("… Organization").
 */
const ENGLISH_ABSTRACT = /(?:ance|ence|ity|ty|tion|sion|ment|ness|ism|ship|ings|ure)$/;

const ENGLISH_FUNCTION = new Set(['on', 'of', 'and', 'the', 'for', 'in', 'to', 'at', 'with', 'by', '&']);

/** Whether one word is an English word of no Indonesian word list, no person's word and no place the lexicon knows. */
function englishWordNoPlace(word: string, lex: Lexicon): boolean {
  const w = word.toLowerCase();
  return lex.englishWords.has(w) && !lex.commonWords.has(w) && !lex.givenNames.has(w) && !lex.personWords.has(w) && !lex.places.has(word) && !lex.knownPlaces.has(word) && !lex.placeAliases.has(word);
}

function englishPhrase(form: string, lex: Lexicon, reading?: 'person' | 'org'): boolean {
  // "Mobility as a Service", "Software as a Service": an article or "as" in small letters between
  // capitalised words makes a phrase of words, no name.
  if (/\p{Lu}\S*\s(?:as|a|an)(?:\san?)?\s\p{Lu}/u.test(form)) return true;
  const words = form.split(/\s+/).map((w) => w.replace(/['’]s$/u, '').toLowerCase());
  // One word is too often a brand or a name ("Apple", "Hamas"): only an abstract noun ("Governance",
  // "Loyalty", "Safety") of no Indonesian word list, and phrases.
  if (words.length === 1) {
    const w = words[0]!;
    return ENGLISH_ABSTRACT.test(w) && lex.englishWords.has(w) && !lex.personWords.has(w) && !lex.givenNames.has(w) && !lex.commonWords.has(w);
  }
  // "Zero Tolerance on Bribery", "Plenary Session II": function words, plurals and numerals between English words.
  // (For a person's name, the frequent English words that are names too count, unless people's
  // names hold them: "Early Warning System", "Good Stats", not "Mike Johnson"; for an organisation's,
  // in a phrase of three words or more: "National Climate Risk Assessment", not "Royal Antwerp".)
  const content = words.filter((w) => !ENGLISH_FUNCTION.has(w) && !ROMAN.test(w.toUpperCase()));
  const namedWords = reading === 'person' || (reading === 'org' && content.length >= 3);
  const word = (w: string) => lex.englishWords.has(w) || (namedWords && lex.englishNamedWords.has(w) && !lex.givenNames.has(w));
  const english = (w: string) => (word(w) || (w.endsWith('s') && word(w.slice(0, -1)))) && !lex.personWords.has(w);
  // "for Materials": a name does not open with a function word.
  if (ENGLISH_FUNCTION.has(words[0]!) && words[0] !== 'the') return true;
  if (words.length < 2 || content.length < 2 || !content.every(english)) return false;
  // "Global New Light of Myanmar", "Times of India": an organisation's name that ends "of" and a place's name.
  const last = form.slice(form.lastIndexOf(' ') + 1);
  if (reading === 'org' && words[words.length - 2] === 'of' && (lex.places.has(last) || lex.knownPlaces.has(last))) return false;
  // "University of Arizona", "Times of India": an institution's word anywhere makes a name.
  if (words.length > content.length && content.some((w) => ENGLISH_NAME_HEAD.test(w) || ENGLISH_ORG_HEAD.test(w))) return false;
  // ("Science Alert", "Scientific American Mind": a medium's last word names the medium.)
  return !ENGLISH_NAME_HEAD.test(words[words.length - 1]!) && !ENGLISH_ORG_HEAD.test(words[words.length - 1]!);
}

/**
 * Whether a capitalised phrase of two words or more ends with an English noun of a field or a method
 * (non-entities.txt [english-term-heads]: "Care Economy", "Simple Surfactant Flood"), or one word
 * that runs an English word and such a noun together ("Steamflood"), none of its words a given name,
 * a person's word or a title ("Harry Flood" stays a person).
 */
function endsWithEnglishTermHead(form: string, lex: Lexicon): boolean {
  const words = form.split(/\s+/);
  // "Steamflood", "Waterflooding": one word, an English word and such a noun run together.
  if (words.length === 1) {
    const lower = form.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(form) || lex.givenNames.has(lower) || lex.personWords.has(lower)) return false;
    for (const head of lex.englishTermHeads) {
      const rest = lower.slice(0, -head.length);
      if (lower.endsWith(head) && rest.length >= 3 && (lex.englishWords.has(rest) || lex.englishNamedWords.has(rest))) return true;
    }
    return false;
  }
  if (!lex.englishTermHeads.has(words[words.length - 1]!.toLowerCase())) return false;
  return words.every((w) => {
    const lower = w.toLowerCase();
    return /^\p{Lu}[\p{Ll}-]+$/u.test(w) && !lex.givenNames.has(lower) && !lex.personWords.has(lower) && !lex.titles.has(lower) && !lex.honorifics.has(w);
  });
}

/** Nouns of doctrines and fields of study ("Marxisme", "Urologi", "Teknologi"). */
const DOCTRINE_OR_FIELD = /^\p{Lu}\p{Ll}{2,}(?:isme|logi)$/u;

/** Whether a word is a common word of a title's portfolio ("Tindak", "Pidana", "Umum"), no person's word. */
function portfolioNotName(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lex.commonWords.has(lower) && lex.newsWords.has(lower) && !lex.personWords.has(lower) && (!lex.givenNames.has(lower) || lex.portfolio.has(word));
}

/** Whether a word is common Indonesian and no part of people's names. */
function commonNotName(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.personWords.has(lower) || lex.givenNames.has(lower)) return false;
  return lex.newsWords.has(lower) || lex.commonWords.has(lower) || confixNounShape(lower, 4);
}

/** Words of a programme's stage after its name ("Sekolah Rakyat Rintisan"). */
const PROGRAMME_STAGES = new Set(['Rintisan', 'Percontohan', 'Perintis', 'Tahap', 'Jilid', 'Gelombang']);

/**
 * Whether a form is a programme's name of the lexicon, written with hyphens ("Kopdes Merah-Putih") or
 * followed by common words ("Sekolah Rakyat Rintisan") or kind-of-body words ("Asta Cita Pemerintah").
 */
function programmeOfBody(form: string, lex: Lexicon): boolean {
  const words = form.replace(/-/g, ' ').split(' ');
  if (lex.nonEntityPhrases.has(words.join(' '))) return true;
  // "Sekolah Rakyat Rintisan": a programme's name and common words ("… Terintegrasi 4 Sumedang" names a school).
  // ("Rintisan", "Percontohan": words of a programme's stage the word lists miss are common words too.)
  const common = (w: string) => lex.commonWords.has(w.toLowerCase()) || PROGRAMME_STAGES.has(w);
  for (let k = words.length - 1; k >= 1 && common(words[k]!) && !lex.places.has(words[k]!); k--) {
    if (lex.nonEntityPhrases.has(words.slice(0, k).join(' '))) return true;
  }
  for (let k = words.length - 1; k >= 1; k--) {
    if (!lex.genericOrgWords.has(words[k]!)) return false;
    if (lex.nonEntityPhrases.has(words.slice(0, k).join(' '))) return true;
  }
  return false;
}

/** Last words of events' English names ("Transmart Full Day Sale", "Tencent WE Summit", "Mandaya Awards 2025"), as a regex's alternatives. */
const EVENT_WORDS = 'Summit|Expo|Festival|Fest|Sale|Awards?|Championships?|Conference|Fair|Week|Cup|Run|Marathon|Tour|Show|Gala';
// An event's English name: one of those words, or a forum, a meeting's session or a research mission
// ("Plenary Session II", "Ocean Salinity Experiment"), numbered or not.
const ENGLISH_EVENT_TAIL = new RegExp(`\\s(?:${EVENT_WORDS}|Forum|Sessions?|Meeting|Workshop|Symposium|Exhibition|Olympiad|Hackathon|Experiment)(?:\\s+(?:\\d{4}|[IVX]+))?$`, 'u');

// Last words of documents' English names ("ASEAN Petroleum Security Agreement", "Paris Agreement", "STCW Convention").
const ENGLISH_DOCUMENT_TAIL = /\s(?:Agreement|Convention|Declaration|Treaty|Charter|Protocol|Covenant|Accord)$/u;

/** Whether a name is an event's or a programme's: a head of the lexicon opens it or an event's word ends it. */
function eventOrProgramme(text: string, lex: Lexicon): boolean {
  return ENGLISH_EVENT_TAIL.test(text) || lex.nonEntityHeads.has(text.slice(0, text.indexOf(' '))) || lex.nonEntityPhrases.has(text);
}

/**
 * Acronyms of national programmes, aid, admissions and registers (a closed class of
 * non-entities.txt [acronyms]): never a place's word, unlike the kinds of sites and bodies there
 * that a name follows ("GOR Djarum", "BUMDes Sekapuk", "PLTU Suralaya").
 */
const PROGRAMME_ACRONYMS = new Set(['BLT', 'BLTS', 'BPNT', 'PKH', 'KIP', 'KIS', 'JKN', 'MBG', 'PSN', 'PPDB', 'SPMB', 'SNBP', 'SNBT', 'UTBK', 'PPKM', 'PSBB', 'DTKS', 'DTSEN', 'PPPK', 'PPDS']);

/** Whether one form of an entity names no entity (a pure function of its arguments: answers are kept, see knownNonEntityForm): a programme, a document, a kind of thing, the outlet's own credit. */
/**
 * An award's title read as a name: "Indonesia's Best Bank" (and "Best Bank" after it), "Best
 * Sustainable Bank", "Most Innovative Company", "Silver Winner Anugerah …".
 */
const AWARD_TITLE = /^(?:\p{Lu}[\p{L}.-]*['’]s\s+(?:Best|Most|Top)\s+\p{Lu}\S*|(?:Best|Most)\s+\p{Lu}\S*|(?:Gold|Silver|Bronze|Platinum)\s+Winner\S*)(?:\s+\S+)*$/u;

function nonEntityForm(form: string, type: EntityGroup['type'], lex: Lexicon): boolean {
  if (lex.nonEntityAcronyms.has(form) || lex.nonEntityPhrases.has(form) || lex.nonEntityWords.has(form)) return true;
  // "Asta Cita Pemerintah": a programme's name and a kind of body after it name no organisation.
  if (programmeOfBody(form, lex)) return true;
  // An event: its English name's last word ("… Investment Forum", "… Summit"), unless the lexicon knows it as an organisation ("World Economic Forum").
  if (type !== 'LOC' && ENGLISH_EVENT_TAIL.test(form) && !lex.orgs.has(form)) return true;
  // A document: its English name's last word ("… Security Agreement", "… Convention").
  if (ENGLISH_DOCUMENT_TAIL.test(form) && !lex.orgs.has(form)) return true;
  // An award's title: a superlative after a possessive ("Indonesia's Best Bank") or opening it ("Best
  // Sustainable Bank", "Most Valuable Player"), a medal's winner ("Silver Winner …"), no organisation.
  if (AWARD_TITLE.test(form) && !lex.orgs.has(form)) return true;
  // No capital at all ("qardhul hasan"): no name.
  if (!/\p{Lu}/u.test(form)) return true;
  // A name's prefix, a form of address or a rank alone ("Kms", "Dr", "Inf"): no name.
  if (lex.namePrefixes.has(form) || lex.honorifics.has(form) || lex.ranks.has(form)) return true;
  // One word of Indonesian news text that is almost never a name ("Pemantauan", "Terbarukan", "Krisan").
  // (Initials in capitals name a person whatever word they spell in chat: "JD", "SP".)
  if (type === 'PERSON' && !form.includes(' ') && ((commonNotName(form, lex) && !/^[A-Z]{2,4}$/.test(form)) || lex.portfolio.has(form))) return true;
  // "Bhabinkamtibmas", "Babinsa": a title alone (a village officer's) names no person, unless people are named by the word.
  if (type === 'PERSON' && !form.includes(' ') && lex.titles.has(form.toLowerCase()) && !lex.givenNames.has(form.toLowerCase()) && !lex.personWords.has(form.toLowerCase())) return true;
  // "Tindak Pidana Umum" (a title's portfolio): a person's name of common words only, none a person's word.
  if (type === 'PERSON' && form.includes(' ') && form.split(' ').every((w) => portfolioNotName(w, lex))) return true;
  // "Marxisme", "Urologi": a doctrine or a field of study, no person or place.
  if (type !== 'ORG' && !form.includes(' ') && DOCTRINE_OR_FIELD.test(form)) return true;
  // "e-Warong KUBE PKH": a place's name holding a national programme's
  // acronym names the programme, unless a word of it marks or names a place ("Posko BLT Desa Sukamaju").
  if (type === 'LOC' && form.includes(' ') && !BUILDING_FIRST.test(form)) {
    const words = form.split(' ');
    if (words.some((w) => PROGRAMME_ACRONYMS.has(w)) && !words.some((w) => lex.placeMarkers.has(w) || lex.adminPrefixes.has(w) || lex.places.has(w) || lex.knownPlaces.has(w))) return true;
  }
  // "BLT Kesra", "KIP Kuliah", "PKH Plus": a national programme's acronym opens a programme's name, no organisation's.
  if (type === 'ORG' && form.includes(' ') && PROGRAMME_ACRONYMS.has(form.slice(0, form.indexOf(' ')))) return true;
  // "Graha", "Gedung": a place's marker alone names no place.
  // ("Kecamatan", "Kelurahan": an administrative area's kind alone names none, as in "Panitia Pemilihan Kecamatan".)
  if (type === 'LOC' && (lex.placeMarkers.has(form) || lex.adminPrefixes.has(form))) return true;
  // "Hospitals", "Foundation": the last word of an organisation's name alone names nothing.
  if (type !== 'ORG' && lex.orgSuffixes.has(form) && !lex.places.has(form)) return true;
  // "Rantis Brimob" (a Brimob vehicle): a person's name does not end with an organisation's.
  if (type === 'PERSON' && form.includes(' ') && lex.orgs.has(form.slice(form.lastIndexOf(' ') + 1))) return true;
  if (/^detik/.test(form) && lex.outletCredits.get(form.toLowerCase().replace(/^detik(?!com)/, 'detik')) !== undefined) return true;
  if (/^detik\p{L}*$/u.test(form)) return true;
  const first = form.split(/\s+/)[0]!;
  if (type !== 'PERSON' && lex.nonEntityHeads.has(first) && form.includes(' ')) return true;
  // "RUU Sistranas", "Inpres 8", "UU TNI": a law or a regulation named after its kind.
  if (lex.lawHeads.has(first) && form.includes(' ')) return true;
  if (!lex.orgs.has(form) && !lex.places.has(form) && englishPhrase(form, lex, type === 'PERSON' ? 'person' : type === 'ORG' ? 'org' : undefined)) return true;
  // "Care Economy", "Confirmatory Factor Analysis": a person's name ending with an English noun of a
  // field or a method that is a surname too, none of its words a given name or a person's word, is a term.
  if (type === 'PERSON' && endsWithEnglishTermHead(form, lex)) return true;
  // (A body the lexicon knows by a name of common words stays: "Otoritas Jasa Keuangan".)
  return type === 'ORG' && genericOrg(form, lex) && !lex.orgs.has(form);
}

/** Most answers {@link knownNonEntityForm} keeps per lexicon and type before it empties that cache. */
const NON_ENTITY_MEMO_MAX = 8192;
const nonEntityMemo = new WeakMap<Lexicon, Map<EntityGroup['type'], Map<string, boolean>>>();

/**
 * {@link nonEntityForm}, its answers kept per lexicon and type (a pure function of the form and the
 * type: the names of one article are met again in later ones); a cache is emptied when full.
 */
function knownNonEntityForm(form: string, type: EntityGroup['type'], lex: Lexicon): boolean {
  let byType = nonEntityMemo.get(lex);
  if (byType === undefined) {
    byType = new Map();
    nonEntityMemo.set(lex, byType);
  }
  let memo = byType.get(type);
  if (memo === undefined) {
    memo = new Map();
    byType.set(type, memo);
  }
  return remembered(memo, form, NON_ENTITY_MEMO_MAX, () => nonEntityForm(form, type, lex));
}

/**
 * Drops the groups that name no entity: every form of them is a programme, a document or a kind of
 * thing of the lexicon ("BLT", "Makan Bergizi Gratis", "Peraturan Pemerintah"), the outlet's own
 * credit ("detikcom"), or, for an organisation, a kind of body ("Dinas Sosial").
 */
export function dropNonEntities(groups: readonly EntityGroup[], lex: Lexicon): EntityGroup[] {
  // (The groups kept are copied only once one is dropped: most articles drop none.)
  let kept: EntityGroup[] | null = null;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (namesEntity(g, lex)) kept?.push(g);
    else kept ??= groups.slice(0, i);
  }
  return kept ?? (groups as EntityGroup[]);
}

/** Whether a group names an entity: see {@link dropNonEntities} (loops over its mentions, no closure per group). */
function namesEntity(g: EntityGroup, lex: Lexicon): boolean {
  // A player of a line-up is a person whatever the word ("Kudus", "Tel").
  for (const m of g.mentions) if (m.source === LINE_UP_SOURCE) return true;
  // ("Panitia Pemilihan Kecamatan (PPK)" read as a place "Kecamatan": an area's kind alone names none, whatever its short form.)
  if (g.type === 'LOC' && lex.adminPrefixes.has(g.text)) return false;
  // ("di Koramil", "RSUD", "Babinsa" read as a place: a marker or a title alone names no one.)
  if (g.type !== 'PERSON') {
    let every = true;
    for (const m of g.mentions) {
      if (markerOrTitleAlone(m.text, lex)) continue;
      every = false;
      break;
    }
    if (every) return false;
  }
  // "Mahakam Investment Forum (MIF)": the short form of a non-entity goes with it.
  if (knownNonEntityForm(g.text, g.type, lex)) {
    let every = true;
    for (const m of g.mentions) {
      if (knownNonEntityForm(m.text, g.type, lex) || ((isAcronym(m.text) || MIXED_ACRONYM.test(m.text)) && acronymOfNonEntity(m.text, g.text, lex))) continue;
      every = false;
      break;
    }
    if (every) return false;
  }
  return !unknownShortAcronym(g, lex);
}

/**
 * "Bangun Tanggul Laut Raksasa" … "proyek tanggul laut raksasa", "Warisan Budaya Takbenda" … "maupun
 * takbenda": one capitalised word read as a person or a place that the article also writes in small
 * letters is a common word capitalised by a headline or a term's title case, unless the lexicon
 * knows it as a place or a name ("Bali", "Budi"), or a line-up puts it among players.
 */
export function dropWordsWrittenSmall(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  return groups.filter((g) => {
    if ((g.type !== 'PERSON' && g.type !== 'LOC') || !/^\p{Lu}\p{Ll}{3,}$/u.test(g.text)) return true;
    const lower = g.text.toLowerCase();
    if (lex.places.has(g.text) || lex.knownPlaces.has(g.text) || lex.givenNames.has(lower) || lex.personWords.has(lower)) return true;
    if (g.mentions.some((m) => m.text !== g.text || m.source === LINE_UP_SOURCE)) return true;
    return !writtenSmall(text, lower);
  });
}

/** An acronym in capitals and small letters, each small letter a small word's ("MaaS" of "Mobility as a Service"). */
const MIXED_ACRONYM = /^\p{Lu}(?=\S*\p{Ll})[\p{Lu}\p{Ll}]{1,6}\p{Lu}$/u;

/**
 * Whether an acronym goes with a non-entity's name it stands for: an event's or a programme's
 * ("Mahakam Investment Forum (MIF)"), or a phrase of common English words that it spells out, no
 * place's name among them ("Foreign Terrorist Fighters (FTF)", "Early Warning System (EWS)",
 * "Mobility as a Service (MaaS)"; not "Indonesia Corruption Watch (ICW)").
 */
function acronymOfNonEntity(acronym: string, name: string, lex: Lexicon): boolean {
  if (eventOrProgramme(name, lex)) return true;
  const initials = MIXED_ACRONYM.test(acronym) ? name.split(/\s+/).map((w) => w[0]).join('') : initialsOf(name);
  if (initials !== acronym || lex.orgs.has(name) || !englishPhrase(name, lex)) return false;
  return !name.split(' ').some((w) => lex.places.has(w) || lex.knownPlaces.has(w) || lex.placeAliases.has(w));
}

/** Words before a "Forum …" held, not a body: where or how one takes part in a meeting ("di", "menghadiri", "sambutan"). */
const FORUM_HELD_BEFORE = /(?:^|[^\p{L}])(?:di|dalam|pada|menghadiri|hadiri|membuka|buka|sambutan|acara|ajang|gelaran|perhelatan|pembukaan|penutupan)\s+$/u;

/** A year right after a "Forum …" ("Forum MPU 2025"): a meeting of that year. */
const YEAR_AFTER = /^\s+(?:19|20)\d\d(?!\d)/u;

/**
 * "Pramono di Forum MPU … saat membuka Forum MPU 2025", "seusai menghadiri Forum Koordinasi
 * Pembangunan Wilayah": an organisation's name opened by "Forum" that the article writes only as a
 * meeting (after a word of attending or opening it, or before a year) names an event, no
 * organisation; a forum that has a chair or members ("Ketua Forum HRD …") or acts stays.
 */
export function forumsHeld(groups: readonly EntityGroup[], text: string): EntityGroup[] {
  return groups.filter(
    (g) =>
      !(
        g.type === 'ORG' &&
        g.text.startsWith('Forum ') &&
        g.mentions.every((m) => FORUM_HELD_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || YEAR_AFTER.test(text.slice(m.end, m.end + 6)))
      ),
  );
}

/**
 * The rest of an English event's or index's name right after a name: capitalised words at most, then
 * the event's or the index's word ("… Trail| Run 2025", "Transmart Full| Day Sale", "Henley Passport| Index").
 */
const EVENT_NAME_AFTER = new RegExp(`^(?: \\p{Lu}[\\p{L}-]*){0,2} (?:${EVENT_WORDS}|Index)(?![\\p{L}\\d-])`, 'u');

/**
 * "Slamet Trail Run 2025 … ajang Slamet Trail Run", "Transmart Full Day Sale", "Henley Passport Index":
 * a name read as a person's that the article writes, in most of its mentions, as the first words of
 * an English event's or index's name names the event, no person (a person a cup or a race is named
 * after now and then, "… Cup", is a small share of the person's mentions).
 */
export function dropEventNameWords(groups: readonly EntityGroup[], text: string): EntityGroup[] {
  return groups.filter((g) => {
    if (g.type !== 'PERSON') return true;
    let inside = 0;
    for (const m of g.mentions) if (EVENT_NAME_AFTER.test(text.slice(m.end, m.end + 48))) inside++;
    return inside * 2 <= g.mentions.length;
  });
}

/** The capitalised word right before a name, after a space ("Personal| Weather"). */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\d'’-])(\p{Lu}\p{Ll}+) $/u;

/**
 * "Personal Weather mencatat …" read as a person "Weather": one word read as a person's name that
 * the article writes, in every mention, right after a capitalised word with which it makes a phrase
 * of English words names a thing, an account or a brand, no person; a title before it ("Captain
 * Rice", "Pelatih Rice") or a word of people's names leaves it a person.
 */
export function dropEnglishPhraseTails(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  return groups.filter((g) => {
    if (g.type !== 'PERSON' || g.text.includes(' ') || g.mentions.some((m) => m.text !== g.text)) return true;
    const lower = g.text.toLowerCase();
    if (lex.givenNames.has(lower) || lex.personWords.has(lower)) return true;
    return !g.mentions.every((m) => {
      const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
      if (before === undefined) return false;
      const low = before.toLowerCase();
      if (lex.titles.has(low) || lex.honorifics.has(before) || lex.givenNames.has(low) || lex.personWords.has(low)) return false;
      return englishPhrase(`${before} ${g.text}`, lex, 'person');
    });
  });
}

/**
 * "pakai mobil Maung … kendaraan Maung … memakai Maung", "kopi Bajawa … produksi kopi Bajawa": a
 * name read as a person's or a place's that the article writes right after a noun for a thing or a
 * product (non-entities.txt [thing-nouns], [product-nouns]) twice at least and in two mentions of
 * five at least names the product, no entity (a person's car now and then, "mobil Prabowo", is a
 * small share of the person's mentions). Checked on the whole group, once the other occurrences
 * are added: one candidate after another word ("kendaraan dinas Maung") no longer keeps it.
 */
export function dropProducts(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type !== 'PERSON' && g.type !== 'LOC') continue;
    // "Arina merupakan mobil mungil buatan Semarang", "X adalah sebuah proyek mobil nasional", "kota
    // itu punya X, sepeda sewa, …": a name the article defines as a thing or a product is no person's.
    if (g.type === 'PERSON' && g.mentions.some((m) => definedAsThing(text.slice(m.end, m.end + 40), lex))) {
      (gone ??= new Set()).add(g);
      continue;
    }
    if (g.mentions.length < 2) continue;
    let after = 0;
    for (const m of g.mentions) {
      const noun = letterWordBefore(text, m.start);
      if (lex.thingNouns.has(noun) || lex.productNouns.has(noun)) after++;
    }
    if (after >= 2 && after * 5 >= g.mentions.length * 2) (gone ??= new Set()).add(g);
  }
  return gone === undefined ? (groups as EntityGroup[]) : groups.filter((g) => !gone.has(g));
}

// A copula and a noun after a name ("merupakan mobil", "adalah sebuah proyek"), or a noun opening an
// appositive of three lowercase words at most between commas (", sepeda sewa,").
// ("X merupakan inovasi minuman isotonik", "X hadir sebagai susu siap minum": a new product's.)
const DEFINED_AS = /^(?:\s+(?:merupakan|adalah|ialah|hadir\s+sebagai)\s+(?:sebuah\s+|salah\s+satu\s+)?(?:inovasi\s+|varian\s+)?(\p{Ll}+)|,\s+(\p{Ll}+)(?:\s+\p{Ll}+){0,2},)/u;

/** Whether the words after a name define it as a thing (non-entities.txt [thing-nouns], [product-nouns]). */
function definedAsThing(after: string, lex: Lexicon): boolean {
  const m = DEFINED_AS.exec(after);
  const noun = m?.[1] ?? m?.[2];
  return noun !== undefined && (lex.thingNouns.has(noun) || lex.productNouns.has(noun));
}

/**
 * "Cleanser, Moisturizer, dan Sunscreen", "Crude Protein Yield" read as places: one English word of no
 * Indonesian word list and no place of the lexicon, never named where a place is ("di kawasan
 * Arcadia"), names a thing or a brand.
 */
export function dropEnglishWordPlaces(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  return groups.filter(
    (g) =>
      g.type !== 'LOC' ||
      g.text.includes(' ') ||
      !englishWordNoPlace(g.text, lex) ||
      g.mentions.some((m) => {
        const before = letterWordBefore(text, m.start);
        return PLACE_CONTEXT.has(before) || before === 'dari';
      }),
  );
}

/**
 * Whether a name runs over a word of the sentence: a lowercase Indonesian word inside it that is no
 * function word ("Sentosa menggandeng Daewoo", "Business Forum gelaran Kadin Jatim"). Names
 * hold function words ("Badan Pengawas Obat dan Makanan", "Ahmad bin Abdullah") and foreign words
 * ("Mobility as a Service"), not those.
 */
export function overSentenceWord(text: string, lex: Lexicon): boolean {
  const words = text.split(' ');
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    if (!/^\p{Ll}{3,}$/u.test(w) || lex.stopwords.has(w) || NAME_PARTICLES.has(w) || ENGLISH_FUNCTION.has(w)) continue;
    // (A verb or a noun of the sentence the word lists miss: "menggandeng", "diresmikan", "gelaran" of "gelar".)
    if (lex.commonWords.has(w) || /^(?:me[mn]?|meng|meny|ber|di|ter)\p{Ll}{3,}/u.test(w) || /\p{Ll}{3,}(?:kan|nya)$/u.test(w) || (w.endsWith('an') && lex.commonWords.has(w.slice(0, -2)))) return true;
  }
  return false;
}

/** Lowercase words inside people's, places' and bodies' names that are no words of the sentence. */
const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'den', 'del', 'della', 'des', 'dos', 'das', 'ibn', 'bagi', 'serta', 'tentang', 'dalam']);

/** Whether a text holds white space: what `/\s/u` tells, by char codes (no regex per mention). */
function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhitespaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a mention is one word that marks organisations ("Koramil", "RSUD") or is a title ("Babinsa"), and no known organisation's name. */
function markerOrTitleAlone(text: string, lex: Lexicon): boolean {
  const word = withoutTrailingDot(text);
  return !hasWhitespace(word) && (lex.orgMarkers.has(word) || lex.titles.has(word.toLowerCase())) && !lex.orgs.has(word) && !lex.orgs.has(text);
}

/**
 * A well-known place the tagger alone read as a person ("kota pesisir seperti Rotterdam", "tragedi
 * Chernobyl dan Fukushima"): a place of the lexicon's well-known ones, no given name, and never named
 * where a person is (after a title, an honorific, a name prefix or a speech cue, before an age in
 * brackets or a speech verb: "kata Bima", "Vatikan (27)").
 */
export function knownPlacesReadAsPeople(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  return groups.map((g) => {
    if (g.type !== 'PERSON' || g.source !== 'model' || !lex.knownPlaces.has(g.text) || lex.givenNames.has(g.text.split(' ')[0]!.toLowerCase())) return g;
    const personal = g.mentions.some((m) => !lex.knownPlaces.has(m.text) || namedWherePersonIs(m, text, lex));
    return personal ? g : { ...g, type: 'LOC' as const, source: `${g.source}/known-place` };
  });
}

/** A work's year after an author's name: "Dahl (1998)", "Achen dan Bartels (2016)", "(Pateman, 1970)". */
const CITED_YEAR_AFTER = /^(?:\s+(?:dan|&)\s+\p{Lu}[\p{L}'-]+)?(?:\s*\((?:19|20)\d\d\)|,\s*(?:19|20)\d\d\))/u;

/** Whether the last character of `text` between `from` and `to` that is no whitespace is a comma (what `/,\s*$/u` needs). */
function endsWithComma(text: string, from: number, to: number): boolean {
  let j = to;
  while (j > from && isWhitespaceCode(text.charCodeAt(j - 1))) j--;
  return j > from && text.charCodeAt(j - 1) === 44;
}

/**
 * A name read as a place by the tagger or the list alone that the text names as a person: after a
 * speech cue or a form of address ("kata Sekar", "Kak Gregoria"), before an age in brackets, or
 * before a speech verb ("Rosmiati, mengatakan …"), or after a title and a comma, and never after a word that only a place follows
 * ("di", "ke", "dari", "warga"). No well-known place, and no name with a place's marker or an area's
 * kind in it.
 */
export function peopleReadAsPlaces(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  let out: EntityGroup[] | undefined;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    // "dipimpin oleh Ipda Samosir": a police or military rank is followed by a person's name, never
    // by a place's, whatever place the name is also.
    if (g.type === 'LOC' && !g.text.includes(' ') && g.mentions.every((m) => lex.ranks.has(withoutTrailingDot(wordBeforeBlanks(text, Math.max(0, m.start - 16), m.start, isSpaceOrTab))))) {
      out ??= groups.slice();
      out[i] = { ...g, type: 'PERSON' as const, source: `${g.source}/named-person` };
      continue;
    }
    // (Words written as names: "MSc" after a name is a degree.)
    if (g.type !== 'LOC' || lex.knownPlaces.has(g.text) || g.text.split(' ').some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || lex.adminPrefixes.has(w) || lex.placeMarkers.has(w) || AREA_KINDS.includes(w))) continue;
    if (!g.mentions.every((m) => m.source === 'model' || m.source === 'loc/gazetteer' || (m.source ?? '').startsWith('coref/'))) continue;
    let personal = false;
    let placed = false;
    for (const m of g.mentions) {
      const word = /(\p{L}+)[\s,]*$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '';
      const prev = word.toLowerCase();
      if (PLACE_CONTEXT.has(prev) || prev === 'dari') placed = true;
      const next = text.slice(m.end, m.end + 30);
      const nextWord = (/^[\s,]*(\p{L}+)/u.exec(next)?.[1] ?? '').toLowerCase();
      // (Forms of address as written: "Kak Gregoria".)
      personal ||= lex.cues.has(prev) || lex.honorifics.has(word) || /^\s*\(\d{1,3}\)/u.test(next) || lex.speechVerbs.has(nextWord);
      // "Achen dan Bartels (2016) pesimis …": an author cited with the year of the work.
      personal ||= CITED_YEAR_AFTER.test(next);
      // "Perdana Menteri pertama India, Jawaharlal Nehru": a name of two words or more, none of the
      // lists' places, after a title (its place or organisation) and a comma.
      if (!personal && g.text.includes(' ') && !lex.places.has(g.text)) {
        const before = endsWithComma(text, Math.max(0, m.start - 60), m.start) ? /^(.*\p{L})\s*,\s*$/su.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1] : undefined;
        personal = before !== undefined && titleBefore(before, lex);
      }
    }
    if (!personal || placed) continue;
    out ??= groups.slice();
    out[i] = { ...g, type: 'PERSON' as const, source: `${g.source}/named-person` };
  }
  if (out === undefined) return groups as EntityGroup[];
  // "tunggal putri Gregoria Mariska Tunjung … Kak Gregoria": a name of that shape whose first word
  // is now a person of one word is that person's full name; the person of one word joins it.
  const people = new Map<string, number>();
  out.forEach((g, k) => {
    if (g.type === 'PERSON' && g.source.endsWith('/named-person') && !g.text.includes(' ')) people.set(g.text, k);
  });
  const gone = new Set<number>();
  out.forEach((g, k) => {
    const space = g.text.indexOf(' ');
    if (g.type !== 'LOC' || space < 0 || lex.places.has(g.text) || g.mentions.some((m) => !(m.source === 'model' || (m.source ?? '').startsWith('coref/')))) return;
    if (g.text.split(' ').some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || lex.adminPrefixes.has(w) || lex.placeMarkers.has(w) || AREA_KINDS.includes(w))) return;
    const one = people.get(g.text.slice(0, space));
    if (one === undefined || gone.has(one)) return;
    out![k] = { ...g, type: 'PERSON' as const, source: `${g.source}/named-person`, mentions: [...g.mentions, ...out![one]!.mentions].sort((a, b) => a.start - b.start) };
    gone.add(one);
  });
  return gone.size === 0 ? out : out.filter((_, k) => !gone.has(k));
}

/** A capitalised word right before a name, after no letter or dot: "Indef [Dimas] Prasetyo Nugroho". */
const WORD_BEFORE_NAME = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+) $/u;

/**
 * "Peneliti Indef Dimas Prasetyo Nugroho … kata Dimas", "Dr. Bagus Satriyo Nugroho … Bagus
 * mengingatkan": a person's name read without its first word, which the text uses alone for that
 * person (a person of one word, every mention that word), starts at that word; the person of one
 * word joins it. Only where no other entity holds the word.
 */
export function joinFirstNameUsedAlone(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  const singles = new Map<string, EntityGroup>();
  for (const g of groups) if (g.type === 'PERSON' && /^\p{Lu}\p{Ll}+$/u.test(g.text) && g.mentions.every((m) => m.text === g.text)) singles.set(g.text, g);
  if (singles.size === 0) return groups as EntityGroup[];
  const taken = (start: number, end: number) => groups.some((g) => g.mentions.some((m) => m.start < end && start < m.end));
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type !== 'PERSON' || !g.text.includes(' ') || gone?.has(g)) continue;
    for (const m of g.mentions) {
      if (m.text !== g.text) continue;
      const word = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
      const single = word === undefined ? undefined : singles.get(word);
      if (single === undefined || single === g || gone?.has(single) || lex.titles.has(word!.toLowerCase()) || lex.honorifics.has(word!)) continue;
      const start = m.start - word!.length - 1;
      if (taken(start, m.start - 1)) continue;
      const full = `${word} ${g.text}`;
      for (const n of g.mentions) {
        if (n.text !== g.text || text.slice(n.start - word!.length - 1, n.start) !== `${word} `) continue;
        n.start -= word!.length + 1;
        n.text = full;
      }
      g.text = full;
      g.mentions = [...g.mentions, ...single.mentions].sort((a, b) => a.start - b.start);
      (gone ??= new Set()).add(single);
      break;
    }
  }
  return gone === undefined ? (groups as EntityGroup[]) : groups.filter((g) => !gone.has(g));
}

/** The heads of names that are a building or an institution by turns ("Kantor", "Stasiun", "Istana"). */
const OFFICE_HEADS = new Set(['Kantor', 'Stasiun', 'Istana']);
/** A station of a service, an office ("Stasiun Meteorologi Maritim Tanjung Perak", "Stasiun Karantina Pertanian …"), not a railway's. */
const STATION_OF_SERVICE = /^Stasiun (?:Meteorologi|Klimatologi|Geofisika|Pemantau(?:an)?|Pengamatan|Karantina|Penelitian|Riset|Radio|Televisi|Bumi|Pengumpul)\b/u;
/** Words before a building's name, not an institution's: "di Kantor …", "lobi Kantor …". */
const BUILDING_CONTEXT = new Set(['di', 'ke', 'dari', 'menuju', 'depan', 'belakang', 'samping', 'halaman', 'lobi', 'gedung', 'kompleks', 'area', 'kawasan', 'sekitar', 'dalam', 'luar', 'atap', 'pintu', 'gerbang']);
/** Words of the shape of a verb that are none ("melainkan", "bersama"). */
const NOT_VERBS = new Set(['melainkan', 'bersama', 'beserta', 'berikut', 'berupa', 'berdasarkan', 'menurut', 'melalui', 'mengenai', 'menuju', 'meskipun', 'mengingat', 'bersebelahan', 'berdekatan']);
/** A verb after a name, past a bracketed short form and an adverb: "… (OCHA) menyebut", "… juga diminta". */
const VERB_AFTER = /^\s*(?:\([^()]{2,12}\)\s*)?(?:(?:juga|telah|sudah|akan|tengah|sedang|pun|turut)\s+)?((?:me|ber|di)\p{Ll}{3,})/u;

/**
 * "Persikab … Persikab Kapuas Hulu", "Bulog … Bulog Makassar": a name read as a place that is a
 * one-word organisation of the article and a known place after it is that organisation's (its
 * branch or its team of the place): an organisation, which the one-word organisation joins.
 * Changes the groups in place.
 */
export function orgsWithPlaceReadAsPlaces(groups: EntityGroup[], lex: Lexicon): void {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const space = g.text.indexOf(' ');
    if (g.type !== 'LOC' || space < 0 || !lex.knownPlaces.has(g.text.slice(space + 1)) || lex.knownPlaces.has(g.text)) continue;
    const head = g.text.slice(0, space);
    if (lex.placeMarkers.has(head) || lex.adminPrefixes.has(head)) continue;
    const k = groups.findIndex((x) => x.type === 'ORG' && x.text === head && x.mentions.every((m) => m.text === head));
    if (k < 0) continue;
    g.type = 'ORG';
    g.source = `${g.source}/org-of-place`;
    g.mentions = [...g.mentions, ...groups[k]!.mentions].sort((a, b) => a.start - b.start);
    groups.splice(k, 1);
    if (k < i) i--;
  }
}

/** Units named by their base ("Lanud Halim Perdanakusuma", "Lantamal V", "Lanal Bintan"). */
const BASE_UNITS = new Set(['Lanud', 'Lantamal', 'Lanal']);
/** Words right before a place one goes to or leaves: "dari Lanud …", "ke Lantamal …". */
const TRAVEL_CONTEXT = new Set(['di', 'dari', 'ke', 'menuju', 'tiba', 'mendarat', 'lepas', 'landas']);

/**
 * The word of letters, lowercased, that ends right before `at` (spaces passed over; within 20
 * characters); '' after punctuation: what `/(\p{L}+)\s*$/u` finds in those 20 characters, read back
 * from `at` instead of tried at every character.
 */
function letterWordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 20);
  let end = at;
  while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return text.slice(letterRunStart(text, from, end), end).toLowerCase();
}

/**
 * "diterbangkan dari Lanud Halim Perdanakusuma": a unit named by its base (an air or naval base)
 * whose every mention is where one is, goes to or leaves ("di", "dari", "ke", "menuju") names the
 * base, a place; one acting ("Lanud X menggelar …") stays the unit. Changes the groups' types in place.
 */
export function basesAsPlaces(groups: readonly EntityGroup[], text: string): void {
  for (const g of groups) {
    const space = g.text.indexOf(' ');
    if (g.type !== 'ORG' || space < 0 || !BASE_UNITS.has(g.text.slice(0, space))) continue;
    const placed = g.mentions.every((m) => TRAVEL_CONTEXT.has(letterWordBefore(text, m.start)));
    if (!placed) continue;
    g.type = 'LOC';
    g.source = `${g.source}/base`;
  }
}

/** Words that open an area's name before its short form in brackets ("Kawasan Inti Pusat Pemerintahan (KIPP)"), besides the lexicon's markers. */
const AREA_OPENERS = new Set(['Kawasan', 'Daerah', 'Wilayah', 'Zona', 'Provinsi', 'Negara', 'Republik']);

/**
 * The first two words of the run of capitalised words (and small joints, commas) that ends right
 * before `end`, the long name before a bracketed short form (the first may be a sentence's
 * opener: "Warga Kabupaten …"); null when the word right before is no capitalised one.
 */
function longFormOpeners(text: string, end: number): string[] | null {
  const words = text
    .slice(Math.max(0, end - 120), end)
    .split(' ')
    .map((w) => w.replace(/,$/u, ''));
  const first = longFormStart(words, LONG_FORM_JOINTS, { capitalised: (w) => /^\p{Lu}/u.test(w) && !/[.!?:;"“”()]/u.test(w) });
  return first === words.length ? null : words.slice(first, first + 2);
}

/**
 * "PT Bank Pembangunan Daerah Jawa Barat dan Banten (BJB)", "Kementerian Investasi, Perdagangan dan
 * Industri Malaysia (MITI)", "Satgas Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi
 * (PPKPT)": an acronym in brackets after a long name that the tagger read as a place (the long
 * name ends with a place's name, or holds "di") is the body's short form, an organisation. Not an
 * acronym the lexicon knows as a place ("Nusa Tenggara Timur (NTT)"), nor one after an area's
 * name (its first or second word an area's word: "Kabupaten Bandung Barat (KBB)", "Kawasan Inti
 * Pusat Pemerintahan (KIPP)"), nor one after a name that opens with a place's ("Papua Nugini (PNG)").
 * When the article names the body by the long name's first word and the short form ("Satgas PPKPT"),
 * that group takes the short form's mentions and the short form's group leaves the list.
 */
export function bracketedAcronymsOfBodies(groups: EntityGroup[], text: string, lex: Lexicon): void {
  for (const g of [...groups]) {
    if (g.type !== 'LOC' || !isAcronym(g.text) || lex.places.has(g.text) || lex.knownPlaces.has(g.text)) continue;
    if (g.mentions.some((m) => m.text !== g.text)) continue;
    const bracketed = g.mentions.find((m) => text[m.start - 1] === '(' && text[m.end] === ')' && text[m.start - 2] === ' ');
    if (bracketed === undefined) continue;
    const openers = longFormOpeners(text, bracketed.start - 2);
    if (openers === null || opensAsAreaOrPlace(openers, lex)) continue;
    g.type = 'ORG';
    g.source = `${g.source}/short-form`;
    // "Satgas Pencegahan … (PPKPT)", then "Satgas PPKPT": the body named by the long name's first word
    // and the short form is the one the short form names; it takes the short form's mentions.
    const named = groups.filter((o) => o.type === 'ORG' && o !== g && o.text === `${openers[0]!} ${g.text}`);
    if (named.length !== 1) continue;
    const body = named[0]!;
    absorb(body, g);
    body.mentions.sort((a, b) => a.start - b.start);
    groups.splice(groups.indexOf(g), 1);
  }
}

/**
 * Whether the first words of a long name (one or two) make it an area's or a place's: one of them a
 * place's marker or an area's word ("Kabupaten Bandung Barat", "Kawasan Inti …"), or the first a
 * place the lexicon knows ("Papua Nugini").
 */
function opensAsAreaOrPlace(words: readonly string[], lex: Lexicon): boolean {
  return words.some((w) => lex.placeMarkers.has(w) || lex.adminPrefixes.has(w) || AREA_KINDS.includes(w) || AREA_OPENERS.has(w)) || lex.places.has(words[0]!) || lex.knownPlaces.has(words[0]!);
}

/**
 * "aktif di Sarekat Buruh Tani (SBT)": a name of two words or more that the tagger alone read as a
 * place, its initials spelled by the acronym in brackets after it, is a body's long name, an
 * organisation. Not a place the lexicon knows ("Nusa Tenggara Timur (NTT)"), nor an area's name (its
 * first or second word a place's marker or an area's word: "Kabupaten Bandung Barat (KBB)"), nor one
 * opening with a place's name. Changes the groups' types in place.
 */
export function longFormsOfBodiesReadAsPlaces(groups: readonly EntityGroup[], text: string, lex: Lexicon): void {
  for (const g of groups) {
    if (g.type !== 'LOC' || g.source !== 'model' || !g.text.includes(' ') || lex.places.has(g.text) || lex.knownPlaces.has(g.text)) continue;
    const words = g.text.split(' ');
    if (opensAsAreaOrPlace(words.slice(0, 2), lex)) continue;
    const spelled = g.mentions.some((m) => {
      const short = /^ \((\p{Lu}{2,8})\)/u.exec(text.slice(m.end, m.end + 12))?.[1];
      return short !== undefined && short === words.map((w) => w[0]).join('').toUpperCase();
    });
    if (!spelled) continue;
    g.type = 'ORG';
    g.source = `${g.source}/long-form`;
  }
}

/** A short form in brackets right after a name: " (Minerba)". */
const BRACKETED_AFTER = /^ \((\p{Lu}[\p{L}\d]{1,9})\)/u;

/**
 * "Pertambangan Mineral dan Batu Bara (Minerba)", "Satgas Pencegahan dan Penanganan Kekerasan di
 * Perguruan Tinggi (PPKPT)", "Orang Asli Papua (OAP)": a place's mention ending a longer name whose
 * short form follows in brackets is a word of that name, no place of its own; the mention is dropped,
 * with the short form's mentions linked to the place, and the place with them when it has no other. Not a place the short form abbreviates by itself
 * ("Sulawesi Selatan (Sulsel)", "Kabupaten Bandung Barat (KBB)"), nor one whose short form spells
 * words inside it only ("Kantor Kementerian Pekerjaan Umum (PU)").
 */
export function placesInsideLongForms(groups: readonly EntityGroup[], text: string): EntityGroup[] {
  let changed = false;
  const out: EntityGroup[] = [];
  for (const g of groups) {
    if (g.type !== 'LOC') {
      out.push(g);
      continue;
    }
    const shorts = new Set<string>();
    let kept = g.mentions.filter((m) => {
      if (text.charCodeAt(m.end) !== 32 || text[m.end + 1] !== '(') return true;
      const short = BRACKETED_AFTER.exec(text.slice(m.end, m.end + 14))?.[1];
      if (short === undefined || abbreviates(short, m.text)) return true;
      const before = text.slice(Math.max(0, m.start - 100), m.start).split(' ');
      if (before.pop() !== '') return true;
      // The long name: the capitalised words (and small joints) right before the place, from one word to six.
      const first = Math.max(longFormStart(before, LONG_FORM_JOINTS, { capitalised: (w) => /^\p{Lu}[\p{L}-]*$/u.test(w), jointsLast: true }), before.length - 6);
      let long = m.text;
      for (let k = before.length - 1; k >= first; k--) {
        const w = before[k]!;
        long = `${w} ${long}`;
        if (/^\p{Lu}/u.test(w) && abbreviates(short, long, { loose: true })) {
          shorts.add(short);
          return false;
        }
      }
      return true;
    });
    // (The short form linked to the place by its brackets is the long name's too.)
    if (shorts.size > 0) kept = kept.filter((m) => !shorts.has(m.text));
    if (kept.length === g.mentions.length) out.push(g);
    else {
      changed = true;
      if (kept.length > 0) out.push({ ...g, mentions: kept });
    }
  }
  return changed ? out : (groups as EntityGroup[]);
}

/** Marks ending a phrase that are no part of it ("Koperasi Desa Merah Putih."). */
const PHRASE_END_MARKS = /[.,;:!?)"”]+$/u;
/** The marks of {@link PHRASE_END_MARKS}, one of which ends a text it changes. */
const PHRASE_END_MARK_CHARS = '.,;:!?)"”';

/** Every word of the phrases non-entities.txt [phrases] knows as no entity. */
const nonEntityPhraseWords = perLexicon((lex: Lexicon): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const p of lex.nonEntityPhrases) for (const w of p.split(' ')) words.add(w);
  return words;
});

/**
 * "Koperasi Desa Merah Putih": a place's or an organisation's mention inside a phrase the lexicon
 * knows as no entity (non-entities.txt [phrases], a programme's name) is a word of that phrase; the
 * mention is dropped (and its entity with it when it has no other). The phrase is looked for with up
 * to three words before the mention and three after it. Not a place the lexicon knows.
 */
export function namesInsideNonEntityPhrases(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  const words = nonEntityPhraseWords(lex);
  let changed = false;
  const out: EntityGroup[] = [];
  for (const g of groups) {
    if (g.type === 'PERSON') {
      out.push(g);
      continue;
    }
    // (The mentions kept are copied only once one is dropped: most groups keep all.)
    let kept: EntityGroup['mentions'] | null = null;
    for (let i = 0; i < g.mentions.length; i++) {
      const m = g.mentions[i]!;
      if (!insideNonEntityPhrase(m, text, lex, words)) kept?.push(m);
      else kept ??= g.mentions.slice(0, i);
    }
    if (kept === null) out.push(g);
    else {
      changed = true;
      if (kept.length > 0) out.push({ ...g, mentions: kept });
    }
  }
  return changed ? out : (groups as EntityGroup[]);
}

/** Whether a mention is a word of a phrase the lexicon knows as no entity: see {@link namesInsideNonEntityPhrases}. */
function insideNonEntityPhrase(m: EntityGroup['mentions'][number], text: string, lex: Lexicon, words: ReadonlySet<string>): boolean {
  // (A phrase holding the mention holds its first word, perhaps without the marks ending the
  // phrase: tried first, as most first words are in no phrase.)
  const space = m.text.indexOf(' ');
  const first = space < 0 ? m.text : m.text.slice(0, space);
  if (!words.has(first) && !(PHRASE_END_MARK_CHARS.includes(first[first.length - 1] ?? ' ') && words.has(first.replace(PHRASE_END_MARKS, '')))) return false;
  // (A known place stays: "Pemerintah RI", "Warga Negara Indonesia" name the country too.)
  if (lex.nonEntityPhrases.has(m.text) || lex.places.has(m.text) || lex.knownPlaces.has(m.text) || lex.placeAliases.has(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start).split(' ').slice(0, -1);
  if (text[m.start - 1] !== ' ' && text[m.end] !== ' ') return false;
  const after = text.slice(m.end + 1, m.end + 60).split(' ');
  const head = text[m.start - 1] === ' ' ? before.slice(-3) : [];
  const tail = text[m.end] === ' ' ? after.slice(0, 3) : [];
  // (Every word of a phrase but its last, which may end with marks, is a word of the phrases: the
  // words before the mention that are not stop the phrases tried there, and so do those after it.)
  let headFrom = head.length;
  while (headFrom > 0 && words.has(head[headFrom - 1]!)) headFrom--;
  let tailTo = 0;
  while (tailTo < tail.length && words.has(tail[tailTo]!)) tailTo++;
  const maxA = Math.min(tail.length, tailTo + 1);
  for (let b = 0; b <= head.length - headFrom; b++) {
    for (let a = 0; a <= maxA; a++) {
      if (a === 0 && b === 0) continue;
      const phrase = [...head.slice(head.length - b), m.text, ...tail.slice(0, a)].join(' ');
      if (lex.nonEntityPhrases.has(phrase.replace(PHRASE_END_MARKS, '')) && !/[.,;:!?)"”]\s/u.test(phrase)) return true;
    }
  }
  return false;
}

/** A region's name after its administrative word and the short form in brackets after it: "Kabupaten Ogan Komering Ilir (". */
const REGION_BEFORE_BRACKET = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,5} \($/u;

/**
 * "Kabupaten Ogan Komering Ilir (OKI)" … "desa di OKI": an acronym read as an organisation (a
 * body's list may hold the same letters) whose bracketed mention follows a region's name after its
 * administrative word ("Kabupaten", "Kota", "Provinsi"), its letters the initials of that name,
 * shortens the region: a place. Changes the groups' types in place.
 */
export function regionShortForms(groups: EntityGroup[], text: string, lex: Lexicon): void {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.type !== 'ORG' || !isAcronym(g.text)) continue;
    let regionEnd = -1;
    for (const m of g.mentions) {
      if (text[m.end] !== ')') continue;
      const r = REGION_BEFORE_BRACKET.exec(text.slice(Math.max(0, m.start - 80), m.start));
      if (r === null) continue;
      const words = r[0].slice(0, -2).split(' ');
      const k = words.findLastIndex((w) => lex.adminPrefixes.has(w));
      if (k >= 0 && k < words.length - 2 && words.slice(k + 1).map((w) => w[0]).join('') === g.text) regionEnd = m.start - 2;
    }
    if (regionEnd < 0) continue;
    // The region's own group, when one ends right before the bracket, takes the short form's mentions.
    const k = groups.findIndex((x) => x.type === 'LOC' && x.mentions.some((m) => m.end === regionEnd));
    if (k < 0) {
      g.type = 'LOC';
      g.source = `${g.source}/region-short-form`;
      continue;
    }
    const region = groups[k]!;
    region.mentions = [...region.mentions, ...g.mentions].sort((a, b) => a.start - b.start);
    region.aliases.add(g.text);
    groups.splice(i, 1);
    i--;
  }
}

/** A short form of capitals (and digits) as an acronym is written: "BGN", "BP2MI". */
const CAPITALS_SHORT_FORM = /^\p{Lu}[\p{Lu}\d]{1,7}$/u;

/** Whether the letters of `short` are, in order, initials of the words of `name`, the first the first word's. */
function initialsSpell(short: string, name: string): boolean {
  const initials = name.split(/[\s-]+/u).map((w) => w[0] ?? '').join('').toUpperCase();
  const letters = short.replace(/\d/gu, '');
  if (letters[0] !== initials[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k === letters.length;
}

/**
 * "Badan Gizi Nasional (BGN) … Ketua BGN-nya …": a short form of capitals written in brackets right
 * after an organisation's name, its letters that name's initials, is the organisation's wherever it
 * stands, though a title before it made a person of it elsewhere. The person's group joins the
 * organisation's. Changes the groups in place.
 */
export function shortFormsOfOrgsReadAsPeople(groups: EntityGroup[], text: string): void {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.type !== 'PERSON' || !CAPITALS_SHORT_FORM.test(g.text)) continue;
    let org: EntityGroup | undefined;
    for (const m of g.mentions) {
      if (text[m.start - 1] !== '(' || text[m.end] !== ')' || text[m.start - 2] !== ' ') continue;
      org = groups.find((x) => x.type === 'ORG' && x.mentions.some((o) => o.end === m.start - 2 && initialsSpell(g.text, o.text)));
      if (org) break;
    }
    if (!org) continue;
    org.mentions = [...org.mentions, ...g.mentions].sort((a, b) => a.start - b.start);
    org.aliases.add(g.text);
    groups.splice(i, 1);
    i--;
  }
}

/** A resident's property before "milik" and an owner's name: "rumah milik Udin", "sawah milik Karta". */
const RESIDENTS_PROPERTY = /(?:^|[^\p{L}])(?:rumah|kediaman|sawah|kebun|ladang|kandang|gubuk) milik $/iu;

/**
 * "rumah milik Utar (1 KK, 2 jiwa)", "sawah milik Karta": the one-word owner of a resident's house or
 * field that the tagger read as an organisation is a person. Not a name the lexicon knows as an
 * organisation's, nor an acronym. Changes the groups' types in place.
 */
export function ownersArePeople(groups: readonly EntityGroup[], text: string, lex: Lexicon): void {
  for (const g of groups) {
    if (g.type !== 'ORG' || g.source !== 'model' || !/^\p{Lu}\p{Ll}+$/u.test(g.text) || lex.orgs.has(g.text) || lex.orgMarkers.has(g.text)) continue;
    if (!g.mentions.every((m) => m.text === g.text)) continue;
    if (!g.mentions.some((m) => RESIDENTS_PROPERTY.test(text.slice(Math.max(0, m.start - 20), m.start)))) continue;
    g.type = 'PERSON';
    g.source = `${g.source}/owner`;
  }
}

/**
 * "Kantor Kementerian Agama Kabupaten Deli Serdang juga diminta …", "Stasiun Meteorologi X mencatat
 * …", "menurut Kantor Jaksa Agung Spanyol": a building's name that acts as an institution (a verb
 * after it, or "menurut" before it), never named where a building is ("di Kantor …", "lobi Kantor
 * …"), is the institution's.
 */
export function officesActing(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  let out: EntityGroup[] | undefined;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const space = g.text.indexOf(' ');
    // ("dibawa ke Kantor Imigrasi …": a head that opens organisations' names by their kind of service stays an office.)
    const head = space < 0 ? g.text : g.text.slice(0, space);
    if (g.type === 'ORG' && OFFICE_HEADS.has(head) && !lex.orgMarkers.has(head) && namedAsBuilding(g, text, lex)) {
      out ??= groups.slice();
      out[i] = { ...g, type: 'LOC' as const, source: `${g.source}/building` };
      continue;
    }
    if (g.type !== 'LOC' || space < 0 || !OFFICE_HEADS.has(g.text.slice(0, space))) continue;
    // ("Stasiun Jakarta Kota berperan penting", "Stasiun Gambir dinilai padat": a railway station
    // is the place whatever it does; only a station of a service is an office.)
    if (head === 'Stasiun' && !STATION_OF_SERVICE.test(g.text)) continue;
    let acting = false;
    let building = false;
    for (const m of g.mentions) {
      const prev = letterWordBefore(text, m.start);
      if (BUILDING_CONTEXT.has(prev)) building = true;
      const verb = VERB_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
      acting ||= lex.accordingTo.has(prev) || (verb !== undefined && !NOT_VERBS.has(verb));
    }
    if (!acting || building) continue;
    out ??= groups.slice();
    out[i] = { ...g, type: 'ORG' as const, source: `${g.source}/acting` };
  }
  return out ?? (groups as EntityGroup[]);
}

/**
 * Whether an institution named by its building ("Istana") is only ever named where a building is
 * ("tiba di Istana", "dipanggil ke Istana", "kompleks Istana"), never as a subject nor after "pihak"
 * or "orang": the building, a place. (Not a body the lexicon knows as an organisation and not as a
 * place or a place's marker: "di Kantor Staf Presiden".)
 */
function namedAsBuilding(g: EntityGroup, text: string, lex: Lexicon): boolean {
  if (lex.orgs.has(g.text) && !lex.places.has(g.text) && !lex.placeMarkers.has(g.text)) return false;
  for (const m of g.mentions) if (!BUILDING_CONTEXT.has(letterWordBefore(text, m.start))) return false;
  return true;
}

/**
 * Whether a mention stands where a person is named: after a title, an honorific, a name prefix, a
 * speech cue or verb ("kata Bima"), or before an age in brackets, a speech verb or a cue
 * ("Vatikan (27)").
 */
function namedWherePersonIs(m: { start: number; end: number }, text: string, lex: Lexicon): boolean {
  const prev = (/([\p{L}.]+)[\s,]*$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1] ?? '').toLowerCase();
  const next = text.slice(m.end, m.end + 40);
  const nextWord = (/^[\s,]*(\p{L}+)/u.exec(next)?.[1] ?? '').toLowerCase();
  return lex.titles.has(prev) || lex.honorifics.has(prev) || lex.namePrefixes.has(withoutTrailingDot(prev)) || lex.cues.has(prev) || lex.speechVerbs.has(prev) || /^\s*\(\d/u.test(next) || lex.speechVerbs.has(nextWord) || lex.cues.has(nextWord);
}

/** Words of the kind of an area, besides the administrative prefixes: a name after one is a place's. */
const AREA_KINDS = ['Kampung', 'Dusun', 'Distrik', 'Nagari', 'Gampong', 'Kalurahan', 'Pulau', 'Sungai', 'Gunung', 'Teluk', 'Danau'];

/** Whether the code point of `text` that starts at `i` is a letter (false at the end). */
function letterStartsAt(text: string, i: number): boolean {
  const c = text.codePointAt(i);
  return c !== undefined && LETTER.test(String.fromCodePoint(c));
}

/** Whether the code point of `text` that ends just before `i` is a letter (false at the start). */
function letterEndsAt(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER.test(pair ? text.slice(i - 2, i) : text.charAt(i - 1));
}

/**
 * Whether `name` stands in `text` after one of `kinds` and whitespace, each a whole word: what
 * `/(?:^|[^\p{L}])(?:kind|…)\s+name(?![\p{L}])/u` tests ("Kecamatan Pakenjeng"), read from each
 * place the name is written instead of compiling and running that regex per name.
 */
export function namedAfterKind(text: string, name: string, kinds: readonly string[]): boolean {
  for (let q = text.indexOf(name); q >= 0; q = text.indexOf(name, q + 1)) {
    if (letterStartsAt(text, q + name.length)) continue;
    // Every split of the whitespace before the name: a kind ends where the whitespace starts.
    for (let r = q; r > 0 && isWhitespaceCode(text.charCodeAt(r - 1)); ) {
      r--;
      for (const k of kinds) {
        const from = r - k.length;
        if (from >= 0 && text.startsWith(k, from) && !letterEndsAt(text, from)) return true;
      }
    }
  }
  return false;
}

/**
 * A person read by the tagger alone whose name the article itself gives a place ("Kecamatan
 * Pakenjeng" … "warga Pakenjeng"; "Desa Glagahwero" … "di Glagahwero"): one or two capitalised
 * words after an administrative prefix or the kind of an area elsewhere in the text, no given name,
 * never named where a person is ({@link namedWherePersonIs}). Its mentions join that place's
 * entity when there is one ("Kecamatan Pakenjeng"), else it is a place of its own.
 */
export function placesNamedInText(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  const candidates = groups.filter((g) => g.type === 'PERSON' && g.source === 'model' && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(g.text) && !lex.givenNames.has(g.text.split(' ')[0]!.toLowerCase()) && !lex.personWords.has(g.text.split(' ')[0]!.toLowerCase()));
  if (candidates.length === 0) return groups as EntityGroup[];
  const kinds = [...lex.adminPrefixes, ...AREA_KINDS];
  const out = groups.slice();
  for (const g of candidates) {
    if (!namedAfterKind(text, g.text, kinds)) continue;
    const personal = g.mentions.some((m) => namedWherePersonIs(m, text, lex));
    if (personal) continue;
    const at = out.indexOf(g);
    const place = out.find((x) => x.type === 'LOC' && kinds.some((k) => x.text === `${k} ${g.text}`));
    if (place) {
      place.mentions = [...place.mentions, ...g.mentions].sort((a, b) => a.start - b.start);
      out.splice(at, 1);
    } else out[at] = { ...g, type: 'LOC' as const, source: `${g.source}/named-place` };
  }
  return out;
}

/**
 * "Lurah Prawirodirjan", "Geuchik Blang Rheue": a name read as an organisation (after a village
 * head's title, or by the tagger) that the article names as a place with an administrative prefix
 * or an area's kind ("Kelurahan Prawirodirjan", "Gampong Blang Rheue") is that place: its mentions
 * join the place's entity. Not a name the lexicon knows as an organisation's, nor one with an
 * organisation's marker or legal form.
 */
export function orgsNamedAsPlaces(groups: readonly EntityGroup[], lex: Lexicon): EntityGroup[] {
  const places = new Map<string, EntityGroup>();
  const kinds = [...lex.adminPrefixes, ...AREA_KINDS];
  for (const g of groups) {
    if (g.type !== 'LOC') continue;
    const space = g.text.indexOf(' ');
    if (space > 0 && kinds.includes(g.text.slice(0, space))) places.set(g.text.slice(space + 1), g);
  }
  if (places.size === 0) return groups as EntityGroup[];
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type !== 'ORG' || lex.orgs.has(g.text)) continue;
    const place = places.get(g.text);
    if (!place || g.mentions.some((m) => m.text !== g.text) || g.text.split(' ').some((w) => lex.orgMarkers.has(w) || lex.legalFormsBefore.has(w) || lex.legalFormsAfter.has(w))) continue;
    place.mentions = [...place.mentions, ...g.mentions].sort((a, b) => a.start - b.start);
    (gone ??= new Set()).add(g);
  }
  return gone === undefined ? (groups as EntityGroup[]) : groups.filter((g) => !gone.has(g));
}

/** Lowercase words right before a place's name, not a person's: "di Timika", "ke Gili Trawangan", "perbatasan Torkham", "warga Hatupelu". */
const PLACE_CONTEXT = new Set(['di', 'ke', 'menuju', 'kawasan', 'wilayah', 'daerah', 'perbatasan', 'warga', 'asal', 'pedalaman', 'pesisir']);

/** "di", "ke" or "menuju" right before a name, after no letter. */
const AT_PLACE = /(?:^|[^\p{L}])(?:di|ke|menuju) $/u;
/** A distance or a journey's time before "dari" and a name, which is a place's: "1 jam dari Mandalika", "5 km dari Bima". */
const DISTANCE_FROM = /(?:^|[^\p{L}\d])\d+(?:[.,]\d+)?\s?(?:km|kilometer|meter|m|mil|jam|menit)\s+dari $/u;

/** A dateline's end after the place that opens the body: "Timika - Lima pemuda …". */
const DATELINE_END = /^\s[-–—]\s/u;

/** One to three capitalised words, a space or a hyphen between ("Ubon Ratchathani", "Bintan-Karimun"). */
const CAPITALISED_WORDS = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;

/**
 * A person read by the tagger alone where only a place stands ("Lima pemuda tewas di Timika",
 * "menyeberang ke Gili Trawangan", "perbatasan Torkham", a dateline "Takengon - …"): one to three
 * capitalised words, none a given name or a word of people's names, no mention where a person is
 * named ({@link namedWherePersonIs}), and one mention at least right after a word that only a place
 * follows or opening the body before a dateline's dash. Such a group is a place.
 */
export function placesByContext(groups: readonly EntityGroup[], text: string, bodyStart: number, lex: Lexicon): EntityGroup[] {
  let out: EntityGroup[] | undefined;
  const candidates: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.type !== 'PERSON' || g.source !== 'model' || !CAPITALISED_WORDS.test(g.text)) continue;
    if (g.text.split(/[ -]/u).some((w) => lex.givenNames.has(w.toLowerCase()))) continue;
    // ("kuliah di Ubon Ratchathani, mengaku …": a speech verb after a name right after "di" or "ke" is another's.)
    if (g.mentions.some((m) => !(m.source === 'model' || (m.source ?? '').startsWith('coref/')) || (namedWherePersonIs(m, text, lex) && !AT_PLACE.test(text.slice(Math.max(0, m.start - 8), m.start))))) continue;
    // (A distance before "dari" is a place's sign strong enough for a word of people's names too: "1 jam dari Mandalika".)
    const nameLike = g.text.split(/[ -]/u).some((w) => lex.personWords.has(w.toLowerCase()) || lex.commonWords.has(w.toLowerCase()));
    if (nameLike) {
      if (g.mentions.some((m) => DISTANCE_FROM.test(text.slice(Math.max(0, m.start - 30), m.start)))) {
        out ??= groups.slice();
        out[i] = { ...g, type: 'LOC' as const, source: `${g.source}/place-context` };
      }
      continue;
    }
    const placed = g.mentions.some((m) => {
      if (m.start >= bodyStart && text.slice(bodyStart, m.start).trim() === '' && DATELINE_END.test(text.slice(m.end, m.end + 3))) return true;
      // The word of small letters and the one space before the mention (what `/(?:^|[^\p{L}])(\p{Ll}+) $/u`
      // finds in the 20 characters before it), read back by char codes.
      const prev = text.charCodeAt(m.start - 1) === 32 ? lettersBeforeLastSpace(text.slice(Math.max(0, m.start - 20), m.start)) : undefined;
      return (prev !== undefined && lowercaseWord(prev) && PLACE_CONTEXT.has(prev)) || DISTANCE_FROM.test(text.slice(Math.max(0, m.start - 30), m.start));
    });
    if (!placed) {
      candidates.push(i);
      continue;
    }
    out ??= groups.slice();
    out[i] = { ...g, type: 'LOC' as const, source: `${g.source}/place-context` };
  }
  if (candidates.length === 0) return out ?? (groups as EntityGroup[]);
  // "di Abepura, Waena dan Entrop", "perairan sekitar Kupang dan Darwin", "kawasan Keputih,
  // Sukolilo": a name listed with a place, by a comma or "dan"/"serta", is a place too.
  const places: { start: number; end: number }[] = [];
  for (const g of out ?? groups) if (g.type === 'LOC') for (const m of g.mentions) places.push(m);
  places.sort((a, b) => a.start - b.start);
  for (const i of candidates) {
    const g = groups[i]!;
    if (!g.mentions.some((m) => listedWithPlace(m, places, text, lex))) continue;
    out ??= groups.slice();
    out[i] = { ...g, type: 'LOC' as const, source: `${g.source}/listed-place` };
  }
  return out ?? (groups as EntityGroup[]);
}

/**
 * A person or a place read by the tagger alone right after a kind of organisation in small letters,
 * one word of its line of business between them at most ("perusahaan otobus Harapan Jaya", "maskapai
 * Sinar Angkasa": organisations.txt [kind-nouns]) is an organisation, unless the lexicon knows it as
 * a place ("perusahaan Arizona": a place's companies), a given name opens it or a thing's noun stands
 * between ("… kendaraan Maung"); "perusahaan milik Budi" names the owner.
 */
export function orgsByKindBefore(groups: readonly EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  let out: EntityGroup[] | undefined;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if ((g.type !== 'PERSON' && g.type !== 'LOC') || g.source !== 'model') continue;
    const words = g.text.split(' ');
    if (lex.places.has(g.text) || lex.knownPlaces.has(g.text) || lex.placeAliases.has(g.text) || words.some((w) => lex.places.has(w) || lex.knownPlaces.has(w))) continue;
    if (g.type === 'PERSON' && (lex.givenNames.has(words[0]!.toLowerCase()) || lex.personWords.has(words[0]!.toLowerCase()))) continue;
    const after = g.mentions.some((m) => {
      const kind = /(?:^|[^\p{L}])(?:(\p{Ll}+) )?(\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (kind === null) return false;
      if (lex.orgKindNouns.has(kind[2]!)) return true;
      return kind[1] !== undefined && lex.orgKindNouns.has(kind[1]) && !lex.orgKindFillers.has(kind[2]!) && !lex.stopwords.has(kind[2]!) && !lex.thingNouns.has(kind[2]!) && !lex.productNouns.has(kind[2]!);
    });
    if (!after) continue;
    out ??= groups.slice();
    out[i] = { ...g, type: 'ORG' as const, source: `${g.source}/org-kind` };
  }
  return out ?? (groups as EntityGroup[]);
}

/**
 * A place of one word read by the tagger alone that opens the name of an organisation of the same
 * article ("Medikalab" … "Medikalab Aesthetic Centre") is that organisation's short name, an
 * organisation, unless the lexicon knows the word as a place or a given name, or it is an English
 * word ("House" … "House of Representatives").
 */
export function placesOpeningOrgs(groups: readonly EntityGroup[], lex: Lexicon): EntityGroup[] {
  let out: EntityGroup[] | undefined;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.type !== 'LOC' || g.source !== 'model' || !/^\p{Lu}[\p{L}\d]+$/u.test(g.text)) continue;
    const lower = g.text.toLowerCase();
    if (lex.places.has(g.text) || lex.knownPlaces.has(g.text) || lex.placeAliases.has(g.text) || lex.givenNames.has(lower) || lex.personWords.has(lower) || lex.englishWords.has(lower) || lex.englishNamedWords.has(lower) || lex.commonWords.has(lower)) continue;
    if (!groups.some((o) => o.type === 'ORG' && o.text.startsWith(`${g.text} `))) continue;
    out ??= groups.slice();
    out[i] = { ...g, type: 'ORG' as const, source: `${g.source}/org-short-name` };
  }
  return out ?? (groups as EntityGroup[]);
}

/** Whether a title stands among the last three words of `before` ("Wakil Wali Kota ", "Sekda Kabupaten "). */
function titleBefore(before: string, lex: Lexicon): boolean {
  const words = before.split(/[^\p{L}]+/u).filter((w) => w !== '').slice(-3).map((w) => w.toLowerCase());
  return words.some((w, k) => lex.titles.has(w) || (k > 0 && lex.titles.has(`${words[k - 1]} ${w}`)));
}

/** A spaced dash between the ends of a route. */
const ROUTE_JOINT = /^\s[-–—]\s$/u;
/** A lowercase word and a space before a name. */
const LOWER_WORD_BEFORE = /\p{Ll} $/u;

/** What joins the items of a list: a comma, "dan", "serta" (", dan" too). */
const LIST_JOINT = /^(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)$/u;

/**
 * Whether a mention stands in a list next to one of `places` (sorted by start): "Kupang dan
 * [Darwin]", "[Waena] dan Entrop". Not after a place that ends a title ("Wakil Wali Kota Bogor,
 * [Jenal Mutaqin]", "Sekda Kabupaten Bogor, …": the holder's name follows the comma).
 */
function listedWithPlace(m: { start: number; end: number }, places: readonly { start: number; end: number }[], text: string, lex: Lexicon): boolean {
  for (const p of places) {
    if (p.end <= m.start && m.start - p.end <= 8 && LIST_JOINT.test(text.slice(p.end, m.start)) && !titleBefore(text.slice(Math.max(0, p.start - 40), p.start), lex)) return true;
    // "jalur penghubung Purabaya - [Sagaranten]": the ends of a route, inside a sentence (no dateline).
    if (p.end <= m.start && ROUTE_JOINT.test(text.slice(p.end, m.start)) && LOWER_WORD_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start))) return true;
    if (p.start >= m.end && p.start - m.end <= 8 && LIST_JOINT.test(text.slice(m.end, p.start))) return true;
    if (p.start > m.end + 8) break;
  }
  return false;
}

/** What stands before a sentence's first word: the text's start, a line break, a sentence's end, an opening quote. */
const SENTENCE_OPENS = /(?:^|\n|[.!?]["”’]?\s|["“‘]\s?)$/u;
/** A lowercase word after a word, as a sentence goes on ("Tanggul saja …", "Puncak haji …"). */
const LOWERCASE_NEXT = /^\s\p{Ll}/u;

/**
 * A one-word place read from the lexicon's list alone that opens a sentence and runs on into
 * lowercase words ("\"Tanggul saja tidak cukup", "Puncak haji di Arafah", "Batang pohon pisang"):
 * a common noun capitalised at the sentence's start (the tagger, which reads the sentence, named
 * nothing there). A dateline ("Solo - …") or a list's item ("9. Balikpapan: …") stays.
 */
export function dropSentenceOpeningListPlaces(groups: readonly EntityGroup[], text: string): EntityGroup[] {
  return groups.filter(
    (g) =>
      !(
        g.type === 'LOC' &&
        !g.text.includes(' ') &&
        g.mentions.every((m) => (m.source ?? '').startsWith('loc/gazetteer') && SENTENCE_OPENS.test(text.slice(Math.max(0, m.start - 3), m.start)) && LOWERCASE_NEXT.test(text.slice(m.end, m.end + 2)))
      ),
  );
}

/**
 * An organisation known only as a short acronym ("LCS", "PHTC", "FOS"): no longer name in the text,
 * not one the lexicon knows. On real news these are mostly the names of programmes, measures and
 * things (26 of 35 such acronyms on the development articles), so they are left out; acronyms of
 * five letters or more ("UNCTAD", "BPSDM") stay.
 */
function unknownShortAcronym(g: EntityGroup, lex: Lexicon): boolean {
  return g.type === 'ORG' && g.aliases.size === 0 && isAcronym(g.text) && g.text.length <= 4 && !lex.orgs.has(g.text) && g.mentions.every((m) => m.text === g.text);
}

/** Whether a name read as a place is shaped like an organisation's: see typeByLexicon. */
function orgShapedPlace(text: string, lex: Lexicon): boolean {
  if (OFFICE_AGENCY.test(text)) return true;
  if (lex.places.has(text) || BUILDING.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || lex.placeMarkers.has(words[0]!) || lex.adminPrefixes.has(words[0]!)) return false;
  if (lex.orgMarkers.has(words[0]!) || lex.orgMarkers.has(`${words[0]} ${words[1]}`)) return true;
  const last = words[words.length - 1]!;
  if (!last.includes('-') && lex.orgs.has(last) && !lex.places.has(last)) return true;
  // "Manggala Agni Daops Banjar": a known organisation's name of two or three words opens it.
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    if (lex.orgs.has(head) && !lex.places.has(head)) return true;
  }
  // "KPU RI", "BMKG Makassar" (the tagger's place after a lowercase "kantor"): a known organisation's acronym opens it.
  return /^\p{Lu}{2,}$/u.test(words[0]!) && lex.orgs.has(words[0]!) && !lex.places.has(words[0]!);
}

/** Indonesia's provinces and regencies (their governments are organisations: "Pemerintah Aceh"). */
let indonesianAreas: ReadonlySet<string> | undefined;

/**
 * "Pemerintah Australia", "Otoritas Afghanistan": a country's (or a foreign place's) government or
 * authorities named by the place alone are the place acting as a state, no organisation: the place's
 * name, else null. Not a province's or regency's government ("Pemerintah Aceh", "Pemerintah Kota
 * Solo"), which is a body of its own.
 */
function countryActingAsState(text: string, lex: Lexicon): string | null {
  const m = /^(?:Pemerintah|Pemerintahan|Otoritas) (\p{Lu}.*)$/u.exec(text);
  if (m === null) return null;
  const place = m[1]!;
  if (!lex.knownPlaces.has(place) || lex.adminPrefixes.has(place.split(' ')[0]!)) return null;
  indonesianAreas ??= new Set(generatedSection('idn-areas.txt', 'areas'));
  if (indonesianAreas.has(place) || lex.places.has(`Kota ${place}`) || lex.places.has(`Kabupaten ${place}`) || lex.places.has(`Provinsi ${place}`)) return null;
  return place;
}

/** Whether every word of a name is a given name or a word of people's names, and none an organisation's or a place's. */
function peopleWordsOnly(text: string, lex: Lexicon): boolean {
  for (const w of text.split(' ')) {
    const lower = w.toLowerCase();
    if (!(lex.givenNames.has(lower) || lex.personWords.has(lower)) || lex.orgs.has(w) || lex.orgMarkers.has(w) || lex.places.has(w) || lex.knownPlaces.has(w)) return false;
  }
  return true;
}

/**
 * Types a candidate by what the lexicon knows of its whole text: a known place is a place (the
 * tagger reads "Jakarta Pusat" after "Polres Metro" as an organisation), a building ("Kantor
 * Kementerian Sosial", "gedung KPK") is a place, a known organisation is one. Reads only the
 * candidate's text, type and whether its source is "org/title-marker" or "person/initials": the coref stage keeps its
 * answers by these.
 */
export function typeByLexicon(c: Candidate, lex: Lexicon): Candidate {
  // ("berinisial MA (13), MT (13)": initials read where a person's stand name the person, whatever body has those letters.)
  if (lex.orgs.has(c.text)) return c.type === 'ORG' || c.source === INITIALS_SOURCE ? c : changeCandidate(c, { type: 'ORG' });
  const state = countryActingAsState(c.text, lex);
  if (state !== null) return changeCandidate(c, { type: 'LOC', start: c.end - state.length, text: state });
  // "Menteri Pertanian Amran Sulaiman" read as an organisation after the title: a name of two words or
  // more, each a given name or a word of people's names and none an organisation's or a place's, is a person.
  if (c.type === 'ORG' && c.text.includes(' ') && peopleWordsOnly(c.text, lex)) return changeCandidate(c, { type: 'PERSON' });
  // "BKAD Sulsel", "BPBD Jatim" read as a person: an acronym and a place name an office.
  if (c.type === 'PERSON') {
    const cut = c.text.indexOf(' ');
    const rest = cut > 0 ? c.text.slice(cut + 1) : '';
    if (cut > 0 && /^\p{Lu}{2,6}$/u.test(c.text.slice(0, cut)) && (lex.places.has(rest) || lex.placeAliases.has(rest) || lex.knownPlaces.has(rest))) return changeCandidate(c, { type: 'ORG' });
  }
  // "Sumsel", "Jabar" read as a person: a place's short name is the place.
  // (Not a suspect's initials before an age or after "berinisial": "AS (34)".)
  if (c.type === 'PERSON' && lex.placeAliases.has(c.text) && c.source !== INITIALS_SOURCE) return changeCandidate(c, { type: 'LOC' });
  // "AKP Regi Halili" read as a place: a police or military rank opens a person's name.
  if (c.type !== 'PERSON' && lex.ranks.has(withoutTrailingDot(c.text.slice(0, c.text.indexOf(' ')))) && !lex.places.has(c.text)) return changeCandidate(c, { type: 'PERSON' });
  // "Ponpes Al-Khoziny", "MAN IC Serpong", "Kemensos", "Roatex Ltd Zrt": an organisation's word makes a person's name an organisation.
  if (c.type === 'PERSON' && c.text.split(/\s+/).some((w) => lex.orgMarkers.has(w) || lex.legalFormsAfter.has(w) || lex.legalFormsAbbreviated.has(withoutTrailingDot(w)) || lex.legalFormsBefore.has(w))) {
    return changeCandidate(c, { type: 'ORG' });
  }
  // "Maritime Organization", "World Health Organization": an English organisation's last word.
  // ("Bangkok Post", "Nordic Wealth Fund", "Harbour Traffic Index": a newspaper's, a fund's or an
  // index's last word makes a place or a person read so an organisation too.)
  if (c.type !== 'ORG' && c.text.includes(' ')) {
    const last = c.text.slice(lastSpace(c.text) + 1).toLowerCase();
    if ((c.type === 'PERSON' && ENGLISH_ORG_HEAD.test(last)) || ENGLISH_ORG_LAST.test(last)) return changeCandidate(c, { type: 'ORG' });
  }
  // "Rumah Sakit Anzhen Beijing", "SRMA 33 Tangerang Selatan", "Divpropam Polri": a place that opens
  // with an organisation's word or ends with a known organisation's acronym is an organisation.
  // "Fifth Affiliated Hospital of Guangzhou Medical University", "Graduate School of …": English institutions.
  if (c.type === 'LOC' && ENGLISH_INSTITUTION.test(c.text)) return changeCandidate(c, { type: 'ORG' });
  if (c.type !== 'ORG' && c.text.includes(' ') && ENGLISH_FIRM_END.test(c.text) && !BUILDING_FIRST.test(c.text) && !lex.places.has(c.text)) return changeCandidate(c, { type: 'ORG' });
  if (c.type === 'LOC') return orgShapedPlace(c.text, lex) ? changeCandidate(c, { type: 'ORG' }) : c;
  // "Kepala Kantor Imigrasi Bandung": the office a title heads is an organisation.
  if (c.source === 'org/title-marker') return c;
  // "Balai Kota Jakarta", "Mal Nipah", "Kunming Botanical Garden": a place's first or last word makes a place.
  const words = c.text.split(/\s+/);
  const placeShaped = words.length > 1 && ((lex.placeMarkers.has(words[0]!) && !AGENCY_BALAI.test(c.text)) || lex.adminPrefixes.has(words[0]!) || (lex.trailingPlaceMarkers.has(words[words.length - 1]!) && !ENGLISH_FIRM_END.test(c.text)));
  if (!(lex.places.has(c.text) || (BUILDING.test(c.text) && !OFFICE_AGENCY.test(c.text)) || placeShaped)) return c;
  // "Bima", "Arse": a one-word person's name that is also a place stays a person (the coref stage
  // gives one text one type from all its readings).
  if (c.type === 'PERSON' && !c.text.includes(' ')) return c;
  return changeCandidate(c, { type: 'LOC' });
}

/**
 * "Balai Wilayah Sungai Sumatera VII", "Balai Karantina …", "Balai Besar POM": a "Balai" is a
 * government agency, unless it is the hall of a town, village or community ("Balai Kota Medan",
 * "Balai Desa Suci", "Balai Pertemuan").
 */
const AGENCY_BALAI = /^Balai (?!(?:Kota|Desa|Kelurahan|Kampung|Dusun|Banjar|Pertemuan|Warga|Rakyat|Adat|Sidang|Nikah)\b)/u;

/**
 * A name in parentheses right after another ("Ridwan Kamil (RK)", "Badan Pusat Statistik (BPS)")
 * is another form of it: it takes that name's type, whatever a recogniser read it as, so that the
 * coref stage links the two.
 */
export function typeBrackets(candidates: readonly Candidate[], text: string, lex?: Lexicon): Candidate[] {
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    const known = byEnd.get(c.end);
    if (!known || (c.score ?? 0) > (known.score ?? 0)) byEnd.set(c.end, c);
  }
  // "Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari" … "Dikbud", "Dikbud Kendari": the
  // short form inside an organisation read around it names that organisation wherever it stands.
  const shortForms = new Set<string>();
  for (const c of candidates) if (c.source === AROUND_SHORT_FORM) shortForms.add(/\(([^()]+)\)/u.exec(c.text)?.[1] ?? '');
  return candidates.map((c) => {
    if (shortForms.size > 0 && c.type !== 'ORG' && shortForms.has(c.text.split(' ')[0]!)) return changeCandidate(c, { type: 'ORG' });
    if (text[c.start - 1] !== '(' || text[c.end] !== ')') return c;
    const at = text[c.start - 2] === ' ' ? c.start - 2 : c.start - 1;
    const before = byEnd.get(at);
    if (!before) return c;
    // "Bank Indonesia Kalimantan Timur (Kaltim)", "Kanwil Kementerian HAM Jawa Barat (Jabar)": the
    // short name of the place that ends a body's name shortens the place, not the body.
    const place = lex?.placeAliases.get(c.text);
    if (place !== undefined && before.text.endsWith(` ${place}`)) return c.type === 'LOC' ? c : changeCandidate(c, { type: 'LOC' });
    return before.type === c.type ? c : changeCandidate(c, { type: before.type });
  });
}

/**
 * A short form in parentheses after the name of a programme, an event or a document ("Hari
 * Perhubungan Nasional (Harhubnas)", "Program Keluarga Harapan (PKH)") names no entity either: the
 * capitalised words before the bracket open with a head of non-entities.txt.
 */
export function dropShortFormsOfNonEntities(candidates: readonly Candidate[], text: string, lex: Lexicon): Candidate[] {
  const dropped = new Set<string>();
  for (const c of candidates) {
    if (text[c.start - 1] !== '(' || text[c.end] !== ')' || c.type === 'LOC') continue;
    const words = text.slice(Math.max(0, c.start - 120), c.start - 1).trimEnd().split(/\s+/);
    const first = longFormStart(words, AND_JOINTS);
    // The run's first word, or its second after a sentence's capitalised first word.
    if (lex.nonEntityHeads.has(words[first] ?? '') || (first + 1 < words.length && lex.nonEntityHeads.has(words[first + 1]!))) dropped.add(c.text);
  }
  // "Peringati Harhubnas" (a headline's verb read with it) goes too.
  const kept = dropped.size === 0 ? (candidates as Candidate[]) : candidates.filter((c) => !c.text.split(' ').some((w) => dropped.has(w)));
  // "Deklarasi Universal Hak Asasi Manusia" read without its head: the rest of a document's name is
  // none of an entity's, unless the lexicon knows it ("Konvensi Jenewa", "Konvensi PBB").
  const rest = (c: Candidate) => {
    const head = documentHeadBefore(text, c.start) ? DOCUMENT_HEAD_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    return head !== null && !lex.orgs.has(c.text) && !lex.places.has(c.text) && !lex.knownPlaces.has(c.text) && !lex.aliases.has(c.text) && !isAcronym(c.text.split(' ')[0]!);
  };
  // "Pertamina Dex" read as an organisation: a product the lexicon knows, named after its maker,
  // names none, and is no form of the maker's name ("Pertamina").
  const known = (c: Candidate) => rest(c) || (c.type === 'ORG' && lex.nonEntityPhrases.has(c.text) && lex.orgs.has(c.text.slice(0, c.text.indexOf(' '))));
  return kept.some(known) ? kept.filter((c) => !known(c)) : kept;
}

/**
 * "4 rombongan belajar (Rombel)", "Survei Sosial Ekonomi Nasional (Susenas)", "mesin Rusnas (Riset
 * Unggulan Strategis Nasional)": a word the tagger read as a person that is the short form of the
 * words around it, in brackets after them or with them in brackets after it, shortens a term, no
 * one's name; it goes with its other mentions. A person's initials after the person's name
 * ("Bambang Rudi Santoso (BRS)") stay: there a candidate of the names ends at the bracket.
 */
export function dropShortFormsOfTerms(candidates: readonly Candidate[], text: string): Candidate[] {
  let dropped: Set<string> | undefined;
  let ends: Set<number> | undefined;
  for (const c of candidates) {
    if (c.type !== 'PERSON' || c.text.includes(' ') || c.text.length < 4) continue;
    let long: string | undefined;
    if (text[c.start - 1] === '(' && text[c.end] === ')') {
      ends ??= new Set(candidates.filter((o) => o.type === 'PERSON' || o.type === 'ORG').map((o) => o.end));
      const at = text[c.start - 2] === ' ' ? c.start - 2 : c.start - 1;
      if (ends.has(at)) continue;
      long = text.slice(Math.max(0, at - 100), at);
      const words = long.split(/\s+/u).filter((w) => w !== '');
      let found = false;
      for (let k = 2; k <= Math.min(6, words.length) && !found; k++) found = abbreviates(c.text, words.slice(-k).join(' '));
      if (found) (dropped ??= new Set()).add(c.text);
      continue;
    }
    // (A bracket right after the word, or after one space: most words have none, and skip the slice and the regex.)
    if (text[c.end] !== '(' && (text[c.end] !== ' ' || text[c.end + 1] !== '(')) continue;
    const after = /^ ?\((?:singkatan dari |kependekan dari )?([^()]{5,100})\)/u.exec(text.slice(c.end, c.end + 130));
    if (after === null) continue;
    const inside = after[1]!;
    // Not a person's name in the bracket ("Ucok (Sahat Marpaung)").
    if (candidates.some((o) => o.type === 'PERSON' && o.start > c.end && o.end <= c.end + after[0].length && o.text === inside)) continue;
    if (abbreviates(c.text, inside.split(/[,;]/u)[0]!.trim())) (dropped ??= new Set()).add(c.text);
  }
  return dropped === undefined ? (candidates as Candidate[]) : candidates.filter((c) => !(c.type === 'PERSON' && dropped.has(c.text)));
}

/** A document's head right before a candidate, one space between ("Deklarasi ", "Konvensi "). */
const DOCUMENT_HEAD_BEFORE = /(?:^|[^\p{L}])(?:Deklarasi|Declaration|Konvensi|Convention|Kovenan|Covenant|Piagam|Charter|Traktat|Treaty|Resolusi|Resolution) $/u;
/** The heads {@link DOCUMENT_HEAD_BEFORE} knows: the word before a candidate is one of them, or the regex cannot match. */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['Deklarasi', 'Declaration', 'Konvensi', 'Convention', 'Kovenan', 'Covenant', 'Piagam', 'Charter', 'Traktat', 'Treaty', 'Resolusi', 'Resolution']);

/**
 * Whether the word of ASCII letters before the one space at `at` is one of {@link DOCUMENT_HEADS}.
 * (Every head is capitalised: a word in small letters, as most words before a name are, is not
 * sliced and looked up.)
 */
function documentHeadBefore(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return false;
  let from = at - 1;
  while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  const first = text.charCodeAt(from);
  return first >= 65 && first <= 90 && DOCUMENT_HEADS.has(text.slice(from, at - 1));
}


/**
 * A ministry and an agency joined by a slash name one body ("Kementerian PPN/Bappenas", "Kementerian
 * ATR/BPN"): a candidate over both is added, scored above each, so that it wins their overlaps.
 */
export function joinSlashedOrgs(candidates: readonly Candidate[], text: string): Candidate[] {
  const before = new Map<number, Candidate>();
  for (const c of candidates) if (c.type === 'ORG' && text[c.end] === '/' && (before.get(c.end)?.score ?? -Infinity) < (c.score ?? 0)) before.set(c.end, c);
  if (before.size === 0) return candidates as Candidate[];
  const joined: Candidate[] = [];
  const done = new Set<number>();
  for (const c of candidates) {
    // Only a ministry that is also an agency: "DPR/DPD", "SMK/MA" are two.
    const a = c.type === 'ORG' && text[c.start - 1] === '/' ? before.get(c.start - 1) : undefined;
    if (!a || !/^Kemen/u.test(a.text) || done.has(c.start)) continue;
    done.add(c.start);
    joined.push(changeCandidate(a, { end: c.end, text: text.slice(a.start, c.end), source: 'org/slash', score: Math.max(a.score ?? 0, c.score ?? 0) + 1 }));
  }
  return joined.length === 0 ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/** " untuk Migrasi (IOM)", " for Development of Economics and Finance (Indef)": a purpose's words (group 1) before a bracketed short form. */
/** " pada Pengadilan Negeri Palu", " pada PN Jakarta Pusat": the court a special court sits in (group 1). */
const COURT_IN_COURT = /^ pada ((?:Pengadilan Negeri|PN)(?: \p{Lu}[\p{L}-]*){1,3})/u;

const PURPOSE_AND_SHORT_FORM = /^ (?:untuk|for|bagi) (\p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|of|and|dan|the)){0,6}) \(\p{Lu}[\p{L}\d]{1,9}\)/u;

/**
 * "Organisasi Internasional untuk Migrasi (IOM)", "Badan PBB untuk Pengungsi Palestina (UNRWA)",
 * "Institute for Development of Economics and Finance (Indef)": an organisation, "untuk" or "for"
 * and capitalised words before a bracketed short form name one organisation, the short form's: a
 * candidate over all of it is added, scored above what it overlaps. (Not when the words after
 * "untuk" open an organisation's name of their own, or name a known one.)
 */
export function joinPurposeOrgs(candidates: readonly Candidate[], text: string, lex: Lexicon): Candidate[] {
  let joined: Candidate[] | null = null;
  for (const c of candidates) {
    if (c.type !== 'ORG' || text.charCodeAt(c.end) !== 32) continue;
    // "Pengadilan Niaga pada Pengadilan Negeri Jakarta Pusat": a special court and the court it sits in are one.
    const court = c.text.startsWith('Pengadilan ') ? COURT_IN_COURT.exec(text.slice(c.end, c.end + 80)) : null;
    if (court) {
      const end = c.end + court[0].length;
      let score = c.score ?? 0;
      for (const p of candidates) if (p.start < end && p.end > c.start) score = Math.max(score, p.score ?? 0);
      (joined ??= []).push(changeCandidate(c, { end, text: text.slice(c.start, end), source: 'org/court-in-court', score: score + 1 }));
      continue;
    }
    // "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP)": two bodies' names joined by "dan" that
    // one short form names (its first letter the first name's, its last letters the second's initials).
    if (text.startsWith(' dan ', c.end)) {
      const d = candidates.find((o) => o.type === 'ORG' && o.start === c.end + 5);
      const short = d ? /^ \((\p{Lu}{3,8})\)/u.exec(text.slice(d.end, d.end + 12)) : null;
      const initials = d ? d.text.split(' ').map((w) => w[0]!).join('') : '';
      if (d && short && short[1]![0] === c.text[0] && short[1]!.endsWith(initials) && short[1]!.length > initials.length) {
        let score = Math.max(c.score ?? 0, d.score ?? 0);
        for (const p of candidates) if (p.start < d.end && p.end > c.start) score = Math.max(score, p.score ?? 0);
        (joined ??= []).push(changeCandidate(c, { end: d.end, text: text.slice(c.start, d.end), source: 'org/joined-short-form', score: score + 1 }));
        continue;
      }
    }
    const m = PURPOSE_AND_SHORT_FORM.exec(text.slice(c.end, c.end + 120));
    if (!m) continue;
    const words = m[1]!.split(' ');
    if (lex.orgMarkers.has(words[0]!) || lex.orgs.has(words[0]!) || isAcronym(words[0]!) || words.some((w) => lex.orgs.has(w) && isAcronym(w))) continue;
    const end = c.end + m[0].indexOf(' (');
    // ("Badan [PBB] untuk Pengungsi (UNHCR)": an organisation's marker right before an acronym read alone opens the name.)
    const marker = isAcronym(c.text) ? /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, c.start - 20), c.start)) : null;
    const start = marker && lex.orgMarkers.has(marker[1]!) ? c.start - marker[1]!.length - 1 : c.start;
    let score = c.score ?? 0;
    for (const p of candidates) if (p.start < end && p.end > start) score = Math.max(score, p.score ?? 0);
    (joined ??= []).push(changeCandidate(c, { start, end, text: text.slice(start, end), source: 'org/purpose', score: score + 1 }));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/** A military unit, its number, a slash and the first capitalised word of its territory or name: "Kodim 0313/Kampar", "Kodam XV/Pattimura" (tried where the unit's kind starts). */
const MILITARY_UNIT = /(?<![\p{L}\d])(?:Kodim|Korem|Kodam|Koramil|Yonif|Lantamal|Lanal|Brigif|Rindam|Kodaeral|Pangkalan)\s+(?:\d{2,4}|[IVX]{1,5})\/(?=\p{Lu})/uy;
const UNIT_WORDS = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}/u;

/**
 * Where a {@link MILITARY_UNIT} ending with the slash at `slash` would start, or -1: the letters
 * before the white space before the digits or Roman numerals before the slash. Each match of the
 * regex ends at its only slash, and what stands before the slash fixes where it starts, so the
 * matches are found from the slashes of a text (a few) instead of tried at every character.
 */
function unitStartBefore(text: string, slash: number): number {
  let i = slash;
  while (i > 0 && isUnitNumberCode(text.charCodeAt(i - 1))) i--;
  if (i === slash || i === 0 || !isWhitespaceCode(text.charCodeAt(i - 1))) return -1;
  while (i > 0 && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  const wordEnd = i;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return i === wordEnd ? -1 : i;
}

/** A digit or a Roman numeral's letter (I, V, X): what a unit's number is written with. */
function isUnitNumberCode(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88;
}

/**
 * "Kodim 0313/Kampar", "Kodim 0103/Aceh Utara", "Kodam XV/Pattimura": a military unit's kind, its
 * number, a slash and its territory's or namesake's name are one organisation (no place "Kampar"
 * after it): a candidate over all of it is added, scored above what it overlaps. The name after the
 * slash is the longest run of capitalised words that is a known place, else the words up to a rank,
 * a title, an honorific or a given name.
 */
export function joinMilitaryUnits(candidates: readonly Candidate[], text: string, lex: Lexicon): Candidate[] {
  let joined: Candidate[] | null = null;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    const unit = unitStartBefore(text, slash);
    if (unit < 0) continue;
    MILITARY_UNIT.lastIndex = unit;
    const m = MILITARY_UNIT.exec(text);
    if (m === null) continue;
    const after = m.index + m[0].length;
    const words = UNIT_WORDS.exec(text.slice(after, after + 60))![0].split(' ');
    let n = words.length;
    while (n > 0 && !lex.places.has(words.slice(0, n).join(' ')) && !lex.knownPlaces.has(words.slice(0, n).join(' '))) n--;
    // No known place: the words up to a rank, a title, an honorific or a given name ("Bukit Barisan Letkol …").
    if (n === 0) {
      n = 1;
      const stop = (w: string) => lex.ranks.has(withoutTrailingDot(w)) || lex.titles.has(w.toLowerCase()) || lex.honorifics.has(w) || lex.givenNames.has(w.toLowerCase()) || lex.orgMarkers.has(w);
      while (n < words.length && !stop(words[n]!)) n++;
    }
    const end = after + words.slice(0, n).join(' ').length;
    let score = 0;
    for (const c of candidates) if (c.start < end && c.end > m.index) score = Math.max(score, c.score ?? 0);
    (joined ??= []).push(makeCandidate('ORG', m.index, end, text.slice(m.index, end), 'org/military-unit', score + 1));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/**
 * An organisation and its numbered regional unit after it name one body ("KAI Daop 6 Yogyakarta",
 * "Pertamina Regional 3 Jawa Barat"): when a known place follows the number, a candidate over both
 * and the place is added, scored above the organisation so that it wins ("KPK Wilayah V Dian
 * Patria" names a person after the unit: no place, no join).
 */
export function joinRegionalUnits(candidates: readonly Candidate[], text: string, lex: Lexicon): Candidate[] {
  let joined: Candidate[] | null = null;
  for (const c of candidates) {
    if (c.type !== 'ORG' || text[c.end] !== ' ') continue;
    const m = REGIONAL_UNIT.exec(text.slice(c.end, c.end + 80));
    if (!m || !lex.regionWords.has(m[2]!.trim())) continue;
    // The place: the longest run of the capitalised words after the number that is a known place.
    const words = m[0].slice(m[1]!.length).trim().split(' ').filter((w) => w !== '');
    let n = words.length;
    while (n > 0 && !lex.places.has(words.slice(0, n).join(' ')) && !lex.knownPlaces.has(words.slice(0, n).join(' '))) n--;
    if (n === 0) continue;
    const end = c.end + m[1]!.length + 1 + words.slice(0, n).join(' ').length;
    (joined ??= []).push(changeCandidate(c, { end, text: text.slice(c.start, end), source: 'org/regional-unit', score: (c.score ?? 0) + 1 }));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/**
 * The score a reading of `c` extended to `end` must beat: the highest of `c`'s own and of the
 * candidates that start after `c` and before `end` (the readings the longer one takes in).
 */
function scoreUpTo(c: Candidate, end: number, candidates: readonly Candidate[]): number {
  let score = c.score ?? 0;
  for (const p of candidates) if (p.start > c.end && p.start < end) score = Math.max(score, p.score ?? 0);
  return score;
}

/**
 * "BPBD Gunung Mas", "DPRD Kabupaten Bogor", "KPU Kota Makassar": the short name of a body every
 * region has its own of (organisations.txt [regional-bodies]) and the known place right after it
 * are one organisation, as "Dinas Sosial NTB" is; the candidate joined scores above both.
 */
export function joinRegionalBodies(candidates: readonly Candidate[], text: string, lex: Lexicon): Candidate[] {
  let joined: Candidate[] | null = null;
  for (const c of candidates) {
    if (c.type !== 'ORG' || text[c.end] !== ' ' || !lex.regionalBodies.has(c.text)) continue;
    const m = REGION_AFTER.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const words = m[0].trim().split(' ');
    // The longest run of the words after the body (an area's kind first, or not) that is a known place.
    let n = words.length;
    const placeOf = (k: number) => {
      const rest = words.slice(lex.adminPrefixes.has(words[0]!) ? 1 : 0, k).join(' ');
      return rest !== '' && (lex.places.has(rest) || lex.knownPlaces.has(rest) || lex.placeAliases.has(rest));
    };
    while (n > 0 && !placeOf(n)) n--;
    if (n === 0) continue;
    const end = c.end + 1 + words.slice(0, n).join(' ').length;
    // ("Ketua Fraksi Gerindra DPRD Kabupaten Solok": a longer organisation read over both stays whole.)
    if (candidates.some((p) => p.type === 'ORG' && p.start < c.start && p.end >= end)) continue;
    const score = scoreUpTo(c, end, candidates);
    (joined ??= []).push(changeCandidate(c, { end, text: text.slice(c.start, end), source: 'org/regional-body', score: score + 1 }));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/** " dan Maluku Utara (": a second place after "dan", then a bracket (group 1 the place). */
const SECOND_PLACE_BEFORE_BRACKET = /^ dan (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}) \(([^()]{2,30})\)/u;

/**
 * "PT Bank Pembangunan Daerah Jawa Barat dan Banten (BJB)", "… Daerah Maluku dan Maluku Utara (Bank
 * Maluku Malut)": a body named by its kind and a known place, then "dan" and a second known place,
 * then its short form in brackets (no place's), is the body of both places, one organisation (the candidate
 * joined scores above the parts).
 */
export function joinTwoPlaceBodies(candidates: readonly Candidate[], text: string, lex: Lexicon): Candidate[] {
  let joined: Candidate[] | null = null;
  const known = (name: string) => lex.places.has(name) || lex.knownPlaces.has(name) || lex.placeAliases.has(name);
  for (const c of candidates) {
    if (c.type !== 'ORG' || text[c.end] !== ' ') continue;
    const m = SECOND_PLACE_BEFORE_BRACKET.exec(text.slice(c.end, c.end + 50));
    // (Not a place's province in brackets: "MAN IC Gorontalo dan Ogan Komering Ilir (Sumsel)", two schools.)
    if (!m || !known(m[1]!) || known(m[2]!)) continue;
    const words = c.text.split(' ');
    if (words.length < 3 || !(lex.orgMarkers.has(words[0]!) || lex.legalFormsBefore.has(words[0]!))) continue;
    let placed = false;
    for (let k = 1; k <= 3 && k < words.length - 1 && !placed; k++) placed = known(words.slice(-k).join(' '));
    if (!placed) continue;
    const end = c.end + 5 + m[1]!.length;
    const score = scoreUpTo(c, end, candidates);
    (joined ??= []).push(changeCandidate(c, { end, text: text.slice(c.start, end), source: 'org/two-places', score: score + 1 }));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/** A lowercase noun for an agency right before its name: "badan Imigrasi dan Bea Cukai (ICE)". */
const AGENCY_NOUN_BEFORE = /(?:^|[^\p{L}])(?:badan|lembaga|agensi|otoritas)\s$/u;

/** " dan Bea Cukai (ICE)": a second field after "dan" (group 1), then an acronym in brackets (group 2). */
const SECOND_FIELD_BEFORE_ACRONYM = /^ dan (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}) \((\p{Lu}[\p{Lu}\d]{1,7})\)/u;

/**
 * "menghapuskan badan Imigrasi dan Bea Cukai (ICE)": after a lowercase noun for an agency, two
 * fields joined by "dan" and an acronym in brackets name one agency (a foreign one, its name
 * translated), not two: the joined candidate scores above the parts, and the acronym is its short
 * form.
 */
export function joinAgencyFields(candidates: readonly Candidate[], text: string): Candidate[] {
  let joined: Candidate[] | null = null;
  for (const c of candidates) {
    if (c.type !== 'ORG' || text[c.end] !== ' ' || !AGENCY_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
    const m = SECOND_FIELD_BEFORE_ACRONYM.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const end = c.end + 5 + m[1]!.length;
    const score = scoreUpTo(c, end, candidates);
    const acronymStart = end + 2;
    (joined ??= []).push(makeCandidate('ORG', c.start, end, text.slice(c.start, end), 'org/agency-fields', score + 1));
    if (!candidates.some((p) => p.start === acronymStart)) joined.push(makeCandidate('ORG', acronymStart, acronymStart + m[2]!.length, m[2]!, 'org/agency-fields', score));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/** Up to four capitalised words after a space. */
const REGION_AFTER = /^(?: \p{Lu}[\p{L}-]*){1,4}/u;

/** " Daop 6 Yogyakarta": a region word and its number (group 1, the word in group 2), then up to three capitalised words. */
const REGIONAL_UNIT = /^(( \p{Lu}\p{Ll}+) (?:\d{1,2}|[IVX]{1,4}))(?: \p{Lu}[\p{L}-]*){0,3}/u;

const LEADING_WORD = /^(\S+)\s+/u;
const TRAILING_DEGREE = /,?\s+(?:S\.?(?:H|E|T|Si|Sos|Pd|Kom|IP|KM|Ked|Ag|Hut|Psi|Kep|Farm|Gz|Tr)|M\.?(?:H|M|Si|Pd|Kes|Kom|Sc|A|T|Hum|Ag|Sos|Eng)|Dr|DEA|Ph\.?D|MBA|Sp\.?[A-Z]{1,3})\.?$/u;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
/**
 * Balinese names start with "I" (men) or "Ni" before a birth-order, caste or honorific word ("I
 * Ketut Sukadi", people.txt [balinese-name-words]): a text opening with such a word (`word`); "I"
 * or "Ni" and such words right before a name (`opener`: group 1, group 2 set when a word follows
 * "I"/"Ni"); one or two capitalised words, then "I"/"Ni" and such a word inside a person's name
 * ("Prof Ngoerah I Wayan Sudana": `inside`, group 1 the words before).
 */
/**
 * The code of the character before a text's last one when that is whitespace, else -1: what the
 * regexes that end with a word and `\s$` need first (they are tried at every character).
 */
function codeBeforeLastSpace(before: string): number {
  const n = before.length - 1;
  return n >= 1 && isWhitespaceCode(before.charCodeAt(n)) ? before.charCodeAt(n - 1) : -1;
}

/** Whether a text ends with `word` and one whitespace character after it (what a regex `word\s$` needs). */
function endsWithWordAndSpace(before: string, word: string): boolean {
  const n = before.length - 1;
  return n >= word.length && isWhitespaceCode(before.charCodeAt(n)) && before.startsWith(word, n - word.length);
}

/** The last letters of "bahasa", "program" and "programnya" in either case ("a", "A", "m", "M"). */
const A_OR_M: ReadonlySet<number> = new Set([97, 65, 109, 77]);

/** The last characters of "Menko", "Menko)" and "Koordinator". */
const MENKO_ENDS: ReadonlySet<number> = new Set([111, 41, 114]);

/**
 * Whether `balinese(lex).opener` may match: the text ends with whitespace after a word that ends
 * with "I" or "Ni" or is a Balinese name word.
 */
function mayEndBalineseOpener(before: string, lex: Lexicon): boolean {
  const n = before.length - 1;
  if (n < 1 || !isWhitespaceCode(before.charCodeAt(n))) return false;
  let from = n;
  while (from > 0 && !isWhitespaceCode(before.charCodeAt(from - 1))) from--;
  const word = before.slice(from, n);
  return word.endsWith('I') || word.endsWith('Ni') || lex.balineseNameWords.has(word);
}

/** Whether "I" or "Ni" stands before whitespace in a text (what `balinese(lex).inside` looks ahead for). */
function hasIOrNiBeforeSpace(text: string): boolean {
  for (let p = 1; p < text.length; p++) {
    if (!isWhitespaceCode(text.charCodeAt(p))) continue;
    const c = text.charCodeAt(p - 1);
    if (c === 73 || (c === 105 && p >= 2 && text.charCodeAt(p - 2) === 78)) return true;
  }
  return false;
}

const balinese = perLexicon((lex: Lexicon) => {
  const words = alternation(lex.balineseNameWords);
  return {
    word: new RegExp(`^(?:${words})\\b`, 'u'),
    opener: new RegExp(`(?:^|[^\\p{L}])((?:I|Ni)((?:\\s+(?:${words}))+)?)\\s$`, 'u'),
    inside: new RegExp(`^((?:\\p{Lu}\\p{L}+\\.?\\s+){1,2})(?=(?:I|Ni)\\s+(?:${words})\\s+\\p{Lu})`, 'u'),
  };
});

/**
 * Whether a name is a product's: a maker of vehicles or devices and a model after it ("Toyota
 * Fortuner", "BMW X5"), no word of the model an organisation's or a place's ("Toyota Astra Motor",
 * "Honda Indonesia" are companies).
 */
function productName(text: string, lex: Lexicon): boolean {
  // The maker's word first: most candidates are no product, and end here without a split. (The first
  // white space found by its char code: what `text.search(/\s/u)` finds, without a regex per candidate.)
  let space = 0;
  while (space < text.length && !isWhitespaceCode(text.charCodeAt(space))) space++;
  if (space === text.length || !lex.productBrands.has(text.slice(0, space))) return false;
  const words = text.split(/\s+/u);
  if (words.length > 4) return false;
  return words.slice(1).every((w) => !lex.orgSuffixes.has(w) && !lex.orgMarkers.has(w) && !lex.places.has(w) && !lex.orgs.has(w) && !PRODUCT_MAKER_WORDS.has(w));
}

// A marker of a place or an institution often named after a person (places.txt [namesake-places],
// organisations.txt [namesake-institutions]) right before the name, or before the person's name
// prefixes and initials ("Jalan Drs. H. Abdullah Silondae", "Auditorium H.M. Rasjidi": group 2).
const namesakeMarker = perLexicon(
  (lex: Lexicon) => new RegExp(`(?:^|[^\\p{L}.])(${alternation([...lex.namesakePlaces, ...lex.namesakeInstitutions])})((?: (?:(?:${alternation(lex.namePrefixes)})\\.?|\\p{Lu}(?:\\.\\p{Lu})*\\.))*) $`, 'u'),
);

// An acronym of three or more capitals (digits inside: "P2BK") opening a person's name, before a capitalised word.
// (Only before a name of two words or more: "AHY Singgung" is a person's initials and a headline's verb.)
const LEADING_ACRONYM = /^(\p{Lu}[\p{Lu}\d]{2,})\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

// A video or social platform's name, then a channel's or account's name (capitalised or "@…").
const PLATFORM_AND_CHANNEL = /^(YouTube|Youtube|TikTok|Instagram|Facebook|Twitter|Spotify)\s+[\p{Lu}@]/u;

// Nouns for apps and aircraft, whose name after them is a product's ("aplikasi MyPertamina", "pesawat C-130J Hercules").
const PRODUCT_KINDS = new Set(['aplikasi', 'pesawat', 'helikopter', 'jet']);

// Words of a maker's companies' names after the maker's ("Honda Prospect Motor", "Toyota Motor Manufacturing").
const PRODUCT_MAKER_WORDS = new Set(['Motor', 'Motors', 'Group', 'Astra', 'Prospect', 'Manufacturing', 'Financial', 'Finance', 'Electronics', 'Mobil', 'Kendaraan']);

/**
 * Whether a person's name of two words or more opens with a thing's noun ("Kopi Bajawa", "Kapal
 * …": non-entities.txt [thing-nouns], any case) or a programme's or a service's head ("Bansos
 * Sembako", "KRI Radjiman": [heads]) and no word after it is a person's ("Hari Prasetyo" stays; a
 * stopword head opens names too).
 */
function opensWithThing(text: string, lex: Lexicon): boolean {
  const space = text.indexOf(' ');
  if (space < 0) return false;
  const first = text.slice(0, space);
  const lower = first.toLowerCase();
  if (!lex.thingNouns.has(lower) && !(lex.nonEntityHeads.has(first) && !lex.stopwords.has(lower))) return false;
  for (const w of text.slice(space + 1).split(' ')) {
    const l = w.toLowerCase();
    if (lex.givenNames.has(l) || lex.personWords.has(l)) return false;
  }
  return true;
}

// Kinds of area a count can stand before ("37 Kampung Zakat"): places.txt [admin-prefixes] and these.
const COUNTED_AREA_KINDS = new Set(['Kampung', 'Dusun', 'Nagari', 'Gampong']);

// Words before a number that make it a number of something, not a count ("RT 02", "lantai 3", "ke 2").
const NUMBERING_WORDS = /^(?:rt|rw|no|nomor|nomer|km|kilometer|blok|lantai|tahap|gelombang|ke|pasal|ayat|jalur|zona|ring|gang|gg|kav|kavling|lorong|sektor|angkatan|jilid|edisi|nomornya)$/;

/**
 * Whether a name opening with an area's kind ("Kampung Zakat", "Kota Wakaf") stands right after a
 * count that a lowercase word leads to ("mengembangkan 37 …", "dan sepuluh …", "puluhan …"): the
 * count makes the phrase a kind of place (a programme's), as no one named place is counted.
 */
function countedAreaKind(text: string, before: string, lex: Lexicon): boolean {
  const space = text.indexOf(' ');
  if (space < 0) return false;
  const kind = text.slice(0, space);
  if (!lex.adminPrefixes.has(kind) && !COUNTED_AREA_KINDS.has(kind)) return false;
  const m = /(?:^|[^\p{L}\d])(\p{Ll}+)\s+([1-9]\d{0,2}|\p{Ll}+)\s$/u.exec(before);
  if (!m) return false;
  const [, lead, count] = m as unknown as [string, string, string];
  // ("salah satu Desa Sukamaju": one of them is a place.)
  if (NUMBERING_WORDS.test(lead) || count === '1' || count === 'satu') return false;
  if (/^\d/.test(count)) return true;
  const n = lex.numbers;
  return n.digits.has(count) || n.seNumbers.has(count) || n.vague.has(count) || n.moreVague.has(count) || n.multipliers.has(count);
}

/**
 * Whether a name of two words or more reads as an English term: one of its words at least is an
 * English word, and none is a given name, a word of people's names or an Indonesian word
 * ("Mandated Lead Arranger", "Subholding Upstream"; not "Mike Johnson", "Harry Brown").
 */
function englishTerm(text: string, lex: Lexicon): boolean {
  const words = text.split(' ').map((w) => w.toLowerCase());
  if (words.length < 2) return false;
  let english = 0;
  for (const w of words) {
    if (!/^\p{Ll}+$/u.test(w) || lex.givenNames.has(w) || lex.personWords.has(w) || lex.commonWords.has(w)) return false;
    if (lex.englishWords.has(w) || lex.englishNamedWords.has(w)) english++;
  }
  return english > 0;
}

/**
 * Whether a name after "Menko" is a coordinating ministry's portfolio: "Bidang …", or one word that
 * a coordinating ministry's short name in the lexicon ends with or opens a word of ("Polkam" of
 * "Kemenko Polkam", "Infra" of "Kemenko Infrastruktur"; organisations.txt [known], [aliases]).
 */
function coordinatingPortfolio(text: string, lex: Lexicon): boolean {
  if (/^Bidang\s/u.test(text)) return true;
  if (text.includes(' ') || text.length < 2) return false;
  for (const word of coordinatingPortfolios(lex)) if (word === text || (text.length >= 4 && word.startsWith(text))) return true;
  return false;
}

/** The portfolios of the coordinating ministries' short names the lexicon knows ("Polkam" of "Kemenko Polkam"), in its order. */
const coordinatingPortfolios = perLexicon((lex: Lexicon): readonly string[] =>
  [...lex.orgs, ...lex.orgAliases.keys()].filter((name) => name.startsWith('Kemenko ')).map((name) => name.slice('Kemenko '.length)),
);

/**
 * The word of letters right before the one white-space character that ends `before` ("mobil" of
 * "satu unit mobil "), undefined when none ("(Toyota) ", "unit  "): what
 * `/(?:^|[^\p{L}])(\p{L}+)\s$/u` captures, read back from the end instead of tried at every character.
 */
function lettersBeforeLastSpace(before: string): string | undefined {
  const end = before.length - 1;
  if (end < 1 || !isWhitespaceCode(before.charCodeAt(end))) return undefined;
  const start = letterRunStart(before, 0, end);
  return start === end ? undefined : before.slice(start, end);
}

/** A word of lowercase letters only. */
const LOWERCASE_WORD = /^\p{Ll}+$/u;

/** Whether a word is lowercase letters only ("mobil"; not "Mobil", "e-KTP"): what `/^\p{Ll}+$/u` tells, by char codes while ASCII. */
function lowercaseWord(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWERCASE_WORD.test(word);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * A person's name read with the rank, title or form of address before it ("AKP Iriansyah", "JPU
 * Supinto Priyono", "Menag Nasaruddin Umar", "Pak Budi"): the words before the name are dropped
 * (academic and religious prefixes such as "Prof." stay: the canonical name drops them). A
 * candidate with nothing left is dropped, and so is one right after a noun for a thing ("layanan
 * Biskita Transpakuan": non-entities.txt [thing-nouns]), and an organisation's name of two words or
 * more after a product's noun ("mobil Toyota Fortuner": [product-nouns]).
 */
export function trimPersonTitles(c: Candidate, lex: Lexicon, before = ''): Candidate | null {
  // "mobil Toyota Fortuner", "sepeda motor Honda Beat": a product's brand and model, no organisation.
  // (The word before the name, read once for the checks below: LOC has none of them.)
  const noun = c.type === 'LOC' ? undefined : lettersBeforeLastSpace(before);
  if (c.type === 'ORG' && c.text.includes(' ')) {
    if (noun !== undefined && lex.productNouns.has(noun.toLowerCase())) return null;
  }
  // "satu unit Toyota Fortuner", "Honda Beat, Yamaha NMAX": a maker's name and a model's, no entity.
  if (productName(c.text, lex)) return null;
  // "dalam bahasa Inggris", "berbahasa Jawa": a language, no place; "program Kampung Rekonsiliasi":
  // a programme named like a place.
  if (c.type === 'LOC' && A_OR_M.has(codeBeforeLastSpace(before)) && /(?:bahasa|(?:^|[^\p{L}])program(?:nya)?)\s$/iu.test(before)) return null;
  // "mobil Pajero", "aplikasi MyPertamina", "pesawat C-130J Super Hercules": a name right after a
  // noun for a vehicle, a device or an app is the product's, unless the lexicon knows it as an organisation.
  if (c.type === 'ORG' && !lex.orgs.has(c.text) && !lex.productBrands.has(c.text)) {
    // (`/(?:^|[^\p{L}])(\p{Ll}+)\s$/u`: the word before, in small letters.)
    if (noun !== undefined && lowercaseWord(noun) && (lex.productNouns.has(noun) || PRODUCT_KINDS.has(noun))) return null;
  }
  // "mengembangkan 37 Kampung Zakat", "dan 10 Kota Wakaf": a count before an area's kind counts
  // places of a programme's kind, no one place ("RT 02 Desa …", "lantai 3 …", "tahun 2024 …" stay).
  if (countedAreaKind(c.text, before, lex)) return null;
  // "Mengutip detik Bali", "dilansir detik Jateng": a detik channel's credit written apart, no place.
  if (endsWithWordAndSpace(before, 'detik') && /(?:^|[^\p{L}])detik\s$/u.test(before) && lex.detikChannels.has(c.text.toLowerCase())) return null;
  if (c.type !== 'PERSON') return c;
  // "Universitas Udayana", "Jalan Ahmad Yani": a name right after the marker of a place or an
  // institution named after a person is that place's or institution's.
  const marker = namesakeMarker(lex).exec(before);
  if (marker) {
    const type = lex.namesakePlaces.has(marker[1]!) ? 'LOC' : 'ORG';
    const words = `${marker[1]!}${marker[2]!} `;
    return changeCandidate(c, { type, start: c.start - words.length, text: `${words}${c.text}`, source: `${c.source}/namesake` });
  }
  // "layanan Biskita Transpakuan", "kereta Argo Bromo": a thing's noun before the name names a thing.
  // ("Kopi [Bajawa] Terancam Punah": the noun capitalised as a sentence's or a headline's first word
  // too, not as a title's last word: "Menteri … Teknologi Brian Yuliarto".)
  if (noun !== undefined && lex.thingNouns.has(noun.toLowerCase()) && (/^\p{Ll}/u.test(noun) || opensSentence(before.slice(0, before.length - noun.length - 1)))) return null;
  if (opensWithThing(c.text, lex)) return null;
  // "berperan sebagai Mandated Lead Arranger", "PHE sebagai Subholding Upstream Pertamina": English
  // words after "sebagai" name a role or a kind, no person.
  if (endsWithWordAndSpace(before, 'sebagai') && /(?:^|[^\p{L}])sebagai\s$/u.test(before) && englishTerm(c.text, lex)) return null;
  // "Himapol … Kabinet Cakra", "kaum Marxis": a cabinet's or a group's name (non-entities.txt [group-heads]).
  if (lex.groupHeads.has(c.text.slice(0, c.text.indexOf(' ') >>> 0))) return null;
  // "Menko Polkam", "(Menko Infra)", "Menko Bidang Pemberdayaan Masyarakat": a coordinating minister's
  // portfolio, written short or in full, after the title, no person ("Menko Airlangga" stays).
  if (MENKO_ENDS.has(codeBeforeLastSpace(before)) && /(?:^|[^\p{L}])(?:Menko\)?|Menteri\s+Koordinator)\s$/u.test(before) && coordinatingPortfolio(c.text, lex)) return null;
  let start = c.start;
  let text = c.text;
  for (let m = LEADING_WORD.exec(text); m; m = LEADING_WORD.exec(text)) {
    const word = withoutTrailingDot(m[1]!);
    // "Teradu I Muhammad Afifuddin": a numeral that numbers the word before the name ("I Gede" stays).
    const numbering = ROMAN.test(word) && /\p{Lu}\p{L}*\s$/u.test(before) && !balinese(lex).word.test(text.slice(m[0].length));
    if (!(numbering || lex.ranks.has(word) || lex.titles.has(word.toLowerCase()) || lex.honorifics.has(word) || lex.functionalLevels.has(word))) break;
    start += m[0].length;
    text = text.slice(m[0].length);
  }
  // "Tabanan I Made [Agus Hartawiguna]", "Kompol I [Ketut Sukadi]": a Balinese name's "I" or "Ni"
  // and its birth-order words before the name read are part of it; "RSUP Prof [Ngoerah I Wayan
  // Sudana]": the words before them are no part of it.
  if (start === c.start && mayEndBalineseOpener(before, lex)) {
    const opener = balinese(lex).opener.exec(before);
    if (opener && (opener[2] !== undefined || balinese(lex).word.test(text))) {
      start -= opener[1]!.length + 1;
      text = `${opener[1]!} ${text}`;
    }
  }
  const inner = hasIOrNiBeforeSpace(text) ? balinese(lex).inside.exec(text) : null;
  if (inner) {
    start += inner.index + inner[1]!.length;
    text = text.slice(inner.index + inner[1]!.length);
  }
  // "BIN Muhammad Herindra", "KIC Satria Wisnumurti": an organisation's acronym of three letters or
  // more before a name of two words or more is no part of it.
  // ("IGN Jaya Negara": I Gusti Ngurah, the abbreviated opening of a Balinese name, is the name's.)
  const leading = LEADING_ACRONYM.exec(text);
  const acronym = leading && !lex.balineseAbbreviations.has(leading[1]!) ? leading : null;
  if (acronym) {
    start += acronym[0].length;
    text = text.slice(acronym[0].length);
  }
  // "Jatim Wahyu A Priambodo", "Padangsidimpuan Ahmad": a known place before a name of two words or more.
  const place = LEADING_WORD.exec(text);
  const afterPlace = place ? text.slice(place[0].length) : '';
  if (
    place &&
    // A province's short name ("Sumsel", "Jatim") is no person's word, whatever names it was seen in.
    // ("P2BK Purabaya Yanto Prayitno": after an office's acronym, a district of the lists is the office's.)
    (lex.placeAliases.has(place[1]!) || ((lex.knownPlaces.has(place[1]!) || (acronym !== null && lex.places.has(place[1]!))) && !lex.givenNames.has(place[1]!.toLowerCase()) && !lex.personWords.has(place[1]!.toLowerCase()))) &&
    (afterPlace.includes(' ') ||
      lex.givenNames.has(afterPlace.toLowerCase()) ||
      lex.personWords.has(afterPlace.toLowerCase()) ||
      // "Sumsel Herman": a province's short name is no part of a name, whatever the word after it.
      (lex.placeAliases.has(place[1]!) && /^\p{Lu}\p{Ll}+$/u.test(afterPlace)))
  ) {
    start += place[0].length;
    text = text.slice(place[0].length);
  }
  // "I Gede Widhiantara SSi", "Budi Santoso, S.H., M.H.": academic degrees after a name are no part of it.
  for (let m = TRAILING_DEGREE.exec(text); m && m.index > 0; m = TRAILING_DEGREE.exec(text)) text = text.slice(0, m.index);
  if (text === c.text) return c;
  const single = withoutTrailingDot(text);
  if (lex.ranks.has(single) || lex.titles.has(single.toLowerCase()) || lex.honorifics.has(single)) return null;
  return changeCandidate(c, { start, end: start + text.length, text, source: `${c.source}/trimmed` });
}

/**
 * An organisation read without the legal form right before it ("Perum [Bulog]", "PT [Pertamina]"):
 * the form is part of its name as written.
 */
export function withLegalForm(c: Candidate, text: string, lex: Lexicon): Candidate {
  if (c.type !== 'ORG') return c;
  // "Pengurus [Pusat PBSI]", "Pimpinan [Pusat Muhammadiyah]", "Dewan Pimpinan [Pusat Partai …]": the
  // board's level opens the name of an association's board, its first words with it.
  if (BOARD_LEVEL.test(c.text)) {
    const board = BOARD_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (board) return changeCandidate(c, { start: c.start - board[1]!.length, text: text.slice(c.start - board[1]!.length, c.end) });
  }
  // The word and the one space before it (within 12 characters): what `/(\S+) $/u` finds there.
  const space = c.start - 1;
  if (space < 1 || text.charCodeAt(space) !== 32) return c;
  const from = Math.max(0, c.start - 12);
  let start = space;
  while (start > from && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  if (start === space || !lex.legalFormsBefore.has(text.slice(start, space))) return c;
  return changeCandidate(c, { start, text: text.slice(start, c.end) });
}

// The level of an association's board that opens its name ("Pusat", "Wilayah"), and the board's word before it.
const BOARD_LEVEL = /^(?:Pusat|Besar|Wilayah|Cabang|Daerah|Ranting)\s+\p{Lu}/u;
const BOARD_BEFORE = /(?:^|[^\p{L}])((?:Dewan\s+)?(?:Pengurus|Pimpinan)\s+)$/u;

// "(Persero) Tbk", "(Persero)", " Tbk" after a company's name.
const STATE_FORM_AFTER = /^\s*\((?:Persero|Perseroda|Perum)\)(?:\s+Tbk\b)?|^\s+Tbk\b/u;

/**
 * "Pembangkit Listrik Tenaga [Surya] (PLTS)": a person read at the end of words that a bracketed
 * acronym after it spells out together (its initials the acronym's last letters, the words before
 * it the first ones) is a word of that thing's or body's name, no person. (A name spelled out by its
 * own initials, "Agus Harimurti Yudhoyono (AHY)", stays.)
 */
export function personInSpelledOut(c: Candidate, text: string, lex: Lexicon): Candidate | null {
  if (c.type !== 'PERSON') return c;
  // (No bracket after the name, past its spaces: most names, which skip the slice and the regex.)
  let next = c.end;
  while (next < text.length && isWhitespaceCode(text.charCodeAt(next))) next++;
  if (text.charCodeAt(next) !== 40) return c;
  const m = /^\s*\(([\p{Lu}][\p{L}\d]{2,7})\)/u.exec(text.slice(c.end, c.end + 14));
  if (!m) return c;
  const acronym = m[1]!.toUpperCase().replace(/\d/gu, '');
  const own = c.text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('').toUpperCase();
  if (own.length === 0 || own.length >= acronym.length || !acronym.endsWith(own)) return c;
  const need = acronym.slice(0, acronym.length - own.length);
  const before = text.slice(Math.max(0, c.start - 80), c.start).split(/\s+/u).filter((w) => w !== '');
  const words = before.slice(-need.length - 2).filter((w) => /^\p{Lu}/u.test(w));
  if (!words.map((w) => w[0]!).join('').toUpperCase().endsWith(need)) return c;
  // ("Kanisius [Jerry Tengker] (KJT)": a name of two words or more missing its first word is still a
  // person's, unless an organisation's marker opens the words before: "Ikatan Guru [Aisyiyah …] (IGABA)".)
  return own.length === 1 || words.slice(-need.length).some((w) => lex.orgMarkers.has(w)) ? null : c;
}

/** An English institution's head word right after a name. */
const INSTITUTION_AFTER = /^ (?:University|Institute|College|Foundation|Academy|Hospital)(?![\p{L}-])/u;
/** The first letters of the words of {@link INSTITUTION_AFTER}. */
const INSTITUTION_INITIALS = 'UICFAH';

/**
 * A company read without its state-owned form or listing after it ("PT Bank Tabungan Negara
 * (Persero) Tbk" read as "PT Bank Tabungan Negara" and "Tbk"): the form is part of its name.
 */
export function withFormAfter(c: Candidate, text: string): Candidate {
  if (c.type !== 'ORG') {
    // "Charles Darwin University", "Sampoerna Foundation": a person's or a place's name before an
    // English institution's head word is the institution's.
    // (Only after a space and a capital that opens one of those words: most names skip the slice and the regex.)
    const head = (c.type === 'PERSON' || c.type === 'LOC') && text.charCodeAt(c.end) === 32 && INSTITUTION_INITIALS.includes(text[c.end + 1] ?? ' ') ? INSTITUTION_AFTER.exec(text.slice(c.end, c.end + 16)) : null;
    if (!head) return c;
    const end = c.end + head[0].length;
    return changeCandidate(c, { type: 'ORG', end, text: text.slice(c.start, end), source: `${c.source}/institution` });
  }
  // (An open bracket or "Tbk" after the name's spaces, or no form: most names skip the slice and the regex.)
  let next = c.end;
  while (next < text.length && isWhitespaceCode(text.charCodeAt(next))) next++;
  const mark = text.charCodeAt(next);
  if (mark !== 40 && mark !== 84) return c;
  const m = STATE_FORM_AFTER.exec(text.slice(c.end, c.end + 24));
  if (!m) return c;
  const end = c.end + m[0].length;
  return changeCandidate(c, { end, text: text.slice(c.start, end) });
}

// A school's kind, state or private ("SMP Negeri", "SDN", "MTs Swasta"), and the number and place that name it.
const SCHOOL = `${SCHOOL_ACRONYM_SOURCE}(?:\\s+(?:Negeri|Swasta))?`;
const SCHOOL_KIND = new RegExp(`(?:^|\\s)${SCHOOL}$`, 'u');
const SCHOOL_WITH_NUMBER = new RegExp(`^${SCHOOL}\\s+\\d`, 'u');
const SCHOOL_NUMBER = /^\s+\d{1,3}(?:\s+\p{Lu}[\p{L}-]*){0,3}/u;

/**
 * Whether a text's last word may end {@link SCHOOL_KIND}: "Negeri", "Swasta", or a word of six
 * characters at most opening with "S" or "M", as every school's acronym does ("SMP", "MTsN",
 * "SRMA"). Most names end with none, and skip the regex (tried at every character).
 */
function mayEndWithSchoolKind(text: string): boolean {
  let from = text.length;
  while (from > 0 && !isWhitespaceCode(text.charCodeAt(from - 1))) from--;
  if (text.length - from > 6) return false;
  const first = text.charCodeAt(from);
  return first === 83 || first === 77 || text.endsWith('Negeri');
}

/**
 * "SMP Negeri 9 Semarang", "SD Negeri 2 Cibadak" read without their number and place ("SMP Negeri"),
 * or read whole as a place by the tagger (a school's kind, number and known town the names stage
 * already joins: "SRMA 12 Kota Bogor"): a school is an organisation named by its kind, its number and its place.
 */
export function withSchoolNumber(c: Candidate, text: string): Candidate {
  if (c.type === 'PERSON') return c;
  if (mayEndWithSchoolKind(c.text) && SCHOOL_KIND.test(c.text)) {
    const m = SCHOOL_NUMBER.exec(text.slice(c.end, c.end + 60));
    if (!m) return c;
    const end = c.end + m[0].length;
    return changeCandidate(c, { type: 'ORG', end, text: text.slice(c.start, end) });
  }
  return c.type === 'LOC' && SCHOOL_WITH_NUMBER.test(c.text) ? changeCandidate(c, { type: 'ORG' }) : c;
}

const LOWER_EDGE = /^(?:\p{Ll}[\p{L}-]*\s+)+|(?:\s+\p{Ll}[\p{L}-]*)+$/u;
const EDGE_JUNK = /^(?:(?:dan|&|di|ke|dari|yang|oleh)\s+|[(\[,;:]\s*)+|(?:\s+(?:dan|&|di|ke|dari|yang|oleh)|\s*[(\[,;:])+$/u;
// What EDGE_JUNK and LOWER_EDGE need at a text's edges: most names have none of it and skip them.
const EDGE_WORDS = ['dan', '&', 'di', 'ke', 'dari', 'yang', 'oleh'];
const EDGE_MARKS = '([,;:';
const LOWER_START = /^\p{Ll}/u;
const SENTENCE_END_OPENING = /(?:^|\s)\p{Ll}{5,}[.!?]\s+\p{Lu}/u;
const STATION_ON_STREET = /^(?:SPBU|SPBE|SPBN|SPKLU|Pom Bensin)\s+(?=(?:Jalan|Jl\.?|Jln\.?)\s+\p{Lu})/u;
const LOWER_AFTER_SPACE = /\s\p{Ll}/u;

/** Whether EDGE_JUNK may match: a function word and a space opening the text, or a space and one ending it, or a bracket or stop at either end. */
function mayHaveEdgeJunk(text: string): boolean {
  if (EDGE_MARKS.includes(text[0] ?? '-') || EDGE_MARKS.includes(text[text.length - 1] ?? '-')) return true;
  for (const w of EDGE_WORDS) {
    if (text.startsWith(w) && text.length > w.length && isWhitespaceCode(text.charCodeAt(w.length))) return true;
    if (text.endsWith(w) && text.length > w.length && isWhitespaceCode(text.charCodeAt(text.length - w.length - 1))) return true;
  }
  return false;
}

/**
 * Where the last space of a text is, -1 when it has none: `text.lastIndexOf(' ')` read by char
 * codes (a candidate's text is short; `lastIndexOf`, unlike `indexOf`, calls into the runtime).
 */
function lastSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) !== 32) i--;
  return i;
}

/**
 * "Bareskrim Polri Brigjend" (before "Nunung Syaifuddin"): a police or military rank ending an
 * organisation's or a place's name opens the person's name after it; it is cut off.
 */
export function withoutTrailingRank(c: Candidate, lex: Lexicon): Candidate {
  if (c.type === 'PERSON') return c;
  const space = lastSpace(c.text);
  if (space < 0 || !lex.ranks.has(withoutTrailingDot(c.text.slice(space + 1))) || lex.orgs.has(c.text) || lex.places.has(c.text)) return c;
  return changeCandidate(c, { text: c.text.slice(0, space), end: c.start + space });
}

/**
 * "Kapolresta Jayapura", "Dandim Sukamaju" read as a place: the title of a territorial unit's head
 * opening it is no part of the place, only the area after it is.
 */
export function withoutLeadingAreaHead(c: Candidate, lex: Lexicon): Candidate {
  if (c.type !== 'LOC') return c;
  const space = c.text.indexOf(' ');
  if (space < 0 || !lex.areaHeads.has(c.text.slice(0, space).toLowerCase())) return c;
  const rest = c.text.slice(space + 1);
  if (!/^\p{Lu}/u.test(rest)) return c;
  return changeCandidate(c, { text: rest, start: c.start + space + 1 });
}

/**
 * A candidate's edges cleaned: function words and an open bracket at either end ("Kementerian Haji
 * dan", "Pengadilan Negeri (PN"), a closing bracket with no opening one ("Persero) Tbk" → "Tbk"
 * is dropped). Null when nothing of a name is left.
 */
/** A preposition glued to an acronym after it by a lost space ("dariAFP", "olehKPK"). */
const GLUED_PREPOSITION = /^(?:dari|oleh|kepada|melalui|menurut)(?=\p{Lu}{2,}(?:$|[\s,.]))/u;

/** A series' word ending an organisation's name (its number follows): " Tahap", " Jilid", " Gelombang". */
const SERIES_WORD_END = /(?<=\S) (?:Tahap|Jilid|Gelombang|Termin|Batch)(?: (?:[IVX]{1,4}|\d{1,2}))?$/u;

export function cleanEdges(c: Candidate): Candidate | null {
  let { start, text } = c;
  for (let m = mayHaveEdgeJunk(text) ? EDGE_JUNK.exec(text) : null; m && m[0] !== ''; m = EDGE_JUNK.exec(text)) {
    if (m.index === 0) start += m[0].length;
    text = m.index === 0 ? text.slice(m[0].length) : text.slice(0, m.index);
  }
  // "se-Asia Tenggara", "se-Sulawesi Selatan": "se-" ("all of") glued to a name is no part of it
  // (nor, with it, a lowercase word to cut below with the name's first word).
  if (text.startsWith('se-') && /^\p{Lu}/u.test(text.slice(3))) {
    start += 3;
    text = text.slice(3);
  }
  // "kantor KPU RI", "IKN mangkrak", "lindung IKN": lowercase words at the edges are no part of a
  // name (particles inside one are: "Ahmad bin Abdullah"). (No lowercase word opening the text or
  // after a space: none at its edges.)
  // "dibagikan di kantor distrik. Kader juga …": a lowercase word ending a sentence and the capitalised
  // word opening the next are no place's or organisation's name (the tagger read the word after a
  // place's kind); nothing of it is a name. (Five letters or more: no abbreviation, "kab. Bogor".)
  if (c.type !== 'PERSON' && SENTENCE_END_OPENING.test(text)) return null;
  const lowerWord = LOWER_START.test(text) || LOWER_AFTER_SPACE.test(text);
  for (let m = lowerWord ? LOWER_EDGE.exec(text) : null; m && m[0] !== ''; m = LOWER_EDGE.exec(text)) {
    if (m.index === 0) start += m[0].length;
    text = m.index === 0 ? text.slice(m[0].length) : text.slice(0, m.index);
  }
  // "dikutip dariAFP": a preposition glued to an acronym by a lost space is no part of it.
  const glued = GLUED_PREPOSITION.exec(text);
  if (glued) {
    start += glued[0].length;
    text = text.slice(glued[0].length);
  }
  const close = text.indexOf(')');
  if (close >= 0 && !text.slice(0, close).includes('(')) {
    const after = text.slice(close + 1).trimStart();
    start += text.length - after.length;
    text = after;
  }
  // "Bawaslu-nya", "BGN-nya": the possessive suffix is no part of a name.
  if (text.endsWith('-nya')) text = text.slice(0, -4);
  // "Obligasi … Bank BRI Tahap I Tahun 2025": the word of an issue's or a batch's series after an
  // issuer is no part of its name.
  if (c.type === 'ORG') text = text.replace(SERIES_WORD_END, '');
  // "antrean di SPBU Jalan Soekarno-Hatta": the filling station named by the street it stands on; the
  // street is the place's name.
  if (c.type === 'LOC') {
    const station = STATION_ON_STREET.exec(text);
    if (station) {
      start += station[0].length;
      text = text.slice(station[0].length);
    }
  }
  // "Kampung Naringgul RT 02": the neighbourhood unit after a place is no part of its name.
  if (c.type === 'LOC') text = text.replace(/\s+(?:RT|RW|RT\/RW)(?:\s+\d+)?$/u, '');
  // "Fakultas … Universitas Muhammadiyah Malang Dr", "(BKSDA) Sulawesi Utara Ir. Novita": the prefix
  // of the name after it ends no organisation's or place's.
  if (c.type === 'ORG' || c.type === 'LOC') text = text.replace(/\s+(?:Dr|Prof|Drs|Dra|Ir|KH|Hj)\.?$/u, '');
  // "Reaktivasi BPJS Kesehatan PBI": the health insurance's segment of members after it (PBI, the
  // members whose dues the state pays; PBPU, those who pay their own) is no part of the body's name.
  if (c.type === 'ORG' && text.startsWith('BPJS ')) text = text.replace(/\s+(?:PBI|PBPU)(?:\s+(?:JK|APBN|APBD|Pemda))?$/u, '');
  if (!/\p{Lu}/u.test(text) || !twoLetters(text)) return null;
  return text === c.text ? c : changeCandidate(c, { start, end: start + text.length, text });
}

const LETTER = /^\p{L}$/u;

/** Whether a text's letters fill two UTF-16 units or more (as `text.replace(/[^\p{L}]/gu, '').length >= 2`), read up to its second. */
function twoLetters(text: string): boolean {
  let units = 0;
  for (let i = 0; i < text.length && units < 2; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) units++;
      i++;
      continue;
    }
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    if (LETTER.test(text.slice(i, i + width))) units += width;
    i += width;
  }
  return units >= 2;
}

/**
 * A capitalised word of five letters or more run into the next capitalised word, in a person's name:
 * a list whose line breaks the page lost ("Anak Alm. Bripka Slamet\nAyu LestariBudi Santoso").
 * Names written with a capital inside start with a short piece ("McDonald", "DeGeneres", "MacArthur").
 */
const RUN_TOGETHER = /(?<=(?:^|\s)\p{Lu}\p{Ll}{4,})(?=\p{Lu}\p{Ll})/u;
const RUN_TOGETHER_ALL = new RegExp(RUN_TOGETHER.source, 'gu');

/** A person's candidate cut where one name runs into the next ({@link RUN_TOGETHER}). */
function splitRunTogether(c: Candidate): Candidate[] {
  const parts: Candidate[] = [];
  let from = 0;
  const cuts = [...c.text.matchAll(RUN_TOGETHER_ALL)].map((m) => m.index!);
  for (const cut of [...cuts, c.text.length]) {
    const text = c.text.slice(from, cut);
    parts.push(changeCandidate(c, { start: c.start + from, end: c.start + cut, text, source: `${c.source}/run-together` }));
    from = cut;
  }
  return parts;
}

/**
 * Two names joined by a hyphen: people's ("Prabowo Subianto-Gibran Rakabuming Raka", a pairing),
 * split when each side has two words or more; places of a route ("Jakarta-Labuan Bajo",
 * "Bandung-Cirebon"), split when the lexicon knows one of the two.
 */
export function splitPair(c: Candidate, lex: Lexicon): Candidate[] {
  if (c.type === 'PERSON' && RUN_TOGETHER.test(c.text)) return splitRunTogether(c).flatMap((part) => splitPair(part, lex));
  // "dikutip dari YouTube Sekretariat Presiden", "siaran YouTube Poltracking": a platform and the
  // channel it carries are two names, the platform's and the channel owner's (an account "@…" none).
  // ("Facebook Inc.", "YouTube Music": a legal form, an organisation's last word or an English word
  // after the platform's name makes one name, the company's or a product's.)
  const platform = c.type === 'PERSON' ? null : PLATFORM_AND_CHANNEL.exec(c.text);
  const owner = platform ? c.text.slice(platform[0].length - 1) : '';
  const ownerFirst = withoutTrailingDot(owner.split(/\s+/u)[0]!);
  if (platform && !lex.legalFormsAfter.has(ownerFirst) && !lex.orgSuffixes.has(ownerFirst) && !lex.englishWords.has(ownerFirst.toLowerCase())) {
    const host = changeCandidate(c, { type: 'ORG', end: c.start + platform[1]!.length, text: platform[1]!, source: `${c.source}/platform` });
    if (owner.startsWith('@')) return [host];
    return [host, changeCandidate(c, { type: 'ORG', start: c.end - owner.length, text: owner, source: `${c.source}/platform` })];
  }
  if (!c.text.includes('-')) return c.type === 'LOC' ? splitPlaces(c, lex) : [c];
  let m: RegExpExecArray | null = null;
  if (c.type === 'PERSON') m = /^(\p{Lu}\S*(?:\s+\S+)+?)-(\p{Lu}\S*(?:\s+\S+)+)$/u.exec(c.text);
  else if (c.type === 'LOC') {
    m = /^(\p{Lu}[^\s-]*(?:\s+[^\s-]+)*)-(\p{Lu}[^\s-]*(?:\s+[^\s-]+)*)$/u.exec(c.text);
    // "Jalan Pantura Semarang-Demak", "Tol Jakarta-Cikampek": a road named by its ends is one place.
    if (m && (lex.placeMarkers.has(m[1]!.split(/\s+/)[0]!) || !(lex.places.has(m[1]!) || lex.places.has(m[2]!)))) m = null;
  }
  if (!m) return [c];
  let left = m[1]!;
  const right = m[2]!;
  const rightStart = c.start + left.length + 1;
  if (c.type === 'PERSON') {
    // "Ruas Dumai-Sei Mangkei": a route's ends read as a pairing of people.
    const route = routeStart(left, right, lex);
    if (route >= 0) {
      left = left.slice(route);
      return [
        changeCandidate(c, { type: 'LOC', start: c.start + route, end: c.start + route + left.length, text: left, source: `${c.source}/route` }),
        changeCandidate(c, { type: 'LOC', start: rightStart, text: right, source: `${c.source}/route` }),
      ];
    }
  }
  return [
    changeCandidate(c, { end: c.start + left.length, text: left, source: `${c.source}/pair` }),
    changeCandidate(c, { start: rightStart, text: right, source: `${c.source}/pair` }),
  ];
}

/**
 * Known places written one after another without a comma ("Sumenep Madura", "Sleman Yogyakarta"),
 * read as one place: split into those places, when the whole is no place the lexicon knows and its
 * words are known places from first to last, longest first ("Jakarta Selatan Indonesia" →
 * "Jakarta Selatan", "Indonesia").
 */
function splitPlaces(c: Candidate, lex: Lexicon): Candidate[] {
  if (lex.places.has(c.text)) return [c];
  const words: { start: number; end: number }[] = [];
  for (const m of c.text.matchAll(/\S+/gu)) words.push({ start: m.index, end: m.index + m[0].length });
  if (words.length < 2 || lex.placeMarkers.has(c.text.slice(0, words[0]!.end)) || lex.adminPrefixes.has(c.text.slice(0, words[0]!.end))) return [c];
  // "hutan Rangga Pande, Sembalun Lawang Kecamatan Sembalun": an area's kind inside a place's name
  // (not "Kota": "Balai Kota", "Jakarta Kota") opens the next place, the area the first lies in.
  for (let k = 1; k < words.length - 1; k++) {
    const kind = c.text.slice(words[k]!.start, words[k]!.end);
    if (kind === 'Kota' || !lex.adminPrefixes.has(kind)) continue;
    const first = c.text.slice(0, words[k - 1]!.end);
    // (A place of two words or more: "Puskesos Desa Margakaya" is a body's office in the village.)
    if (k < 2 || first.split(' ').some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || lex.orgMarkers.has(w))) break;
    const rest = c.text.slice(words[k]!.start);
    return [
      changeCandidate(c, { end: c.start + first.length, text: first, source: `${c.source}/places` }),
      changeCandidate(c, { start: c.start + words[k]!.start, text: rest, source: `${c.source}/places` }),
    ];
  }
  const parts: Candidate[] = [];
  for (let i = 0; i < words.length; ) {
    let j = words.length;
    while (j > i && !lex.knownPlaces.has(c.text.slice(words[i]!.start, words[j - 1]!.end))) j--;
    if (j === i) return [c];
    const start = c.start + words[i]!.start;
    const text = c.text.slice(words[i]!.start, words[j - 1]!.end);
    parts.push(changeCandidate(c, { start, end: start + text.length, text, source: `${c.source}/places` }));
    i = j;
  }
  return parts.length > 1 ? parts : [c];
}

/**
 * A one-word organisation or place that is a word of a person's full name in the same text ("Sony"
 * of "R Sony Sulaksono Wibowo"): the person named short, unless the lexicon knows the word as an
 * organisation or a place, or it is an acronym, or a title's rule read it so ("Kepala Desa Sekapuk
 * Musholikhin": the tagger's "Sekapuk Musholikhin" does not make the village a person).
 */
export function shortNamesOfPeople(candidates: readonly Candidate[], lex: Lexicon): Candidate[] {
  const words = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || !c.text.includes(' ')) continue;
    for (const w of c.text.split(/\s+/)) if (/^\p{Lu}\p{Ll}{2,}$/u.test(w)) words.add(w);
  }
  if (words.size === 0) return candidates as Candidate[];
  return candidates.map((c) =>
    c.type !== 'PERSON' && words.has(c.text) && !lex.orgs.has(c.text) && !lex.places.has(c.text) && !lex.knownPlaces.has(c.text) && !(c.source.endsWith('/after-title') && (c.score ?? 0) >= STRUCTURAL_SCORE)
      ? changeCandidate(c, { type: 'PERSON' as const })
      : c,
  );
}

/** Whether a word of a name is a given name or a word of people's names ("Emil Salim" of "Emil Salim Institute"). */
function personal(name: string, lex: Lexicon): boolean {
  return name.split(' ').some((w) => lex.givenNames.has(w.toLowerCase()) || lex.personWords.has(w.toLowerCase()));
}

/**
 * The first words of an organisation's name that ends like one ("Siloam" of "Siloam International
 * Hospitals", "CT ARSA" of "CT ARSA Foundation") name that organisation, whatever a recogniser read
 * them as a person, unless the lexicon knows them as a person's or a place's ("Emil Salim Institute").
 */
export function shortNamesOfOrgs(candidates: readonly Candidate[], lex: Lexicon): Candidate[] {
  const starts = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'ORG') continue;
    // (The last word is read alone first: most names end with no organisation's suffix, and are not split.)
    const space = lastSpace(c.text);
    if (space < 0 || !lex.orgSuffixes.has(c.text.slice(space + 1))) continue;
    const words = c.text.split(' ');
    for (let k = 1; k < words.length; k++) starts.add(words.slice(0, k).join(' '));
  }
  if (starts.size === 0) return candidates as Candidate[];
  return candidates.map((c) =>
    c.type === 'PERSON' && starts.has(c.text) && !lex.places.has(c.text) && !lex.knownPlaces.has(c.text) && !lex.aliases.has(c.text) && !personal(c.text, lex)
      ? changeCandidate(c, { type: 'ORG' as const })
      : c,
  );
}

/** A name's first word. */

/** A title's field before an organisation: "Bidang" and what follows it in the same clause. */
const FIELD_BEFORE = /\bBidang\s[^.\n"“”()]*$/u;
const FIELD_START = /^(?:[IVX]+\s+)?Bidang\s/u;

/**
 * An organisation read in a title's field ("Menteri Koordinator Bidang Infrastruktur dan Pembangunan
 * Kewilayahan (IPK)", "Asisten I Bidang Pemerintahan", "Deputi Bidang Sosial, Budaya, dan
 * Pemberdayaan Masyarakat Otorita IKN"): the field names no organisation; the organisation after it,
 * from an organisation's marker or a known organisation on, is kept ("Otorita IKN").
 */
export function trimField(c: Candidate, before: string, lex: Lexicon): Candidate | null {
  if (c.type !== 'ORG' || lex.orgs.has(c.text)) return c;
  const first = firstToken(c.text);
  const fragment = (confixNounShape(first.toLowerCase(), 4) || lex.portfolio.has(first)) && !orgFirstWords(lex).has(first);
  if (!FIELD_START.test(c.text) && !fragment && (!before.includes('Bidang') || !FIELD_BEFORE.test(before) || lex.orgMarkers.has(first) || isAcronym(first))) return c;
  const words = [...c.text.matchAll(/\S+/gu)];
  for (let k = 1; k < words.length; k++) {
    const w = words[k]![0];
    const rest = c.text.slice(words[k]!.index);
    if (lex.orgMarkers.has(w) || lex.orgs.has(rest) || (isAcronym(w) && lex.orgs.has(w) && k === words.length - 1 && !/\bdan\b/u.test(c.text.slice(0, words[k]!.index)))) {
      return changeCandidate(c, { start: c.start + words[k]!.index, text: rest, source: `${c.source}/field` });
    }
  }
  return null;
}

/**
 * A known place's name read as an organisation after a title ("Menteri Perhubungan, Amerika
 * Serikat"): a country or a region alone is a place, acting as a state or not.
 */
export function knownPlacesArePlaces(candidates: readonly Candidate[], lex: Lexicon): Candidate[] {
  return candidates.map((c) => (c.type === 'ORG' && lex.knownPlaces.has(c.text) && !lex.orgs.has(c.text) ? changeCandidate(c, { type: 'LOC' as const }) : c));
}

/** A source cited for a report: "dikutip detikINET dari Futurism", "dilansir dari Reuters", "mengutip CNN", also opening a sentence ("Dikutip dari …"). */
const CITED_FROM = /(?:\b(?:[dD]ikutip|[dD]ilansir|[dD]ilaporkan|[dD]irangkum|[dD]isadur|[dD]iberitakan)\b[^.\n"“”]{0,40}\bdari|\b(?:[mM]engutip|[mM]elansir|[mM]enurut laporan|laporan)|\b[sS]eperti\s+(?:dikutip|dilansir)\s+(?:dari\s+)?)\s+$/u;

/** How the word before the white space ending a match of {@link CITED_FROM} ends: "dari", "mengutip" and "dikutip", "melansir" and "dilansir", "laporan". */
const CITING_WORD_ENDS = ['dari', 'utip', 'ansir', 'laporan'];

/**
 * Whether the text ends with white space after a word that ends as {@link CITED_FROM}'s last words
 * do, as the regex needs: read from the end, not with the regex tried at every character (nor with
 * a search of the whole text for each of its words).
 */
function mayCite(before: string): boolean {
  let end = before.length;
  while (end > 0 && isWhitespaceCode(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return false;
  for (const w of CITING_WORD_ENDS) if (end >= w.length && before.startsWith(w, end - w.length)) return true;
  return false;
}

/**
 * A name after a citation's words is the outlet or the body it is cited from: an organisation
 * ("dikutip dari Futurism" is no place), unless the lexicon knows it as a place or it reads as a person.
 */
export function typeCitedSource(c: Candidate, before: string, lex: Lexicon): Candidate {
  if (c.type !== 'LOC' || !mayCite(before) || lex.places.has(c.text) || lex.knownPlaces.has(c.text) || !CITED_FROM.test(before)) return c;
  return changeCandidate(c, { type: 'ORG', source: `${c.source}/cited` });
}

/**
 * A common word capitalised at a sentence's start before a known organisation or place ("Jalur Pos
 * Indonesia melayani …", "Warga Depok"): no part of the name.
 */
export function trimSentenceOpener(c: Candidate, before: string, lex: Lexicon): Candidate {
  if (!opensSentence(before)) return c;
  const space = c.text.indexOf(' ');
  if (space < 0) return c;
  const first = c.text.slice(0, space);
  const lower = first.toLowerCase();
  if (c.type === 'PERSON') {
    // "Adapun Hasan", "Namun Budi Santoso": a function word opening the sentence is no part of a
    // person's name (a regional word that opens names is: "Lalu Muhamad Iqbal").
    if (!lex.stopwords.has(lower) || lex.givenNames.has(lower) || lex.personWords.has(lower) || lex.nameOpeners.has(first) || !/^\p{Lu}\p{Ll}/u.test(c.text.slice(space + 1))) return c;
    return changeCandidate(c, { start: c.start + space + 1, text: c.text.slice(space + 1), source: `${c.source}/trimmed` });
  }
  if (!lex.commonWords.has(lower) || lex.givenNames.has(lower) || lex.orgMarkers.has(first) || lex.placeMarkers.has(first) || lex.orgs.has(c.text) || lex.places.has(c.text)) return c;
  const rest = c.text.slice(space + 1);
  // "Komitmen Bank DBS Indonesia untuk …": the rest opens with an organisation's marker.
  const marked = rest.includes(' ') && lex.orgMarkers.has(rest.slice(0, rest.indexOf(' '))) && !orgFirstWords(lex).has(first) && !/^(?:Departemen|Divisi|Bagian|Biro|Unit|Seksi|Subdit|Direktorat)$/u.test(first);
  // ("Tamat SD, dia …": before a kind of thing's acronym, the rest keeps its type and is no entity.)
  const type = lex.orgs.has(rest) || marked ? 'ORG' : lex.knownPlaces.has(rest) ? 'LOC' : lex.nonEntityAcronyms.has(rest) ? c.type : null;
  return type ? changeCandidate(c, { type, start: c.start + space + 1, text: rest, source: `${c.source}/trimmed` }) : c;
}

/**
 * Whether the text before a name ends where a sentence or line starts: nothing, a sentence's end
 * mark (and a closing quote) and spaces, or a line break and spaces. The regex
 * `(?:^|[.!?]["”’]?\s+|\n\s*)$` read from the end, not tried at every character.
 */
function opensSentence(before: string): boolean {
  if (before === '') return true;
  let j = before.length;
  while (j > 0 && isWhitespaceCode(before.charCodeAt(j - 1))) {
    if (before.charCodeAt(j - 1) === 10) return true;
    j--;
  }
  if (j === before.length || j === 0) return false;
  const last = before[j - 1]!;
  if (last === '.' || last === '!' || last === '?') return true;
  const mark = before[j - 2];
  return (last === '"' || last === '”' || last === '’') && (mark === '.' || mark === '!' || mark === '?');
}

const firstWords = new WeakMap<Lexicon, Set<string>>();

/**
 * First words that open an organisation's name: the markers and the first words of the known
 * organisations ("Pertamina", "Perserikatan Bangsa-Bangsa"). An organisation read from another
 * derived noun or portfolio word ("Pengendalian Lingkungan Hidup", "Penegakan Pidana Kementerian
 * ESDM") is a piece of a title or of a longer name: see trimField.
 */
function orgFirstWords(lex: Lexicon): Set<string> {
  let set = firstWords.get(lex);
  if (!set) {
    set = new Set(lex.orgMarkers);
    for (const o of lex.orgs) set.add(o.split(' ')[0]!);
    firstWords.set(lex, set);
  }
  return set;
}

/**
 * "Kepala Seksi Pendidikan Madrasah Kemenag Purwakarta": an organisation read after a title whose
 * first words are common words of the title's portfolio ("Pendidikan Madrasah"), then a regional
 * body's short name and its place ("Kemenag Purwakarta"), is that body of that place. (Not "Fraksi
 * Gerindra DPRD …", "Komisi IV DPRD …": a name, a number or a letter before the body names its unit.)
 */
export function trimPortfolioBeforeBody(c: Candidate, lex: Lexicon, before = ''): Candidate | null {
  if (c.type !== 'ORG' || !c.source.startsWith('org/after-title') || lex.orgs.has(c.text)) return c;
  // "SVP Strategy & Investment Pertamina", "Direktur Jenderal Rehabilitasi Sosial", "Ketua Tim
  // Pengarah": common words only after a title, no marker, known name or place, are its field.
  // (Not one word after a capitalised word of no title, rank or portfolio, which may be a name's: "Raja Juli Antoni".)
  const prev = /(\p{L}+) $/u.exec(before)?.[1] ?? '';
  const named = !c.text.includes(' ') && /^\p{Lu}/u.test(prev) && !lex.titles.has(prev.toLowerCase()) && !lex.ranks.has(prev) && !lex.portfolio.has(prev);
  if (!named && !lex.givenNames.has(prev.toLowerCase()) && !lex.personWords.has(prev.toLowerCase()) && c.text.split(' ').every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && (lex.commonWords.has(w.toLowerCase()) || lex.englishWords.has(w.toLowerCase())) && !lex.orgMarkers.has(w) && !lex.orgs.has(w) && !lex.places.has(w) && !lex.knownPlaces.has(w) && !lex.orgSuffixes.has(w) && !lex.givenNames.has(w.toLowerCase()) && !lex.personWords.has(w.toLowerCase()))) return null;
  // A capitalised common word or an organisation's kind ("Pendidikan", "Madrasah"), no place.
  const portfolioWord = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && (lex.commonWords.has(w.toLowerCase()) || lex.orgMarkers.has(w)) && !lex.places.has(w);
  const words = [...c.text.matchAll(/\S+/gu)];
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]![0];
    if (!lex.regionalBodies.has(w)) {
      if (!portfolioWord(w)) return c;
      continue;
    }
    const rest = words.slice(k + 1).map((x) => x[0]);
    const place = rest.slice(lex.adminPrefixes.has(rest[0]!) ? 1 : 0).join(' ');
    if (place === '' || !(lex.places.has(place) || lex.knownPlaces.has(place) || lex.placeAliases.has(place))) return c;
    const first = words[0]![0];
    if (!portfolioWord(first)) return c;
    const at = words[k]!.index!;
    return changeCandidate(c, { start: c.start + at, text: c.text.slice(at), source: `${c.source}/portfolio` });
  }
  return c;
}

/**
 * An organisation read with the title before it ("Vice President Corporate Communication", "Direktur
 * Utama Pertamina"): the title and its portfolio words are no part of it; what follows them is the
 * organisation when anything does, else it is dropped (a title alone names no organisation).
 */
export function trimOrgTitle(c: Candidate, lex: Lexicon): Candidate | null {
  if ((c.type !== 'ORG' && c.type !== 'LOC') || lex.orgs.has(c.text) || lex.places.has(c.text)) return c;
  // "Studi Harvard University menobatkan …", "Kajian BEM UI": a written source's noun opens no
  // organisation's name (nor a place's, which the tagger may read it as); the organisation is its
  // author, what follows it.
  const source = WRITTEN_SOURCE_OPENING.exec(c.text);
  if (source !== null && lex.documents.has(source[1]!.toLowerCase())) {
    const at = source[0].length;
    return trimOrgTitle(changeCandidate(c, { start: c.start + at, text: c.text.slice(at), source: `${c.source}/authored` }), lex);
  }
  if (c.type !== 'ORG') return c;
  // A first word that opens no title: no title of one to three words opens the name.
  const first = firstToken(c.text);
  if (first === '' || !titleOpeners(lex).has(first.toLowerCase())) return c;
  const words = [...c.text.matchAll(/\S+/gu)];
  let title = 0;
  for (let n = Math.min(3, words.length); n > 0 && title === 0; n--) {
    if (lex.titles.has(words.slice(0, n).map((w) => w[0]).join(' ').toLowerCase())) title = n;
  }
  if (title === 0 || lex.orgMarkers.has(words[0]![0])) return c;
  let k = title;
  while (k < words.length && lex.portfolio.has(words[k]![0]) && !lex.orgs.has(words[k]![0])) k++;
  if (k >= words.length) return null;
  const at = words[k]!.index;
  return changeCandidate(c, { start: c.start + at, text: c.text.slice(at), source: `${c.source}/untitled` });
}

/** A capitalised word and a space before a capital, opening a name: where {@link trimOrgTitle} looks for a written source's noun ("Studi Harvard …"). */
const WRITTEN_SOURCE_OPENING = /^(\p{Lu}\p{Ll}+) (?=\p{Lu})/u;

/** What joins two items of a list, and what joins its last item. */
const LIST_COMMA = /^,\s+$/u;
const LIST_LAST = /^,?\s+(?:dan|serta|atau)\s+$/u;
/** What follows an item that is not a list's last. */
// (A comma and a lowercase word closes an appositive: "…, Muaro Jambi, Rosmiati, mengatakan".)
const LIST_GOES_ON = /^(?:,\s*(?!\p{Ll})|,?\s+(?:dan|serta|atau)\s)/u;
/** A place named with its administrative prefix or its area's kind, which a list of such places opens. */
const PREFIXED_AREA = /^(?:Kecamatan|Kelurahan|Desa|Distrik|Gampong|Kampung|Nagari|Dusun|Kabupaten|Kota)\s/u;

/** Whether candidates `a` then `b` are neighbouring items of a list (`b` may be its last). */
function listed(a: Candidate | undefined, b: Candidate | undefined, text: string): boolean {
  if (!a || !b) return false;
  const between = text.slice(a.end, b.start);
  return LIST_COMMA.test(between) || LIST_LAST.test(between);
}

/**
 * "Kelurahan Purwokerto Wetan, Arcawinangun, Karangpucung, Kranji", "Polsek Patikraja, Forkompincam
 * Sokaraja, dan …": an item of a list of three or more that the tagger alone read as a person, with
 * no given name in front, between two items of one other type or after two of them, is of that type.
 * ("BPS, Ateng Hartono, Bank Dunia memperkenalkan …" is an appositive: the list must go on.)
 * Candidates in text order, without overlaps.
 */
export function typeByList(candidates: readonly Candidate[], text: string, lex: Lexicon): readonly Candidate[] {
  let out: Candidate[] | undefined;
  const goesOn = (c: Candidate) => LIST_GOES_ON.test(text.slice(c.end, c.end + 8));
  // "Kecamatan Tamalate, Biringkanaya dan Manggala": the items after a place with an administrative
  // prefix, in a list that goes on or ends with "dan", are places of that kind.
  let prefixedList = false;
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    const list = out ?? candidates;
    const prev = list[i - 1]!;
    // (A list: "dan" before this item, or another place or unknown name listed after it; not
    // "Kabupaten Bogor, Zimamun Niam, mengatakan …", an official after the place of the title.)
    const next = list[i + 1];
    const unnamed = (x: Candidate | undefined) => x !== undefined && (x.type === 'LOC' || (x.type === 'PERSON' && x.source === 'model' && !x.text.split(' ').some((w) => lex.givenNames.has(w.toLowerCase()) || lex.personWords.has(w.toLowerCase()))));
    const inList: boolean =
      prev.type === 'LOC' && (prefixedList || PREFIXED_AREA.test(prev.text)) && listed(prev, c, text) && unnamed(c) && (LIST_LAST.test(text.slice(prev.end, c.start)) || (unnamed(next) && listed(c, next, text)));
    prefixedList = inList && (c.type === 'LOC' || (c.type === 'PERSON' && c.source === 'model'));
    if (c.type !== 'PERSON' || c.source !== 'model') continue;
    const space = c.text.indexOf(' ');
    if (lex.givenNames.has((space < 0 ? c.text : c.text.slice(0, space)).toLowerCase())) continue;
    if (prefixedList) {
      out ??= [...candidates];
      out[i] = changeCandidate(c, { type: 'LOC' });
      continue;
    }
    const p = prev;
    if (p.type === 'PERSON' || !listed(p, c, text)) continue;
    const n = list[i + 1];
    const pp = list[i - 2];
    // ("SAR Unpad, Menwa Unpad, Mahatva Faperta, serta Ikatan …": or the item before the last, after
    // "dan" or "serta", not an appositive between commas.)
    const between = n !== undefined && n.type === p.type && listed(c, n, text) && (goesOn(n) || (pp !== undefined && pp.type === p.type && listed(pp, p, text)) || (LIST_COMMA.test(text.slice(p.end, c.start)) && LIST_LAST.test(text.slice(c.end, n.start))));
    // (Or the last item after "dan": "ke Ubud, Nusa Penida dan Kintamani".)
    const after = pp !== undefined && pp.type === p.type && listed(pp, p, text) && (goesOn(c) || LIST_LAST.test(text.slice(p.end, c.start)));
    if (!between && !after) continue;
    out ??= [...candidates];
    out[i] = changeCandidate(c, { type: p.type });
  }
  return out ?? candidates;
}

/** A university's or an institute's name. */
const CAMPUS = /^(?:Universitas|Institut|Politeknik|Sekolah Tinggi|Universitas Islam Negeri)\s/u;

/** " (Dikbud) ", " (BP3MI) " before a candidate: a bracketed short form opening with a capital, no number or date. */
const SHORT_FORM_BEFORE = / \((\p{Lu}[\p{L}\d&.'\- ]{0,40})\) $/u;

/**
 * "Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari", "Kelompok Tani Hutan (KTH) Bina
 * Lestari", "Badan Penanggulangan Bencana Daerah (BPBD) Banyumas": an organisation, its bracketed
 * short form, then a place (read as nobody's name) is one organisation, the longest name as written
 * (not a university's: "Universitas Sebelas Maret (UNS) Surakarta" stands in the city)
 * (another organisation or a person after the short form stays apart):
 * a candidate over all of it is added, scored above each, so that it wins their overlaps (the
 * bracketed short form inside it still links the other mentions: group.ts).
 */
export function joinAroundShortForm(candidates: readonly Candidate[], text: string): Candidate[] {
  const orgs = new Map<number, Candidate>();
  for (const c of candidates) if (c.type === 'ORG' && text[c.end] === ' ' && text[c.end + 1] === '(' && (orgs.get(c.end)?.score ?? -Infinity) < (c.score ?? 0)) orgs.set(c.end, c);
  if (orgs.size === 0) return candidates as Candidate[];
  const people = candidates.filter((c) => c.type === 'PERSON');
  const joined: Candidate[] = [];
  const done = new Set<number>();
  for (const c of candidates) {
    if (c.type !== 'LOC' || done.has(c.start) || text[c.start - 2] !== ')') continue;
    const short = SHORT_FORM_BEFORE.exec(text.slice(Math.max(0, c.start - 44), c.start));
    const a = short ? orgs.get(c.start - short[0].length) : undefined;
    if (!a || c.text.includes('(') || people.some((p) => p.start < c.end && p.end > a.start)) continue;
    // ("Universitas Sam Ratulangi (Unsrat) Manado": the city after a campus's short form is where it stands.)
    if (CAMPUS.test(a.text)) continue;
    done.add(c.start);
    joined.push(makeCandidate('ORG', a.start, c.end, text.slice(a.start, c.end), AROUND_SHORT_FORM, Math.max(a.score ?? 0, c.score ?? 0) + 1));
  }
  return joined.length === 0 ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/** An age in brackets right after a name: " (29)", " (42)". */
const AGE_AFTER = /^ \((?:[1-9]\d?|10\d)\)/u;

/** A former or a described holder's title after a name and a comma: ", Mantan Wakil Presiden", ", seorang menteri". */
const FORMER_TITLE_AFTER = /^,\s+(?:[Mm]antan|[Ee]ks|[Ss]eorang)\s+(\p{L}+)(?:\s+(\p{L}+))?/u;

/** Whether a former holder's title follows a name ("Al Gore, Mantan Wakil Presiden Amerika Serikat"). */
function formerTitleAfter(after: string, lex: Lexicon): boolean {
  const m = FORMER_TITLE_AFTER.exec(after);
  if (!m) return false;
  return lex.titles.has(m[1]!.toLowerCase()) || (m[2] !== undefined && lex.titles.has(`${m[1]!} ${m[2]}`.toLowerCase()));
}

/**
 * "laporan Chloe Brennan (29), turis asal Perth", "Ester Pellokila (42), petani …": a name of two
 * words or more the tagger read as an organisation or a place, right before an age in brackets, is
 * a person's, unless the lexicon knows it or one of its words marks an organisation or a place. So is
 * one right before a former holder's title after a comma ("berdiskusi dengan Dan Hale, Mantan Wakil
 * Presiden Amerika Serikat").
 */
export function ageMakesPerson(c: Candidate, text: string, lex: Lexicon): Candidate {
  if (c.type === 'PERSON' || c.source !== 'model' || !(AGE_AFTER.test(text.slice(c.end, c.end + 6)) || formerTitleAfter(text.slice(c.end, c.end + 60), lex))) return c;
  const words = c.text.split(' ');
  if (words.length < 2 || words.length > 4 || lex.orgs.has(c.text) || lex.places.has(c.text) || lex.knownPlaces.has(c.text)) return c;
  for (const w of words) {
    if (!/^\p{Lu}\p{Ll}/u.test(w) || lex.orgMarkers.has(w) || lex.placeMarkers.has(w) || lex.adminPrefixes.has(w) || lex.orgSuffixes.has(w) || lex.places.has(w)) return c;
  }
  return changeCandidate(c, { type: 'PERSON' });
}

/** A capitalised word that names a person by itself ("Hendrik", "Yusron"). */
const ALONE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** A place's name of one or two capitalised words, which the article may name alone ("Sukamekar"). */
const PLACE_ALONE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/**
 * "Direktur CV Karya Bumi Ruwa Jurai Hendrik Wijaya … Hendrik menyebut …", "Direktur Utama Perumda
 * Air Minum Tirta Giri Nata Yusron Hakim … kata Yusron": after a title, where the designation ends
 * and the name starts is a guess, which the article's other mentions settle. A person read after a
 * title (a role stands beside it), or an organisation read after one, with a word (not its first)
 * by which the article names a person alone elsewhere, followed by one more name word at least,
 * starts the person's name at that word: a person drops the words before it, an organisation keeps
 * them and the person is read apart. Not when the words before are all words of people's names
 * ("Muhammad Bagir Alaydrus … kata Bagir"), nor at a word of an acronym or a marker.
 */
export function splitAtNameUsedAlone(candidates: readonly Candidate[], roles: readonly RoleCandidate[], lex: Lexicon): Candidate[] {
  const alone = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || !ALONE_NAME.test(c.text)) continue;
    const list = alone.get(c.text);
    if (list) list.push(c);
    else alone.set(c.text, [c]);
  }
  // Places the article names alone ("Sukamekar" of "warga Sukamekar"), with where they are.
  const placesAlone = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.type !== 'LOC' || !PLACE_ALONE.test(c.text)) continue;
    const list = placesAlone.get(c.text);
    if (list) list.push(c);
    else placesAlone.set(c.text, [c]);
  }
  if (alone.size === 0 && placesAlone.size === 0) return candidates as Candidate[];
  // A word of a person's name: capitalised, no marker, and no common word unless people are named by it.
  const nameWord = (w: string) => {
    if (!/^\p{Lu}\p{Ll}/u.test(w) || lex.orgMarkers.has(w)) return false;
    const lower = w.toLowerCase();
    return !lex.commonWords.has(lower) || lex.givenNames.has(lower) || lex.personWords.has(lower);
  };
  // A word of a designation: an acronym, a place, an organisation's marker, end or name, a common word.
  const designation = (w: string) => {
    const bare = withoutTrailingDot(w);
    const lower = bare.toLowerCase();
    if (bare.length < 3 || lex.givenNames.has(lower) || lex.personWords.has(lower) || lex.namePrefixes.has(bare) || lex.nameOpeners.has(bare)) return false;
    return isAcronym(bare) || lex.places.has(bare) || lex.placeAliases.has(bare) || lex.orgMarkers.has(bare) || lex.orgSuffixes.has(bare) || lex.orgs.has(bare) || lex.commonWords.has(lower) || lex.ranks.has(bare);
  };
  // Whether a candidate may be split below: it holds a name used alone, or (a person) opens with a
  // place named alone (most hold neither, and are read no further).
  const mayHoldAlone = (c: Candidate): boolean => {
    for (const name of alone.keys()) if (c.text.includes(name)) return true;
    if (c.type === 'PERSON') for (const place of placesAlone.keys()) if (c.text.startsWith(place)) return true;
    return false;
  };
  const out: Candidate[] = [];
  for (const c of candidates) {
    const afterTitle = c.type === 'PERSON' ? personOfRole(roles, c) : c.type === 'ORG' && (c.source === 'org/after-title' || c.source === 'org/title-marker');
    if ((!afterTitle && c.type !== 'ORG') || !c.text.includes(' ') || !mayHoldAlone(c)) {
      out.push(c);
      continue;
    }
    const words = [...c.text.matchAll(/\S+/gu)];
    // "Lurah Sukamekar Darmono Wibisono" where the article names "Sukamekar" alone as a place: the
    // place's words, the title's, open the person read after it, when two name words follow them.
    if (c.type === 'PERSON') {
      let lead = 0;
      for (let m = 1; m <= 2 && words.length - m >= 2; m++) {
        const head = c.text.slice(0, words[m - 1]!.index! + words[m - 1]![0].length);
        if (placesAlone.get(head)?.some((p) => p.end <= c.start || p.start >= c.end) && words.slice(m).every((x) => nameWord(x[0]) && !lex.places.has(x[0]))) lead = m;
      }
      if (lead > 0) {
        const at = c.start + words[lead]!.index!;
        out.push(changeCandidate(c, { start: at, text: c.text.slice(at - c.start) }));
        continue;
      }
    }
    // "Ditjen Dikti Khairul meyakini … ujar Khairul": an organisation opened by its acronym or marker
    // (read after a title or not) may end with the one word by which the article names a person alone.
    const opened = c.type === 'ORG' && words.length >= 3 && (isAcronym(words[0]![0]) || lex.orgMarkers.has(words[0]![0]) || lex.orgs.has(words[0]![0]));
    if (!afterTitle && !opened) {
      out.push(c);
      continue;
    }
    let cut = -1;
    for (let m = c.type === 'ORG' ? 2 : 1; m <= words.length - (opened ? 1 : 2) && cut < 0; m++) {
      // (Not "Kementerian Haji dan Umrah", "Polresta Denpasar I Ketut Sukadi", "Taman Nasional Gunung
      // Leuser", "Lembaga Adat Jayawijaya": the word before is capitalised and no name's, the word no place.)
      if (m === words.length - 1) {
        const prev = words[m - 1]![0];
        const lowerPrev = prev.toLowerCase();
        const personal = lex.givenNames.has(lowerPrev) || lex.personWords.has(lowerPrev) || lex.namePrefixes.has(withoutTrailingDot(prev)) || lex.nameOpeners.has(prev) || balinese(lex).word.test(prev);
        if (!/^\p{Lu}/u.test(prev) || personal || lex.placeMarkers.has(prev) || lex.adminPrefixes.has(prev) || lex.places.has(words[m]![0]) || lex.knownPlaces.has(words[m]![0])) continue;
      }
      if (!afterTitle && m < words.length - 1) continue;
      const w = words[m]![0];
      if (!alone.get(w)?.some((p) => p.end <= c.start || p.start >= c.end)) continue;
      let names = true;
      for (let k = m; k < words.length && names; k++) names = nameWord(words[k]![0]);
      if (!names) continue;
      // (A person's words before it: one designation word among them at least, "Syariah Yuwono Waluyo";
      // "Listyo Sigit Prabowo … Sigit" is one name.)
      if (c.type === 'PERSON' && !words.slice(0, m).some((x) => designation(x[0]))) continue;
      cut = m;
    }
    if (cut < 0) {
      out.push(c);
      continue;
    }
    const at = c.start + words[cut]!.index!;
    if (c.type === 'PERSON') {
      out.push(changeCandidate(c, { start: at, text: c.text.slice(at - c.start) }));
      continue;
    }
    // The organisation ends before the name, and before a name prefix or a rank at its end ("Kemenag Dr.").
    let last = cut - 1;
    while (last > 0 && (lex.namePrefixes.has(withoutTrailingDot(words[last]![0])) || lex.ranks.has(withoutTrailingDot(words[last]![0])))) last--;
    const headEnd = c.start + words[last]!.index! + words[last]![0].length;
    out.push(changeCandidate(c, { end: headEnd, text: c.text.slice(0, headEnd - c.start) }));
    out.push(makeCandidate('PERSON', at, c.end, c.text.slice(at - c.start), 'person/alone-elsewhere', c.score));
  }
  return out;
}

/** Whether a candidate overlaps the person of a role the names stage read (a loop: no closure per candidate). */
function personOfRole(roles: readonly RoleCandidate[], c: Candidate): boolean {
  for (const r of roles) if (r.personStart < c.end && c.start < r.personEnd) return true;
  return false;
}

/**
 * "Direktur Bisnis Bank Mega Syariah Rasmoro Pramono Aji", "Sekretaris Ditjen Pendis Arskal Salim":
 * a title's rule that cut the body's name short put the body's last words before the person's name.
 * A person right after a body's name whose first words complete that name into another name of a
 * body the article writes ("Bank Mega Syariah", "Ditjen Pendis Kemenag") starts after them, the body's
 * name ending with them. Two words of the person's name at least stay.
 */
export function trimBodyWordsOffPeople(candidates: readonly Candidate[], text: string): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON' && c.text.includes(' '))) return candidates as Candidate[];
  const names = candidates.filter((o) => o.type === 'ORG').map((o) => o.text);
  if (names.length === 0) return candidates as Candidate[];
  const ending = new Map<number, number>();
  candidates.forEach((o, k) => {
    if (o.type === 'ORG') ending.set(o.end, k);
  });
  let out: Candidate[] | undefined;
  candidates.forEach((c, i) => {
    if (c.type !== 'PERSON' || text[c.start - 1] !== ' ') return;
    const j = ending.get(c.start - 1);
    if (j === undefined) return;
    const body = candidates[j]!;
    const words = c.text.split(' ');
    for (let k = 1; k <= words.length - 2; k++) {
      const head = words.slice(0, k).join(' ');
      const joined = `${body.text} ${head}`;
      if (!names.some((n) => n === joined || n.startsWith(`${joined} `))) continue;
      out ??= [...candidates];
      out[j] = changeCandidate(body, { end: c.start + head.length, text: joined });
      out[i] = changeCandidate(c, { start: c.start + head.length + 1, text: c.text.slice(head.length + 1) });
      break;
    }
  });
  return out ?? (candidates as Candidate[]);
}

/** An acronym in brackets: capitals, or capitals and small letters ("(IEDS)", "(MaaS)"), tried at an open bracket. */
const BRACKETED_ACRONYM = /\((\p{Lu}[\p{Lu}\p{Ll}&]{1,7})\)/uy;

/**
 * "Direktur Eksekutif Institute of Energy and Development Studies (IEDS)", "Food and Drug
 * Administration (FDA) Filipina": an English name whose small words ("of", "and") cut the tagger's
 * reading short ("Institute", "Drug Administration Filipina") is the whole run of words before the
 * acronym in brackets whose capitals spell it. The run is read as one organisation, stronger than the
 * readings it overlaps; the judges after read it whole (a phrase of common English words may then be
 * dropped with its acronym; an institution's name stays).
 */
export function joinSpelledOutAcronyms(candidates: readonly Candidate[], text: string): Candidate[] {
  let joined: Candidate[] | null = null;
  // (Tried at each open bracket, the matches of `/…/gu` from left to right: a scan of the whole text
  // by the regex tries it at every character.)
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    BRACKETED_ACRONYM.lastIndex = open;
    const m = BRACKETED_ACRONYM.exec(text);
    if (m === null) continue;
    // (The next match starts after this one, as the matches of a global regex do.)
    open += m[0].length - 1;
    const acronym = m[1]!.replace(/[^\p{Lu}]/gu, '');
    const end = m.index - 1;
    if (acronym.length < 2 || text[end] !== ' ') continue;
    let at = end;
    let initials = '';
    let start = -1;
    let small = false;
    while (at > 0 && initials.length < acronym.length) {
      let wordStart = at;
      while (wordStart > 0 && !isWhitespaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
      const word = text.slice(wordStart, at);
      if (/[^\p{L}&-]/u.test(word) || word === '') break;
      if (/^\p{Lu}/u.test(word)) {
        initials = word[0] + initials;
        if (initials === acronym) start = wordStart;
      } else if (ENGLISH_FUNCTION.has(word)) small = true;
      else break;
      // (The run goes on over one space, never over a line's end.)
      if (!acronym.endsWith(initials) || text[wordStart - 1] !== ' ') break;
      at = wordStart - 1;
    }
    if (start < 0 || !small) continue;
    const inner = text.slice(start, end);
    // (A small word inside the name, not only "the" before it.)
    if (!inner.split(' ').some((w) => w !== 'the' && ENGLISH_FUNCTION.has(w))) continue;
    const over = candidates.filter((c) => c.start < end && c.end > start);
    // ("G20 Environment and Climate Sustainability Working Group (ECSWG)": a longer reading stays.)
    if (over.length === 0 || over.some((c) => c.type === 'ORG' && c.start <= start && c.end >= end && c.end - c.start > end - start)) continue;
    const score = Math.max(...over.map((c) => c.score ?? 0)) + 1;
    (joined ??= []).push(makeCandidate('ORG', start, end, inner, 'org/spelled-out-english', score));
  }
  return joined === null ? (candidates as Candidate[]) : [...candidates, ...joined];
}

/**
 * An English executive's title right before a name, perhaps with the first departments of a list
 * ("VP ", "Vice President ", "VP Marketing, Legal & ", "SVP ").
 */
const EXECUTIVE_TITLE_BEFORE = /(?:^|[\s,(])(?:S?E?VP|Vice President|Head of|General Manager|Manager|Director)\s(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:,\s|\s&\s|\sand\s))*$/u;

/** Whether the text holds a word {@link EXECUTIVE_TITLE_BEFORE} needs (most texts hold none, and the regex is tried at every character). */
function mayEndWithExecutiveTitle(before: string): boolean {
  return before.includes('VP') || before.includes('President') || before.includes('Head of') || before.includes('Manager') || before.includes('Director');
}

/**
 * "VP Marketing, Legal & Business Support HCML", "Vice President Public Relations KAI", "SVP
 * Strategy & Investment Pertamina", "VP Sales & Marketing Damai Putra Group": after an English
 * executive's title, the common English words that open a name read as an organisation are the
 * department of the title; the organisation is what follows them ("HCML", "KAI"), and a department
 * alone names none ("Strategy", "Sales").
 */
export function trimDepartment(c: Candidate, before: string, lex: Lexicon): Candidate | null {
  if (c.type !== 'ORG' || lex.orgs.has(c.text) || !mayEndWithExecutiveTitle(before) || !EXECUTIVE_TITLE_BEFORE.test(before)) return c;
  const words = [...c.text.matchAll(/\S+/gu)];
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k]![0];
    const lower = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || lex.orgMarkers.has(w) || lex.legalFormsBefore.has(w) || lex.places.has(w) || lex.orgs.has(w)) break;
    if (!lex.englishWords.has(lower) && !lex.englishNamedWords.has(lower)) break;
  }
  if (k === 0) return c;
  if (k === words.length) return null;
  return changeCandidate(c, { start: c.start + words[k]!.index, text: c.text.slice(words[k]!.index), source: `${c.source}/department` });
}

/** A parliament named in an article ("rapat kerja di Komisi II" is then its commission). */
const PARLIAMENT = /\b(?:DPR|DPRD|DPD|MPR)\b|Dewan Perwakilan (?:Rakyat|Daerah)/u;

/** A unit's word and its number or letter alone ("Komisi II", "Komisi A"): organisations.txt [units]. */
const UNIT_NUMBER_ALONE = /^(\p{Lu}\p{Ll}+) (?:[IVX]+|[A-E]|\d{1,2})$/u;

/** The first words of the boards' and degree programmes' names the lexicon lists ("Tim" of "Tim Pengarah"). */
const boardOrProgrammeHeads = perLexicon((lex: Lexicon): ReadonlySet<string> => {
  const heads = new Set<string>();
  for (const name of [...lex.orgBoards, ...lex.degreeProgrammes]) {
    const space = name.indexOf(' ');
    heads.add(space < 0 ? name : name.slice(0, space));
  }
  return heads;
});

/** The graduates' words of the lexicon ("Lulusan", "Alumnus"), as a list to look for in a text. */
const graduateWordList = perLexicon((lex: Lexicon): readonly string[] => [...lex.graduateWords]);

/** A text's first run of non-whitespace characters (what `/\S+/u` finds first), '' when none. */
function firstToken(text: string): string {
  let from = 0;
  while (from < text.length && isWhitespaceCode(text.charCodeAt(from))) from++;
  let to = from;
  while (to < text.length && !isWhitespaceCode(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/**
 * The capitalised word (a capital, then small letters) that ends a text before one last space, as
 * `/(\p{Lu}\p{Ll}+) $/u` reads it, or undefined: read back from the end in ASCII, by the regex when
 * another character stands there.
 */
function capitalisedWordBeforeSpace(before: string): string | undefined {
  const n = before.length - 1;
  if (n < 2 || before.charCodeAt(n) !== 32) return undefined;
  let i = n - 1;
  for (; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 128) return CAPITALISED_BEFORE_SPACE.exec(before)?.[1];
    break;
  }
  if (i < 0 || i === n - 1) return undefined;
  const c = before.charCodeAt(i);
  return c >= 65 && c <= 90 ? before.slice(i, n) : undefined;
}

const CAPITALISED_BEFORE_SPACE = /(\p{Lu}\p{Ll}+) $/u;

/**
 * Organs and programmes inside a body read as the organisation: a board before the body's name
 * ("Ketua Dewan Pengarah BRIN", "Dewan Komisioner Lembaga Penjamin Simpanan (LPS)") is that body
 * (organisations.txt [boards]), a board alone ("Dewan Komisioner", "Ketua Tim Pengarah") is none; a
 * degree programme and its field before a faculty's or a university's name ("Magister Ilmu Politik
 * FISIP Universitas …", "Magister Hukum Kenegaraan UI") is that faculty or university
 * ([degree-programmes]); a writer's biography glued to the organisation ("Analis INSITE Strategi
 * Lulusan Magister …") ends before its graduate's word ([graduate-words]); a unit's number with no
 * body named after it anywhere in the text and no parliament in it ("Ketua Komisi II." of a student
 * council) is none.
 */
export function trimInnerOrgan(c: Candidate, before: string, text: string, lex: Lexicon): Candidate | null {
  if (c.type !== 'ORG' || lex.orgs.has(c.text)) return c;
  const heads = boardOrProgrammeHeads(lex);
  // (The words are read only when a graduate's word may be among them or the first opens a board's
  // or a programme's name: most names have neither.)
  // (A loop, not `some` and a closure per candidate.)
  let graduate = false;
  for (const w of graduateWordList(lex)) {
    if (!c.text.includes(w)) continue;
    graduate = true;
    break;
  }
  const words = graduate || heads.has(firstToken(c.text)) ? [...c.text.matchAll(/\S+/gu)] : [];
  // A writer's biography after the organisation.
  for (let k = 1; k < words.length; k++) {
    if (!lex.graduateWords.has(words[k]![0])) continue;
    const end = words[k - 1]!.index + words[k - 1]![0].length;
    return trimInnerOrgan(changeCandidate(c, { end: c.start + end, text: c.text.slice(0, end), source: `${c.source}/graduate` }), before, text, lex);
  }
  // The board's word before the candidate ("Tim " of "Tim Pengarah").
  const prev = capitalisedWordBeforeSpace(before);
  if (prev !== undefined && heads.has(prev) && lex.orgBoards.has(`${prev} ${c.text}`)) return null;
  // (A board's or a programme's name opens with the first word of one the lexicon lists: the words
  // are empty when the first is none.)
  for (let n = words.length > 0 && heads.has(words[0]![0]) ? Math.min(3, words.length) : 0; n > 0; n--) {
    const head = words.slice(0, n).map((w) => w[0]).join(' ');
    const board = lex.orgBoards.has(head);
    if (!board && !lex.degreeProgrammes.has(head)) continue;
    if (n === words.length) return board ? null : c;
    let k = n;
    // A programme's field: capitalised words before the school's short name, marker or place ("… Hukum Kenegaraan UI").
    if (!board) {
      while (k < words.length && /^\p{Lu}\p{Ll}+$/u.test(words[k]![0]) && !lex.orgMarkers.has(words[k]![0]) && !lex.orgUnits.has(words[k]![0]) && !lex.orgs.has(words[k]![0]) && !lex.places.has(words[k]![0]) && !lex.knownPlaces.has(words[k]![0])) k++;
      if (k === words.length) return c;
    }
    if (!/^\p{Lu}/u.test(words[k]![0])) return c;
    const at = words[k]!.index;
    return changeCandidate(c, { start: c.start + at, text: c.text.slice(at), source: `${c.source}/organ` });
  }
  const unit = UNIT_NUMBER_ALONE.exec(c.text);
  if (unit !== null && lex.orgUnits.has(unit[1]!) && !new RegExp(`${c.text} \\p{Lu}`, 'u').test(text) && !PARLIAMENT.test(text)) return null;
  return c;
}
