import type { RoleCandidate } from '../../doc/candidate.js';
import { isWhitespaceCode } from '../../doc/chars.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Entity } from '../../schema/entity.js';
import { titleOpeners, withoutTrailingDot } from '../../lexicon/derive.js';
import { lastToken } from './last-token.js';

/** Lowercase words inside an organisation's name in a title ("Center of Reform on Economics", "Dinas Koperasi dan UKM", "Ketua RT di Kelurahan Sengeti"). */
const INNER_WORDS = new Set(['dan', 'of', 'for', 'on', 'and', 'the', 'de', '&', 'di', 'untuk', 'pada', 'tahun', 'periode']);

/** The characters a line of running text ends with (a heading's line ends with none of them). */
const LINE_CLOSERS = new Set(['.', '!', '?', ';', ':', '"', '”', ')']);

/** A lowercase word that reads as a verb (me-, di-, ber-, ter-, per-): no part of a title ("Kapolres menyebut pelaku Budi"). */
const VERB_LIKE = /^(?:me|di|ber|ter|per)\p{Ll}{3,}$/u;
/**
 * Capitalised words that may stand right before a title, no part of it: a sentence's opening word
 * ("Menurut Dirjen …", "Sementara Kepala …") and "mantan", "eks" ("Mantan Direktur SIL UI, …").
 */
const OPENERS = new Set(['mantan', 'eks', 'sementara', 'adapun', 'sedangkan', 'kata', 'ujar', 'bagi', 'oleh', 'kepada', 'bersama', 'namun', 'tetapi', 'selain', 'hadir', 'turut']);
/** Words that open a lowercase phrase of where someone is from, after a title and its organisation ("dari daerah pemilihan …"). */
const FROM_WORDS = new Set(['dari', 'asal']);
/** Lowercase words that are no part of a title after it. */
const NOT_IN_TITLE = new Set(['yang', 'bahwa', 'akan', 'telah', 'sudah', 'juga', 'tidak', 'belum', 'masih', 'pun', 'lalu', 'kemudian', 'bersama', 'serta', 'atau', 'saat', 'ketika', 'oleh', 'kepada', 'dengan', 'dari', 'ke', 'si', 'sang', 'para']);

/** The mentions of the person entities, entity by entity. */
function personMentions(entities: readonly Entity[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const e of entities) if (e.type === 'PERSON') for (const m of e.mentions) out.push({ start: m.start, end: m.end });
  return out;
}

/**
 * Whether a span [start, end) overlaps one of `spans`, as `spans.some((p) => p.start < end && start <
 * p.end)` answers, by a binary search: the spans sorted by start, each with the furthest end of those
 * up to it; one overlaps when the furthest end of those that start before `end` is past `start`.
 * (titlesBefore asks this of every token it reads back from a name, of every person's mention.)
 */
export function overlapFinder(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = new Int32Array(sorted.length);
  const maxEnds = new Int32Array(sorted.length);
  let furthest = 0;
  sorted.forEach((p, i) => {
    starts[i] = p.start;
    furthest = Math.max(furthest, p.end);
    maxEnds[i] = furthest;
  });
  return (start, end) => {
    // The number of spans that start before `end`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnds[lo - 1]! > start;
  };
}

/** Whether text[from, to) ends in "nya," and whitespace, as a title in -nya before a name does ("Ketuanya, Budi"). */
function endsWithNyaComma(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i - 4 >= from && text.charCodeAt(i - 1) === 44 && text.startsWith('nya', i - 4);
}

interface Tok {
  start: number;
  end: number;
  text: string;
  kind: 'bracket' | 'comma' | 'word' | 'inner' | 'lower';
}

/**
 * Roles written as a title right before a name that the name recognisers left without one
 * ("Kepala Bidang Pemasaran Dinas Koperasi dan UKM DIY Arif Nugroho Setyawan", "Peneliti Center for
 * Indonesian Policy Studies (CIPS) Aditya Bagus Pratama", "Ketua RT 05 RW 02 Simokerto, Muhammad
 * Bagir"): back from the mention over capitalised words, numbers, bracketed short forms and the
 * lowercase words inside a name, within its sentence and up to another person, to a title of the
 * lexicon that opens the run. The title is the run up to its first bracket; a title that describes
 * what someone is ("Peneliti", "Ekonom") counts only with the organisation it is of. Only in the
 * body's sentences: not in the title, the related stories or a heading.
 */
export function titlesBefore(
  text: string,
  entities: readonly Entity[],
  sentenceStartOf: (at: number) => number,
  taken: readonly RoleCandidate[],
  lex: Lexicon,
  body: { start: number; end: number },
): RoleCandidate[] {
  const persons = personMentions(entities);
  const nearPerson = overlapFinder(persons);
  // (Asked of single words, which hold no space: the titles' first words.)
  const firstWords = titleOpeners(lex);
  const out: RoleCandidate[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.start < body.start || m.end > body.end || taken.some((r) => r.personStart < m.end && m.start < r.personEnd)) continue;
      // A heading's words are capitalised ("Mensos Saifullah Yusuf Tinjau Evakuasi"): words after the
      // name on a line that ends in no punctuation are no sentence to read a title in (a list's line
      // that ends with the name is one).
      const lineEnd = text.indexOf('\n', m.end);
      const rest = text.slice(m.end, lineEnd < 0 ? text.length : lineEnd).trimEnd();
      if (rest !== '' && !LINE_CLOSERS.has(rest[rest.length - 1]!)) continue;
      // "Juru bicaranya, Baiq …", "Ketuanya, Budi …": a title in -nya (of the body named before), a
      // comma, the name.
      const ownFrom = Math.max(sentenceStartOf(m.start), m.start - 40);
      const own = endsWithNyaComma(text, ownFrom, m.start) ? /(?:^|[\s(])((?:\p{L}+\s+)?\p{L}+?)nya,\s*$/u.exec(text.slice(ownFrom, m.start)) : null;
      if (own) {
        const title = own[1]!.toLowerCase();
        if (lex.titles.has(title) && !lex.callings.has(title) && !lex.descriptions.has(title)) {
          const end = m.start - own[0].length + own[0].indexOf(own[1]!) + own[1]!.length;
          out.push({ personStart: m.start, personEnd: m.end, title: own[1]!, org: null, start: end - own[1]!.length, end });
          continue;
        }
      }
      const from = Math.max(sentenceStartOf(m.start), m.start - 250);
      const toks: Tok[] = [];
      let at = m.start;
      let lowercase = 0;
      while (at > from && toks.length < 30) {
        const x = lastToken(text, from, at);
        if (!x) break;
        const { start, end } = x;
        const word = text.slice(start, end);
        const kind: Tok['kind'] = x.kind === 'abbreviation' ? 'word' : x.kind === 'lower' && INNER_WORDS.has(word) ? 'inner' : x.kind;
        if (kind === 'lower' && ++lowercase > 5) break;
        // A word that ends a sentence ("Sidoarjo. Direktur …") or another person stops the run.
        if (kind === 'word' && word.endsWith('.') && !lex.ranks.has(word.slice(0, -1)) && !lex.namePrefixes.has(word.slice(0, -1)) && !lex.honorifics.has(word.slice(0, -1)) && (word.length > 4 || /^\p{Lu}{2,}\.$/u.test(word))) break;
        if (nearPerson(start, end)) break;
        toks.push({ start, end, text: word, kind });
        at = start;
      }
      // (Read back from the name, pushed: in text order from here on.)
      toks.reverse();
      // Ranks, honorifics and a comma between the title and the name are no part of the title.
      while (toks.length > 0) {
        const last = toks[toks.length - 1]!;
        const bare = withoutTrailingDot(last.text);
        if (last.kind === 'comma' || ((last.kind === 'word' || last.kind === 'lower') && (lex.ranks.has(bare) || lex.namePrefixes.has(bare) || lex.honorifics.has(bare) || /^\p{Ll}{1,3}\.$/u.test(last.text)))) toks.pop();
        else break;
      }
      // The title opens a run of capitalised words (no capitalised word right before it); after it,
      // lowercase words only right after the title ("Ketua tim relawan", "Pemimpin junta") and no
      // verb among them, or "dan", "of" … inside an organisation's name.
      let p = -1;
      let n = 0;
      const lower: (string | undefined)[] = [];
      const lowered = (i: number) => (lower[i] ??= toks[i]!.text.toLowerCase());
      for (let q = 0; q < toks.length && p < 0; q++) {
        // A title may open lowercase after a verb ("disampaikan komisioner Pemantauan … Komnas HAM, Saurlin").
        const lowerOpen = toks[q]!.kind === 'lower' && (q === 0 || toks[q - 1]!.kind === 'lower' || toks[q - 1]!.kind === 'comma');
        if (!(toks[q]!.kind === 'word' && /^\p{Lu}/u.test(toks[q]!.text)) && !lowerOpen) continue;
        if (q > 0 && toks[q - 1]!.kind === 'word' && /^[\p{Lu}\d]/u.test(toks[q - 1]!.text) && !OPENERS.has(toks[q - 1]!.text.toLowerCase()) && !lex.accordingTo.has(toks[q - 1]!.text.toLowerCase())) continue;
        let k = 0;
        // The longest title of up to three words there (words, or lowercase ones after a verb).
        let words = 0;
        while (words < 3 && q + words < toks.length && (toks[q + words]!.kind === 'word' || (lowerOpen && toks[q + words]!.kind === 'lower'))) words++;
        // (No title opens with a word that opens none: the longer keys are not made for it.)
        for (let w = firstWords.has(lowered(q)) ? words : 0; w >= 1 && k === 0; w--) {
          let key = lowered(q);
          for (let i = 1; i < w; i++) key += ` ${lowered(q + i)}`;
          if (lex.titles.has(key)) k = w;
        }
        // "Petugas P2BK Cisolok, Dadi": an official's noun, capitalised, then the body's name.
        if (k === 0 && toks[q]!.kind === 'word' && lex.officerNouns.has(toks[q]!.text)) k = 1;
        if (k === 0) continue;
        let after = q + k;
        const head = toks.slice(q, q + k).map((t) => t.text).join(' ').toLowerCase();
        if (lex.leadingTitles.has(head)) while (after < toks.length && after < q + k + 3 && toks[after]!.kind === 'lower' && !VERB_LIKE.test(toks[after]!.text) && !NOT_IN_TITLE.has(toks[after]!.text)) after++;
        // "Anggota DPRD Kabupaten Bogor dari daerah pemilihan barat, Rina …": the title and its
        // organisation, then a lowercase phrase of where from, and a comma before the name.
        const from = toks.findIndex((t, i) => i > after && t.kind === 'lower' && FROM_WORDS.has(t.text));
        if (from > 0 && toks.slice(after, from).every((t) => t.kind === 'word' || t.kind === 'inner') && toks.slice(from).every((t) => t.kind === 'lower' || t.kind === 'comma') && text.slice(toks.at(-1)!.end, m.start).includes(',')) toks.splice(from);
        if (toks.slice(after).some((t) => t.kind === 'lower')) continue;
        // A lowercase title alone is a profession or a generic word ("kata pengacara Budi"); with
        // its organisation it is a position.
        if (lowerOpen && !toks.slice(after).some((t) => t.kind === 'word')) continue;
        p = q;
        n = k;
      }
      if (p < 0) continue;
      toks.splice(0, p);
      const title = toks.slice(0, n).map((t) => t.text).join(' ').toLowerCase();
      if (n === 1 && lex.callings.has(title)) continue;
      let end = toks.findIndex((t) => t.kind === 'bracket' || t.kind === 'comma');
      if (end < 0) end = toks.length;
      while (end > n && toks[end - 1]!.kind !== 'word' && toks[end - 1]!.kind !== 'lower') end--;
      if (end === n && (lex.descriptions.has(title) || lex.officerNouns.has(toks[0]!.text))) continue;
      const a = toks[0]!;
      const b = toks[end - 1]!;
      out.push({ personStart: m.start, personEnd: m.end, title: text.slice(a.start, b.end), org: null, start: a.start, end: b.end });
    }
  }
  return out;
}

/** After a name: "selaku", "sebagai", "yang (juga) menjabat (sebagai)", then the title ("Betty selaku anggota KPU"). */
const HOLDING = /^\s*,?\s*(?:yang\s+(?:juga\s+|kini\s+|saat\s+ini\s+)?menjabat\s+(?:sebagai\s+)?|(masing-masing\s+)?(?:selaku|sebagai)\s+)/u;
/** After a name, a comma and a description of who the person is: "seorang", "salah satu", "mantan" ("Anselmus, mantan Ketua Kelompok Tani …", "Budi, seorang peneliti senior di BRIN"). */
const DESCRIBED_AS = /^\s*(?:\(\d{1,3}\)\s*)?,\s*(?:seorang|salah\s+(?:satu|seorang)|mantan|eks)\s+(?:(?:mantan|eks)\s+)?/u;
/**
 * What stands between the names of a list ("Idham Holik. Teradu III Yulianto Sudrajat", "A, B dan
 * C"): commas, "dan", "serta", or a sentence end and a numbered label.
 */
const LIST_GAP = /^[\s,.;]*(?:(?:dan|serta)\s+)?(?:\p{Lu}\p{Ll}+\s+(?:[IVX]+|\d+)\s+)?$/u;
/** The same, before the last name of the list, which may be one no entity holds ("Teradu V August Mellaz"). */
const LIST_GAP_OR_NAME = /^[\s,.;]*(?:(?:dan|serta)\s+)?(?:\p{Lu}\p{Ll}+\s+(?:[IVX]+|\d+)\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+|$)){0,3}$/u;
const NEXT_WORD = /^\s*(\(|[\p{Lu}\d][\p{L}\d'’&/.-]*|\p{Ll}+)/u;

/**
 * Roles written after a name with "selaku", "sebagai" or "yang juga menjabat sebagai" ("Betty
 * Epsilon Idroos selaku anggota Komisi Pemilihan Umum", "Andre Rosiade yang juga menjabat sebagai
 * Ketua Umum Ikatan Keluarga Minang (IKM)"): a title of the lexicon in either case, then the
 * capitalised words (and "dan", "of" …) of its organisation, up to a bracket. A title that
 * describes what someone is counts only with its organisation; callings are no positions. Only for
 * a mention the name rules gave no title.
 */
export function titlesAfter(text: string, entities: readonly Entity[], taken: readonly RoleCandidate[], lex: Lexicon, body: { start: number; end: number }): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const persons = personMentions(entities).sort((x, y) => x.start - y.start);
  /** The title held after `from` ("selaku anggota KPU"), with whether it is each one's of a list. */
  const titleAfter = (from: number) => {
    const window = text.slice(from, Math.min(body.end, from + 200));
    const held = HOLDING.exec(window) ?? DESCRIBED_AS.exec(window);
    if (!held) return null;
    const words: { start: number; end: number; text: string }[] = [];
    let at = held[0].length;
    for (let w = NEXT_WORD.exec(window.slice(at)); w && words.length < 14; w = NEXT_WORD.exec(window.slice(at))) {
      const word = w[1]!;
      if (word === '(') break;
      const start = at + w.index + w[0].length - word.length;
      const lower = /^\p{Ll}/u.test(word);
      // The title's own words may be lowercase ("anggota"); after it only an organisation's words.
      if (lower && words.length > 0 && !INNER_WORDS.has(word) && !lex.titles.has(`${words.map((x) => x.text).join(' ')} ${word}`.toLowerCase())) break;
      words.push({ start, end: start + word.replace(/[.,]$/u, '').length, text: word.replace(/[.,]$/u, '') });
      at = start + word.length;
      if (/[.,]$/u.test(word)) break;
    }
    while (words.length > 0 && INNER_WORDS.has(words[words.length - 1]!.text)) words.pop();
    let n = 0;
    for (let k = Math.min(3, words.length); k >= 1 && n === 0; k--) if (lex.titles.has(words.slice(0, k).map((x) => x.text).join(' ').toLowerCase())) n = k;
    if (n === 0) return null;
    const title = words.slice(0, n).map((x) => x.text).join(' ').toLowerCase();
    if (n === 1 && lex.callings.has(title)) return null;
    if (words.length === n && lex.descriptions.has(title)) return null;
    // "TH (42), mantan direktur utama, dan …": a description after a comma names a position when it
    // is written as one (capitalised) or says of which body.
    if (held[0].includes(',') && !HOLDING.test(window) && words.length === n && /^\p{Ll}/u.test(words[0]!.text)) return null;
    const start = from + words[0]!.start;
    const end = from + words[words.length - 1]!.end;
    // "masing-masing sebagai Ketua dan Sekretaris": a title each, in order; none is read.
    if (held[1] !== undefined && words.some((w) => w.text === 'dan')) return null;
    return { title: text.slice(start, end), start, end, each: held[1] !== undefined };
  };
  const add = (p: { start: number; end: number }, t: { title: string; start: number; end: number }) => {
    if (!taken.some((r) => r.personStart < p.end && p.start < r.personEnd)) out.push({ personStart: p.start, personEnd: p.end, title: t.title, org: null, start: t.start, end: t.end });
  };
  /**
   * "Teradu II Idham Holik. Teradu III Yulianto Sudrajat, masing-masing selaku anggota KPU": the one
   * title is each listed name's, back from `end` while only list gaps (and a name no entity holds)
   * stand between them.
   */
  const each = (end: number, t: { title: string; start: number; end: number }) => {
    let gap = LIST_GAP_OR_NAME;
    for (let k = persons.length - 1; k >= 0; k--) {
      const p = persons[k]!;
      if (p.end > end || p.start < body.start) continue;
      if (!gap.test(text.slice(p.end, end))) break;
      add(p, t);
      end = p.start;
      gap = LIST_GAP;
    }
  };
  for (const p of persons) {
    if (p.start < body.start || p.end > body.end) continue;
    const t = titleAfter(p.end);
    if (!t) continue;
    add(p, t);
    if (t.each) each(p.start, t);
  }
  // (Looked for only in a text that has the words at all.)
  const eachHeld = text.includes('masing-masing', body.start) ? text.slice(body.start, body.end).matchAll(/,\s*masing-masing\s+(?:selaku|sebagai)\s/gu) : [];
  for (const x of eachHeld) {
    const at = body.start + x.index;
    if (persons.some((p) => p.end === at)) continue;
    const t = titleAfter(at);
    if (t?.each) each(at, t);
  }

  return out;
}
