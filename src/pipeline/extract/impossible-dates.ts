import { MONTH_PATTERN, monthNumber } from '../lexicon/months.ts';
import { isoDate } from './calendar.ts';
import { monthMatches, monthWindow } from './month-windows.ts';

export interface ImpossibleDate {
  /** As written: "31 February 2015". */
  written: string;
  /** 1-based line it is on. */
  line: number;
}

const WRITTEN_DATE = new RegExp(
  `\\b(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b|\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`,
  'g',
);
// Both alternatives hold the month group: tried only at a month name or just before one (see monthWindow).
const WRITTEN_DATE_WINDOW = monthWindow(WRITTEN_DATE);

/**
 * Full dates the text writes that name no real day ("31 February 2015", "April 31, 2016"). The date
 * readers skip them, so without this a release would silently lose its only date; the caller
 * reports them instead ("line 3: the date '31 February 2015' does not exist").
 */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  for (const m of monthMatches(WRITTEN_DATE_WINDOW, text)) {
    const month = monthNumber((m[2] ?? m[4])!);
    const day = Number(m[1] ?? m[5]);
    const year = Number(m[3] ?? m[6]);
    // Only a day past the month's end is impossible; a year outside 1900–2100 is merely unread.
    if (month === undefined || year < 1900 || year > 2100 || day < 1 || isoDate(year, month, day) !== null) continue;
    found.push({ written: m[0], line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}
