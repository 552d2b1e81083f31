import { ANY_ROLE, ROLE_BIT, type CountryPlace, type EventSummary, type MapPlace, type Body, type Summary, type SummaryFile } from '../../schema/app-files.ts';
import { decodeInts, decodeStarts } from '../../schema/int-list-codec.ts';
import { COUNT_QUALIFIERS, KINDS, ROLES, type Role } from '../../schema/dataset.ts';
import { toDay } from '../helpers/days.ts';

export type { CountryPlace, MapPlace };

/**
 * How the timeline draws an event: a start the text states, a derived one (or only an end), a
 * range it lies in ("last week"), or no date at all (counted beside the timeline, never drawn).
 */
export const DATE_KIND = { stated: 0, derived: 1, approximate: 2, undated: 3 } as const;
export type DateKind = (typeof DATE_KIND)[keyof typeof DATE_KIND];

export interface IndexedEvent {
  event: EventSummary;
  /** Day number of the start (publication date when the start is unknown); null if undated. */
  startDay: number | null;
  /** Day number of the end (defaults to the start). */
  endDay: number | null;
  /** The chunk file holding the event's full record. */
  chunk: number;
}

export interface Option {
  key: string;
  label: string;
  /** Events with this option in the whole dataset. */
  total: number;
}

/** Per event i, its items are `items[start[i]] … items[start[i + 1] - 1]` (compressed rows). */
export interface Rows {
  start: Int32Array;
  items: Int32Array;
}

/** A country taking part in an event, with its roles there. */
export interface TakingPart {
  code: string;
  name: string;
  roles: readonly Role[];
}

/** The role bits a country filter can ask for: any role, or one. */
export const ROLE_CHOICE_BITS = [ANY_ROLE, ...Object.values(ROLE_BIT)] as const;

/**
 * The summary's columns as typed arrays, plus what is derived once from them (day numbers, option
 * totals, per-country position lists). Positions are the summary's: the build step decided the
 * order, the places and the organisations, and nothing here re-sorts, re-keys or re-merges.
 */
export interface DatasetIndexes {
  /** The checked summary itself: a facet may read any of its columns (see view/facets.ts). */
  summary: DecodedSummary;
  /** The build the files came from: a chunk of full records must come from the same one. */
  generatedAt: string;
  /** In the build's order: by start day, undated last. Every column below is indexed by position here. */
  events: readonly IndexedEvent[];
  byId: ReadonlyMap<string, number>;
  /** Filter options, in the build's order (by name); a row item is a position here. */
  countries: readonly Option[];
  topics: readonly Option[];
  organizers: readonly Option[];
  /** Earliest start and latest end of any dated event; null when nothing is dated. */
  domain: { min: number; max: number } | null;
  /** Events [0, datedCount) are dated, sorted by `startDays`, so a time window is a binary search. */
  datedCount: number;
  startDays: Int32Array;
  endDays: Int32Array;
  /** Per event, its DATE_KIND, and the day the timeline draws it on (start, else end, else the range's first day). */
  dateKinds: Uint8Array;
  timelineDays: Int32Array;
  /** Positions of the undated events, ascending: a window cannot hold them, the undated choice decides. */
  undatedPositions: Int32Array;
  /** The longest event, in days: how far before a window's start an overlapping event can begin. */
  maxSpan: number;
  /** Countries taking part in each event (those only named in passing are left out) and their role bits. */
  countryRows: Rows;
  countryRoles: Uint8Array;
  /** Role bits (one of ROLE_CHOICE_BITS) → per country, the ascending positions of the events it
   * takes part in with such a role: a window's option count per country is two binary searches.
   * Made for a role when a view first asks for it, then kept (most sessions never choose a role). */
  countryPositions(want: number): readonly Int32Array[];
  topicRows: Rows;
  organizerRows: Rows;
  /** The events themselves and their participant counts (0 when unknown), by position: a selection
   * then copies pointers and adds numbers without visiting 100,000 scattered objects. */
  eventAt: readonly EventSummary[];
  participants: Int32Array;
  /** Each event's places on the map, as positions in `places`. */
  placeRows: Rows;
  places: readonly MapPlace[];
  /** Each event's venues known only by their country, as positions in `countryPlaces`. */
  countryPlaceRows: Rows;
  countryPlaces: readonly CountryPlace[];
  /** The countries taking part in the event at a position, with their roles. */
  countriesAt(position: number): TakingPart[];
  /** The bodies organising the event at a position, as the build merged them (name and spellings). */
  organizersAt(position: number): Body[];
  /** The keys of the event's places on the map (`c<code>` for a country-only venue, see countryPlaceKey). */
  placeKeysAt(position: number): string[];
}

/** The map key of a venue known only by its country: `cPL`. */
export const countryPlaceKey = (code: string) => `c${code}`;

/** The summary's compressed rows, each of them under its name. */
const ROW_COLUMNS = ['venueRows', 'placeRows', 'countryPlaceRows', 'countryRows', 'organizerRows', 'topicRows'] as const;
type RowColumn = (typeof ROW_COLUMNS)[number];
/**
 * The summary as the app keeps it: its compressed rows as typed arrays (a JSON array of numbers
 * and a typed copy of it were both kept, 7 MB at 100,000 events). Its date columns stay positions
 * in its `dates` table, so every event with a date shares that date's one string.
 */
export type DecodedSummary = Omit<Summary, RowColumn> & Record<Exclude<RowColumn, 'countryRows'>, Rows> & { countryRows: Rows & { roles: Uint8Array } };

/** A list as checked (a typed array), or as in the file (a string, not yet checked: tests and tools build indexes from encoded files). */
const int32s = (list: string | ArrayLike<number>, decode: (text: string) => Int32Array): Int32Array =>
  typeof list === 'string' ? decode(list) : list instanceof Int32Array ? list : Int32Array.from(list);
const rowsOf = (rows: { start: string | ArrayLike<number>; items: string | ArrayLike<number> }): Rows => ({ start: int32s(rows.start, decodeStarts), items: int32s(rows.items, decodeInts) });

/** The checked summary decoded once, as it arrives: see DecodedSummary. */
export function decodeSummary(s: Summary | SummaryFile | DecodedSummary): DecodedSummary {
  if (s.countryRows.roles instanceof Uint8Array) return s as DecodedSummary;
  const rows = Object.fromEntries(ROW_COLUMNS.map((c) => [c, rowsOf(s[c])])) as Record<RowColumn, Rows>;
  return { ...s, ...rows, countryRows: { ...rows.countryRows, roles: Uint8Array.from(int32s(s.countryRows.roles, decodeInts)) } };
}

/** Options with the number of events each is in. */
function optionsOf<T>(table: readonly T[], rows: Rows, key: (t: T) => string, label: (t: T) => string): Option[] {
  // Counted in a typed array by index: a for-of over 500,000 items ran through the typed array's
  // iterator before the function was optimised (a quarter of the indexes' time at the first view).
  const totals = new Int32Array(table.length);
  const items = rows.items;
  for (let k = 0; k < items.length; k++) totals[items[k]!]!++;
  return table.map((t, i) => ({ key: key(t), label: label(t), total: totals[i]! }));
}

/** For one role choice, each country's event positions. */
function countryPositionsOf(rows: Rows, roles: Uint8Array, countries: number, want: number): Int32Array[] {
  const sizes = new Int32Array(countries);
  for (let k = 0; k < rows.items.length; k++) if (roles[k]! & want) sizes[rows.items[k]!]!++;
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(countries);
  for (let i = 0; i + 1 < rows.start.length; i++) {
    for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) if (roles[k]! & want) lists[rows.items[k]!]![filled[rows.items[k]!]!++] = i;
  }
  return lists;
}

type SummaryVenue = EventSummary['venues'][number];

/**
 * An event's venues, each the one object of its row in `s.venues` (read-only, shared by every event
 * naming it): a copy per event was 100,000 objects more to make and collect at the first view.
 */
function venuesOf(s: DecodedSummary, venues: readonly SummaryVenue[], event: number): EventSummary['venues'] {
  const from = s.venueRows.start[event]!;
  const length = s.venueRows.start[event + 1]! - from;
  if (length === 0) return NO_VENUES;
  // Sized once: an array grown by push keeps room for 17 items, 7 MB of slack at 100,000 events.
  const out = new Array<SummaryVenue>(length);
  for (let k = 0; k < length; k++) out[k] = venues[s.venueRows.items[from + k]!]!;
  return out;
}

/** The one venue list of every event that names none (read-only, like each event's venues). */
const NO_VENUES: EventSummary['venues'] = [];

/** An event's count, one object per distinct count and qualifier (read-only, shared): 100,000 events share a few hundred. */
function countOf(s: DecodedSummary, event: number, shared: Map<number, NonNullable<EventSummary['participantCount']>>): EventSummary['participantCount'] {
  const value = s.participantCount[event] ?? null;
  const qualifier = s.participantQualifier[event];
  if (value === null || qualifier === null || qualifier === undefined) return null;
  const key = value * COUNT_QUALIFIERS.length + qualifier;
  let count = shared.get(key);
  if (count === undefined) shared.set(key, (count = { value, qualifier: COUNT_QUALIFIERS[qualifier]! }));
  return count;
}

/** Built once when the summary loads; every view change reads these instead of rescanning. */
export function buildIndexes(summary: Summary | SummaryFile | DecodedSummary): DatasetIndexes {
  // For the benchmark's split of the first view: parse and check, then indexes, then render.
  performance.mark('atlas:indexes-start');
  try {
    return indexesOf(decodeSummary(summary));
  } finally {
    performance.mark('atlas:indexes-end');
  }
}

function indexesOf(s: DecodedSummary): DatasetIndexes {
  // Each distinct date's day number, once: the date columns are positions in this table.
  const dates = s.dates;
  const dayAt = Int32Array.from(dates, (date) => toDay(date));
  const dateAt = (at: number | null | undefined): string | null => (at === null || at === undefined ? null : dates[at]!);
  const counts = new Map<number, NonNullable<EventSummary['participantCount']>>();
  const n = s.count;
  // The summary keeps where a place was named in the full record only.
  const venues: SummaryVenue[] = s.venues.map((v) => ({ ...v, span: null, reason: null }));
  const events: IndexedEvent[] = new Array(n);
  const eventAt: EventSummary[] = new Array(n);
  const startDays = new Int32Array(n);
  const endDays = new Int32Array(n);
  const participants = new Int32Array(n);
  const dateKinds = new Uint8Array(n);
  const timelineDays = new Int32Array(n);
  const undated: number[] = [];
  let domainMin = Infinity;
  let datedCount = 0;
  let maxSpan = 0;
  let maxEnd = -Infinity;
  for (let i = 0; i < n; i++) {
    // Positions in `dates` (null: no such date).
    const startAt = s.startDate[i] ?? null;
    const publishedAt = s.publishedDate[i] ?? null;
    const endAt = s.endDate[i] ?? null;
    const fromAt = s.approximateFrom[i] ?? null;
    const toAt = s.approximateTo[i] ?? null;
    const start = startAt ?? publishedAt;
    const startDay = start === null ? null : dayAt[start]!;
    const endDay = endAt !== null && startDay !== null ? Math.max(startDay, dayAt[endAt]!) : startDay;
    const event: EventSummary = {
      id: s.id[i]!,
      title: s.title[i]!,
      kind: KINDS[s.kind[i]!]!,
      startDate: dateAt(startAt),
      endDate: dateAt(endAt),
      publishedDate: dateAt(publishedAt),
      venues: venuesOf(s, venues, i),
      participantCount: countOf(s, i, counts),
      approximate: fromAt !== null && toAt !== null ? { from: dates[fromAt]!, to: dates[toAt]! } : null,
      written: s.datesWritten[i] ?? null,
    };
    events[i] = { event, startDay, endDay, chunk: Math.floor(i / s.chunkSize) };
    eventAt[i] = event;
    startDays[i] = startDay ?? 0;
    endDays[i] = endDay ?? 0;
    participants[i] = event.participantCount?.value ?? 0;
    if (startDay !== null && endDay !== null) {
      datedCount = i + 1;
      maxSpan = Math.max(maxSpan, endDay - startDay);
    }
    // Read from the build's precision columns: the app draws how sure a date is, it does not judge it.
    const kind: DateKind = startAt !== null ? (s.startPrecision[i] === 0 ? DATE_KIND.stated : DATE_KIND.derived) : endAt !== null ? DATE_KIND.derived : fromAt !== null ? DATE_KIND.approximate : DATE_KIND.undated;
    dateKinds[i] = kind;
    if (kind === DATE_KIND.undated) {
      undated.push(i);
      continue;
    }
    // The build step decided the day (src/schema/timeline-day.ts); a dated event always has one.
    const shown = dayAt[s.timelineDay[i]!]!;
    timelineDays[i] = shown;
    domainMin = Math.min(domainMin, shown);
    maxEnd = Math.max(maxEnd, endDay ?? shown, kind === DATE_KIND.approximate ? dayAt[toAt!]! : shown);
  }

  const countryRows: Rows = { start: s.countryRows.start, items: s.countryRows.items };
  const countryRoles = s.countryRows.roles;
  const { topicRows, organizerRows, placeRows, countryPlaceRows } = s;
  const countries = optionsOf(s.countries, countryRows, (c) => c.code, (c) => c.name);
  // Made on first use (a link to an event, an event opened), not at the first view: hashing
  // 100,000 ids was a tenth of the indexes' time, and most views open no event.
  let byId: Map<string, number> | null = null;
  const idsOf = (): Map<string, number> => {
    if (byId) return byId;
    byId = new Map();
    for (let i = 0; i < n; i++) byId.set(s.id[i]!, i);
    // A link to any release of an event opens it: its other releases' ids lead to its position.
    for (const [id, at] of s.aliases ?? []) if (!byId.has(id) && at < n) byId.set(id, at);
    return byId;
  };
  const positionsByRole = new Map<number, Int32Array[]>();
  return {
    summary: s,
    generatedAt: s.generatedAt,
    events,
    get byId() {
      return idsOf();
    },
    countries,
    topics: optionsOf(s.topics, topicRows, (t) => t.id, (t) => t.label),
    organizers: optionsOf(s.organizers, organizerRows, (o) => o.id, (o) => o.name),
    domain: domainMin <= maxEnd ? { min: domainMin, max: maxEnd } : null,
    datedCount,
    startDays,
    endDays,
    dateKinds,
    timelineDays,
    undatedPositions: Int32Array.from(undated),
    maxSpan,
    countryRows,
    countryRoles,
    countryPositions(want) {
      let lists = positionsByRole.get(want);
      if (!lists) positionsByRole.set(want, (lists = countryPositionsOf(countryRows, countryRoles, countries.length, want)));
      return lists;
    },
    topicRows,
    organizerRows,
    eventAt,
    participants,
    placeRows,
    places: s.places,
    countryPlaceRows,
    countryPlaces: s.countryPlaces,
    countriesAt(position) {
      const out: TakingPart[] = [];
      for (let k = countryRows.start[position]!; k < countryRows.start[position + 1]!; k++) {
        const { key: code, label: name } = countries[countryRows.items[k]!]!;
        out.push({ code, name, roles: ROLES.filter((r) => countryRoles[k]! & ROLE_BIT[r]) });
      }
      return out;
    },
    organizersAt(position) {
      return Array.from(organizerRows.items.subarray(organizerRows.start[position]!, organizerRows.start[position + 1]!), (k) => s.organizers[k]!);
    },
    placeKeysAt(position) {
      const placed = Array.from(placeRows.items.subarray(placeRows.start[position]!, placeRows.start[position + 1]!), (p) => s.places[p]!.key);
      const countryOnly = Array.from(countryPlaceRows.items.subarray(countryPlaceRows.start[position]!, countryPlaceRows.start[position + 1]!), (p) => countryPlaceKey(s.countryPlaces[p]!.code));
      return [...placed, ...countryOnly];
    },
  };
}
