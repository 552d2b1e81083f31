import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import type { MarkerLayer } from './sync-markers.ts';

/** One LayerGroup of markers on the map for the component's life, with the entries it holds. */
export function useMarkerLayer(map: L.Map): MarkerLayer {
  const layer = useMemo<MarkerLayer>(() => ({ group: L.layerGroup(), entries: new Map() }), []);
  useEffect(function addMarkerLayer() {
    layer.group.addTo(map);
    return function removeMarkerLayer() {
      layer.group.clearLayers();
      layer.group.remove();
      layer.entries.clear();
    };
  }, [map, layer]);
  return layer;
}
