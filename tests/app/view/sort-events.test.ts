import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../../src/app/view/sort-events.ts';
import type { EventSummary } from '../../../src/schema/app-files.ts';

const event = (id: string, startDate: string | null, count: number | null, extra: Partial<EventSummary> = {}): EventSummary => ({
  id, title: id, kind: 'seminar', startDate, endDate: null, publishedDate: null, venues: [], approximate: null, written: null,
  participantCount: count === null ? null : { value: count, qualifier: 'exact' }, ...extra,
});

describe('sortEvents', () => {
  const events = [
    event('b', '2015-03-30', 30),
    event('a', '2014-11-03', 60),
    event('undated', null, null),
    event('last-week', null, 18, { approximate: { from: '2012-07-02', to: '2012-07-08' } }),
  ];
  it('sorts by date either way, an event without any date last both times', () => {
    expect(sortEvents(events, 'date', 'ascending').map((e) => e.id)).toEqual(['last-week', 'a', 'b', 'undated']);
    expect(sortEvents(events, 'date', 'descending').map((e) => e.id)).toEqual(['b', 'a', 'last-week', 'undated']);
  });
  it('sorts by participant count, events without one last, ties in the given order', () => {
    expect(sortEvents(events, 'count', 'descending').map((e) => e.id)).toEqual(['a', 'b', 'last-week', 'undated']);
    expect(sortEvents([event('x', null, 5), event('y', null, 5)], 'count', 'ascending').map((e) => e.id)).toEqual(['x', 'y']);
  });
});
