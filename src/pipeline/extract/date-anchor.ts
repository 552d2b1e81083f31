import type { Span } from '../../schema/dataset.ts';
import type { Sentence } from '../text/sentences.ts';

/** How the text ties the event to the dateline's day. */
export interface DateAnchor {
  /** Which end of the event the day is: "began today" → start, "concluded today" → end. */
  edge: 'start' | 'end';
  /** Days from the dateline: today 0, yesterday −1, tomorrow 1; null for "last week" (day unknown). */
  offset: number | null;
  /** For "on Monday": the weekday (0 Sunday … 6 Saturday), the latest one on or before the dateline. */
  weekday?: number;
  span: Span;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Marks the weekday entry of RELATIVE; its day is counted back from the dateline by the caller.
const WEEKDAY = -1000;
const RELATIVE: readonly (readonly [RegExp, number | null])[] = [
  [/\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/gi, 0],
  [/\byesterday\b/gi, -1],
  [/\btomorrow\b/gi, 1],
  [/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, WEEKDAY],
  [/\b(?:(?:last|past|previous) (?:week|weekend|month)|earlier (?:this|in the) (?:week|month)|recently|this week|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/gi, null],
];
const START_VERBS = /\b(?:began|begins|begin|begun|started|starts|start|opened|opens|open|kicked off|kicks off|commenced|commences|launched|launches|(?:got|gets|is|are) under\s?way)\b/gi;
const END_VERBS = /\b(?:returned|return|concluded|concludes|conclude|ended|ends|closed|closes|completed|completing|finished|wrapped up|came to an end|graduat\w*|certificates?|diplomas?|awarded)\b/gi;
// "has begun in Almaty", "opens in Bishkek": a present start with no day word means the dateline's day.
const PRESENT_START = /\b(?:has begun|have begun|has started|have started|has opened|begins|opens|starts|kicks off|is taking place|are taking place|is under\s?way|got under\s?way|began|started|opened)\b/i;

/**
 * The first of `sentences` that says when the event happened relative to the dateline: the day word
 * ("today", "yesterday", "last week") and the verb nearest to it ("began today" → start,
 * "concluded … today", "received certificates … today" → end; other verbs, "held today" → start).
 * Quoted speech is ignored: "Today we …" inside a quote dates nothing.
 */
export function findDateAnchor(sentences: readonly Sentence[]): DateAnchor | null {
  for (const sentence of sentences) {
    const text = maskQuotes(sentence.text);
    for (const [re, offset] of RELATIVE) {
      const word = [...text.matchAll(re)][0];
      if (!word) continue;
      const weekday = offset === WEEKDAY ? WEEKDAYS.indexOf(word[1]!.toLowerCase()) : undefined;
      const verb = nearestVerb(text, word.index);
      const from = Math.min(word.index, verb?.index ?? word.index);
      const to = Math.max(word.index + word[0].length, verb ? verb.index + verb.length : 0);
      return {
        edge: verb?.edge ?? 'start',
        offset: offset === WEEKDAY ? 0 : offset,
        ...(weekday !== undefined ? { weekday } : {}),
        span: { start: sentence.start + from, end: sentence.start + to },
      };
    }
  }
  const first = sentences[0];
  const present = first ? PRESENT_START.exec(maskQuotes(first.text)) : null;
  if (first && present) {
    const start = first.start + present.index;
    return { edge: 'start', offset: 0, span: { start, end: start + present[0].length } };
  }
  return null;
}

/** Which end of the event a day written at `at` in `text` is: "ended on 5 May" → end; else start. */
export function edgeAt(text: string, at: number): 'start' | 'end' {
  return nearestVerb(maskQuotes(text), at)?.edge ?? 'start';
}

function nearestVerb(text: string, at: number): { index: number; length: number; edge: 'start' | 'end' } | null {
  const verbs = [
    ...[...text.matchAll(START_VERBS)].map((m) => ({ index: m.index, length: m[0].length, edge: 'start' as const })),
    ...[...text.matchAll(END_VERBS)].map((m) => ({ index: m.index, length: m[0].length, edge: 'end' as const })),
  ];
  verbs.sort((a, b) => distance(a, at) - distance(b, at));
  return verbs[0] ?? null;
}

function distance(verb: { index: number; length: number }, at: number): number {
  return verb.index > at ? verb.index - at : at - (verb.index + verb.length);
}

/** Replaces quoted passages with spaces, keeping offsets. */
export function maskQuotes(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, (q) => ' '.repeat(q.length));
}
