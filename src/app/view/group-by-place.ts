import type { EventSummary } from '../../schema/app-files.ts';
import type { DatasetIndexes } from '../dataset/build-indexes.ts';
import type { VenueGroup } from './venue-group.ts';

export interface Grouped {
  events: EventSummary[];
  /** The events grouped by place, in order of their first event (an event held in three towns is in three groups). */
  venues: VenueGroup[];
  /** ISO2 → selected events the country takes part in (any role), for map shading. */
  countryCounts: Map<string, number>;
}

/**
 * The selected positions as events, grouped by the build's places. Groups are counted first and
 * then filled into arrays of exactly their size: growing arrays of thousands of events was most of
 * the garbage of a scrub step.
 */
export function groupByPlace(ix: DatasetIndexes, chosen: Int32Array): Grouped {
  const { eventAt, participants, places } = ix;
  const { start: pStart, items: pItems } = ix.placeRows;
  const { start: cStart, items: cItems } = ix.countryRows;
  const placeEvents = new Int32Array(places.length);
  const placeParticipants = new Float64Array(places.length);
  const countryCounts = new Int32Array(ix.countries.length);
  for (let k = 0; k < chosen.length; k++) {
    const i = chosen[k]!;
    for (let r = cStart[i]!, end = cStart[i + 1]!; r < end; r++) countryCounts[cItems[r]!]! += 1;
    for (let r = pStart[i]!, end = pStart[i + 1]!; r < end; r++) {
      placeEvents[pItems[r]!]! += 1;
      placeParticipants[pItems[r]!]! += participants[i]!;
    }
  }
  const events: EventSummary[] = new Array<EventSummary>(chosen.length);
  const groups: (VenueGroup | undefined)[] = new Array<VenueGroup | undefined>(places.length);
  const venues: VenueGroup[] = [];
  const filled = new Int32Array(places.length);
  for (let k = 0; k < chosen.length; k++) {
    const i = chosen[k]!;
    const event = eventAt[i]!;
    events[k] = event;
    for (let r = pStart[i]!, end = pStart[i + 1]!; r < end; r++) {
      const p = pItems[r]!;
      let group = groups[p];
      if (group === undefined) {
        const { key, lat, lon, label } = places[p]!;
        group = groups[p] = { key, lat, lon, label, events: new Array<EventSummary>(placeEvents[p]!), participants: placeParticipants[p]! };
        venues.push(group);
      }
      group.events[filled[p]!++] = event;
    }
  }
  const byCode = new Map<string, number>();
  countryCounts.forEach((n, c) => n > 0 && byCode.set(ix.countries[c]!.key, n));
  return { events, venues, countryCounts: byCode };
}
