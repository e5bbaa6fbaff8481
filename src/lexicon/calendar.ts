import { intIn, lexiconPairs, lexiconSection, oneOf } from './load.js';

/** What a unit of time measures. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const TIME_UNIT_NAMES: readonly TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

/**
 * The sections of corpora/lexicon/calendar.txt, typed. Names are lowercase, time zones upper case.
 * The file's header says which stage reads which section.
 */
export interface CalendarWords {
  /** Standard Indonesian day names → ISO weekday, Monday 1 … Sunday 7 ("senin" → 1). */
  readonly days: ReadonlyMap<string, number>;
  /** Other Indonesian day names and spellings → ISO weekday ("ahad" → 7, "jum'at" → 5). */
  readonly dayVariants: ReadonlyMap<string, number>;
  /** Malay day names and typographic spellings → ISO weekday ("isnin" → 1, "jum’at" → 5). */
  readonly moreDays: ReadonlyMap<string, number>;
  /** Indonesian month names → month 1–12 ("januari" → 1). */
  readonly months: ReadonlyMap<string, number>;
  /** Indonesian month abbreviations → month ("agt" → 8). */
  readonly monthAbbreviations: ReadonlyMap<string, number>;
  /** Old spellings, Malay and English month names and abbreviations → month ("nopember", "ogos", "may"). */
  readonly moreMonths: ReadonlyMap<string, number>;
  /** Month words that are also ordinary words: months only when capitalised ("mei", "jan"). */
  readonly monthsNeedCapital: ReadonlySet<string>;
  /** Units of time the keywords stage skips → unit ("hari" → day, "tahun" → year). */
  readonly timeUnits: ReadonlyMap<string, TimeUnit>;
  /** More units of time and abbreviations → unit ("jam" → hour, "thn" → year). */
  readonly moreTimeUnits: ReadonlyMap<string, TimeUnit>;
  /** Indonesian time zones → UTC offset ("WIB" → "+07:00"). */
  readonly timeZones: ReadonlyMap<string, string>;
  /** Other time zones → UTC offset ("UTC", "GMT"). */
  readonly worldTimeZones: ReadonlyMap<string, string>;
}

let cached: CalendarWords | undefined;

/**
 * The calendar words, read from corpora/lexicon/calendar.txt once per process. The pipeline's
 * {@link Lexicon} holds this same object; the numbers stage reads it here, at module load, because
 * `extractNumbers()` runs without a pipeline (and so without a Lexicon).
 */
export function calendarWords(): CalendarWords {
  if (cached) return cached;
  const file = 'calendar.txt';
  const weekdays = (section: string) => new Map(lexiconPairs(file, section, intIn(1, 7)));
  const months = (section: string) => new Map(lexiconPairs(file, section, intIn(1, 12)));
  const units = (section: string) => new Map(lexiconPairs(file, section, oneOf(TIME_UNIT_NAMES)));
  const offset = (v: string) => (/^[+-]\d{2}:\d{2}$/.test(v) ? v : undefined);
  cached = {
    days: weekdays('days'),
    dayVariants: weekdays('days-variant'),
    moreDays: weekdays('days-more'),
    months: months('months'),
    monthAbbreviations: months('month-abbreviations'),
    moreMonths: months('months-more'),
    monthsNeedCapital: new Set(lexiconSection(file, 'months-need-capital')),
    timeUnits: units('time-units'),
    moreTimeUnits: units('time-units-more'),
    timeZones: new Map(lexiconPairs(file, 'time-zones', offset)),
    worldTimeZones: new Map(lexiconPairs(file, 'time-zones-world', offset)),
  };
  return cached;
}
