import { describe, expect, it } from 'vitest';
import { venueGroupsOf } from '../fixtures/venue-groups.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

describe('places as the build keys them and the selection groups them', () => {
  it('puts events with the same GeoNames id in one group and sums known participants', () => {
    const groups = venueGroupsOf([
      makeEvent('a', { participantCount: { value: 30, qualifier: 'exact' } }),
      makeEvent('b', { participantCount: null, venue: { city: 'Alma-Ata' } }),
      makeEvent('c', { participantCount: { value: 12, qualifier: 'exact' } }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'g1526384', label: 'Almaty', participants: 42 });
    expect(groups[0]?.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('groups places without an id by coordinates rounded to about 100 m', () => {
    const groups = venueGroupsOf([
      makeEvent('a', { venue: { geonameId: null, lat: 49.80187, lon: 73.10211, city: 'Karaganda' } }),
      makeEvent('b', { venue: { geonameId: null, lat: 49.80211, lon: 73.10199, city: 'Karaganda' } }),
      makeEvent('c', { venue: { geonameId: null, lat: 49.9, lon: 73.1, city: 'Elsewhere' } }),
    ]);
    expect(groups.map((g) => [g.key, g.events.length])).toEqual([
      ['p49.802,73.102', 2],
      ['p49.900,73.100', 1],
    ]);
  });

  it('skips events without coordinates and falls back to the gazetteer name for the label', () => {
    const groups = venueGroupsOf([
      makeEvent('nowhere', { venue: { lat: null, lon: null, geonameId: null } }),
      makeEvent('named', { venue: { city: null, name: 'Karagandy', geonameId: 609655, lat: 49.8, lon: 73.1 } }),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Karagandy']);
  });
});
