import type { PlacePrecision } from '../../../schema/dataset.ts';
import { formatCount } from '../../components/format-count.ts';

/** "1 event", "3 events" — the wording markers, tooltips and clusters share. */
export function eventCount(n: number): string {
  return n === 1 ? '1 event' : `${formatCount(n)} events`;
}

/** A place as its marker names it: "Karaganda"; "Naryn region, region only"; "Poland, country only". */
export function placeName(label: string, precision: PlacePrecision): string {
  return precision === 'city' ? label : `${label}, ${precision} only`;
}

/** The accessible name of a venue marker: "Karaganda — 1 event" (label from `placeName`). */
export function venueName(label: string, events: number): string {
  return `${label} — ${eventCount(events)}`;
}

/** The accessible name of a cluster marker: "Cluster of 12 venues, 40 events". */
export function clusterName(venues: number, events: number): string {
  return `Cluster of ${formatCount(venues)} venues, ${eventCount(events)}`;
}
