import type { Span } from '../../schema/dataset.ts';
import { MONTH_PATTERN, monthNumber } from '../lexicon/months.ts';
import { allMatches } from '../text/all-matches.ts';
import { inclusiveDays, isoDate } from './calendar.ts';
import { parseNumericDate } from './date-numeric.ts';
import { monthMatches, monthWindow } from './month-windows.ts';

/** A calendar day or a range of days written in the text, with the year filled in where missing. */
export interface DateMention {
  start: string;
  end: string;
  /** True when the text wrote two days ("from 6 to 10 December"), false for a single day. */
  isRange: boolean;
  /** The word before the mention ("on", "from", "since"), lower case, or "" — for callers to judge it. */
  preposition: string;
  span: Span;
  startSpan: Span;
  endSpan: Span;
  /** True when the text wrote the year; false when it came from the publication date. */
  yearWritten: boolean;
}

/** A day or range the text writes without a year, where nothing gives one ("from 5 to 8 October"). */
export interface YearlessMention {
  /** As written: "5 to 8 October". */
  written: string;
  /** Inclusive days of a range, the same in every year; null when a 29 February makes it depend on the year. */
  days: number | null;
  isRange: boolean;
  preposition: string;
  span: Span;
}

// The dot belongs to an abbreviation only: "8 Oct." but not the full stop after "8 October."
const M = `(${MONTH_PATTERN})(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.)?`;
// "7th", "the 2nd of": an ordinal day, with "the … of" as in "from the 2nd to the 5th of September".
const D = '(?:the\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?';
// "15th November (Monday), 2010": a weekday in brackets after the month.
const WD = '(?:\\s*\\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\))?';
const Y = `${WD}(?:,?\\s+(\\d{4}))?`;
const TO = '\\s*(?:[–—-]|to|until|till|through|and)\\s*';
// Each pattern's groups, in order, are named by its `fields`; missing months/years come from the end.
const PATTERNS: readonly { re: RegExp; fields: readonly string[] }[] = [
  { re: new RegExp(`${D}\\s+${M}${Y}${TO}${D}\\s+${M}${Y}`, 'g'), fields: ['d1', 'm1', 'y1', 'd2', 'm2', 'y2'] },
  { re: new RegExp(`${D}${TO}${D}\\s+${M}${Y}`, 'g'), fields: ['d1', 'd2', 'm2', 'y2'] },
  { re: new RegExp(`${M}\\s+${D}${TO}${M}\\s+${D}${Y}`, 'g'), fields: ['m1', 'd1', 'm2', 'd2', 'y2'] },
  { re: new RegExp(`${M}\\s+${D}${TO}${D}${Y}`, 'g'), fields: ['m2', 'd1', 'd2', 'y2'] },
  { re: new RegExp(`${D}\\s+${M}${Y}`, 'g'), fields: ['d1', 'm1', 'y1'] },
  { re: new RegExp(`${M}\\s+${D}${Y}`, 'g'), fields: ['m1', 'd1', 'y1'] },
];

// Each pattern is tried only where a match can start: at a month name or just before one (see monthWindow).
const WINDOWS = PATTERNS.map(({ re }) => monthWindow(re));

/**
 * Finds dates and ranges: "from 6 to 10 December 2021", "from 9 April to 4 June", "3–6 November",
 * "28 Sep 2007", "November 3, 2014". A missing year comes from `defaultYear` (the dateline's); a
 * range written across New Year ("28 December to 3 January 2015") starts the year before.
 * With `reference` (the publication day), a missing year is the one that puts the day nearest to it:
 * "until 12 January" in a release of 28 December 2009 → 2010-01-12.
 * Days that do not exist are skipped. Longer patterns win over the single days inside them.
 */
export function findDateMentions(text: string, defaultYear: number | null, reference?: string): DateMention[] {
  const taken: Span[] = [];
  const found: DateMention[] = [];
  const matches = patternMatches(text);
  for (let k = 0; k < PATTERNS.length; k++) {
    const { fields } = PATTERNS[k]!;
    for (const match of matches[k]!) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!isWordBoundary(text, span) || taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      // Only where no publication year stands in: with one, the nearest year decides (see nearestYear).
      const later = defaultYear === null ? laterYear(text, span.end) : null;
      const read = toMention(text, match, fields, span, later ?? defaultYear);
      const mention = read && reference && !read.yearWritten && later === null ? nearestYear(read, reference) : read;
      if (mention) {
        taken.push(span);
        found.push(mention);
      }
    }
  }
  if (reference) found.push(...bareOrdinals(text, taken, reference));
  found.push(...numericMentions(text, taken, found).flatMap((n) => (n.mention ? [n.mention] : [])));
  return found.sort((a, b) => a.span.start - b.span.start);
}

// Every pattern's matches in the last text read: a release is read for dates several times (with its
// year, with none, for its numeric dates), and what the patterns match does not depend on the year.
let lastText: string | null = null;
let lastMatches: readonly RegExpExecArray[][] = [];

function patternMatches(text: string): readonly RegExpExecArray[][] {
  if (text !== lastText) {
    lastMatches = WINDOWS.map((w) => monthMatches(w, text));
    lastText = text;
  }
  return lastMatches;
}

// "held on the 10th-12th", "on the 17th": an ordinal day with no month, in a dated release.
const BARE_ORDINAL = new RegExp(
  `\\b(on|from|between)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?:${TO}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th))?\\b(?!\\s+(?:of\\s+)?(?:${MONTH_PATTERN}))`,
  'gi',
);

/**
 * Ordinal days without a month ("the three-day training was held on the 10th-12th") in a release of
 * 18 June 2015: the month of the publication day when the days lie on or before it, else the month
 * before (a release tells of days gone by). Only after "on", "from" or "between" and "the".
 */
function bareOrdinals(text: string, taken: readonly Span[], reference: string): DateMention[] {
  // Most releases write no ordinal day at all: then the expression need not be tried at every word.
  if (!ORDINAL_DAY.test(text)) return [];
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  return allMatches(BARE_ORDINAL, text).flatMap((match): DateMention[] => {
    const at = match.index + match[1]!.length + 1;
    const span = { start: at + (text.slice(at).length - text.slice(at).trimStart().length), end: match.index + match[0].length };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) return [];
    const [d1, d2] = [Number(match[2]), Number(match[3] ?? match[2])];
    const [year, month] = Math.max(d1, d2) <= d ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
    const start = isoDate(year, month, d1);
    const end = isoDate(year, month, d2);
    if (!start || !end || end < start) return [];
    const endStart = match[3] ? match.index + match[0].lastIndexOf(match[3]) : span.start;
    return [{
      start, end, isRange: match[3] !== undefined, preposition: match[1]!.toLowerCase(), span,
      startSpan: { start: span.start, end: match[3] ? trimEnd(text, span.start, endStart) : span.end },
      endSpan: { start: endStart, end: span.end }, yearWritten: false,
    }];
  });
}

// What every match of BARE_ORDINAL holds (case ignored as it ignores it): a day and its ordinal ending.
const ORDINAL_DAY = /\d(?:st|nd|rd|th)/i;

// "started on 15th November (Monday) and will end on the 17th November (Wednesday), 2010": a day
// without a year takes the year of a dated day later in its sentence.
const LATER_YEAR = new RegExp(`^[^.!?\\n]*?(?:${MONTH_PATTERN})\\.?(?:\\s*\\([^)]*\\))?,?\\s+((?:19|20)\\d\\d)\\b`);

function laterYear(text: string, from: number): number | null {
  const m = LATER_YEAR.exec(text.slice(from, from + 200));
  return m ? Number(m[1]) : null;
}

// In running text only four-digit years: "14.03.2019", "2019-03-14", "10/29/2022" (a score or a
// reference number is no date).
const NUMERIC = /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([./-])\d{1,2}\1\d{4})\b/g;
const NUMERIC_DATE = new RegExp(NUMERIC.source);
const NUMERIC_PART = /\d[./-]\d/;

/** A numeric date in the text, read when its order can be decided (see parseNumericDate). */
interface NumericMention {
  written: string;
  span: Span;
  mention: DateMention | null;
  reason: string;
}

function numericMentions(text: string, taken: readonly Span[], named: readonly DateMention[]): NumericMention[] {
  // What every numeric date holds: a digit, a separator, a digit. Most releases have none.
  if (!NUMERIC_PART.test(text)) return [];
  const otherDays = named.flatMap((m) => [m.start, m.end]);
  return allMatches(NUMERIC, text).flatMap((match): NumericMention[] => {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((t) => t.start < span.end && span.start < t.end) || /[\d./-]/.test(text[span.end] ?? '')) return [];
    const read = parseNumericDate(match[0], { otherDays });
    const before = /(\w+)\s*$/.exec(text.slice(Math.max(0, span.start - 20), span.start));
    const mention = read.iso
      ? { start: read.iso, end: read.iso, isRange: false, preposition: before?.[1]?.toLowerCase() ?? '', span, startSpan: span, endSpan: span, yearWritten: true }
      : null;
    return [{ written: match[0], span, mention, reason: read.reason }];
  });
}

/** Numeric dates whose order nothing in the release decides ("on 03/04/2016"): not guessed, named as undecided. */
export function findUndecidedNumericDates(text: string): { written: string; span: Span; reason: string }[] {
  // Most releases write no numeric date at all: then there is nothing to decide, and no date to read.
  if (!NUMERIC_DATE.test(text)) return [];
  const named = findDateMentions(text, null);
  return numericMentions(text, named.map((m) => m.span), named).filter((n) => !n.mention && /could be/.test(n.reason));
}

function toMention(
  text: string,
  match: RegExpMatchArray,
  fields: readonly string[],
  span: Span,
  defaultYear: number | null,
): DateMention | null {
  const g: Record<string, string | undefined> = {};
  fields.forEach((f, i) => (g[f] = match[i + 1]));
  const m2 = monthNumber(g.m2 ?? g.m1 ?? '');
  const m1 = monthNumber(g.m1 ?? g.m2 ?? '');
  const y2 = Number(g.y2 ?? g.y1 ?? defaultYear ?? NaN);
  if (!m1 || !m2 || !Number.isFinite(y2)) return null;
  const y1 = g.y1 && g.y2 ? Number(g.y1) : m1 > m2 ? y2 - 1 : y2;
  const isRange = g.d2 !== undefined;
  const start = isoDate(y1, m1, Number(g.d1));
  const end = isRange ? isoDate(y2, m2, Number(g.d2)) : start;
  if (!start || !end || end < start) return null;
  const secondDay = isRange ? match[0].lastIndexOf(g.d2!, match[0].length - (g.y2?.length ?? 0) - 1) : 0;
  const cut = isRange ? span.start + secondDay : span.end;
  const before = /(\w+)\s*$/.exec(text.slice(Math.max(0, span.start - 20), span.start));
  return {
    start,
    end,
    isRange,
    preposition: before?.[1]?.toLowerCase() ?? '',
    span,
    startSpan: { start: span.start, end: isRange ? trimEnd(text, span.start, cut) : span.end },
    endSpan: { start: isRange ? cut : span.start, end: span.end },
    yearWritten: g.y1 !== undefined || g.y2 !== undefined,
  };
}

// The same days one year earlier or later, whichever lies nearest the reference day.
function nearestYear(mention: DateMention, reference: string): DateMention {
  // The first of the shifts (a year back, none, a year on) strictly nearer than the best so far.
  let best = mention;
  let bestGap = gapTo(reference, mention);
  for (let shift = -1; shift <= 1; shift++) {
    const start = shiftYear(mention.start, shift);
    const end = start ? shiftYear(mention.end, shift) : null;
    if (!start || !end) continue;
    const g = gapTo(reference, { start, end });
    if (g < bestGap) [best, bestGap] = [{ ...mention, start, end }, g];
  }
  return best;
}

// Days between a reference day and a mention's days, 0 when the reference lies within them.
function gapTo(reference: string, m: { start: string; end: string }): number {
  return reference < m.start ? inclusiveDays(reference, m.start) : reference > m.end ? inclusiveDays(m.end, reference) : 0;
}

// An ISO day ("2014-11-03", as isoDate writes it) the given years later.
function shiftYear(iso: string, years: number): string | null {
  return isoDate(Number(iso.slice(0, 4)) + years, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Days and ranges written without a year ("from 29 November to 3 December"), for a release that has
 * no publication date to lend one: they cannot become days, but their text and length are kept.
 * "27 February to 2 March" has no fixed length (leap years), so its `days` is null.
 */
export function findYearlessMentions(text: string): YearlessMention[] {
  const written = new Set(findDateMentions(text, null).map((m) => m.span.start));
  const leap = findDateMentions(text, 2000);
  const common = new Map(findDateMentions(text, 2001).map((m) => [m.span.start, m]));
  return leap
    .filter((m) => !written.has(m.span.start))
    .map((m) => {
      const other = common.get(m.span.start);
      const days = other && inclusiveDays(other.start, other.end) === inclusiveDays(m.start, m.end) ? inclusiveDays(m.start, m.end) : null;
      return { written: text.slice(m.span.start, m.span.end), days, isRange: m.isRange, preposition: m.preposition, span: m.span };
    });
}

function isWordBoundary(text: string, span: Span): boolean {
  return !/[\p{L}\p{N}]/u.test(text[span.start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[span.end] ?? ' ');
}

// The start part of a range ends before the connector ("6" in "6 to 10 December").
function trimEnd(text: string, start: number, end: number): number {
  const part = text.slice(start, end).replace(/\s*(?:[–—-]|to|until|till|through|and)\s*$/, '');
  return start + part.length;
}
