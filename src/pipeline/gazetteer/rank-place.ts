import type { Place } from './place.ts';

// How much a feature code says a place matters, in orders of magnitude of population: a capital
// counts as a hundred times its population, an admin seat ten times; parts of cities and places
// that no longer exist count for less.
const FEATURE_WEIGHT: Readonly<Record<string, number>> = {
  PPLC: 2,
  PPLG: 1.5,
  PPLA: 1,
  PPLA2: 0.5,
  PPLA3: 0.25,
  PPLA4: 0.25,
  PPLX: -1,
  PPLH: -2,
  PPLQ: -2,
  PPLW: -2,
};

/** A primary-name match counts as ten times the population of an alternate-name match. */
const PRIMARY_WEIGHT = 1;

/**
 * Score of a candidate place for a name, before country hints: log10(population) plus feature and
 * primary-name bonuses. So "Kiev" (an alternate name of the capital Kyiv, 2.8 M) outscores a
 * village whose own name is Kiev, while a town's own name beats an alternate name of a place
 * less than ten times larger.
 */
export function rankPlace(place: Place, primaryMatch: boolean): number {
  return (
    Math.log10(place.population + 1) +
    (FEATURE_WEIGHT[place.featureCode] ?? 0) +
    (primaryMatch ? PRIMARY_WEIGHT : 0)
  );
}
