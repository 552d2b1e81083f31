import type L from 'leaflet';
import { useCallback, useEffect, useMemo } from 'react';
import { useLatestCallback } from '../../../helpers/use-latest-callback.ts';
import type { SelectedEvent } from '../../../view/selected-event.ts';
import type { VenueGroup } from '../../../view/venue-group.ts';
import type { LabelBoard } from '../layers/label-board.ts';
import type { MarkerEntry } from './marker-entry.ts';
import { openVenuePopup } from './open-venue-popup.ts';
import { showVenueLabels, syncMarkers } from './sync-markers.ts';
import { useMarkerLayer } from './use-marker-layer.ts';
import { useMoveEnd } from '../camera/use-move-end.ts';
import { clampBbox, venueIndexFor, visibleItems } from './venue-index.ts';
import { venueLabelSide } from './venue-label-side.ts';

/**
 * The selected event's places are kept out of the clusters and always have their own highlighted
 * markers, so the cluster counts stay honest and the selection is never hidden. Rebuilding the
 * index on a selection costs a few ms for thousands of places, and selections are single actions.
 */
function splitSelected(venues: readonly VenueGroup[], selectedKeys: string) {
  if (!selectedKeys) return { clustered: venues, selected: [] };
  const keys = new Set(selectedKeys.split('|'));
  return { clustered: venues.filter((v) => !keys.has(v.key)), selected: venues.filter((v) => keys.has(v.key)) };
}

/**
 * Venue and cluster markers, managed imperatively in one LayerGroup and diffed by key on every
 * move, so React never renders per marker. The supercluster index holds the filtered places only,
 * and is kept while the set of places stays the same.
 */
export function useVenueMarkers(map: L.Map, venues: readonly VenueGroup[], selectedEvent: SelectedEvent | null, onSelectEvent: (id: string) => void, animate: boolean, labelBoard: LabelBoard): void {
  // One string, so the memos below change only when the selection's places do.
  const selectedKeys = selectedEvent?.placeKeys.join('|') ?? '';
  const { clustered, selected } = useMemo(() => splitSelected(venues, selectedKeys), [venues, selectedKeys]);
  const index = useMemo(() => venueIndexFor(clustered), [clustered]);
  const maxParticipants = useMemo(() => venues.reduce((max, v) => Math.max(max, v.participants), 0), [venues]);
  const layer = useMarkerLayer(map);
  const selectedId = selectedEvent?.id ?? null;

  // Held by every marker's listeners: always the latest index, selection and handler.
  const activate = useLatestCallback((entry: MarkerEntry, viaKeyboard: boolean) => {
    const { item, marker } = entry;
    if (item.kind === 'cluster') {
      const zoom = Math.min(index.clusters.getClusterExpansionZoom(item.clusterId), map.getMaxZoom());
      map.setView([item.lat, item.lon], zoom, { animate });
      // The cluster's marker is gone after the zoom; keep keyboard focus inside the map.
      if (viaKeyboard) map.getContainer().focus({ preventScroll: true });
      return;
    }
    const [only, ...more] = item.venue.events;
    if (only && more.length === 0) onSelectEvent(only.id);
    else openVenuePopup(map, marker, item.venue, selectedId, onSelectEvent);
  });

  const showView = useCallback(() => {
    const b = map.getBounds();
    const items = visibleItems(index, clustered, clampBbox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), map.getZoom());
    for (const venue of selected) items.push({ kind: 'venue', key: `v${venue.key}`, lat: venue.lat, lon: venue.lon, venue });
    const looks = syncMarkers(layer, items, selected, maxParticipants, activate);
    // Venue names and country names share one collision check (see LabelBoard).
    labelBoard.set('venues', venueLabelSide(map, layer, items, looks, selected, showVenueLabels(map, items)));
    labelBoard.layout();
  }, [map, index, clustered, selected, maxParticipants, layer, activate, labelBoard]);
  useMoveEnd(map, showView);
  useEffect(function leaveLabelBoard() {
    return function removeVenueLabels() {
      labelBoard.set('venues', null);
    };
  }, [labelBoard]);
}
