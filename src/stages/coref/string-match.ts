import { isWordBoundary } from '../../doc/chars.js';
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
  for (const g of groups) if (g.type === 'PERSON') personWords.set(g, g.text.split(/\s+/));
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
    // Longest first (stable: the name, then its aliases, then the surname).
    if (forms.length > 1) forms.sort((a, b) => b.length - a.length);
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

/** How many of the names hold the word. */
function holdersOf(names: ReadonlyMap<EntityGroup, readonly string[]>, word: string): number {
  let n = 0;
  for (const words of names.values()) if (words.includes(word)) n++;
  return n;
}

