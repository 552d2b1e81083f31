import type { Role } from '../../schema/dataset.ts';

// The clause's subject is a pronoun for people named before, then their origin: "They came from ",
// "Most of them were from ", "; others came from ", "All of them are from the ".
const PRONOUN_FROM =
  /(?:^|[;,:]\s*)(?:they|these|all\s+of\s+them|most\s+of\s+them|some\s+of\s+them|many\s+of\s+them|the\s+others|others|the\s+rest)\s+(?:(?:all|mostly|mainly|also)\s+)?(?:came|come|were|are|hailed|travelled|traveled)\s+(?:(?:all|mostly|mainly|also)\s+)?from\s+(?:the\s+)?$/iu;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
// How far back the people may be named: the sentence before, read from its end.
const REACH = 400;

/**
 * A country the clause says people "came from", the people given by a pronoun: "The course was
 * attended by 30 judges. They came from A, B and C", "Most of them were from A; others came from B".
 * Evidence: the last people noun before the pronoun (in this sentence or the one before) says who
 * "they" are. Decision: that noun's role (`roleOf`: participant or expert); undefined when the
 * country does not follow such a pronoun or no people were named before it.
 */
export function pronounOrigin(text: string, sentenceStart: number, before: string, roleOf: (word: string) => string | null): Role | undefined {
  const m = PRONOUN_FROM.exec(before);
  if (!m) return undefined;
  const earlier = text.slice(Math.max(0, sentenceStart - REACH), sentenceStart) + before.slice(0, m.index);
  let role: Role | undefined;
  for (const w of earlier.matchAll(WORD)) {
    const r = roleOf(w[0]);
    if (r === 'participant' || r === 'expert') role = r;
  }
  return role;
}
