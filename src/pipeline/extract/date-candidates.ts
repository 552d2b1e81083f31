import type { Decision } from '../../schema/evidence.ts';
import { EVENT_NOUNS } from '../lexicon/kinds.ts';
import type { Sentence } from '../text/sentences.ts';
import { maskQuotes } from './date-anchor.ts';
import type { DateMention } from './date-mentions.ts';
import { decide, type FeatureTable, type Scorable } from './decide.ts';

/** The evidence for and against a date mention being the event's days. */
export type DateFeature =
  | 'range' | 'first-sentence' | 'early-sentence' | 'event-noun' | 'held-verb' | 'on-from'
  | 'label-line' | 'not-event-preposition' | 'other-occasion' | 'in-quote' | 'background';

/** One table for the event's dates: each weight named, so a change is measured on the whole corpus. */
export const DATE_FEATURES: FeatureTable<DateFeature> = {
  range: { weight: 2, note: 'two days written: from … to' },
  'first-sentence': { weight: 2, note: 'in the story\'s first sentence' },
  'early-sentence': { weight: 1, note: 'in the story\'s second or third sentence' },
  'event-noun': { weight: 2, note: 'its sentence names the event (course, workshop …)' },
  'held-verb': { weight: 1, note: 'after held, took place, began, ended …' },
  'on-from': { weight: 1, note: 'after “on”, “from” or “between”' },
  'label-line': { weight: 2, note: 'on a line that labels the event: its kind, place and day (“Workshop | Town | 12 May”)' },
  'not-event-preposition': { weight: -8, note: 'after since, until, by, before or after: dates something else' },
  'other-occasion': { weight: -8, note: 'after “ahead of”, “prior to”: the day of another occasion' },
  'in-quote': { weight: -8, note: 'inside a quotation' },
  background: { weight: -3, note: 'its sentence tells of an earlier or other event (previous, pilot, last year …)' },
};

/** A candidate needs this much: a range in the first sentence (4), a day "on" in a sentence naming the event (3). */
export const DATE_THRESHOLD = 3;

const EVENT_NOUN = new RegExp(`\\b(?:${EVENT_NOUNS.join('|')})\\b`, 'i');
const HELD = /\b(?:held|hold|took place|takes place|take place|began|begins|begin|started|starts|start|opened|opens|commenced|ran|runs|concluded|concludes|ended|ends|closed|completed|organi[sz]ed|hosted|conducted)\b/i;
const NOT_EVENT_PREPOSITION = /^(?:since|until|till|before|by|after)$/;
const OTHER_OCCASION = /\b(?:ahead of|prior to|in the run-up to|in preparation for|deadline of)\s+(?:the\s+)?$/i;
const ON_FROM = /^(?:on|from|between|during)$/;
// "Workshop | Johannesburg, South Africa | 12 May 2010": a line of fields whose first names the event's
// kind in a few words; a day in a later field is the event's own, not the page's.
const LABEL_FIELD = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,3}(?:${EVENT_NOUNS.join('|')})s?\\s*$`, 'iu');
const BACKGROUND = /\b(?:previous|previously|earlier|last year|pilot|first phase|preceding|follow-up|follow up|next year|plans to|will be followed)\b/i;

/**
 * Evidence, then decision, for the event's days: every date mention of the story is a candidate, with
 * its evidence (a range, its sentence's place, the event noun, "held/took place", "on"/"from", and
 * against: "since"/"until", a quotation, background). The best at or above DATE_THRESHOLD wins (ties
 * go to the earlier mention); none does: abstain. The decision keeps every candidate.
 */
export function decideEventDates(
  story: readonly Sentence[],
  mentions: readonly DateMention[],
): { chosen: DateMention | null; decision: Decision | null } {
  const candidates = mentions.flatMap((m): Scorable<DateFeature, DateMention>[] => {
    const index = story.findIndex((s) => s.start <= m.span.start && m.span.end <= s.end);
    const sentence = story[index];
    const features: DateFeature[] = [];
    // The dateline's own date and lines before the story are the release's day, no candidate for the event's.
    if (!sentence) return [];
    const text = maskQuotes(sentence.text);
    if (m.isRange) features.push('range');
    if (index === 0) features.push('first-sentence');
    else if (index < 3) features.push('early-sentence');
    if (EVENT_NOUN.test(sentence.text)) features.push('event-noun');
    if (HELD.test(text)) features.push('held-verb');
    if (ON_FROM.test(m.preposition)) features.push('on-from');
    if (labelsEvent(sentence.text, m.span.start - sentence.start)) features.push('label-line');
    if (NOT_EVENT_PREPOSITION.test(m.preposition)) features.push('not-event-preposition');
    if (OTHER_OCCASION.test(text.slice(0, m.span.start - sentence.start))) features.push('other-occasion');
    if (text[m.span.start - sentence.start] === ' ') features.push('in-quote');
    if (BACKGROUND.test(text)) features.push('background');
    return [{ value: m, label: labelOf(m), span: m.span, features: features.map((feature) => ({ feature })) }];
  });
  const { chosen, decision } = decide('dates', DATE_FEATURES, DATE_THRESHOLD, candidates);
  return { chosen: chosen[0]?.value ?? null, decision };
}

function labelsEvent(text: string, at: number): boolean {
  const bar = text.indexOf('|');
  return bar > 0 && bar < at && LABEL_FIELD.test(text.slice(0, bar));
}

function labelOf(m: DateMention): string {
  return m.isRange ? `${m.start} to ${m.end}` : m.start;
}
