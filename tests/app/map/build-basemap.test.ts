import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../../src/app/features/map/countries/build-basemap.ts';

// The real Natural Earth file the app ships, so the tests see its actual quirks.
const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const basemap = buildBasemap(topology);
const lons = (code: string) =>
  basemap.shapes.features
    .filter((f) => f.properties.code === code)
    .flatMap((f) => f.geometry.coordinates.flat(2).map((p) => p[0] ?? 0));

function insideRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}

describe('buildBasemap', () => {
  it('gives every world-atlas country with a numeric id an alpha-2 code, and Kosovo XK', () => {
    const unnamed = basemap.shapes.features.filter((f) => f.properties.code === null).map((f) => f.properties.name);
    expect(unnamed.sort()).toEqual(['Indian Ocean Ter.', 'Siachen Glacier']);
    expect(basemap.labelPoints.has('XK')).toBe(true);
  });

  it('leaves Antarctica out', () => {
    expect(basemap.shapes.features.some((f) => f.properties.code === 'AQ')).toBe(false);
  });

  it('draws Russia and Fiji without a jump across the map (no point west of 0 for Russia)', () => {
    expect(Math.min(...lons('RU'))).toBeGreaterThan(0);
    expect(Math.max(...lons('RU'))).toBeGreaterThan(180);
    expect(Math.min(...lons('FJ'))).toBeGreaterThan(170);
  });

  it('places label points inside the country', () => {
    const [kzLat, kzLon] = basemap.labelPoints.get('KZ') ?? [];
    expect(kzLat).toBeGreaterThan(43);
    expect(kzLat).toBeLessThan(53);
    expect(kzLon).toBeGreaterThan(55);
    expect(kzLon).toBeLessThan(80);
    // Mainland France, not an overseas département.
    const [frLat, frLon] = basemap.labelPoints.get('FR') ?? [];
    expect(frLat).toBeGreaterThan(43);
    expect(frLon).toBeGreaterThan(-2);
    expect(frLon).toBeLessThan(7);
    // Croatia's centroid lies in Bosnia; the label point must not.
    const [hrLat = 0, hrLon = 0] = basemap.labelPoints.get('HR') ?? [];
    const croatia = basemap.shapes.features.find((f) => f.properties.code === 'HR');
    const inside = croatia?.geometry.coordinates.some((polygon) => insideRing(polygon[0] ?? [], hrLon, hrLat));
    expect(inside).toBe(true);
  });
});
