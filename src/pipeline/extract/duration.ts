import type { Span } from '../../schema/dataset.ts';
import { EVENT_NOUNS } from '../lexicon/kinds.ts';
import { NUMBER_PATTERN, parseNumber } from '../lexicon/numbers.ts';
import type { Sentence } from '../text/sentences.ts';

export interface DurationMatch {
  days: number;
  span: Span;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
const NOUN = `(?:${EVENT_NOUNS.join('|')})`;
// "a four-day regional seminar", "the five-day event", "a two-week training course", "week-long workshop":
// the number-unit adjective must be followed, within four words, by a noun that names an event.
const ADJECTIVE = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})[- ](day|week)s?(?:[- ]long)?|(day|week)[- ]?long)\\b(?=(?:[\\s-]+[\\p{L}’'-]+){0,4}?[\\s-]+${NOUN}\\b)`,
  'giu',
);
// "The seminar lasted three days", "for five days", "over two weeks" in a sentence about an event.
const EVENT_NOUN = new RegExp(`\\b${NOUN}\\b`, 'iu');
const PHRASE = new RegExp(`\\b(?:lasted|lasting|lasts|for|over)\\s+(${NUMBER_PATTERN})\\s+(day|week)s?\\b`, 'giu');

/**
 * The event's length in days from the first sentence that states it: "four-day seminar" → 4,
 * "two-week course" → 14, "week-long" → 7. Months and years are not counted ("three-month project",
 * "four-year plan" are about something else), nor lengths attached to non-event nouns.
 */
export function extractDuration(sentences: readonly Sentence[]): DurationMatch | null {
  for (const sentence of sentences) {
    const found = [...matchesIn(sentence, ADJECTIVE)];
    if (EVENT_NOUN.test(sentence.text)) found.push(...matchesIn(sentence, PHRASE));
    found.sort((a, b) => a.span.start - b.span.start);
    if (found[0]) return found[0];
  }
  return null;
}

function* matchesIn(sentence: Sentence, re: RegExp): Generator<DurationMatch> {
  for (const match of sentence.text.matchAll(re)) {
    const count = match[1] ? parseNumber(match[1]) : 1;
    const unit = (match[2] ?? match[3] ?? '').toLowerCase();
    const perUnit = UNIT_DAYS[unit];
    if (count === undefined || perUnit === undefined || count > 366) continue;
    const start = sentence.start + match.index;
    yield { days: count * perUnit, span: { start, end: start + match[0].length } };
  }
}
