import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Leaflet measures its container once; the app's layout resizes it (panels opening, rotation). */
export function InvalidateOnResize() {
  const map = useMap();
  useEffect(function watchContainerSize() {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    observer.observe(map.getContainer());
    return function stopWatchingContainerSize() {
      observer.disconnect();
    };
  }, [map]);
  return null;
}
