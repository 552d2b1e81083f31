import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { EventSummary } from '../../../schema/app-files.ts';

/** Brings the selected event's first place on the map into view when it is outside (or at the very edge of) the map. */
export function PanToSelected({ event, animate }: { event: EventSummary | null; animate: boolean }) {
  const map = useMap();
  const placed = event?.venues.find((v) => v.lat !== null && v.lon !== null);
  const lat = placed?.lat ?? null;
  const lon = placed?.lon ?? null;
  useEffect(function panToSelectedVenue() {
    if (lat === null || lon === null) return;
    if (!map.getBounds().pad(-0.1).contains([lat, lon])) map.panTo([lat, lon], { animate });
  }, [map, lat, lon, animate]);
  return null;
}
