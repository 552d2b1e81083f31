import type { Span } from '../../schema/dataset.ts';
import { EVENT_NOUNS } from '../lexicon/kinds.ts';
import { NUMBER_PATTERN, parseNumber } from '../lexicon/numbers.ts';
import { allMatches } from '../text/all-matches.ts';
import type { Sentence } from '../text/sentences.ts';

export interface DurationMatch {
  days: number;
  /** As written: "five-day", "two-week". */
  written: string;
  span: Span;
  /** How the text counts: in days ("ten-day") or in weeks ("two-week", "week-long"). */
  unit: 'day' | 'week';
  /**
   * True when `days` can be counted on the calendar: a day count that nothing contradicts. A week
   * count is not ("two-week" may be ten working days), nor a day count that refines a week count
   * ("two-week … The 10-day course": ten working days).
   */
  calendarDays: boolean;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
// "a three-week initiative" names the programme it stands beside.
const NOUN = `(?:${[...EVENT_NOUNS, 'initiative'].join('|')})`;
// Words between the length and the noun: plain words and bracketed acronyms ("Border Management
// Awareness (BMA) course").
const FILLER = "(?:[\\s-]+(?:[\\p{L}’'-]+|\\([\\p{Lu}\\p{N}-]+\\))){0,4}?";
// "a four-day regional seminar", "the five-day event", "a two-week training course", "week-long workshop":
// the number-unit adjective must be followed, within four words, by a noun that names an event.
// "five-weeks' training": a plural possessive before the noun.
const ADJECTIVE = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})[- ](day|week)s?(?:[- ]long)?|(day|week)[- ]?long)(?:\\b|(?<=s)['’])(?=${FILLER}[\\s-]+${NOUN}s?\\b)`,
  'giu',
);
// "The seminar lasted three days", "for five days", "over two weeks" in a sentence about an event.
const EVENT_NOUN = new RegExp(`\\b${NOUN}\\b`, 'iu');
// "Over the next two weeks, the partnership will provide … training": the stretch ahead is the event's.
const PHRASE = new RegExp(`\\b(?:lasted|lasting|lasts|for|over|during)\\s+(?:the\\s+(?:next|following|coming)\\s+)?(${NUMBER_PATTERN})\\s+(day|week)s?\\b`, 'giu');
// "in the first two weeks of the course", "for the remaining two weeks": a part of the event, not its length.
const PART = /\b(?:first|last|final|remaining|other|second|third|next|following|initial|opening|closing)\s+$/i;

/**
 * The event's length in days from the first sentence that states it: "four-day seminar" → 4,
 * "two-week course" → 14, "week-long" → 7. Months and years are not counted ("three-month project",
 * "four-year plan" are about something else), nor lengths attached to non-event nouns. A later day
 * count that fits the first week count as working days refines it: "a two-week course … The 10-day
 * course" → 10 days, not calendar days.
 */
export function extractDuration(sentences: readonly Sentence[]): DurationMatch | null {
  const all = sentences.flatMap(lengthsIn);
  const first = all[0];
  if (!first || first.unit === 'day') return first ?? null;
  const weeks = first.days / 7;
  const refined = all.find((m) => m.unit === 'day' && m.days >= weeks * 5 && m.days <= first.days);
  if (!refined) return first;
  return { ...refined, calendarDays: refined.days === first.days };
}

// Both patterns need "day" or "week" (with their flags: case folded as they fold it): most sentences
// have neither, and skip the long number alternation.
const UNIT_WORD = /day|week/iu;
// What every match of ADJECTIVE holds (same flags): its unit after a space or hyphen ("five-day",
// "two week"), or before "long" ("week-long", "daylong"). "Monday", "today" and "holiday" hold
// neither, and their sentences skip ADJECTIVE, which tries the number alternation at every word.
const ADJECTIVE_UNIT = /[- ](?:day|week)|(?:day|week)[- ]?long/iu;

// What every match of PHRASE holds (same flags): its unit after a space ("three days"); "Monday" and "today" do not.
const SPACED_UNIT = /\s(?:day|week)/iu;

function lengthsIn(sentence: Sentence): DurationMatch[] {
  if (!UNIT_WORD.test(sentence.text)) return [];
  const found = ADJECTIVE_UNIT.test(sentence.text) ? matchesIn(sentence, ADJECTIVE) : [];
  if (SPACED_UNIT.test(sentence.text) && EVENT_NOUN.test(sentence.text)) found.push(...matchesIn(sentence, PHRASE));
  return found.sort((a, b) => a.span.start - b.span.start);
}

function matchesIn(sentence: Sentence, re: RegExp): DurationMatch[] {
  const out: DurationMatch[] = [];
  // allMatches, not matchAll: ADJECTIVE and PHRASE hold the whole number-word alternation.
  for (const match of allMatches(re, sentence.text)) {
    const count = match[1] ? parseNumber(match[1]) : 1;
    const unit = (match[2] ?? match[3] ?? '').toLowerCase();
    const perUnit = UNIT_DAYS[unit];
    // "0000-day" (a mangled number) is no length: a length is one day at least and a year at most.
    if (count === undefined || perUnit === undefined || count < 1 || count > 366) continue;
    if (PART.test(sentence.text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const start = sentence.start + match.index;
    const isDay = unit === 'day';
    out.push({ days: count * perUnit, written: match[0], span: { start, end: start + match[0].length }, unit: isDay ? 'day' : 'week', calendarDays: isDay });
  }
  return out;
}
