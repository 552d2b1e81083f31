import { useMemo, useState } from 'react';
import type { EventSummary } from '../../../schema/app-files.ts';
import type { Role } from '../../../schema/dataset.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { formatEventDates } from '../../../vocabulary/format-dates.ts';
import { formatParticipantCount } from '../../../vocabulary/format-participant-count.ts';
import { placesLabel } from '../../view/venue-group.ts';
import { sortEvents, type SortDirection, type SortKey } from '../../view/sort-events.ts';

/** What a row shows of an event beyond its summary: its countries with their roles, its organisers. */
export interface RowFacts {
  countries: readonly { name: string; roles: readonly Role[] }[];
  organizers: readonly string[];
}

interface Props {
  events: readonly EventSummary[];
  factsOf(id: string): RowFacts;
  selectedId: string | null;
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

/**
 * The filtered events as a sortable table: by date or participant count (column buttons, so by
 * keyboard too), the row count in its caption, a page of rows at a time. An event's title selects it.
 */
export function EventTable({ events, factsOf, selectedId, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => (sort ? sortEvents(events, sort.key, sort.direction) : events), [events, sort]);
  const toggle = (key: SortKey) => {
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
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
          {rows.slice(0, shown).map((e) => {
            const facts = factsOf(e.id);
            return (
              <tr key={e.id} aria-current={e.id === selectedId ? "true" : undefined}>
                <td>{formatEventDates(e, 'list')}</td>
                <td><button type="button" className="link-button" onClick={() => onSelect(e.id)}>{e.title}</button></td>
                <td>{placesLabel(e)}</td>
                <td>{facts.countries.map((c) => `${c.name} (${c.roles.join(', ')})`).join('; ')}</td>
                <td>{facts.organizers.join('; ')}</td>
                <td className="numeric">{e.participantCount ? formatParticipantCount(e.participantCount) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>Show more ({formatCount(rows.length - shown)} more)</button>
      )}
    </div>
  );
}
