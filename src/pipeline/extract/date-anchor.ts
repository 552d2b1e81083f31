import type { Span } from '../../schema/dataset.ts';
import { allMatches } from '../text/all-matches.ts';
import type { Sentence } from '../text/sentences.ts';

/** A stretch of days the text names without a day: "last week", "earlier this month". */
export type Period = 'last week' | 'this week' | 'earlier this week' | 'last month' | 'earlier this month';

/** How the text ties the event to the dateline's day. */
export interface DateAnchor {
  /** Which end of the event the day is: "began today" → start, "concluded today" → end. */
  edge: 'start' | 'end';
  /** Days from the dateline: today 0, yesterday −1, tomorrow 1; null for "last week" (day unknown). */
  offset: number | null;
  /** For "on Monday": the weekday (0 Sunday … 6 Saturday), the latest one on or before the dateline. */
  weekday?: number;
  /** For "last week" and the like: the stretch of days, for an approximate place on the timeline. */
  period?: Period;
  /** True when a start or end verb ties the day ("began today"); false for "visited … yesterday". */
  verb: boolean;
  /** True when the sentence speaks of it ahead ("are due in Manila today to …", "will …"). */
  future: boolean;
  /** The words that tie the day: "began today", "concluded … on Friday". */
  words: string;
  span: Span;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// Marks the weekday entry of RELATIVE; its day is counted back from the dateline by the caller.
const WEEKDAY = -1000;
const RELATIVE: readonly (readonly [RegExp, number | null])[] = [
  [/\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/gi, 0],
  [/\byesterday\b/gi, -1],
  [/\btomorrow\b/gi, 1],
  // "on Monday", and a weekday right after the verb: "ended Saturday".
  [new RegExp(`\\b(?:on|began|begun|started|opened|ended|concluded|closed|finished|completed) (${WEEKDAY_NAMES})\\b`, 'g'), WEEKDAY],
  // "began a training course … Sunday.": a weekday closing the sentence, tied to its verb.
  [new RegExp(`(?<=\\p{L} )(${WEEKDAY_NAMES})(?=\\s*[.;]?\\s*$)`, 'gu'), WEEKDAY],
  [/\b(?:(?:last|past|previous) (?:week|weekend|month)|earlier (?:this|in the) (?:week|month)|recently|this week|(?:next|coming) (?:week|month)|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/gi, null],
];
// A word every match of RELATIVE holds ("to-day", "yester-day", the week-days, "to-night", "to-morrow",
// "morning", "week", "month", "recently"), with case ignored as the caseless ones ignore it: a sentence
// without one has no match (masking quotes only blanks letters out).
const RELATIVE_WORD = /day|night|morrow|morning|afternoon|evening|week|month|recently/i;
const PERIODS: Readonly<Record<string, Period>> = {
  'last week': 'last week', 'past week': 'last week', 'previous week': 'last week', 'last weekend': 'last week',
  'this week': 'this week', 'earlier this week': 'earlier this week', 'earlier in the week': 'earlier this week',
  'last month': 'last month', 'previous month': 'last month', 'past month': 'last month',
  'earlier this month': 'earlier this month', 'earlier in the month': 'earlier this month',
};
const START_VERBS = /\b(?:began|begins|begin|begun|started|starts|start|opened|opens|open|kicked off|kicks off|commenced|commences|launched|launches|(?:got|gets|is|are) under\s?way)\b/gi;
const END_VERBS = /\b(?:returned|return|concluded|concludes|conclude|ended|ends|closed|closes|completed|completing|finished|wrapped up|came to an end|graduat\w*|certificates?|diplomas?|awarded)\b/gi;
// "announced … today" dates the announcement, not the event: a day word nearer to one of these than to
// any start or end verb ties nothing.
const REPORT_VERBS = /\b(?:announced|announces|said|says|stated|states|reported|reports|informed|informs|told|noted|declared|published|issued|released)\b/gi;
// "opens in Bishkek", "begins in Almaty": a simple present start with no day word means the dateline's
// day. Not "has begun" or "began": those say only that it started on or before that day.
const PRESENT_START = /\b(?:begins|opens|starts|kicks off|commences)\b/i;
// "will begin on Monday": a weekday in the future is not counted back.
const FUTURE = /\b(?:will|shall|is to|are to|(?:is|are) due|(?:is|are) scheduled to|next)\b/i;

/**
 * The first of `sentences` that says when the event happened relative to the dateline: the day word
 * ("today", "yesterday", "on Monday", "last week") and the verb nearest to it ("began today" → start,
 * "concluded … today", "received certificates … today" → end; other verbs, "held today" → start).
 * Quoted speech is ignored: "Today we …" inside a quote dates nothing; so is a day word that goes with
 * a reporting verb ("has started …, announced the Office today").
 */
export function findDateAnchor(sentences: readonly Sentence[], context: readonly Sentence[] = sentences): DateAnchor | null {
  for (const sentence of sentences) {
    // Most sentences name no day at all: one pass for the words every RELATIVE match holds, not six.
    if (!RELATIVE_WORD.test(sentence.text)) continue;
    const text = maskQuotes(sentence.text);
    for (const [re, offset] of RELATIVE) {
      for (const word of allMatches(re, text)) {
        const anchor = anchorAt(sentence, text, word, offset);
        if (anchor) return anchor.verb ? anchor : atClosing(anchor, context);
      }
    }
  }
  const first = sentences[0];
  const present = first ? PRESENT_START.exec(maskQuotes(first.text)) : null;
  if (first && present && !FUTURE.test(first.text)) {
    const start = first.start + present.index;
    return { edge: 'start', offset: 0, verb: true, future: false, words: present[0], span: { start, end: start + present[0].length } };
  }
  return null;
}

// "The President on Friday expressed support … His remarks were delivered at the closing ceremony":
// a day no verb ties is the end when the story's first sentences are about a closing ceremony.
const CLOSING = /\b(?:closing|graduation|certificate|award) ceremony\b|\bclosing session\b/i;
const OPENING = /\bopening (?:ceremony|session)\b/i;

function atClosing(anchor: DateAnchor, sentences: readonly Sentence[]): DateAnchor {
  const story = sentences.map((s) => maskQuotes(s.text)).join(' ');
  return CLOSING.test(story) && !OPENING.test(story) ? { ...anchor, edge: 'end', verb: true } : anchor;
}

function anchorAt(sentence: Sentence, text: string, word: RegExpExecArray, offset: number | null): DateAnchor | null {
  const verb = nearestVerb(text, word.index);
  const report = nearest(text, REPORT_VERBS, word.index);
  if (report && (!verb || distance(report, word.index) < distance(verb, word.index))) return null;
  const isWeekday = offset === WEEKDAY;
  if (isWeekday && FUTURE.test(text.slice(0, word.index))) return null;
  const from = Math.min(word.index, verb?.index ?? word.index);
  const to = Math.max(word.index + word[0].length, verb ? verb.index + verb.length : 0);
  const period = offset === null ? PERIODS[word[0].toLowerCase()] : undefined;
  return {
    edge: verb?.edge ?? 'start',
    verb: verb !== null,
    future: FUTURE.test(text.slice(0, word.index)),
    offset: isWeekday ? 0 : offset,
    ...(isWeekday ? { weekday: WEEKDAYS.indexOf(word[1]!.toLowerCase()) } : {}),
    ...(period ? { period } : {}),
    words: text.slice(from, to),
    span: { start: sentence.start + from, end: sentence.start + to },
  };
}

/** Which end of the event a day written at `at` in `text` is: "ended on 5 May" → end; else start. */
export function edgeAt(text: string, at: number): 'start' | 'end' {
  return nearestVerb(maskQuotes(text), at)?.edge ?? 'start';
}

function nearestVerb(text: string, at: number): { index: number; length: number; edge: 'start' | 'end' } | null {
  const verbs = [
    ...allMatches(START_VERBS, text).map((m) => ({ index: m.index, length: m[0].length, edge: 'start' as const })),
    ...allMatches(END_VERBS, text).map((m) => ({ index: m.index, length: m[0].length, edge: 'end' as const })),
  ];
  verbs.sort((a, b) => distance(a, at) - distance(b, at));
  return verbs[0] ?? null;
}

function nearest(text: string, re: RegExp, at: number): { index: number; length: number } | null {
  const found = allMatches(re, text).map((m) => ({ index: m.index, length: m[0].length }));
  found.sort((a, b) => distance(a, at) - distance(b, at));
  return found[0] ?? null;
}

function distance(verb: { index: number; length: number }, at: number): number {
  return verb.index > at ? verb.index - at : at - (verb.index + verb.length);
}

/** Replaces quoted passages with spaces, keeping offsets. */
export function maskQuotes(text: string): string {
  // Asked of every sentence by several readers, and most sentences hold no quotation mark: then the text is its own mask.
  if (text.indexOf('"') === -1 && text.indexOf('“') === -1) return text;
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, (q) => ' '.repeat(q.length));
}
