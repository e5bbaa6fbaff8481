// Days in each month of a common year; February has 29 in a leap year.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether y-m-d (month 1–12) is a day of the proleptic Gregorian calendar, for any whole year: no
 * 31 June, 29 February only in a leap year (every fourth year, but not a century unless it is a
 * fourth one: 2000 and year 0 are leap years, 1900 is not). Unlike a check through `Date.UTC`, years
 * 0–99 are not read as 1900–1999.
 */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
}
