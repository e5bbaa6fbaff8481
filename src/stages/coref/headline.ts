import { changeCandidate, type Candidate } from '../../doc/candidate.js';
import { isLetter, isLetterOrDigit, isWhitespaceCode, isWordBoundary } from '../../doc/chars.js';
import type { Lexicon } from '../../lexicon/index.js';

/** A word of a candidate, with its offsets in the text. */
interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function wordsOf(c: Candidate): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(c.text); m; m = WORD.exec(c.text)) out.push({ start: c.start + m.index, end: c.start + m.index + m[0].length, text: m[0] });
  return out;
}

/** Whether `text` holds `form` as whole words, capitalised as given, between `from` and `to`. */
function occursIn(text: string, form: string, from: number, to: number): boolean {
  for (let at = text.indexOf(form, from); at >= 0 && at + form.length <= to; at = text.indexOf(form, at + 1)) {
    if (isWordBoundary(text, at, at + form.length)) return true;
  }
  return false;
}

/**
 * A one-word name the tagger read with confidence in a headline that no word list knows as a word
 * ("Prabowo", "Kaesang"): title case cannot have made it, so it needs no confirmation by the body.
 */
function lexiconFreeName(c: Candidate, lex: Lexicon): boolean {
  if (!c.source.startsWith('model') || (c.score ?? 0) < CONFIDENT || !/^\p{Lu}\p{Ll}{3,}$/u.test(c.text)) return false;
  const lower = c.text.toLowerCase();
  return !lex.commonWords.has(lower) && !lex.newsWords.has(lower) && !lex.englishWords.has(lower) && !lex.stopwords.has(lower);
}

const CONFIDENT = 3.5;

/** A given name of the lexicon and one or two capitalised words that are no common words: a person's name. */
function givenAndSurname(form: string, lex: Lexicon): boolean {
  const words = form.split(' ');
  const first = words[0]!.toLowerCase();
  if (words.length < 2 || words.length > 3 || !(lex.givenNames.has(first) || lex.personWords.has(first))) return false;
  // Title case capitalises verbs ("Prabowo Sindir"): the other words must be known name words.
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && (lex.personWords.has(w.toLowerCase()) || lex.givenNames.has(w.toLowerCase())) && !lex.newsWords.has(w.toLowerCase()) && !lex.places.has(w));
}

/** Whether the word before `at` (over spaces and opening marks) ends a sentence, a line or a dateline, or nothing is before it. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && opening(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  // A dash opens a dateline's sentence only with a space after it ("Jambi - Antrean …", not "Asia-Pasifik").
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || (i < at - 1 && (c === 0x2013 || c === 0x2014 || c === 45));
}

/** Whether a character code is a space, a tab or an opening mark ({@link opensSentence} reads over them): ` \t“"'‘(`. */
function opening(c: number): boolean {
  return c === 32 || c === 9 || c === 0x201c || c === 34 || c === 39 || c === 0x2018 || c === 40;
}

/** Whether `text` holds `lower` as whole words outside addresses ("www.instagram.com" writes every name small). */
export function writtenSmall(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    // (A letter or digit, or "_", "/", "@", "-" on either side, a "." before, or a "." and a letter after.)
    if (at > 0 && (isLetterOrDigit(text[at - 1]!) || ADDRESS_MARKS.includes(text[at - 1]!))) continue;
    if (end < text.length && (isLetterOrDigit(text[end]!) || (text[end] !== '.' && ADDRESS_MARKS.includes(text[end]!)))) continue;
    if (text[end] === '.' && end + 1 < text.length && isLetter(text[end + 1]!)) continue;
    return true;
  }
  return false;
}

/** The marks that join an address's words ("www.instagram.com", "@akun", "user_name", "a/b", "a-b"). */
const ADDRESS_MARKS = '._/@-';

/**
 * Common words capitalised by where they stand, not because they name something: a form written
 * with capitals only in headlines and at the openings of sentences, which the text also writes in
 * small letters ("Harga Batu Bara Turun" and "harga batu bara"; "Rempela, sayuran hijau …" and
 * "menjual rempela").
 */
function capitalisedByPosition(form: string, text: string, body: BodyRange): boolean {
  if (!titleCased(form)) return false;
  // (The form as written is looked for first: most names stand in the middle of a sentence of the
  // body, which answers at once, and a search for a capital passes over fewer false starts than
  // one for the small letters of writtenSmall.)
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (at < body.start || at >= body.end) continue;
    if (!isWordBoundary(text, at, at + form.length)) continue;
    if (!opensSentence(text, at)) return false;
  }
  return writtenSmall(text, form.toLowerCase());
}

/**
 * Whether a form opens with a capital and a small letter and has no other capital than the first
 * letters of its later words before a small letter ("Harga Batu Bara", not "Bank BRI"): read by
 * character codes in ASCII, by the regexes otherwise.
 */
function titleCased(form: string): boolean {
  const n = form.length;
  for (let i = 0; i < n; i++) if (form.charCodeAt(i) >= 128) return /^\p{Lu}\p{Ll}/u.test(form) && !/\p{Lu}/u.test(form.slice(1).replace(/(?<=\s)\p{Lu}(?=\p{Ll})/gu, ''));
  if (n < 2 || !isUpperAscii(form.charCodeAt(0)) || !isLowerAscii(form.charCodeAt(1))) return false;
  for (let i = 2; i < n; i++) {
    if (!isUpperAscii(form.charCodeAt(i))) continue;
    // (A capital after whitespace and before a small letter opens a word: the regex's lookbehind reads from the second character on.)
    if (!(i >= 2 && isWhitespaceCode(form.charCodeAt(i - 1)) && i + 1 < n && isLowerAscii(form.charCodeAt(i + 1)))) return false;
  }
  return true;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Where the body is: candidates outside it are headline candidates. */
export interface BodyRange {
  start: number;
  end: number;
}

/**
 * Names read in headlines (the title and the titles of promoted stories), confirmed by the body.
 * Headlines capitalise every word, so a recogniser there runs names into verbs and nouns ("Prabowo
 * Sindir Menteri", "Trump Puji Prabowo"): a headline candidate is kept as it is when the body has a
 * candidate of the same text, writes the same words, or the lexicon knows it; otherwise it shrinks
 * to its longest run of words that the body names (a body candidate's text, one word of a body
 * person's name, or a capitalised word the body writes that is no common word), typed as there, or
 * it is dropped. An organisation marker before a known place ("Pemkot Bogor") is kept. The body's forms, not the headline's, then make the canonical names.
 */
export function confirmHeadlines(all: readonly Candidate[], text: string, body: BodyRange, lex: Lexicon): Candidate[] {
  const isHeadline = (c: Candidate) => c.start < body.start || c.start >= body.end;
  const byPosition = new Map<string, boolean>();
  const candidates = all.filter((c) => {
    let common = byPosition.get(c.text);
    if (common === undefined) {
      common = capitalisedByPosition(c.text, text, body);
      byPosition.set(c.text, common);
    }
    return !common;
  });
  const bodyTypes = new Map<string, Candidate['type']>();
  for (const c of candidates) {
    if (isHeadline(c)) continue;
    bodyTypes.set(c.text, c.type);
    if (c.type !== 'PERSON') continue;
    // A lone part of a body person's name ("Prabowo" of "Prabowo Subianto") names the person.
    for (const w of wordsOf(c)) if (w.text.length >= 3 && !bodyTypes.has(w.text)) bodyTypes.set(w.text, 'PERSON');
  }
  const named = (form: string, type: Candidate['type']): Candidate['type'] | undefined => {
    const known = bodyTypes.get(form);
    if (known) return known;
    // A place or an organisation the lexicon knows ("Jawa Barat" in "Angka Kemiskinan Jawa Barat Tinggi").
    if (lex.places.has(form) && !lex.commonWords.has(form.toLowerCase())) return 'LOC';
    if (lex.orgs.has(form)) return 'ORG';
    // A given name and one or two more name words ("Dedi Mulyadi" in "Mendagri Ingatkan Dedi Mulyadi").
    if (givenAndSurname(form, lex)) return 'PERSON';
    // A capitalised word (or words) the body writes, which no recogniser took there ("Prabowo" in
    // "program Prabowo"): the headline's type, unless a common word ("Menteri", "Naik").
    if (!/^\p{Lu}/u.test(form) || (!form.includes(' ') && lex.commonWords.has(form.toLowerCase()))) return undefined;
    return occursIn(text, form, body.start, body.end) ? type : undefined;
  };
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!isHeadline(c) || bodyTypes.get(c.text) === c.type || c.source === 'org/marker-place' || lexiconFreeName(c, lex) || lex.orgs.has(c.text) || lex.places.has(c.text) || lex.aliases.has(c.text)) {
      out.push(c);
      continue;
    }
    const words = wordsOf(c);
    let best: Candidate | null = null;
    let bestLength = 0;
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i && j - i > bestLength; j--) {
        const form = c.text.slice(words[i]!.start - c.start, words[j - 1]!.end - c.start);
        const type = named(form, c.type);
        if (!type) continue;
        best = j - i === words.length ? changeCandidate(c, { type }) : changeCandidate(c, { type, start: words[i]!.start, end: words[j - 1]!.end, text: form, source: `${c.source}/headline` });
        bestLength = j - i;
      }
    }
    if (best) out.push(best);
  }
  return out;
}
