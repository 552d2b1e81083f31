import type { Span, Venue } from '../../schema/dataset.ts';
import type { Gazetteer, Place } from '../gazetteer/place.ts';
import { normalizePlaceName } from '../gazetteer/normalize-place-name.ts';
import { findCountry, findCountryMentions } from '../lexicon/countries.ts';
import { findRegion, type Region } from '../lexicon/regions.ts';
import type { PlaceItem } from './place-list.ts';

export interface PlaceContext {
  gazetteer: Gazetteer;
  /** Countries to prefer when geocoding, most likely first (the dateline's, then those named). */
  countryCodes: readonly string[];
  /** The dateline's country (written, or the dateline city's): the country of a place not geocoded. */
  datelineCountryCode: string | null;
  /** The towns the dateline names, as written ("LUXEMBOURG"). */
  datelineCities: readonly string[];
}

export interface Resolved {
  venues: Venue[];
  warnings: string[];
}

const NONE: Resolved = { venues: [], warnings: [] };
// Two names for one town ("Vushtrri/Vučitrn") geocode to the same place, or to two within this distance.
const SAME_TOWN_KM = 10;

/**
 * The venue(s) one named place stands for. A country's name is a country-level venue ("a study visit
 * to Poland"), never a town; a region is placed at the regions table's point or at its
 * administrative seat ("the district of Lagodekhi" → the seat Lagodekhi, city null); a crossing
 * "between A and B" has no one country. A town the gazetteer does not know is kept with null
 * coordinates and a warning when the text says outright it is the venue (`strong`), else dropped.
 */
export function resolvePlace(item: PlaceItem, strong: boolean, ctx: PlaceContext, dateline = false): Resolved {
  if (item.kind === 'region') return resolveRegion(item, ctx);
  if (item.kind === 'crossing') return resolveCrossing(item, ctx);
  // A city-state's name ("LUXEMBOURG, 7 May – … held in Luxembourg") is the dateline's town.
  const datelineTown = ctx.datelineCities.some((c) => c.toLowerCase() === item.name.toLowerCase());
  if (!dateline && !datelineTown && findCountry(item.name)) {
    // "held in Kazakhstan" is the country; "held in Kazakh and Russian" names no place at all.
    const code = countryNamed(item.name);
    return code ? { venues: [countryVenue(code, item.span, null)], warnings: [] } : NONE;
  }
  const names = item.name.split(/\s?\/\s?/);
  // A dateline opens with a city, so "LUXEMBOURG, 7 May" is the capital: the gazetteer allows a
  // country's name only for its own capital of that name.
  const places = names.map((name) => (dateline || datelineTown ? ctx.gazetteer.geocode(name, hintsFor(item, ctx)) : geocodeTown(name, item, ctx)));
  const known = places.flatMap((p, i) => (p ? [{ name: names[i]!, place: p }] : []));
  // "held in Sughd", "in Issyk-Kul": a region the table knows, unless a town bears its name
  // ("Naryn" the town, not Naryn region; "Karaganda" the town Karagandy).
  const region = dateline || names.length > 1 ? null : findRegion(item.name, hintCode(item) ?? ctx.datelineCountryCode);
  if (region && !known.some((k) => regionNamesTown(region, k.place))) return resolveRegion({ ...item, kind: 'region', label: item.name }, ctx);
  if (known.length === 0) {
    if (!strong) return NONE;
    const countryCode = hintCode(item) ?? ctx.datelineCountryCode;
    return { venues: [{ ...blank(item.span), city: names[0]!, countryCode, precision: 'city' }], warnings: [`venue '${names[0]}' not found in the gazetteer`] };
  }
  // "Vushtrri/Vučitrn" is one town in two languages; "Almaty/Bishkek" two towns.
  const towns = known.filter((k, i) => known.findIndex((o) => distanceKm(o.place, k.place) <= SAME_TOWN_KM) === i);
  const kept = strong ? towns : towns.filter((t) => plausible(t.place, ctx.countryCodes));
  return {
    venues: kept.map((t) => cityVenue(t.name, t.place, item.span)),
    warnings: kept.flatMap((t) => (t.place.match === 'approximate' ? [`venue '${t.name}' matched '${t.place.name}' only approximately`] : [])),
  };
}

/** "held throughout the country": the country the release is from, when the dateline gives one. */
export function resolveNationwide(span: Span, ctx: PlaceContext): Resolved {
  if (!ctx.datelineCountryCode) return { venues: [], warnings: ['the event was held across a country the text does not name'] };
  return { venues: [countryVenue(ctx.datelineCountryCode, span, "held across the country: the dateline's country")], warnings: [] };
}

export function countryVenue(countryCode: string, span: Span | null, reason: string | null): Venue {
  // Written out, in blank()'s key order and then precision: made for each country a sentence names, and a
  // spread of blank() then new keys cost several times a literal.
  return { city: null, name: null, region: null, countryCode, lat: null, lon: null, geonameId: null, span, reason, precision: 'country' };
}

export function cityVenue(city: string, place: Place, span: Span | null): Venue {
  const { name, countryCode, lat, lon, geonameId, alsoKnownAs } = place;
  return { city, name, region: null, countryCode, lat, lon, geonameId, precision: 'city', span, reason: null, ...(alsoKnownAs ? { alsoKnownAs: [...alsoKnownAs] } : {}) };
}

function resolveRegion(item: PlaceItem, ctx: PlaceContext): Resolved {
  const label = item.label ?? item.name;
  const country = hintCode(item);
  const row = findRegion(item.name, country ?? ctx.datelineCountryCode) ?? (country ? null : findRegion(item.name, null));
  if (row) {
    const venue: Venue = { ...blank(item.span), name: row.name, region: label, countryCode: row.countryCode, lat: row.lat, lon: row.lon, precision: 'region', reason: "placed at the region's centre" };
    return { venues: [venue], warnings: [] };
  }
  // Most districts are named after their seat: place the region there when the gazetteer lists the
  // name as an administrative seat in the expected country.
  const seat = geocode(ctx.gazetteer, item.name, hintsFor(item, ctx));
  const expected = country ?? ctx.datelineCountryCode;
  if (seat && seat.featureCode.startsWith('PPLA') && (expected === null || seat.countryCode === expected)) {
    const venue: Venue = { ...blank(item.span), region: label, countryCode: seat.countryCode, lat: seat.lat, lon: seat.lon, precision: 'region', reason: `placed at ${seat.name}, the region's administrative seat` };
    return { venues: [venue], warnings: [] };
  }
  const venue: Venue = { ...blank(item.span), region: label, countryCode: expected, precision: 'region' };
  return { venues: [venue], warnings: [`region '${label}' has no point on the map`] };
}

function resolveCrossing(item: PlaceItem, ctx: PlaceContext): Resolved {
  const label = item.label ?? item.name;
  if (item.twoCountries) {
    return { venues: [{ ...blank(item.span), region: label, precision: 'region' }], warnings: [`'${label}' lies between two countries: no country given`] };
  }
  const countryCode = hintCode(item) ?? ctx.datelineCountryCode;
  return { venues: [{ ...blank(item.span), region: label, countryCode, precision: 'region' }], warnings: [`'${label}' has no point on the map`] };
}

// A country by its name or an alias, never by its adjective ("Kazakhstan", not "Kazakh").
function countryNamed(name: string): string | null {
  const m = findCountryMentions(name)[0];
  return m && m.start === 0 && m.end >= name.replace(/['’]s$/u, '').length && m.form !== 'adjective' ? m.code : null;
}

function regionNamesTown(region: Region, town: Place): boolean {
  return region.countryCode === town.countryCode && region.names.some((n) => normalizePlaceName(n) === normalizePlaceName(town.name));
}

function blank(span: Span | null): Omit<Venue, 'precision'> {
  return { city: null, name: null, region: null, countryCode: null, lat: null, lon: null, geonameId: null, span, reason: null };
}

function hintCode(item: PlaceItem): string | null {
  return item.countryHint ? (findCountry(item.countryHint)?.code ?? null) : null;
}

function hintsFor(item: PlaceItem, ctx: PlaceContext): { countryCodes: string[] } {
  const own = hintCode(item);
  return { countryCodes: [...new Set([...(own ? [own] : []), ...ctx.countryCodes])] };
}

/**
 * A town by name, preferring the country the phrase or the dateline gives, where alone a respelling
 * may be found when they give one. A country merely named in
 * the text does not outweigh a national capital: "Cairo" in a release that names the US and Egypt
 * is Egypt's capital, not Cairo, Georgia (US).
 */
function geocodeTown(name: string, item: PlaceItem, ctx: PlaceContext): Place | null {
  const own = [hintCode(item), ctx.datelineCountryCode].filter((c): c is string => c !== null);
  const hinted = geocode(ctx.gazetteer, name, hintsFor(item, ctx));
  if (!hinted || own.includes(hinted.countryCode)) return hinted;
  // A respelling is a guess: where the phrase or the dateline gives the country, only there ("DILI –
  // … at the Academy in Comoro" is no Coomera in Australia, though Australian trainers came).
  if (hinted.match === 'approximate' && own.length > 0) return null;
  const capital = geocode(ctx.gazetteer, name, { countryCodes: own });
  return capital && capital.featureCode === 'PPLC' && capital.match === undefined ? capital : hinted;
}

// A country's name is never a town ("Kazakhstan" is also a village's alternate name).
function geocode(gazetteer: Gazetteer, name: string, hints: { countryCodes: string[] }): Place | null {
  return findCountry(name) ? null : gazetteer.geocode(name, hints);
}

// A capitalised word after "in" may be a common word some village is named after ("in Police …"):
// take it only in a country the release is about, or when it is a sizeable town.
function plausible(place: Place, countryCodes: readonly string[]): boolean {
  return countryCodes.length === 0 || countryCodes.includes(place.countryCode) || place.population >= 50_000;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
