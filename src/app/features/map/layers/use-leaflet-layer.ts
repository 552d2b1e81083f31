import type L from 'leaflet';
import { useEffect } from 'react';
import { useLatestCallback } from '../../../helpers/use-latest-callback.ts';
import { ensurePane, type AtlasPane } from './ensure-pane.ts';

interface LayerLife<T> {
  /** Our pane the layer's parts are drawn in (they name it in their options): made before the add. */
  pane?: AtlasPane;
  /** Runs after each add (the layer's DOM exists then); what it returns is undone before the removal. */
  onAdded?(layer: T): (() => void) | void;
}

/**
 * The one lifecycle of a Leaflet layer drawn by this map, as react-leaflet's core has it
 * (`useLayerLifecycle`): the owner makes the layer with useMemo, so its identity says when it is
 * remade; the layer is added to the map when it appears and removed when it is replaced or the
 * component unmounts. A null layer draws nothing.
 */
export function useLeafletLayer<T extends L.Layer>(map: L.Map, layer: T | null, { pane, onAdded }: LayerLife<T> = {}): void {
  const added = useLatestCallback((l: T) => onAdded?.(l));
  useEffect(
    function addLayer() {
      if (!layer) return;
      if (pane) ensurePane(map, pane);
      layer.addTo(map);
      const undo = added(layer);
      return function removeLayer() {
        if (typeof undo === 'function') undo();
        layer.remove();
      };
    },
    [map, layer, pane, added],
  );
}
