import type { Absence, AbsentFact } from '../../schema/evidence.ts';

/** What each fact is called when nothing in the text gives it. */
const NOT_STATED: Record<AbsentFact, string> = {
  venues: 'No place named in the text',
  startDate: 'No date in the text',
  endDate: 'No end date in the text',
  participantCount: 'No participant count in the text',
};

const NOUN: Record<AbsentFact, string> = { venues: 'place', startDate: 'date', endDate: 'end date', participantCount: 'count' };

/**
 * Why a fact is null, in words that are true of what extraction saw (`event.absences`): "No place
 * named in the text", "Held online", "Names “Lakeside Camp”, which the gazetteer does not know".
 */
export function absenceText(a: Absence): string {
  switch (a.kind) {
    case 'not-stated':
      return NOT_STATED[a.fact];
    case 'online':
      return 'Held online';
    case 'unknown-place':
      return a.name ? `Names “${a.name}”, which the gazetteer does not know` : 'Names a place the gazetteer does not know';
    case 'no-year':
      return a.name ? `Dated “${a.name}”, without a year` : 'Dated without a year';
    case 'undecided':
      return a.name ? `Not decided: the likeliest ${NOUN[a.fact]}, “${a.name}”, is not sure enough` : `Not decided: no ${NOUN[a.fact]} in the text is sure enough`;
    case 'removed-by-hand':
      return 'Removed by hand';
  }
}

/** The absences of one fact (the dates' reasons are the start's, then the end's). */
export function absencesOf(absences: readonly Absence[] | undefined, fact: AbsentFact): Absence[] {
  return (absences ?? []).filter((a) => a.fact === fact);
}
