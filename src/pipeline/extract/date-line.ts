import type { Span } from '../../schema/dataset.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber } from '../lexicon/months.ts';
import { isoDate } from './calendar.ts';
import { findDateMentions } from './date-mentions.ts';
import { NUMERIC_DATE_PATTERN, parseNumericDate } from './date-numeric.ts';

/** The release's own date written on a line of its own near the title (or in a closing "Published:" line). */
export interface DateLine {
  /** Null when the written day does not exist or its order cannot be read ("03/04/2016" alone). */
  iso: string | null;
  /** The date as written: "03.04.2016", "June 27, 2013". */
  written: string;
  /** Why a numeric date was read in its order, or why it was not read; absent for a date with a month name. */
  reason?: string;
  span: Span;
  /** 1-based line. */
  line: number;
  /** Offset just after the date line (its time and dash included): where the body text begins. */
  end: number;
  /** True for a line closing the release ("Published: 10/29/2022", "(Daily News, 22 February 2002)"). */
  closing: boolean;
}

const LABEL = '(?:(?:Published|Posted|Date|Dated|Released|Issued|Updated|Last updated|Fecha|Publicado|Publié|Publiée)(?:\\s+on)?\\s*:?\\s*)';
const WEEKDAY = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
const ORD = '(?:st|nd|rd|th)?';
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?';
// The ways the genre writes a day: "4 October 2022", "June 27, 2013", "February 8th, 2023",
// "25/July/2016", and numeric ones ("03.04.2016", "10/29/2022", "2019-03-14"), whose order is decided
// by parseNumericDate.
const DATE =
  `(\\d{1,2})${ORD}\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})` +
  `|(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})` +
  `|(\\d{1,2})[/.-](${MONTH_PATTERN})[/.-](\\d{4})` +
  `|(${NUMERIC_DATE_PATTERN.replace('([./-])', '(?:[./-])').replace('\\1', '[./-]')})`;
const TIME_AFTER = `(?:\\s*[|,–—-]?\\s*${CLOCK})?`;
const TIME_BEFORE = `(?:${CLOCK}\\s*(?:on\\s+)?[,|]?\\s*)?`;
// The date ends the line, or a dash parts it from the first sentence ("17 August 2011 - The course …").
const DATE_LINE = new RegExp(
  `^[ \\t]*${LABEL}?\\(?${WEEKDAY}${TIME_BEFORE}(${DATE})${TIME_AFTER}\\)?\\.?[ \\t]*(?:$|[–—-]+[ \\t]+(?=\\S))`,
  'u',
);
// A closing line names itself as the date ("Published: 10/29/2022"), or gives the source and its day in
// brackets ("(People's Daily February 22, 2002)").
const CLOSING_LABELLED = new RegExp(`^[ \\t]*${LABEL}\\(?${WEEKDAY}${TIME_BEFORE}(${DATE})${TIME_AFTER}\\)?\\.?[ \\t]*$`, 'u');
const CLOSING_SOURCE = new RegExp(`^[ \\t]*\\([^()\\d]{2,60}?,?\\s+(${DATE})\\)\\.?[ \\t]*$`, 'u');
// "Baku / 02.11.17 / Turan: The Office …": place, date and agency parted by slashes open the story.
const SLASHED = new RegExp(`^[ \\t]*[\\p{L}][\\p{L} .'’-]{1,40}?\\s+/\\s+(${DATE})\\s+/\\s+[\\p{L}][\\p{L} .'’-]{1,40}?\\s*:[ \\t]+(?=\\S)`, 'u');
const MAX_LINES = 3;
const CLOSING_LINES = 3;
const STORY_WORDS = 10;

/**
 * Finds the date line some pages carry just above or under the title when they have no dateline:
 * "04 October 2022", "June 27, 2013", "February 8th, 2023", "Published: 5 May 2012",
 * "Monday 25/July/2016 22:42 PM", "Date: 09:17, 15-10-2014.", "17 August 2011 - The course …".
 * Only the first three lines after the title are read; a line that opens with a range ("11-12 July
 * 2017, Almaty") is the event's dates, not a date line. Two date lines in a row: the one that opens
 * the story with a dash is the release's day, the other one the page's. Without one at the top, a
 * closing "Published: 10/29/2022" or "(Daily News, February 22, 2002)" among the last three lines.
 * Numeric dates are read by parseNumericDate.
 */
export function findDateLine(text: string): DateLine | null {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const filled = lines.map((_, i) => i).filter((i) => lines[i]!.trim() !== '');
  // The head ends where the story begins: a line of ten words or more is no date line but text.
  const story = filled.findIndex((i, k) => k > 0 && lines[i]!.trim().split(/\s+/).length >= STORY_WORDS);
  const head = filled.slice(1, Math.min(1 + MAX_LINES, story === -1 ? Infinity : story + 1));
  for (const [k, i] of head.entries()) {
    const match = DATE_LINE.exec(lines[i]!) ?? SLASHED.exec(lines[i]!);
    if (!match) continue;
    const found = toDateLine(text, match, starts[i]!, i + 1, false);
    const next = head[k + 1];
    const second = next !== undefined && found.end === starts[i]! + lines[i]!.length ? DATE_LINE.exec(lines[next]!) : null;
    const again = second ? toDateLine(text, second, starts[next!]!, next! + 1, false) : null;
    if (!again) return found;
    // "10 Nov 2013" then "8 November 2013 – Prior to …": the line opening the story is the release's day;
    // "6 May 2014" then "8:34 am on 6 May 2014": the page's own twice, and the story begins after both.
    return again.iso && again.end < starts[next!]! + lines[next!]!.length ? again : { ...found, end: again.end };
  }
  for (const i of filled.slice(Math.max(story === -1 ? filled.length : story + 1, filled.length - CLOSING_LINES)).reverse()) {
    const match = CLOSING_LABELLED.exec(lines[i]!) ?? CLOSING_SOURCE.exec(lines[i]!);
    if (match) return toDateLine(text, match, starts[i]!, i + 1, true);
  }
  return null;
}

function toDateLine(text: string, match: RegExpExecArray, offset: number, line: number, closing: boolean): DateLine {
  const written = match[1]!;
  const start = offset + match.index + match[0].indexOf(written);
  const day = dayOf(text, match);
  return {
    iso: day.iso,
    written,
    ...(day.reason ? { reason: day.reason } : {}),
    span: { start, end: start + written.length },
    line,
    end: offset + match.index + match[0].length,
    closing,
  };
}

function dayOf(text: string, g: RegExpExecArray): { iso: string | null; reason?: string } {
  if (g[2]) return { iso: isoDate(Number(g[4]), monthNumber(g[3]!) ?? 0, Number(g[2])) };
  if (g[5]) return { iso: isoDate(Number(g[7]), monthNumber(g[5]) ?? 0, Number(g[6])) };
  if (g[8]) return { iso: isoDate(Number(g[10]), monthNumber(g[9]!) ?? 0, Number(g[8])) };
  return readNumericDay(text, g[11]!);
}

/** A release's own numeric day ("14.03.2019", "10/29/2022"), in the order the release's days written
 * with a month name tell ("from October 24 to 28"): the date line's and the dateline's. */
export function readNumericDay(text: string, written: string): { iso: string | null; reason: string } {
  const year = numericYear(written);
  const otherDays = Number.isFinite(year) ? findDateMentions(text, year).flatMap((m) => [m.start, m.end]) : [];
  const read = parseNumericDate(written, { otherDays });
  return { iso: read.iso, reason: read.reason };
}

// "2019-03-14" → 2019, "02.11.17" → 2017.
function numericYear(written: string): number {
  const parts = written.split(/[./-]/);
  const year = parts[0]!.length === 4 ? parts[0]! : parts[parts.length - 1]!;
  const n = Number(year);
  return year.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}
