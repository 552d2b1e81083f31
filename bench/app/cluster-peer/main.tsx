// The peer a user would pick instead of our map: react-leaflet-cluster (Leaflet.markercluster) with
// one <Marker> per placed venue and an Array.filter over every event on each change, the way its
// 10,000-marker example does it. It reads the same events as the app, as a plain JSON list (the
// bench writes peer.json from the dataset: what such an app would load), shows the count and the
// first rows of the list, and leaves the same `atlas:drawn` mark as the app, so the driver
// measures both alike.
import 'leaflet/dist/leaflet.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MapContainer, Marker } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import { markDrawn } from '../../../src/app/view/mark-drawn.ts';
import { usePlay, useSearch } from '../page-hooks.ts';
import type { PeerEvent } from './peer-event.ts';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

const ROWS = 50;

function Peer({ events }: { events: readonly PeerEvent[] }) {
  const params = useSearch();
  const country = params.get('country');
  const from = params.get('from') ?? '0000-00-00';
  const to = params.get('to') ?? '9999-99-99';
  const [playing, toggle] = usePlay();
  const shown = events.filter(
    (e) => (country === null || e.countries.includes(country)) && e.startDate !== null && e.startDate <= to && (e.endDate ?? e.startDate) >= from,
  );
  useEffect(() => markDrawn(window.location.search), [shown]);
  const markers = useMemo(
    () => shown.flatMap((e) => e.places.map(([lat, lon], i) => <Marker key={`${e.id}/${i}`} position={[lat, lon]} title={e.title} />)),
    [shown],
  );
  return (
    <div>
      <div className="side">
        <button type="button" onClick={toggle}>{playing ? 'Pause' : 'Play'}</button>
        <p role="status">{shown.length} of {events.length} events</p>
        <ul aria-label="Events">
          {shown.slice(0, ROWS).map((e) => <li key={e.id}>{e.startDate} {e.title}</li>)}
        </ul>
      </div>
      <MapContainer className="map" center={[48, 40]} zoom={3} minZoom={2} maxZoom={10}>
        <MarkerClusterGroup>{markers}</MarkerClusterGroup>
      </MapContainer>
    </div>
  );
}

function App() {
  const [events, setEvents] = useState<PeerEvent[] | null>(null);
  useEffect(() => {
    void fetch('data/peer.json').then(async (r) => setEvents((await r.json()) as PeerEvent[]));
  }, []);
  return events ? <Peer events={events} /> : <p>Loading…</p>;
}

createRoot(document.getElementById('root')!).render(<App />);
