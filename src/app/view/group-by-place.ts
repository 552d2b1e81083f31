import type { EventSummary } from '../../schema/app-files.ts';
import { countryPlaceKey, type DatasetIndexes, type Rows } from '../dataset/build-indexes.ts';
import type { CountryVenueGroup, VenueGroup } from './venue-group.ts';

export interface Grouped {
  events: EventSummary[];
  /** The events grouped by place, in order of their first event (an event held in three towns is in three groups). */
  venues: VenueGroup[];
  /** Venues known only by their country, grouped by country. */
  countryVenues: CountryVenueGroup[];
  /** The selected events with no place the map can draw (no venue, or none placed): "Not on the map". */
  unplaced: EventSummary[];
  /** ISO2 → selected events the country takes part in (any role), for map shading. */
  countryCounts: Map<string, number>;
}

/** The events of `chosen` with the places of `rows`, grouped by place; `make` starts a group. */
function groupRows<G extends { events: EventSummary[]; shared: EventSummary[] }>(ix: DatasetIndexes, chosen: Int32Array, rows: Rows, size: number, make: (p: number, events: number, participants: number) => G): G[] {
  const { eventAt, participants } = ix;
  const { start, items } = rows;
  // An event's venues are these rows of the summary (EventSummary.venues is read from them).
  const venueStart = ix.summary.venueRows.start;
  const placeEvents = new Int32Array(size);
  const placeParticipants = new Float64Array(size);
  for (let k = 0; k < chosen.length; k++) {
    const i = chosen[k]!;
    for (let r = start[i]!, end = start[i + 1]!; r < end; r++) {
      placeEvents[items[r]!]! += 1;
      placeParticipants[items[r]!]! += participants[i]!;
    }
  }
  const groups: (G | undefined)[] = new Array<G | undefined>(size);
  const out: G[] = [];
  const filled = new Int32Array(size);
  for (let k = 0; k < chosen.length; k++) {
    const i = chosen[k]!;
    for (let r = start[i]!, end = start[i + 1]!; r < end; r++) {
      const p = items[r]!;
      let group = groups[p];
      if (group === undefined) out.push((group = groups[p] = make(p, placeEvents[p]!, placeParticipants[p]!)));
      group.events[filled[p]!++] = eventAt[i]!;
      if (venueStart[i + 1]! - venueStart[i]! > 1) group.shared.push(eventAt[i]!);
    }
  }
  return out;
}

/**
 * The selected positions as events, grouped by the build's places. Groups are counted first and
 * then filled into arrays of exactly their size: growing arrays of thousands of events was most of
 * the garbage of a scrub step.
 */
export function groupByPlace(ix: DatasetIndexes, chosen: Int32Array): Grouped {
  const { eventAt, places, countryPlaces, placeRows, countryPlaceRows } = ix;
  const { start: cStart, items: cItems } = ix.countryRows;
  const countryCounts = new Int32Array(ix.countries.length);
  const events: EventSummary[] = new Array<EventSummary>(chosen.length);
  const unplaced: EventSummary[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const i = chosen[k]!;
    events[k] = eventAt[i]!;
    for (let r = cStart[i]!, end = cStart[i + 1]!; r < end; r++) countryCounts[cItems[r]!]! += 1;
    if (placeRows.start[i] === placeRows.start[i + 1] && countryPlaceRows.start[i] === countryPlaceRows.start[i + 1]) unplaced.push(eventAt[i]!);
  }
  const venues = groupRows(ix, chosen, placeRows, places.length, (p, n, participants): VenueGroup => {
    const { key, lat, lon, label, precision } = places[p]!;
    return { key, lat, lon, label, precision, events: new Array<EventSummary>(n), participants, shared: [] };
  });
  const countryVenues = groupRows(ix, chosen, countryPlaceRows, countryPlaces.length, (p, n, participants): CountryVenueGroup => {
    const { code, label } = countryPlaces[p]!;
    return { key: countryPlaceKey(code), code, label, precision: 'country', events: new Array<EventSummary>(n), participants, shared: [] };
  });
  const byCode = new Map<string, number>();
  countryCounts.forEach((n, c) => n > 0 && byCode.set(ix.countries[c]!.key, n));
  return { events, venues, countryVenues, unplaced, countryCounts: byCode };
}
