/**
 * One reader for publication dates, as users have them: ISO 8601 with or without a zone, RFC 2822 /
 * RFC 1123 ("Tue, 21 Oct 2025 13:43:00 GMT", RSS, HTTP and WARC headers), Indonesian and Malay
 * forms with day and month names or abbreviations ("Selasa, 21 Okt 2025 20:43 WIB", "21 Oktober
 * 2025", "Rabu, 5/11/2025 09:15 WITA"), numeric dates in a configured order, and Unix timestamps in
 * seconds or milliseconds. Every input path reaches it through `createDoc`, so JSONL, CSV, HTML,
 * WARC, the library and the service read a date the same way. Pure: no I/O, no clock.
 */
import { calendarWords } from '../lexicon/calendar.js';
import { isCalendarDay } from './calendar-day.js';

/** How a numeric date whose parts are all two digits or less is read: D/M/Y (Indonesian), M/D/Y, Y/M/D. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/** A value as a message names it: whole, or its first 100 characters when it is over 120 long. */
export function shownValue(value: string): string {
  return value.length > 120 ? `${value.slice(0, 100)}…` : value;
}

/** The defaults: D/M/Y, and WIB for a time written without a zone. */
export const DEFAULT_DATE_ORDER: DateOrder = 'dmy';
export const DEFAULT_TIME_ZONE = '+07:00';

/** How {@link readPublishedAt} reads a date. */
export interface PublishedAtOptions {
  /** The order of a numeric date's parts when it is not evident (default "dmy"). */
  order?: DateOrder;
  /**
   * The zone of a time written without one, and the zone a UTC time is shown in (RSS, HTTP and WARC
   * headers write UTC by convention, not as the article's zone): an offset ("+07:00") or a name
   * (WIB, WITA, WIT, UTC). Default WIB, +07:00.
   */
  timeZone?: string;
}

/** What {@link readPublishedAt} made of a value. */
export type PublishedAtReading =
  | {
      ok: true;
      /** ISO 8601: "2025-10-21" for a day, "2025-10-21T20:43:00+07:00" for a moment. */
      iso: string;
      /** Set when the numeric date could be read either way (5/11/2025): how it was read and the other reading. */
      ambiguous?: { order: DateOrder; other: string };
    }
  | { ok: false; reason: string };

/**
 * The offset of a zone name or offset: "WIB" → "+07:00", "wita" → "+08:00", "+0700" → "+07:00",
 * "GMT+7" → "+07:00", "Z" → "+00:00"; null when it is none.
 */
export function zoneOffset(zone: string): string | null {
  // Every article asks for the configured zone ("+07:00") and most for the zone their own date is
  // written in (the same "+07:00" on a news site): the last answer is kept.
  if (zone === lastZone) return lastOffset;
  const offset = zoneOffsetOf(zone);
  lastZone = zone;
  lastOffset = offset;
  return offset;
}

let lastZone: string | undefined;
let lastOffset: string | null = null;

function zoneOffsetOf(zone: string): string | null {
  const z = zone.trim();
  const upper = z.toUpperCase();
  if (upper === 'Z') return '+00:00';
  const cal = calendarWords();
  const named = cal.timeZones.get(upper) ?? cal.worldTimeZones.get(upper);
  if (named !== undefined) return named;
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (m === null) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  if (h > 14 || min > 59) return null;
  return `${m[1]}${pad(h)}:${pad(min)}`;
}

/** Checks a configured zone, throwing an Error naming it when it is none. */
export function timeZoneOption(zone: string | undefined): string {
  if (zone === undefined) return DEFAULT_TIME_ZONE;
  const offset = zoneOffset(zone);
  if (offset === null) throw new Error(`time zone "${zone}" is not an offset such as +07:00 or one of WIB, WITA, WIT, UTC`);
  return offset;
}

// Words a date may carry around it: "pukul 20.43", "Diperbarui 21 Okt 2025", "Published: …", "at 10:00".
const FILLER = new Set([
  'pukul', 'pkl', 'jam', 'at', 'on', 'tanggal', 'tgl', 'hari', 'diterbitkan', 'dipublikasikan', 'diperbarui', 'diunggah',
  'terbit', 'dipublish', 'published', 'updated', 'posted', 'date', 'waktu', 'dikemaskini', 'diterbit',
]);
const EN_DAYS = new Map([
  ['mon', 1], ['monday', 1], ['tue', 2], ['tues', 2], ['tuesday', 2], ['wed', 3], ['wednesday', 3], ['thu', 4], ['thur', 4],
  ['thurs', 4], ['thursday', 4], ['fri', 5], ['friday', 5], ['sat', 6], ['saturday', 6], ['sun', 7], ['sunday', 7],
]);
// Three-letter English month abbreviations of RFC 2822 that the lexicon leaves out ("Oct" is there).
const EN_MONTHS = new Map([['apr', 4], ['jun', 6], ['jul', 7], ['nov', 11], ['may', 5], ['mar', 3], ['jan', 1], ['feb', 2], ['sep', 9]]);

function monthOf(word: string): number | undefined {
  const cal = calendarWords();
  const w = word.toLowerCase().replace(/\.$/, '');
  return cal.months.get(w) ?? cal.monthAbbreviations.get(w) ?? cal.moreMonths.get(w) ?? EN_MONTHS.get(w);
}

function isDayName(word: string): boolean {
  const cal = calendarWords();
  const w = word.toLowerCase();
  return cal.days.has(w) || cal.dayVariants.has(w) || cal.moreDays.has(w) || EN_DAYS.has(w);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A calendar day of a year a publication date may have (1000–9999, the years Date reads as written). */
function validDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1000 && y <= 9999 && isCalendarDay(y, m, d);
}

/** "+07:00" → minutes east of UTC. */
function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** An instant (ms since the epoch) as ISO 8601 in a zone: "2025-10-21T20:43:00+07:00". */
function isoInZone(ms: number, offset: string, fraction = ''): string {
  const d = new Date(ms + offsetMinutes(offset) * 60_000);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fraction}${offset}`;
}

interface Moment {
  y: number;
  m: number;
  d: number;
  time?: { h: number; min: number; s: number; fraction: string };
  zone?: string;
}

/** The ISO text of a moment: a day alone, or a time in its zone (the default zone when none; a UTC time shown in the default zone). */
function isoOf(v: Moment, defaultZone: string): PublishedAtReading {
  if (!validDay(v.y, v.m, v.d)) return { ok: false, reason: `${v.y}-${pad(v.m)}-${pad(v.d)} is no calendar day` };
  const day = `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
  if (v.time === undefined) return { ok: true, iso: day };
  const { h, min, s, fraction } = v.time;
  if (h > 24 || min > 59 || s > 60 || (h === 24 && (min > 0 || s > 0))) return { ok: false, reason: `${pad(h)}:${pad(min)} is no time of day` };
  const zone = v.zone ?? defaultZone;
  if (zone === '+00:00' && defaultZone !== '+00:00') {
    const ms = Date.UTC(v.y, v.m - 1, v.d, h, min, Math.min(s, 59));
    return { ok: true, iso: isoInZone(ms, defaultZone, fraction) };
  }
  if (h === 24) {
    const ms = Date.UTC(v.y, v.m - 1, v.d, 24, 0, 0) - offsetMinutes(zone) * 60_000;
    return { ok: true, iso: isoInZone(ms, zone, fraction) };
  }
  return { ok: true, iso: `${day}T${pad(h)}:${pad(min)}:${pad(s)}${fraction}${zone}` };
}

// No date is written in more characters; a longer value is read no further.
const MAX_LENGTH = 200;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// White space that folding changes: a character other than a space, or two in a row.
const WHITE_SPACE_TO_FOLD = /[^\S ]|\s\s/;
const TIMESTAMP = /^-?\d{9,13}(?:\.\d+)?$/;
// A time with its optional seconds, am/pm and zone: "20:43", "20.43 WIB", "1:43:00 PM GMT", "13:43:00 +0000".
const TIME = /(?:^|\s)(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(\.\d{1,9})?)?(?:\s*([ap])\.?m\.?)?(?=$|[\s,)])/i;
const ZONE = /(?:^|\s|(?<=\d))(wib|wita|wit|gmt|utc|z|(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?)\.?(?=$|[\s,)])/i;

/**
 * Reads a publication date. The result is ISO 8601: a day ("2025-10-21") when no time is given, else
 * the time with its offset ("2025-10-21T20:43:00+07:00"; WIB, WITA and WIT are +07:00, +08:00 and
 * +09:00). A numeric date is read in the configured order unless its parts say otherwise
 * ("10/21/2025" can only be M/D/Y); one that reads both ways is read in the configured order and
 * marked `ambiguous`. Unix timestamps of 9–10 digits are seconds, of 12–13 digits milliseconds.
 *
 * @example readPublishedAt('Selasa, 21 Okt 2025 20:43 WIB') // { ok: true, iso: '2025-10-21T20:43:00+07:00' }
 */
export function readPublishedAt(value: string, options: PublishedAtOptions = {}): PublishedAtReading {
  const order = options.order ?? DEFAULT_DATE_ORDER;
  const zone = timeZoneOption(options.timeZone);
  // Runs of white space become one space; most values ("2025-10-22T06:50:00+07:00") have none, or
  // only single spaces, and are kept as they are without running the replacement.
  const trimmed = value.trim();
  const s = WHITE_SPACE_TO_FOLD.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (s === '') return { ok: false, reason: 'it is empty' };
  if (s.length > MAX_LENGTH) return { ok: false, reason: `it is longer than ${MAX_LENGTH} characters` };

  const iso = ISO.exec(s);
  if (iso !== null) {
    const moment: Moment = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
    if (iso[4] !== undefined) moment.time = { h: Number(iso[4]), min: Number(iso[5]), s: Number(iso[6] ?? '0'), fraction: iso[7] ?? '' };
    if (iso[8] !== undefined) {
      if (moment.time === undefined) return { ok: false, reason: 'a zone without a time of day' };
      const offset = zoneOffset(iso[8]);
      if (offset === null) return { ok: false, reason: `"${iso[8]}" is no time zone` };
      moment.zone = offset;
    }
    return isoOf(moment, zone);
  }

  if (TIMESTAMP.test(s)) {
    const n = Number(s);
    const digits = s.replace(/^-/, '').split('.')[0]!.length;
    if (digits === 11) return { ok: false, reason: 'a number of 11 digits is neither a Unix time in seconds (9–10 digits) nor in milliseconds (12–13)' };
    const ms = digits <= 10 ? Math.round(n * 1000) : Math.round(n);
    return { ok: true, iso: isoInZone(ms, zone) };
  }
  return readWritten(s, order, zone);
}

/** A date as people write it: day and month names, numeric dates, a time and a zone around them. */
function readWritten(s: string, order: DateOrder, defaultZone: string): PublishedAtReading {
  let rest = ` ${s} `;
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(rest);
    if (m !== null) rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)} `;
    return m;
  };

  // The date first (a dotted date "21.10.2025" is no time), then the time, then the zone.
  let y: number;
  let m: number;
  let d: number;
  let ambiguous: { order: DateOrder; other: string } | undefined;
  const numeric = take(/(?<![\d:.])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d:])/);
  const dayMonth = numeric === null ? take(/(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s.-]*([\p{L}’']+)\.?[\s.,-]*(\d{4})(?!\d)/u) : null;
  const monthDay = numeric === null && dayMonth === null ? take(/(?<![\p{L}])([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u) : null;
  if (numeric !== null) {
    const a = numeric[1]!;
    const b = Number(numeric[3]);
    const c = numeric[4]!;
    if (a.length === 4) {
      [y, m, d] = [Number(a), b, Number(c)];
    } else if (c.length === 4 || (c.length <= 2 && a.length <= 2 && order !== 'ymd')) {
      const year = c.length === 2 || c.length === 1 ? 2000 + Number(c) : Number(c);
      const first = Number(a);
      const asDmy = validDay(year, b, first);
      const asMdy = validDay(year, first, b);
      const preferred: DateOrder = order === 'mdy' ? 'mdy' : 'dmy';
      const read = asDmy && asMdy ? preferred : asDmy ? 'dmy' : asMdy ? 'mdy' : preferred;
      [y, m, d] = read === 'dmy' ? [year, b, first] : [year, first, b];
      if (asDmy && asMdy && first !== b) {
        const other = read === 'dmy' ? `${pad(year, 4)}-${pad(first)}-${pad(b)}` : `${pad(year, 4)}-${pad(b)}-${pad(first)}`;
        ambiguous = { order: read, other };
      }
    } else if (a.length <= 2 && c.length <= 2) {
      [y, m, d] = [2000 + Number(a), b, Number(c)];
    } else {
      return { ok: false, reason: `"${numeric[0]}" has no year of 4 (or 2) digits` };
    }
  } else if (dayMonth !== null || monthDay !== null) {
    const [dayText, monthText, yearText] = dayMonth !== null ? [dayMonth[1]!, dayMonth[2]!, dayMonth[3]!] : [monthDay![2]!, monthDay![1]!, monthDay![3]!];
    const month = monthOf(monthText);
    if (month === undefined) return { ok: false, reason: `"${monthText}" is no month` };
    [y, m, d] = [Number(yearText), month, Number(dayText)];
  } else {
    return { ok: false, reason: 'no day, month and year found' };
  }

  const moment: Moment = { y, m, d };
  const time = take(TIME);
  if (time !== null) {
    let h = Number(time[1]);
    const ap = time[5]?.toLowerCase();
    if (ap !== undefined) {
      if (h < 1 || h > 12) return { ok: false, reason: `"${time[0].trim()}" is no time of day` };
      h = (h % 12) + (ap === 'p' ? 12 : 0);
    }
    moment.time = { h, min: Number(time[2]), s: Number(time[3] ?? '0'), fraction: time[4] ?? '' };
  }
  const zoneMatch = take(ZONE);
  if (zoneMatch !== null) {
    const offset = zoneOffset(zoneMatch[1]!);
    if (offset === null) return { ok: false, reason: `"${zoneMatch[1]}" is no time zone` };
    if (moment.time !== undefined) moment.zone = offset;
  }
  // What is left may only be day names, fillers and punctuation: anything else is not understood.
  for (const word of rest.split(/[\s,|()\-–—:/.]+/u)) {
    if (word === '') continue;
    if (!isDayName(word) && !FILLER.has(word.toLowerCase())) return { ok: false, reason: `"${word}" is not understood` };
  }
  const out = isoOf(moment, defaultZone);
  return out.ok && ambiguous !== undefined ? { ...out, ambiguous } : out;
}
