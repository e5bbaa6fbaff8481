import { isCalendarDay } from '../../doc/calendar-day.js';
import { DAY_NAMES, MONTH_NAMES, MONTH_NEEDS_CAPITAL, isoDate, type Ymd } from './calendar.js';
import type { ItemDraft, ScanContext, YearlessDay } from './match.js';
import type { ScanToken } from './tokens.js';

/** A day-of-month or small integer written as plain digits ("21", "07"). */
export function plainInt(t: ScanToken | undefined, maxLen: number): number | null {
  if (t === undefined || t.kind !== 'num' || t.text.length > maxLen || !/^\d+$/.test(t.text)) return null;
  return Number(t.text);
}

/** A four-digit year between 1900 and 2100 (`wide`: 1000 to 2199, after a month or "tahun"). */
export function year4(t: ScanToken | undefined, wide = false): number | null {
  if (t === undefined || t.kind !== 'num' || !(wide ? /^1\d{3}$|^2[01]\d\d$/ : /^(?:19|20)\d\d$|^2100$/).test(t.text)) return null;
  return Number(t.text);
}

/** The token starts with a capital letter ("Senin", "Mei"). */
export function isCapitalised(t: ScanToken): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** A month name at token `i`; short forms that are also words ("Mei", "Mar") only capitalised unless `loose`. */
export function monthAt(ts: readonly ScanToken[], i: number, loose: boolean): number | null {
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || t.gap === 0) return null;
  const m = MONTH_NAMES.get(t.lower);
  if (m === undefined) return null;
  if (!loose && MONTH_NEEDS_CAPITAL.has(t.lower) && !isCapitalised(t)) return null;
  return m;
}

/** A day name at token `i`, capitalised ("Senin", "Jumat"); "minggu" in lower case is a week. */
export function dayAt(ts: readonly ScanToken[], i: number): number | null {
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || !isCapitalised(t)) return null;
  return DAY_NAMES.get(t.lower) ?? null;
}

/** The year of a day and month nearest to the publication day. */
export function nearestYear(m: number, d: number, today: Ymd): number | null {
  let best: number | null = null;
  let bestDiff = Infinity;
  for (const y of [today.y - 1, today.y, today.y + 1]) {
    if (!isCalendarDay(y, m, d)) continue;
    const diff = Math.abs(Date.UTC(y, m - 1, d) - Date.UTC(today.y, today.m - 1, today.d));
    if (diff < bestDiff) {
      bestDiff = diff;
      best = y;
    }
  }
  return best;
}

/** A day and month without a year: resolved to the nearest year, or kept relative. */
export function dayMonthDraft(ctx: ScanContext, d: number, m: number, source: string, text: string): { draft: ItemDraft; ok: boolean } {
  if (ctx.today !== null) {
    const y = nearestYear(m, d, ctx.today);
    if (y !== null) return { draft: { kind: 'date', date: isoDate({ y, m, d }), source }, ok: true };
  }
  return { draft: { kind: 'date', relative: text, source }, ok: false };
}

/** A date match before the optional time that may follow it. */
export interface DatePart {
  end: number;
  draft: ItemDraft;
  unresolved: boolean;
  /** A full calendar day, which a clock time may follow. */
  day: boolean;
  /** Day and month of an unresolved date without a year, for a year the text gives elsewhere. */
  yearless?: YearlessDay;
}
