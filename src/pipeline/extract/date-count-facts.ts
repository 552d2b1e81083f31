import type { Absence, Decision } from '../../schema/evidence.ts';
import type { CountMatch } from './participant-count.ts';

/** The event's `decisions` entry, present only when some fact kept one. */
export function factDecisions(decisions: readonly (Decision | null | undefined)[]): { decisions?: Decision[] } {
  const kept = decisions.filter((d): d is Decision => !!d);
  return kept.length > 0 ? { decisions: kept } : {};
}

/** The event's `absences` entry, present only when some fact is null. */
export function factAbsences(absences: readonly Absence[]): { absences?: Absence[] } {
  return absences.length > 0 ? { absences: [...absences] } : {};
}

/**
 * Why the participant count is null, from what was considered: two groups without a total
 * ('undecided', naming their sum), counts none of which was strong enough ('undecided', naming the
 * best), or no count of people at all ('not-stated').
 */
export function countAbsences(counted: { chosen: CountMatch | null; decision: Decision | null; groups: CountMatch | null }): Absence[] {
  if (counted.chosen) return [];
  if (counted.groups) {
    return [{ fact: 'participantCount', kind: 'undecided', name: `${counted.groups.count} in two groups, no total stated`, span: counted.groups.span }];
  }
  const best = counted.decision?.candidates[0];
  if (best) return [{ fact: 'participantCount', kind: 'undecided', name: best.label, span: best.span }];
  return [{ fact: 'participantCount', kind: 'not-stated', name: null, span: null }];
}

/**
 * Why the event's days are null: a date written without a year ('no-year', the date as written), a
 * numeric date that could be day first or month first ('undecided', as written),
 * date mentions none of which was the event's ('undecided', the best), or none at all ('not-stated').
 */
export function dateAbsences(
  dates: { startDate: string | null; endDate: string | null },
  yearless: { written: string; span: Absence['span'] } | null,
  decision: Decision | null | undefined,
  undecided: { written: string; span: Absence['span'] } | null = null,
): Absence[] {
  const missing = (['startDate', 'endDate'] as const).filter((f) => dates[f] === null);
  if (missing.length === 0) return [];
  const best = decision?.candidates.find((c) => !c.chosen);
  return missing.map((fact): Absence => {
    if (yearless && missing.length === 2) return { fact, kind: 'no-year', name: yearless.written, span: yearless.span };
    if (undecided && missing.length === 2) return { fact, kind: 'undecided', name: undecided.written, span: undecided.span };
    if (best && missing.length === 2) return { fact, kind: 'undecided', name: best.label, span: best.span };
    return { fact, kind: 'not-stated', name: null, span: null };
  });
}
