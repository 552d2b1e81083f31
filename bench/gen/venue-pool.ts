import type { GazetteerRow } from '../../src/pipeline/gazetteer/geonames-row.ts';
import { normalizePlaceName } from '../../src/pipeline/gazetteer/normalize-place-name.ts';
import { NOT_PLACE_NAMES } from '../../src/pipeline/gazetteer/not-place-names.ts';
import { findCountry } from '../../src/pipeline/lexicon/countries.ts';
import { cumulativeWeights, pickWeighted, type Rng } from './prng.ts';
import { FIELD_HOSTS, OSCE_CODES } from './osce-states.ts';

export interface Venue {
  name: string;
  asciiName: string;
  countryCode: string;
  lat: number;
  lon: number;
  capital: boolean;
  population: number;
}

export interface VenuePool {
  countries: readonly string[];
  countryWeights: readonly number[];
  cities: ReadonlyMap<string, { venues: readonly Venue[]; weights: readonly number[] }>;
}

const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
const MIN_POPULATION = 20_000;
// Letters, spaces and hyphens only, each word capitalised: the way datelines print town names.
const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;

/**
 * Venues from the gazetteer's rows: capitals and administrative seats of OSCE participating States
 * with at least 20,000 people, each the largest place and the only seat of its name in its country
 * (the town a reader takes the name to mean), never a common word. Weighted toward capitals and
 * large towns; field-operation hosts weigh more.
 */
export function buildVenuePool(rows: Iterable<GazetteerRow>): VenuePool {
  const osce = new Set(OSCE_CODES);
  const largest = new Map<string, number>();
  const seats = new Map<string, number>();
  const candidates: GazetteerRow[] = [];
  for (const row of rows) {
    if (!osce.has(row.countryCode)) continue;
    for (const key of new Set([row.name, row.asciiName].map((n) => `${row.countryCode}|${n.toLowerCase()}`))) {
      largest.set(key, Math.max(largest.get(key) ?? 0, row.population));
      if (SEATS.has(row.featureCode)) seats.set(key, (seats.get(key) ?? 0) + 1);
    }
    if (SEATS.has(row.featureCode) && row.population >= MIN_POPULATION && PLAIN_NAME.test(row.name)) candidates.push(row);
  }
  const byCountry = new Map<string, Venue[]>();
  for (const row of candidates) {
    const keys = [row.name, row.asciiName].map((n) => `${row.countryCode}|${n.toLowerCase()}`);
    // Two seats of one name (Augusta, Georgia and Augusta, Maine) leave a reader unable to tell
    // which is meant, and so do a common word ("Police") and a country's name for a mere town.
    const unambiguous = keys.every((k) => largest.get(k) === row.population && seats.get(k) === 1);
    if (!unambiguous || NOT_PLACE_NAMES.has(normalizePlaceName(row.name))) continue;
    if (findCountry(row.name) && row.featureCode !== 'PPLC') continue;
    const list = byCountry.get(row.countryCode) ?? [];
    list.push(toVenue(row));
    byCountry.set(row.countryCode, list);
  }
  const countries = [...byCountry.keys()].sort();
  const cities = new Map(countries.map((c) => {
    const venues = byCountry.get(c)!.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.lat - b.lat));
    return [c, { venues, weights: cumulativeWeights(venues.map(venueWeight)) }] as const;
  }));
  return { countries, countryWeights: cumulativeWeights(countries.map((c) => (FIELD_HOSTS.has(c) ? 4 : 1))), cities };
}

export function pickVenue(rng: Rng, pool: VenuePool): Venue {
  const country = pickWeighted(rng, pool.countries, pool.countryWeights);
  const { venues, weights } = pool.cities.get(country)!;
  return pickWeighted(rng, venues, weights);
}

function toVenue(row: GazetteerRow): Venue {
  const { name, asciiName, countryCode, lat, lon, population } = row;
  return { name, asciiName, countryCode, lat, lon, population, capital: row.featureCode === 'PPLC' };
}

// Per-row weights are stored as cumulative sums; this is each row's own share.
function venueWeight(v: Venue): number {
  return v.capital ? 12 : v.population >= 500_000 ? 6 : v.population >= 100_000 ? 3 : 1;
}
