import type { EventSummary } from '../../schema/app-files.ts';

export interface VenueGroup {
  /** `g<geonameId>`, or `p<lat>,<lon>` rounded to 3 decimals (≈100 m) when the place has no id. */
  key: string;
  lat: number;
  lon: number;
  /** The place as the first release writes it ("Karaganda"), else the gazetteer name. */
  label: string;
  events: EventSummary[];
  /** Sum of the known participant counts (events without one add nothing). */
  participants: number;
}

export function venueKey(venue: EventSummary['venue']): string | null {
  if (venue.lat === null || venue.lon === null) return null;
  return venue.geonameId !== null ? `g${venue.geonameId}` : `p${venue.lat.toFixed(3)},${venue.lon.toFixed(3)}`;
}

export function venueLabel(event: EventSummary): string {
  return event.venue.city ?? event.venue.name ?? 'Unnamed place';
}
