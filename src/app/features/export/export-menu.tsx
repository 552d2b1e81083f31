import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import { chunkQueryOptions } from '../../dataset/dataset-query-options.ts';

interface Props {
  /** The events the view shows, in its order: exactly what is exported. */
  events: readonly EventSummary[];
  /** The chunk file holding an event's full record. */
  chunkOf(id: string): number;
  /** The event's organisers as the build step merged them (the summary's rows), so the export names each body once. */
  bodiesOf(id: string): readonly { name: string }[];
  generatedAt: string;
}

type Format = 'csv' | 'geojson';

/**
 * "Export": the events that pass the filters and the time window as CSV or GeoJSON, each fact with
 * its precision and the sentence it came from. The full records are fetched (chunk files the
 * details panel shares) and the export library (src/export/, the same as `npm run export`) is
 * loaded only when asked for.
 */
export function ExportMenu({ events, chunkOf, bodiesOf, generatedAt }: Props) {
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  async function exportAs(format: Format) {
    setStatus(`Preparing ${events.length} events…`);
    try {
      const { exportFile } = await import('../../../export/export-file.ts');
      const chunks = [...new Set(events.map((e) => chunkOf(e.id)))];
      const records = await Promise.all(chunks.map((c) => client.fetchQuery(chunkQueryOptions(generatedAt, c))));
      const byId = new Map(records.flatMap((chunk) => [...chunk]));
      const file = exportFile(events.map((s) => ({ event: byId.get(s.id)!, bodies: bodiesOf(s.id) })), format);
      download(file.text, file.name, file.type);
      setStatus(`Exported ${events.length} ${events.length === 1 ? 'event' : 'events'} as ${format === 'csv' ? 'CSV' : 'GeoJSON'}.`);
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
