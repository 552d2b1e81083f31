import { formatCount } from '../../../../vocabulary/format-count.ts';

/** "1 event", "3 events" — the wording markers, tooltips and clusters share. */
export function eventCount(n: number): string {
  return n === 1 ? '1 event' : `${formatCount(n)} events`;
}

/** The accessible name of a venue marker: "Karaganda — 1 event" (label from `placeWithPrecision`). */
export function venueName(label: string, events: number): string {
  return `${label} — ${eventCount(events)}`;
}

/** The accessible name of a cluster marker: "Cluster of 12 venues, 40 events". */
export function clusterName(venues: number, events: number): string {
  return `Cluster of ${formatCount(venues)} venues, ${eventCount(events)}`;
}
