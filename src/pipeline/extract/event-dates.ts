import type { DatePrecision, Derivation, Span } from '../../schema/dataset.ts';
import type { Decision } from '../../schema/evidence.ts';
import { EVENT_NOUNS } from '../lexicon/kinds.ts';
import type { Sentence } from '../text/sentences.ts';
import { addDays, inclusiveDays, weekdayOf } from './calendar.ts';
import { edgeAt, findDateAnchor, maskQuotes, type DateAnchor } from './date-anchor.ts';
import { decideEventDates } from './date-candidates.ts';
import type { DateMention } from './date-mentions.ts';
import type { DurationMatch } from './duration.ts';
import { periodDays } from './period.ts';

export interface EventDates {
  startDate: string | null;
  endDate: string | null;
  durationDays: number | null;
  /** How each day is known; null exactly when the day is. */
  precision: { start: DatePrecision | null; end: DatePrecision | null };
  /** Where the event lies when no day is known ("last week" → that Monday to Sunday); else null. */
  approximate: { from: string; to: string } | null;
  spans: { startDate: Span | null; endDate: Span | null; durationDays: Span | null };
  /** Why each derived fact holds, for a person to check. */
  derivations: Derivation[];
  warnings: string[];
  /** Every date mention considered, with its evidence, when there was more than one or none won. */
  decision?: Decision | null;
}

export interface EventDateInput {
  /** The release's own day (dateline or date line), when there is one. */
  /** span: null when the date came from the page or feed rather than the text. */
  published: { iso: string; span: Span | null } | null;
  /** Sentences after the title, dateline first. */
  body: readonly Sentence[];
  mentions: readonly DateMention[];
  duration: DurationMatch | null;
}

/** A day of the event and how it is known. */
interface Day {
  iso: string;
  precision: DatePrecision;
  span: Span | null;
  /** For a derived day: why, in words a person can check. */
  reason?: string;
}

// "a series of roundtables" is the event; "the first in a series of seminars" is one of them.
const SERIES = /\b(?:a|the) series of\b/i;
const ONE_OF_SERIES = /\b(?:first|second|third|fourth|fifth|last|final|latest|next|\d+(?:st|nd|rd|th))\s+(?:in|of)\s+(?:a|the)\s+series\b/i;
const ANCHOR_SENTENCES = 3;
const PLURAL_EVENTS = ['courses', 'workshops', 'seminars', 'trainings', 'roundtables', 'round tables', 'conferences', 'webinars'];
const NOT_EVENT_PREPOSITION = /^(?:since|until|till|before|by|after)$/;
const MAX_EVENT_DAYS = 62;
const START_VERB = /\b(?:began|begun|started|opened|commenced|kicked off|launched)\b/i;
// "has started", "is taking place": under way on the publication day, begun on an unstated day.
const UNDER_WAY = /\b(?:has|have) (?:started|begun|opened|commenced)\b|\b(?:is|are) (?:taking place|under\s?way|being held)\b/i;

/**
 * Start, end and length of the event, each day `stated` (written in the text) or `derived` (counted
 * from the publication day or a length). An explicit range wins ("from 9 April to 4 June" → 57 days);
 * then the publication day tied by the text ("four-day seminar … began today" on 3 Nov → 3–6 Nov,
 * "five-day course … concluded … today" on 21 Aug → 17–21 Aug); then "on 12 May" in the first
 * sentences. A length in weeks is not a count of calendar days ("a two-week course ended today" → no
 * start). "Last week" gives no day, only an approximate stretch.
 */
export function resolveEventDates(input: EventDateInput): EventDates {
  const { chosen, decision } = decideEventDates(input.body, input.mentions);
  return { ...resolveFrom(input, chosen), decision };
}

function resolveFrom(input: EventDateInput, chosen: DateMention | null): EventDates {
  const series = isSeries(input.body.slice(0, 2));
  const range = chosen?.isRange ? chosen : undefined;
  if (range) return fromRange(range, input.duration, series);
  const anchor = findDateAnchor(input.body.slice(0, ANCHOR_SENTENCES), input.body.slice(0, ANCHOR_SENTENCES + 2));
  const counting = series ? null : input.duration;
  if (anchor && input.published) return fromAnchor(anchor, input, counting);
  const single = chosen && !chosen.isRange ? chosen : undefined;
  if (single) {
    const day: Day = { iso: single.start, precision: 'stated', span: single.span };
    if (edgeOf(input.body, single) === 'end') return finish(countBack(day, counting) ?? openingDay(input, single), day, input.duration);
    return finish(day, countOn(day, counting) ?? closingDay(input, single) ?? oneDay(input, day, single), input.duration);
  }
  const ongoing = input.published
    ? (UNDER_WAY.test(maskQuotes(input.body[0]?.text ?? '')) ? announcedEnd(input, input.published.iso) : null) ?? runsUntil(input, input.published.iso)
    : null;
  if (ongoing) return build(null, ongoing, input.duration, ['event start not stated: it had begun on or before the publication date']);
  // "visited … yesterday" with no date to count from: one day, whichever day it was.
  if (anchor && anchor.offset !== null && !anchor.verb && !anchor.future && !input.duration && !series) {
    const undated = build(null, null, { days: 1, span: anchor.span }, ['event dates not stated: the release has no date to count \'' + anchor.words + '\' from']);
    return { ...undated, derivations: [{ field: 'durationDays', reason: `1 day: '${anchor.words}' names one day, and no other day or length is stated` }] };
  }
  const warning = input.published
    ? 'event dates not stated: only the publication date is known'
    : 'no date: the release has no dateline or date line, and its text gives no day of the event with a year; add the dates by a correction if known';
  return build(null, null, input.duration, [warning]);
}

function fromRange(range: DateMention, duration: DurationMatch | null, series: boolean): EventDates {
  const start: Day = { iso: range.start, precision: 'stated', span: range.startSpan };
  const end: Day = { iso: range.end, precision: 'stated', span: range.endSpan };
  // A series' dates are the series', not one course's length.
  if (series) return build(start, end, duration);
  return withLength(start, end, duration, range.span);
}

/**
 * Both days known: the length is their inclusive count, unless the text states a day count of its
 * own. "a five-day course … 6 to 17 July" fits ten working days; "a five-day training … 29 February
 * – 5 March" counts days of training, not the calendar (a warning names the disagreement). A count in
 * weeks is not a count of days ("two weeks", 6 to 17 July: the dates decide).
 */
function withLength(start: Day, end: Day, duration: DurationMatch | null, rangeSpan: Span | null): EventDates {
  const span = inclusiveDays(start.iso, end.iso);
  const working = workingDays(start.iso, end.iso);
  if (duration && duration.unit === 'day' && duration.days !== span && duration.days === working) {
    const reason = `durationDays = ${working} working days: '${duration.written}' fits ${start.iso} to ${end.iso} without its weekends`;
    return { ...build(start, end, duration), derivations: [...build(start, end, null).derivations, { field: 'durationDays', reason }] };
  }
  const agrees = !duration || duration.days === span || (duration.unit === 'week' && working === (duration.days / 7) * 5);
  if (agrees) return build(start, end, { days: span, span: rangeSpan ?? duration?.span ?? start.span });
  const warning = `the text gives a length of ${duration.days} days but its dates ${start.iso} to ${end.iso} span ${span}`;
  // A stated day count is the event's length as the text counts it; a week count gives way to the dates.
  if (duration.unit === 'day') return build(start, end, duration, [warning]);
  return build(start, end, { days: span, span: rangeSpan ?? start.span }, [warning]);
}

function fromAnchor(anchor: DateAnchor, input: EventDateInput, counting: DurationMatch | null): EventDates {
  const published = input.published!.iso;
  if (anchor.offset === null) {
    const approximate = anchor.period ? periodDays(anchor.period, published) : null;
    const derivations = approximate
      ? [{ field: 'approximate', reason: `'${anchor.words}' before the publication date ${published}: ${approximate.from} to ${approximate.to}, no day stated` }]
      : [];
    const warning = `event days not stated: '${anchor.words}' gives no day`;
    return { ...build(null, null, input.duration, [warning]), approximate, derivations };
  }
  const offset = anchor.weekday === undefined ? anchor.offset : daysBack(published, anchor.weekday);
  const iso = addDays(published, offset);
  // "tomorrow" is a day after the publication date, never "-1 days before" it.
  const how = offset === 0
    ? `the publication date ${published}`
    : offset < 0 ? `${plural(-offset)} before the publication date ${published}` : `${plural(offset)} after the publication date ${published}`;
  const day: Day = { iso, precision: 'derived', span: anchor.span, reason: `${anchor.edge} = ${how}: '${anchor.words}'` };
  if (anchor.edge === 'end') return finish(countBack(day, counting), day, input.duration);
  return finish(day, countOn(day, counting) ?? announcedEnd(input, iso) ?? (anchor.verb || anchor.future || input.duration ? null : sameDay(day)), input.duration);
}

// "has started …; during the next three weeks, until 12 January": the end of an event under way, a
// day after `afterIso` written with "until" in the first sentences.
function announcedEnd(input: EventDateInput, afterIso: string): Day | null {
  const end = input.mentions.find(
    (m) => !m.isRange && /^(?:until|till|through)$/.test(m.preposition) && m.start > afterIso && inFirst(input.body, m.span, ANCHOR_SENTENCES),
  );
  return end ? { iso: end.start, precision: 'stated', span: end.span } : null;
}

// "The courses will continue until October 24" (quoted from the organiser too): an event under way on
// the publication day ends on the day it runs until.
const RUNS_UNTIL = new RegExp(`\\b(?:${EVENT_NOUNS.join('|')})s?\\s+(?:will\\s+)?(?:continue|continues|run|runs|last|lasts)\\s+(?:until|till|through)\\s*$`, 'i');

function runsUntil(input: EventDateInput, afterIso: string): Day | null {
  const end = input.mentions.find((m) => {
    const sentence = sentenceOf(input.body, m.span);
    return !m.isRange && m.start >= afterIso && sentence !== undefined && RUNS_UNTIL.test(sentence.text.slice(0, m.span.start - sentence.start));
  });
  return end ? { iso: end.start, precision: 'stated', span: end.span } : null;
}

// "From April 1 … hosted …; the programme concluded on April 12": a later day the text ties to the
// event's end (ended, closed, concluded …) within two months of its start.
function closingDay(input: EventDateInput, start: DateMention): Day | null {
  const end = input.mentions.find((m) => {
    if (m.isRange || m.start <= start.start || inclusiveDays(start.start, m.start) > MAX_EVENT_DAYS) return false;
    if (NOT_EVENT_PREPOSITION.test(m.preposition)) return false;
    const sentence = sentenceOf(input.body, m.span);
    return sentence !== undefined && maskQuotes(sentence.text)[m.span.start - sentence.start] !== ' ' && edgeOf(input.body, m) === 'end';
  });
  return end ? { iso: end.start, precision: 'stated', span: end.span } : null;
}

// "From April 1 …" before "concluded on April 12": an earlier day the text ties to the start (after
// "from", or began, opened …) within two months of the end.
function openingDay(input: EventDateInput, end: DateMention): Day | null {
  const start = input.mentions.find((m) => {
    if (m.isRange || m.start >= end.start || inclusiveDays(m.start, end.start) > MAX_EVENT_DAYS) return false;
    const sentence = sentenceOf(input.body, m.span);
    if (!sentence || maskQuotes(sentence.text)[m.span.start - sentence.start] === ' ') return false;
    return m.preposition === 'from' || (edgeOf(input.body, m) === 'start' && /^(?:on|from)$/.test(m.preposition) && START_VERB.test(sentence.text));
  });
  return start ? { iso: start.start, precision: 'stated', span: start.span } : null;
}

// "On 15 June the office organised a meeting", "held on 12 May": a day the text gives no start verb,
// no length and no other day is the event's only day. Not "began on 12 May" (a start, end unknown),
// "from 1 April" (a stretch), nor a series' day.
function oneDay(input: EventDateInput, day: Day, mention: DateMention): Day | null {
  if (input.duration || isSeries(input.body.slice(0, 2)) || mention.preposition === 'from') return null;
  const sentence = sentenceOf(input.body, mention.span);
  if (!sentence || START_VERB.test(maskQuotes(sentence.text)) || UNDER_WAY.test(maskQuotes(sentence.text))) return null;
  return sameDay(day);
}

function sameDay(day: Day): Day {
  return { iso: day.iso, precision: 'derived', span: day.span, reason: `end = start: one day, ${day.iso}; the text states no other day, no length and no start` };
}

// "four-day … began today" on 3 Nov → ends 6 Nov; only a length counted in calendar days.
function countOn(start: Day, duration: DurationMatch | null): Day | null {
  if (!duration?.calendarDays) return null;
  const days = duration.days - 1;
  return { iso: addDays(start.iso, days), precision: 'derived', span: duration.span, reason: `end = start + ${plural(days)}: '${duration.written}' event starting ${start.iso}` };
}

// "five-day course … concluded today" on 21 Aug → began 17 Aug.
function countBack(end: Day, duration: DurationMatch | null): Day | null {
  if (!duration?.calendarDays) return null;
  const days = duration.days - 1;
  return { iso: addDays(end.iso, -days), precision: 'derived', span: duration.span, reason: `start = end − ${plural(days)}: '${duration.written}' event ending ${end.iso}` };
}

/** "organized a series of courses" (the event is the series), not "the first in a series of seminars". */
export function isSeries(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => SERIES.test(s.text) && !ONE_OF_SERIES.test(s.text));
}

// "two intensive training courses on 11–20 December", "several workshops from 3 to 9 May": days that
// hold more than one event, whose span is no one event's length.
const SEVERAL = new RegExp(
  `\\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a number of|a few|\\d{1,2})\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PLURAL_EVENTS.join('|')})\\b`,
  'iu',
);

/** The sentence counts several events ("two training courses on 11–20 December"). */
export function countsSeveralEvents(sentence: string): boolean {
  return SEVERAL.test(maskQuotes(sentence));
}

// "The course ended on 5 May" dates the end; "began on", "held on" the start.
function edgeOf(body: readonly Sentence[], mention: DateMention): 'start' | 'end' {
  const sentence = sentenceOf(body, mention.span);
  return sentence ? edgeAt(sentence.text, mention.span.start - sentence.start) : 'start';
}

// "began on Monday" in a release dated Wednesday 5 May → Monday 3 May (−2); the same weekday → 0.
function daysBack(iso: string, weekday: number): number {
  return -((weekdayOf(iso) - weekday + 7) % 7);
}

function workingDays(start: string, end: string): number {
  let count = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) if (weekdayOf(day) % 6 !== 0) count++;
  return count;
}

function plural(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

function sentenceOf(body: readonly Sentence[], span: Span): Sentence | undefined {
  return body.find((s) => s.start <= span.start && span.end <= s.end);
}

function inFirst(body: readonly Sentence[], span: Span, count: number): boolean {
  return body.slice(0, count).some((s) => s.start <= span.start && span.end <= s.end);
}

// Both days known: their length (see withLength); else what the text states.
function finish(start: Day | null, end: Day | null, duration: DurationMatch | null, warnings: string[] = []): EventDates {
  if (!start || !end) return build(start, end, duration, warnings);
  const found = withLength(start, end, duration, null);
  return { ...found, warnings: [...warnings, ...found.warnings] };
}

function build(start: Day | null, end: Day | null, duration: { days: number; span: Span | null } | null, warnings: string[] = []): EventDates {
  const derivations = [
    ...(start?.reason ? [{ field: 'startDate', reason: start.reason }] : []),
    ...(end?.reason ? [{ field: 'endDate', reason: end.reason }] : []),
  ];
  return {
    startDate: start?.iso ?? null,
    endDate: end?.iso ?? null,
    durationDays: duration?.days ?? null,
    precision: { start: start?.precision ?? null, end: end?.precision ?? null },
    approximate: null,
    spans: { startDate: start?.span ?? null, endDate: end?.span ?? null, durationDays: duration?.span ?? null },
    derivations,
    warnings,
  };
}
