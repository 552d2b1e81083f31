import { dayParts, toDay } from './days.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2014-11-03" → "3 November 2014" (built by hand so no locale or time zone can change it). */
export function formatDay(iso: string): string {
  const { year, month, date } = dayParts(toDay(iso));
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** "3–6 November 2014", "30 March – 3 April 2015", "29 December 2014 – 2 January 2015". */
export function formatDateRange(start: string, end: string | null): string {
  if (!end || end <= start) return formatDay(start);
  const a = dayParts(toDay(start));
  const b = dayParts(toDay(end));
  if (a.year !== b.year) return `${formatDay(start)} – ${formatDay(end)}`;
  if (a.month !== b.month) return `${a.date} ${MONTHS[a.month - 1]} – ${formatDay(end)}`;
  return `${a.date}–${formatDay(end)}`;
}

/** The dates of an event in words, saying plainly what is not known. */
export function formatEventDates(event: { startDate: string | null; endDate: string | null; publishedDate: string | null }): string {
  if (event.startDate) return formatDateRange(event.startDate, event.endDate);
  if (event.publishedDate) return `Date not stated (published ${formatDay(event.publishedDate)})`;
  return 'Date unknown';
}
