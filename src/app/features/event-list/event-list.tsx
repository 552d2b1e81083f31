import { useState } from 'react';
import type { AtlasEvent } from '../../../schema/dataset.ts';
import { flagEmoji } from '../../components/flag-emoji.ts';
import { formatEventDates } from '../../components/format-dates.ts';

interface Props {
  events: readonly AtlasEvent[];
  selectedId: string | null;
  onSelect(id: string, opener: HTMLElement): void;
  onClearFilters(): void;
}

// Enough to scan; the DOM stays small however large the dataset grows.
const PAGE = 100;

function placeOf(e: AtlasEvent): string {
  return e.venue.city ?? e.venue.name ?? 'Place not stated';
}

/** "3–6 November 2014, Karaganda: <title>" — what a screen reader hears for each item. */
export function eventLabel(e: AtlasEvent): string {
  return `${formatEventDates(e)}, ${placeOf(e)}: ${e.title}`;
}

export function EventList({ events, selectedId, onSelect, onClearFilters }: Props) {
  const [limit, setLimit] = useState(PAGE);
  if (events.length === 0) {
    return (
      <div className="empty-state">
        <p>No events match these filters</p>
        <button type="button" className="button" onClick={onClearFilters}>Clear all filters</button>
      </div>
    );
  }
  const shown = events.slice(0, limit);
  return (
    <>
      <ul aria-label="Events" className="event-list">
        {shown.map((e) => (
          <li key={e.id} aria-current={e.id === selectedId ? 'true' : undefined} className="event-item">
            <button type="button" className="event-button" aria-label={eventLabel(e)} data-event-id={e.id} onClick={(ev) => onSelect(e.id, ev.currentTarget)}>
              <span className="event-meta">
                <span>{formatEventDates(e)}</span>
                <span>
                  {e.venue.countryCode && <span aria-hidden="true">{flagEmoji(e.venue.countryCode)} </span>}
                  {placeOf(e)}
                </span>
              </span>
              <span className="event-title">{e.title}</span>
            </button>
          </li>
        ))}
      </ul>
      {events.length > limit && (
        <button type="button" className="button show-more" onClick={() => setLimit(limit + PAGE)}>
          Show more ({events.length - limit} more)
        </button>
      )}
    </>
  );
}
