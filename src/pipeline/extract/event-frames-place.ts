import { EVENT_NOUN } from './venue-context.ts';

// How far before the name the event noun may stand: "a training on negotiation skills for senior officials in ".
const REACH = 110;
// The event noun, then no clause break, then "in" or "at" right before the name.
let framing: RegExp | undefined;
const EVENT_NOUN_THEN_IN = (): RegExp => (framing ??= new RegExp(`${EVENT_NOUN.source}[^,;:()“”"]*\\s(?:in|at)\\s+$`, 'iu'));

/**
 * Whether a sentence frames the name at `at` as the event's place: "took part in a training on
 * negotiation skills in X", "a workshop for judges at X". A town found by its name alone must
 * otherwise be large (100,000 people), a capital or in a country the text names, since a capitalised
 * word is often a namesake of some small town; after the event noun and "in", the sentence itself
 * says the word is a place, as "held in X" and a headline's "in X" do, so a small town is taken.
 * Evidence: the event noun and "in/at" before the name, in one clause. Decision: framed.
 */
export function eventFramesPlace(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - REACH), at);
  // "in X" with no article: "in the Lakeside border area" names an area by a word, not the town Lakeside.
  return /\s(?:in|at)\s+$/u.test(before) && EVENT_NOUN_THEN_IN().test(before);
}
