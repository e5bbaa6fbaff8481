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

/** A number compromise gave, when it is one (it gives NaN, null or nothing for what it cannot read). */
function finite(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const VIEWS: readonly [keyof ReturnType<Nlp>, EntityType][] = [
  ['people', 'PERSON'],
  ['organizations', 'ORG'],
  ['places', 'LOC'],
  ['money', 'MONEY'],
  ['percentages', 'PERCENT'],
];

/** A value compromise could not read (it gives NaN for "1.000.000USD"), or one beyond 2^53: left out. */
export interface EnglishValueProblem {
  kind: 'unread' | 'out-of-range';
  start: number;
  end: number;
}

// "1.000.000", "1,000,000.50", "2.5": the number in a money span.
const DIGITS = /\d(?:[\d.,]*\d)?/;

/**
 * The number in a money span when compromise could not read it: "1.000.000USD" → 1000000. Repeated
 * "." or "," group thousands ("1.000.000", "1,000,000"); with both, the last is the decimal mark
 * ("1.000,50"); one alone follows English use ("1,000" → 1000, "2.5" → 2.5). Undefined otherwise.
 */
export function readAmount(span: string): number | undefined {
  const digits = DIGITS.exec(span)?.[0];
  if (digits === undefined) return undefined;
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  let plain: string;
  if (dots > 0 && commas > 0) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, extra] = digits.split(decimal);
    if (extra !== undefined || fraction === undefined || fraction.includes(group) || !grouped(whole!, group)) return undefined;
    plain = `${whole!.split(group).join('')}.${fraction}`;
  } else if (dots > 1 || commas > 1) {
    const group = dots > 1 ? '.' : ',';
    if (!grouped(digits, group)) return undefined;
    plain = digits.split(group).join('');
  } else {
    plain = digits.replace(',', '');
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** "1.000.000" is grouped by "."; "1.00.0" is not. */
function grouped(digits: string, group: string): boolean {
  const parts = digits.split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * Finds people, organisations, places, amounts of money and percentages in `text.slice(from, to)`
 * with compromise; offsets are into `text`, and every candidate's `text` is exactly its slice.
 * A value that cannot be read is left out (and told to `onProblem`), never written as NaN.
 */
export function recognizeEnglish(
  nlp: Nlp,
  text: string,
  from: number,
  to: number,
  onProblem?: (problem: EnglishValueProblem) => void,
): EnglishCandidate[] {
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
      let value: number | undefined;
      if (type === 'MONEY') {
        value = finite(m.money?.num) ?? readAmount(chunk.slice(start, end));
        const scale = SCALE_AFTER.exec(chunk.slice(end));
        if (scale) {
          end += scale[0].length;
          if (value !== undefined) value *= SCALE[scale[1]!.toLowerCase()]!;
        }
        candidate.end = from + end;
        const currency = m.money?.currency ? CURRENCY[m.money.currency] : undefined;
        if (currency) candidate.currency = currency;
      } else if (type === 'PERCENT') {
        const unit = PERCENT_AFTER.exec(chunk.slice(end));
        if (unit && !chunk.slice(start, end).endsWith('%')) end += unit[0].length;
        candidate.end = from + end;
        value = finite(m.number?.num) ?? readAmount(chunk.slice(start, end));
      }
      if (type === 'MONEY' || type === 'PERCENT') {
        if (value === undefined || !Number.isFinite(value)) onProblem?.({ kind: 'unread', start: candidate.start, end: candidate.end });
        // As in the numbers stage: a value beyond 2^53 is left out rather than rounded.
        else if (Math.abs(value) > Number.MAX_SAFE_INTEGER) onProblem?.({ kind: 'out-of-range', start: candidate.start, end: candidate.end });
        else candidate.value = value;
      }
      candidate.text = text.slice(candidate.start, candidate.end);
      out.push(candidate);
    }
  }
  return out;
}
