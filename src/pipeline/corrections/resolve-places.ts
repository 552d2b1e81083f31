import type { PlaceName } from '../../schema/corrections.ts';
import type { Venue } from '../../schema/dataset.ts';
import { countryByCode, findCountry } from '../lexicon/countries.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import type { LocatedCorrection } from './read-corrections.ts';

export type ResolvedPlaces = { ok: true; corrections: LocatedCorrection[] } | { ok: false; message: string };

/**
 * Every place a correction names (`set.venues`, `add.venues`) → the venue the gazetteer gives it,
 * kept with the correction (`places`), or the first name it cannot resolve, with its line: a typo
 * in a file written by hand must fail the build, not drop a venue.
 * "corrections.yaml line 9: add.venues.0: 'Kasesse, UG': the gazetteer knows no town 'Kasesse' in UG (did you mean Kasese?) …"
 */
export function resolveCorrectionPlaces(corrections: readonly LocatedCorrection[], gazetteer: () => Gazetteer, file = 'corrections.yaml'): ResolvedPlaces {
  const out: LocatedCorrection[] = [];
  for (const entry of corrections) {
    const { set, add } = entry.correction;
    const named: [string, string][] = [];
    set?.venues?.forEach((v, i) => typeof v === 'string' && named.push([`set.venues.${i}`, v]));
    add?.venues?.forEach((v, i) => named.push([`add.venues.${i}`, v]));
    if (named.length === 0) {
      out.push(entry);
      continue;
    }
    const places = new Map(entry.places);
    for (const [path, name] of named) {
      const resolved = resolvePlace(name, gazetteer);
      if (typeof resolved === 'string') return { ok: false, message: `${file} line ${entry.lines?.[path] ?? entry.line}: ${path}: '${name}': ${resolved}` };
      places.set(name, resolved);
    }
    out.push({ ...entry, places });
  }
  return { ok: true, corrections: out };
}

const EXPECTED = "expected a town the gazetteer knows, as 'Town, CC' (Kasese, UG), or a country by its code (UG)";

/**
 * A place name → its venue, or why not. "UG" and "Uganda" → the country (placed at no town);
 * "Kasese, UG" → the town Kasese in Uganda; "Kasese" → the gazetteer's likeliest Kasese. A
 * respelling the gazetteer only guesses ("Kasesse") is not taken: it is offered as "did you mean".
 */
export function resolvePlace(name: PlaceName, gazetteer: () => Gazetteer): Venue | string {
  const [town, code] = name.includes(',') ? name.split(',').map((s) => s.trim()) as [string, string] : /^[A-Z]{2}$/.test(name) ? [null, name] : [name, null];
  if (code !== null && countryByCode(code) === undefined) return `'${code}' is not a country code (ISO 3166-1 alpha-2): ${EXPECTED}`;
  if (town === null) return countryVenue(code!);
  const country = code === null ? findCountry(town) : undefined;
  if (country !== undefined) return countryVenue(country.code);
  const place = gazetteer().geocode(town, code === null ? {} : { countryCodes: [code] });
  const where = code === null ? '' : ` in ${code}`;
  if (place === null || (code !== null && place.countryCode !== code)) return `the gazetteer knows no town '${town}'${where}: ${EXPECTED}`;
  if (place.match === 'approximate') return `the gazetteer knows no town '${town}'${where} (did you mean ${place.name}?): ${EXPECTED}`;
  const { name: gazetteerName, countryCode, lat, lon, geonameId, alsoKnownAs } = place;
  return {
    city: town, name: gazetteerName, region: null, countryCode, lat, lon, geonameId, precision: 'city', span: null, reason: null,
    ...(alsoKnownAs && alsoKnownAs.length > 0 ? { alsoKnownAs: [...alsoKnownAs] } : {}),
  };
}

function countryVenue(countryCode: string): Venue {
  return { city: null, name: null, region: null, countryCode, lat: null, lon: null, geonameId: null, precision: 'country', span: null, reason: null };
}
