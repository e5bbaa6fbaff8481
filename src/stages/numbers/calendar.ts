import { calendarWords, type TimeUnit } from '../../lexicon/calendar.js';
import { isCalendarDay } from '../../doc/calendar-day.js';

// The calendar words come from corpora/lexicon/calendar.txt through the lexicon's cached reader,
// not from the pipeline's Lexicon: extractNumbers() runs without a pipeline. The numbers stage
// reads every section of the file.
const calendar = calendarWords();

/** Month names and abbreviations (Indonesian, Malay, English) → month number. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([...calendar.months, ...calendar.monthAbbreviations, ...calendar.moreMonths]);

/** Month words that are also ordinary words, so they count as months only when capitalised. */
export const MONTH_NEEDS_CAPITAL: ReadonlySet<string> = calendar.monthsNeedCapital;

/** Day names → ISO weekday (Monday 1 … Sunday 7). */
export const DAY_NAMES: ReadonlyMap<string, number> = new Map([...calendar.days, ...calendar.dayVariants, ...calendar.moreDays]);

/** Units of time: after a number they make a duration, not a counted quantity. */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([...calendar.timeUnits, ...calendar.moreTimeUnits]);

/** Units of time that are several of their unit → how many ("dekade" → 10 years). */
export const TIME_UNIT_LENGTHS: ReadonlyMap<string, number> = calendar.timeUnitLengths;

/** Words after which four plain digits are a year ("sejak 2019", "pada 2025"). */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'pada', 'sejak', 'hingga', 'sampai', 'awal', 'akhir', 'pertengahan', 'medio', 'jelang', 'menjelang',
  'periode', 'selama', 'sepanjang', 'tahun', 'thn', 'semester', 'kuartal', 'era', 'pemilu', 'pilpres',
]);

/** Time zones (upper case) → UTC offset ("WIB" → "+07:00"). */
export const TIME_ZONES: ReadonlyMap<string, string> = new Map([...calendar.timeZones, ...calendar.worldTimeZones]);

/** A calendar day (proleptic Gregorian), month 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** "2025-10-21". */
export function isoDate(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

/** "2025-10". */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** The date `days` after (or before, when negative) `v`. */
export function addDays(v: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `n` months after `v` (as year and month). */
export function addMonths(v: Ymd, n: number): { y: number; m: number } {
  const idx = v.y * 12 + (v.m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekday(v: Ymd): number {
  const w = new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week of a day: "2025-W43". */
export function isoWeek(v: Ymd): string {
  const thursday = addDays(v, 4 - weekday(v));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86_400_000 / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** The calendar day of an ISO timestamp as written ("2025-10-23T08:00:00+07:00" → 23 October). */
export function parseIsoDay(iso: string | null | undefined): Ymd | null {
  if (iso === null || iso === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isCalendarDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** A publication moment as its local wall-clock time (ms since epoch, as if UTC) and its offset. */
export interface WallClock {
  ms: number;
  timezone?: string;
}

/** The wall-clock time of an ISO timestamp with a time ("2025-10-23T09:00:00+07:00"), or null. */
export function parseIsoWallClock(iso: string | null | undefined): WallClock | null {
  if (iso === null || iso === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/.exec(iso.trim());
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(ms)) return null;
  const zone = m[6];
  const out: WallClock = { ms };
  if (zone !== undefined) out.timezone = zone === 'Z' ? '+00:00' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return out;
}
