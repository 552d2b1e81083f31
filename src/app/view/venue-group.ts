import type { EventSummary } from '../../schema/app-files.ts';
import type { PlacePrecision } from '../../schema/dataset.ts';
import { placesLine } from '../../vocabulary/place-label.ts';

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
}

/**
 * Venues known only by their country: the view has no coordinates for them (the map draws them at
 * the country's label point), so they are grouped apart, keyed `c<code>`.
 */
export type CountryVenueGroup = Omit<VenueGroup, 'lat' | 'lon'> & { code: string; precision: 'country' };

/** The event's places as one line: "Aktau, Atyrau" ("Place not stated" when it has none). */
export function placesLabel(event: EventSummary): string {
  return placesLine(event.venues);
}
