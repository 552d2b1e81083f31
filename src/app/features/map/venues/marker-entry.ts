import L from 'leaflet';
import { clusterName, venueName } from '../layers/count-label.ts';
import { placeWithPrecision } from '../../../../vocabulary/place-label.ts';
import { refillMarker } from '../layers/dom-div-icon.ts';
import { markerRadius } from './marker-radius.ts';
import { itemIcon } from './venue-icon.ts';
import type { MapItem } from './venue-index.ts';

/** A marker on the map and the item it shows now (a reused marker shows another item). */
export interface MarkerEntry {
  marker: L.Marker;
  signature: string;
  item: MapItem;
}

/** What a marker draws for an item: its name, size, and both with its position as one string. */
export interface MarkerLook {
  name: string;
  radius: number;
  signature: string;
}

export function lookOf(item: MapItem, maxParticipants: number): MarkerLook {
  const name = item.kind === 'venue' ? venueName(placeWithPrecision(item.venue.label, item.venue.precision), item.venue.events.length) : clusterName(item.venues, item.events);
  const radius = markerRadius(item.kind === 'venue' ? item.venue.participants : item.participants, maxParticipants) + (item.kind === 'cluster' ? 3 : 0);
  return { name, radius, signature: `${item.lat},${item.lon},${name},${radius}` };
}

/** A keyboard-reachable marker that calls `activate` on a click, Enter or Space. */
export function createMarkerEntry(item: MapItem, look: MarkerLook, activate: (entry: MarkerEntry, viaKeyboard: boolean) => void): MarkerEntry {
  const marker = L.marker([item.lat, item.lon], { icon: itemIcon(item, look.radius), keyboard: true, title: look.name, riseOnHover: true });
  const entry: MarkerEntry = { marker, signature: look.signature, item };
  marker.on('add', () => marker.getElement()?.setAttribute('aria-label', marker.options.title ?? ''));
  marker.on('click', () => activate(entry, false));
  marker.on('keydown', (e: L.LeafletKeyboardEvent) => {
    if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
    e.originalEvent.preventDefault(); // Space would scroll the page
    activate(entry, true);
  });
  return entry;
}

/** Draws another item (or the same one changed) into an existing marker, in place. */
export function redrawMarker(entry: MarkerEntry, item: MapItem, look: MarkerLook): void {
  entry.signature = look.signature;
  refillMarker(entry.marker, itemIcon(item, look.radius), [item.lat, item.lon]);
  // Leaflet sets these only on an element it creates.
  entry.marker.options.title = look.name;
  entry.marker.getElement()?.setAttribute('title', look.name);
  entry.marker.getElement()?.setAttribute('aria-label', look.name);
}

/** The selected event's places: highlighted, announced as current, and drawn above the others. */
export function showSelected(marker: L.Marker, isSelected: boolean): void {
  const el = marker.getElement();
  el?.classList.toggle('is-selected', isSelected);
  el?.toggleAttribute('aria-current', isSelected);
  // Leaflet rewrites the marker's position and z-index on every call.
  if (marker.options.zIndexOffset !== (isSelected ? 1000 : 0)) marker.setZIndexOffset(isSelected ? 1000 : 0);
}
