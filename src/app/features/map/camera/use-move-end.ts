import type L from 'leaflet';
import { useEffect } from 'react';

/** Calls `onView` now and after every pan or zoom; a new `onView` (new data) runs at once. */
export function useMoveEnd(map: L.Map, onView: () => void): void {
  useEffect(function followMapMoves() {
    onView();
    map.on('moveend', onView);
    return function stopFollowingMapMoves() {
      map.off('moveend', onView);
    };
  }, [map, onView]);
}
