import type { EventSummary } from '../../schema/app-files.ts';

export type SortKey = 'date' | 'count';
export type SortDirection = 'ascending' | 'descending';

/**
 * The events of the view in a table's order: by date (start, else end, else the approximate range,
 * else publication) or by participant count; events without the value last in either direction.
 * A stable sort, so ties keep the build step's event order.
 */
export function sortEvents(events: readonly EventSummary[], key: SortKey, direction: SortDirection): EventSummary[] {
  const value = key === 'date' ? dateOf : countOf;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...events].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return x < y ? -sign : x > y ? sign : 0;
  });
}

function dateOf(e: EventSummary): string | null {
  return e.startDate ?? e.endDate ?? e.approximate?.from ?? e.publishedDate;
}

function countOf(e: EventSummary): number | null {
  return e.participantCount?.value ?? null;
}
