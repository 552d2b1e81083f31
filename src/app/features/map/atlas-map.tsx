import 'leaflet/dist/leaflet.css';
import './map.css';
import { useMemo, useState } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import type { EventSummary } from '../../../schema/app-files.ts';
import type { SelectedEvent } from '../../view/selected-event.ts';
import type { CountryVenueGroup, VenueGroup } from '../../view/venue-group.ts';
import type { MapView } from '../../view/view-state.ts';
import { CountryLabels } from './countries/country-labels.tsx';
import { CountryShapes } from './countries/country-shapes.tsx';
import { FlowLines } from './flows/flow-lines.tsx';
import { flowLinks } from './flows/flow-links.ts';
import { initialView } from './camera/initial-view.ts';
import { InvalidateOnResize } from './camera/invalidate-on-resize.tsx';
import { createLabelBoard } from './layers/label-board.ts';
import { MapAttribution } from './map-attribution.tsx';
import { MapLegend } from './map-legend.tsx';
import { MapViewSync } from './camera/map-view-sync.tsx';
import { NotOnMap, type RecordOf } from './not-on-map.tsx';
import { placeCountryVenues } from './venues/place-country-venues.ts';
import { prefersReducedMotion } from './camera/prefers-reduced-motion.ts';
import { shadeClasses } from './countries/shade-classes.ts';
import { useBasemap } from './countries/use-basemap.ts';
import { VenueMarkers } from './venues/venue-markers.tsx';

export interface AtlasMapProps {
  /** Places of the events that pass the filters and the time window (the map does not filter). */
  venues: readonly VenueGroup[];
  /** Venues known only by their country: drawn at the country's label point, marked as such. */
  countryVenues: readonly CountryVenueGroup[];
  /** Selected events with no place the map can draw ("Not on the map"). */
  unplaced: readonly EventSummary[];
  /** Where an event's full record is (its reasons for being off the map). */
  recordOf: RecordOf;
  /** The view the URL asks for; null until the map is moved or a link gives one. */
  mapView: MapView | null;
  /** Changes when a filter does: the map then fits what is shown. Null while that is not known yet. */
  fitKey: string | null;
  /** Pixels at the map's bottom covered by the details sheet (phone). */
  coveredBelow(): number;
  onMoveEnd(view: MapView): void;
  selectedEvent: SelectedEvent | null;
  /** ISO2 → number of the filtered events the country takes part in (any role), for shading. */
  countryCounts: ReadonlyMap<string, number>;
  /** Countries currently chosen in the participating-country filter (drawn as selected). */
  selectedCountries: readonly string[];
  onSelectEvent(id: string, opener?: HTMLElement | null): void;
  /** Clicking a country toggles it in the participating-country filter. */
  onToggleCountry(code: string): void;
}

// Offline by default: a tile server is used only when the deployment names one.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL || undefined;
const TILE_ATTRIBUTION: string =
  import.meta.env.VITE_TILE_ATTRIBUTION || '&copy; <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">OpenStreetMap</a> contributors';

export function AtlasMap({ venues: placedVenues, countryVenues, unplaced, recordOf, mapView, fitKey, coveredBelow, onMoveEnd, selectedEvent, countryCounts, selectedCountries, onSelectEvent, onToggleCountry }: AtlasMapProps) {
  // MapContainer reads its props once; later changes go through useMap() in the children.
  const [view] = useState(() => (mapView ? { center: [mapView.lat, mapView.lon] as [number, number], zoom: mapView.zoom } : initialView(placedVenues)));
  const [animate] = useState(() => !prefersReducedMotion());
  // Country and venue names share one collision check: the names that would overlap are left out.
  const [labelBoard] = useState(createLabelBoard);
  const basemap = useBasemap();
  const shading = useMemo(() => shadeClasses(countryCounts.values()), [countryCounts]);
  const labelPoints = basemap.basemap?.labelPoints ?? null;
  const venues = useMemo(() => placeCountryVenues(placedVenues, countryVenues, labelPoints), [placedVenues, countryVenues, labelPoints]);
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
        {basemap.basemap && (
          <>
            <CountryShapes
              basemap={basemap.basemap}
              countryCounts={countryCounts}
              shading={shading}
              selectedCountries={selectedCountries}
              overTiles={TILE_URL !== undefined}
              onToggleCountry={onToggleCountry}
            />
            <CountryLabels basemap={basemap.basemap} countryCounts={countryCounts} selectedCountries={selectedCountries} labelBoard={labelBoard} />
          </>
        )}
        <FlowLines links={links} />
        <VenueMarkers venues={venues} selectedEvent={selectedEvent} onSelectEvent={onSelectEvent} animate={animate} labelBoard={labelBoard} />
        <MapViewSync places={venues} selectedKeys={selectedEvent?.placeKeys.join('|') ?? ''} fitKey={fitKey} placesReady={labelPoints !== null} mapView={mapView} animate={animate} coveredBelow={coveredBelow} onMoveEnd={onMoveEnd} />
        <InvalidateOnResize />
        <MapAttribution />
      </MapContainer>
      <NotOnMap events={unplaced} recordOf={recordOf} onSelectEvent={onSelectEvent} />
      <MapLegend shading={shading} basemap={basemap.status} flows={flows} />
    </div>
  );
}
