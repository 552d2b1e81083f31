import { ROLES, type AtlasEvent, type Dataset } from '../../schema/dataset.ts';
import { normalizeText } from '../components/normalize-text.ts';
import { toDay } from '../view/days.ts';
import { venueKey } from '../view/venue-group.ts';
import { organizerKey } from '../view/view-state.ts';

export interface IndexedEvent {
  event: AtlasEvent;
  /** Day number of the start (publication date when the start is unknown); null if undated. */
  startDay: number | null;
  /** Day number of the end (defaults to the start). */
  endDay: number | null;
}

export interface Option {
  key: string;
  label: string;
}

/** Per event i, its items are `items[start[i]] … items[start[i + 1] - 1]` (compressed rows). */
export interface Rows {
  start: Int32Array;
  items: Uint16Array;
}

/** Bit of each role in `countryRoles` ('any' is all four). */
export const ROLE_BIT: Record<(typeof ROLES)[number], number> = { host: 1, participant: 2, expert: 4, organizer: 8 };

export interface DatasetIndexes {
  /** Sorted by start day; undated events last. Every column below is indexed by position here. */
  events: readonly IndexedEvent[];
  byId: ReadonlyMap<string, IndexedEvent>;
  countries: readonly Option[];
  topics: readonly Option[];
  organizers: readonly Option[];
  /** Option key → its position in `countries` / `topics` / `organizers`. */
  optionIndex: { country: ReadonlyMap<string, number>; topic: ReadonlyMap<string, number>; organizer: ReadonlyMap<string, number> };
  /** Earliest start and latest end of any dated event; null when nothing is dated. */
  domain: { min: number; max: number } | null;
  /** Events [0, datedCount) are dated, sorted by `startDays`, so a time window is a binary search. */
  datedCount: number;
  startDays: Int32Array;
  endDays: Int32Array;
  /** The longest event, in days: how far before a window's start an overlapping event can begin. */
  maxSpan: number;
  /** Countries taking part in each event (those only named in passing are left out) and their role bits. */
  countryRows: Rows;
  countryRoles: Uint8Array;
  /** `${country position}:${role bits}` → positions of the events it takes part in with such a role,
   * ascending ('any' is 15): a window's option count per country is then two binary searches. */
  countryPositions: ReadonlyMap<string, Int32Array>;
  topicRows: Rows;
  organizerRows: Rows;
  /** The events themselves and their participant counts (0 when unknown), by position: a selection
   * then copies pointers and adds numbers without visiting 100,000 scattered objects. */
  eventAt: readonly AtlasEvent[];
  participants: Int32Array;
  /** Position in `venues`, or -1 when the event has no coordinates. */
  venueOf: Int32Array;
  venues: readonly { key: string; lat: number; lon: number }[];
  /** Normalised text to search, built on the first search (most sessions never search). */
  searchTexts(): readonly string[];
}

function searchTextOf(event: AtlasEvent): string {
  return normalizeText(
    [
      event.title,
      event.venue.city ?? '',
      event.venue.name ?? '',
      ...event.organizers.map((o) => o.name),
      ...event.organizations.map((o) => o.name),
      ...event.people.map((p) => `${p.name} ${p.role ?? ''}`),
      ...event.quotes.map((q) => `${q.speaker ?? ''} ${q.text}`),
    ].join('\n'),
  );
}

/** `f` with its results kept: 100,000 events share a few thousand dates and a few dozen organisers. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = f(key)));
    return value;
  };
}

function indexEvent(event: AtlasEvent, day: (iso: string) => number): IndexedEvent {
  const start = event.startDate ?? event.publishedDate;
  const startDay = start ? day(start) : null;
  const endDay = event.endDate && startDay !== null ? Math.max(startDay, day(event.endDate)) : startDay;
  return { event, startDay, endDay };
}

function sortedOptions(map: Map<string, string>): Option[] {
  return [...map].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

const positions = (options: readonly Option[]) => new Map(options.map((o, i) => [o.key, i]));

/** Compressed rows from each event's keys, numbered by `index`. */
function rows(events: readonly IndexedEvent[], keysOf: (e: AtlasEvent) => readonly string[], index: ReadonlyMap<string, number>): Rows {
  const start = new Int32Array(events.length + 1);
  const items: number[] = [];
  events.forEach((ie, i) => {
    const first = items.length;
    for (const key of keysOf(ie.event)) {
      const item = index.get(key)!;
      // Lists are short (a few topics, one or two organisers): a scan beats a Set per event.
      if (!items.includes(item, first)) items.push(item);
    }
    start[i + 1] = items.length;
  });
  return { start, items: Uint16Array.from(items) };
}

const ROLE_CHOICE_BITS = [15, 1, 2, 4, 8];

/** Countries taking part in each event with their role bits, and each country's positions per role. */
function countryColumns(events: readonly IndexedEvent[], index: ReadonlyMap<string, number>) {
  const start = new Int32Array(events.length + 1);
  const items: number[] = [];
  const bits: number[] = [];
  const lists: number[][] = Array.from({ length: index.size * 16 }, () => []);
  events.forEach(({ event }, i) => {
    const first = items.length;
    for (const c of event.countries) {
      if (c.roles.length === 0) continue;
      const idx = index.get(c.code)!;
      let b = 0;
      for (const r of c.roles) b |= ROLE_BIT[r];
      // The same country twice in one event (two evidence lists) is one row with both roles.
      let k = first;
      while (k < items.length && items[k] !== idx) k++;
      if (k < items.length) bits[k]! |= b;
      else (items.push(idx), bits.push(b));
    }
    start[i + 1] = items.length;
    for (let k = first; k < items.length; k++) for (const want of ROLE_CHOICE_BITS) if (bits[k]! & want) lists[items[k]! * 16 + want]!.push(i);
  });
  const countryPositions = new Map<string, Int32Array>();
  lists.forEach((list, key) => list.length && countryPositions.set(`${key >> 4}:${key & 15}`, Int32Array.from(list)));
  return { countryRows: { start, items: Uint16Array.from(items) }, countryRoles: Uint8Array.from(bits), countryPositions };
}

/** Built once when the dataset loads; every view change reads these instead of rescanning. */
export function buildIndexes(dataset: Dataset): DatasetIndexes {
  // For the benchmark's split of the first view: parse and check, then indexes, then render.
  performance.mark('atlas:indexes-start');
  try {
    return indexesOf(dataset);
  } finally {
    performance.mark('atlas:indexes-end');
  }
}

function indexesOf(dataset: Dataset): DatasetIndexes {
  // Plain comparison, not localeCompare: ids are ASCII, and 100,000 collator calls take seconds.
  const day = memo(toDay);
  const orgKey = memo(organizerKey);
  const events = dataset.events.map((e) => indexEvent(e, day)).sort(
    (a, b) => (a.startDay ?? Infinity) - (b.startDay ?? Infinity) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  const countries = new Map<string, string>();
  const topics = new Map<string, string>();
  const organizers = new Map<string, string>();
  const taking = (e: AtlasEvent) => e.countries.filter((c) => c.roles.length > 0);
  for (const { event } of events) {
    // A country only named in passing (no role) takes part in nothing: it is not indexed.
    for (const c of taking(event)) countries.set(c.code, c.name);
    for (const t of event.topics) topics.set(t.id, t.label);
    for (const o of event.organizers) organizers.set(orgKey(o.name), o.name);
  }
  const options = { countries: sortedOptions(countries), topics: sortedOptions(topics), organizers: sortedOptions(organizers) };
  const optionIndex = { country: positions(options.countries), topic: positions(options.topics), organizer: positions(options.organizers) };
  const { countryRows, countryRoles, countryPositions } = countryColumns(events, optionIndex.country);
  const datedCount = events.findIndex((e) => e.startDay === null) === -1 ? events.length : events.findIndex((e) => e.startDay === null);
  const startDays = Int32Array.from(events, (e) => e.startDay ?? 0);
  const endDays = Int32Array.from(events, (e) => e.endDay ?? 0);
  let maxSpan = 0;
  let maxEnd = -Infinity;
  for (let i = 0; i < datedCount; i++) {
    maxSpan = Math.max(maxSpan, endDays[i]! - startDays[i]!);
    maxEnd = Math.max(maxEnd, endDays[i]!);
  }
  const venueIds = new Map<string, number>();
  const venues: { key: string; lat: number; lon: number }[] = [];
  const venueOf = Int32Array.from(events, ({ event }) => {
    const key = venueKey(event.venue);
    if (key === null) return -1;
    let id = venueIds.get(key);
    if (id === undefined) {
      id = venues.push({ key, lat: event.venue.lat!, lon: event.venue.lon! }) - 1;
      venueIds.set(key, id);
    }
    return id;
  });
  let texts: string[] | null = null;
  return {
    events,
    byId: new Map(events.map((e) => [e.event.id, e])),
    ...options,
    optionIndex,
    domain: datedCount > 0 ? { min: startDays[0]!, max: maxEnd } : null,
    datedCount,
    startDays,
    endDays,
    maxSpan,
    countryRows,
    countryRoles,
    countryPositions,
    topicRows: rows(events, (e) => e.topics.map((t) => t.id), optionIndex.topic),
    organizerRows: rows(events, (e) => e.organizers.map((o) => orgKey(o.name)), optionIndex.organizer),
    eventAt: events.map((e) => e.event),
    participants: Int32Array.from(events, (e) => e.event.participantCount ?? 0),
    venueOf,
    venues,
    searchTexts: () => (texts ??= events.map((e) => searchTextOf(e.event))),
  };
}
