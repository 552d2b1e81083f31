import type { AtlasEvent } from '../schema/dataset.ts';

// The one date formatter: every date a person reads (list, map popup, details, export) is worded
// here, built by hand from `YYYY-MM-DD` strings so no locale or time zone can change a day.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Where the dates are shown: `list` (a row, a popup: short), `details` (the panel: says what is
 * not stated and quotes the words an approximate range comes from), `export` (a cell: as details).
 */
export type DateMode = 'list' | 'details' | 'export';

/** What an event's dates are made of, from the summary's columns or the full record (`recordDates`). */
export interface EventDates {
  startDate: string | null;
  endDate: string | null;
  publishedDate: string | null;
  /** The range the event lies in when no day is known ("last week"). */
  approximate?: { from: string; to: string } | null;
  /** The words that range comes from ("last week"), when known. */
  approximateWords?: string | null;
  /** The date as written when it could not become a day ("12 to 16 June, year not stated"). */
  written?: string | null;
}

function parts(iso: string): { year: number; month: number; date: number } {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, date };
}

/** "2014-11-03" → "3 November 2014". */
export function formatDay(iso: string): string {
  const { year, month, date } = parts(iso);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** "3–6 November 2014", "30 March – 3 April 2015", "29 December 2014 – 2 January 2015". */
export function formatDateRange(start: string, end: string | null): string {
  if (!end || end <= start) return formatDay(start);
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${formatDay(start)} – ${formatDay(end)}`;
  if (a.month !== b.month) return `${a.date} ${MONTHS[a.month - 1]} – ${formatDay(end)}`;
  return `${a.date}–${formatDay(end)}`;
}

/**
 * An event's dates in words, saying plainly what is not known: "3–6 November 2014"; "began 9 May
 * 2011" ("… (end not stated)" in details and export); "about 13–19 December 2004" ("… ('last
 * week')"); "12 to 16 June, year not stated"; "Date not stated (published 10 May 2011)".
 */
export function formatEventDates(e: EventDates, mode: DateMode): string {
  const full = mode !== 'list';
  if (e.startDate && e.endDate) return formatDateRange(e.startDate, e.endDate);
  if (e.startDate) return `began ${formatDay(e.startDate)}${full ? ' (end not stated)' : ''}`;
  if (e.endDate) return `ended ${formatDay(e.endDate)}${full ? ' (start not stated)' : ''}`;
  if (e.approximate) return `about ${formatDateRange(e.approximate.from, e.approximate.to)}${full && e.approximateWords ? ` ('${e.approximateWords}')` : ''}`;
  if (e.written) return e.written;
  if (e.publishedDate) return `Date not stated (published ${formatDay(e.publishedDate)})`;
  return 'Date unknown';
}

/** A full record's dates for `formatEventDates`: the approximate range's words are quoted by its derivation. */
export function recordDates(e: Pick<AtlasEvent, 'startDate' | 'endDate' | 'publishedDate' | 'dates' | 'derivations'>): EventDates {
  const words = /'([^']+)'/.exec(e.derivations.find((d) => d.field === 'approximate')?.reason ?? '')?.[1] ?? null;
  return { startDate: e.startDate, endDate: e.endDate, publishedDate: e.publishedDate, approximate: e.dates.approximate, approximateWords: words, written: e.dates.written };
}

/** How a date was found, in words: the export's and the details' wording of DATE_PRECISIONS. */
export const DATE_PRECISION_WORDS = { stated: 'stated', derived: 'derived from other facts' } as const;
