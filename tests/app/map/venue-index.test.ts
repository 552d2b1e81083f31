import { describe, expect, it } from 'vitest';
import { venueGroupsOf } from '../fixtures/venue-groups.ts';
import { buildVenueIndex, clampBbox, venueIndexFor, visibleItems } from '../../../src/app/features/map/venues/venue-index.ts';
import { placeCountryVenues } from '../../../src/app/features/map/venues/place-country-venues.ts';
import { buildIndexes } from '../../../src/app/dataset/build-indexes.ts';
import { selectEvents } from '../../../src/app/view/select-events.ts';
import { DEFAULT_VIEW } from '../../../src/app/view/view-state.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import type { AtlasEvent } from '../../../src/schema/dataset.ts';
import { makeEvent, makeVenue } from '../../fixtures/make-event.ts';

const events = [
  makeEvent('a1', { participantCount: { value: 10, qualifier: 'exact' } }),
  makeEvent('a2', { participantCount: { value: 20, qualifier: 'exact' } }),
  makeEvent('b1', { venue: { city: 'Bishkek', geonameId: 1528675, lat: 42.87, lon: 74.59 }, participantCount: { value: 5, qualifier: 'exact' } }),
  makeEvent('v1', { venue: { city: 'Vienna', geonameId: 2761369, lat: 48.21, lon: 16.37 } }),
];
const venues = venueGroupsOf(events);
const index = buildVenueIndex(venues);
const WORLD = clampBbox(-180, -85, 180, 85);

describe('visibleItems', () => {
  it('clusters nearby venues at a world view and sums their events and participants', () => {
    const items = visibleItems(index, venues, WORLD, 2);
    const cluster = items.find((i) => i.kind === 'cluster');
    expect(cluster).toMatchObject({ venues: 2, events: 3, participants: 35 });
    expect(items.filter((i) => i.kind === 'venue').map((i) => i.kind === 'venue' && i.venue.label)).toEqual(['Vienna']);
  });

  it('counts an event held in three of a cluster’s towns once, and its participants once', () => {
    const town = (city: string, geonameId: number, lat: number, lon: number) => makeVenue({ city, name: city, countryCode: 'KZ', geonameId, lat, lon });
    const three = [town('Almaty', 1526384, 43.25, 76.95), town('Talgar', 1517060, 43.3, 77.24), town('Kaskelen', 1522751, 43.2, 76.62)];
    const series = makeEvent('series', { venues: three, participantCount: { value: 40, qualifier: 'exact' } });
    const other = makeEvent('other', { venues: [three[1]!], participantCount: { value: 2, qualifier: 'exact' } });
    const groups = venueGroupsOf([series, other]);
    const items = visibleItems(buildVenueIndex(groups), groups, WORLD, 2);
    expect(items).toEqual([expect.objectContaining({ kind: 'cluster', venues: 3, events: 2, participants: 42 })]);
  });

  it('counts each event once per cluster whatever mix of towns and country-only venues it has, as a plain count of its events does', () => {
    const town = (city: string, geonameId: number, lat: number, lon: number) => makeVenue({ city, name: city, countryCode: 'KZ', geonameId, lat, lon });
    const [almaty, talgar, kaskelen] = [town('Almaty', 1526384, 43.25, 76.95), town('Talgar', 1517060, 43.3, 77.24), town('Kaskelen', 1522751, 43.2, 76.62)];
    const kyrgyzstan = makeVenue({ countryCode: 'KG', precision: 'country' });
    const all: AtlasEvent[] = [
      makeEvent('one', { venues: [almaty], participantCount: { value: 3, qualifier: 'exact' } }),
      makeEvent('two', { venues: [almaty, talgar], participantCount: { value: 5, qualifier: 'exact' } }),
      makeEvent('same-town-twice', { venues: [talgar, talgar], participantCount: { value: 7, qualifier: 'exact' } }),
      makeEvent('town-and-country', { venues: [kaskelen, kyrgyzstan], participantCount: { value: 11, qualifier: 'exact' } }),
      makeEvent('country-only', { venues: [kyrgyzstan], participantCount: { value: 13, qualifier: 'exact' } }),
      makeEvent('no-count', { venues: [almaty, talgar, kaskelen] }),
    ];
    const files = encodeAppFiles({ schemaVersion: 2, generatedAt: '2024-01-01T00:00:00.000Z', events: all, rejected: [] });
    const selection = selectEvents(buildIndexes(files.summary), DEFAULT_VIEW);
    // Kyrgyzstan's label point near the towns, so its country-only venue joins their cluster.
    const groups = placeCountryVenues(selection.venues, selection.countryVenues, new Map([['KG', [43.1, 76.8] as const]]));
    expect(groups).toHaveLength(4);
    const items = visibleItems(buildVenueIndex(groups), groups, WORLD, 2);
    const distinct = new Map(groups.flatMap((g) => g.events).map((e) => [e.id, e]));
    expect(items).toEqual([expect.objectContaining({ kind: 'cluster', venues: 4, events: distinct.size, participants: [...distinct.values()].reduce((sum, e) => sum + (e.participantCount?.value ?? 0), 0) })]);
    expect(distinct.size).toBe(6);
  });

  it('gives each cluster the places under it at every zoom, as supercluster lists its leaves', () => {
    // Sixty towns on a grid over Central Asia, each with its own event and one event held in two of them.
    const towns = Array.from({ length: 60 }, (_, k) => makeVenue({ city: `T${k}`, name: `T${k}`, countryCode: 'KZ', geonameId: 1_000_000 + k, lat: 40 + (k % 6) * 1.7, lon: 60 + Math.floor(k / 6) * 2.3 }));
    const all = [...towns.map((t, k) => makeEvent(`e${k}`, { venues: [t] })), makeEvent('both', { venues: [towns[0]!, towns[1]!] })];
    const groups = venueGroupsOf(all);
    const built = buildVenueIndex(groups);
    let clusters = 0;
    for (let zoom = 2; zoom <= 10; zoom++) {
      for (const item of visibleItems(built, groups, WORLD, zoom)) {
        if (item.kind !== 'cluster') continue;
        clusters++;
        const keys = new Set(built.clusters.getLeaves(item.clusterId, Infinity).map((leaf) => leaf.properties.key));
        const events = new Set(groups.filter((g) => keys.has(g.key)).flatMap((g) => g.events.map((e) => e.id)));
        expect(item).toMatchObject({ venues: keys.size, events: events.size });
      }
    }
    expect(clusters).toBeGreaterThan(10);
  });

  it('shows every venue on its own when zoomed in, keyed by venue', () => {
    const items = visibleItems(index, venues, WORLD, 10);
    expect(items.map((i) => i.key).sort()).toEqual(['vg1526384', 'vg1528675', 'vg2761369']);
  });

  it('expands a cluster at a zoom where it splits', () => {
    const cluster = visibleItems(index, venues, WORLD, 2).find((i) => i.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster');
    const zoom = index.clusters.getClusterExpansionZoom(cluster.clusterId);
    expect(visibleItems(index, venues, WORLD, zoom).filter((i) => i.kind === 'venue')).toHaveLength(3);
  });
});

describe('venueIndexFor', () => {
  it('keeps one index for the same places, whatever their order and counts, and sums the counts given', () => {
    const first = venueIndexFor(venues);
    // The same places in another view: fewer events at each, listed in another order.
    const fewer = venueGroupsOf([events[0]!, events[2]!, events[3]!]).reverse();
    expect(venueIndexFor(fewer)).toBe(first);
    const cluster = visibleItems(first, fewer, WORLD, 2).find((i) => i.kind === 'cluster');
    expect(cluster).toMatchObject({ venues: 2, events: 2, participants: 15 });
  });

  it('builds a new index when the places change', () => {
    const first = venueIndexFor(venues);
    const withoutVienna = venues.filter((v) => v.label !== 'Vienna');
    const other = venueIndexFor(withoutVienna);
    expect(other).not.toBe(first);
    expect(visibleItems(other, withoutVienna, WORLD, 10).map((i) => i.key).sort()).toEqual(['vg1526384', 'vg1528675']);
  });

  it('builds a new index when as many places are there but one is another', () => {
    const first = venueIndexFor(venues);
    const osh = venueGroupsOf([makeEvent('o1', { venue: { city: 'Osh', geonameId: 1527534, lat: 40.53, lon: 72.8 } })]);
    const swapped = [...venues.filter((v) => v.label !== 'Vienna'), ...osh];
    expect(swapped).toHaveLength(venues.length);
    const other = venueIndexFor(swapped);
    expect(other).not.toBe(first);
    expect(visibleItems(other, swapped, WORLD, 10).map((i) => i.key).sort()).toEqual(['vg1526384', 'vg1527534', 'vg1528675']);
  });
});

describe('clampBbox', () => {
  it('keeps the box inside the range supercluster accepts', () => {
    expect(clampBbox(-250, -95, 300, 95)).toEqual([-180, -90, 180, 90]);
    expect(clampBbox(-200, 10, 20, 50)).toEqual([-180, 10, 20, 50]);
  });
});
