import type { AtlasEvent } from '../../../schema/dataset.ts';

export interface VenueGroup {
  /** `g<geonameId>`, or `p<lat>,<lon>` rounded to 3 decimals (≈100 m) when the place has no id. */
  key: string;
  lat: number;
  lon: number;
  /** The place as the first release writes it ("Karaganda"), else the gazetteer name. */
  label: string;
  events: AtlasEvent[];
  /** Sum of the known participant counts (events without one add nothing). */
  participants: number;
}

export function venueKey(venue: AtlasEvent['venue']): string | null {
  if (venue.lat === null || venue.lon === null) return null;
  return venue.geonameId !== null ? `g${venue.geonameId}` : `p${venue.lat.toFixed(3)},${venue.lon.toFixed(3)}`;
}

/** One group per place; events without coordinates are skipped (the list still shows them). */
export function groupByVenue(events: readonly AtlasEvent[]): VenueGroup[] {
  const groups = new Map<string, VenueGroup>();
  for (const event of events) {
    const key = venueKey(event.venue);
    if (key === null || event.venue.lat === null || event.venue.lon === null) continue;
    let group = groups.get(key);
    if (!group) {
      const label = event.venue.city ?? event.venue.name ?? 'Unnamed place';
      group = { key, lat: event.venue.lat, lon: event.venue.lon, label, events: [], participants: 0 };
      groups.set(key, group);
    }
    group.events.push(event);
    group.participants += event.participantCount ?? 0;
  }
  return [...groups.values()];
}
