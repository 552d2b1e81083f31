// The files the app loads, derived from the dataset by the build step. `dataset.json` keeps every
// fact with its source text and spans (about 2.4 kB an event): at 100,000 events that is 240 MB,
// and parsing plus checking it alone took over 5 s in the browser. So the app first loads a
// compact columnar summary (what the map, list, timeline and filters need), fetches the full
// records of a chunk of events when one of them is opened, and the search text on the first search.
import { z } from 'zod';
import { column, integerIn } from './column.ts';
import { EVENT_ID } from './event-id.ts';
import { COUNT_QUALIFIERS, CountryCode, DATE_PRECISIONS, DateInfo, Event, IsoDate, KINDS, PlacePrecision, Rejected, type Role, SCHEMA_VERSION, Venue } from './dataset.ts';
import { compareEventOrder } from './event-order.ts';
import { placeKey } from './place-key.ts';
import { isIsoDate } from './is-iso-date.ts';
import { decodeInts, decodeStarts } from './int-list-codec.ts';

/** A place on the map as the summary holds it: the venue without where and why the text named it. */
export const Place = Venue.omit({ span: true, reason: true, alsoKnownAs: true });

/** Full records per chunk file: small enough to fetch and check in a few ms when an event opens. */
export const CHUNK_SIZE = 250;

/** Paths relative to the folder holding `dataset.json`. */
export const APP_FILES_DIR = 'app';
export const SUMMARY_FILE = `${APP_FILES_DIR}/summary.json`;
export const SEARCH_FILE = `${APP_FILES_DIR}/search.json`;
export const chunkFile = (chunk: number) => `${APP_FILES_DIR}/events-${String(chunk).padStart(4, '0')}.json`;
export const searchShardFile = (shard: number) => `${APP_FILES_DIR}/search-${String(shard).padStart(4, '0')}.json`;

/**
 * Postings per search shard file: about this many characters (a term with more has a shard of its
 * own). A query fetches only the shards of the terms it matches, so the first keystroke at 100,000
 * events loads a few of these, not every event of every word.
 */
export const SEARCH_SHARD_CHARS = 48 * 1024;

/** Role bits in `countryRows.roles`. */
export const ROLE_BIT = { host: 1, participant: 2, expert: 4, organizer: 8 } as const satisfies Record<Role, number>;
/** Every role bit: "takes part in any role". */
export const ANY_ROLE = ROLE_BIT.host | ROLE_BIT.participant | ROLE_BIT.expert | ROLE_BIT.organizer;

/** A place on the map: every venue with these coordinates (see `placeKey`), named as the first event names it. */
export const MapPlace = z.object({
  key: z.string().regex(/^(g\d+|p-?\d+\.\d{3},-?\d+\.\d{3})$/),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  label: z.string().min(1),
  /** A town, or a region drawn at its centre (the map draws a region apart: it is not a town). */
  precision: PlacePrecision.exclude(['country']),
});

/** A venue known only by its country: the map draws it at the country's label point, apart from towns. */
export const CountryPlace = z.object({ code: CountryCode, label: z.string().min(1) });

/** URL-safe id of an organising body: "us-embassy-in-kazakhstan". */
export const BODY_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** One organising body: its spellings merged by the build step, named by the most frequent one. */
export const Body = z.object({
  id: z.string().regex(BODY_ID),
  name: z.string().min(1),
  /** Every spelling of it in the releases, most frequent first ("US Embassy…", "United States Embassy…"). */
  variants: z.array(z.string().min(1)).min(1),
});

const Index = z.number().int().nonnegative();
/**
 * A nullable column's test, made once: written inline as `(v) => v === null || integerIn(…)(v)` it
 * made a new test for each of the column's 100,000 values.
 */
const nullOr = (test: (v: unknown) => boolean) => (v: unknown) => v === null || test(v);
const Indexes = column(Index, integerIn(0));

/** A list of non-negative integers written as one string (int-list-codec.ts), read as a typed array. */
const intList = (decode: (text: string) => Int32Array) =>
  z.string().transform((text, ctx) => {
    try {
      return decode(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

/**
 * Per event i, its items are `items[start[i]] … items[start[i + 1] - 1]` (compressed rows). In the
 * file, `start` is written as each row's size and both as strings (`encodeStarts`, `encodeInts`).
 */
const Rows = z.object({ start: intList(decodeStarts), items: intList(decodeInts) });

/**
 * A date column: per event, the position of its date in the summary's `dates` table, or null. At
 * 100,000 events the six date columns held 600,000 date strings for a few thousand distinct dates:
 * the browser made a string of each as it parsed the file, checked each, and shared equal ones
 * afterwards. Positions are small numbers the parser makes no object for.
 */
const DateColumn = column(Index.nullable(), nullOr(integerIn(0)));
/** The summary's date columns, each a DateColumn. */
export const SUMMARY_DATE_COLUMNS = ['startDate', 'endDate', 'publishedDate', 'approximateFrom', 'approximateTo', 'timelineDay'] as const;

/** The build's identity: a chunk or search file from another build must not be mixed in. */
const BuildStamp = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
};

/**
 * One column per field, position i = event i, in THE event order (`compareEventOrder`, checked
 * here): the app reads positions as the order and never sorts. The full record of event i is in
 * chunk `floor(i / chunkSize)`. Tables hold each distinct venue, place, country, organisation and
 * topic once, by key; countries, organisations and topics in the order their filter lists them
 * (by name), so a row item is already an option position.
 */
export const Summary = z
  .object({
    ...BuildStamp,
    count: Index,
    chunkSize: z.number().int().positive(),
    /** Each distinct venue as written (a town, its gazetteer name, the precision). */
    venues: z.array(Place),
    /** The map's places: venues with coordinates, one per `placeKey`. */
    places: z.array(MapPlace),
    /** Countries taking part in some event (a country only named in passing is not listed). */
    countries: z.array(z.object({ code: CountryCode, name: z.string().min(1) })),
    organizers: z.array(Body),
    topics: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) })),
    id: column(Event.shape.id, (v) => typeof v === 'string' && EVENT_ID.test(v)),
    title: column(z.string().min(1), (v) => typeof v === 'string' && v.length > 0),
    /** Every date the date columns name, each once, ascending: the date columns hold positions here. */
    dates: column(IsoDate, isIsoDate),
    /** Position in KINDS. */
    kind: column(z.number().int().min(0).max(KINDS.length - 1), integerIn(0, KINDS.length - 1)),
    startDate: DateColumn,
    endDate: DateColumn,
    publishedDate: DateColumn,
    /** How the start / end was found: position in DATE_PRECISIONS; null exactly where the date is null. */
    startPrecision: column(z.number().int().min(0).max(DATE_PRECISIONS.length - 1).nullable(), nullOr(integerIn(0, DATE_PRECISIONS.length - 1))),
    endPrecision: column(z.number().int().min(0).max(DATE_PRECISIONS.length - 1).nullable(), nullOr(integerIn(0, DATE_PRECISIONS.length - 1))),
    /** The range an event lies in when no day is known ("last week"); both null or both set, from ≤ to. */
    approximateFrom: DateColumn,
    approximateTo: DateColumn,
    /** The dates as written where no day could be read from them ("5 to 8 October, year not stated"); else null. */
    datesWritten: column(z.string().min(1).nullable()),
    /** The day the timeline draws each event on (`timelineDay`: start, else end, else the range's first day); null where undated. */
    timelineDay: DateColumn,
    /** Each event's places, as positions in `venues`, in the order the text names them. */
    venueRows: Rows,
    /** Each event's places on the map, as positions in `places`, each once (venues without coordinates left out). */
    placeRows: Rows,
    /** Venues known only by their country (no coordinates), each country once. */
    countryPlaces: z.array(CountryPlace),
    /** Each event's country-only venues, as positions in `countryPlaces`, each once, in text order. */
    countryPlaceRows: Rows,
    participantCount: column(z.number().int().positive().nullable(), nullOr(integerIn(1))),
    /** Position in COUNT_QUALIFIERS; null exactly where `participantCount` is null. */
    participantQualifier: column(
      z.number().int().min(0).max(COUNT_QUALIFIERS.length - 1).nullable(),
      nullOr(integerIn(0, COUNT_QUALIFIERS.length - 1)),
    ),
    /** Countries with a role in each event; `roles[k]` holds the role bits of `items[k]`. */
    countryRows: Rows.extend({ roles: intList(decodeInts) }),
    organizerRows: Rows,
    topicRows: Rows,
    rejected: z.array(Rejected),
    /** The ids of releases that are reports of another event (src/pipeline/reports), with that event's position: a link to one opens it. */
    aliases: z.array(z.tuple([z.string().regex(EVENT_ID), Index])).optional(),
  })
  .superRefine((s, ctx) => {
    // Indices must stay inside their tables, or the app would read `undefined` and crash later.
    let found = 0;
    const problem = (path: (string | number)[], message: string) => {
      found++;
      ctx.addIssue({ code: 'custom', path, message });
    };
    for (const column of ['id', 'title', 'kind', 'startDate', 'endDate', 'publishedDate', 'startPrecision', 'endPrecision', 'approximateFrom', 'approximateTo', 'participantCount', 'participantQualifier'] as const) {
      if (s[column].length !== s.count) problem([column], `expected ${s.count} values (count), got ${s[column].length}`);
    }
    const unsorted = s.dates.findIndex((d, i) => i > 0 && d <= s.dates[i - 1]!);
    if (unsorted >= 0) problem(['dates', unsorted], 'expected distinct dates in ascending order');
    for (const column of SUMMARY_DATE_COLUMNS) {
      const at = s[column].findIndex((v) => v !== null && v >= s.dates.length);
      if (at >= 0) problem([column, at], `expected a position below ${s.dates.length} (dates), got ${s[column][at]}`);
    }
    /** The date at a position of `dates` (null for none, or for a position outside it, reported above). */
    const date = (at: number | null | undefined): string | null => (at === null || at === undefined ? null : (s.dates[at] ?? null));
    const unpaired = s.participantCount.findIndex((c, i) => (c === null) !== (s.participantQualifier[i] === null));
    if (unpaired >= 0) problem(['participantQualifier', unpaired], 'expected a qualifier exactly where there is a participant count');
    for (const [precision, date] of [['startPrecision', 'startDate'], ['endPrecision', 'endDate']] as const) {
      const at = s[precision].findIndex((p, i) => (p === null) !== (s[date][i] === null));
      if (at >= 0) problem([precision, at], `expected a precision exactly where there is a ${date}`);
    }
    const badRange = s.approximateFrom.findIndex((at, i) => {
      const [from, to] = [date(at), date(s.approximateTo[i])];
      return (from === null) !== (to === null) || (from !== null && to !== null && from > to);
    });
    if (badRange >= 0) problem(['approximateTo', badRange], 'expected both ends of an approximate range or neither, from ≤ to');
    const within = (path: (string | number)[], values: ArrayLike<number>, size: number) => {
      for (let at = 0; at < values.length; at++) {
        if (values[at]! < size) continue;
        problem([...path, at], `expected a position below ${size}, got ${values[at]}`);
        return;
      }
    };
    // Two reused records, not two new objects per event: this runs over 100,000 events at load.
    const prev = { id: '', startDate: null as string | null, publishedDate: null as string | null };
    const next = { id: '', startDate: null as string | null, publishedDate: null as string | null };
    const outOfOrder = s.id.findIndex((id, i) => {
      if (i === 0) return false;
      prev.id = s.id[i - 1]!;
      prev.startDate = date(s.startDate[i - 1]);
      prev.publishedDate = date(s.publishedDate[i - 1]);
      next.id = id;
      next.startDate = date(s.startDate[i]);
      next.publishedDate = date(s.publishedDate[i]);
      return compareEventOrder(prev, next) >= 0;
    });
    if (outOfOrder >= 0) problem(['id', outOfOrder], 'expected events in order: by start (or publication) date, then id, undated last, each id once');
    const duplicate = <T,>(path: string, values: readonly T[], keyOf: (v: T) => string) => {
      const seen = new Set<string>();
      const at = values.findIndex((v) => seen.size === seen.add(keyOf(v)).size);
      if (at >= 0) problem([path, at], `expected each ${path} once, got ${keyOf(values[at]!)} again`);
    };
    duplicate('places', s.places, (p) => p.key);
    duplicate('countries', s.countries, (c) => c.code);
    duplicate('countryPlaces', s.countryPlaces, (c) => c.code);
    duplicate('organizers', s.organizers, (o) => o.id);
    duplicate('topics', s.topics, (t) => t.id);
    const placeAt = new Map(s.places.map((p, i) => [p.key, i]));
    const unkeyed = s.venues.findIndex((v) => {
      const key = placeKey(v);
      return key !== null && !placeAt.has(key);
    });
    if (unkeyed >= 0) problem(['venues', unkeyed], `expected its place ${placeKey(s.venues[unkeyed]!)} in places`);
    const unnamed = s.organizers.findIndex((o) => !o.variants.includes(o.name));
    if (unnamed >= 0) problem(['organizers', unnamed, 'name'], 'expected one of its variants');
    const rows = (name: 'venueRows' | 'placeRows' | 'countryPlaceRows' | 'countryRows' | 'organizerRows' | 'topicRows', size: number) => {
      const { start, items } = s[name];
      if (start.length !== s.count + 1) return problem([name, 'start'], `expected ${s.count + 1} values (count + 1), got ${start.length}`);
      if (start[0] !== 0 || start[s.count] !== items.length) return problem([name, 'start'], `expected to run from 0 to ${items.length} (items)`);
      const back = start.findIndex((v, i) => i > 0 && v < start[i - 1]!);
      if (back >= 0) problem([name, 'start', back], 'expected values that never decrease');
      within([name, 'items'], items, size);
    };
    if (s.aliases) within(['aliases'], s.aliases.map(([, at]) => at), s.count);
    rows('venueRows', s.venues.length);
    rows('placeRows', s.places.length);
    rows('countryPlaceRows', s.countryPlaces.length);
    rows('countryRows', s.countries.length);
    rows('organizerRows', s.organizers.length);
    rows('topicRows', s.topics.length);
    if (s.countryRows.roles.length !== s.countryRows.items.length) problem(['countryRows', 'roles'], 'expected one value per item');
    const badRole = s.countryRows.roles.findIndex((bits) => bits < 1 || bits > ANY_ROLE);
    if (badRole >= 0) problem(['countryRows', 'roles', badRole], `expected role bits from 1 to ${ANY_ROLE}, got ${s.countryRows.roles[badRole]}`);
    // Only once the rows are sound (positions inside their tables), or it would repeat their problem.
    // (Decoded rows hold only integers of 0 or more.)
    if (found > 0) return;
    // Each event's places are its venues' places, each once, in the order the venues are named.
    const placeOf = s.venues.map((v) => {
      const key = placeKey(v);
      return key === null ? -1 : (placeAt.get(key) ?? -1);
    });
    const want: number[] = [];
    for (let i = 0; i < s.count; i++) {
      want.length = 0;
      for (let k = s.venueRows.start[i]!; k < s.venueRows.start[i + 1]!; k++) {
        const p = placeOf[s.venueRows.items[k]!] ?? -1;
        if (p >= 0 && !want.includes(p)) want.push(p);
      }
      const first = s.placeRows.start[i]!;
      const size = s.placeRows.start[i + 1]! - first;
      let same = size === want.length;
      for (let k = 0; same && k < size; k++) same = s.placeRows.items[first + k] === want[k];
      if (!same) {
        const got = s.placeRows.items.slice(first, first + size);
        problem(['placeRows', i], `expected the places of the event's venues (${want.join(', ') || 'none'}), got ${got.join(', ') || 'none'}`);
        break;
      }
    }
  });

const nonEmptyString = (v: unknown) => typeof v === 'string' && v.length > 0;

/** Full records of events [chunk × chunkSize, (chunk + 1) × chunkSize) of the summary, in its order. */
export const EventChunk = z.object({ ...BuildStamp, chunk: Index, events: z.array(Event) });

/**
 * The search index's vocabulary: every distinct term (see `searchTerms`) of the events' titles,
 * places and the gazetteer's other names for them, countries, organisers under every name of their
 * body, people, quotes and release text, in code-unit order. The positions of the events containing
 * each term (`encodePositions`) are in shard files of consecutive terms: `shards[k]` is the first
 * term of shard k. The app reads the terms into MiniSearch's radix tree for prefix and typo
 * matching, then fetches and decodes only the shards and postings of the terms a query matches.
 */
export const SearchIndex = z
  .object({ ...BuildStamp, count: Index, terms: column(z.string().min(1), nonEmptyString), shards: Indexes })
  .superRefine(({ terms, shards }, ctx) => {
    // Sorted and distinct, so the radix tree and the postings agree on which term is which.
    for (let i = 1; i < terms.length; i++) {
      if (terms[i - 1]! < terms[i]!) continue;
      ctx.addIssue({ code: 'custom', path: ['terms', i], message: `expected distinct terms in code-unit order, got '${terms[i]}' after '${terms[i - 1]}'` });
      return;
    }
    if (terms.length > 0 && shards[0] !== 0) ctx.addIssue({ code: 'custom', path: ['shards', 0], message: 'expected the first shard to start at term 0' });
    for (let k = 1; k < shards.length; k++) {
      if (shards[k - 1]! < shards[k]! && shards[k]! < terms.length) continue;
      ctx.addIssue({ code: 'custom', path: ['shards', k], message: `expected a term position above ${shards[k - 1]} and below ${terms.length}, got ${shards[k]}` });
      return;
    }
  });

/** One shard of the search index: the postings of terms [shards[shard], shards[shard + 1]). */
export const SearchShard = z.object({ ...BuildStamp, shard: Index, postings: column(z.string().min(1), nonEmptyString) });

/** What the list, map and timeline show of an event before its full record is fetched. */
export const EventSummary = Event.pick({
  id: true,
  title: true,
  kind: true,
  startDate: true,
  endDate: true,
  publishedDate: true,
  venues: true,
  participantCount: true,
}).extend({
  /** The range the event lies in when no day is known ("last week"), from the summary's columns. */
  approximate: DateInfo.shape.approximate,
  /** The dates as written when no day could be read from them ("5 to 8 October, year not stated"). */
  written: DateInfo.shape.written,
});

export type Place = z.infer<typeof Place>;
export type MapPlace = z.infer<typeof MapPlace>;
export type CountryPlace = z.infer<typeof CountryPlace>;
export type Body = z.infer<typeof Body>;
export type Summary = z.infer<typeof Summary>;
/** The summary as its file holds it (rows as strings), as the build step writes it. */
export type SummaryFile = z.input<typeof Summary>;
export type EventChunk = z.infer<typeof EventChunk>;
export type SearchIndex = z.infer<typeof SearchIndex>;
export type SearchShard = z.infer<typeof SearchShard>;
export type EventSummary = z.infer<typeof EventSummary>;
