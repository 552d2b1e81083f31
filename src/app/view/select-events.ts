import type { EventSummary } from '../../schema/app-files.ts';
import { ROLE_BIT, type DatasetIndexes, type Rows } from '../dataset/build-indexes.ts';
import { normalizeText } from '../components/normalize-text.ts';
import { toDay } from '../components/days.ts';
import type { VenueGroup } from './venue-group.ts';
import type { ViewState } from './view-state.ts';

export interface Selection {
  /** Events passing every filter and the time window, sorted by date. */
  events: readonly EventSummary[];
  /** The same events grouped by place, in order of their first event (an event held in three towns is in three groups). */
  venues: readonly VenueGroup[];
  /** Start days of the events passing every filter but ignoring the window (the timeline highlights these). */
  filteredDays: ArrayLike<number>;
  /** ISO2 → selected events the country takes part in (any role), for map shading. */
  countryCounts: ReadonlyMap<string, number>;
  /** Option counts for each filter, computed over the window and the *other* filters. */
  countryOptionCounts: ReadonlyMap<string, number>;
  topicOptionCounts: ReadonlyMap<string, number>;
  organizerOptionCounts: ReadonlyMap<string, number>;
  total: number;
}

// Which filters an event passes, one bit each; the time window is applied separately.
const COUNTRY = 1;
const TOPIC = 2;
const ORG = 4;
const TEXT = 8;
const ALL = COUNTRY | TOPIC | ORG | TEXT;

interface FilterPass {
  key: string;
  flags: Uint8Array;
  /** Positions of the events passing every filter, ascending (so by date). */
  passing: Int32Array;
  filteredDays: Int32Array;
  /** Only the country filter (or none) is set: counts can take the fast path. */
  countryOnly: boolean;
}

function chosen(keys: readonly string[], index: ReadonlyMap<string, number>, size: number): Uint8Array | null {
  if (keys.length === 0) return null;
  const out = new Uint8Array(size);
  for (const key of keys) {
    const i = index.get(key);
    if (i !== undefined) out[i] = 1;
  }
  return out;
}

function hasAny(rows: Rows, i: number, wanted: Uint8Array): boolean {
  for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) if (wanted[rows.items[k]!]) return true;
  return false;
}

/** Positions present in any of the sorted lists, ascending. */
function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) all.set(list, (at += list.length) - list.length);
  all.sort();
  return all.filter((x, k) => k === 0 || x !== all[k - 1]);
}

/** Only the country filter (or none): the passing events are the countries' position lists. */
function countryPass(ix: DatasetIndexes, view: ViewState, key: string, roleBits: number): FilterPass {
  const lists = view.countries.flatMap((code) => {
    const c = ix.optionIndex.country.get(code);
    return c === undefined ? [] : [ix.countryPositions.get(`${c}:${roleBits}`) ?? new Int32Array(0)];
  });
  const passing = view.countries.length === 0 ? Int32Array.from(ix.events, (_, i) => i) : lists.length ? union(lists) : new Int32Array(0);
  return { key, flags: new Uint8Array(0), passing, filteredDays: datedDays(ix, passing), countryOnly: true };
}

/**
 * Start days of the dated events among `passing` (ascending positions, so dated ones come first).
 * Typed arrays and an index loop: the events of a country are thousands, and a for-of or a
 * growing array allocated more than the rest of a filter change together.
 */
function datedDays(ix: DatasetIndexes, passing: Int32Array): Int32Array {
  const days = lowerBound(passing, passing.length, ix.datedCount);
  const out = new Int32Array(days);
  for (let k = 0; k < days; k++) out[k] = ix.startDays[passing[k]!]!;
  return out;
}

/** The filters other than the window, one pass over all events; reused while only the window moves. */
function filterPass(ix: DatasetIndexes, view: ViewState, key: string, search: readonly string[] | null): FilterPass {
  const n = ix.events.length;
  const countries = chosen(view.countries, ix.optionIndex.country, ix.countries.length);
  const topics = chosen(view.topics, ix.optionIndex.topic, ix.topics.length);
  const orgs = chosen(view.organizers, ix.optionIndex.organizer, ix.organizers.length);
  const roleBits = view.role === 'any' ? 15 : ROLE_BIT[view.role];
  const tokens = normalizeText(view.q).split(/\s+/).filter(Boolean);
  // Until the search text has loaded, nothing matches a search (the app says it is loading).
  const texts = tokens.length ? (search ?? []) : null;
  if (topics === null && orgs === null && texts === null) return countryPass(ix, view, key, roleBits);
  const { countryRows, countryRoles } = ix;
  const flags = new Uint8Array(n);
  const passing = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    if (countries === null) f |= COUNTRY;
    else {
      for (let k = countryRows.start[i]!; k < countryRows.start[i + 1]!; k++) {
        if (countries[countryRows.items[k]!] && countryRoles[k]! & roleBits) {
          f |= COUNTRY;
          break;
        }
      }
    }
    if (topics === null || hasAny(ix.topicRows, i, topics)) f |= TOPIC;
    if (orgs === null || hasAny(ix.organizerRows, i, orgs)) f |= ORG;
    if (texts === null || tokens.every((t) => (texts[i] ?? '').includes(t))) f |= TEXT;
    flags[i] = f;
    if (f !== ALL) continue;
    passing[count++] = i;
  }
  // A copy, so the full-size buffer is not kept alive by a few passing events.
  const kept = passing.slice(0, count);
  return { key, flags, passing: kept, filteredDays: datedDays(ix, kept), countryOnly: false };
}

/** First position in [0, end) whose value is >= x (values sorted ascending). */
function lowerBound(values: Int32Array, end: number, x: number, start = 0): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toMap(counts: Int32Array, keys: readonly { key: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  counts.forEach((n, i) => n > 0 && map.set(keys[i]!.key, n));
  return map;
}

function bumpRows(rows: Rows, i: number, counts: Int32Array): void {
  for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) counts[rows.items[k]!]! += 1;
}

// The last filter pass per dataset: scrubbing and playing change only the window, so they skip it.
const lastPass = new WeakMap<DatasetIndexes, FilterPass>();

/**
 * Dataset + view → what to show. `search` is each event's normalised search text, by position
 * (null until loaded). Pure (the cache only skips repeated work). An event passes the
 * country filter if ANY chosen country has the chosen role in it ('any' = any of the four roles).
 * Cost per change: one pass over the events for the filters, then only the events in the window.
 */
export function selectEvents(ix: DatasetIndexes, view: ViewState, search: readonly string[] | null = null): Selection {
  const key = JSON.stringify([view.countries, view.role, view.topics, view.organizers, view.q, search !== null]);
  let pass = lastPass.get(ix);
  if (pass?.key !== key) {
    pass = filterPass(ix, view, key, search);
    lastPass.set(ix, pass);
  }
  const { flags } = pass;
  const windowed = view.from !== null || view.to !== null;
  const from = view.from ? toDay(view.from) : -Infinity;
  const to = view.to ? toDay(view.to) : Infinity;
  // An undated event cannot be placed in a window; a dated one overlaps it if it starts by `to`
  // and ends on or after `from` (so it started at most maxSpan days before `from`).
  const lo = windowed ? lowerBound(ix.startDays, ix.datedCount, from - ix.maxSpan) : 0;
  const hi = windowed ? lowerBound(ix.startDays, ix.datedCount, to + 1) : ix.events.length;
  // Columns in locals: this loop runs for every event in the window on every scrub step.
  const { countryRoles, endDays, eventAt, participants } = ix;
  const { start: vStart, items: vItems } = ix.venueRows;
  const { start: cStart, items: cItems } = ix.countryRows;
  const roleBits = view.role === 'any' ? 15 : ROLE_BIT[view.role];
  const countryCounts = new Int32Array(ix.countries.length);
  const countryOptions = new Int32Array(ix.countries.length);
  const topicOptions = new Int32Array(ix.topics.length);
  const orgOptions = new Int32Array(ix.organizers.length);
  // Positions of the selected events, counted per venue here and turned into arrays of exactly
  // their size afterwards: growing arrays of thousands of events was most of the garbage.
  let chosen = new Int32Array(0);
  let n = 0;
  const venueEvents = new Int32Array(ix.venues.length);
  const venueParticipants = new Float64Array(ix.venues.length);
  function include(i: number): void {
    chosen[n++] = i;
    for (let k = cStart[i]!, end = cStart[i + 1]!; k < end; k++) countryCounts[cItems[k]!]! += 1;
    for (let k = vStart[i]!, end = vStart[i + 1]!; k < end; k++) {
      const v = vItems[k]!;
      venueEvents[v]! += 1;
      venueParticipants[v]! += participants[i]!;
    }
  }
  if (pass.countryOnly) {
    // Only countries filter: a country's option count is the number of its events in the window
    // (binary searches in its position list), and only the passing events are visited.
    const startOfFrom = windowed ? lowerBound(ix.startDays, ix.datedCount, from, lo) : lo;
    ix.countries.forEach((_, c) => {
      const list = ix.countryPositions.get(`${c}:${roleBits}`);
      if (!list) return;
      const a = lowerBound(list, list.length, lo);
      let count = lowerBound(list, list.length, hi, a) - a;
      // Events starting just before the window may end before it too.
      for (let k = a; k < list.length && list[k]! < startOfFrom; k++) if (endDays[list[k]!]! < from) count--;
      countryOptions[c] = count;
    });
    const { passing } = pass;
    const first = lowerBound(passing, passing.length, lo);
    const end = lowerBound(passing, passing.length, hi);
    chosen = new Int32Array(end - first);
    for (let p = first; p < end; p++) {
      const i = passing[p]!;
      if (windowed && endDays[i]! < from) continue;
      bumpRows(ix.topicRows, i, topicOptions);
      bumpRows(ix.organizerRows, i, orgOptions);
      include(i);
    }
  } else {
    chosen = new Int32Array(hi - lo);
    for (let i = lo; i < hi; i++) {
      if (windowed && endDays[i]! < from) continue;
      const f = flags[i]!;
      // Each filter's options are counted with every check but its own, so a count says what
      // choosing that option would add.
      if ((f | COUNTRY) === ALL) {
        for (let k = cStart[i]!, end = cStart[i + 1]!; k < end; k++) if (countryRoles[k]! & roleBits) countryOptions[cItems[k]!]! += 1;
      }
      if ((f | TOPIC) === ALL) bumpRows(ix.topicRows, i, topicOptions);
      if ((f | ORG) === ALL) bumpRows(ix.organizerRows, i, orgOptions);
      if (f === ALL) include(i);
    }
  }
  const events: EventSummary[] = new Array<EventSummary>(n);
  const groups: (VenueGroup | undefined)[] = new Array<VenueGroup | undefined>(ix.venues.length);
  const venues: VenueGroup[] = [];
  const filled = new Int32Array(ix.venues.length);
  for (let k = 0; k < n; k++) {
    const i = chosen[k]!;
    const event = eventAt[i]!;
    events[k] = event;
    for (let r = vStart[i]!, end = vStart[i + 1]!; r < end; r++) {
      const v = vItems[r]!;
      let group = groups[v];
      if (group === undefined) {
        const { key: venueKey, lat, lon, label } = ix.venues[v]!;
        group = groups[v] = { key: venueKey, lat, lon, label, events: new Array<EventSummary>(venueEvents[v]!), participants: venueParticipants[v]! };
        venues.push(group);
      }
      group.events[filled[v]!++] = event;
    }
  }
  return {
    events,
    venues,
    filteredDays: pass.filteredDays,
    countryCounts: toMap(countryCounts, ix.countries),
    countryOptionCounts: toMap(countryOptions, ix.countries),
    topicOptionCounts: toMap(topicOptions, ix.topics),
    organizerOptionCounts: toMap(orgOptions, ix.organizers),
    total: ix.events.length,
  };
}
