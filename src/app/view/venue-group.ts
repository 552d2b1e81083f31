import type { EventSummary } from '../../schema/app-files.ts';
import { placeLabel } from '../../schema/place-key.ts';

export interface VenueGroup {
  /** The build's place key (see src/schema/place-key.ts). */
  key: string;
  lat: number;
  lon: number;
  /** The place as the first release writes it ("Karaganda"), else the gazetteer name. */
  label: string;
  events: EventSummary[];
  /** Sum of the known participant counts (events without one add nothing). */
  participants: number;
}

/** The event's places as one line: "Aktau, Atyrau" ("Place not stated" when it has none). */
export function placesLabel(event: EventSummary): string {
  return event.venues.map(placeLabel).join(', ') || 'Place not stated';
}
