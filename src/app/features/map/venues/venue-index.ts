import Supercluster from 'supercluster';
import type { VenueGroup } from '../../../view/venue-group.ts';

interface PointProps {
  /** The venue's key (see VenueGroup). */
  key: string;
  /** The keys of the places under the point: its own for a place, all of them for a cluster (see buildVenueIndex). */
  keys: readonly string[];
}

/**
 * Clusters of a set of places. Which places cluster together depends only on where they are, so
 * the index is built once per set of places and reused while only their counts change (a scrub
 * step or a filter change usually keeps every place on the map). Counts are summed per view.
 */
export interface VenueIndex {
  clusters: Supercluster<PointProps, Pick<PointProps, 'keys'>>;
}

export type MapItem =
  | { kind: 'venue'; key: string; lat: number; lon: number; venue: VenueGroup }
  | { kind: 'cluster'; key: string; lat: number; lon: number; clusterId: number; venues: number; events: number; participants: number };

export const CLUSTER_MIN_ZOOM = 2;
/** Above this zoom every venue has its own marker (one below the map's maxZoom of 10). */
export const CLUSTER_MAX_ZOOM = 9;

/** Index of the places of the FILTERED events (their counts are not part of it). */
export function buildVenueIndex(places: readonly Pick<VenueGroup, 'key' | 'lat' | 'lon'>[]): VenueIndex {
  const clusters = new Supercluster<PointProps, Pick<PointProps, 'keys'>>({
    // Supercluster measures in tiles of `extent` px; Leaflet's tiles are 256 px, so with the
    // default 512 the radius would be half as wide on screen as asked. 60 px clears the largest
    // markers (24 px radius + cluster ring) so circles never overlap.
    extent: 256,
    radius: 60,
    minZoom: CLUSTER_MIN_ZOOM,
    maxZoom: CLUSTER_MAX_ZOOM,
    // Each cluster gathers its places' keys as supercluster merges them, instead of each cluster
    // shown asking for its leaves (a range search at every level below it, and a GeoJSON feature
    // made for each cluster met). Most filter changes build a new index (the venues known only
    // by their country differ from one country's events to another's), so the leaves were walked
    // afresh each time: index and markers' items 0.69–0.95× in Node, the same items. A new array
    // each merge: supercluster starts a cluster's properties as a shallow copy of its first
    // point's or cluster's, so an array pushed to would be that one's too.
    reduce: (cluster, point) => {
      cluster.keys = cluster.keys.concat(point.keys);
    },
  });
  clusters.load(places.map((v) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [v.lon, v.lat] }, properties: { key: v.key, keys: [v.key] } })));
  return { clusters };
}

let last: { keys: ReadonlySet<string>; index: VenueIndex } | null = null;

/**
 * The index for a set of places: the last one again when the places are the same (a place's key is
 * unique among them, so the same number of places, each among the last ones, is the same set). A
 * set's lookups, not a sorted and joined copy of every key (about 1 ms of a filter step under
 * the profiler at 100,000 events).
 */
export function venueIndexFor(places: readonly Pick<VenueGroup, 'key' | 'lat' | 'lon'>[]): VenueIndex {
  const keys = last?.keys;
  if (last && keys && keys.size === places.length && places.every((v) => keys.has(v.key))) return last.index;
  last = { keys: new Set(places.map((v) => v.key)), index: buildVenueIndex(places) };
  return last.index;
}

/** [west, south, east, north] clipped to the range supercluster accepts. */
export function clampBbox(west: number, south: number, east: number, north: number): [number, number, number, number] {
  if (east - west >= 360) return [-180, Math.max(south, -90), 180, Math.min(north, 90)];
  return [Math.max(west, -180), Math.max(south, -90), Math.min(east, 180), Math.min(north, 90)];
}

/**
 * The markers to show in a view: single venues and clusters, each with a stable key for diffing.
 * `venues` are the places the index was built from, with this view's counts.
 */
export function visibleItems(index: VenueIndex, venues: readonly VenueGroup[], bbox: [number, number, number, number], zoom: number): MapItem[] {
  const byKey = new Map(venues.map((v) => [v.key, v]));
  return index.clusters.getClusters(bbox, Math.round(zoom)).flatMap((f): MapItem[] => {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const p = f.properties;
    if ('cluster' in p && p.cluster) {
      const { keys } = p;
      // Events, not venues: an event held in three of the cluster's towns counts once (and its
      // participants once), so the numbers add up with the list's. Only an event held at more than
      // one place can be met twice: the groups' sizes and sums are added up, and only their shared
      // events are looked at, each one met again taken off. Going through every event of the
      // cluster (thousands over Europe) was the largest part of a step's own JavaScript.
      const seen = new Set<string>();
      let events = 0;
      let participants = 0;
      for (const key of keys) {
        const venue = byKey.get(key);
        if (!venue) continue;
        events += venue.events.length;
        participants += venue.participants;
        for (const e of venue.shared) {
          if (!seen.has(e.id)) seen.add(e.id);
          else {
            events -= 1;
            participants -= e.participantCount?.value ?? 0;
          }
        }
      }
      return [{ kind: 'cluster', key: `c${p.cluster_id}`, lat, lon, clusterId: p.cluster_id, venues: keys.length, events, participants }];
    }
    const venue = byKey.get((p as PointProps).key);
    return venue ? [{ kind: 'venue', key: `v${venue.key}`, lat: venue.lat, lon: venue.lon, venue }] : [];
  });
}
