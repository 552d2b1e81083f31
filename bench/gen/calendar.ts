// Dates as YYYY-MM-DD strings, computed in UTC so no time zone moves a day.
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function toIso(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "3 November 2014", "November 3, 2014" or "3 Nov 2014": the dateline styles of the genre. */
export function writeDatelineDate(d: Day, style: 'dmy' | 'mdy' | 'short'): string {
  const month = MONTH_NAMES[d.month - 1]!;
  if (style === 'mdy') return `${month} ${d.day}, ${d.year}`;
  if (style === 'short') return `${d.day} ${month.slice(0, 3)} ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}

/** "from 3 to 5 June", "from 29 June to 2 July", or "on 3–5 June" when `dash`. */
export function writeRange(start: Day, end: Day, dash: boolean): string {
  const m1 = MONTH_NAMES[start.month - 1]!;
  const m2 = MONTH_NAMES[end.month - 1]!;
  if (dash) return start.month === end.month ? `on ${start.day}–${end.day} ${m2}` : `on ${start.day} ${m1} – ${end.day} ${m2}`;
  return start.month === end.month ? `from ${start.day} to ${end.day} ${m2}` : `from ${start.day} ${m1} to ${end.day} ${m2}`;
}
