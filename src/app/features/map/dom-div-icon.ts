import L from 'leaflet';

/**
 * A DivIcon whose content is built with DOM calls, never from an HTML string, so dataset text is
 * never parsed as HTML. When Leaflet hands back the marker's current element (`setIcon`), that
 * element is filled again in place instead of replaced.
 */
export abstract class DomDivIcon extends L.DivIcon {
  protected abstract fill(div: HTMLElement): void;

  override createIcon(old?: HTMLElement): HTMLElement {
    const div = old?.tagName === 'DIV' ? old : document.createElement('div');
    this.fill(div);
    // Leaflet's own class, size and anchor styles, as DivIcon.createIcon applies them.
    (this as unknown as { _setIconStyles(el: HTMLElement, name: 'icon'): void })._setIconStyles(div, 'icon');
    return div;
  }
}
