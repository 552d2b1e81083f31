import type { FeatureTable } from './decide.ts';
import { PROJECT_TOTAL } from '../lexicon/people-nouns.ts';
import { COUNTED_PEOPLE } from '../lexicon/participant-count-words.ts';
import { TEACHERS_WERE } from '../lexicon/role-words.ts';

/** The evidence for and against a count of people being the event's participant count. */
export type CountFeature =
  | 'people-count' | 'agents-took-part' | 'total-of' | 'title' | 'opening-sentences' | 'took-part' | 'training-for' | 'states-groups-total'
  | 'groups-no-total' | 'project-total' | 'background' | 'per-unit' | 'part-of-group' | 'unnumbered-group' | 'teaches' | 'sent' | 'one-delegation'
  | 'one-town';

/** One table for the participant count. */
export const COUNT_FEATURES: FeatureTable<CountFeature> = {
  'people-count': { weight: 3, note: 'a number of people' },
  // Weaker than a noun of the people lists: only the verb says they are people, and it counts as 'took-part' too.
  'agents-took-part': { weight: 2, note: 'a number of whoever the sentence opens with as taking part (“45 directors-general are taking part”)' },
  'total-of': { weight: 2, note: '“a total of”, “in total”' },
  title: { weight: 1, note: 'in the title' },
  'opening-sentences': { weight: 1, note: 'in the story\'s first three sentences' },
  'took-part': { weight: 1, note: 'its sentence says they took part, attended, were trained or graduated' },
  'training-for': { weight: 2, note: 'the people a training is for (“training for 16 officers”)' },
  'states-groups-total': { weight: 1, note: 'the sum of two groups named before' },
  'groups-no-total': { weight: -5, note: 'two groups whose total the text does not state' },
  'project-total': { weight: -8, note: 'a total over a project or years (“since 2012”, “to date”)' },
  background: { weight: -4, note: 'an earlier event (“a follow-up to the 2015 training”, “a pilot”)' },
  'per-unit': { weight: -6, note: 'a number for each country or body, not a total' },
  'part-of-group': { weight: -4, note: 'part of a larger group (“including”, “joining their”)' },
  'unnumbered-group': { weight: -4, note: 'another group took part whose number is not stated (“as well as …”)' },
  teaches: { weight: -6, note: 'the people who teach' },
  sent: { weight: -3, note: 'people sent (“dispatched two members”): often the trainers' },
  'one-delegation': { weight: -4, note: 'one country’s delegation (“Representing Tonga, four officials”), not the whole' },
  'one-town': { weight: -4, note: 'the people of one of the several places the event was held in, not the whole' },
};

/** A count needs its people and nothing against it. */
export const COUNT_THRESHOLD = 3;

const PEOPLE = `(?:${COUNTED_PEOPLE.join('|')}|guests|members)`;
const TOOK_PART = /\b(?:participat\w*|took part|tak(?:e|es|ing) part|attend\w*|trained|graduat\w*|completed|joined|benefit\w*)\b/i;
const TOTAL_AFTER = /^[^.;]{0,30}?\b(?:in total|in all|altogether|all told)\b/i;
const TRAINING_FOR = /\b(?:training|course|courses|workshop|seminar|programme|program|session|sessions|instruction|lectures?)\b(?:\s+[\p{L}-]+){0,6}?\s+(?:for|to)\s+$/iu;
const PER_UNIT = /^[^.;]{0,80}?\b(?:(?:from|of|in|for) each\b|per (?:country|state|agency|institution|region|province|district|body|delegation)\b|each\b)/i;
const PART_BEFORE = /\b(?:including|includes|include|among them|among whom|of whom|of which|incl\.)\s+$/i;
const PART_AFTER = /^[^.;]{0,60}?\b(?:joining|joined|alongside|together with)\s+(?:their|the|other|fellow)\b/i;
const UNNUMBERED_AFTER = new RegExp(`^[^.;\\d]{0,80}?\\b(?:as well as|along with|and other|plus)\\s+(?:[\\p{L}-]+\\s+){0,4}?${PEOPLE}\\b`, 'iu');
const ALSO_NEXT = /^\s*(?:also (?:participating|attending|present|taking part)|(?:\p{L}+\s+){0,6}also (?:participated|attended|took part|joined))\b/iu;
const MULTI_YEAR = /\b(?:across|between|in|during|over|from) (?:19|20)\d\d\s*(?:and|to|-|–)\s*(?:19|20)?\d\d\b/i;
const BACKGROUND = /\b(?:follow-up to|follow up to|previous|previously|earlier|pilot|last year|the (?:19|20)\d\d\s+\p{L}+)\b/iu;
const SENT_BEFORE = /\b(?:dispatched|sent|deployed|seconded|assigned)\s+$/i;
// "Representing Tonga, four officials …": the sentence is about one delegation among others.
const REPRESENTING_BEFORE = /^\s*Representing\s+[^,.;]{1,60},\s*(?:the\s+)?$/i;

export interface CountContext {
  /** The sentence, quotations masked. */
  text: string;
  /** The next sentence's text ("Also participating were …"). */
  next: string;
  /** Where the count begins and ends in `text`. */
  at: number;
  end: number;
  /** Words before the number ("a total of", "some"). */
  qualifier: string;
  inTitle: boolean;
  /** The sentence's place in the story. */
  index: number;
  /** Two groups whose sum the text did not state. */
  groups: boolean;
}

/**
 * The evidence of one count, as rules of the genre: "a total of 41 (all of them women) cadets" is
 * the total; "Since 2012, more than 4,000 officers have …" a multi-year total; "five delegates from
 * each country" a number per country; "including 476 corporals", "two officers … joining their
 * Fijian comrades" a part; "24 officers … as well as members of X" one group of two; "Representing
 * Tonga, four officials" one delegation of several.
 */
export function countEvidence(c: CountContext): { feature: CountFeature; note?: string }[] {
  const before = c.text.slice(0, c.at);
  const after = c.text.slice(c.end);
  const features: CountFeature[] = ['people-count'];
  if (/total/i.test(c.qualifier) || TOTAL_AFTER.test(after)) features.push('total-of');
  if (c.inTitle) features.push('title');
  else if (c.index < 3) features.push('opening-sentences');
  if (TOOK_PART.test(c.text)) features.push('took-part');
  if (TRAINING_FOR.test(before)) features.push('training-for');
  if (c.groups) features.push('groups-no-total');
  if (PROJECT_TOTAL.test(c.text) || MULTI_YEAR.test(c.text)) features.push('project-total');
  else if (!c.inTitle && BACKGROUND.test(c.text)) features.push('background');
  if (PER_UNIT.test(after)) features.push('per-unit');
  if (PART_BEFORE.test(before) || PART_AFTER.test(after)) features.push('part-of-group');
  if (UNNUMBERED_AFTER.test(after) || ALSO_NEXT.test(c.next)) features.push('unnumbered-group');
  if (SENT_BEFORE.test(before)) features.push('sent');
  if (REPRESENTING_BEFORE.test(before)) features.push('one-delegation');
  // "Speakers included two judges from X": the people counted are the teachers.
  if (TEACHERS_WERE.test(before)) features.push('teaches');
  return features.map((feature) => ({ feature }));
}
