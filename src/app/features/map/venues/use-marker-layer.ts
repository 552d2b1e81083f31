import L from 'leaflet';
import { useMemo } from 'react';
import type { MarkerLayer } from './sync-markers.ts';
import { useLeafletLayer } from '../layers/use-leaflet-layer.ts';

/** One LayerGroup of markers on the map for the component's life, with the entries it holds. */
export function useMarkerLayer(map: L.Map): MarkerLayer {
  const layer = useMemo<MarkerLayer>(() => ({ group: L.layerGroup(), entries: new Map() }), []);
  useLeafletLayer(map, layer.group, {
    onAdded: () =>
      function forgetMarkers() {
        layer.group.clearLayers();
        layer.entries.clear();
      },
  });
  return layer;
}
