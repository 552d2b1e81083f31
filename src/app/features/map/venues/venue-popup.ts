import { formatEventDates } from '../../../../vocabulary/format-dates.ts';
import { venueName } from '../layers/count-label.ts';
import type { VenueGroup } from '../../../view/venue-group.ts';

/**
 * The list shown when a venue has several events: one button per event, in event order, built with textContent so
 * titles from press releases are never parsed as HTML.
 */
export function venuePopupContent(venue: VenueGroup, selectedId: string | null, onPick: (id: string) => void): HTMLElement {
  const root = document.createElement('div');
  root.className = 'atlas-popup';
  const heading = document.createElement('p');
  heading.className = 'atlas-popup__heading';
  heading.textContent = venueName(venue.label, venue.events.length);
  const list = document.createElement('ul');
  list.className = 'atlas-popup__list';
  list.setAttribute('aria-label', `Events in ${venue.label}`);
  // In the one event order the build step decided, as the list shows them.
  for (const event of venue.events) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-popup__event';
    if (event.id === selectedId) button.setAttribute('aria-current', 'true');
    const title = document.createElement('span');
    title.className = 'atlas-popup__title';
    title.textContent = event.title;
    const date = document.createElement('span');
    date.className = 'atlas-popup__date';
    date.textContent = formatEventDates(event, 'list');
    button.append(title, date);
    button.addEventListener('click', () => onPick(event.id));
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  }
  root.append(heading, list);
  return root;
}
