import { useMemo, useState } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import type { Role } from '../../../schema/dataset.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { formatEventDates } from '../../../vocabulary/format-dates.ts';
import { formatParticipantCount } from '../../../vocabulary/format-participant-count.ts';
import { NO_VENUE_FOUND } from '../../../vocabulary/place-label.ts';
import { useWhyNoVenue, type RecordOf } from '../../dataset/use-why-no-venue.ts';
import { placesLabel } from '../../view/venue-group.ts';
import { sortEvents, type SortKey } from '../../view/sort-events.ts';
import type { TableSort } from '../../view/view-state.ts';

/** What a row shows of an event beyond its summary: its countries with their roles, its organisers. */
export interface RowFacts {
  countries: readonly { name: string; roles: readonly Role[] }[];
  organizers: readonly string[];
}

interface Props {
  events: readonly EventSummary[];
  /** Undated events listed apart from a dated window: a group of their own below, outside the count. */
  apart: readonly EventSummary[];
  factsOf(id: string): RowFacts;
  /** Where each event's full record is, for why a row has no venue. */
  recordOf: RecordOf;
  selectedId: string | null;
  /** The order the URL keeps (`sort=-count`); null for the event order. */
  sort: TableSort | null;
  onSort(sort: TableSort): void;
  onSelect(id: string): void;
}

const PAGE = 50;
const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: null, label: 'Event' },
  { key: null, label: 'Venue' },
  { key: null, label: 'Countries (roles)' },
  { key: null, label: 'Organisers' },
  { key: 'count', label: 'Participants' },
];

/** A row without a venue says why, in the details' words ("Held online"); "No venue found" until its record is in, or for data without reasons. */
function NoVenue({ id, recordOf }: { id: string; recordOf: RecordOf }) {
  const why = useWhyNoVenue(id, recordOf);
  return <span className="muted">{why ?? NO_VENUE_FOUND}</span>;
}

function Row({ event: e, facts, recordOf, selected, onSelect }: { event: EventSummary; facts: RowFacts; recordOf: RecordOf; selected: boolean; onSelect(id: string): void }) {
  return (
    <tr aria-current={selected ? 'true' : undefined}>
      <td>{formatEventDates(e, 'list')}</td>
      <td><button type="button" className="link-button" onClick={() => onSelect(e.id)}>{e.title}</button></td>
      <td>{e.venues.length > 0 ? placesLabel(e) : <NoVenue id={e.id} recordOf={recordOf} />}</td>
      <td>{facts.countries.map((c) => `${c.name} (${c.roles.join(', ')})`).join('; ')}</td>
      <td>{facts.organizers.join('; ')}</td>
      <td className="numeric">{e.participantCount ? formatParticipantCount(e.participantCount) : ''}</td>
    </tr>
  );
}

/**
 * The filtered events as a sortable table: by date or participant count (column buttons, so by
 * keyboard too), the row count in its caption, a page of rows at a time. An event's title selects it.
 */
export function EventTable({ events, apart, factsOf, recordOf, selectedId, sort, onSort, onSelect }: Props) {
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => (sort ? sortEvents(events, sort.key, sort.direction) : events), [events, sort]);
  const toggle = (key: SortKey) => {
    onSort({ key, direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' });
    setShown(PAGE);
  };
  return (
    <div className="event-table-wrap">
      <table className="event-table">
        <caption>{formatCount(events.length)} {events.length === 1 ? 'event' : 'events'}{sort ? `, by ${sort.key === 'date' ? 'date' : 'participants'} (${sort.direction})` : ''}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.label} scope="col" aria-sort={c.key && sort?.key === c.key ? sort.direction : undefined}>
                {c.key ? (
                  <button type="button" className="sort-button" onClick={() => toggle(c.key!)}>
                    {c.label}
                    <span aria-hidden="true">{sort?.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                ) : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((e) => <Row key={e.id} event={e} facts={factsOf(e.id)} recordOf={recordOf} selected={e.id === selectedId} onSelect={onSelect} />)}
        </tbody>
        {/* After the last of the window's rows, so the group never sits between pages of them. */}
        {apart.length > 0 && rows.length <= shown && (
          <tbody className="event-table-apart">
            <tr>
              <th scope="rowgroup" colSpan={COLUMNS.length}>Undated, outside the window <span className="muted">{formatCount(apart.length)}</span></th>
            </tr>
            {apart.map((e) => <Row key={e.id} event={e} facts={factsOf(e.id)} recordOf={recordOf} selected={e.id === selectedId} onSelect={onSelect} />)}
          </tbody>
        )}
      </table>
      {rows.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>Show more ({formatCount(rows.length - shown)} more)</button>
      )}
    </div>
  );
}
