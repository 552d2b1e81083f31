import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { countryName } from '../../../../vocabulary/country-names.ts';
import { useLatestCallback } from '../../../helpers/use-latest-callback.ts';
import type { Basemap, CountryShape } from './build-basemap.ts';
import { eventCount } from '../layers/count-label.ts';
import { NO_EVENTS_FILL, type Shading } from './shade-classes.ts';
import { useLeafletLayer } from '../layers/use-leaflet-layer.ts';

interface Props {
  basemap: Basemap;
  countryCounts: ReadonlyMap<string, number>;
  shading: Shading;
  selectedCountries: readonly string[];
  /** With a tile basemap underneath, land is left unpainted and shades are see-through. */
  overTiles: boolean;
  onToggleCountry(code: string): void;
}

function tooltipFor(code: string, counts: ReadonlyMap<string, number>): HTMLElement {
  const n = counts.get(code) ?? 0;
  const el = document.createElement('span');
  // textContent, not HTML: the names come from the browser, but nothing here is ever parsed.
  el.textContent = `${countryName(code)} — ${n === 0 ? 'no events' : eventCount(n)}`;
  return el;
}

/**
 * The country shapes, drawn once per basemap as one SVG GeoJSON layer; when the counts or the
 * selection change, only fills and classes are updated. Clicking a country toggles it in the filter.
 */
export function CountryShapes({ basemap, countryCounts, shading, selectedCountries, overTiles, onToggleCountry }: Props) {
  const map = useMap();
  const countsRef = useRef(countryCounts);
  const toggle = useLatestCallback(onToggleCountry);
  useEffect(function keepLatestCounts() {
    countsRef.current = countryCounts;
  });

  const layer = useMemo(
    () =>
      L.geoJSON<CountryShape['properties']>(basemap.shapes, {
      style: { weight: 0.6, color: '#b9c0c9', fillColor: NO_EVENTS_FILL, fillOpacity: 1, className: 'atlas-country' },
      onEachFeature(feature, path) {
        const code = feature.properties.code;
        // Shapes without an ISO code (Siachen) are scenery: no tooltip, no click, no pointer.
        if (!code) (path.options as L.PathOptions).interactive = false;
        else path.on('click', () => toggle(code));
      },
    }),
    [basemap, toggle],
  );

  useLeafletLayer(map, layer, {
    onAdded(layer) {
      // One shared hover tooltip instead of bindTooltip per path: Leaflet's per-layer tooltips add
      // focus listeners, and Chromium then puts every SVG country into the Tab order (240 stops).
      const tooltip = L.tooltip({ sticky: true, direction: 'top', offset: [0, -6], className: 'atlas-tooltip' });
      const codeOf = (e: L.LeafletEvent) => ((e.propagatedFrom as { feature?: CountryShape } | undefined)?.feature?.properties.code ?? null);
      const over = (e: L.LeafletMouseEvent) => {
        const code = codeOf(e);
        if (code) map.openTooltip(tooltip.setContent(tooltipFor(code, countsRef.current)).setLatLng(e.latlng));
      };
      const move = (e: L.LeafletMouseEvent) => tooltip.setLatLng(e.latlng);
      const out = () => map.closeTooltip(tooltip);
      layer.on({ mouseover: over, mousemove: move, mouseout: out });
      // Names each shape in the DOM (for tests and for anyone inspecting the map); paths exist once added.
      layer.eachLayer((path) => {
        const code = (path as L.Path & { feature?: CountryShape }).feature?.properties.code;
        if (code) (path as L.Path).getElement()?.setAttribute('data-country', code);
      });
      return function closeTooltip() {
        layer.off({ mouseover: over, mousemove: move, mouseout: out });
        map.closeTooltip(tooltip);
      };
    },
  });

  const selectedKey = selectedCountries.join(',');
  const looksRef = useRef(new WeakMap<L.Path, string>());
  useEffect(function restyleCountries() {
    const selected = new Set(selectedKey ? selectedKey.split(',') : []);
    const looks = looksRef.current;
    layer.eachLayer((part) => {
      const path = part as L.Path & { feature?: CountryShape };
      const code = path.feature?.properties.code ?? null;
      const count = code ? (countryCounts.get(code) ?? 0) : 0;
      const fillOpacity = overTiles ? (count > 0 ? 0.6 : 0) : 1;
      const fillColor = shading.colorFor(count);
      const isSelected = code !== null && selected.has(code);
      // Only paths whose look changes are touched: rewriting all ~240 would invalidate the whole
      // SVG on every scrub step.
      const look = `${fillColor} ${fillOpacity} ${isSelected}`;
      if (looks.get(path) === look) return;
      looks.set(path, look);
      // The two fill attributes only: setStyle rewrites all ten of a path's style attributes, and
      // each write restyles the path (a filter change recolours dozens of countries).
      L.Util.setOptions(path, { fillColor, fillOpacity });
      const el = path.getElement();
      if (el?.getAttribute('fill') !== fillColor) el?.setAttribute('fill', fillColor);
      if (el?.getAttribute('fill-opacity') !== String(fillOpacity)) el?.setAttribute('fill-opacity', String(fillOpacity));
      el?.classList.toggle('is-selected', isSelected);
      // A selected outline must not hide under its neighbours' borders.
      if (isSelected) path.bringToFront();
    });
  }, [layer, countryCounts, shading, selectedKey, overTiles]);

  return null;
}
