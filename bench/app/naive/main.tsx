// The naive build the benchmark compares against: one react-leaflet <Marker> per placed venue and an
// Array.filter over every event on each change, a plain list of all of them. It loads the whole
// dataset.json with its schema check, as the app did before its summary file, and leaves the same
// `atlas:drawn` mark as the app, so the driver treats both alike.
import 'leaflet/dist/leaflet.css';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { MapContainer, Marker } from 'react-leaflet';
import { markDrawn } from '../../../src/app/view/mark-drawn.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { parseDataset } from '../../../src/schema/parse-dataset.ts';
import { usePlay, useSearch } from '../page-hooks.ts';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

function Naive({ dataset }: { dataset: Dataset }) {
  const params = useSearch();
  const country = params.get('country');
  const from = params.get('from') ?? '0000-00-00';
  const to = params.get('to') ?? '9999-99-99';
  const [playing, toggle] = usePlay();
  const events = dataset.events.filter(
    (e) =>
      (country === null || e.countries.some((c) => c.code === country && c.roles.length > 0)) &&
      e.startDate !== null && e.startDate <= to && (e.endDate ?? e.startDate) >= from,
  );
  useEffect(() => markDrawn(window.location.search), [events]);
  return (
    <div>
      <div className="side">
        <button type="button" onClick={toggle}>{playing ? 'Pause' : 'Play'}</button>
        <p role="status">{events.length} of {dataset.events.length} events</p>
        <ul aria-label="Events">
          {events.map((e) => <li key={e.id}>{e.startDate} {e.title}</li>)}
        </ul>
      </div>
      <MapContainer className="map" center={[48, 40]} zoom={3} minZoom={2} maxZoom={10}>
        {events.flatMap((e) => e.venues.map((v, i) => (v.lat !== null && v.lon !== null ? <Marker key={`${e.id}/${i}`} position={[v.lat, v.lon]} /> : null)))}
      </MapContainer>
    </div>
  );
}

function App() {
  const query = useQuery({
    queryKey: ['dataset'],
    queryFn: async () => {
      const result = parseDataset(await (await fetch('data/dataset.json')).json());
      if (!result.ok) throw new Error(result.problems.join('; '));
      return result.dataset;
    },
  });
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  return <Naive dataset={query.data} />;
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <App />
  </QueryClientProvider>,
);
