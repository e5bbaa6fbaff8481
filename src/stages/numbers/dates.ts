import { isCalendarDay } from '../../doc/calendar-day.js';
import { DAY_NAMES, MONTH_NAMES, MONTH_NEEDS_CAPITAL, TIME_UNITS, YEAR_CUES, isoDate, isoMonth } from './calendar.js';
import { dayAt, dayMonthDraft, isCapitalised, monthAt, nearestYear, plainInt, year4, type DatePart } from './date-parts.js';
import { agoDate, dayNameRelative, monthRelative, relativeWords, RELATIVE_STARTERS } from './relative-dates.js';
import { readClock } from './times.js';
import { UNIT_WORDS } from './number-words.js';
import { spanText, type ItemDraft, type RuleMatch, type ScanContext, type YearlessDay } from './match.js';
import type { ScanToken } from './tokens.js';

/** "21/10/2025", "21-10-2025", "21.10.2025", "2025-10-21", "(21/10)" (the last only after a day name). */
function numericDate(ctx: ScanContext, i: number, afterDayName: boolean): DatePart | null {
  const { ts } = ctx;
  let j = i;
  const open = ts[j]?.text === '(';
  if (open) j += 1;
  const a = ts[j];
  if (a === undefined || a.kind !== 'num') return null;
  let d: number | null = null;
  let m: number | null = null;
  let y: number | null = null;
  let end = j + 1;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(a.text);
  if (dotted !== null) {
    d = Number(dotted[1]);
    m = Number(dotted[2]);
    y = Number(dotted[3]);
  } else {
    const s1 = ts[j + 1];
    const b = ts[j + 2];
    if (s1 === undefined || b === undefined || s1.gap !== 0 || b.gap !== 0 || (s1.text !== '/' && s1.text !== '-')) return null;
    const s2 = ts[j + 3];
    const c = ts[j + 4];
    const hasThird = s2 !== undefined && c !== undefined && s2.text === s1.text && s2.gap === 0 && c.gap === 0 && c.kind === 'num';
    if (/^\d{4}$/.test(a.text) && s1.text === '-' && hasThird) {
      // ISO "2025-10-21"
      y = Number(a.text);
      m = plainInt(b, 2);
      d = plainInt(c, 2);
      end = j + 5;
    } else {
      d = plainInt(a, 2);
      m = plainInt(b, 2);
      end = j + 3;
      if (hasThird && /^\d{2}$|^\d{4}$/.test(c.text)) {
        y = c.text.length === 2 ? 2000 + Number(c.text) : Number(c.text);
        end = j + 5;
      } else if (s1.text === '-' || !(open || afterDayName)) {
        // "10-12" is a range and "1/2" a fraction unless a day name or brackets make it a date.
        return null;
      }
    }
  }
  if (d === null || m === null) return null;
  if (open) {
    if (ts[end]?.text !== ')') return null;
    end += 1;
  }
  const source = 'date/dmy-numeric';
  if (y === null) {
    if (!isCalendarDay(2000, m, d)) return null;
    const text = spanText(ctx, i, end);
    const r = dayMonthDraft(ctx, d, m, source, text);
    return withYearless({ end, draft: r.draft, unresolved: !r.ok, day: true }, { d, m });
  }
  if (!isCalendarDay(y, m, d)) return null;
  return { end, draft: { kind: 'date', date: isoDate({ y, m, d }), source }, unresolved: false, day: true };
}

/** The part, with its day and month when it is left unresolved. */
function withYearless(part: DatePart, yearless: YearlessDay): DatePart {
  return part.unresolved ? { ...part, yearless } : part;
}

/** "21 Oktober 2025", "21-23 Oktober 2025", "06 Sep 2015", "21 Oktober". */
function textualDate(ctx: ScanContext, i: number): DatePart | null {
  const { ts } = ctx;
  const d = plainInt(ts[i], 2);
  if (d === null || d < 1 || d > 31) return null;
  let j = i + 1;
  let d2: number | null = null;
  const dash = ts[j];
  if (dash !== undefined && (dash.text === '-' || dash.text === '–')) {
    d2 = plainInt(ts[j + 1], 2);
    if (d2 === null || d2 <= d) return null;
    j += 2;
  }
  const m = monthAt(ts, j, true);
  if (m === null) return null;
  j += 1;
  const y = year4(ts[j], true);
  if (y !== null && (ts[j]?.gap ?? 0) > 0) j += 1;
  const source = d2 === null ? 'date/day-month-name' : 'date/day-range-month-name';
  if (y === null) {
    if (!isCalendarDay(2000, m, d) || (d2 !== null && !isCalendarDay(2000, m, d2))) return null;
    const text = spanText(ctx, i, j);
    if (d2 === null) {
      const r = dayMonthDraft(ctx, d, m, source, text);
      return withYearless({ end: j, draft: r.draft, unresolved: !r.ok, day: true }, { d, m });
    }
    // The start day's nearest year, unless the end day does not exist in it ("28-29 Februari" in a
    // common year): then the nearest year that has the end day, as for "29 Februari" alone.
    let yy: number | null = null;
    if (ctx.today !== null) {
      yy = nearestYear(m, d, ctx.today);
      if (yy === null || !isCalendarDay(yy, m, d2)) yy = nearestYear(m, d2, ctx.today);
    }
    if (yy === null) return { end: j, draft: { kind: 'date', relative: text, source }, unresolved: true, day: false, yearless: { d, m, d2 } };
    return { end: j, draft: { kind: 'date', date: `${isoDate({ y: yy, m, d })}/${isoDate({ y: yy, m, d: d2 })}`, source }, unresolved: false, day: false };
  }
  if (!isCalendarDay(y, m, d) || (d2 !== null && !isCalendarDay(y, m, d2))) return null;
  const date = d2 === null ? isoDate({ y, m, d }) : `${isoDate({ y, m, d })}/${isoDate({ y, m, d: d2 })}`;
  return { end: j, draft: { kind: 'date', date, source }, unresolved: false, day: d2 === null };
}

/** "September 2022", "Okt 2025" → "2022-09". */
function monthYear(ctx: ScanContext, i: number): DatePart | null {
  const t = ctx.ts[i];
  if (t === undefined || t.kind !== 'word') return null;
  const m = MONTH_NAMES.get(t.lower);
  if (m === undefined || (MONTH_NEEDS_CAPITAL.has(t.lower) && !isCapitalised(t))) return null;
  const y = year4(ctx.ts[i + 1], true);
  if (y === null || (ctx.ts[i + 1]?.gap ?? 0) === 0) return null;
  return { end: i + 2, draft: { kind: 'date', date: isoMonth(y, m), source: 'date/month-year' }, unresolved: false, day: false };
}

/** "tahun 2027", "sejak 2019", "2020-2024". */
function yearDate(ctx: ScanContext, i: number): DatePart | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined) return null;
  // "tahun 2027": the word is part of the date.
  if (t.kind === 'word' && (t.lower === 'tahun' || t.lower === 'thn')) {
    const y = year4(ts[i + 1], true);
    if (y === null || (ts[i + 1]?.gap ?? 0) === 0) return null;
    const range = yearRangeAfter(ts, i + 1, y);
    if (range !== null) return { end: range.end, draft: { kind: 'date', date: range.date, source: 'date/year-range' }, unresolved: false, day: false };
    if (ts[i + 2] !== undefined && ts[i + 2]?.gap === 0 && ts[i + 2]?.kind !== 'sym') return null;
    return { end: i + 2, draft: { kind: 'date', date: String(y), source: 'date/tahun-year' }, unresolved: false, day: false };
  }
  const y = year4(t);
  if (y === null) return null;
  const prev = ts[i - 1];
  if (prev !== undefined && t.gap === 0 && prev.kind === 'word') return null;
  const range = yearRangeAfter(ts, i, y);
  if (range !== null) return { end: range.end, draft: { kind: 'date', date: range.date, source: 'date/year-range' }, unresolved: false, day: false };
  if (prev === undefined || !(YEAR_CUES.has(prev.lower) || afterPeriodName(ts, i))) return null;
  const next = ts[i + 1];
  if (next !== undefined && next.gap === 0 && next.kind !== 'sym') return null;
  return { end: i + 1, draft: { kind: 'date', date: String(y), source: 'date/cued-year' }, unresolved: false, day: false };
}

/** Quarters and halves named before a year ("kuartal III 2027", "semester kedua 2025"). */
const PERIOD_NAMES = new Set(['kuartal', 'triwulan', 'semester', 'caturwulan', 'kuarter', 'q1', 'q2', 'q3', 'q4']);

function afterPeriodName(ts: readonly ScanToken[], i: number): boolean {
  const prev = ts[i - 1];
  const before = ts[i - 2];
  if (prev === undefined) return false;
  if (PERIOD_NAMES.has(prev.lower)) return true;
  const numbered = /^(?:I|II|III|IV)$/.test(prev.text) || /^\d$/.test(prev.text) || /^(?:pertama|kedua|ketiga|keempat)$/.test(prev.lower);
  return numbered && before !== undefined && PERIOD_NAMES.has(before.lower);
}

/** "2020-2024", "2020 hingga 2024" after a year at token `i`. */
function yearRangeAfter(ts: readonly ScanToken[], i: number, y: number): { end: number; date: string } | null {
  const c = ts[i + 1];
  if (c === undefined) return null;
  const word = c.lower === 'hingga' || c.lower === 'sampai';
  if (!(c.text === '-' || c.text === '–' || word)) return null;
  if (!word && c.gap !== 0) return null;
  const y2 = year4(ts[i + 2]);
  if (y2 === null || y2 <= y || y2 - y > 100) return null;
  return { end: i + 3, date: `${y}/${y2}` };
}

/** Lower-case words that can start a date besides digits, day and month names ("kemarin", "tahun"). */
export const DATE_STARTERS: ReadonlySet<string> = new Set([...RELATIVE_STARTERS, ...TIME_UNITS.keys(), ...MONTH_NAMES.keys()]);

/**
 * Every lower-case word at which {@link matchDate} may match: a day name ("Senin (20/10)"), a month
 * name ("September 2022", "Oktober lalu"), "tahun"/"thn" ("tahun 2027"), a relative-day word
 * ("kemarin"), a time unit ("pekan lalu"), a se- unit or a number word ("seminggu lalu", "dua hari
 * lalu"). At any other word ("di", "dari", "lebih") it returns null, and the scanner skips it there.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...DAY_NAMES.keys(), ...MONTH_NAMES.keys(), 'tahun', 'thn', ...RELATIVE_STARTERS, ...TIME_UNITS.keys(), ...UNIT_WORDS.keys(),
]);

/** Attaches a following clock time ("07 Feb 2015 20:15", "Senin (20/10) pukul 14.00 WIB"). */
function withTime(ctx: ScanContext, part: DatePart): DatePart {
  if (!part.day) return part;
  let j = part.end;
  if (ctx.ts[j]?.text === ',') j += 1;
  const clock = readClock(ctx.ts, j, true);
  if (clock === null) return part;
  const draft: ItemDraft = { ...part.draft, time: clock.time };
  if (clock.timezone !== undefined) draft.timezone = clock.timezone;
  return { ...part, end: clock.end, draft };
}

/** Dates: absolute, day-named, month-year, years, relative, each with an optional clock time. */
export function matchDate(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const parts: (DatePart | null)[] = [];
  const day = dayAt(ts, i);
  const t = ts[i];
  if (day !== null) {
    // "Selasa (21/10/2025)", "Minggu, 18 Mar 2018 07:30", "Jumat tanggal 27 Februari 2009"
    const sep = ts[i + 1]?.lower;
    const j = sep === ',' || sep === 'tanggal' || sep === 'tgl' ? i + 2 : i + 1;
    const dated = numericDate(ctx, j, true) ?? textualDate(ctx, j);
    if (dated !== null && dated.draft.relative !== undefined) dated.draft.relative = spanText(ctx, i, dated.end);
    if (dated?.yearless !== undefined) dated.yearless = { ...dated.yearless, weekday: day };
    parts.push(dated ?? dayNameRelative(ctx, i));
  } else if (t?.kind === 'num') {
    parts.push(numericDate(ctx, i, false), textualDate(ctx, i), yearDate(ctx, i), agoDate(ctx, i));
  } else if (t?.kind === 'word') {
    parts.push(monthYear(ctx, i), monthRelative(ctx, i), yearDate(ctx, i), relativeWords(ctx, i), agoDate(ctx, i));
  } else if (t?.text === '(') {
    parts.push(numericDate(ctx, i, false));
  }
  let best: DatePart | null = null;
  for (const p of parts) if (p !== null && (best === null || p.end > best.end)) best = p;
  if (best === null) return null;
  const part = withTime(ctx, best);
  const issues = part.unresolved
    ? [{ code: 'date-unresolved' as const, message: `relative date kept unresolved: ${ctx.noDate}` }]
    : [];
  const match: RuleMatch = { start: i, end: part.end, draft: part.draft, issues };
  if (part.yearless !== undefined) match.yearless = part.yearless;
  return match;
}
