import type { EventSummary } from '../../schema/app-files.ts';
import type { PlacePrecision } from '../../schema/dataset.ts';
import { NO_VENUE_FOUND, placesLine } from '../../vocabulary/place-label.ts';

export interface VenueGroup {
  /** The build's place key (see src/schema/place-key.ts). */
  key: string;
  lat: number;
  lon: number;
  /** The place as the first release writes it ("Karaganda"), else the gazetteer name. */
  label: string;
  /** A town, a region (drawn at its centre) or a country only (drawn at the country's label point). */
  precision: PlacePrecision;
  events: EventSummary[];
  /** Sum of the known participant counts (events without one add nothing). */
  participants: number;
  /**
   * Those of `events` held at more than one place, in the same order: the only ones another group
   * can hold too, so a cluster counts its events from the groups' sizes and corrects for these alone.
   */
  shared: EventSummary[];
}

/**
 * Venues known only by their country: the view has no coordinates for them (the map draws them at
 * the country's label point), so they are grouped apart, keyed `c<code>`.
 */
export type CountryVenueGroup = Omit<VenueGroup, 'lat' | 'lon'> & { code: string; precision: 'country' };

/**
 * The event's places as one line: "Aktau, Atyrau"; "No venue found" when it has none (true whatever
 * the reason: the summary does not say whether the text names none, an unknown one or none at all,
 * so "Place not stated" would be false for a town the gazetteer lacks; the details say which).
 */
export function placesLabel(event: EventSummary): string {
  return event.venues.length === 0 ? NO_VENUE_FOUND : placesLine(event.venues);
}
