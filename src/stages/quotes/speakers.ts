import { isAsciiLetter, isWhitespaceCode } from '../../doc/chars.js';
import type { Doc } from '../../doc/doc.js';
import { perLexicon } from '../../lexicon/derive.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Entity } from '../../schema/entity.js';
import type { Speaker } from '../../schema/quote.js';
import { wordsUpTo } from './find-quotations.js';

/** One mention of a person or organisation in text order, with its entity. */
export interface Named {
  start: number;
  end: number;
  entity: Entity;
}

/** The mentions of people and organisations in text order. */
export function namedMentions(entities: readonly Entity[]): Named[] {
  const out: Named[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The index of the first mention that starts at or after `at` (`named` in text order), or its length. */
export function firstFrom(named: readonly Named[], at: number): number {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (named[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A mention of a person. */
export const isPerson = (n: Named): boolean => n.entity.type === 'PERSON';

/**
 * The first mention starting in [from, to] (`named` in text order) for which `test` holds: the one
 * `named.find` would return, without reading the mentions before `from`.
 */
export function namedStarting(named: readonly Named[], from: number, to: number, test?: (n: Named) => boolean): Named | undefined {
  for (let i = firstFrom(named, from); i < named.length; i++) {
    const n = named[i]!;
    if (n.start > to) break;
    if (!test || test(n)) return n;
  }
  return undefined;
}

/** The mentions within [start, end) (`named` in text order) for which `test` holds, in text order. */
export function namedWithin(named: readonly Named[], start: number, end: number, test: (n: Named) => boolean): Named[] {
  const out: Named[] = [];
  for (let i = firstFrom(named, start); i < named.length; i++) {
    const n = named[i]!;
    if (n.start >= end) break;
    if (n.end <= end && test(n)) out.push(n);
  }
  return out;
}

export function speakerOf(e: Entity): Speaker {
  return { name: e.text, entity: e.id };
}

/** The first mention in [start, end): a person before an organisation ("kata Kepala BNPB Bambang"), then the earliest. */
export function firstNamedIn(named: readonly Named[], start: number, end: number): Named | undefined {
  let best: Named | undefined;
  for (let i = firstFrom(named, start); i < named.length; i++) {
    const n = named[i]!;
    if (n.start >= end) break;
    if (n.end > end) continue;
    if (!best || (n.entity.type === 'PERSON' && best.entity.type !== 'PERSON')) best = n;
  }
  return best;
}

/** The first person mentioned in [start, end), or undefined. */
export function firstPersonIn(named: readonly Named[], start: number, end: number): Entity | undefined {
  for (let i = firstFrom(named, start); i < named.length; i++) {
    const n = named[i]!;
    if (n.start >= end) break;
    if (n.end <= end && n.entity.type === 'PERSON') return n.entity;
  }
  return undefined;
}

/** The last person mentioned in [start, end), or undefined. */
export function lastPersonIn(named: readonly Named[], start: number, end: number): Entity | undefined {
  let best: Named | undefined;
  for (let i = firstFrom(named, start); i < named.length; i++) {
    const n = named[i]!;
    if (n.start >= end) break;
    if (n.end <= end && n.entity.type === 'PERSON') best = n;
  }
  return best?.entity;
}

/** Lowercase words that start like a verb but are none: prepositions and the like. */
const NOT_VERBS = new Set([
  'dengan', 'dalam', 'dari', 'di', 'dia', 'diri', 'dirinya', 'dinas', 'direktur', 'dirut', 'dirjen', 'diketahui', 'tersebut', 'terhadap', 'terkait',
  'terus', 'terutama', 'termasuk', 'terakhir', 'berbagai', 'beberapa', 'bersama', 'berdasarkan', 'berikut', 'berikutnya', 'bersama-sama', 'bermula',
  'menteri', 'menurut', 'menjelang', 'melalui', 'mengenai', 'meski', 'meskipun', 'menuju', 'mendatang', 'pertama', 'perlu', 'persen', 'pernah',
  // Words of a description before or around a name ("sopir bernama Slamet (39) mengaku", "pakar
  // terumbu karang"), no verb of the sentence.
  'bernama', 'berinisial', 'berusia', 'berumur', 'berasal', 'terumbu', 'tertentu', 'terbaru', 'terbesar', 'tertinggi', 'terbanyak',
  // Nouns that start like a verb ("Pengacara terdakwa, Tuti Wijaya menyampaikan …", "Kepala divisi
  // humas, Budi, mengatakan …"): the parties of a case, and common nouns in me-, di-, ber-, ter-.
  'terdakwa', 'tersangka', 'terpidana', 'tergugat', 'terlapor', 'teradu', 'termohon', 'terduga', 'tertuduh', 'terperiksa', 'terminal', 'teror',
  'teroris', 'terorisme', 'berita', 'berkas', 'media', 'medis', 'mesin', 'metode', 'menu', 'meja', 'merek', 'menara', 'divisi', 'distrik', 'direksi',
  'diskusi', 'digital', 'diplomat', 'disabilitas', 'dinamika', 'dimensi', 'diaspora', 'dividen', 'diesel', 'diagnosis', 'distribusi', 'diskon',
  'disiplin', 'disertasi', 'mempelai',
]);

/** What a lowercase word of {@link wordClasses} is, as bits. */
const NOT_VERB = 1;
const SPEECH = 2;
const MARKER = 4;

/**
 * A quick test in front of a set of lowercase words: by the first letter of a word, the lengths
 * (as bits, 31 for 31 or more) and the last letters (bit 26 for any other last character) of the
 * words that open with it. A word whose first letter, length and last letter have no bit is none of
 * the words, known before a string is made for it or looked up.
 */
class WordFilter {
  private readonly lengths = new Uint32Array(26);
  private readonly lasts = new Uint32Array(26);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c = w.charCodeAt(0) - 97;
      if (c < 0 || c >= 26) continue;
      this.lengths[c]! |= 1 << Math.min(w.length, 31);
      this.lasts[c]! |= 1 << WordFilter.lastBit(w.charCodeAt(w.length - 1));
    }
  }

  /** The bit of a last character: its letter, in either case, or 26. */
  private static lastBit(code: number): number {
    const l = (code | 32) - 97;
    return l >= 0 && l < 26 && code < 128 ? l : 26;
  }

  /**
   * Whether text[start, end), a word in ASCII lowercase or with ASCII capitals, may be one of the
   * words lowercased (false: it is none); a word that opens with another character may be.
   */
  mayHold(text: string, start: number, end: number): boolean {
    if (end <= start) return true;
    const first = text.charCodeAt(start);
    const c = (first | 32) - 97;
    if (first >= 128 || c < 0 || c >= 26) return true;
    if (((this.lengths[c]! >>> Math.min(end - start, 31)) & 1) === 0) return false;
    return ((this.lasts[c]! >>> WordFilter.lastBit(text.charCodeAt(end - 1))) & 1) !== 0;
  }
}

/** The lowercase words {@link namedSubjectOf} looks up, with what each is, and filters in front of them. */
interface WordClasses {
  /** The words, with what each is: bits of {@link NOT_VERB}, {@link SPEECH} (a speech verb or cue), {@link MARKER} (a {@link PREDICATE_MARKERS} word). */
  classes: ReadonlyMap<string, number>;
  /** In front of `classes`. */
  filter: WordFilter;
  /** In front of the words that report what someone said ({@link reports}): "menurut" and the cues. */
  reporting: WordFilter;
}

/** The {@link WordClasses} of a lexicon: one lookup per word of a sentence, for the words that may be one. */
const wordClasses = perLexicon((lex: Lexicon): WordClasses => {
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  };
  mark(NOT_VERBS, NOT_VERB);
  mark(lex.speechVerbs, SPEECH);
  mark(lex.cues, SPEECH);
  mark(PREDICATE_MARKERS, MARKER);
  return { classes, filter: new WordFilter(classes.keys()), reporting: new WordFilter([...lex.accordingTo, ...lex.cues]) };
});

/**
 * What the word text[start, end) is of {@link wordClasses}: 0 when none, read in its filter first
 * (which lets any word through that opens past ASCII).
 */
function classesOf(words: WordClasses, text: string, start: number, end: number): number {
  if (!words.filter.mayHold(text, start, end)) return 0;
  return words.classes.get(text.slice(start, end)) ?? 0;
}

/** Whether text[start, end) is prefixed me-, ber-, ter- or di-, then three ASCII lowercase letters or more (`/^(?:me|ber|ter|di)[a-z]{3,}$/`). */
function prefixedVerb(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  const c1 = end - start > 1 ? text.charCodeAt(start + 1) : -1;
  let from: number;
  if ((c0 === 109 && c1 === 101) || (c0 === 100 && c1 === 105)) from = start + 2; // me-, di-
  else if ((c0 === 98 || c0 === 116) && c1 === 101 && end - start > 2 && text.charCodeAt(start + 2) === 114) from = start + 3; // ber-, ter-
  else return false;
  if (end - from < 3) return false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether the lowercase word text[start, end), of the given {@link wordClasses}, reads as a verb: prefixed me-, ber-, ter-, di-, or a speech verb. */
function verbLike(text: string, start: number, end: number, classes: number): boolean {
  if (classes & NOT_VERB) return false;
  if (classes & SPEECH) return true;
  return prefixedVerb(text, start, end);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;


/** Words that stand before a predicate: negations and auxiliaries ("tidak hadir", "belum tahu", "masih sakit"). */
const PREDICATE_MARKERS = new Set(['tidak', 'tak', 'belum', 'bukan', 'enggan', 'masih', 'sudah', 'telah', 'sempat', 'akan', 'pernah']);

/** Passive verbs of what others say or think of someone ("disebut", "dinilai", "diduga"): their subject does not speak. */
const REPORTED = new Set(['disebut', 'disebutkan', 'dikabarkan', 'dikatakan', 'dinilai', 'dianggap', 'diklaim', 'diyakini', 'diduga', 'diperkirakan', 'dituding', 'dituduh', 'diisukan', 'dirumorkan', 'disinyalir']);

/**
 * Who a sentence is about, as a speaker: the person (or organisation) named right before its first
 * verb ("Saemina menjelaskan …", "Terkait kondisi Mansur, Saemina mengaku …" → Saemina; "Gus Ipul
 * menyebut Prabowo …" → Gus Ipul, not the object Prabowo). `'pronoun'` when the subject is a
 * third-person pronoun ("Dia menambahkan …", "Ia menyebut …"): the topic does not change.
 * `'unnamed'` when the sentence is about someone it does not name ("Seorang petani di Desa Sukanalu
 * mengaku …", "Salah satu pedagang mengatakan …"): a "katanya" after it is that nobody's. Null when
 * the sentence names no subject before its verb.
 */
export function subjectOf(text: string, start: number, end: number, named: readonly Named[], lex: Lexicon, pronouns: ReadonlySet<string>): Entity | 'pronoun' | 'unnamed' | null {
  const subject = namedSubjectOf(text, start, end, named, lex, pronouns);
  if (subject === 'pronoun' || subject?.type === 'PERSON') return subject;
  const opening = opensUnnamed(text, start, end) ? UNNAMED_SUBJECT.exec(text.slice(start, Math.min(end, start + 60))) : null;
  if (!opening || !(opening[1] === undefined || lex.peopleNouns.has(opening[1]) || lex.peopleNouns.has(`${opening[1]} ${opening[2]}`))) return subject;
  // "Salah satu anggota yang dilantik, Pendeta Simon Matuan, merupakan …": the person named between
  // commas after the description is the one the sentence is about.
  for (const n of named) {
    if (n.start < start || n.start >= end) continue;
    if (n.entity.type === 'PERSON' && /,\s*(?:\S+\.?\s+)?$/u.test(text.slice(Math.max(start, n.start - 20), n.start)) && /^\s*(?:\(\d{1,3}\)\s*)?,/u.test(text.slice(n.end, n.end + 8))) return n.entity;
  }
  return 'unnamed';
}

/**
 * A sentence that opens with someone it does not name: "Seorang petani …", "Salah seorang warga …",
 * or "Salah satu", "Sejumlah", "Beberapa", "Para", "Sebagian" before a noun for people ("Salah satu
 * pedagang …", not "Salah satu capaian …").
 */
const UNNAMED_SUBJECT = /^\s*(?:(?:Seorang|Salah\s+seorang)\s+\p{Ll}|(?:Salah\s+satu|Sejumlah|Beberapa|Para|Sebagian)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?)/u;

/**
 * Whether text[start, end) may open as {@link UNNAMED_SUBJECT} does: its first character after
 * whitespace is an "S", "B" or "P" (or past ASCII, for the regex to read).
 */
function opensUnnamed(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isWhitespaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return i < end && (c === 83 || c === 66 || c === 80 || c >= 128);
}

/** Whether a UTF-16 code unit is an ASCII letter or digit: a character that opens a {@link WORD}. */
function isAsciiWordStart(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/**
 * Where the first word of text[at, end) ends, when its letters are ASCII and an ASCII character or
 * `end` closes it (`at` when none starts there); -1 when a letter past ASCII may belong to it.
 */
function asciiWordEnd(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) >= 128 ? -1 : i;
}

/**
 * Whether the ASCII word text[start, end) reports what someone said ({@link reports}), itself or
 * before "-nya" ("Menurutnya", "Katanya"), in any case; the filter first.
 */
function opensReport(words: WordClasses, lex: Lexicon, text: string, start: number, end: number): boolean {
  // (Its letters ASCII: "| 32" lowercases them.)
  const nya = end - start >= 3 && (text.charCodeAt(end - 3) | 32) === 110 && (text.charCodeAt(end - 2) | 32) === 121 && (text.charCodeAt(end - 1) | 32) === 97;
  if (!words.reporting.mayHold(text, start, end) && !(nya && words.reporting.mayHold(text, start, end - 3))) return false;
  const first = text.slice(start, end).toLowerCase();
  return reports(lex, first) || (first.endsWith('nya') && reports(lex, first.slice(0, -3)));
}

/** Whether a lowercase word reports what someone said: "menurut", or a cue not in "-nya". */
function reports(lex: Lexicon, w: string): boolean {
  return lex.accordingTo.has(w) || (lex.cues.has(w) && !w.endsWith('nya'));
}

/** Memo of {@link namedPeople}, per document's mentions. */
const PEOPLE = new WeakMap<readonly Named[], Entity[]>();

/** The people among the mentions, each once, in the order of their first mention. */
function namedPeople(named: readonly Named[]): Entity[] {
  let people = PEOPLE.get(named);
  if (!people) {
    people = [...new Set(named.filter((n) => n.entity.type === 'PERSON').map((n) => n.entity))];
    PEOPLE.set(named, people);
  }
  return people;
}

function namedSubjectOf(text: string, start: number, end: number, named: readonly Named[], lex: Lexicon, pronouns: ReadonlySet<string>): Entity | 'pronoun' | null {
  // (The sentence is read in `text` itself; `span`, its slice, only by the regexes: code units of
  // a slice cost more to read one by one.)
  let span: string | undefined;
  let lead = start;
  while (lead < end && isWhitespaceCode(text.charCodeAt(lead))) lead++;
  // (Both openings below start with a word that reports, or that does before "-nya": an ASCII first
  // word that does not passes them by unread.)
  const words = wordClasses(lex);
  const firstEnd = asciiWordEnd(text, lead, end);
  if (firstEnd < 0 || opensReport(words, lex, text, lead, firstEnd)) {
    span = text.slice(start, end);
    // "Menurutnya, Danone Day ini menjadi …", "Kata dia, PIP ini …": the words of the person the text
    // is about, whoever the sentence's subject; the topic does not change.
    const theirs = /^\s*(\p{L}+?)(?:nya|\s+(\p{L}+))\s*,/u.exec(span);
    if (theirs && reports(lex, theirs[1]!.toLowerCase()) && (theirs[2] === undefined || pronouns.has(theirs[2].toLowerCase()))) return 'pronoun';
    // "Menurut Deputi … BPS, Ateng Hartono, Bank Dunia memperkenalkan …": the person the sentence
    // reports is who it is about, whatever its grammatical subject.
    const according = /^\s*(\p{L}+)\s+(\p{L}+)/u.exec(span);
    if (according && lex.accordingTo.has(according[1]!.toLowerCase())) {
      if (pronouns.has(according[2]!.toLowerCase())) return 'pronoun';
      const clause = /^[^.;!?"“”]*/u.exec(span)![0].length;
      const source = namedStarting(named, start, start + clause - 1, isPerson);
      if (source) return source.entity;
    }
  }
  let verbAt = -1;
  // A negation or an auxiliary before a predicate no prefix shows ("John Tabo tidak hadir …").
  let markerAt = -1;
  let firstWord = true;
  // The words as WORD reads them: by hand while they are ASCII, by the expression from a word (or
  // the gap before it) that holds more. A word is read as text[at, wordEnd): a string is made for
  // it only where one is looked up.
  for (let i = lead; i < end; ) {
    let c = text.charCodeAt(i);
    if (c < 128 && !isAsciiWordStart(c)) {
      i++;
      continue;
    }
    let at = i;
    // Whether the word is in lowercase: only then is it a marker or a verb.
    let lowercase = true;
    let wordEnd = -1;
    if (c < 128) {
      let j = i;
      for (; j < end; j++) {
        c = text.charCodeAt(j);
        if (c >= 65 && c <= 90) lowercase = false;
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45)) break;
      }
      if (j === end || c < 128) wordEnd = j;
    }
    if (wordEnd < 0) {
      // A word that holds more than ASCII, read by WORD in the sentence's slice.
      span ??= text.slice(start, end);
      WORD.lastIndex = i - start;
      const m = WORD.exec(span);
      if (!m) break;
      at = start + m.index;
      wordEnd = at + m[0].length;
      lowercase = m[0] === m[0].toLowerCase();
    }
    i = wordEnd;
    if (firstWord && pronouns.has(lowercase ? text.slice(at, wordEnd) : text.slice(at, wordEnd).toLowerCase())) return 'pronoun';
    firstWord = false;
    if (!lowercase) continue;
    const classes = classesOf(words, text, at, wordEnd);
    if (markerAt < 0 && classes & MARKER) markerAt = at;
    if (verbLike(text, at, wordEnd, classes)) {
      verbAt = at;
      // "Rosan disebut sudah sepakat …", "Adi dinilai melanggar …": what others say of the
      // person; whoever said it is still who the text is about.
      if (REPORTED.has(text.slice(at, wordEnd))) return null;
      break;
    }
  }
  if (verbAt < 0) verbAt = markerAt;
  // "Tan Budi (61), pemilik toko emas yang sudah berjualan …, khawatir …": a sentence that opens with
  // a person's name, then an appositive after a comma, is about that person.
  let opener: Named | undefined;
  for (let i = firstFrom(named, lead); i < named.length && named[i]!.start === lead; i++) {
    const n = named[i]!;
    if (n.entity.type === 'PERSON' && /^\s*(?:\(\d{1,3}\)\s*)?,\s*\p{Ll}/u.test(text.slice(n.end, n.end + 12))) {
      opener = n;
      break;
    }
  }
  if (verbAt < 0) return opener?.entity ?? null;
  const from = firstFrom(named, start);
  let subject: Named | undefined;
  for (let i = from; i < named.length && named[i]!.start < verbAt; i++) subject = named[i];
  // The subject stands right before its verb: at most a few words between ("Gus Ipul juga menyebut").
  const near = subject && wordsUpTo(text, subject.end, verbAt, 4) <= 3 && !governed(text, start, subject.start) && !possessorOfClause(text, start, subject, verbAt) ? subject.entity : null;
  if (near?.type === 'PERSON') return near;
  // "Ivan Ermisyam, Direktur Operasi PT INALUM, menjelaskan …": a person, the appositive between
  // commas (where an organisation stands right before the verb), the verb.
  for (let i = from; i < named.length; i++) {
    const n = named[i]!;
    if (n.start >= verbAt) break;
    if (n.entity.type !== 'PERSON' || governed(text, start, n.start) || possessorOfClause(text, start, n, verbAt)) continue;
    const between = text.slice(n.end, verbAt);
    if (between.length <= 400 && wordsUpTo(text, n.end, verbAt, 21) <= 20 && (APPOSITIVE.test(between) || RELATIVE.test(between))) return n.entity;
  }
  if (opener) return opener.entity;
  if (near) return near;
  // "Petrus menyebut …" where the person was named "Drs. Petrus Lake Nuban" and no mention holds
  // the short form: capitalised words alone before the verb that are part of one person's name.
  const bare = subject ? null : /^\s*((?:\p{Lu}[\p{L}'’-]*\s+){1,2})(?:(?:juga|pun|kembali|lalu|kemudian|pun)\s+)?$/u.exec(text.slice(start, verbAt));
  if (bare) {
    const words = bare[1]!.trim();
    const known = entityNamed(words, namedPeople(named));
    if (known) return known;
  }
  // "… ditekankan oleh Wahyudin Sunarya, VP Marketing …": the agent of a passive verb.
  const agent = text.startsWith('di', verbAt) ? PASSIVE_AGENT.exec(text.slice(verbAt, end)) : null;
  if (agent) {
    const at = verbAt + agent[0].length;
    const n = namedStarting(named, at, at);
    if (n?.entity.type === 'PERSON') return n.entity;
    // "… disampaikan oleh Sekretaris Daerah Provinsi Jawa Tengah, Sumarno, dalam …": the agent's
    // title in capitals, a comma, then the person.
    const titled = namedStarting(named, at + 1, at + 160, (x) => x.end <= end && isPerson(x));
    if (titled && TITLE_THEN_COMMA.test(text.slice(at, titled.start))) return titled.entity;
  }
  return null;
}

/**
 * Words that put the name after them in a phrase of their own, not the subject: prepositions ("kepada
 * Budi", "oleh Menteri Budi") and the nouns of a time or a rule one holds ("masa pemerintahan
 * Presiden Budi", "era kepemimpinan Budi").
 */
const GOVERNORS = new Set([
  // (Not "dari", "untuk", "pada": they stand inside titles, "Duta Besar Palestina untuk Indonesia
  // Budi", "peneliti pada Pusat Riset …".)
  'dengan', 'kepada', 'terhadap', 'tentang', 'soal', 'oleh', 'sejak', 'seperti',
  'pemerintahan', 'kepemimpinan', 'kepengurusan', 'kabinet', 'rezim', 'era', 'masa', 'zaman', 'periode', 'jabatan',
]);

/**
 * Whether the name at `at` stands in such a phrase: the lowercase word before it, past the title,
 * rank and number words of the name's run ("pemerintahan Presiden ke-7 Budi" → "pemerintahan"), is
 * one of them.
 */
export function governed(text: string, start: number, at: number): boolean {
  // The words of the 80 characters before the name, read back from the name in `text` itself (not
  // split into an array per candidate name): a word is a run between white space, the first one
  // cut where the 80 characters start.
  const from = Math.max(start, at - 80);
  let end = at;
  for (;;) {
    while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    if (end === from) return false;
    let wordStart = end - 1;
    while (wordStart > from && !isWhitespaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
    const closesClause = isClauseMark(text.charCodeAt(end - 1));
    if (!opensNameRun(text, wordStart, end)) return !closesClause && GOVERNORS.has(text.slice(wordStart, end).toLowerCase());
    // "… dari Universitas Pattimura, Jacobus …": a comma before the name makes it an appositive.
    if (closesClause) return false;
    end = wordStart;
  }
}

/** ",", ";" or ":", which end a word of the name's run as an appositive or a label. */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58;
}

/**
 * Whether text[start, end) is a word of a name's run (`/^(?:\p{Lu}|ke-\d|\d|\()/u`): it opens with a
 * capital, a digit or "(", or is a rank ("ke-7").
 */
function opensNameRun(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 40) return true;
  if (c === 107) {
    const d = end - start >= 4 ? text.charCodeAt(start + 3) : 0;
    return text.charCodeAt(start + 1) === 101 && text.charCodeAt(start + 2) === 45 && d >= 48 && d <= 57;
  }
  return c >= 128 && UPPER_START.test(text.slice(start, end));
}

const UPPER_START = /^\p{Lu}/u;

/** Nouns of what a leader issues or holds out, before the leader's name ("arahan Presiden Budi", "program Gubernur Budi"). */
const DIRECTIVES = new Set(['arahan', 'instruksi', 'perintah', 'amanat', 'kebijakan', 'program', 'visi', 'misi', 'janji', 'pesan', 'permintaan', 'keputusan', 'gagasan', 'inisiatif', 'komitmen', 'imbauan', 'target', 'rencana']);

/**
 * Whether the name before the verb owns a directive and the verb is its relative clause's: "sesuai
 * arahan Presiden Budi yang mendorong …", "program Gubernur Budi yang menyasar …" (a noun of
 * {@link DIRECTIVES} before the name's title, "yang" after the name); the name is then no subject.
 */
function possessorOfClause(text: string, start: number, subject: Named, verbAt: number): boolean {
  if (!/^\s*yang\s/u.test(text.slice(subject.end, verbAt))) return false;
  const before = text.slice(Math.max(start, subject.start - 80), subject.start).split(/\s+/u).filter(Boolean);
  while (before.length > 0 && /^(?:\p{Lu}|ke-\d|\d)/u.test(before.at(-1)!)) before.pop();
  const word = before.at(-1);
  return word !== undefined && DIRECTIVES.has(word);
}

/**
 * An appositive between a subject and its verb: ", Direktur Operasi PT INALUM, ", " (67), warga RT
 * 12, ", up to three lowercase words after it (", wisatawan asal Pekanbaru, tampak sibuk "); no
 * sentence end inside.
 */
const APPOSITIVE = /^\s*(?:\(\d{1,3}\)\s*)?,[^.!?;"“”]*,\s*(?:\p{Ll}+\s+){0,3}$/u;
/** A relative clause of a few lowercase words between a subject and its verb (", yang turut hadir juga "). */
const RELATIVE = /^\s*(?:\(\d{1,3}\)\s*)?,?\s*yang\s+(?:\p{Ll}+\s+){0,5}$/u;
/** A title in capitalised words (with "dan", "dari", "untuk" inside), then a comma: "Sekretaris Daerah Provinsi Jawa Tengah, ". */
const TITLE_THEN_COMMA = /^\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\d.'’&-]*|\(\p{Lu}+\)|dan|dari|untuk|pada|di))*\s*,\s*$/u;
/** A passive verb and "oleh" before its agent ("ditekankan oleh "), or the agent right after it or after one word ("Hal itu dirasakan Siti Khoiriyah", "disambut gembira Yuliana Dhiu"). */
const PASSIVE_AGENT = /^di\p{Ll}+\s+(?:oleh\s+|\p{Ll}+\s+)?/u;

/**
 * The person a title stands for when the text names someone by it ("ujar Menag" → the person whose
 * role is Menteri Agama, "kata Kapolres" → the person with the role Kapolres): one role's title is
 * the word itself or is shortened to it word by word.
 */
export function holderOf(word: string, entities: readonly Entity[], abbreviates: (short: string, long: string) => boolean): Entity | undefined {
  const lower = word.toLowerCase();
  const holders = entities.filter(
    (e) => e.type === 'PERSON' && (e.roles ?? []).some((r) => r.title.toLowerCase() === lower || abbreviates(word, r.title)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The entity one of whose mentions is the given words ("Gian" of "Gian Wiatma Jonimandala"). */
export function entityNamed(words: string, entities: readonly Entity[]): Entity | undefined {
  const hits = entities.filter(
    (e) => e.type === 'PERSON' && (e.text === words || e.mentions.some((m) => m.text === words) || e.text.split(/\s+/).includes(words)),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

export type { Doc };
