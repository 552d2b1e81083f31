import { CHUNK_SIZE, SUMMARY_DATE_COLUMNS, type CountryPlace, type EventChunk, type MapPlace, type Body, type Place, type SearchIndex, type SearchShard, type SummaryFile } from '../../schema/app-files.ts';
import { encodeInts, encodeStarts } from '../../schema/int-list-codec.ts';
import type { Dataset, Rejected } from '../../schema/dataset.ts';
import { compareEventOrder } from '../../schema/event-order.ts';
import { mergeOrganizations } from '../organizations/merge-organizations.ts';
import { withBodyIds } from '../organizations/with-body-ids.ts';
import { encodeSearchIndex } from './encode-search-index.ts';
import { eventRow, type EventRow } from './event-row.ts';

export type MergedOrganizations = ReturnType<typeof mergeOrganizations>;
export type BuildStamp = { schemaVersion: Dataset['schemaVersion']; generatedAt: string };

export interface AppFiles {
  summary: SummaryFile;
  chunks: EventChunk[];
  search: SearchIndex;
  searchShards: SearchShard[];
}

/** Each distinct value once, by key; `at` gives its position. */
function table<T>() {
  const positions = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    at(key: string, value: T): number {
      let i = positions.get(key);
      if (i === undefined) positions.set(key, (i = values.push(value) - 1));
      return i;
    },
  };
}

/** A table's values sorted by `label` (as the filter lists them) and each old position's new one. */
function byLabel<T>(values: readonly T[], label: (v: T) => string): { values: T[]; moved: number[] } {
  const order = values.map((_, i) => i).sort((a, b) => label(values[a]!).localeCompare(label(values[b]!), 'en') || a - b);
  const moved: number[] = new Array(values.length);
  order.forEach((from, to) => (moved[from] = to));
  return { values: order.map((i) => values[i]!), moved };
}

/** Compressed rows: per event the distinct positions its keys map to, in the order first named. */
function rowsOf<E>(events: readonly E[], itemsOf: (e: E) => readonly number[]) {
  const start = [0];
  const items: number[] = [];
  for (const e of events) {
    for (const item of itemsOf(e)) if (!items.includes(item, start[start.length - 1])) items.push(item);
    start.push(items.length);
  }
  return { start, items };
}

/** Compressed rows as the summary file writes them: each row's size, and the items, as strings. */
function written(rows: { start: readonly number[]; items: readonly number[] }): { start: string; items: string } {
  return { start: encodeStarts(rows.start), items: encodeInts(rows.items) };
}

/** Countries taking part (a country named twice is one item with both roles), sorted by name. */
function countryTable(rows: readonly EventRow[]) {
  const countries = table<{ code: string; name: string }>();
  const start = [0];
  const items: number[] = [];
  const roles: number[] = [];
  for (const row of rows) {
    for (const c of row.countries) {
      items.push(countries.at(c.code, { code: c.code, name: c.name }));
      roles.push(c.roles);
    }
    start.push(items.length);
  }
  const sorted = byLabel(countries.values, (c) => c.name);
  return { countries: sorted.values, rows: { start, items: items.map((i) => sorted.moved[i]!), roles } };
}

/**
 * The dataset as the files the app loads (see src/schema/app-files.ts). Every decision the app
 * relies on is made here, once: the event order (`compareEventOrder`), each venue's place on the
 * map (`placeKey`, named as the first event names it), organisations merged under one id with
 * their spellings (`mergeOrganizations`), and the filter lists' order. Pure: the same dataset
 * always gives the same files, whatever the order of its events.
 */
export function encodeAppFiles(dataset: Dataset, chunkSize = CHUNK_SIZE): AppFiles {
  const stamp = { schemaVersion: dataset.schemaVersion, generatedAt: dataset.generatedAt };
  // A built dataset is in this order already; sorting again keeps the encoder total for any dataset.
  const events = [...dataset.events].sort(compareEventOrder);
  const rows = events.map(eventRow);
  const organizations = mergeOrganizations(rows.map((r) => r.organizers));
  const summary = encodeSummary(stamp, rows, organizations, dataset.rejected, chunkSize);
  const bodies = bodiesOf(organizations);
  // Each organiser carries its merged body's id (withBodyIds), as writeBuild writes them.
  const carried = events.map((e, i) => withBodyIds(e, bodies[i]!));
  const chunks: EventChunk[] = [];
  for (let at = 0; at < events.length; at += chunkSize) chunks.push({ ...stamp, chunk: chunks.length, events: carried.slice(at, at + chunkSize) });
  const search = encodeSearchIndex(events, bodies, stamp);
  return { summary, chunks, search: search.index, searchShards: search.shards };
}

/** Each event's merged organisers (mergeOrganizations' rows as the bodies themselves). */
export function bodiesOf(organizations: MergedOrganizations): Body[][] {
  return organizations.rows.map((row) => row.map((k) => organizations.organizations[k]!));
}

/**
 * The summary from the events' rows, in event order, and their organisers as merged (see
 * encodeAppFiles). Tables list each value once, in the order first met, then by label.
 */
export function encodeSummary(stamp: BuildStamp, rows: readonly EventRow[], organizations: MergedOrganizations, rejected: readonly Rejected[], chunkSize = CHUNK_SIZE): SummaryFile {
  const venues = table<Place>();
  const places = table<MapPlace>();
  const countryPlaces = table<CountryPlace>();
  const topics = table<{ id: string; label: string }>();
  const venueRows = rowsOf(rows, (r) => r.venues.map((place) => venues.at(JSON.stringify(place), place)));
  const placeRows = rowsOf(rows, (r) => r.places.map((place) => places.at(place.key, place)));
  const countryPlaceRows = rowsOf(rows, (r) => r.countryPlaces.map((place) => countryPlaces.at(place.code, place)));
  const topicRows = rowsOf(rows, (r) => r.topics.map((t) => topics.at(t.id, t)));
  const sortedTopics = byLabel(topics.values, (t) => t.label);
  const { countries, rows: countryRows } = countryTable(rows);
  const column = <K extends keyof EventRow>(key: K): EventRow[K][] => rows.map((r) => r[key]);
  // Every date once, ascending (ISO dates sort as text); a date column holds positions in it.
  const dates = [...new Set(SUMMARY_DATE_COLUMNS.flatMap((key) => rows.map((r) => r[key])))].filter((d): d is string => d !== null).sort();
  const dateAt = new Map(dates.map((d, i) => [d, i]));
  const dateColumn = (key: (typeof SUMMARY_DATE_COLUMNS)[number]) => rows.map((r) => (r[key] === null ? null : dateAt.get(r[key])!));
  return {
    ...stamp,
    count: rows.length,
    chunkSize,
    venues: venues.values,
    places: places.values,
    countries,
    organizers: organizations.organizations,
    topics: sortedTopics.values,
    id: column('id'),
    title: column('title'),
    dates,
    kind: column('kind'),
    startDate: dateColumn('startDate'),
    endDate: dateColumn('endDate'),
    publishedDate: dateColumn('publishedDate'),
    startPrecision: column('startPrecision'),
    endPrecision: column('endPrecision'),
    approximateFrom: dateColumn('approximateFrom'),
    approximateTo: dateColumn('approximateTo'),
    datesWritten: column('datesWritten'),
    timelineDay: dateColumn('timelineDay'),
    venueRows: written(venueRows),
    placeRows: written(placeRows),
    countryPlaces: countryPlaces.values,
    countryPlaceRows: written(countryPlaceRows),
    participantCount: column('participantCount'),
    participantQualifier: column('participantQualifier'),
    countryRows: { ...written(countryRows), roles: encodeInts(countryRows.roles) },
    organizerRows: written(rowsOf(organizations.rows, (row) => row)),
    topicRows: written({ start: topicRows.start, items: topicRows.items.map((i) => sortedTopics.moved[i]!) }),
    rejected: [...rejected],
    ...aliasesOf(rows),
  };
}

/** Each other release's id and the position of the event it tells of, when some event has reports. */
function aliasesOf(rows: readonly EventRow[]): Pick<SummaryFile, 'aliases'> {
  const aliases = rows.flatMap((r, i) => (r.reportIds ?? []).map((id): [string, number] => [id, i]));
  return aliases.length === 0 ? {} : { aliases };
}
