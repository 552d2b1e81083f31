import type { LatLngBoundsExpression } from 'leaflet';
import type { VenueGroup } from '../../../view/venue-group.ts';
import { extentOf } from './fit-bounds-of.ts';

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
  const bounds = extentOf(venues);
  return bounds ? { bounds, boundsOptions: { padding: [48, 48], maxZoom: 5 } } : DEFAULT_VIEW;
}
