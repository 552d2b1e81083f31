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

type Place = EventSummary['venues'][number];

export function venueKey(venue: Pick<Place, 'lat' | 'lon' | 'geonameId'>): string | null {
  if (venue.lat === null || venue.lon === null) return null;
  return venue.geonameId !== null ? `g${venue.geonameId}` : `p${venue.lat.toFixed(3)},${venue.lon.toFixed(3)}`;
}

/** "Karaganda"; a region or country by its name ("Naryn region", "PL" when nothing else is known). */
export function placeLabel(place: Pick<Place, 'city' | 'name' | 'region' | 'countryCode'>): string {
  return place.city ?? place.region ?? place.name ?? place.countryCode ?? 'Unnamed place';
}

/** The event's places as one line: "Aktau, Atyrau" ("Place not stated" when it has none). */
export function placesLabel(event: EventSummary): string {
  return event.venues.map(placeLabel).join(', ') || 'Place not stated';
}
