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
            <p className="event-meta" id={`meta-${e.id}`}>
              <span>{formatEventDates(e)}</span>
              <span className="visually-hidden">, </span>
              <span>
                {e.venue.countryCode && <span aria-hidden="true">{flagEmoji(e.venue.countryCode)} </span>}
                {placeOf(e)}
              </span>
            </p>
            {/* Named by its visible title (WCAG 2.5.3); date and place are its description. The
                button stretches over the whole card, so the card is the click target. */}
            <button type="button" className="event-button" aria-describedby={`meta-${e.id}`} data-event-id={e.id} onClick={(ev) => onSelect(e.id, ev.currentTarget)}>
              {e.title}
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
