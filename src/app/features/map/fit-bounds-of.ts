import L from 'leaflet';

/** The bounds of some places, or null for none. */
export function boundsOf(points: readonly { lat: number; lon: number }[]): L.LatLngBounds | null {
  if (points.length === 0) return null;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
  }
  return L.latLngBounds([south, west], [north, east]);
}
