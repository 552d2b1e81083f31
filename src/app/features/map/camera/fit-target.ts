import L from 'leaflet';

/**
 * Where `map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom })` would go, without
 * going there (Leaflet's own rule): so a fit that would not move the map can be skipped.
 */
export function fitTarget(map: L.Map, bounds: L.LatLngBounds, topLeft: L.Point, bottomRight: L.Point, maxZoom: number): { center: L.LatLng; zoom: number } {
  const zoom = Math.min(map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)), maxZoom);
  const offset = bottomRight.subtract(topLeft).divideBy(2);
  const sw = map.project(bounds.getSouthWest(), zoom);
  const ne = map.project(bounds.getNorthEast(), zoom);
  return { center: map.unproject(sw.add(ne).divideBy(2).add(offset), zoom), zoom };
}
