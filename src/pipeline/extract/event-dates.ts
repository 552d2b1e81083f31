import type { Span } from '../../schema/dataset.ts';
import { EVENT_NOUNS } from '../lexicon/kinds.ts';
import type { Sentence } from '../text/sentences.ts';
import { addDays, inclusiveDays } from './calendar.ts';
import { edgeAt, findDateAnchor, maskQuotes } from './date-anchor.ts';
import type { DateMention } from './date-mentions.ts';
import type { DurationMatch } from './duration.ts';

export interface EventDates {
  startDate: string | null;
  endDate: string | null;
  durationDays: number | null;
  spans: { startDate: Span | null; endDate: Span | null; durationDays: Span | null };
  warnings: string[];
}

export interface EventDateInput {
  /** The dateline's day, when there is one. */
  published: { iso: string; span: Span } | null;
  /** Sentences after the title, dateline first. */
  body: readonly Sentence[];
  mentions: readonly DateMention[];
  duration: DurationMatch | null;
}

const EVENT_NOUN = new RegExp(`\\b(?:${EVENT_NOUNS.join('|')})\\b`, 'i');
const ANCHOR_SENTENCES = 3;

/**
 * Start, end and length of the event. An explicit range wins ("from 9 April to 4 June" → 57 days);
 * then the dateline day tied by the text ("four-day seminar … began today" on 3 Nov → 3–6 Nov,
 * "five-day course … concluded … today" on 21 Aug → 17–21 Aug); then "on 12 May" in the first
 * sentences. "Last week" leaves both days null: the dateline is not the event's day.
 */
export function resolveEventDates(input: EventDateInput): EventDates {
  const { duration } = input;
  const range = eventRange(input);
  if (range) {
    const days = inclusiveDays(range.start, range.end);
    const disagree = duration && duration.days !== days
      ? [`the text gives a length of ${duration.days} days but its dates ${range.start} to ${range.end} span ${days}`]
      : [];
    return result(range.start, range.end, days, range.startSpan, range.endSpan, range.span, disagree);
  }
  const anchor = findDateAnchor(input.body.slice(0, ANCHOR_SENTENCES));
  const days = duration?.days ?? null;
  const durationSpan = duration?.span ?? null;
  if (anchor && input.published) {
    if (anchor.offset === null) return result(null, null, days, null, null, durationSpan, []);
    const day = addDays(input.published.iso, anchor.weekday === undefined ? anchor.offset : daysBack(input.published.iso, anchor.weekday));
    if (anchor.edge === 'start') {
      const end = days ? addDays(day, days - 1) : null;
      return result(day, end, days, anchor.span, durationSpan, durationSpan, []);
    }
    const start = days ? addDays(day, -(days - 1)) : null;
    return result(start, day, days, durationSpan, anchor.span, durationSpan, []);
  }
  // Without a dateline, the first date in the story is the best evidence of the event's day.
  const single = input.published
    ? input.mentions.find((m) => !m.isRange && m.preposition === 'on' && inFirst(input.body, m.span, 2))
    : input.mentions.find((m) => inFirst(input.body, m.span, input.body.length));
  if (single?.isRange) {
    return result(single.start, single.end, days, single.startSpan, single.endSpan, durationSpan, []);
  }
  if (single && edgeOf(input.body, single) === 'end') {
    const start = days ? addDays(single.start, -(days - 1)) : null;
    return result(start, single.start, days, durationSpan, single.span, durationSpan, []);
  }
  if (single) {
    const end = days ? addDays(single.start, days - 1) : null;
    return result(single.start, end, days, single.span, durationSpan, durationSpan, []);
  }
  const warning = input.published
    ? 'event dates not stated: only the publication date is known'
    : 'event dates not stated';
  return result(null, null, days, null, null, durationSpan, [warning]);
}

function eventRange(input: EventDateInput): DateMention | undefined {
  return input.mentions.find((m) => {
    if (!m.isRange || /^(?:since|until|till|before|by)$/.test(m.preposition)) return false;
    const sentence = input.body.find((s) => s.start <= m.span.start && m.span.end <= s.end);
    if (!sentence || maskQuotes(sentence.text)[m.span.start - sentence.start] === ' ') return false;
    return sentence === input.body[0] || EVENT_NOUN.test(sentence.text);
  });
}

// "The course ended on 5 May" dates the end; "began on", "held on" the start.
function edgeOf(body: readonly Sentence[], mention: DateMention): 'start' | 'end' {
  const sentence = body.find((s) => s.start <= mention.span.start && mention.span.end <= s.end);
  return sentence ? edgeAt(sentence.text, mention.span.start - sentence.start) : 'start';
}

// "began on Monday" in a release dated Wednesday 5 May → Monday 3 May (−2); the same weekday → 0.
function daysBack(iso: string, weekday: number): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const today = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return -((today - weekday + 7) % 7);
}

function inFirst(body: readonly Sentence[], span: Span, count: number): boolean {
  return body.slice(0, count).some((s) => s.start <= span.start && span.end <= s.end);
}

function result(
  startDate: string | null,
  endDate: string | null,
  durationDays: number | null,
  startSpan: Span | null,
  endSpan: Span | null,
  durationSpan: Span | null,
  warnings: string[],
): EventDates {
  return {
    startDate,
    endDate,
    durationDays,
    spans: {
      startDate: startDate ? startSpan : null,
      endDate: endDate ? endSpan : null,
      durationDays: durationDays ? durationSpan : null,
    },
    warnings,
  };
}
