import type { AtlasEvent } from '../schema/dataset.ts';
import { exportRecord } from './export-record.ts';
import { toCsv } from './to-csv.ts';
import { toGeoJson } from './to-geojson.ts';

export const EXPORT_FORMATS = ['csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One event to export: its full record and its organisers as the build merged them. */
export interface ExportItem {
  event: AtlasEvent;
  bodies: readonly { name: string }[];
}

const TYPE = { csv: 'text/csv;charset=utf-8', geojson: 'application/geo+json' } as const;

/**
 * Events, in the view's order → the file the app's Export control downloads and `npm run export`
 * writes: the same bytes from both. Browser-safe: it knows only the schema and the vocabulary.
 */
export function exportFile(items: readonly ExportItem[], format: ExportFormat): { text: string; name: string; type: string } {
  const records = items.map(({ event, bodies }) => ({ event, record: exportRecord(event, bodies) }));
  const text = format === 'csv' ? toCsv(records.map((r) => r.record)) : `${JSON.stringify(toGeoJson(records), null, 2)}\n`;
  return { text, name: `event-atlas-${items.length}-events.${format}`, type: TYPE[format] };
}
