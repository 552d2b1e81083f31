import { ROLE_BIT, type EventSummary, type Summary } from '../../schema/app-files.ts';
import { COUNT_QUALIFIERS, KINDS, ROLES, type Role } from '../../schema/dataset.ts';
import { toDay } from '../components/days.ts';
import { placeLabel, venueKey } from '../view/venue-group.ts';
import { organizerKey } from '../view/view-state.ts';

export { ROLE_BIT };

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
  /** Events with this option in the whole dataset: a stable order for the filter lists. */
  total: number;
}

/** Per event i, its items are `items[start[i]] … items[start[i + 1] - 1]` (compressed rows). */
export interface Rows {
  start: Int32Array;
  items: Int32Array;
}

/** A place on the map: places that share a gazetteer id are one. */
export interface MapPlace {
  key: string;
  lat: number;
  lon: number;
  /** The place as the first release to name it writes it ("Karaganda"). */
  label: string;
}

/** A country taking part in an event, with its roles there. */
export interface TakingPart {
  code: string;
  name: string;
  roles: readonly Role[];
}

export interface DatasetIndexes {
  /** The build the files came from: a chunk of full records must come from the same one. */
  generatedAt: string;
  /** Sorted by start day; undated events last. Every column below is indexed by position here. */
  events: readonly IndexedEvent[];
  byId: ReadonlyMap<string, number>;
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
  eventAt: readonly EventSummary[];
  participants: Int32Array;
  /** Each event's places on the map, as positions in `venues` (places without coordinates left out). */
  venueRows: Rows;
  venues: readonly MapPlace[];
  /** Position in the summary file of the event at each position here (its search text is there). */
  summaryPositions: Int32Array;
  /** The countries taking part in the event at a position, with their roles. */
  countriesAt(position: number): TakingPart[];
}

/** `f` with its results kept: 100,000 events share a few thousand dates. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = f(key)));
    return value;
  };
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
const positions = (options: readonly Option[]) => new Map(options.map((o, i) => [o.key, i]));

/** Rows with their items renumbered by `renumber` (table position → option position), duplicates dropped unless `dedupe` is false. */
function renumbered(rows: Summary['topicRows'], renumber: Int32Array, dedupe = true): Rows {
  const start = new Int32Array(rows.start.length);
  const items = new Int32Array(rows.items.length);
  let n = 0;
  for (let i = 0; i + 1 < rows.start.length; i++) {
    const first = n;
    for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) {
      const item = renumber[rows.items[k]!]!;
      // Lists are short (a few topics, one or two organisers): a scan beats a Set per event.
      if (!dedupe || !items.subarray(first, n).includes(item)) items[n++] = item;
    }
    start[i + 1] = n;
  }
  return { start, items: items.slice(0, n) };
}

const ROLE_CHOICE_BITS = [15, 1, 2, 4, 8];

/** Each country's event positions per role choice. */
function countryPositionsOf(rows: Rows, roles: Uint8Array, countries: number): Map<string, Int32Array> {
  const sizes = new Int32Array(countries * 16);
  const n = rows.start.length - 1;
  for (let k = 0; k < rows.items.length; k++) for (const want of ROLE_CHOICE_BITS) if (roles[k]! & want) sizes[rows.items[k]! * 16 + want]!++;
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(countries * 16);
  for (let i = 0; i < n; i++) {
    for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) {
      for (const want of ROLE_CHOICE_BITS) {
        if (!(roles[k]! & want)) continue;
        const key = rows.items[k]! * 16 + want;
        lists[key]![filled[key]!++] = i;
      }
    }
  }
  const out = new Map<string, Int32Array>();
  lists.forEach((list, key) => list.length && out.set(`${key >> 4}:${key & 15}`, list));
  return out;
}

function placesOf(s: Summary, event: number): EventSummary['venues'] {
  const out: EventSummary['venues'] = [];
  for (let k = s.venueRows.start[event]!; k < s.venueRows.start[event + 1]!; k++) {
    // The summary keeps where a place was named in the full record only.
    out.push({ ...s.venues[s.venueRows.items[k]!]!, span: null, reason: null });
  }
  return out;
}

function countOf(s: Summary, event: number): EventSummary['participantCount'] {
  const value = s.participantCount[event] ?? null;
  const qualifier = s.participantQualifier[event];
  return value === null || qualifier === null || qualifier === undefined ? null : { value, qualifier: COUNT_QUALIFIERS[qualifier]! };
}

function withoutUnplaced(rows: Rows): Rows {
  const start = new Int32Array(rows.start.length);
  const items = new Int32Array(rows.items.length);
  let n = 0;
  for (let i = 0; i + 1 < rows.start.length; i++) {
    for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) if (rows.items[k]! >= 0) items[n++] = rows.items[k]!;
    start[i + 1] = n;
  }
  return { start, items: items.slice(0, n) };
}

/** Built once when the summary loads; every view change reads these instead of rescanning. */
export function buildIndexes(summary: Summary): DatasetIndexes {
  // For the benchmark's split of the first view: parse and check, then indexes, then render.
  performance.mark('atlas:indexes-start');
  try {
    return indexesOf(summary);
  } finally {
    performance.mark('atlas:indexes-end');
  }
}

function indexesOf(s: Summary): DatasetIndexes {
  const day = memo(toDay);
  const n = s.count;
  const startOf = (i: number) => s.startDate[i] ?? s.publishedDate[i] ?? null;
  // The build writes events sorted by date then id; a file sorted otherwise is sorted here.
  let order = Array.from({ length: n }, (_, i) => i);
  const key = (i: number) => startOf(i) ?? '\uffff';
  const before = (a: number, b: number) => key(a) < key(b) || (key(a) === key(b) && s.id[a]! < s.id[b]!);
  if (order.some((i) => i > 0 && before(i, i - 1))) order = order.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));

  const events: IndexedEvent[] = new Array(n);
  const eventAt: EventSummary[] = new Array(n);
  const startDays = new Int32Array(n);
  const endDays = new Int32Array(n);
  const participants = new Int32Array(n);
  const byId = new Map<string, number>();
  const venueIds = new Map<string, number>();
  const venues: MapPlace[] = [];
  // Table venue → map venue (places that share a gazetteer id are one marker); -1 without coordinates.
  const mapVenue = Int32Array.from(s.venues, (v) => {
    const key = venueKey(v);
    if (key === null) return -1;
    let id = venueIds.get(key);
    if (id === undefined) venueIds.set(key, (id = venues.push({ key, lat: v.lat!, lon: v.lon!, label: placeLabel(v) }) - 1));
    return id;
  });
  let datedCount = 0;
  let maxSpan = 0;
  let maxEnd = -Infinity;
  order.forEach((from, i) => {
    const start = startOf(from);
    const startDay = start === null ? null : day(start);
    const end = s.endDate[from];
    const endDay = end && startDay !== null ? Math.max(startDay, day(end)) : startDay;
    const event: EventSummary = {
      id: s.id[from]!,
      title: s.title[from]!,
      kind: KINDS[s.kind[from]!]!,
      startDate: s.startDate[from] ?? null,
      endDate: s.endDate[from] ?? null,
      publishedDate: s.publishedDate[from] ?? null,
      venues: placesOf(s, from),
      participantCount: countOf(s, from),
    };
    events[i] = { event, startDay, endDay, chunk: Math.floor(from / s.chunkSize) };
    eventAt[i] = event;
    byId.set(event.id, i);
    startDays[i] = startDay ?? 0;
    endDays[i] = endDay ?? 0;
    participants[i] = event.participantCount?.value ?? 0;
    if (startDay !== null && endDay !== null) {
      datedCount = i + 1;
      maxSpan = Math.max(maxSpan, endDay - startDay);
      maxEnd = Math.max(maxEnd, endDay);
    }
  });

  const inOrder = <R extends { start: readonly number[]; items: readonly number[] }>(rows: R, extra?: readonly number[]) => {
    const start = [0];
    const items: number[] = [];
    const more: number[] = [];
    for (const from of order) {
      for (let k = rows.start[from]!; k < rows.start[from + 1]!; k++) {
        items.push(rows.items[k]!);
        if (extra) more.push(extra[k]!);
      }
      start.push(items.length);
    }
    return { start, items, extra: more };
  };
  const sorted = order.every((from, i) => from === i);
  const cRows = sorted ? { ...s.countryRows, extra: s.countryRows.roles } : inOrder(s.countryRows, s.countryRows.roles);
  // Places without coordinates have no marker (-1): they are dropped from the map's rows.
  const placed = renumbered(sorted ? s.venueRows : inOrder(s.venueRows), mapVenue);
  const venueRows = withoutUnplaced(placed);

  const countries = s.countries.map((c) => ({ key: c.code, label: c.name, total: 0 })).sort(byLabel);
  const topics = s.topics.map((t) => ({ key: t.id, label: t.label, total: 0 })).sort(byLabel);
  // Spellings of one organiser ("US Embassy…", "United States Embassy…") share one option.
  const orgKey = memo(organizerKey);
  const orgOptions = new Map<string, string>();
  for (const name of s.organizers) if (!orgOptions.has(orgKey(name))) orgOptions.set(orgKey(name), name);
  const organizers = [...orgOptions].map(([k, label]) => ({ key: k, label, total: 0 })).sort(byLabel);
  const optionIndex = { country: positions(countries), topic: positions(topics), organizer: positions(organizers) };
  const countryRenumber = Int32Array.from(s.countries, (c) => optionIndex.country.get(c.code)!);
  // Not deduplicated: each item keeps its role bits at the same position (the build lists a country once per event).
  const countryRows = renumbered({ start: cRows.start, items: cRows.items }, countryRenumber, false);
  const countryRoles = Uint8Array.from(cRows.extra);
  const topicRenumber = Int32Array.from(s.topics, (t) => optionIndex.topic.get(t.id)!);
  const organizerRenumber = Int32Array.from(s.organizers, (name) => optionIndex.organizer.get(orgKey(name))!);
  const topicRows = renumbered(sorted ? s.topicRows : inOrder(s.topicRows), topicRenumber);
  const organizerRows = renumbered(sorted ? s.organizerRows : inOrder(s.organizerRows), organizerRenumber);
  for (const [options, rows] of [[countries, countryRows], [topics, topicRows], [organizers, organizerRows]] as const) {
    for (const item of rows.items) options[item]!.total++;
  }

  return {
    generatedAt: s.generatedAt,
    events,
    byId,
    countries,
    topics,
    organizers,
    optionIndex,
    domain: datedCount > 0 ? { min: startDays[0]!, max: maxEnd } : null,
    datedCount,
    startDays,
    endDays,
    maxSpan,
    countryRows,
    countryRoles,
    countryPositions: countryPositionsOf(countryRows, countryRoles, countries.length),
    topicRows,
    organizerRows,
    eventAt,
    summaryPositions: Int32Array.from(order),
    participants,
    venueRows,
    venues,
    countriesAt(position) {
      const out: TakingPart[] = [];
      for (let k = countryRows.start[position]!; k < countryRows.start[position + 1]!; k++) {
        const { key: code, label: name } = countries[countryRows.items[k]!]!;
        out.push({ code, name, roles: ROLES.filter((r) => countryRoles[k]! & ROLE_BIT[r]) });
      }
      return out;
    },
  };
}
