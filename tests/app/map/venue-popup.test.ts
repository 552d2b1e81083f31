import { describe, expect, it } from 'vitest';
import { venuePopupContent } from '../../../src/app/features/map/venues/venue-popup.ts';
import type { EventSummary } from '../../../src/schema/app-files.ts';
import type { VenueGroup } from '../../../src/app/view/venue-group.ts';

function summary(id: string, startDate: string | null): EventSummary {
  return { id, title: `Course ${id}`, kind: 'training', startDate, endDate: null, publishedDate: startDate, venues: [], participantCount: null, approximate: null, written: null };
}

describe('the venue popup', () => {
  it('lists the events in the one event order the build decided (no sort of its own)', () => {
    // In event order: oldest first, undated last.
    const events = [summary('a', '2012-03-01'), summary('b', '2016-05-02'), summary('c', null)];
    const venue: VenueGroup = { key: 'g1', lat: 43, lon: 76, label: 'Almaty', precision: 'city', events, participants: 0, shared: [] };
    const root = venuePopupContent(venue, null, () => {});
    const titles = [...root.querySelectorAll('.atlas-popup__title')].map((el) => el.textContent);
    expect(titles).toEqual(['Course a', 'Course b', 'Course c']);
  });
});
