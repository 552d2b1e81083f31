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

function indexEvent(event: AtlasEvent): IndexedEvent {
  const start = event.startDate ?? event.publishedDate;
  const startDay = start ? toDay(start) : null;
  const endDay = event.endDate && startDay !== null ? Math.max(startDay, toDay(event.endDate)) : startDay;
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
    for (const key of new Set(keysOf(ie.event))) items.push(index.get(key)!);
    start[i + 1] = items.length;
  });
  return { start, items: Uint16Array.from(items) };
}

/** Built once when the dataset loads; every view change reads these instead of rescanning. */
export function buildIndexes(dataset: Dataset): DatasetIndexes {
  // Plain comparison, not localeCompare: ids are ASCII, and 100,000 collator calls take seconds.
  const events = dataset.events.map(indexEvent).sort(
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
    for (const o of event.organizers) organizers.set(organizerKey(o.name), o.name);
  }
  const options = { countries: sortedOptions(countries), topics: sortedOptions(topics), organizers: sortedOptions(organizers) };
  const optionIndex = { country: positions(options.countries), topic: positions(options.topics), organizer: positions(options.organizers) };
  const countryRows = rows(events, (e) => taking(e).map((c) => c.code), optionIndex.country);
  const countryRoles = new Uint8Array(countryRows.items.length);
  events.forEach(({ event }, i) => {
    const bits = new Map<string, number>();
    for (const c of taking(event)) bits.set(c.code, c.roles.reduce((b, r) => b | ROLE_BIT[r], bits.get(c.code) ?? 0));
    let k = countryRows.start[i]!;
    for (const code of bits.keys()) countryRoles[k++] = bits.get(code)!;
  });
  const positionLists = new Map<string, number[]>();
  for (let i = 0; i < events.length; i++) {
    for (let k = countryRows.start[i]!; k < countryRows.start[i + 1]!; k++) {
      const bits = countryRoles[k]!;
      for (const want of [15, 1, 2, 4, 8]) {
        if (!(bits & want)) continue;
        const key = `${countryRows.items[k]}:${want}`;
        const list = positionLists.get(key);
        if (list) list.push(i);
        else positionLists.set(key, [i]);
      }
    }
  }
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
    countryPositions: new Map([...positionLists].map(([key, list]) => [key, Int32Array.from(list)])),
    topicRows: rows(events, (e) => e.topics.map((t) => t.id), optionIndex.topic),
    organizerRows: rows(events, (e) => e.organizers.map((o) => organizerKey(o.name)), optionIndex.organizer),
    venueOf,
    venues,
    searchTexts: () => (texts ??= events.map((e) => searchTextOf(e.event))),
  };
}
