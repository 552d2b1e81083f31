import type L from 'leaflet';
import type { VenueGroup } from '../../../view/venue-group.ts';
import { diffMarkers } from './diff-markers.ts';
import { createMarkerEntry, lookOf, redrawMarker, showSelected, type MarkerEntry, type MarkerLook } from './marker-entry.ts';
import type { MapItem } from './venue-index.ts';

/** Place names beside the markers once they no longer crowd each other. */
const LABELS_WHEN_AT_MOST = 25;

export interface MarkerLayer {
  group: L.LayerGroup;
  /** Key → the marker showing that item now. */
  entries: Map<string, MarkerEntry>;
}

/**
 * Makes the layer show `items`, touching only what changed (see `diffMarkers`), and marks the
 * selected event's places. Returns what each item's marker draws, in the order of `items`.
 */
export function syncMarkers(layer: MarkerLayer, items: readonly MapItem[], selected: readonly VenueGroup[], maxParticipants: number, activate: (entry: MarkerEntry, viaKeyboard: boolean) => void): MarkerLook[] {
  const { group, entries } = layer;
  const looks = items.map((item) => lookOf(item, maxParticipants));
  const previous = new Map([...entries].map(([key, entry]) => [key, entry.signature]));
  const focused = (key: string) => entries.get(key)?.marker.getElement()?.contains(document.activeElement) ?? false;
  const plan = diffMarkers(previous, items.map((item, k) => ({ key: item.key, signature: looks[k]!.signature })), focused);
  const old = new Map(entries);
  entries.clear();
  for (const key of plan.remove) group.removeLayer(old.get(key)!.marker);
  items.forEach((item, k) => {
    const from = plan.source.get(item.key);
    let entry = from === null || from === undefined ? undefined : old.get(from);
    if (!entry) {
      entry = createMarkerEntry(item, looks[k]!, activate);
      group.addLayer(entry.marker);
    } else if (plan.redraw.has(item.key)) redrawMarker(entry, item, looks[k]!);
    entry.item = item;
    entries.set(item.key, entry);
    showSelected(entry.marker, item.kind === 'venue' && selected.includes(item.venue));
  });
  return looks;
}

/**
 * Names beside the markers when few places are shown one by one, or when zoomed in (the selected
 * event's places always have theirs). Returns whether every venue's name is asked for.
 */
export function showVenueLabels(map: L.Map, items: readonly MapItem[]): boolean {
  const individual = items.filter((i) => i.kind === 'venue').length;
  const all = individual <= LABELS_WHEN_AT_MOST || map.getZoom() >= 6;
  map.getContainer().classList.toggle('atlas-show-venue-labels', all);
  return all;
}
