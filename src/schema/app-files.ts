// The files the app loads, derived from the dataset by the build step. `dataset.json` keeps every
// fact with its source text and spans (about 2.4 kB an event): at 100,000 events that is 240 MB,
// and parsing plus checking it alone took over 5 s in the browser. So the app first loads a
// compact columnar summary (what the map, list, timeline and filters need), fetches the full
// records of a chunk of events when one of them is opened, and the search text on the first search.
import { z } from 'zod';
import { column, integerIn } from './column.ts';
import { COUNT_QUALIFIERS, CountryCode, Event, EVENT_ID, IsoDate, KINDS, Rejected, SCHEMA_VERSION, Venue } from './dataset.ts';

/** A place on the map as the summary holds it: the venue without where and why the text named it. */
export const Place = Venue.omit({ span: true, reason: true });

/** Full records per chunk file: small enough to fetch and check in a few ms when an event opens. */
export const CHUNK_SIZE = 250;

/** Paths relative to the folder holding `dataset.json`. */
export const APP_FILES_DIR = 'app';
export const SUMMARY_FILE = `${APP_FILES_DIR}/summary.json`;
export const SEARCH_FILE = `${APP_FILES_DIR}/search.json`;
export const chunkFile = (chunk: number) => `${APP_FILES_DIR}/events-${String(chunk).padStart(4, '0')}.json`;

/** Role bits in `countryRows.roles`. */
export const ROLE_BIT = { host: 1, participant: 2, expert: 4, organizer: 8 } as const;

const Index = z.number().int().nonnegative();
const Indexes = column(Index, integerIn(0));

/** Per event i, its items are `items[start[i]] … items[start[i + 1] - 1]` (compressed rows). */
const Rows = z.object({ start: Indexes, items: Indexes });

/** The build's identity: a chunk or search file from another build must not be mixed in. */
const BuildStamp = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
};

/**
 * One column per field, position i = event i. Events are sorted by start day (the publication
 * day when the start is unknown), then id; undated events last. The full record of event i is in
 * chunk `floor(i / CHUNK_SIZE)`. Tables hold each distinct venue, country, organiser and topic once.
 */
export const Summary = z
  .object({
    ...BuildStamp,
    count: Index,
    chunkSize: z.number().int().positive(),
    venues: z.array(Place),
    /** Countries taking part in some event (a country only named in passing is not listed). */
    countries: z.array(z.object({ code: CountryCode, name: z.string().min(1) })),
    organizers: z.array(z.string().min(1)),
    topics: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) })),
    id: column(Event.shape.id, (v) => typeof v === 'string' && EVENT_ID.test(v)),
    title: column(z.string().min(1), (v) => typeof v === 'string' && v.length > 0),
    /** Position in KINDS. */
    kind: column(z.number().int().min(0).max(KINDS.length - 1), integerIn(0, KINDS.length - 1)),
    startDate: column(IsoDate.nullable()),
    endDate: column(IsoDate.nullable()),
    publishedDate: column(IsoDate.nullable()),
    /** Each event's places, as positions in `venues`, in the order the text names them. */
    venueRows: Rows,
    participantCount: column(z.number().int().positive().nullable(), (v) => v === null || integerIn(1)(v)),
    /** Position in COUNT_QUALIFIERS; null exactly where `participantCount` is null. */
    participantQualifier: column(
      z.number().int().min(0).max(COUNT_QUALIFIERS.length - 1).nullable(),
      (v) => v === null || integerIn(0, COUNT_QUALIFIERS.length - 1)(v),
    ),
    /** Countries with a role in each event; `roles[k]` holds the role bits of `items[k]`. */
    countryRows: Rows.extend({ roles: column(z.number().int().min(1).max(15), integerIn(1, 15)) }),
    organizerRows: Rows,
    topicRows: Rows,
    rejected: z.array(Rejected),
  })
  .superRefine((s, ctx) => {
    // Indices must stay inside their tables, or the app would read `undefined` and crash later.
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const column of ['id', 'title', 'kind', 'startDate', 'endDate', 'publishedDate', 'participantCount', 'participantQualifier'] as const) {
      if (s[column].length !== s.count) problem([column], `expected ${s.count} values (count), got ${s[column].length}`);
    }
    const unpaired = s.participantCount.findIndex((c, i) => (c === null) !== (s.participantQualifier[i] === null));
    if (unpaired >= 0) problem(['participantQualifier', unpaired], 'expected a qualifier exactly where there is a participant count');
    const within = (path: (string | number)[], values: readonly number[], size: number) => {
      const at = values.findIndex((v) => v >= size);
      if (at >= 0) problem([...path, at], `expected a position below ${size}, got ${values[at]}`);
    };
    const rows = (name: 'venueRows' | 'countryRows' | 'organizerRows' | 'topicRows', size: number) => {
      const { start, items } = s[name];
      if (start.length !== s.count + 1) return problem([name, 'start'], `expected ${s.count + 1} values (count + 1), got ${start.length}`);
      if (start[0] !== 0 || start[s.count] !== items.length) return problem([name, 'start'], `expected to run from 0 to ${items.length} (items)`);
      const back = start.findIndex((v, i) => i > 0 && v < start[i - 1]!);
      if (back >= 0) problem([name, 'start', back], 'expected values that never decrease');
      within([name, 'items'], items, size);
    };
    rows('venueRows', s.venues.length);
    rows('countryRows', s.countries.length);
    rows('organizerRows', s.organizers.length);
    rows('topicRows', s.topics.length);
    if (s.countryRows.roles.length !== s.countryRows.items.length) problem(['countryRows', 'roles'], 'expected one value per item');
  });

/** Full records of events [chunk × chunkSize, (chunk + 1) × chunkSize) of the summary, in its order. */
export const EventChunk = z.object({ ...BuildStamp, chunk: Index, events: z.array(Event) });

/** Per event, in summary order: the text a search looks in (title, place, bodies, people, quotes). */
export const SearchTexts = z
  .object({ ...BuildStamp, texts: z.array(z.string()) });

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
});

export type Place = z.infer<typeof Place>;
export type Summary = z.infer<typeof Summary>;
export type EventChunk = z.infer<typeof EventChunk>;
export type SearchTexts = z.infer<typeof SearchTexts>;
export type EventSummary = z.infer<typeof EventSummary>;
