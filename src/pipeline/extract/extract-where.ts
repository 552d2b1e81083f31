import type { Derivation, Venue } from '../../schema/dataset.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { findCountry, findCountryMentions } from '../lexicon/countries.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Dateline } from './dateline.ts';
import { extractVenue } from './venue.ts';

/** Every place the event was held, in text order, with the warnings a person should check. */
export interface Where {
  venues: Venue[];
  derivations: Derivation[];
  warnings: string[];
}

const EVENT_SENTENCES = 2;

/** Where the event was held: the places the text names, else the dateline's city. */
export function extractWhere(text: string, dateline: Dateline | null, body: readonly Sentence[], gazetteer: Gazetteer): Where {
  const datelineCountryCode = datelineCountry(dateline, gazetteer);
  const found = extractVenue({
    dateline,
    eventSentences: body.slice(0, EVENT_SENTENCES),
    countryCodes: countryHints(datelineCountryCode, text),
    datelineCountryCode,
    gazetteer,
  });
  const v = found.venue;
  if (v.city === null && v.countryCode === null) return { venues: [], derivations: [], warnings: found.warnings };
  const venue: Venue = { ...v, region: null, precision: v.city ? 'city' : 'country', span: found.span, reason: null };
  return { venues: [venue], derivations: [], warnings: found.warnings };
}

// The dateline's country as written ("Kazakhstan"), else the country of its city ("SKOPJE" → MK).
function datelineCountry(dateline: Dateline | null, gazetteer: Gazetteer): string | null {
  if (!dateline) return null;
  if (dateline.country) return findCountry(dateline.country.text)?.code ?? null;
  // Several towns ("ALMATY / BISHKEK") give a country only when they all lie in it.
  const codes = new Set(dateline.cities.map((city) => gazetteer.geocode(city, {})?.countryCode ?? null));
  return codes.size === 1 ? [...codes][0]! : null;
}

// Geocoding prefers the dateline's country, then the countries the text names, in order of mention.
function countryHints(datelineCountryCode: string | null, text: string): string[] {
  const named = findCountryMentions(text).map((m) => m.code);
  return [...new Set([...(datelineCountryCode ? [datelineCountryCode] : []), ...named])];
}
