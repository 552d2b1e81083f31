import type { EventSummary } from '../../../schema/app-files.ts';
import { venueKey, venueLabel, type VenueGroup } from '../../view/venue-group.ts';

/** One group per place; events without coordinates are skipped (the list still shows them). */
export function groupByVenue(events: readonly EventSummary[]): VenueGroup[] {
  const groups = new Map<string, VenueGroup>();
  for (const event of events) {
    const key = venueKey(event.venue);
    if (key === null || event.venue.lat === null || event.venue.lon === null) continue;
    let group = groups.get(key);
    if (!group) {
      group = { key, lat: event.venue.lat, lon: event.venue.lon, label: venueLabel(event), events: [], participants: 0 };
      groups.set(key, group);
    }
    group.events.push(event);
    group.participants += event.participantCount ?? 0;
  }
  return [...groups.values()];
}
