import { memo, useCallback, useState } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import { CountryFlag } from '../../helpers/country-flag.tsx';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { formatEventDates } from '../../../vocabulary/format-dates.ts';
import { useLatestCallback } from '../../helpers/use-latest-callback.ts';
import { watchIntersection } from '../../helpers/watch-intersection.ts';
import type { SearchStatus } from '../../dataset/use-search.ts';
import { placesLabel } from '../../view/venue-group.ts';
import { useDeferredOutOfSight } from './use-deferred-out-of-sight.ts';


interface Props {
  events: readonly EventSummary[];
  /** Undated events passing the filters, listed apart from a dated window (not counted in it). */
  apart: readonly EventSummary[];
  selectedId: string | null;
  search: SearchStatus;
  onSelect(id: string, opener: HTMLElement): void;
  onClearFilters(): void;
}

// Rows are added as the reader scrolls (or presses "Show more"), so a filter change or a scrub
// step lays out a few rows, not hundreds: with 100,000 events the list was the largest part of
// each update, and each row costs about 0.15 ms of layout even below the fold (Chromium lays out
// content-visibility: auto elements within a screen or so of the viewport).
const PAGE = 8;

/**
 * A ref that calls `onVisible` when its element comes within a screen of the viewport. It
 * observes afresh whenever `round` changes, so an element still near the viewport after one call
 * (a short page of rows) is reported again; other renders leave the observer alone.
 */
function useNearViewport<T extends Element>(onVisible: () => void, round: number) {
  const visible = useLatestCallback(onVisible);
  // `round` is not read inside: a new value is the reason to observe again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the extra dependency is the point (see above)
  return useCallback((el: T | null) => (el ? watchIntersection(el, '400px 0px', (near) => near && visible()) : undefined), [round, visible]);
}

export function EventList({ events, apart, ...rest }: Props) {
  const { shown, ref } = useDeferredOutOfSight<readonly EventSummary[], HTMLDivElement>(events);
  // The skip link's target: focus lands here, and the next Tab on the first event.
  return (
    <div ref={ref} id="events" tabIndex={-1} className="event-list-panel">
      <EventRows events={shown} apart={apart} {...rest} />
    </div>
  );
}

/**
 * One event as a card: date and places, then its title as the button that opens it. Memoised: a
 * row whose event is the same (a deferred row, below) is not rendered again.
 */
const EventRow = memo(function EventRow({ event: e, onSelect }: { event: EventSummary; onSelect: Props['onSelect'] }) {
  return (
    <>
      <p className="event-meta" id={`meta-${e.id}`}>
        <span>{formatEventDates(e, 'list')}</span>
        <span className="visually-hidden">, </span>
        <span>
          {e.venues[0]?.countryCode && <CountryFlag code={e.venues[0].countryCode} />}
          {placesLabel(e)}
        </span>
      </p>
      {/* Named by its visible title (WCAG 2.5.3); date and place are its description. The
          button stretches over the whole card, so the card is the click target. */}
      <button type="button" className="event-button" aria-describedby={`meta-${e.id}`} data-event-id={e.id} onClick={(ev) => onSelect(e.id, ev.currentTarget)}>
        {e.title}
      </button>
    </>
  );
});

/**
 * A row of the list, keyed by position: it shows the event now at its position at once while it
 * is in sight, but while it is scrolled out of sight (below the screen, where the first rows
 * often end at 1440×900) it keeps its old event until the browser is idle after the change's
 * frame, as the whole list does when it is out of sight. A step then lays out and paints only
 * the rows a reader sees (with the list at the screen's foot, about 3 of 8). Meanwhile the old
 * row is inert and hidden from assistive technology, so nobody meets an event of the previous
 * result, or one twice.
 */
function EventItem({ event, selectedId, onSelect }: { event: EventSummary; selectedId: string | null; onSelect: Props['onSelect'] }) {
  const { shown, ref } = useDeferredOutOfSight<EventSummary, HTMLLIElement>(event);
  const waiting = shown !== event;
  return (
    <li ref={ref} aria-current={shown.id === selectedId ? 'true' : undefined} className="event-item" aria-hidden={waiting || undefined} inert={waiting || undefined}>
      <EventRow event={shown} onSelect={onSelect} />
    </li>
  );
}

/**
 * The undated events a dated window cannot hold, kept in sight as the undated choice asks but
 * apart from the window's events, under a heading that says so, and never in its count.
 */
function UndatedApart({ events, selectedId, onSelect }: { events: readonly EventSummary[]; selectedId: string | null; onSelect: Props['onSelect'] }) {
  if (events.length === 0) return null;
  return (
    <section className="undated-apart" aria-labelledby="undated-apart-heading">
      <h2 id="undated-apart-heading" className="section-title">Undated, outside the window <span className="muted">{formatCount(events.length)}</span></h2>
      <ul aria-label="Undated, outside the window" className="event-list">
        {events.map((e) => (
          <li key={e.id} aria-current={e.id === selectedId ? 'true' : undefined} className="event-item">
            <EventRow event={e} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </section>
  );
}

// Memoised: while the list is out of sight its rows stay as they are through a view change.
const EventRows = memo(function EventRows({ events, apart, selectedId, search, onSelect, onClearFilters }: Props) {
  const [limit, setLimit] = useState(PAGE);
  // A new result starts again from its first rows (React's "adjust state on a prop change").
  const [shownFor, setShownFor] = useState(events);
  if (shownFor !== events) {
    setShownFor(events);
    setLimit(PAGE);
  }
  const more = useNearViewport<HTMLButtonElement>(() => setLimit((l) => Math.min(events.length, l + PAGE)), limit);
  // The result count above says "Searching…" to screen readers; this fills the empty list.
  if (search === 'loading') return <p className="empty-state">Searching…</p>;
  if (search !== 'ready') {
    return (
      <div className="empty-state" role="alert">
        <p>The search could not be loaded: {search.error}</p>
        <button type="button" className="button" onClick={search.retry}>Retry</button>
      </div>
    );
  }
  if (events.length === 0) {
    return (
      <>
        <div className="empty-state">
          <p>No events match these filters</p>
          <button type="button" className="button" onClick={onClearFilters}>Clear all filters</button>
        </div>
        <UndatedApart events={apart} selectedId={selectedId} onSelect={onSelect} />
      </>
    );
  }
  const shown = events.slice(0, limit);
  return (
    <>
      <ul aria-label="Events" className="event-list">
        {/* Keyed by position, not id: a new result rewrites the text of the rows already there
            instead of replacing them, and rows below the fold (content-visibility: auto) then
            cost nothing. Fresh rows are laid out in full once, which made the list the largest
            part of each update at 100,000 events. */}
        {shown.map((e, row) => (
          <EventItem key={row} event={e} selectedId={selectedId} onSelect={onSelect} />
        ))}
      </ul>
      {events.length > limit && (
        <button ref={more} type="button" className="button show-more" onClick={() => setLimit(limit + 4 * PAGE)}>
          Show more ({formatCount(events.length - limit)} more)
        </button>
      )}
      <UndatedApart events={apart} selectedId={selectedId} onSelect={onSelect} />
    </>
  );
});
