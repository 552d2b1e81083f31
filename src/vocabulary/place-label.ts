import type { PlacePrecision, Venue } from '../schema/dataset.ts';
import { countryName } from './country-names.ts';

// A place as a person reads it, everywhere: the map's markers and tooltips, the list, the details,
// the export. One fallback, one wording of precision.

type PlaceNames = Pick<Venue, 'city' | 'name' | 'region' | 'countryCode'>;

/** What a place with no name at all is called (never, from the build step; kept for any data). */
export const UNNAMED_PLACE = 'Unnamed place';

/** What an event with no place says. */
export const NO_PLACE = 'Place not stated';

/** "Karaganda"; a region by its name ("Naryn region"); a country by the table's name ("Poland"). */
export function placeLabel(place: PlaceNames): string {
  return place.city ?? place.region ?? place.name ?? (place.countryCode ? countryName(place.countryCode) : UNNAMED_PLACE);
}

/** How precise a place is, in words: "town", "region only", "country only". */
export const PLACE_PRECISION_WORDS: Readonly<Record<PlacePrecision, string>> = { city: 'town', region: 'region only', country: 'country only' };

/** A place as its marker names it: "Karaganda"; "Naryn region, region only"; "Poland, country only". */
export function placeWithPrecision(label: string, precision: PlacePrecision): string {
  return precision === 'city' ? label : `${label}, ${PLACE_PRECISION_WORDS[precision]}`;
}

/** An event's places as one line: "Aktau, Atyrau"; NO_PLACE when it has none. */
export function placesLine(venues: readonly PlaceNames[]): string {
  return venues.map(placeLabel).join(', ') || NO_PLACE;
}
