import L from 'leaflet';

type WithIconStyles = { _setIconStyles(el: HTMLElement, name: 'icon'): void };

/**
 * A DivIcon whose content is built with DOM calls, never from an HTML string, so dataset text is
 * never parsed as HTML. When given an element (Leaflet's `setIcon`, or `refillMarker`), it fills
 * that element again in place instead of building a new one.
 */
export abstract class DomDivIcon extends L.DivIcon {
  protected abstract fill(div: HTMLElement): void;

  override createIcon(old?: HTMLElement): HTMLElement {
    const div = old?.tagName === 'DIV' ? old : document.createElement('div');
    // Classes Leaflet and the app put on a live marker; _setIconStyles resets the class list.
    const kept = [...div.classList].filter((c) => c.startsWith('leaflet-') || c.startsWith('is-'));
    this.fill(div);
    // Leaflet's own class, size and anchor styles, as DivIcon.createIcon applies them.
    (this as unknown as WithIconStyles)._setIconStyles(div, 'icon');
    div.classList.add(...kept);
    return div;
  }
}

/**
 * Gives a marker on the map a new icon and place by rewriting its element: cheaper than
 * `setIcon`, which also re-runs Leaflet's whole icon set-up (listeners, attributes, position).
 */
export function refillMarker(marker: L.Marker, icon: DomDivIcon, at: L.LatLngExpression): void {
  marker.options.icon = icon;
  const el = marker.getElement();
  if (el) icon.createIcon(el);
  else marker.setIcon(icon);
  marker.setLatLng(at);
}
