import type { Dataset } from '../../../src/schema/dataset.ts';

/** What the peer page loads of an event: enough to filter by country and time and to place it. */
export interface PeerEvent {
  id: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  /** Countries taking part in any role. */
  countries: string[];
  /** [lat, lon] of each placed venue. */
  places: [number, number][];
}

/** The dataset as the peer loads it. */
export function peerEvents(dataset: Dataset): PeerEvent[] {
  return dataset.events.map((e) => ({
    id: e.id,
    title: e.title,
    startDate: e.startDate,
    endDate: e.endDate,
    countries: e.countries.filter((c) => c.roles.length > 0).map((c) => c.code),
    places: e.venues.flatMap((v) => (v.lat !== null && v.lon !== null ? [[v.lat, v.lon] as [number, number]] : [])),
  }));
}
