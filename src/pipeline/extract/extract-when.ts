import type { DateInfo, Derivation, Span } from '../../schema/dataset.ts';
import type { Absence, Decision } from '../../schema/evidence.ts';
import type { Sentence } from '../text/sentences.ts';
import { dateAbsences } from './date-count-facts.ts';
import { findDateLine, type DateLine } from './date-line.ts';
import { findDateMentions, findUndecidedNumericDates } from './date-mentions.ts';
import type { Dateline } from './dateline.ts';
import { extractDuration, type DurationMatch } from './duration.ts';
import { countsSeveralEvents, resolveEventDates, type EventDates } from './event-dates.ts';
import { plannedYear } from './date-planned-year.ts';
import { findImpossibleDates } from './impossible-dates.ts';
import { yearlessDates } from './yearless-dates.ts';

/** The event's days and how sure they are; never a rejection: a release with no date is still an event. */
export interface When {
  publishedDate: string | null;
  startDate: string | null;
  endDate: string | null;
  durationDays: number | null;
  dates: DateInfo;
  spans: { startDate: Span | null; endDate: Span | null; durationDays: Span | null };
  derivations: Derivation[];
  warnings: string[];
  /** The date mentions considered, when there were several or none won. */
  decision: Decision | null;
  /** Why startDate or endDate is null. */
  absences: Absence[];
}

/** The release's date from outside its text (a page's article:published_time, a feed item's pubDate), and whence. */
export interface MetadataDate {
  iso: string;
  from: string;
}

/**
 * When the event was held, from the dateline (or the date line under the title) and the body. A
 * release whose text has no dateline
 * or date line takes the metadata date, when there is one, as its publication date (with a
 * derivation naming where it came from). A release without any usable date keeps null dates, what the text does say in `dates.written`
 * ("29 November to 3 December, year not stated") and a warning; a year is never borrowed from another
 * date, and a day that does not exist is never guessed at, only named in a warning.
 */
export function extractWhen(text: string, dateline: Dateline | null, body: readonly Sentence[], metadata?: MetadataDate): When {
  const warnings: string[] = [];
  if (dateline && !dateline.date.iso) {
    const why = dateline.date.reason ? `was not read as a day (${dateline.date.reason})` : 'does not exist';
    warnings.push(`line ${dateline.line}: the dateline date '${dateline.date.written}' ${why}; it was ignored`);
  }
  const dateLine = dateline?.date.iso ? null : findDateLine(text);
  if (dateLine && !dateLine.iso) {
    warnings.push(`line ${dateLine.line}: the date line '${dateLine.written}' was not read as a day (${dateLine.reason ?? 'no such day'}); it was ignored`);
  }
  const fromText = dateline?.date.iso
    ? { iso: dateline.date.iso, span: dateline.date.span }
    : dateLine?.iso ? { iso: dateLine.iso, span: dateLine.span } : null;
  // A saved page or feed item dates itself outside the text: that date stands in for a dateline.
  const published = fromText ?? (metadata ? { iso: metadata.iso, span: null } : null);
  const fromMetadata: Derivation[] = !fromText && metadata
    ? [{ field: 'publishedDate', reason: `${metadata.from}: the text has no dateline or date line` }]
    : [];
  const story = !dateLine ? body : dateLine.closing ? body.filter((s) => s.start < dateLine.span.start) : afterDateLine(body, dateLine);
  const year = published ? Number(published.iso.slice(0, 4)) : null;
  const mentions = findDateMentions(text, year, published?.iso).filter(
    (m) => !dateLine || (dateLine.closing ? m.span.end <= dateLine.span.start : m.span.start >= dateLine.end),
  );
  warnings.push(...findImpossibleDates(text).map((d) => `line ${d.line}: the date '${d.written}' does not exist; it was ignored`));
  const duration = extractDuration(story);
  const found = resolveEventDates({ published, body: story, mentions, duration });
  const yearless = published ? null : yearlessDates(text, story);
  // "From 29 November to 3 December, a seminar …" with no year: a full date further on is another matter's;
  // not so after the release's own day ("9 June. UNDP. GARISSA" then "held from 5 to 8 June 2023").
  const unplanned = yearless && !yearless.releaseDay && yearless.span.start < firstDay(found) ? withoutDays(found, duration) : found;
  const yearOf = !unplanned.startDate && !unplanned.endDate && yearless ? fromPlan(text, story, yearless, duration) : null;
  const resolved = yearOf ?? unplanned;
  const undated = !resolved.startDate && !resolved.endDate ? yearless : null;
  const dates: DateInfo = {
    start: resolved.precision.start,
    end: resolved.precision.end,
    approximate: resolved.approximate,
    written: undated?.written ?? null,
  };
  // A yearless range's own days count the event's length better than a week ("week-long … from
  // April 13 to 18" → 6); a day count the text states stays (see withLength).
  const fromRange = undated?.days && duration?.unit !== 'day' ? undated.days : null;
  const durationDays = fromRange ?? resolved.durationDays ?? undated?.days ?? null;
  return {
    publishedDate: published?.iso ?? null,
    startDate: resolved.startDate,
    endDate: resolved.endDate,
    durationDays,
    dates,
    spans: { ...resolved.spans, durationDays: resolved.durationDays && !fromRange ? resolved.spans.durationDays : (undated?.span ?? null) },
    derivations: [...fromMetadata, ...resolved.derivations, ...(undated?.derivations ?? [])],
    warnings: [...warnings, ...(undated ? undated.warnings : resolved.warnings)],
    decision: found.decision ?? null,
    absences: dateAbsences(
      resolved,
      undated ? { written: undated.written.replace(/, year not stated$/, ''), span: undated.span } : null,
      found.decision,
      undecidedDate(text, dateLine),
    ),
  };
}

// The date line is the release's date, not the story: "17 August 2011 - The course …" → "The course …".
function afterDateLine(body: readonly Sentence[], dateLine: DateLine): Sentence[] {
  return body.flatMap((s) => {
    if (s.end <= dateLine.end) return [];
    if (s.start >= dateLine.end) return [s];
    const cut = dateLine.end - s.start;
    const rest = s.text.slice(cut).trimStart();
    return rest === '' ? [] : [{ ...s, start: s.end - rest.length, text: rest }];
  });
}

function firstDay(dates: EventDates): number {
  return Math.min(dates.spans.startDate?.start ?? Infinity, dates.spans.endDate?.start ?? Infinity);
}

// The other matter's days go, and so does a length counted from them; a length the text states stays.
function withoutDays(dates: EventDates, stated: DurationMatch | null): EventDates {
  const spans = { ...dates.spans, startDate: null, endDate: null, durationDays: stated?.span ?? null };
  return { ...dates, startDate: null, endDate: null, durationDays: stated?.days ?? null, precision: { start: null, end: null }, spans, derivations: [] };
}

// "03/04/2016" that nothing decides: in the story, else the date line.
function undecidedDate(text: string, dateLine: DateLine | null): { written: string; span: Span } | null {
  const inText = findUndecidedNumericDates(text)[0];
  if (inText) return inText;
  return dateLine && !dateLine.iso && dateLine.reason && /could be/.test(dateLine.reason) ? { written: dateLine.written, span: dateLine.span } : null;
}

// "two courses on December 11-20 … plans to follow up … in January 2018": the days of the last
// December before the plan, each derived (see plannedYear).
function fromPlan(text: string, story: readonly Sentence[], yearless: { span: Span }, duration: DurationMatch | null): EventDates | null {
  const probe = findDateMentions(text, 2000).find((m) => m.span.start === yearless.span.start);
  if (!probe) return null;
  const planned = plannedYear(text, Number(probe.start.slice(5, 7)), Number(probe.start.slice(8, 10)));
  const mention = planned ? findDateMentions(text, planned.year).find((m) => m.span.start === yearless.span.start) : undefined;
  if (!planned || !mention) return null;
  const dates = resolveEventDates({ published: null, body: story, mentions: [mention], duration });
  if (!dates.startDate && !dates.endDate) return null;
  const reason = `year ${planned.year}: the text dates a later step '${planned.words}'`;
  // Several courses in those days: their span is no one course's length.
  const sentence = story.find((s) => s.start <= mention.span.start && mention.span.end <= s.end);
  const several = sentence !== undefined && countsSeveralEvents(sentence.text);
  return {
    ...dates,
    ...(several ? { durationDays: null, spans: { ...dates.spans, durationDays: null } } : {}),
    precision: { start: dates.startDate ? 'derived' : null, end: dates.endDate ? 'derived' : null },
    derivations: [...dates.derivations, ...(dates.startDate ? [{ field: 'startDate', reason }] : []), ...(dates.endDate ? [{ field: 'endDate', reason }] : [])],
    warnings: dates.warnings.filter((w) => !/^no date/.test(w)),
  };
}
