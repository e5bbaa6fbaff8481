import { addDays, addMonths, isoDate, isoMonth, isoWeek, MONTH_NAMES, TIME_UNIT_LENGTHS, TIME_UNITS, weekday, type Ymd } from './calendar.js';
import { decToNumber } from './decimal.js';
import { dayAt, isCapitalised, plainInt, type DatePart } from './date-parts.js';
import { MULTIPLIERS, readNumberWords, UNIT_WORDS } from './number-words.js';
import { matchPhrase, phraseTable } from './phrases.js';
import { spanText, type ItemDraft, type ScanContext } from './match.js';

/** Words after which a month name alone is a date ("pada Oktober", "sejak Maret"). */
const MONTH_CUES = new Set(['pada', 'sejak', 'hingga', 'sampai', 'awal', 'akhir', 'pertengahan', 'medio', 'bulan', 'jelang', 'menjelang', 'selama', 'sepanjang']);

/** "Oktober lalu", "pada Maret", "Desember mendatang": a month without a year. */
export function monthRelative(ctx: ScanContext, i: number): DatePart | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || !isCapitalised(t)) return null;
  const m = MONTH_NAMES.get(t.lower);
  if (m === undefined || t.lower.length < 4 && t.lower !== 'mei') return null;
  const shift = matchPhrase(SHIFTS, ts, i + 1);
  const prev = ts[i - 1];
  if (shift === null && (prev === undefined || !MONTH_CUES.has(prev.lower))) return null;
  if (shift !== null && (ts[i + 1]?.lower === 'kemarin' || ts[i + 1]?.lower === 'besok')) return null;
  const end = shift?.end ?? i + 1;
  const draft: ItemDraft = { kind: 'date', relative: spanText(ctx, i, end), source: 'date/month-relative' };
  if (ctx.today !== null) {
    // "Oktober lalu" is the latest October up to this month; "Desember mendatang" the next one;
    // a bare "pada Maret" is read in the publication year.
    const { y: ty, m: tm } = ctx.today;
    const y = shift?.value === 'past' ? (m <= tm ? ty : ty - 1) : shift?.value === 'future' ? (m >= tm ? ty : ty + 1) : ty;
    draft.date = isoMonth(y, m);
  }
  return { end, draft, unresolved: ctx.today === null, day: false };
}

type Shift = 'past' | 'future' | 'this';

/** Words after a day name or period that say which one ("Senin lalu", "pekan depan"). */
const SHIFTS = phraseTable<Shift>([
  ['lalu', 'past'], ['kemarin', 'past'], ['silam', 'past'], ['yang lalu', 'past'], ['lepas', 'past'], ['yang lepas', 'past'],
  ['depan', 'future'], ['mendatang', 'future'], ['besok', 'future'], ['ini', 'this'],
]);

/** Fixed relative-day words and their offset in days ("kemarin" −1). */
const RELATIVE_DAYS = phraseTable<number>([
  ['kemarin lusa', -2], ['kemarin', -1], ['kemarin dulu', -2], ['lusa', 2], ['besok', 1], ['esok', 1],
  ['besok lusa', 2], ['hari ini', 0], ['tadi malam', -1], ['semalam', -1],
]);

/** Words joining two day names into a span ("Senin hingga Selasa"). */
const RANGE_WORDS = new Set(['hingga', 'sampai', '-', '–', 'dan']);

/**
 * The day with ISO weekday `target` near the publication day: the latest one before it for "lalu"
 * (a Thursday article's "Senin lalu" is this week's Monday), the next one for "depan", and for a
 * bare name the latest one up to and including the publication day.
 */
function resolvedDay(today: Ymd, target: number, shift: Shift | null): Ymd {
  const wd = weekday(today);
  if (shift === 'future') return addDays(today, ((target - wd + 7) % 7) || 7);
  if (shift === 'past') return addDays(today, -(((wd - target + 7) % 7) || 7));
  return addDays(today, -((wd - target + 7) % 7));
}

/** "Senin", "Senin lalu", "Senin hingga Selasa lalu", "Jumat depan". */
export function dayNameRelative(ctx: ScanContext, i: number): DatePart | null {
  const { ts } = ctx;
  const first = dayAt(ts, i);
  if (first === null) return null;
  let end = i + 1;
  let second: number | null = null;
  const c = ts[end];
  if (c !== undefined && RANGE_WORDS.has(c.lower)) {
    const d2 = dayAt(ts, end + 1);
    if (d2 !== null) {
      second = d2;
      end += 2;
    }
  }
  const shift = matchPhrase(SHIFTS, ts, end);
  if (shift !== null) end = shift.end;
  const text = spanText(ctx, i, end);
  const source = second === null ? 'date/day-name' : 'date/day-name-range';
  if (ctx.today === null) return { end, draft: { kind: 'date', relative: text, source }, unresolved: true, day: second === null };
  const last = resolvedDay(ctx.today, second ?? first, shift?.value ?? null);
  let date = isoDate(last);
  if (second !== null) {
    const start = addDays(last, -((second - first + 7) % 7));
    date = `${isoDate(start)}/${date}`;
  }
  return { end, draft: { kind: 'date', date, relative: text, source }, unresolved: false, day: second === null };
}

/** "kemarin", "hari ini", "pekan lalu", "bulan depan", "tahun ini". */
export function relativeWords(ctx: ScanContext, i: number): DatePart | null {
  const { ts } = ctx;
  const fixed = matchPhrase(RELATIVE_DAYS, ts, i);
  if (fixed !== null) {
    const draft: ItemDraft = { kind: 'date', relative: spanText(ctx, i, fixed.end), source: 'date/relative-day' };
    if (ctx.today !== null) draft.date = isoDate(addDays(ctx.today, fixed.value));
    return { end: fixed.end, draft, unresolved: ctx.today === null, day: true };
  }
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || isCapitalised(t) && t.lower === 'minggu') return null;
  const unit = TIME_UNITS.get(t.lower);
  // "dekade lalu", "abad lalu" name no one year.
  if ((unit !== 'week' && unit !== 'month' && unit !== 'year') || TIME_UNIT_LENGTHS.has(t.lower)) return null;
  const shift = matchPhrase(SHIFTS, ts, i + 1);
  if (shift === null || (shift.value === 'past' && ts[i + 1]?.lower === 'kemarin')) return null;
  const k = shift.value === 'past' ? -1 : shift.value === 'future' ? 1 : 0;
  const draft: ItemDraft = { kind: 'date', relative: spanText(ctx, i, shift.end), source: 'date/relative-period' };
  if (ctx.today !== null) draft.date = periodDate(ctx.today, unit, k);
  return { end: shift.end, draft, unresolved: ctx.today === null, day: false };
}

/** The week (ISO "2025-W43"), month or year `k` periods from the publication day. */
function periodDate(today: Ymd, unit: 'week' | 'month' | 'year', k: number): string {
  if (unit === 'week') return isoWeek(addDays(today, 7 * k));
  if (unit === 'month') {
    const mm = addMonths(today, k);
    return isoMonth(mm.y, mm.m);
  }
  return String(today.y + k);
}

/** se- forms of time units ("seminggu yang lalu"). */
const SE_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['sehari', 'day'], ['seminggu', 'week'], ['sepekan', 'week'], ['sebulan', 'month'], ['setahun', 'year'],
]);

/** "3 minggu yang lalu", "seminggu yang lalu", "5 tahun silam", "dua hari lalu". */
export function agoDate(ctx: ScanContext, i: number): DatePart | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined) return null;
  let n: number | null = null;
  let unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | undefined;
  let j: number;
  const se = t.kind === 'word' ? SE_UNITS.get(t.lower) : undefined;
  if (se !== undefined) {
    n = 1;
    unit = se;
    j = i + 1;
  } else {
    // "3 minggu", "dua puluh tahun"
    let at = i + 1;
    n = plainInt(t, 3) ?? (t.kind === 'word' ? UNIT_WORDS.get(t.lower) ?? null : null);
    // Number words of more than one word only when the next one carries the number on ("dua puluh").
    if (n !== null && t.kind === 'word' && MULTIPLIERS.has(ts[i + 1]?.lower ?? '')) {
      n = null;
      const w = readNumberWords(ts, i);
      const v = w === null || w.scaleExp >= 0 ? null : decToNumber(w.dec);
      if (w !== null && v !== null && v.ok && Number.isInteger(v.value)) {
        n = v.value;
        at = w.end;
      }
    }
    if (n === null) return null;
    const u = ts[at];
    unit = u === undefined || u.gap === 0 ? undefined : TIME_UNITS.get(u.lower);
    // "dua dekade lalu" is 20 years ago.
    n *= u === undefined ? 1 : TIME_UNIT_LENGTHS.get(u.lower) ?? 1;
    j = at + 1;
  }
  if (unit === undefined || unit === 'second' || unit === 'minute' || unit === 'hour') return null;
  const shift = matchPhrase(SHIFTS, ts, j);
  if (shift === null || shift.value !== 'past' || ts[j]?.lower === 'kemarin') return null;
  const draft: ItemDraft = { kind: 'date', relative: spanText(ctx, i, shift.end), source: 'date/ago' };
  if (ctx.today !== null) {
    draft.date = unit === 'day' ? isoDate(addDays(ctx.today, -n))
      : unit === 'week' ? isoDate(addDays(ctx.today, -7 * n))
      : periodDate(ctx.today, unit, -n);
  }
  return { end: shift.end, draft, unresolved: ctx.today === null, day: unit === 'day' || unit === 'week' };
}

/** Lower-case words that can start a relative date ("kemarin", "lusa", "hari ini", "seminggu yang lalu"). */
export const RELATIVE_STARTERS: ReadonlySet<string> = new Set([...RELATIVE_DAYS.byFirst.keys(), ...SE_UNITS.keys()]);
