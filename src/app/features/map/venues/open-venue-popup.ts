import L from 'leaflet';
import type { VenueGroup } from '../../../view/venue-group.ts';
import { venuePopupContent } from './venue-popup.ts';

/**
 * Opens the list of a venue's events over its marker and moves focus into it, so a keyboard user
 * who pressed Enter on the marker can go on with Tab / Enter; Escape or picking an event closes it
 * and focus returns to the marker.
 */
export function openVenuePopup(map: L.Map, marker: L.Marker, venue: VenueGroup, selectedId: string | null, onPick: (id: string) => void): void {
  const content = venuePopupContent(venue, selectedId, (id) => {
    // Focus the marker first: the app remembers the focused element as what opened the details,
    // and the popup's button is about to leave the page.
    marker.getElement()?.focus({ preventScroll: true });
    onPick(id);
    map.closePopup(popup);
  });
  const radius = (marker.getIcon().options.iconSize as L.PointTuple | undefined)?.[1] ?? 0;
  const popup = L.popup({
    className: 'atlas-venue-popup',
    maxWidth: 300,
    minWidth: 200,
    offset: [0, -radius / 2 + 4],
    autoPanPadding: [16, 16],
  });
  content.addEventListener('keydown', function closeOnEscape(e) {
    if (e.key !== 'Escape') return;
    // Handled here: the details panel closes on an unhandled Escape, and must not this time.
    e.preventDefault();
    e.stopPropagation();
    map.closePopup(popup);
  });
  popup.on('remove', function returnFocusToMarker() {
    // Only when focus was left nowhere (it was inside the popup that is now gone): a click on the
    // map or a details panel that took focus keeps it.
    if (document.activeElement === document.body || document.activeElement === null) {
      marker.getElement()?.focus({ preventScroll: true });
    }
  });
  popup.setLatLng(marker.getLatLng()).setContent(content).openOn(map);
  content.querySelector('button')?.focus({ preventScroll: true });
}
