import type { ReleaseFacts } from './choose-facts.ts';
import { joinList } from './list-words.ts';
import { capitalise, numberInWords } from './number-words.ts';
import { stateNames } from './osce-states.ts';
import { chance, pick, type Rng } from './prng.ts';

/** The sentence saying how many came and from where: "It brought together some 40 … from A, B and C." */
export function writeParticipants(rng: Rng, f: ReleaseFacts): string {
  const host = f.venue.countryCode;
  const foreign = f.participants.filter((c) => c !== host);
  const who = f.count === null ? capitalise(f.audience) : `${writeCount(rng, f.count)} ${f.audience}`;
  const names = (codes: readonly string[]) => joinList(codes.map((c) => stateNames(c).name));
  const adjectives = f.participants.map((c) => stateNames(c).adjective);
  const options: (() => string)[] = [];
  if (f.hostTakesPart && foreign.length > 0) {
    options.push(() => `${capitalise(who)} from across the country took part, together with officials from ${names(foreign)}.`);
  }
  if (f.hostTakesPart && foreign.length === 0) options.push(() => `${capitalise(who)} from across the country took part.`);
  options.push(() => `${capitalise(who)} from ${names(f.participants)} took part.`);
  if (f.count !== null) options.push(() => `It brought together ${who} from ${names(f.participants)}.`);
  if (f.count !== null && adjectives.every((a) => a !== null)) {
    options.push(() => `${capitalise(writeCount(rng, f.count!))} ${joinList(adjectives as string[])} ${f.audience} attended.`);
  }
  return pick(rng, options)();
}

/** "some 40", "Twenty-five", "more than 30": what a reader takes as the count is the number itself. */
function writeCount(rng: Rng, n: number): string {
  const number = chance(rng, 0.3) ? numberInWords(n) : String(n);
  return `${chance(rng, 0.5) ? pick(rng, ['some ', 'about ', 'around ', 'more than ', 'nearly ']) : ''}${number}`;
}
