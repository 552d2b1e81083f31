import type { Span } from '../../schema/dataset.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber } from '../lexicon/months.ts';
import { isoDate } from './calendar.ts';
import { readNumericDay } from './date-line.ts';
import { NUMERIC_DATE_PATTERN } from './date-numeric.ts';

export interface Dateline {
  /** The city as written ("KARAGANDA"), and its span; several when the dateline names several ("ALMATY / BISHKEK"). */
  city: { text: string; span: Span };
  /** Each city the dateline names, as written; one for most datelines. */
  cities: string[];
  /** The country as written, when the dateline has one. */
  country: { text: string; span: Span } | null;
  /** The date; `iso` is null when the written day does not exist ("31 February 2015") or a numeric
   * day's order cannot be read ("03.04.2019" alone), and then `reason` says which. */
  date: { iso: string | null; written: string; span: Span; reason?: string };
  /** 1-based line of the dateline. */
  line: number;
  /** Offset just after the dateline's dash: where the body text begins. */
  bodyStart: number;
}

const WORD = "[\\p{Lu}][\\p{L}'’.\\-]*";
const CITY = `${WORD}(?:[ \\-]${WORD}){0,3}`;
// A release about an event in several towns may name them all: "ALMATY / BISHKEK", "OSH & JALAL-ABAD".
// Not "and": "Border Security and Management, 3 May 2015" would then read as two towns.
const CITY_SEPARATOR = '\\s*[/&]\\s*';
const CITIES = `${CITY}(?:${CITY_SEPARATOR}${CITY}){0,3}`;
// Not a weekday: "ENTEBBE, Tuesday, May 5, 2020" names no country.
const COUNTRY = `(?!${WEEKDAY_PATTERN}\\b)${WORD}(?:\\s+(?:and|of|the|${WORD})){0,4}`;
// "KAMPALA, Uganda, Monday 4 May 2020 —": a weekday may stand before the day.
const WEEKDAY = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
// Also numeric: "BAMAKO, 14.03.2019 –", "MANILA, 2019-03-14 –" (the order read by parseNumericDate).
const NUMERIC = NUMERIC_DATE_PATTERN.replace('([./-])', '(?:[./-])').replace('\\1', '[./-]');
const DATE = `(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})|(${MONTH_PATTERN})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(${NUMERIC})`;
const DATELINE = new RegExp(
  `^[ \\t]*(${CITIES})(?:\\s*,\\s*(${COUNTRY})|\\s*\\((${COUNTRY})\\))?\\s*,?\\s+${WEEKDAY}(${DATE})[ \\t]*(?:[–—-]+|:|$)[ \\t]*`,
  'u',
);
const MAX_LINES = 6;
// What every match of DATELINE holds: its date's year, or a numeric date's two-digit one ("02.11.17").
// Most lines and sentences have neither, and skip the expression, whose towns' words backtrack over
// every capitalised opening ("The OSCE Office …").
const YEAR_DIGITS = /\d{4}|\d[./-]\d{1,2}[./-]\d\d/;

/**
 * Finds the dateline among the first lines: "KARAGANDA, Kazakhstan, 3 November 2014 –",
 * "ALMATY, 30 March 2015 –", "ALMATY 20 December 2004", "SKOPJE, 28 Sep 2007 -", "BAKU (Azerbaijan),
 * 3 March 2012 –", "VIENNA, May 4, 2016 -". Null when the
 * release has none (some do not). The first matching line wins.
 */
export function extractDateline(text: string): Dateline | null {
  // Line by line up to the sixth that is not blank, not the whole text split into lines.
  let seen = 0;
  for (let offset = 0, i = 0; seen < MAX_LINES; i++) {
    const newline = text.indexOf('\n', offset);
    const line = text.slice(offset, newline < 0 ? text.length : newline);
    if (line.trim() !== '') {
      seen++;
      const match = YEAR_DIGITS.test(line) ? DATELINE.exec(line) : null;
      if (match && !isCountryOnly(match[1]!)) return toDateline(text, match, offset, i + 1);
    }
    if (newline < 0) break;
    offset = newline + 1;
  }
  return null;
}

function toDateline(text: string, match: RegExpExecArray, offset: number, line: number): Dateline {
  const [whole, city, commaCountry, bracketCountry, written, d1, m1, y1, m2, d2, y2, numeric] = match as unknown as string[];
  const country = commaCountry ?? bracketCountry;
  const at = offset + match.index;
  const citySpan = partSpan(at, whole!, city!, 0);
  const countrySpan = country ? partSpan(at, whole!, country, city!.length) : null;
  const read = numeric ? numericDay(text, numeric) : { iso: monthDay(m1 ?? m2, y1 ?? y2, d1 ?? d2) };
  const span = partSpan(at, whole!, written!, countrySpan ? countrySpan.end - offset - match.index : city!.length);
  return {
    city: { text: city!, span: citySpan },
    cities: city!.split(new RegExp(CITY_SEPARATOR, 'u')).filter(Boolean),
    country: country && countrySpan ? { text: country, span: countrySpan } : null,
    date: { iso: read.iso, written: written!, span, ...(read.reason ? { reason: read.reason } : {}) },
    line,
    bodyStart: offset + match.index + whole!.length,
  };
}

function monthDay(month: string | undefined, year: string | undefined, day: string | undefined): string | null {
  const m = month ? monthNumber(month) : undefined;
  return m ? isoDate(Number(year), m, Number(day)) : null;
}

// "14.03.2019": read as a date line's; the reason is kept only when no day was read.
function numericDay(text: string, written: string): { iso: string | null; reason?: string } {
  const read = readNumericDay(text, written);
  return read.iso ? { iso: read.iso } : read;
}

// The span of a part of the dateline found from `from` on, the dateline starting at `at`. A module
// function, not a closure made per call: tsx's esbuild names each with Object.defineProperty.
function partSpan(at: number, whole: string, part: string, from: number): Span {
  const start = at + whole.indexOf(part, from);
  return { start, end: start + part.length };
}

// A sentence that begins "On 3 May 2015 …" is not a dateline: the city part must not be a plain word.
function isCountryOnly(city: string): boolean {
  return /^(?:On|In|From|Since|Until|By|Between|The|A|An)$/i.test(city);
}

/** Length of a dateline at the start of `text` ("ALMATY, 20 December 2004 - "), 0 when there is none. */
export function datelinePrefixLength(text: string): number {
  const match = YEAR_DIGITS.test(text) ? DATELINE.exec(text) : null;
  return match && !isCountryOnly(match[1]!) ? match[0].length : 0;
}
