import { useId, useState } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { formatEventDates } from '../../../vocabulary/format-dates.ts';
import { NO_PLACE, placesLine } from '../../../vocabulary/place-label.ts';

interface Props {
  /** Selected events with no place the map can draw, in event order (from the selection pass). */
  events: readonly EventSummary[];
  onSelectEvent(id: string, opener: HTMLElement | null): void;
}

/** Why an event has no marker: no place in the text, or places the gazetteer could not find. */
function whyNotPlaced(e: EventSummary): string {
  if (e.venues.length === 0) return NO_PLACE;
  return `${placesLine(e.venues)}: not found on the map`;
}

/**
 * The events that pass the filters but have no marker, one click away: nothing the filters keep
 * is hidden just because it could not be placed. Shown only when there are such events.
 */
export function NotOnMap({ events, onSelectEvent }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (events.length === 0) return null;
  return (
    <div className="not-on-map" onKeyDown={(e) => e.key === 'Escape' && open && (e.preventDefault(), setOpen(false))}>
      <button type="button" className="button not-on-map__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        Not on the map <span className="not-on-map__count">{formatCount(events.length)}</span>
      </button>
      {open && (
        <ul id={listId} className="not-on-map__list" aria-label="Not on the map">
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" className="not-on-map__event" aria-describedby={`${listId}-${e.id}`} onClick={(ev) => onSelectEvent(e.id, ev.currentTarget)}>
                {e.title}
              </button>
              <span className="not-on-map__why" id={`${listId}-${e.id}`}>
                {formatEventDates(e, 'list')} · {whyNotPlaced(e)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
