import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventSummary, Organization } from '../../../schema/app-files.ts';
import { chunkQueryOptions } from '../../dataset/dataset-query-options.ts';

interface Props {
  /** The events the view shows, in its order: exactly what is exported. */
  events: readonly EventSummary[];
  /** The chunk file holding an event's full record. */
  chunkOf(id: string): number;
  generatedAt: string;
  /** The organisers as the build step merged them, so the export names each body once. */
  organizations: readonly Organization[];
}

type Format = 'csv' | 'geojson';
const FILE = { csv: { ext: 'csv', type: 'text/csv;charset=utf-8' }, geojson: { ext: 'geojson', type: 'application/geo+json' } } as const;

/**
 * "Export": the events that pass the filters and the time window as CSV or GeoJSON, each fact with
 * its precision and the sentence it came from. The full records are fetched (chunk files the
 * details panel shares) and the export code loaded only when asked for.
 */
export function ExportMenu({ events, chunkOf, generatedAt, organizations }: Props) {
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  async function exportAs(format: Format) {
    setStatus(`Preparing ${events.length} events…`);
    try {
      const [{ exportRecord }, { toCsv }, { toGeoJson }] = await Promise.all([
        import('../../../export/export-record.ts'),
        import('../../../export/to-csv.ts'),
        import('../../../export/to-geojson.ts'),
      ]);
      const chunks = [...new Set(events.map((e) => chunkOf(e.id)))];
      const records = await Promise.all(chunks.map((c) => client.fetchQuery(chunkQueryOptions(generatedAt, c))));
      const byId = new Map(records.flatMap((chunk) => [...chunk]));
      const items = events.map((s) => {
        const event = byId.get(s.id)!;
        return { event, record: exportRecord(event, organizations) };
      });
      const text = format === 'csv' ? toCsv(items.map((i) => i.record)) : JSON.stringify(toGeoJson(items), null, 2);
      download(text, `event-atlas-${items.length}-events.${FILE[format].ext}`, FILE[format].type);
      setStatus(`Exported ${items.length} ${items.length === 1 ? 'event' : 'events'} as ${format === 'csv' ? 'CSV' : 'GeoJSON'}.`);
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return (
    <details className="export-menu">
      <summary className="button">Export</summary>
      <div className="export-options">
        <button type="button" className="button" onClick={() => void exportAs('csv')}>CSV</button>
        <button type="button" className="button" onClick={() => void exportAs('geojson')}>GeoJSON</button>
      </div>
      {/* Polite, but not a second "status" beside the result count. */}
      <p aria-live="polite" className="hint">{status}</p>
    </details>
  );
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
