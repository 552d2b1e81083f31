import L from 'leaflet';

/** [[south, west], [north, east]] around some places, or null for none. Pure: no Leaflet needed. */
export function extentOf(points: readonly { lat: number; lon: number }[]): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
  }
  return [[south, west], [north, east]];
}

/** The bounds of some places, or null for none. */
export function boundsOf(points: readonly { lat: number; lon: number }[]): L.LatLngBounds | null {
  const extent = extentOf(points);
  return extent && L.latLngBounds(extent);
}
