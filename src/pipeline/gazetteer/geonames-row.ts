import type { Place } from './place.ts';

/** A place as GeoNames lists it, with the other names it is known by. */
export interface GazetteerRow extends Place {
  asciiName: string;
  alternateNames: readonly string[];
}

/**
 * Parses one line of GeoNames cities1000 (tab-separated: geonameid, name, asciiname,
 * alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1–4,
 * population, …). Returns null for a blank or malformed line rather than throwing.
 */
export function parseGeoNamesRow(line: string): GazetteerRow | null {
  // Only the first 15 columns matter (elevation, time zone and the rest are never read).
  const f = line.split('\t', 15);
  if (f.length < 15) return null;
  const geonameId = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  const countryCode = f[8] ?? '';
  if (!Number.isInteger(geonameId) || geonameId <= 0) return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !/^[A-Z]{2}$/.test(countryCode)) return null;
  return {
    geonameId,
    name: f[1] ?? '',
    asciiName: f[2] ?? '',
    alternateNames: f[3] ? f[3].split(',') : [],
    lat,
    lon,
    featureCode: f[7] ?? '',
    countryCode,
    population: Number(f[14]) || 0,
  };
}
