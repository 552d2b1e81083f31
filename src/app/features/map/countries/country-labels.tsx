import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { countryName } from '../../../../vocabulary/country-names.ts';
import { useLatestCallback } from '../../../helpers/use-latest-callback.ts';
import type { Basemap } from './build-basemap.ts';
import { DomDivIcon, refillMarker } from '../layers/dom-div-icon.ts';
import { ensurePane } from '../layers/ensure-pane.ts';
import type { LabelBoard } from '../layers/label-board.ts';
import { labelWidth, type RankedLabel } from '../layers/unclashed-labels.ts';
import { useLeafletLayer } from '../layers/use-leaflet-layer.ts';

interface Props {
  basemap: Basemap;
  countryCounts: ReadonlyMap<string, number>;
  selectedCountries: readonly string[];
  /** Where country names meet venue names: names that would overlap are left out there. */
  labelBoard: LabelBoard;
}

const LABEL_HEIGHT = 13;
const labelKey = (code: string) => `country-${code}`;

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
export function CountryLabels({ basemap, countryCounts, selectedCountries, labelBoard }: Props) {
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

  // The names on the map, by country, for the component's life (it is mounted per basemap, which
  // the query loads once per page).
  const labels = useMemo(() => ({ group: L.layerGroup(), byCode: new Map<string, L.Marker>() }), []);
  useLeafletLayer(map, labels.group, { onAdded: () => () => labels.byCode.clear() });

  // Counts are read when the names are laid out (with the venue names, after every change of the
  // view), not a dependency: a count that keeps the order redraws nothing here.
  const countOf = useLatestCallback((code: string) => countryCounts.get(code) ?? 0);
  const chosenKey = selectedCountries.join(',');

  useEffect(function syncCountryLabels() {
    const pane = ensurePane(map, 'atlas-labels');
    const ranked = rankedKey ? rankedKey.split(',') : [];
    const chosen = new Set(chosenKey.split(','));
    // Names that would print over a higher-ranked name (a country's or a venue's) or over a venue's
    // circle are left out at this view; the board decides, with the venue names.
    function rankedLabels(): RankedLabel[] {
      return ranked.slice(0, labelBudget(map.getZoom())).flatMap((code) => {
        const point = basemap.labelPoints.get(code);
        if (!point) return [];
        const { x, y } = map.latLngToContainerPoint([point[0], point[1]]);
        return [{ key: labelKey(code), x, y, width: labelWidth(countryName(code)), height: LABEL_HEIGHT, selected: chosen.has(code), count: countOf(code) }];
      });
    }
    function show(kept: ReadonlySet<string>) {
      const { group, byCode } = labels;
      const wanted = ranked.filter((code) => kept.has(labelKey(code)));
      // Diffed by country: a change of ranking only adds and removes the names that enter or leave.
      // A label whose country left is moved and renamed for one that entered.
      const spare: L.Marker[] = [];
      for (const [code, marker] of byCode) {
        if (wanted.includes(code)) continue;
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
    labelBoard.set('countries', { labels: rankedLabels, marks: () => [], show });
    labelBoard.layout();
    // The budget of names depends on the zoom; a pan moves every name alike (the venues lay out again after it).
    map.on('zoomend', labelBoard.layout);
    return function stopSyncingLabels() {
      map.off('zoomend', labelBoard.layout);
      labelBoard.set('countries', null);
    };
  }, [map, basemap, labels, rankedKey, chosenKey, countOf, labelBoard]);

  return null;
}
