import type { Doc, Token } from '../../doc/doc.js';
import type { Keyword } from '../../schema/summary.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { perLexicon } from '../../lexicon/derive.js';
import { WordTable } from '../../lexicon/word-table.js';
import type { Lexicon } from '../../lexicon/index.js';
import { mapPacked } from '../../doc/arrays.js';

/** Options of {@link rankKeywords}. */
export interface KeywordOptions {
  limit: number;
  /** A word whose stem is a stopword is never a keyword. */
  stopwords: Pick<ReadonlySet<string>, 'has'>;
  /** The words that are never keywords, one lookup per token: {@link neverKeywords}. */
  skipped: Pick<ReadonlySet<string>, 'has'>;
}

const LETTERS = /^[\p{L}][\p{L}'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The words that are never keywords: the stopwords, and the number, scale, percent and time words
 * that carry no topic ("juta", "persen", "tahun": the amounts are entities already), which are the
 * first sections of numbers.txt and calendar.txt [time-units] (their "-more" sections are ranked).
 * The rupiah's names stand for the currency words ("rp" is too short to be a keyword anyway).
 */
export const neverKeywords = perLexicon((lex: Lexicon): ReadonlySet<string> => {
  const n = lex.numbers;
  const rupiah = [...n.currencyNames].filter(([, code]) => code === 'IDR').map(([name]) => name);
  return new Set([
    ...lex.stopwords,
    ...n.digits.keys(), ...n.multipliers.keys(), ...n.seNumbers.keys(), ...n.scales.keys(), ...n.seScales.keys(), ...n.vague.keys(),
    ...n.percent, ...rupiah, ...lex.calendar.timeUnits.keys(),
  ]);
});

/**
 * {@link neverKeywords} and the stopwords as {@link WordTable}s, what the stage looks every token up
 * in: a Set's memory is out of the cache by the time the next article gets here, a table's mostly
 * is not.
 */
export const keywordTables = perLexicon((lex: Lexicon): Pick<KeywordOptions, 'stopwords' | 'skipped'> => ({
  stopwords: new WordTable(lex.stopwords),
  skipped: new WordTable(neverKeywords(lex)),
}));

/** Whether a word opens with a capital ({@link CAPITALISED}), by its first code unit while ASCII. */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(text);
}

/** What {@link letterWord} makes of a token text. */
const enum Letters {
  /** Not a word of letters. */
  None,
  /** ASCII lowercase letters (and ' or -): its own lowercase form. */
  Lower,
  /** Any other word of letters. */
  Other,
}

/**
 * Whether the text is a word of letters ({@link LETTERS}) and whether it is its own lowercase form,
 * answered without the Unicode regex for ASCII words (most of them).
 */
function letterWord(text: string): Letters {
  if (text.length === 0) return Letters.None;
  let lower = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTERS.test(text) ? Letters.Other : Letters.None;
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) {
      lower = false;
      continue;
    }
    // An ASCII non-letter fails the regex too, except an apostrophe or a hyphen after the first letter.
    if (i === 0 || (c !== 39 && c !== 45)) return Letters.None;
  }
  return lower ? Letters.Lower : Letters.Other;
}

/**
 * What a stem collects: body count, score, and its surface forms with their counts (most stems have
 * one form: the others wait in a map, made when a second form turns up). Every weight is a multiple
 * of one half, so the score is kept in halves: a small integer, where a fractional number field cost
 * a heap number per stem.
 */
class StemStat {
  count = 0;
  halves = 0;
  firstCount = 1;
  others: Map<string, number> | undefined;

  constructor(
    readonly stem: string,
    readonly firstForm: string,
  ) {}

  add(form: string): void {
    if (form === this.firstForm) this.firstCount++;
    else {
      this.others ??= new Map();
      this.others.set(form, (this.others.get(form) ?? 0) + 1);
    }
  }

  /** The most frequent form (ties: the first in locale order, then the first seen). */
  topForm(): string {
    let best = this.firstForm;
    let bestCount = this.firstCount;
    for (const [form, n] of this.others ?? []) {
      if (n > bestCount || (n === bestCount && form.localeCompare(best) < 0)) {
        best = form;
        bestCount = n;
      }
    }
    return best;
  }
}

/**
 * Keywords ranked by stem: frequency, a boost for words of the title and the lead, and a boost for
 * names (capitalised inside a sentence); each reported as its most frequent surface form.
 */
export function rankKeywords(doc: Pick<Doc, 'tokens' | 'sections' | 'paragraphs'>, options: KeywordOptions): Keyword[] {
  const titleEnd = titleEndOf(doc);
  const relatedStart = relatedStartOf(doc);
  const leadEnd = doc.paragraphs.find((p) => p.start >= titleEnd)?.end ?? 0;
  const stats = new Map<string, StemStat>();
  const skipped = options.skipped;
  let prev: Token | undefined;
  for (const t of doc.tokens) {
    if (t.start >= relatedStart) break;
    const sentenceStart = !prev || prev.sentence !== t.sentence;
    prev = t;
    if (t.kind !== 'word' || t.text.length < 3) continue;
    const letters = letterWord(t.text);
    if (letters === Letters.None) continue;
    const lower = letters === Letters.Lower ? t.text : t.text.toLowerCase();
    if (skipped.has(lower)) continue;
    const stem = t.stem ?? lower;
    if (stem.length < 3 || (stem !== lower && options.stopwords.has(stem))) continue;
    // A capital inside a sentence marks a name: kept as written, and weighed a little more.
    const name = !sentenceStart && letters !== Letters.Lower && capitalised(t.text);
    const form = name ? t.text : lower;
    let s = stats.get(stem);
    if (s) s.add(form);
    else {
      s = new StemStat(stem, form);
      stats.set(stem, s);
    }
    const inTitle = t.start < titleEnd;
    // A title word counts for the headline, not as a body occurrence. (Weights 3, 1.5, 1 and 0.5, in halves.)
    if (!inTitle) s.count++;
    s.halves += inTitle ? 6 : t.start < leadEnd ? 3 : 2;
    if (name && !inTitle) s.halves += 1;
  }
  const ranked: StemStat[] = [];
  for (const s of stats.values()) if (s.count > 0) ranked.push(s);
  // Only stems scoring at least the limit-th best score can make the list: the others are not sorted.
  const floor = kthLargest(ranked, options.limit);
  const top = ranked
    .filter((s) => s.halves >= floor)
    .sort((a, b) => b.halves - a.halves || b.count - a.count || a.stem.localeCompare(b.stem))
    .slice(0, options.limit);
  return mapPacked(top, (s) => ({ text: s.topForm(), stem: s.stem, count: s.count, score: s.halves / 2 }));
}

/** The k-th best score in halves (duplicates counted), or -Infinity when there are not k of them. */
function kthLargest(stats: readonly StemStat[], k: number): number {
  if (k <= 0) return -Infinity;
  // The k best so far, best first.
  const top: number[] = [];
  for (const s of stats) {
    const v = s.halves;
    if (top.length === k) {
      if (v <= top[k - 1]!) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && top[at - 1]! < v) at--;
    top.splice(at, 0, v);
  }
  return top.length === k ? top[k - 1]! : -Infinity;
}
