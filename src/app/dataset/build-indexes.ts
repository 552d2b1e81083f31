import type { AtlasEvent, Dataset } from '../../schema/dataset.ts';
import { normalizeText } from '../components/normalize-text.ts';
import { toDay } from '../view/days.ts';
import { organizerKey } from '../view/view-state.ts';

export interface IndexedEvent {
  event: AtlasEvent;
  /** Day number of the start (publication date when the start is unknown); null if undated. */
  startDay: number | null;
  /** Day number of the end (defaults to the start). */
  endDay: number | null;
  searchText: string;
  organizerKeys: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
}

export interface Option {
  key: string;
  label: string;
}

export interface DatasetIndexes {
  /** Sorted by start day; undated events last. */
  events: readonly IndexedEvent[];
  byId: ReadonlyMap<string, IndexedEvent>;
  /** `${code}:${role}` and `${code}:any` → positions in `events`. */
  byCountryRole: ReadonlyMap<string, ReadonlySet<number>>;
  /** Start day → positions in `events`. */
  byDay: ReadonlyMap<number, readonly number[]>;
  countries: readonly Option[];
  topics: readonly Option[];
  organizers: readonly Option[];
  /** Earliest start and latest end of any dated event; null when nothing is dated. */
  domain: { min: number; max: number } | null;
}

function indexEvent(event: AtlasEvent): IndexedEvent {
  const start = event.startDate ?? event.publishedDate;
  const startDay = start ? toDay(start) : null;
  const endDay = event.endDate && startDay !== null ? Math.max(startDay, toDay(event.endDate)) : startDay;
  const searchText = normalizeText(
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
  return {
    event,
    startDay,
    endDay,
    searchText,
    organizerKeys: new Set(event.organizers.map((o) => organizerKey(o.name))),
    topicIds: new Set(event.topics.map((t) => t.id)),
  };
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortedOptions(map: Map<string, string>): Option[] {
  return [...map].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Built once when the dataset loads; every view change reads these instead of rescanning. */
export function buildIndexes(dataset: Dataset): DatasetIndexes {
  const events = dataset.events.map(indexEvent).sort(
    (a, b) => (a.startDay ?? Infinity) - (b.startDay ?? Infinity) || a.event.id.localeCompare(b.event.id),
  );
  const byCountryRole = new Map<string, number[]>();
  const byDay = new Map<number, number[]>();
  const countries = new Map<string, string>();
  const topics = new Map<string, string>();
  const organizers = new Map<string, string>();
  events.forEach((ie, i) => {
    if (ie.startDay !== null) addTo(byDay, ie.startDay, i);
    // A country only named in passing (no role) takes part in nothing: it is not indexed.
    for (const c of ie.event.countries.filter((x) => x.roles.length > 0)) {
      countries.set(c.code, c.name);
      addTo(byCountryRole, `${c.code}:any`, i);
      for (const role of c.roles) addTo(byCountryRole, `${c.code}:${role}`, i);
    }
    for (const t of ie.event.topics) topics.set(t.id, t.label);
    for (const o of ie.event.organizers) organizers.set(organizerKey(o.name), o.name);
  });
  const dated = events.filter((e) => e.startDay !== null);
  const domain = dated.length
    ? { min: dated[0]!.startDay!, max: dated.reduce((m, e) => Math.max(m, e.endDay!), -Infinity) }
    : null;
  return {
    events,
    byId: new Map(events.map((e) => [e.event.id, e])),
    byCountryRole: new Map([...byCountryRole].map(([k, v]) => [k, new Set(v)])),
    byDay,
    countries: sortedOptions(countries),
    topics: sortedOptions(topics),
    organizers: sortedOptions(organizers),
    domain,
  };
}
