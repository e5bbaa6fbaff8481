import { isWhitespaceCode, isWordBoundary } from '../../doc/chars.js';
import { overlaps } from '../../doc/span.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Mention } from '../../schema/entity.js';
import { sortMentions, type EntityGroup } from './entity-group.js';

export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // (A loop, no closure: asked for every occurrence of every name, most of them its own mentions.)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (overlaps(start, end, s.start, s.end)) return true;
  }
  return false;
}

/**
 * A month's or day's name ("Juli" of "Juli Astuti"): its other occurrences are mostly the month
 * ("inflasi Juli"), so only the recognisers' readings link it.
 */
function calendarWord(form: string, lex: Lexicon): boolean {
  const lower = form.toLowerCase();
  const cal = lex.calendar;
  return cal.months.has(lower) || cal.moreMonths.has(lower) || cal.days.has(lower) || cal.dayVariants.has(lower);
}

/**
 * Adds the mentions the recognisers missed: every other occurrence of a person's full name or
 * surname and of an organisation's name, including in the title ("Durov" at a sentence start).
 */
export function addStringMatches(groups: EntityGroup[], text: string, lex: Lexicon, blocked: { start: number; end: number }[]): void {
  const taken = [...blocked];
  for (const g of groups) taken.push(...g.mentions);
  const personWords = new Map<EntityGroup, string[]>();
  for (const g of groups) if (g.type === 'PERSON') personWords.set(g, wordsOf(g.text));
  for (const g of groups) {
    if (g.type !== 'PERSON' && g.type !== 'ORG') continue;
    const forms = [g.text];
    for (const a of g.aliases) if (!forms.includes(a)) forms.push(a);
    const words = personWords.get(g);
    if (words) {
      const last = words[words.length - 1];
      // The surname links only when no other person shares it and it is not a common word.
      if (
        words.length > 1 &&
        last &&
        last.length >= 3 &&
        !forms.includes(last) &&
        !lex.commonWords.has(last.toLowerCase()) &&
        holdersOf(personWords, last) === 1
      ) {
        forms.push(last);
      }
    }
    longestFirst(forms);
    for (const form of forms) {
      if (form.length < 2 || calendarWord(form, lex)) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!isWordBoundary(text, at, end) || overlapsAny(taken, at, end)) continue;
        const m: Mention = { start: at, end, text: form, source: 'coref/string-match' };
        g.mentions.push(m);
        taken.push(m);
      }
    }
    sortMentions(g.mentions);
  }
}

/** A name's words, as a split at every run of whitespace makes them (a split at single spaces when those are all its whitespace, as in most names). */
function wordsOf(name: string): string[] {
  const n = name.length;
  if (n === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(n - 1) === 32) return name.split(/\s+/);
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 ? name.charCodeAt(i + 1) === 32 : isWhitespaceCode(c)) return name.split(/\s+/);
  }
  return name.split(' ');
}

/**
 * Orders forms longest first, in place, keeping the order of forms of one length (the name, then its
 * aliases, then the surname): an insertion sort, as the few forms of a name need (the array's sort
 * copies them).
 */
function longestFirst(forms: string[]): void {
  for (let i = 1; i < forms.length; i++) {
    const form = forms[i]!;
    let j = i - 1;
    for (; j >= 0 && forms[j]!.length < form.length; j--) forms[j + 1] = forms[j]!;
    forms[j + 1] = form;
  }
}

/** How many of the names hold the word. */
function holdersOf(names: ReadonlyMap<EntityGroup, readonly string[]>, word: string): number {
  let n = 0;
  for (const words of names.values()) if (words.includes(word)) n++;
  return n;
}

