import type { Position } from 'geojson';

type Ring = Position[];
type PolygonRings = Ring[];

/**
 * Makes a ring continuous across the antimeridian: world-atlas draws Russia's Chukotka and Fiji as
 * rings that jump from 179.9 to -180, which Leaflet renders as a band smeared across the world.
 * Each jump of more than 180° shifts the following points by 360°, and a ring that ends up wholly
 * west of -180 is moved back, so [[179,0],[-179,0]] becomes [[179,0],[181,0]].
 */
export function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  let previous: number | undefined;
  const out = ring.map((point) => {
    const lon = point[0] ?? 0;
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon;
    return [lon + offset, ...point.slice(1)];
  });
  return out.some((p) => (p[0] ?? 0) < -180) ? shiftRing(out, 360) : out;
}

function crosses(ring: Ring): boolean {
  return ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
}

function shiftRing(ring: Ring, by: number): Ring {
  return ring.map((p) => [(p[0] ?? 0) + by, ...p.slice(1)]);
}

function maxLon(ring: Ring): number {
  let max = -Infinity;
  for (const p of ring) max = Math.max(max, p[0] ?? -Infinity);
  return max;
}

/**
 * Unwraps every polygon of a country that crosses the antimeridian, and moves the country's small
 * polygons just west of -180 (Russia's Big Diomede, Fiji's eastern islands) to the east side so the
 * country stays in one piece. Countries that do not cross are returned unchanged.
 */
export function unwrapAntimeridian(polygons: readonly PolygonRings[]): PolygonRings[] {
  if (!polygons.some((polygon) => polygon.some(crosses))) return [...polygons];
  return polygons.map((polygon) => {
    if (polygon.some(crosses)) {
      const [outer = [], ...holes] = polygon.map(unwrapRing);
      // A hole wholly west of 0 inside an outer ring now drawn east of 180 must follow it east.
      const outerEast = maxLon(outer) > 180;
      return [outer, ...holes.map((hole) => (outerEast && maxLon(hole) < 0 ? shiftRing(hole, 360) : hole))];
    }
    return maxLon(polygon.flat()) < -160 ? polygon.map((ring) => shiftRing(ring, 360)) : polygon;
  });
}
