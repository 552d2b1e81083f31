import { useEffect, useRef } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import { useLatestCallback } from '../../../helpers/use-latest-callback.ts';
import { mapParam } from '../../../view/serialize-view-state.ts';
import type { VenueGroup } from '../../../view/venue-group.ts';
import type { MapView } from '../../../view/view-state.ts';
import L from 'leaflet';
import { boundsOf } from './fit-bounds-of.ts';
import { fitTarget } from './fit-target.ts';

interface Props {
  /** Every place drawn now. */
  places: readonly VenueGroup[];
  /** The selected event's place keys, joined by '|' ('' for none). */
  selectedKeys: string;
  /**
   * Changes when a filter does (not when the time window moves): the map then fits what is shown.
   * Null while what the filters show is not known yet (a search's index loading): no fit until it is.
   */
  fitKey: string | null;
  /** False until the basemap has placed the country-only venues (the first fit leaves them out). */
  placesReady: boolean;
  /** The view the URL asks for (a shared link, or Back). */
  mapView: MapView | null;
  animate: boolean;
  /** Pixels at the map's bottom covered by something over it (the phone's details sheet). */
  coveredBelow(): number;
  onMoveEnd(view: MapView): void;
}

const PAD = 40;
const URL_DELAY_MS = 150;
/** A fit never zooms closer than this: one town is shown with its neighbours. */
const FIT_MAX_ZOOM = 6;

/**
 * The map's view and the URL, both ways: the URL's `map=` is applied when it differs from the
 * view (a link, Back), every move is written back (replacing, so Back is not flooded), and the map
 * fits the selected event's places when one is selected, and everything shown when a filter
 * changes. A view from the URL wins on the first render: a shared link shows what was shared.
 */
export function MapViewSync({ places, selectedKeys, fitKey, placesReady, mapView, animate, coveredBelow, onMoveEnd }: Props) {
  const map = useMap();
  const fromLink = useRef(mapView !== null);
  const lastFitKey = useRef(fitKey);

  // Written a moment after the map settles: a URL change re-renders the app, and doing it in the
  // frame of a filter change (which may move the map) doubled that change's cost.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useMapEvent('moveend', function writeViewToUrlSoon() {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      const c = map.getCenter();
      onMoveEnd({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    }, URL_DELAY_MS);
  });
  useEffect(function cancelPendingWrite() {
    return function cancelWrite() {
      if (pending.current !== null) clearTimeout(pending.current);
    };
  }, []);

  useEffect(function followUrlView() {
    if (!mapView) return;
    const c = map.getCenter();
    if (mapParam({ lat: c.lat, lon: c.lng, zoom: map.getZoom() }) !== mapParam(mapView)) map.setView([mapView.lat, mapView.lon], mapView.zoom, { animate });
  }, [map, mapView, animate]);

  // Declared before the effects below, so it holds this render's places when they run.
  const fit = useLatestCallback((keys: Set<string> | null) => {
    // Opening an event can resize the map in the same commit (the phone's details sheet), before
    // the ResizeObserver hears of it, so its fit measures the container again. A filter change
    // leaves the map's size alone: measuring would force the page's layout in the middle of the
    // step (the largest single cost of a filter step in a trace), and the observer follows any resize.
    if (keys) map.invalidateSize({ animate: false });
    let covered = coveredBelow();
    // On a phone the page may be scrolled past the map: bring it back before fitting above the sheet.
    if (keys && map.getContainer().getBoundingClientRect().top < 0) {
      window.scrollTo({ top: 0, behavior: 'instant' });
      covered = coveredBelow();
    }
    const bounds = boundsOf(keys ? places.filter((p) => keys.has(p.key)) : places);
    if (!bounds) return;
    const room = map.getSize().y - covered;
    const target = fitTarget(map, bounds, L.point(PAD, Math.min(PAD, room / 4)), L.point(PAD, covered + Math.min(PAD, room / 4)), FIT_MAX_ZOOM);
    // Already there (a filter whose places span the same view): no move, no redraw of the markers.
    if (target.zoom === map.getZoom() && map.latLngToContainerPoint(target.center).distanceTo(map.getSize().divideBy(2)) < 1) return;
    map.setView(target.center, target.zoom, { animate });
  });

  // Once, when the basemap places the country-only venues: fit again, unless a link or the reader has set the view.
  const fitReady = useLatestCallback(() => {
    if (mapView) return;
    fit(selectedKeys ? new Set(selectedKeys.split('|')) : null);
  });
  useEffect(function fitOnceAllArePlaced() {
    if (placesReady) fitReady();
  }, [fitReady, placesReady]);

  useEffect(function fitSelectedEvent() {
    if (fromLink.current) return void (fromLink.current = false);
    if (selectedKeys) fit(new Set(selectedKeys.split('|')));
  }, [fit, selectedKeys]);

  useEffect(function fitFilteredPlaces() {
    if (fitKey === null || lastFitKey.current === fitKey) return;
    // Opened with a search whose index was still loading: its first answer is the view opened, kept as the link gave it.
    const opening = lastFitKey.current === null;
    lastFitKey.current = fitKey;
    if (opening) return;
    if (!selectedKeys) fit(null);
  }, [fit, fitKey, selectedKeys]);
  return null;
}
