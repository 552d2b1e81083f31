import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import { clusterName, venueName } from './count-label.ts';
import { venueKey, type VenueGroup } from '../../view/venue-group.ts';
import { markerRadius } from './marker-radius.ts';
import { openVenuePopup } from './open-venue-popup.ts';
import { clampBbox, venueIndexFor, visibleItems, type MapItem } from './venue-index.ts';
import { refillMarker } from './dom-div-icon.ts';
import { itemIcon } from './venue-icon.ts';

interface Entry {
  marker: L.Marker;
  signature: string;
  item: MapItem;
}

/** Place names beside the markers once they no longer crowd each other. */
const LABELS_WHEN_AT_MOST = 25;

function nameOf(item: MapItem): string {
  return item.kind === 'venue' ? venueName(item.venue.label, item.venue.events.length) : clusterName(item.venues, item.events);
}

/**
 * Venue and cluster markers, managed imperatively in one LayerGroup and diffed by key on every
 * move, so React never renders per marker. The supercluster index holds the filtered venues only,
 * and is kept while the set of venues stays the same.
 */
export function useVenueMarkers(map: L.Map, venues: readonly VenueGroup[], selectedEvent: EventSummary | null, onSelectEvent: (id: string) => void, animate: boolean): void {
  // All the places of the selected event (three towns: three markers), as one string so the memos
  // below change only when the selection's places do.
  const selectedKeys = selectedEvent ? selectedEvent.venues.map(venueKey).filter((k) => k !== null).join('|') : '';
  // The selected venues are kept out of the clusters and always have their own highlighted markers,
  // so the cluster counts stay honest and the selection is never hidden. Rebuilding the index on a
  // selection costs a few ms for thousands of venues, and selections are single user actions.
  const clustered = useMemo(() => {
    const keys = new Set(selectedKeys.split('|'));
    return selectedKeys ? venues.filter((v) => !keys.has(v.key)) : venues;
  }, [venues, selectedKeys]);
  const selectedVenues = useMemo(() => {
    const keys = new Set(selectedKeys.split('|'));
    return selectedKeys ? venues.filter((v) => keys.has(v.key)) : [];
  }, [venues, selectedKeys]);
  const index = useMemo(() => venueIndexFor(clustered), [clustered]);
  const maxParticipants = useMemo(() => venues.reduce((max, v) => Math.max(max, v.participants), 0), [venues]);
  const entries = useRef(new Map<string, Entry>());
  const groupRef = useRef<L.LayerGroup | null>(null);
  const latest = useRef({ onSelectEvent, selectedId: selectedEvent?.id ?? null });
  useEffect(function keepLatestSelection() {
    latest.current = { onSelectEvent, selectedId: selectedEvent?.id ?? null };
  });

  useEffect(function addMarkerLayer() {
    const group = L.layerGroup().addTo(map);
    groupRef.current = group;
    const known = entries.current;
    return function removeMarkerLayer() {
      group.remove();
      known.clear();
      groupRef.current = null;
    };
  }, [map]);

  useEffect(function syncMarkers() {
    const group = groupRef.current;
    if (!group) return;

    function activate(entry: Entry, viaKeyboard: boolean) {
      const { item, marker } = entry;
      if (item.kind === 'cluster') {
        const zoom = Math.min(index.clusters.getClusterExpansionZoom(item.clusterId), map.getMaxZoom());
        map.setView([item.lat, item.lon], zoom, { animate });
        // The cluster's marker is gone after the zoom; keep keyboard focus inside the map.
        if (viaKeyboard) map.getContainer().focus({ preventScroll: true });
        return;
      }
      const [only, ...more] = item.venue.events;
      if (only && more.length === 0) latest.current.onSelectEvent(only.id);
      else openVenuePopup(map, marker, item.venue, latest.current.selectedId, (id) => latest.current.onSelectEvent(id));
    }

    function createEntry(item: MapItem, signature: string, radius: number): Entry {
      const marker = L.marker([item.lat, item.lon], { icon: itemIcon(item, radius), keyboard: true, title: nameOf(item), riseOnHover: true });
      const entry: Entry = { marker, signature, item };
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', nameOf(entry.item)));
      marker.on('click', () => activate(entry, false));
      marker.on('keydown', (e: L.LeafletKeyboardEvent) => {
        if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
        e.originalEvent.preventDefault(); // Space would scroll the page
        activate(entry, true);
      });
      return entry;
    }

    function sync() {
      const b = map.getBounds();
      const items = visibleItems(index, clustered, clampBbox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), map.getZoom());
      for (const venue of selectedVenues) items.push({ kind: 'venue', key: `v${venue.key}`, lat: venue.lat, lon: venue.lon, venue });
      const known = entries.current;
      const keys = new Set(items.map((item) => item.key));
      // Markers whose key is gone are reused for new keys before any is created or removed: a
      // filter change mostly moves and relabels a similar number of markers, and rewriting an
      // element costs far less than building one (and its listeners) and dropping another.
      const spare: Entry[] = [];
      for (const [key, entry] of known) {
        if (keys.has(key)) continue;
        known.delete(key);
        // A focused marker is not turned into another place under the keyboard user's feet.
        if (entry.marker.getElement()?.contains(document.activeElement)) group?.removeLayer(entry.marker);
        else spare.push(entry);
      }
      for (const item of items) {
        const radius = markerRadius(item.kind === 'venue' ? item.venue.participants : item.participants, maxParticipants) + (item.kind === 'cluster' ? 3 : 0);
        const name = nameOf(item);
        const signature = `${item.lat},${item.lon},${name},${radius}`;
        let entry = known.get(item.key) ?? spare.pop();
        if (!entry) {
          entry = createEntry(item, signature, radius);
          group?.addLayer(entry.marker);
        } else if (entry.signature !== signature) {
          entry.signature = signature;
          refillMarker(entry.marker, itemIcon(item, radius), [item.lat, item.lon]);
          // Leaflet sets these only on an element it creates.
          entry.marker.options.title = name;
          entry.marker.getElement()?.setAttribute('title', name);
          entry.marker.getElement()?.setAttribute('aria-label', name);
        }
        entry.item = item;
        known.set(item.key, entry);
        const { marker } = entry;
        const isSelected = item.kind === 'venue' && selectedVenues.includes(item.venue);
        const el = marker.getElement();
        el?.classList.toggle('is-selected', isSelected);
        el?.toggleAttribute('aria-current', isSelected);
        // Leaflet rewrites the marker's position and z-index on every call.
        if (marker.options.zIndexOffset !== (isSelected ? 1000 : 0)) marker.setZIndexOffset(isSelected ? 1000 : 0);
      }
      for (const entry of spare) group?.removeLayer(entry.marker);
      const individual = items.filter((i) => i.kind === 'venue').length;
      map.getContainer().classList.toggle('atlas-show-venue-labels', individual <= LABELS_WHEN_AT_MOST || map.getZoom() >= 6);
    }

    sync();
    map.on('moveend', sync);
    return function stopSyncingMarkers() {
      map.off('moveend', sync);
    };
  }, [map, index, clustered, selectedVenues, maxParticipants, animate]);
}
