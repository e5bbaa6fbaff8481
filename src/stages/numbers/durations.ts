import type { TimeUnit } from '../../lexicon/calendar.js';
import { TIME_UNIT_LENGTHS, TIME_UNITS } from './calendar.js';
import { year4 } from './date-parts.js';
import { decAdd, decSplit, decTimes, decToPlain, ZERO, type Dec } from './decimal.js';
import { readCore } from './amount-core.js';
import { matchPhrase, phraseTable } from './phrases.js';
import type { ScanContext } from './match.js';
import type { ScanToken } from './tokens.js';

/** A unit of time after an amount: what it measures, how many of that it is ("dekade": 10 years), as written. */
export interface TimeUnitMatch {
  unit: TimeUnit;
  /** How many `unit`s one of it is: 1, or 10 for "dekade", 8 for "windu", 100 for "abad". */
  length: number;
  /** The word as written, lower-cased ("tahun", "thn", "pekan"). */
  word: string;
  end: number;
}

/** One part of a duration: "30 menit" of "1 jam 30 menit". */
export interface DurationPart {
  amount: Dec;
  unit: TimeUnit;
  length: number;
}

/**
 * Words after an amount of time that make it a moment in the past, so no duration: "3 tahun lalu",
 * "dua puluh tahun silam" (the date rules read what they can of these).
 */
const AGO = phraseTable<true>([
  ['lalu', true], ['silam', true], ['yang lalu', true], ['yang silam', true], ['lepas', true], ['yang lepas', true],
]);

/**
 * A unit of time at token `i`, after an amount ("75 tahun", "24 jam", "2 pekan", "dua dekade"), or
 * null: lower case, or capitalised in a headline ("Divonis 15 Tahun"); a capitalised "Minggu" is
 * Sunday unless the line is title case. Not before "lalu"/"silam" ("3 tahun lalu" is a date), nor
 * "tahun" before a year ("Nomor 12 Tahun 2023").
 */
export function matchTimeUnit(ts: readonly ScanToken[], i: number, titleCase: boolean): TimeUnitMatch | null {
  const u = timeUnitAt(ts, i, titleCase);
  return u === null || matchPhrase(AGO, ts, u.end) !== null ? null : u;
}

/** A unit of time at token `i` whatever follows it ({@link matchTimeUnit} without "lalu"). */
function timeUnitAt(ts: readonly ScanToken[], i: number, titleCase: boolean): TimeUnitMatch | null {
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || t.gap === 0 || t.gap > 2) return null;
  const unit = TIME_UNITS.get(t.lower);
  if (unit === undefined) return null;
  const first = t.text.charAt(0);
  if (first !== first.toLowerCase() && t.lower === 'minggu' && !titleCase) return null;
  if (unit === 'year' && year4(ts[i + 1], true) !== null) return null;
  return { unit, length: TIME_UNIT_LENGTHS.get(t.lower) ?? 1, word: t.lower, end: i + 1 };
}

/**
 * Units that convert exactly into the next smaller one, and by how much: years into months, weeks
 * into days, days into hours, hours into minutes, minutes into seconds. Months do not convert into
 * weeks or days, so "1 bulan 2 minggu" is two durations.
 */
const SMALLER: Readonly<Partial<Record<TimeUnit, readonly [TimeUnit, number]>>> = {
  year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};

/** How many `small` one `big` is, when it converts exactly ("hour" → "second": 3600), else null. */
function factor(big: TimeUnit, small: TimeUnit): number | null {
  let f = 1;
  for (let u: TimeUnit = big; u !== small;) {
    const next = SMALLER[u];
    if (next === undefined) return null;
    f *= next[1];
    u = next[0];
  }
  return f;
}

/** A duration of several parts: "1 jam 30 menit", "2 tahun 6 bulan"; its parts and the token after it. */
export interface Compound {
  parts: DurationPart[];
  /** The whole in its smallest unit (90 for "1 jam 30 menit"). */
  total: Dec;
  /** The smallest unit as written ("menit"). */
  word: string;
  end: number;
}

/**
 * More parts after a first duration ("1 jam" + "30 menit"), each a plain amount and a smaller unit
 * that the first converts into exactly; null when none follows, "ago" when "lalu" follows them
 * ("1 jam 30 menit lalu" is a moment, not a duration). Each part is smaller than the one before, so
 * at most six are read.
 */
export function readCompound(ctx: ScanContext, first: DurationPart, firstWord: string, i: number): Compound | 'ago' | null {
  const parts: DurationPart[] = [first];
  let word = firstWord;
  let end = i;
  for (;;) {
    const n = ctx.ts[end];
    if (n === undefined || n.gap === 0 || n.gap > 2 || (n.kind !== 'num' && n.kind !== 'word')) break;
    const core = readCore(ctx, end, null);
    if (core === null || core.dec === null || core.vague || core.scaleExp >= 0 || core.dec.m < 0n) break;
    const u = timeUnitAt(ctx.ts, core.end, false);
    const last = parts[parts.length - 1]!;
    if (u === null || factor(last.unit, u.unit) === null || last.unit === u.unit) break;
    parts.push({ amount: core.dec, unit: u.unit, length: u.length });
    word = u.word;
    end = u.end;
  }
  if (parts.length === 1) return null;
  // "1 jam 30 menit lalu" is a moment in the past: the date and time rules read it.
  if (matchPhrase(AGO, ctx.ts, end) !== null) return 'ago';
  const smallest = parts[parts.length - 1]!.unit;
  let total = ZERO;
  for (const p of parts) total = decAdd(total, decTimes(p.amount, p.length * (factor(p.unit, smallest) ?? 1)));
  return { parts, total, word, end };
}

const ORDER: readonly TimeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const DESIGNATOR: Readonly<Record<TimeUnit, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S' };

/**
 * The ISO 8601 duration of some parts: "P75Y", "PT24H", "P2W", "PT1H30M". A fraction goes down to
 * the next smaller unit where it converts exactly ("1,5 jam" is "PT1H30M", "2,5 tahun" "P2Y6M"),
 * else stays a decimal ("P1.5M"); weeks written with other units become days ("P9D"). Null for a
 * negative amount.
 */
export function isoDuration(parts: readonly DurationPart[]): string | null {
  const amounts = new Map<TimeUnit, Dec>();
  for (const p of parts) {
    if (p.amount.m < 0n) return null;
    amounts.set(p.unit, decAdd(amounts.get(p.unit) ?? ZERO, decTimes(p.amount, p.length)));
  }
  const written = new Set(amounts.keys());
  for (const u of ORDER) {
    const a = amounts.get(u);
    const next = SMALLER[u];
    if (a === undefined || next === undefined) continue;
    const [int, frac] = decSplit(a);
    if (frac.m === 0n) continue;
    amounts.set(u, int);
    amounts.set(next[0], decAdd(amounts.get(next[0]) ?? ZERO, decTimes(frac, next[1])));
  }
  // ISO 8601 writes weeks alone ("P2W"); with other units they count as days.
  const weeks = amounts.get('week');
  if (weeks !== undefined && [...amounts].some(([u, a]) => u !== 'week' && a.m !== 0n)) {
    amounts.delete('week');
    amounts.set('day', decAdd(amounts.get('day') ?? ZERO, decTimes(weeks, 7)));
  }
  // Zero parts are left out, unless all are zero ("0 menit" is "PT0M").
  const allZero = [...amounts.values()].every((a) => a.m === 0n);
  let date = '';
  let time = '';
  for (const u of ORDER) {
    const a = amounts.get(u);
    if (a === undefined || (a.m === 0n && !(allZero && written.has(u)))) continue;
    const part = `${decToPlain(a)}${DESIGNATOR[u]}`;
    if (u === 'hour' || u === 'minute' || u === 'second') time += part;
    else date += part;
  }
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/** The ISO 8601 duration of an amount of one unit ("75" "tahun" → "P75Y"), or null. */
export function isoOf(amount: Dec | null, unit: TimeUnit, length: number): string | null {
  return amount === null ? null : isoDuration([{ amount, unit, length }]);
}
