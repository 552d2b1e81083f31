import type { LatLngBoundsExpression } from 'leaflet';
import type { VenueGroup } from '../../view/venue-group.ts';

export type InitialView =
  | { bounds: LatLngBoundsExpression; boundsOptions: { padding: [number, number]; maxZoom: number } }
  | { center: [number, number]; zoom: number };

// Without venues, a view of Europe and Asia, where the releases so far take place.
const DEFAULT_VIEW: InitialView = { center: [42, 50], zoom: 3 };

/**
 * Fits all venues with some padding; a single venue (or a few close together) is shown with its
 * neighbouring countries around it, not at city level.
 */
export function initialView(venues: readonly VenueGroup[]): InitialView {
  if (venues.length === 0) return DEFAULT_VIEW;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const v of venues) {
    south = Math.min(south, v.lat);
    north = Math.max(north, v.lat);
    west = Math.min(west, v.lon);
    east = Math.max(east, v.lon);
  }
  return { bounds: [[south, west], [north, east]], boundsOptions: { padding: [48, 48], maxZoom: 5 } };
}
