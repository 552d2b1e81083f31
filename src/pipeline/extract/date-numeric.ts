import { inclusiveDays, isoDate } from './calendar.ts';

/**
 * Countries whose releases write numeric dates month first ("10/29/2022"); everywhere else writes
 * them day first. From the CLDR short date patterns (M/d/y): the United States and its territories,
 * and a few states that follow its usage.
 */
export const MONTH_FIRST_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'AS', 'VI', 'MP', 'UM', 'PH', 'FM', 'MH', 'PW', 'BZ', 'CA']);

/** How the order of a numeric date was decided, for the reason a person reads. */
export type NumericOrder = 'year-first' | 'day-first' | 'month-first';

export interface NumericDate {
  /** The day, or null when the order could not be decided or the day does not exist. */
  iso: string | null;
  order: NumericOrder | null;
  /** Why this order ("29 cannot be a month", "dots are written day first", …), or why none. */
  reason: string;
}

export interface NumericHints {
  /** Days the release writes with a month name (ISO), whose neighbourhood tells the order. */
  otherDays?: readonly string[];
  /** The publisher's country (ISO 3166 alpha-2), when known. */
  country?: string | null;
}

/** Regex source of a numeric date: "14.03.2019", "03/04/2016", "15-10-2014", "02.11.17", "2019-03-14". */
export const NUMERIC_DATE_PATTERN = '\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}([./-])\\d{1,2}\\1(?:\\d{4}|\\d{2})';

// A release dates itself within days of the dates it writes out: a reading within two weeks of one of
// them is the consistent one.
const NEAR_DAYS = 14;

/**
 * Reads a numeric date, deciding day-first or month-first as a careful reader does: "2019-03-14" is
 * year first; a part over 12 cannot be a month ("10/29/2022" → 29 October, "15/10/2021" → 15 October);
 * both parts equal read the same either way; dots are written day first ("03.04.2016" → 3 April);
 * otherwise the reading that lies within two weeks of the release's dates written with a month name,
 * when only one does; otherwise the publisher's country (month first for the US and a few). Else no
 * day is guessed: `iso` null with the reason ("03/04/2016" alone).
 */
export function parseNumericDate(written: string, hints: NumericHints = {}): NumericDate {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written);
  if (iso) return known(isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])), 'year-first', 'year first (ISO)');
  const parts = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(written);
  if (!parts) return { iso: null, order: null, reason: 'not a numeric date' };
  const [a, b, year] = [Number(parts[1]), Number(parts[3]), fullYear(parts[4]!)];
  const dayFirst = isoDate(year, b, a);
  const monthFirst = isoDate(year, a, b);
  if (!dayFirst && !monthFirst) return { iso: null, order: null, reason: `'${written}' is no day in either order` };
  if (!monthFirst) return known(dayFirst, 'day-first', `${a} cannot be a month`);
  if (!dayFirst) return known(monthFirst, 'month-first', `${b} cannot be a month`);
  if (a === b) return known(dayFirst, 'day-first', 'day and month are the same');
  if (parts[2] === '.') return known(dayFirst, 'day-first', 'dotted dates are written day first');
  const near = (day: string) => (hints.otherDays ?? []).some((o) => inclusiveDays(o < day ? o : day, o < day ? day : o) <= NEAR_DAYS + 1);
  const [dNear, mNear] = [near(dayFirst), near(monthFirst)];
  if (dNear !== mNear) return known(dNear ? dayFirst : monthFirst, dNear ? 'day-first' : 'month-first', 'the only reading near the release\'s other dates');
  if (hints.country) {
    return MONTH_FIRST_COUNTRIES.has(hints.country)
      ? known(monthFirst, 'month-first', `written month first in ${hints.country}`)
      : known(dayFirst, 'day-first', `written day first in ${hints.country}`);
  }
  return { iso: null, order: null, reason: `'${written}' could be day first or month first, and nothing in the release tells which` };
}

function known(iso: string | null, order: NumericOrder, reason: string): NumericDate {
  return { iso, order: iso ? order : null, reason: iso ? reason : 'no such day' };
}

// "17" → 2017, "98" → 1998: two-digit years of the genre's dates (the build has no releases before 1950).
function fullYear(written: string): number {
  const n = Number(written);
  return written.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}
