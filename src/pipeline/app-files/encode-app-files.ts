import { CHUNK_SIZE, ROLE_BIT, type EventChunk, type Place, type SearchTexts, type Summary } from '../../schema/app-files.ts';
import { COUNT_QUALIFIERS, KINDS, type AtlasEvent, type Dataset } from '../../schema/dataset.ts';

export interface AppFiles {
  summary: Summary;
  chunks: EventChunk[];
  search: SearchTexts;
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

/** Start (or publication) date, then id; undated last. ISO dates sort as strings. */
function byDateThenId(a: AtlasEvent, b: AtlasEvent): number {
  const da = a.startDate ?? a.publishedDate;
  const db = b.startDate ?? b.publishedDate;
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function searchTextOf(e: AtlasEvent): string {
  return [
    e.title,
    ...e.venues.map((v) => [v.city, v.name, v.region].filter(Boolean).join(' ')),
    ...e.organizers.map((o) => o.name),
    ...e.organizations.map((o) => o.name),
    ...e.people.map((p) => `${p.name} ${p.role ?? ''}`),
    ...e.quotes.map((q) => `${q.speaker ?? ''} ${q.text}`),
  ].join('\n');
}

/** Compressed rows: per event the distinct positions its keys map to. */
function rowsOf(events: readonly AtlasEvent[], itemsOf: (e: AtlasEvent) => readonly number[]) {
  const start = [0];
  const items: number[] = [];
  for (const e of events) {
    for (const item of itemsOf(e)) if (!items.includes(item, start[start.length - 1])) items.push(item);
    start.push(items.length);
  }
  return { start, items };
}

/**
 * The dataset as the files the app loads (see src/schema/app-files.ts). Pure: the same dataset
 * always gives the same files, whatever the order of its events.
 */
export function encodeAppFiles(dataset: Dataset, chunkSize = CHUNK_SIZE): AppFiles {
  const stamp = { schemaVersion: dataset.schemaVersion, generatedAt: dataset.generatedAt };
  const events = [...dataset.events].sort(byDateThenId);
  const venues = table<Place>();
  const countries = table<{ code: string; name: string }>();
  const organizers = table<string>();
  const topics = table<{ id: string; label: string }>();
  // A country taking part twice (two evidence lists) is one row item with both roles.
  const countryStart = [0];
  const countryItems: number[] = [];
  const countryRoles: number[] = [];
  for (const e of events) {
    const first = countryItems.length;
    for (const c of e.countries) {
      // Only named in passing: takes part in nothing, so it is neither filtered on nor counted.
      if (c.roles.length === 0) continue;
      const item = countries.at(c.code, { code: c.code, name: c.name });
      const bits = c.roles.reduce((b, r) => b | ROLE_BIT[r], 0);
      const k = countryItems.indexOf(item, first);
      if (k >= 0) countryRoles[k]! |= bits;
      else countryItems.push(item), countryRoles.push(bits);
    }
    countryStart.push(countryItems.length);
  }
  const summary: Summary = {
    ...stamp,
    count: events.length,
    chunkSize,
    venues: [],
    countries: [],
    organizers: [],
    topics: [],
    id: events.map((e) => e.id),
    title: events.map((e) => e.title),
    kind: events.map((e) => KINDS.indexOf(e.kind)),
    startDate: events.map((e) => e.startDate),
    endDate: events.map((e) => e.endDate),
    publishedDate: events.map((e) => e.publishedDate),
    venueRows: rowsOf(events, (e) => e.venues.map(({ span: _span, reason: _reason, ...place }) => venues.at(JSON.stringify(place), place))),
    participantCount: events.map((e) => e.participantCount?.value ?? null),
    participantQualifier: events.map((e) => (e.participantCount ? COUNT_QUALIFIERS.indexOf(e.participantCount.qualifier) : null)),
    countryRows: { start: countryStart, items: countryItems, roles: countryRoles },
    // Organisers are told apart by name as written; the app merges spellings for its filter.
    organizerRows: rowsOf(events, (e) => e.organizers.map((o) => organizers.at(o.name, o.name))),
    topicRows: rowsOf(events, (e) => e.topics.map((t) => topics.at(t.id, { id: t.id, label: t.label }))),
    rejected: dataset.rejected,
  };
  summary.venues = venues.values;
  summary.countries = countries.values;
  summary.organizers = organizers.values;
  summary.topics = topics.values;
  const chunks: EventChunk[] = [];
  for (let at = 0; at < events.length; at += chunkSize) chunks.push({ ...stamp, chunk: chunks.length, events: events.slice(at, at + chunkSize) });
  return { summary, chunks, search: { ...stamp, texts: events.map(searchTextOf) } };
}
