import type { FeatureTable } from './decide.ts';

/**
 * What can be said for or against a place being where the event was held. Each mention of a place
 * in the release contributes the features its context shows; a place's score is the sum over the
 * distinct features of all its mentions, so a town named in the title and in the location line
 * (2 + 3) can beat a town after "held in" (4), while a town named only as an office's seat loses.
 */
export type VenueFeature =
  | 'held-in'
  | 'event-in'
  | 'location-line'
  | 'dateline'
  | 'dateline-range'
  | 'title'
  | 'facility'
  | 'institution-seat'
  | 'lead-in'
  | 'in-place'
  | 'event-noun'
  | 'organiser-seat'
  | 'participants-origin'
  | 'deployed-to'
  | 'background'
  | 'other-event'
  | 'quoted'
  | 'abroad'
  | 'named-elsewhere'
  | 'country-level'
  | 'national-body';

/**
 * The venues' weight table. A place needs VENUE_THRESHOLD to be chosen: one strong signal ("held
 * in", the location line, the dateline), or two weaker ones together (title and "in X"; a facility
 * and the event noun). Against: the place is an office's seat, the participants' origin, or the
 * sentence tells of another event.
 */
export const VENUE_FEATURES: FeatureTable<VenueFeature> = {
  'held-in': { weight: 4, note: 'the text says the event was held there ("held in", "took place in", "a visit to")' },
  'event-in': { weight: 3, note: 'the event noun, then "in" or "at" the place ("a workshop in X")' },
  'location-line': { weight: 3, note: 'a place line under the title' },
  dateline: { weight: 3, note: 'the dateline: where the release was issued' },
  'dateline-range': { weight: 2, note: "the dateline carries the event's own days" },
  title: { weight: 2, note: 'named in the title' },
  facility: { weight: 2, note: 'the seat of a named site ("the X Border Post", "Police Academy of X")' },
  'institution-seat': { weight: 3, note: 'held at or a visit to a body whose one seat a table knows ("visited CARICC" → Almaty)' },
  'lead-in': { weight: 2, note: '"in X" in the lead sentence' },
  'in-place': { weight: 1, note: 'after "in" or "at"' },
  'event-noun': { weight: 1, note: 'in a sentence about the event (training, course, workshop…)' },
  'organiser-seat': { weight: -1, note: 'names an office\'s seat ("the UNDP Office in X")' },
  'participants-origin': { weight: -3, note: 'where participants came from ("officers from X")' },
  'deployed-to': { weight: -4, note: 'where the people serve afterwards ("deployed them in X")' },
  background: { weight: -8, note: 'an earlier event or background (an earlier year, "last year", "a pilot")' },
  'other-event': { weight: -3, note: 'a sentence about another or a future event' },
  quoted: { weight: -1, note: 'inside quotation marks: a speaker\'s words or a title ("the project “… in Egypt, Tunisia and Libya”"), never named as the likeliest place' },
  'named-elsewhere': { weight: -2, note: 'only the dateline, and the text places the event elsewhere' },
  abroad: { weight: -1, note: 'in a country the text does not name' },
  'country-level': { weight: -0.5, note: 'a whole country: a town in it is more precise' },
  'national-body': { weight: 3, note: "no place named: the nation of the body trained or hosting (\"Ukrainian police\", \"hosted by the Royal Brunei Police Force\")" },
};

/** Below this score a place is not the venue: abstain rather than guess. */
export const VENUE_THRESHOLD = 3;
