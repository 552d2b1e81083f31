import type L from 'leaflet';
import type { VenueGroup } from '../../../view/venue-group.ts';
import { placeWithPrecision } from '../../../../vocabulary/place-label.ts';
import type { LabelSide } from '../layers/label-board.ts';
import type { MarkerLook } from './marker-entry.ts';
import type { MarkerLayer } from './sync-markers.ts';
import { markBox, venueLabelBox, type LabelBox, type RankedLabel } from '../layers/unclashed-labels.ts';
import type { MapItem } from './venue-index.ts';

/**
 * The venue markers as the label board sees them: every circle is a mark no name may cover, and
 * each venue whose name is asked for (all when `allNamed`, else the selected event's places) asks
 * for room beside its circle, ranked as selected or by its events. A name left out is hidden by a
 * class on its marker; the marker itself and its count always stay.
 */
export function venueLabelSide(map: L.Map, layer: MarkerLayer, items: readonly MapItem[], looks: readonly MarkerLook[], selected: readonly VenueGroup[], allNamed: boolean): LabelSide {
  const at = (item: MapItem) => map.latLngToContainerPoint([item.lat, item.lon]);
  return {
    labels() {
      const out: RankedLabel[] = [];
      items.forEach((item, k) => {
        if (item.kind !== 'venue') return;
        const isSelected = selected.includes(item.venue);
        if (!allNamed && !isSelected) return;
        const { x, y } = at(item);
        const box = venueLabelBox(item.key, x, y, looks[k]!.radius, placeWithPrecision(item.venue.label, item.venue.precision));
        out.push({ ...box, selected: isSelected, count: item.venue.events.length });
      });
      return out;
    },
    marks(): LabelBox[] {
      return items.map((item, k) => {
        const { x, y } = at(item);
        return markBox(item.key, x, y, looks[k]!.radius);
      });
    },
    show(kept) {
      for (const [key, { item, marker }] of layer.entries) {
        if (item.kind === 'venue') marker.getElement()?.classList.toggle('is-label-hidden', !kept.has(key));
      }
    },
  };
}
