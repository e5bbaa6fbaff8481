import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../src/doc/calendar-day.js';

/** The answer of Date for a year Date reads as written (100 and later): the day round-trips. */
function byDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('isCalendarDay', () => {
  it('answers as Date for every day of the years 1896–2104 and of some far years', () => {
    const differ: string[] = [];
    for (const y of [100, 400, 1000, 1600, 1700, ...Array.from({ length: 209 }, (_, k) => 1896 + k), 9999]) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) if (isCalendarDay(y, m, d) !== (m >= 1 && m <= 12 && byDate(y, m, d))) differ.push(`${y}-${m}-${d}`);
    }
    expect(differ).toEqual([]);
  });

  it('keeps the Gregorian rule for years 0–99, which Date.UTC would read as 1900–1999', () => {
    expect(isCalendarDay(0, 2, 29)).toBe(true);
    expect(isCalendarDay(4, 2, 29)).toBe(true);
    expect(isCalendarDay(1900, 2, 29)).toBe(false);
    expect(isCalendarDay(2000, 2, 29)).toBe(true);
    expect(isCalendarDay(2025, 2, 29)).toBe(false);
  });

  it('refuses what is no day: month 0 or 13, day 0 or 32, 31 June, fractions, NaN', () => {
    for (const [y, m, d] of [[2025, 0, 1], [2025, 13, 1], [2025, 1, 0], [2025, 1, 32], [2025, 6, 31], [2025, 1, 1.5], [2025.5, 1, 1], [2025, 1.5, 1], [NaN, 1, 1], [2025, NaN, 1], [2025, 1, NaN]] as const) {
      expect(isCalendarDay(y, m, d), `${y}-${m}-${d}`).toBe(false);
    }
    expect(isCalendarDay(2025, 6, 30)).toBe(true);
  });
});
