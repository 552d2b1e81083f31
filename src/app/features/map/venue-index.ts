import Supercluster from 'supercluster';
import type { VenueGroup } from '../../view/venue-group.ts';

interface PointProps {
  /** Position of the venue in the array the index was built from. */
  venue: number;
  events: number;
  participants: number;
}
type ClusterProps = Omit<PointProps, 'venue'>;

export type VenueIndex = Supercluster<PointProps, ClusterProps>;

export type MapItem =
  | { kind: 'venue'; key: string; lat: number; lon: number; venue: VenueGroup }
  | { kind: 'cluster'; key: string; lat: number; lon: number; clusterId: number; venues: number; events: number; participants: number };

export const CLUSTER_MIN_ZOOM = 2;
/** Above this zoom every venue has its own marker (one below the map's maxZoom of 10). */
export const CLUSTER_MAX_ZOOM = 9;

/** Index of the venues of the FILTERED events; rebuilt only when those change. */
export function buildVenueIndex(venues: readonly VenueGroup[]): VenueIndex {
  const index: VenueIndex = new Supercluster<PointProps, ClusterProps>({
    // Supercluster measures in tiles of `extent` px; Leaflet's tiles are 256 px, so with the
    // default 512 the radius would be half as wide on screen as asked. 60 px clears the largest
    // markers (24 px radius + cluster ring) so circles never overlap.
    extent: 256,
    radius: 60,
    minZoom: CLUSTER_MIN_ZOOM,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: ({ events, participants }) => ({ events, participants }),
    reduce(acc, p) {
      acc.events += p.events;
      acc.participants += p.participants;
    },
  });
  return index.load(
    venues.map((v, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [v.lon, v.lat] },
      properties: { venue: i, events: v.events.length, participants: v.participants },
    })),
  );
}

/** [west, south, east, north] clipped to the range supercluster accepts. */
export function clampBbox(west: number, south: number, east: number, north: number): [number, number, number, number] {
  if (east - west >= 360) return [-180, Math.max(south, -90), 180, Math.min(north, 90)];
  return [Math.max(west, -180), Math.max(south, -90), Math.min(east, 180), Math.min(north, 90)];
}

/** The markers to show in a view: single venues and clusters, each with a stable key for diffing. */
export function visibleItems(index: VenueIndex, venues: readonly VenueGroup[], bbox: [number, number, number, number], zoom: number): MapItem[] {
  return index.getClusters(bbox, Math.round(zoom)).flatMap((f): MapItem[] => {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const p = f.properties;
    if ('cluster' in p && p.cluster) {
      const base = { lat, lon, clusterId: p.cluster_id, venues: p.point_count, events: p.events, participants: p.participants };
      return [{ kind: 'cluster', key: `c${p.cluster_id}`, ...base }];
    }
    const venue = venues[(p as PointProps).venue];
    return venue ? [{ kind: 'venue', key: `v${venue.key}`, lat: venue.lat, lon: venue.lon, venue }] : [];
  });
}
