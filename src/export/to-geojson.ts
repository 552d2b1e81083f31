import type { AtlasEvent } from '../schema/dataset.ts';
import { PLACE_PRECISION_WORDS } from '../vocabulary/place-label.ts';
import { venueText, type ExportRecord } from './export-record.ts';

interface Feature {
  type: 'Feature';
  /** Null for a place the gazetteer could not put on the map (GeoJSON allows it). */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  /** The event's record, and which of its venues the feature is: `venue_index` counts from 0 in text order, null for an event with no place. */
  properties: ExportRecord & { venue: string; venue_index: number | null; venue_precision: string };
}

/**
 * Events and their records → a GeoJSON FeatureCollection with one feature per venue (an event held
 * in three towns is three features sharing its properties, each naming its venue and its index),
 * and one feature with no geometry for an event with no place, so nothing shown is left out.
 * Coordinates are [lon, lat]; counts are numbers.
 */
export function toGeoJson(items: readonly { event: AtlasEvent; record: ExportRecord }[]): { type: 'FeatureCollection'; features: Feature[] } {
  const features = items.flatMap(({ event, record }): Feature[] => {
    if (event.venues.length === 0) return [{ type: 'Feature', geometry: null, properties: { ...record, venue: '', venue_index: null, venue_precision: '' } }];
    return event.venues.map((v, index) => ({
      type: 'Feature',
      geometry: v.lat !== null && v.lon !== null ? { type: 'Point', coordinates: [v.lon, v.lat] } : null,
      properties: { ...record, venue: venueText(v), venue_index: index, venue_precision: PLACE_PRECISION_WORDS[v.precision] },
    }));
  });
  return { type: 'FeatureCollection', features };
}
