import type { Absence, AbsentFact } from '../schema/evidence.ts';
import { countryName } from './country-names.ts';

/**
 * What each fact is called when extraction found nothing for it, said as what was not found: a
 * text often has places, dates and numbers that are not the event's (an office's seat, when it was
 * published, a total since 2005), and may name the event's own in a way no rule reads (visits
 * "around the prefecture"), so "no date in the text" or "no place named" would be false of it.
 */
const NOT_STATED: Record<AbsentFact, string> = {
  venues: 'No place for the event found in the text',
  startDate: 'No date for the event found in the text',
  endDate: 'No end date found in the text',
  participantCount: 'No participant count found in the text',
};

const NOUN: Record<AbsentFact, string> = { venues: 'place', startDate: 'date', endDate: 'end date', participantCount: 'count' };

/**
 * A place as the build labels a candidate ("Beirut, LB", "SS") in the words of a person ("Beirut,
 * Lebanon", "South Sudan"): a two-letter code alone or after the last comma is the country's name,
 * said once for a country ("South Sudan, SS" → "South Sudan").
 */
export function readablePlace(label: string): string {
  const m = /^(?:(.*), )?([A-Z]{2})$/.exec(label);
  if (!m) return label;
  const country = countryName(m[2]!);
  // A country-level candidate is labelled with its own name ("Egypt, EG"): "Egypt", not "Egypt, Egypt".
  return m[1] && m[1] !== country ? `${m[1]}, ${country}` : country;
}

/**
 * Why a fact is null, in words that are true of what extraction saw (`event.absences`): "No place
 * named in the text", "Held online", "Names “Lakeside Camp”, which the gazetteer does not know".
 */
export function absenceText(a: Absence): string {
  const name = a.name && a.fact === 'venues' ? readablePlace(a.name) : a.name;
  switch (a.kind) {
    case 'not-stated':
      return NOT_STATED[a.fact];
    case 'online':
      return 'Held online';
    case 'unknown-place':
      return name ? `Names “${name}”, which the gazetteer does not know` : 'Names a place the gazetteer does not know';
    case 'no-year':
      return name ? `Dated “${name}”, without a year` : 'Dated without a year';
    case 'undecided':
      return name ? `Not decided: the likeliest ${NOUN[a.fact]}, “${name}”, is not sure enough` : `Not decided: no ${NOUN[a.fact]} in the text is sure enough`;
    case 'removed-by-hand':
      return 'Removed by hand';
  }
}

/** The absences of one fact (the dates' reasons are the start's, then the end's). */
export function absencesOf(absences: readonly Absence[] | undefined, fact: AbsentFact): Absence[] {
  return (absences ?? []).filter((a) => a.fact === fact);
}
