import type { Position } from 'geojson';

type Ring = Position[];

/** Signed planar area of a ring in degrees² (shoelace); good enough to compare a country's parts. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

function centroid(ring: Ring): [number, number] {
  let x = 0;
  let y = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const f = xj * yi - xi * yj;
    x += (xj + xi) * f;
    y += (yj + yi) * f;
    a += f;
  }
  if (a === 0) return [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  return [x / (3 * a), y / (3 * a)];
}

/** Crossings of the horizontal line at `lat` with the ring's edges, sorted west to east. */
function crossings(ring: Ring, lat: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat) xs.push(xi + ((lat - yi) * (xj - xi)) / (yj - yi));
  }
  return xs.sort((p, q) => p - q);
}

/**
 * A point inside a country for its label and flow lines: the centroid of its largest polygon, or,
 * when that falls outside a concave shape (Croatia's centroid lies in Bosnia), the middle of the
 * widest stretch of land on the centroid's latitude. Returns [lon, lat].
 */
export function labelPoint(polygons: readonly Ring[][]): [number, number] | null {
  let outer: Ring | undefined;
  let best = 0;
  for (const polygon of polygons) {
    const area = Math.abs(ringArea(polygon[0] ?? []));
    if (polygon[0] && area >= best) [outer, best] = [polygon[0], area];
  }
  if (!outer || outer.length < 3) return null;
  const [cx, cy] = centroid(outer);
  const xs = crossings(outer, cy);
  let widest: [number, number] | null = null;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const [w = 0, e = 0] = [xs[k], xs[k + 1]];
    if (w <= cx && cx <= e) return [cx, cy];
    if (!widest || e - w > widest[1] - widest[0]) widest = [w, e];
  }
  return widest ? [(widest[0] + widest[1]) / 2, cy] : [cx, cy];
}
