import type { ReleaseFacts, Speaker } from './choose-facts.ts';
import { chance, pick, type Rng } from './prng.ts';

/** One paragraph per speaker, the attribution after or before the quotation. */
export function writeQuotes(rng: Rng, f: ReleaseFacts): string[] {
  return f.speakers.map((s) => writeQuote(rng, s));
}

function writeQuote(rng: Rng, s: Speaker): string {
  const name = s.honorific ? `${s.honorific} ${s.name}` : s.name;
  return pick(rng, [
    () => `“${s.line},” said ${name}, ${s.role}.`,
    () => `${name}, ${s.role}, said: “${s.line}.”`,
    () => `“${s.line},” ${name}, ${s.role}, said.${chance(rng, 0.5) ? ' “We will keep supporting this work.”' : ''}`,
  ])();
}
