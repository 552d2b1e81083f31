import type { Span, Venue } from '../../schema/dataset.ts';
import type { Gazetteer, Place } from '../gazetteer/place.ts';
import { findCountry } from '../lexicon/countries.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Dateline } from './dateline.ts';
import { placeCase } from './place-case.ts';
import { findVenueCandidates } from './venue-candidates.ts';

export interface VenueInput {
  dateline: Dateline | null;
  /** The first sentences that describe the event (the dateline's text removed). */
  eventSentences: readonly Sentence[];
  /** Countries to prefer when geocoding, most likely first (the dateline's, then those named). */
  countryCodes: readonly string[];
  /** The dateline's country (written, or the dateline city's): the country of a venue not geocoded. */
  datelineCountryCode: string | null;
  gazetteer: Gazetteer;
}

/** A place before its precision and reason are known. */
export type FoundPlace = Pick<Venue, 'city' | 'name' | 'countryCode' | 'lat' | 'lon' | 'geonameId'>;

export interface VenueResult {
  venue: FoundPlace;
  span: Span | null;
  warnings: string[];
}

const NO_VENUE: FoundPlace = { city: null, name: null, countryCode: null, lat: null, lon: null, geonameId: null };

/**
 * Where the event took place. An explicit place in the event's sentences wins over the dateline
 * ("ALMATY – … held in Kazakhstan's capital, Astana, last week" → Astana); otherwise the dateline
 * city. Country names are never geocoded as cities. A city the gazetteer does not know is kept with
 * null coordinates and a warning, its country from the dateline when there is one.
 */
export function extractVenue(input: VenueInput): VenueResult {
  const hints = { countryCodes: input.countryCodes };
  const geocode = (name: string): Place | null => (findCountry(name) ? null : safeGeocode(input.gazetteer, name, hints));
  for (const [index, sentence] of input.eventSentences.entries()) {
    for (const candidate of findVenueCandidates(sentence.text, sentence.start)) {
      // A bare "in X" places the event only in its first sentence; later ones tell of other things.
      if (findCountry(candidate.name) || (index > 0 && !candidate.strong)) continue;
      const place = geocode(candidate.name);
      if (place && (candidate.strong || plausible(place, input.countryCodes))) {
        return placed(candidate.name, place, candidate.span);
      }
      if (candidate.strong) return unplaced(candidate.name, candidate.span, input);
    }
  }
  const city = input.dateline?.city;
  if (!city) return { venue: NO_VENUE, span: null, warnings: ['no venue: the release names no place for the event'] };
  if (input.dateline!.cities.length > 1) return severalPlaces(input.dateline!.cities.map(placeCase), city.span, input);
  const name = placeCase(city.text);
  // A dateline opens with a city, so "LUXEMBOURG, 7 May" is the capital; the gazetteer allows a
  // country's name only for its own capital of that name.
  const place = safeGeocode(input.gazetteer, name, hints);
  return place ? placed(name, place, city.span) : unplaced(name, city.span, input);
}

function placed(city: string, place: Place, span: Span): VenueResult {
  const venue = {
    city,
    name: place.name,
    countryCode: place.countryCode,
    lat: place.lat,
    lon: place.lon,
    geonameId: place.geonameId,
  };
  const warnings = place.match === 'approximate' ? [`venue '${city}' matched '${place.name}' only approximately`] : [];
  return { venue, span, warnings };
}

function unplaced(city: string, span: Span, input: VenueInput): VenueResult {
  const countryCode = input.datelineCountryCode;
  return {
    venue: { ...NO_VENUE, city, countryCode },
    span,
    warnings: [`venue '${city}' not found in the gazetteer`],
  };
}

// An event spread over several towns has no one point on the map: say so rather than pick one.
function severalPlaces(cities: string[], span: Span, input: VenueInput): VenueResult {
  return {
    venue: { ...NO_VENUE, city: cities.join(' / '), countryCode: input.datelineCountryCode },
    span,
    warnings: [`the dateline names several places (${cities.join(', ')}): no single venue to map`],
  };
}

// A capitalised word after "in" may be a common word some village is named after ("in Police …"):
// take it only in a country the release is about, or when it is a sizeable town.
function plausible(place: Place, countryCodes: readonly string[]): boolean {
  return countryCodes.length === 0 || countryCodes.includes(place.countryCode) || place.population >= 50_000;
}

// The gazetteer belongs to another module; extraction must not throw whatever it does.
function safeGeocode(gazetteer: Gazetteer, name: string, hints: { countryCodes: readonly string[] }): Place | null {
  try {
    return gazetteer.geocode(name, hints);
  } catch {
    return null;
  }
}
