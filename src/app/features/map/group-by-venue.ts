import type { EventSummary } from '../../../schema/app-files.ts';
import { placeLabel, venueKey, type VenueGroup } from '../../view/venue-group.ts';

/**
 * One group per place; an event held in several places is in each of their groups, and places
 * without coordinates are skipped (the list still shows their events).
 */
export function groupByVenue(events: readonly EventSummary[]): VenueGroup[] {
  const groups = new Map<string, VenueGroup>();
  for (const event of events) {
    for (const venue of event.venues) {
      const key = venueKey(venue);
      if (key === null || venue.lat === null || venue.lon === null) continue;
      let group = groups.get(key);
      if (!group) {
        group = { key, lat: venue.lat, lon: venue.lon, label: placeLabel(venue), events: [], participants: 0 };
        groups.set(key, group);
      }
      if (group.events.includes(event)) continue;
      group.events.push(event);
      group.participants += event.participantCount?.value ?? 0;
    }
  }
  return [...groups.values()];
}
