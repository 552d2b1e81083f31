import 'leaflet/dist/leaflet.css';
import './map.css';
import { useMemo, useState } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import type { SelectedEvent } from '../../view/selected-event.ts';
import type { VenueGroup } from '../../view/venue-group.ts';
import { CountryLabels } from './country-labels.tsx';
import { CountryShapes } from './country-shapes.tsx';
import { FlowLines } from './flow-lines.tsx';
import { flowLinks } from './flow-links.ts';
import { initialView } from './initial-view.ts';
import { InvalidateOnResize } from './invalidate-on-resize.tsx';
import { MapAttribution } from './map-attribution.tsx';
import { MapLegend } from './map-legend.tsx';
import { PanToSelected } from './pan-to-selected.tsx';
import { prefersReducedMotion } from './prefers-reduced-motion.ts';
import { shadeClasses } from './shade-classes.ts';
import { useBasemap } from './use-basemap.ts';
import { VenueMarkers } from './venue-markers.tsx';

export interface AtlasMapProps {
  /** Places of the events that pass the filters and the time window (the map does not filter). */
  venues: readonly VenueGroup[];
  selectedEvent: SelectedEvent | null;
  /** ISO2 → number of the filtered events the country takes part in (any role), for shading. */
  countryCounts: ReadonlyMap<string, number>;
  /** Countries currently chosen in the participating-country filter (drawn as selected). */
  selectedCountries: readonly string[];
  onSelectEvent(id: string): void;
  /** Clicking a country toggles it in the participating-country filter. */
  onToggleCountry(code: string): void;
}

// Offline by default: a tile server is used only when the deployment names one.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL || undefined;
const TILE_ATTRIBUTION: string =
  import.meta.env.VITE_TILE_ATTRIBUTION || '&copy; <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">OpenStreetMap</a> contributors';

export function AtlasMap({ venues, selectedEvent, countryCounts, selectedCountries, onSelectEvent, onToggleCountry }: AtlasMapProps) {
  // MapContainer reads its props once; later changes go through useMap() in the children.
  const [view] = useState(() => initialView(venues));
  const [animate] = useState(() => !prefersReducedMotion());
  const basemap = useBasemap();
  const shading = useMemo(() => shadeClasses(countryCounts.values()), [countryCounts]);
  const labelPoints = basemap.status === 'success' ? basemap.basemap.labelPoints : null;
  const links = useMemo(() => (labelPoints ? flowLinks(selectedEvent, labelPoints) : []), [labelPoints, selectedEvent]);
  const flows = { participant: links.some((l) => l.role === 'participant'), expert: links.some((l) => l.role === 'expert') };

  return (
    <div className="atlas-map" role="region" aria-label="Map">
      <MapContainer
        className="atlas-map__leaflet"
        {...view}
        minZoom={2}
        maxZoom={10}
        worldCopyJump={false}
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
      >
        {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
        {basemap.status === 'success' && (
          <>
            <CountryShapes
              basemap={basemap.basemap}
              countryCounts={countryCounts}
              shading={shading}
              selectedCountries={selectedCountries}
              overTiles={TILE_URL !== undefined}
              onToggleCountry={onToggleCountry}
            />
            <CountryLabels basemap={basemap.basemap} countryCounts={countryCounts} selectedCountries={selectedCountries} />
          </>
        )}
        <FlowLines links={links} />
        <VenueMarkers venues={venues} selectedEvent={selectedEvent} onSelectEvent={onSelectEvent} animate={animate} />
        <PanToSelected event={selectedEvent} animate={animate} />
        <InvalidateOnResize />
        <MapAttribution />
      </MapContainer>
      <MapLegend shading={shading} basemap={basemap.status} flows={flows} />
    </div>
  );
}
