import type { CountryVenueGroup, VenueGroup } from '../../../view/venue-group.ts';

/**
 * The map's places: the build's places, and the venues known only by their country drawn at the
 * country's label point (where its name and flow lines are), marked `country` so they read as
 * such. Without the basemap (still loading, or failed) those have no point and wait.
 */
export function placeCountryVenues(venues: readonly VenueGroup[], countryVenues: readonly CountryVenueGroup[], labelPoints: ReadonlyMap<string, readonly [number, number]> | null): readonly VenueGroup[] {
  if (countryVenues.length === 0 || !labelPoints) return venues;
  const placed: VenueGroup[] = [...venues];
  for (const { code: _code, ...group } of countryVenues) {
    const point = labelPoints.get(_code);
    if (point) placed.push({ ...group, lat: point[0], lon: point[1] });
  }
  return placed;
}
