import type { AtlasEvent } from '../../schema/dataset.ts';
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
export function formatEventDates(event: { startDate: string | null; endDate: string | null; publishedDate: string | null; approximate?: { from: string; to: string } | null }): string {
  if (event.startDate) return formatDateRange(event.startDate, event.endDate);
  if (event.endDate) return `ended ${formatDay(event.endDate)} (start not stated)`;
  if (event.approximate) return `about ${formatDateRange(event.approximate.from, event.approximate.to)}`;
  if (event.publishedDate) return `Date not stated (published ${formatDay(event.publishedDate)})`;
  return 'Date unknown';
}

type RecordDates = Pick<AtlasEvent, 'startDate' | 'endDate' | 'publishedDate' | 'dates' | 'derivations'>;

/**
 * The dates as the text supports them: "3–6 November 2014", "ended 9 May 2011 (start not stated)",
 * "about 13–17 December 2004 ('last week')", "12 to 16 June, year not stated".
 */
export function formatRecordDates(e: RecordDates): string {
  if (e.startDate) return e.endDate ? formatDateRange(e.startDate, e.endDate) : `began ${formatDay(e.startDate)} (end not stated)`;
  const { approximate, written } = e.dates;
  if (approximate) {
    // The derivation quotes the words the range comes from ("'last week' before …").
    const words = /'([^']+)'/.exec(e.derivations.find((d) => d.field === 'approximate')?.reason ?? '')?.[1];
    return `about ${formatDateRange(approximate.from, approximate.to)}${words ? ` ('${words}')` : ''}`;
  }
  if (written) return written;
  return formatEventDates(e);
}
