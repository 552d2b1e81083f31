import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2ForShape } from './alpha2-for-shape.ts';
import { labelPoint } from './label-point.ts';
import { unwrapAntimeridian } from './unwrap-antimeridian.ts';

export interface ShapeProperties {
  /** ISO 3166-1 alpha-2, or null for shapes that are not a country the dataset can name. */
  code: string | null;
  /** Natural Earth's short name ("Bosnia and Herz."), a fallback for display. */
  name: string;
}

export type CountryShape = Feature<MultiPolygon, ShapeProperties>;

export interface Basemap {
  shapes: FeatureCollection<MultiPolygon, ShapeProperties>;
  /** Alpha-2 → [lat, lon] inside the country's largest part: where labels and flow lines start. */
  labelPoints: ReadonlyMap<string, readonly [number, number]>;
}

// Antarctica is left out: no event happens there, and in Web Mercator it would fill the bottom of
// the map with a band that also wraps the antimeridian.
const LEFT_OUT = new Set(['AQ']);

function polygonsOf(geometry: Feature['geometry'] | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** world-atlas TopoJSON → country shapes with alpha-2 codes, unwrapped at the antimeridian. */
export function buildBasemap(topology: Topology): Basemap {
  const object = topology.objects['countries'] as GeometryCollection<{ name?: string }>;
  const collection = feature(topology, object);
  const shapes: CountryShape[] = [];
  const partsByCode = new Map<string, Position[][][]>();
  for (const f of collection.features) {
    const name = f.properties?.name ?? '';
    const code = alpha2ForShape(f.id, name);
    if (code && LEFT_OUT.has(code)) continue;
    const polygons = unwrapAntimeridian(polygonsOf(f.geometry));
    if (polygons.length === 0) continue;
    shapes.push({ type: 'Feature', properties: { code, name }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    if (code) partsByCode.set(code, [...(partsByCode.get(code) ?? []), ...polygons]);
  }
  const labelPoints = new Map<string, readonly [number, number]>();
  for (const [code, polygons] of partsByCode) {
    const point = labelPoint(polygons);
    if (point) labelPoints.set(code, [point[1], point[0]]);
  }
  return { shapes: { type: 'FeatureCollection', features: shapes }, labelPoints };
}
