// Calendar arithmetic on YYYY-MM-DD strings. Date.UTC is used only to add days and count them, so no
// local time zone can shift a day.

/** (2014, 11, 3) → "2014-11-03"; null when the day does not exist (31 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** ("2014-11-03", 3) → "2014-11-06". */
export function addDays(iso: string, days: number): string {
  const t = new Date(utc(iso) + days * 86_400_000);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Inclusive count of days: ("2013-04-09", "2013-06-04") → 57. */
export function inclusiveDays(start: string, end: string): number {
  return Math.round((utc(end) - utc(start)) / 86_400_000) + 1;
}

function utc(iso: string): number {
  // "2014-11-03" as isoDate writes it (the dates counted for every mention of every release): read in place.
  if (iso.length === 10 && iso.indexOf('-') === 4 && iso.lastIndexOf('-') === 7) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

// Days of each month of a common year; February has 29 in a leap year of the Gregorian calendar
// (the calendar Date counts in). Read instead of a Date made per day asked (every date mention, and
// each of the years tried for one written without its year).
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Day of the week, 0 Sunday … 6 Saturday: "2004-12-20" → 1 (a Monday). */
export function weekdayOf(iso: string): number {
  return new Date(utc(iso)).getUTCDay();
}
