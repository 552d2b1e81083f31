import { CHUNK_SIZE, ROLE_BIT, type CountryPlace, type EventChunk, type MapPlace, type Place, type SearchIndex, type SearchShard, type Summary } from '../../schema/app-files.ts';
import { COUNT_QUALIFIERS, DATE_PRECISIONS, KINDS, type AtlasEvent, type Dataset } from '../../schema/dataset.ts';
import { compareEventOrder } from '../../schema/event-order.ts';
import { placeKey, placeLabel } from '../../schema/place-key.ts';
import { mergeOrganizations } from '../organizations/merge-organizations.ts';
import { encodeSearchIndex } from './encode-search-index.ts';

export interface AppFiles {
  summary: Summary;
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

/** Countries taking part (a country named twice is one item with both roles), sorted by name. */
function countryTable(events: readonly AtlasEvent[]) {
  const countries = table<{ code: string; name: string }>();
  const start = [0];
  const items: number[] = [];
  const roles: number[] = [];
  for (const e of events) {
    const first = items.length;
    for (const c of e.countries) {
      // Only named in passing: takes part in nothing, so it is neither filtered on nor counted.
      if (c.roles.length === 0) continue;
      const item = countries.at(c.code, { code: c.code, name: c.name });
      const bits = c.roles.reduce((b, r) => b | ROLE_BIT[r], 0);
      const k = items.indexOf(item, first);
      if (k >= 0) {
        roles[k]! |= bits;
      } else {
        items.push(item);
        roles.push(bits);
      }
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
  const venues = table<Place>();
  const places = table<MapPlace>();
  const topics = table<{ id: string; label: string }>();
  const venueRows = rowsOf(events, (e) => e.venues.map(({ span: _span, reason: _reason, alsoKnownAs: _also, ...place }) => venues.at(JSON.stringify(place), place)));
  const placeRows = rowsOf(events, (e) =>
    e.venues.flatMap((v) => {
      const key = placeKey(v);
      const precision = v.precision === 'country' ? 'region' : v.precision;
      return key === null ? [] : [places.at(key, { key, lat: v.lat!, lon: v.lon!, label: placeLabel(v), precision })];
    }),
  );
  // Known only by its country (no coordinates): the map draws it at the country, marked as such.
  const countryPlaces = table<CountryPlace>();
  const countryPlaceRows = rowsOf(events, (e) =>
    e.venues.flatMap((v) => (v.precision === 'country' && placeKey(v) === null && v.countryCode ? [countryPlaces.at(v.countryCode, { code: v.countryCode, label: v.name ?? e.countries.find((c) => c.code === v.countryCode)?.name ?? v.countryCode })] : [])),
  );
  const precisionAt = (p: string | null) => (p === null ? null : DATE_PRECISIONS.indexOf(p as (typeof DATE_PRECISIONS)[number]));
  const topicRows = rowsOf(events, (e) => e.topics.map((t) => topics.at(t.id, { id: t.id, label: t.label })));
  const sortedTopics = byLabel(topics.values, (t) => t.label);
  const { countries, rows: countryRows } = countryTable(events);
  const organizations = mergeOrganizations(events.map((e) => e.organizers));
  const summary: Summary = {
    ...stamp,
    count: events.length,
    chunkSize,
    venues: venues.values,
    places: places.values,
    countries,
    organizers: organizations.organizations,
    topics: sortedTopics.values,
    id: events.map((e) => e.id),
    title: events.map((e) => e.title),
    kind: events.map((e) => KINDS.indexOf(e.kind)),
    startDate: events.map((e) => e.startDate),
    endDate: events.map((e) => e.endDate),
    publishedDate: events.map((e) => e.publishedDate),
    startPrecision: events.map((e) => (e.startDate === null ? null : precisionAt(e.dates.start ?? 'stated'))),
    endPrecision: events.map((e) => (e.endDate === null ? null : precisionAt(e.dates.end ?? 'stated'))),
    approximateFrom: events.map((e) => e.dates.approximate?.from ?? null),
    approximateTo: events.map((e) => e.dates.approximate?.to ?? null),
    venueRows,
    placeRows,
    countryPlaces: countryPlaces.values,
    countryPlaceRows,
    participantCount: events.map((e) => e.participantCount?.value ?? null),
    participantQualifier: events.map((e) => (e.participantCount ? COUNT_QUALIFIERS.indexOf(e.participantCount.qualifier) : null)),
    countryRows,
    organizerRows: rowsOf(organizations.rows, (row) => row),
    topicRows: { start: topicRows.start, items: topicRows.items.map((i) => sortedTopics.moved[i]!) },
    rejected: dataset.rejected,
  };
  const chunks: EventChunk[] = [];
  for (let at = 0; at < events.length; at += chunkSize) chunks.push({ ...stamp, chunk: chunks.length, events: events.slice(at, at + chunkSize) });
  const bodiesOf = organizations.rows.map((row) => row.map((k) => organizations.organizations[k]!));
  const search = encodeSearchIndex(events, bodiesOf, stamp);
  return { summary, chunks, search: search.index, searchShards: search.shards };
}
