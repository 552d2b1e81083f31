import type { AtlasEvent } from '../schema/dataset.ts';
import { PLACE_PRECISION_WORDS } from '../vocabulary/place-label.ts';
import { venueText, type ExportRecord } from './export-record.ts';

interface Feature {
  type: 'Feature';
  /** Null for a place the gazetteer could not put on the map (GeoJSON allows it). */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: ExportRecord & { venue: string; venue_precision: string };
}

/**
 * Events and their records → a GeoJSON FeatureCollection with one feature per venue place (an event
 * held in three towns is three features sharing its properties), and one feature with no geometry
 * for an event with no place, so nothing shown is left out. Coordinates are [lon, lat].
 */
export function toGeoJson(items: readonly { event: AtlasEvent; record: ExportRecord }[]): { type: 'FeatureCollection'; features: Feature[] } {
  const features = items.flatMap(({ event, record }): Feature[] => {
    if (event.venues.length === 0) return [{ type: 'Feature', geometry: null, properties: { ...record, venue: '', venue_precision: '' } }];
    return event.venues.map((v) => ({
      type: 'Feature',
      geometry: v.lat !== null && v.lon !== null ? { type: 'Point', coordinates: [v.lon, v.lat] } : null,
      properties: { ...record, venue: venueText(v), venue_precision: PLACE_PRECISION_WORDS[v.precision] },
    }));
  });
  return { type: 'FeatureCollection', features };
}
