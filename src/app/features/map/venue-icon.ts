import L from 'leaflet';
import { escapeHtml } from './escape-html.ts';
import type { MapItem } from './venue-index.ts';
import { formatCount } from '../../components/format-count.ts';

/**
 * A circle with the event count, and (for venues) the place name beside it. The name is drawn by
 * CSS from a data attribute, not as text: the marker's accessible name ("Almaty — 3 events") must
 * contain its visible text, and "3Almaty" would not (axe: label-content-name-mismatch).
 */
export function itemIcon(item: MapItem, radius: number): L.DivIcon {
  const size = radius * 2;
  const count = item.kind === 'venue' ? item.venue.events.length : item.events;
  // Dataset text only ever enters this HTML escaped: city names come from press releases.
  const label = item.kind === 'venue' ? `<span class="atlas-marker__label" data-label="${escapeHtml(item.venue.label)}"></span>` : '';
  return L.divIcon({
    className: `atlas-marker atlas-marker--${item.kind}`,
    html: `<span class="atlas-marker__dot" aria-hidden="true">${formatCount(count)}</span>${label}`,
    iconSize: [size, size],
    iconAnchor: [radius, radius],
  });
}
