import type { Span } from '../../schema/dataset.ts';
import { MONTH_PATTERN, monthNumber } from '../lexicon/months.ts';
import { isoDate } from './calendar.ts';

/** The release's own date written on a line of its own near the title, when it has no dateline. */
export interface DateLine {
  /** Null when the written day does not exist or its order cannot be read ("04.15.2016"). */
  iso: string | null;
  /** The date as written: "03.04.2016", "June 27, 2013". */
  written: string;
  span: Span;
  /** 1-based line. */
  line: number;
  /** Offset just after the date line (its time and dash included): where the body text begins. */
  end: number;
}

const LABEL = '(?:(?:Published|Posted|Date|Dated|Released|Issued)(?:\\s+on)?\\s*:?\\s*)?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
// The three ways the genre writes a day: "4 October 2022", "June 27, 2013", "03.04.2016" (day first).
const DATE =
  `(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})` +
  `|(${MONTH_PATTERN})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})` +
  '|(\\d{1,2})([./])(\\d{1,2})\\9(\\d{4})' +
  '|(\\d{4})-(\\d{2})-(\\d{2})';
const TIME = '(?:\\s*[|,–—-]?\\s*\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?';
// The date ends the line, or a dash parts it from the first sentence ("17 August 2011 - The course …").
const DATE_LINE = new RegExp(`^[ \\t]*${LABEL}${WEEKDAY}(${DATE})${TIME}[ \\t]*(?:$|[–—-]+[ \\t]+(?=\\S))`, 'u');
const MAX_LINES = 3;

/**
 * Finds the date line some pages carry just above or under the title when they have no dateline:
 * "04 October 2022", "June 27, 2013", "Published: 5 May 2012", "02 September 2015 | 15:00",
 * "17 August 2011 - The course …". Numeric dates are read day first, as this genre writes them
 * ("03.04.2016" → 3 April 2016). Only the first three lines after the title are read, and a line
 * that opens with a range ("11-12 July 2017, Almaty") is the event's dates, not a date line.
 */
export function findDateLine(text: string): DateLine | null {
  const lines = text.split('\n');
  let offset = 0;
  let seen = 0;
  for (let i = 0; i < lines.length && seen <= MAX_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() !== '') {
      // The first non-empty line is the title.
      const match = seen > 0 ? DATE_LINE.exec(line) : null;
      if (match) return toDateLine(match, offset, i + 1);
      seen++;
    }
    offset += line.length + 1;
  }
  return null;
}

function toDateLine(match: RegExpExecArray, offset: number, line: number): DateLine {
  const written = match[1]!;
  const start = offset + match.index + match[0].indexOf(written);
  return { iso: dayOf(match), written, span: { start, end: start + written.length }, line, end: offset + match.index + match[0].length };
}

function dayOf(g: RegExpExecArray): string | null {
  if (g[2]) return isoDate(Number(g[4]), monthNumber(g[3]!) ?? 0, Number(g[2]));
  if (g[5]) return isoDate(Number(g[7]), monthNumber(g[5]) ?? 0, Number(g[6]));
  if (g[8]) return isoDate(Number(g[11]), Number(g[10]), Number(g[8]));
  return isoDate(Number(g[12]), Number(g[13]), Number(g[14]));
}
