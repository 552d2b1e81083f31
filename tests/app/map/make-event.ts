// A small factory for map tests: a valid-looking event where only the fields a test names matter.
import type { AtlasEvent } from '../../../src/schema/dataset.ts';

type Overrides = Partial<Omit<AtlasEvent, 'venue'>> & { venue?: Partial<AtlasEvent['venue']> };

export function makeEvent(id: string, overrides: Overrides = {}): AtlasEvent {
  const { venue, ...rest } = overrides;
  return {
    id,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), text: '' },
    title: `Event ${id}`,
    imageUrl: null,
    kind: 'seminar',
    startDate: '2014-11-03',
    endDate: null,
    durationDays: null,
    publishedDate: null,
    venue: { city: 'Almaty', name: 'Almaty', countryCode: 'KZ', lat: 43.25, lon: 76.95, geonameId: 1526384, ...venue },
    participantCount: null,
    countries: [],
    organizers: [],
    organizations: [],
    people: [],
    quotes: [],
    topics: [],
    provenance: {
      title: null, startDate: null, endDate: null, durationDays: null, kind: null, venue: null,
      participantCount: null, imageUrl: null,
    },
    warnings: [],
    ...rest,
  };
}
