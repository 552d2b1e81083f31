import type { Derivation, Span } from '../../schema/dataset.ts';
import { EVENT_NOUNS } from '../lexicon/kinds.ts';
import type { Sentence } from '../text/sentences.ts';
import { maskQuotes } from './date-anchor.ts';
import { findYearlessMentions } from './date-mentions.ts';
import { countsSeveralEvents, isSeries } from './event-dates.ts';

/** What an undated release does say about its event's days. */
export interface YearlessDates {
  /** "29 November to 3 December, year not stated". */
  written: string;
  /** The range's length when it is the same in every year, and the event is not a series; else null. */
  days: number | null;
  span: Span;
  /** One day on a heading line of the head ("9 June. UNDP. GARISSA"): the release's own day, which
   * says nothing against days the story states with a year. */
  releaseDay: boolean;
  derivations: Derivation[];
  warnings: string[];
}

const EVENT_NOUN = new RegExp(`\\b(?:${EVENT_NOUNS.join('|')})\\b`, 'i');
const NOT_EVENT_PREPOSITION = /^(?:since|until|till|before|by|after)$/;

/**
 * For a release with no publication date: the event's days written without a year ("From 29
 * November to 3 December, a seminar was held …") are kept as written, never given a year borrowed
 * from another date, and their length is kept when no year can change it (29 Nov – 3 Dec → 5 days).
 * Only a day in the first sentence or in a sentence about the event counts; null when there is none.
 */
export function yearlessDates(text: string, story: readonly Sentence[]): YearlessDates | null {
  for (const mention of findYearlessMentions(text)) {
    if (NOT_EVENT_PREPOSITION.test(mention.preposition) || inDateline(text, mention.span)) continue;
    const sentence = story.find((s) => s.start <= mention.span.start && mention.span.end <= s.end);
    if (!sentence || maskQuotes(sentence.text)[mention.span.start - sentence.start] === ' ') continue;
    if (sentence !== story[0] && !EVENT_NOUN.test(sentence.text)) continue;
    const days = mention.isRange && !isSeries(story.slice(0, 2)) && !countsSeveralEvents(sentence.text) ? mention.days : null;
    const derivations = days ? [{ field: 'durationDays', reason: `${days} days from '${mention.written}' inclusive, the same in any year` }] : [];
    const warning =
      `line ${sentence.line}: the event's dates '${mention.written}' have no year and the release has no dateline or date line; ` +
      'the year was not guessed: add it by a correction if known';
    const releaseDay = !mention.isRange && headingLine(text, mention.span);
    return { written: `${mention.written}, year not stated`, days, span: mention.span, releaseDay, derivations, warnings: [warning] };
  }
  return null;
}

// "DAR ES SALAAM, April 13 (Xinhua) -- …": a day between a line-opening place in capitals and the
// dateline's dash is the release's day, not the event's.
function inDateline(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(lineStart, span.start);
  const after = text.slice(span.end, span.end + 40);
  return /^[\p{Lu}\p{M} .'’-]{3,}(?:,[\p{L} .'’-]+)?,\s*$/u.test(before) && /^,?\s*(?:\([^)]{1,30}\))?\s*(?:--|[–—-])\s/u.test(after);
}

// "9 June. UNDP. GARISSA", "GARISSA, 9 June", "9 June – The course …": one day on a line that, up to
// its first dash, holds no word written in lower case (a place, a source, a day: no sentence, which
// has its "the", "was", "in") is the release's day too. A range on such a line ("5–8 June, Garissa") is the event's.
function headingLine(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const dash = /\s(?:--|[–—])\s|\s-\s/u.exec(line.slice(span.end - lineStart));
  const head = dash ? line.slice(0, span.end - lineStart + dash.index) : line;
  const rest = head.slice(0, span.start - lineStart) + head.slice(span.end - lineStart);
  return !/(?<![\p{L}\p{N}'’])\p{Ll}{2,}/u.test(rest);
}
