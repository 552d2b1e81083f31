import type { Span, Venue } from '../../schema/dataset.ts';
import type { Sentence } from '../text/sentences.ts';
import { countsSeveralEvents } from './event-dates.ts';

// The story's first sentences say whether it reports several events ("undergoing several training courses").
const OPENING_SENTENCES = 3;

/**
 * In a release about several events held in several places ("several training courses … at home and
 * abroad"), the one place a passage is about: the only venue its sentence names, or, when its sentence
 * names none, the only one the next sentence names ("ten officers were busy at home … The course was
 * held in Belize City"). A count or a length said there is that place's event's, not the whole's. Null
 * for one event (its field trip elsewhere is still that event), an event in one place, a passage
 * naming several of its places or none, or one outside the sentences.
 */
export function oneTownOf(venues: readonly Venue[], sentences: readonly Sentence[], at: Span): Venue | null {
  if (venues.length < 2 || !sentences.slice(0, OPENING_SENTENCES).some((s) => countsSeveralEvents(s.text))) return null;
  const i = sentences.findIndex((s) => s.start <= at.start && at.end <= s.end);
  if (i === -1) return null;
  const own = named(venues, sentences[i]);
  const about = own.length > 0 ? own : named(venues, sentences[i + 1]);
  return about.length === 1 ? about[0]! : null;
}

// The venues a sentence names. A module function, not a closure made per call: the build runs under
// tsx, whose esbuild names every named closure with a call to Object.defineProperty each time.
function named(venues: readonly Venue[], s: Sentence | undefined): Venue[] {
  return s ? venues.filter((v) => v.span !== null && s.start <= v.span.start && v.span.end <= s.end) : [];
}
