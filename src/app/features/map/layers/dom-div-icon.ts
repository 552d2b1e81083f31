import L from 'leaflet';

/**
 * A DivIcon whose content is built with DOM calls, never from an HTML string, so dataset text is
 * never parsed as HTML. When given an element (Leaflet's `setIcon`, or `refillMarker`), it fills
 * that element again in place instead of building a new one.
 */
export abstract class DomDivIcon extends L.DivIcon {
  protected abstract fill(div: HTMLElement): void;

  override createIcon(old?: HTMLElement): HTMLElement {
    const div = old?.tagName === 'DIV' ? old : document.createElement('div');
    this.fill(div);
    // Leaflet's class, size and anchor, as DivIcon.createIcon sets them, but only where they
    // differ: a marker refilled on every scrub step mostly keeps them, and each write restyles it.
    const own = `leaflet-marker-icon ${this.options.className ?? ''}`.trim();
    const kept = [...div.classList].filter((c) => (c.startsWith('leaflet-') && c !== 'leaflet-marker-icon') || c.startsWith('is-'));
    const className = [own, ...kept].join(' ');
    if (div.className !== className) div.className = className;
    const size = L.point((this.options.iconSize ?? [12, 12]) as L.PointExpression);
    const anchor = this.options.iconAnchor ? L.point(this.options.iconAnchor) : size.divideBy(2);
    const style: [string, string][] = [
      ['margin-left', `${-anchor.x}px`],
      ['margin-top', `${-anchor.y}px`],
      ['width', `${size.x}px`],
      ['height', `${size.y}px`],
    ];
    for (const [name, value] of style) if (div.style.getPropertyValue(name) !== value) div.style.setProperty(name, value);
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
  const to = L.latLng(at);
  if (!marker.getLatLng().equals(to)) marker.setLatLng(to);
}
