import type { Gazetteer, Place } from '../../../src/pipeline/gazetteer/place.ts';

const PLACES: Record<string, Place> = {
  almaty: { geonameId: 1526384, name: 'Almaty', countryCode: 'KZ', lat: 43.25, lon: 76.92, population: 2000000, featureCode: 'PPLA' },
  astana: { geonameId: 1526273, name: 'Astana', countryCode: 'KZ', lat: 51.18, lon: 71.45, population: 1000000, featureCode: 'PPLC' },
  karaganda: { geonameId: 609655, name: 'Karagandy', countryCode: 'KZ', lat: 49.8, lon: 73.1, population: 500000, featureCode: 'PPLA' },
  osh: { geonameId: 1527534, name: 'Osh', countryCode: 'KG', lat: 40.53, lon: 72.8, population: 250000, featureCode: 'PPLA' },
  bishkek: { geonameId: 1528675, name: 'Bishkek', countryCode: 'KG', lat: 42.87, lon: 74.59, population: 900000, featureCode: 'PPLC' },
  // A village named like a common word: the venue rules must not pick it.
  police: { geonameId: 3088802, name: 'Police', countryCode: 'PL', lat: 53.55, lon: 14.57, population: 20000, featureCode: 'PPL' },
};

/** A tiny in-memory gazetteer for unit tests: exact, case-insensitive names only. */
export const fakeGazetteer: Gazetteer = {
  geocode: (name) => PLACES[name.toLowerCase()] ?? null,
};

export const PLACE = PLACES;
