import { isCalendarDay } from '../../doc/calendar-day.js';
import { isoDate, weekday } from './calendar.js';
import { makeNumberItem } from '../../doc/number-item.js';
import { NO_PUBLICATION_DATE, type YearlessDay } from './match.js';
import type { RecognizedItem } from './recognizer.js';

/** A date of the text written with its year ("Rabu (13/8/2025)", "13 Agustus 2025"). */
interface FullDate {
  year: number;
  item: RecognizedItem['item'];
}

const FULL_DAY = /^(\d{4})-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The year fits the day: the day exists in it, and falls on the weekday written with it. */
function fits(year: number, day: YearlessDay): boolean {
  if (!isCalendarDay(year, day.m, day.d) || (day.d2 !== undefined && !isCalendarDay(year, day.m, day.d2))) return false;
  return day.weekday === undefined || weekday({ y: year, m: day.m, d: day.d }) === day.weekday;
}

/** The item of `items` (in text order, not empty) that starts nearest to `at`. */
function nearest(items: readonly RecognizedItem['item'][], at: number): RecognizedItem['item'] {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const after = items[lo]!;
  const before = items[lo - 1];
  return before !== undefined && at - before.start <= Math.abs(after.start - at) ? before : after;
}

/**
 * Resolves days written without a year ("Selasa (12/8)") from the full dates of the same text,
 * for a text with no publication date: "Selasa (12/8)" beside "Rabu (13/8/2025)" is 2025-08-12,
 * a Tuesday in 2025. A day with its weekday takes the year of the nearest full date whose year
 * agrees with the weekday; a day without one takes a year only when all the full dates of the
 * text share it. Each resolved item gets `date`, a `note` and a `date-year-inferred` issue naming
 * the date the year came from, in place of its `date-unresolved` one. Relative dates ("kemarin",
 * "Senin lalu") are never resolved so: they need the publication date. Changes `found` in place.
 */
export function inferYears(found: RecognizedItem[], noDate = NO_PUBLICATION_DATE): void {
  // The full dates by year, in text order: a day looks at each year once (linear in the text).
  const byYear = new Map<number, RecognizedItem['item'][]>();
  for (const r of found) {
    const x = r.item;
    const m = x.kind === 'date' && x.relative === undefined && x.date !== undefined ? FULL_DAY.exec(x.date) : null;
    if (m === null) continue;
    const year = Number(m[1]);
    const list = byYear.get(year) ?? [];
    list.push(x);
    byYear.set(year, list);
  }
  if (byYear.size === 0) return;
  for (let k = 0; k < found.length; k += 1) {
    const r = found[k]!;
    const day = r.yearless;
    if (day === undefined || r.item.date !== undefined) continue;
    if (day.weekday === undefined && byYear.size > 1) continue;
    let from: FullDate | null = null;
    let distance = Infinity;
    for (const [year, items] of byYear) {
      if (!fits(year, day)) continue;
      const near = nearest(items, r.item.start);
      const dist = Math.abs(near.start - r.item.start);
      if (dist < distance) {
        distance = dist;
        from = { year, item: near };
      }
    }
    if (from === null) continue;
    const y = from.year;
    const first = isoDate({ y, m: day.m, d: day.d });
    const agrees = day.weekday === undefined ? '' : ` (${first} is a ${WEEKDAYS[day.weekday]})`;
    const message = `year ${y} taken from "${from.item.text}"${agrees}: ${noDate}`;
    const { kind, text, start, end, time, timezone, note, source } = r.item;
    const date = day.d2 === undefined ? first : `${first}/${isoDate({ y, m: day.m, d: day.d2 })}`;
    const item = makeNumberItem(kind, text, start, end, { date, time, timezone, note: note === undefined ? message : `${note}; ${message}`, source });
    found[k] = {
      ...r,
      item,
      issues: [...r.issues.filter((i) => i.code !== 'date-unresolved'), { code: 'date-year-inferred', message, data: { year: y, from: { start: from.item.start, end: from.item.end, text: from.item.text } } }],
    };
  }
}
