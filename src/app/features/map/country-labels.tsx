import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { countryName } from '../../components/country-name.ts';
import type { Basemap } from './build-basemap.ts';
import { ensurePane } from './ensure-pane.ts';
import { escapeHtml } from './escape-html.ts';

interface Props {
  basemap: Basemap;
  countryCounts: ReadonlyMap<string, number>;
  selectedCountries: readonly string[];
}

/** How many country names fit at a zoom before they pile up: the busiest countries go first. */
function labelBudget(zoom: number): number {
  if (zoom <= 2) return 8;
  if (zoom <= 3) return 16;
  if (zoom <= 4) return 32;
  return Infinity;
}

/** Names of the countries that matter (those in the filtered events, and the chosen ones). */
export function CountryLabels({ basemap, countryCounts, selectedCountries }: Props) {
  const map = useMap();
  // Keyed by the ranked codes, not the counts: most scrub steps leave the order of names unchanged,
  // and then no label is redrawn.
  const rankedKey = useMemo(() => {
    const chosen = new Set(selectedCountries);
    return [...new Set([...selectedCountries, ...countryCounts.keys()])]
      .filter((code) => basemap.labelPoints.has(code) && (chosen.has(code) || (countryCounts.get(code) ?? 0) > 0))
      .sort((a, b) => Number(chosen.has(b)) - Number(chosen.has(a)) || (countryCounts.get(b) ?? 0) - (countryCounts.get(a) ?? 0))
      .join(',');
  }, [basemap, countryCounts, selectedCountries]);

  useEffect(function addCountryLabels() {
    const pane = ensurePane(map, 'atlas-labels');
    const group = L.layerGroup().addTo(map);
    const ranked = rankedKey ? rankedKey.split(',') : [];
    function drawLabels() {
      group.clearLayers();
      for (const code of ranked.slice(0, labelBudget(map.getZoom()))) {
        const point = basemap.labelPoints.get(code);
        if (!point) continue;
        const icon = L.divIcon({ className: 'atlas-country-label', html: `<span>${escapeHtml(countryName(code))}</span>`, iconSize: [0, 0] });
        group.addLayer(L.marker([point[0], point[1]], { icon, pane, interactive: false, keyboard: false }));
      }
    }
    drawLabels();
    map.on('zoomend', drawLabels);
    return function removeCountryLabels() {
      map.off('zoomend', drawLabels);
      group.remove();
    };
  }, [map, basemap, rankedKey]);

  return null;
}
