import { formatCount } from '../../../../vocabulary/format-count.ts';
import { placeWithPrecision } from '../../../../vocabulary/place-label.ts';
import { DomDivIcon } from '../layers/dom-div-icon.ts';
import type { MapItem } from './venue-index.ts';

/**
 * A circle with the event count, and (for venues) the place name beside it. The name is drawn by
 * CSS from a data attribute, not as text: the marker's accessible name ("Almaty — 3 events") must
 * contain its visible text, and "3Almaty" would not (axe: label-content-name-mismatch). Refilling a
 * marker's element in place lets a filter change update counts and sizes without new elements.
 */
/** The marker's own child with `className` (it has at most two; cheaper than a selector). */
function child(div: HTMLElement, className: string): HTMLElement | null {
  for (const el of div.children) if (el.className === className) return el as HTMLElement;
  return null;
}

class ItemIcon extends DomDivIcon {
  constructor(private readonly item: MapItem, radius: number) {
    super({ className: `atlas-marker atlas-marker--${item.kind}${item.kind === 'venue' ? ` atlas-marker--${item.venue.precision}` : ''}`, iconSize: [radius * 2, radius * 2], iconAnchor: [radius, radius] });
  }

  protected fill(div: HTMLElement): void {
    const { item } = this;
    let dot = child(div, 'atlas-marker__dot');
    if (!dot) {
      dot = document.createElement('span');
      dot.className = 'atlas-marker__dot';
      dot.setAttribute('aria-hidden', 'true');
      div.replaceChildren(dot);
    }
    const count = formatCount(item.kind === 'venue' ? item.venue.events.length : item.events);
    // The text node's value, not textContent: that would replace the node on every count change.
    const text = dot.firstChild;
    if (text?.nodeType !== Node.TEXT_NODE || dot.childNodes.length !== 1) dot.textContent = count;
    else if (text.nodeValue !== count) text.nodeValue = count;
    let label = child(div, 'atlas-marker__label');
    if (item.kind === 'venue') {
      if (!label) {
        label = document.createElement('span');
        label.className = 'atlas-marker__label';
        div.append(label);
      }
      const text = placeWithPrecision(item.venue.label, item.venue.precision);
      if (label.dataset.label !== text) label.dataset.label = text;
    } else label?.remove();
  }
}

export function itemIcon(item: MapItem, radius: number): DomDivIcon {
  return new ItemIcon(item, radius);
}
