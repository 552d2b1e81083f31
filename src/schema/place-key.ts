import type { Venue } from './dataset.ts';

type VenueFields = Pick<Venue, 'lat' | 'lon' | 'geonameId'>;

/**
 * A place's identity on the map: `g<geonameId>`, or `p<lat>,<lon>` rounded to 3 decimals (≈100 m)
 * when the gazetteer gave no id; null for a place without coordinates (it has no marker).
 * Venues that share a key are one place: "Karaganda" and "Karagandy" (both g609655).
 */
export function placeKey(venue: Pick<VenueFields, 'lat' | 'lon' | 'geonameId'>): string | null {
  if (venue.lat === null || venue.lon === null) return null;
  return venue.geonameId !== null ? `g${venue.geonameId}` : `p${venue.lat.toFixed(3)},${venue.lon.toFixed(3)}`;
}
