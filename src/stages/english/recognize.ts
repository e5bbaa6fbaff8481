import type { EntityType } from '../../schema/entity.js';
import type { CompromiseMatch, Nlp } from './compromise.js';

/** One mention found by compromise, in `doc.text` offsets, before mentions are grouped. */
export interface EnglishCandidate {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Rule id: "compromise/people", "compromise/money", ... */
  source: string;
  value?: number;
  currency?: string;
}

const LEADING = /^[\s"'“‘(\[]+/u;
// "Jakarta." "Durov's" "Corp.," -> "Jakarta", "Durov", "Corp."; an abbreviation keeps its dot.
const TRAILING = /(?:['’]s)?[\s"'”’)\],;:!?]*$/u;
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// "$99 million": compromise stops before the scale word.
const SCALE_AFTER = /^\s+(thousand|million|billion|trillion)\b/i;
// "12 percent", "12 per cent": compromise may leave out the unit.
const PERCENT_AFTER = /^\s*(?:%|per ?cent\b)/i;
const CURRENCY: Readonly<Record<string, string>> = { dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY', rupiah: 'IDR', ringgit: 'MYR' };

/** Trims punctuation and a possessive off a span; a final "." stays on known abbreviations. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  const lead = LEADING.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const tail = TRAILING.exec(text.slice(start, end));
  if (tail && tail[0].length > 0) end -= tail[0].length;
  // "Jakarta." loses its full stop; "Corp." and "Inc." keep theirs.
  if (text[end - 1] === '.' && !/\b(?:Corp|Inc|Ltd|Co|Bhd|Tbk|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$/.test(text.slice(start, end))) end--;
  return [start, end];
}

const VIEWS: readonly [keyof ReturnType<Nlp>, EntityType][] = [
  ['people', 'PERSON'],
  ['organizations', 'ORG'],
  ['places', 'LOC'],
  ['money', 'MONEY'],
  ['percentages', 'PERCENT'],
];

/**
 * Finds people, organisations, places, amounts of money and percentages in `text.slice(from, to)`
 * with compromise; offsets are into `text`, and every candidate's `text` is exactly its slice.
 */
export function recognizeEnglish(nlp: Nlp, text: string, from: number, to: number): EnglishCandidate[] {
  const chunk = text.slice(from, to);
  const doc = nlp(chunk);
  const out: EnglishCandidate[] = [];
  for (const [view, type] of VIEWS) {
    for (const m of doc[view]().json({ offset: true }) as CompromiseMatch[]) {
      let s0 = m.offset.start;
      let e0 = s0 + m.offset.length;
      // Offsets should match the text; when they do not (odd whitespace), find the text nearby.
      if (chunk.slice(s0, e0) !== m.text) {
        const at = chunk.indexOf(m.text, Math.max(0, s0 - 20));
        if (at < 0) continue;
        s0 = at;
        e0 = at + m.text.length;
      }
      let [start, end] = trimSpan(chunk, s0, e0);
      if (end <= start) continue;
      const candidate: EnglishCandidate = { type, start: from + start, end: from + end, text: '', source: `compromise/${view}` };
      if (type === 'MONEY') {
        let value = m.money?.num;
        const scale = SCALE_AFTER.exec(chunk.slice(end));
        if (scale) {
          end += scale[0].length;
          if (value !== undefined) value *= SCALE[scale[1]!.toLowerCase()]!;
        }
        candidate.end = from + end;
        if (value !== undefined) candidate.value = value;
        const currency = m.money?.currency ? CURRENCY[m.money.currency] : undefined;
        if (currency) candidate.currency = currency;
      } else if (type === 'PERCENT') {
        const unit = PERCENT_AFTER.exec(chunk.slice(end));
        if (unit && !chunk.slice(start, end).endsWith('%')) end += unit[0].length;
        candidate.end = from + end;
        if (m.number?.num !== undefined) candidate.value = m.number.num;
      }
      candidate.text = text.slice(candidate.start, candidate.end);
      out.push(candidate);
    }
  }
  return out;
}
