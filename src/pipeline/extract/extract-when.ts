import type { DateInfo, Derivation, Span } from '../../schema/dataset.ts';
import type { Sentence } from '../text/sentences.ts';
import { findDateMentions } from './date-mentions.ts';
import type { Dateline } from './dateline.ts';
import { extractDuration } from './duration.ts';
import { resolveEventDates } from './event-dates.ts';
import { findImpossibleDates } from './impossible-dates.ts';

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
}

/**
 * When the event was held, from the dateline and the body. A release without any usable date keeps
 * null dates and a warning ("no date: …"); a day that does not exist is never guessed at, only named
 * in a warning.
 */
export function extractWhen(text: string, dateline: Dateline | null, body: readonly Sentence[]): When {
  const warnings: string[] = [];
  if (dateline && !dateline.date.iso) {
    warnings.push(`line ${dateline.line}: the dateline date '${dateline.date.written}' does not exist; it was ignored`);
  }
  const published = dateline?.date.iso ? { iso: dateline.date.iso, span: dateline.date.span } : null;
  const mentions = findDateMentions(text, published ? Number(published.iso.slice(0, 4)) : yearOfFirstDate(text));
  const impossible = findImpossibleDates(text).map((d) => `line ${d.line}: the date '${d.written}' does not exist; it was ignored`);
  warnings.push(...impossible);
  if (!published && mentions.length === 0) {
    const dates: DateInfo = { start: null, end: null, approximate: null, written: null };
    const spans = { startDate: null, endDate: null, durationDays: null };
    warnings.push('no date: the release has no dateline and its text gives no day with a year; add a dated dateline or a correction');
    return { publishedDate: null, startDate: null, endDate: null, durationDays: null, dates, spans, derivations: [], warnings };
  }
  const resolved = resolveEventDates({ published, body, mentions, duration: extractDuration(body) });
  const dates: DateInfo = {
    start: resolved.startDate ? (resolved.spans.startDate ? 'stated' : 'derived') : null,
    end: resolved.endDate ? (resolved.spans.endDate ? 'stated' : 'derived') : null,
    approximate: null,
    written: null,
  };
  return {
    publishedDate: published?.iso ?? null,
    startDate: resolved.startDate,
    endDate: resolved.endDate,
    durationDays: resolved.durationDays,
    dates,
    spans: resolved.spans,
    derivations: [],
    warnings: [...warnings, ...resolved.warnings],
  };
}

// Without a dateline, "from 6 to 10 December" takes its year from the first full date in the text.
function yearOfFirstDate(text: string): number | null {
  const first = findDateMentions(text, null)[0];
  return first ? Number(first.start.slice(0, 4)) : null;
}
