import { useId, useState } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { formatEventDates } from '../../../vocabulary/format-dates.ts';
import { absenceText } from '../../../vocabulary/absence-text.ts';
import { NO_PLACE, placesLine } from '../../../vocabulary/place-label.ts';
import { useWhyNoVenue, type RecordOf } from '../../dataset/use-why-no-venue.ts';

interface Props {
  /** Selected events with no place the map can draw, in event order (from the selection pass). */
  events: readonly EventSummary[];
  recordOf: RecordOf;
  onSelectEvent(id: string, opener: HTMLElement | null): void;
}

/** Rows listed at first (each fetches its record's chunk for its reason); more on request. */
const PAGE = 50;

/**
 * Without a reason in the record: an event whose venues none could be placed names places the
 * gazetteer does not know (the build keeps no absence for a fact it has), said as the build's own
 * reasons say it; one with none is in data that keeps no reasons, and keeps the old wording.
 */
function guessWhyNotPlaced(e: EventSummary): string {
  if (e.venues.length === 0) return NO_PLACE;
  return absenceText({ fact: 'venues', kind: 'unknown-place', name: placesLine(e.venues), span: null });
}

/**
 * Why an event has no marker, from what extraction saw (`absences` in its full record: "No place
 * named in the text", "Held online", "Names “Lakeside Camp”, which the gazetteer does not know"),
 * the summary's guess only for data that keeps no reasons.
 */
function WhyNotPlaced({ event, recordOf }: { event: EventSummary; recordOf: RecordOf }) {
  // An event with venues none of which could be placed has no venue absence: the guess says so.
  const why = useWhyNoVenue(event.id, recordOf);
  if (why === undefined) return null;
  return <>{why ?? guessWhyNotPlaced(event)}</>;
}

/**
 * The events that pass the filters but have no marker, one click away: nothing the filters keep
 * is hidden just because it could not be placed. Shown only when there are such events.
 */
export function NotOnMap({ events, recordOf, onSelectEvent }: Props) {
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const listId = useId();
  if (events.length === 0) return null;
  return (
    <div className="not-on-map" onKeyDown={(e) => e.key === 'Escape' && open && (e.preventDefault(), setOpen(false))}>
      <button type="button" className="button not-on-map__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        Not on the map <span className="not-on-map__count">{formatCount(events.length)}</span>
      </button>
      {open && (
        <ul id={listId} className="not-on-map__list" aria-label="Not on the map">
          {events.slice(0, limit).map((e) => (
            <li key={e.id}>
              <button type="button" className="not-on-map__event" aria-describedby={`${listId}-${e.id}`} onClick={(ev) => onSelectEvent(e.id, ev.currentTarget)}>
                {e.title}
              </button>
              <span className="not-on-map__why" id={`${listId}-${e.id}`}>
                {formatEventDates(e, 'list')} · <WhyNotPlaced event={e} recordOf={recordOf} />
              </span>
            </li>
          ))}
          {events.length > limit && (
            <li>
              <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>Show more ({formatCount(events.length - limit)} more)</button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
