import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { countryName } from '../../components/country-name.ts';
import type { Basemap } from './build-basemap.ts';
import { DomDivIcon, refillMarker } from './dom-div-icon.ts';
import { ensurePane } from './ensure-pane.ts';
import { labelWidth, unclashedLabels } from './unclashed-labels.ts';

interface Props {
  basemap: Basemap;
  countryCounts: ReadonlyMap<string, number>;
  selectedCountries: readonly string[];
}

const LABEL_HEIGHT = 13;

/** How many country names fit at a zoom before they pile up: the busiest countries go first. */
function labelBudget(zoom: number): number {
  if (zoom <= 2) return 8;
  if (zoom <= 3) return 16;
  if (zoom <= 4) return 32;
  return Infinity;
}

/** A country's name on the map. */
class LabelIcon extends DomDivIcon {
  constructor(private readonly name: string) {
    super({ className: 'atlas-country-label', iconSize: [0, 0] });
  }

  protected fill(div: HTMLElement): void {
    const span = div.firstElementChild ?? div.appendChild(document.createElement('span'));
    if (span.textContent !== this.name) span.textContent = this.name;
  }
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

  const labels = useRef<{ group: L.LayerGroup; byCode: Map<string, L.Marker> } | null>(null);
  useEffect(function addLabelLayer() {
    const group = L.layerGroup().addTo(map);
    labels.current = { group, byCode: new Map() };
    return function removeLabelLayer() {
      group.remove();
      labels.current = null;
    };
  }, [map, basemap]);

  useEffect(function syncCountryLabels() {
    const pane = ensurePane(map, 'atlas-labels');
    const ranked = rankedKey ? rankedKey.split(',') : [];
    function drawLabels() {
      const { group, byCode } = labels.current ?? {};
      if (!group || !byCode) return;
      // Diffed by country: a change of ranking only adds and removes the names that enter or leave.
      // Names that would print over a higher-ranked one are left out at this zoom.
      const boxes = ranked.slice(0, labelBudget(map.getZoom())).flatMap((code) => {
        const point = basemap.labelPoints.get(code);
        if (!point) return [];
        const { x, y } = map.latLngToContainerPoint([point[0], point[1]]);
        return [{ key: code, x, y, width: labelWidth(countryName(code)), height: LABEL_HEIGHT }];
      });
      const wanted = unclashedLabels(boxes);
      // A label whose country left is moved and renamed for one that entered.
      const spare: L.Marker[] = [];
      for (const [code, marker] of byCode) {
        if (wanted.has(code)) continue;
        spare.push(marker);
        byCode.delete(code);
      }
      for (const code of wanted) {
        const point = basemap.labelPoints.get(code);
        if (!point || byCode.has(code)) continue;
        const icon = new LabelIcon(countryName(code));
        let marker = spare.pop();
        if (marker) refillMarker(marker, icon, [point[0], point[1]]);
        else group.addLayer((marker = L.marker([point[0], point[1]], { icon, pane, interactive: false, keyboard: false })));
        byCode.set(code, marker);
      }
      for (const marker of spare) group.removeLayer(marker);
    }
    drawLabels();
    map.on('zoomend', drawLabels);
    return function stopSyncingLabels() {
      map.off('zoomend', drawLabels);
    };
  }, [map, basemap, rankedKey]);

  return null;
}
