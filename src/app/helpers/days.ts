// Dates travel as `YYYY-MM-DD` strings; arithmetic happens on UTC day numbers (days since
// 1970-01-01) so no local time zone can ever shift a day.
const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Calendar parts of a day number, month 1-based. */
export function dayParts(day: number): { year: number; month: number; date: number } {
  const t = new Date(day * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, date: t.getUTCDate() };
}

export function dayOf(year: number, month: number, date = 1): number {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** 31 January + 1 month → 28/29 February (clamped to the month's last day, never spilling over). */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = dayParts(day);
  const lastOfTarget = dayParts(dayOf(year, month + months + 1, 1) - 1).date;
  return dayOf(year, month + months, Math.min(date, lastOfTarget));
}
