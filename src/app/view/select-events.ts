import type { AtlasEvent } from '../../schema/dataset.ts';
import type { DatasetIndexes, IndexedEvent } from '../dataset/build-indexes.ts';
import { normalizeText } from '../components/normalize-text.ts';
import { toDay } from './days.ts';
import type { RoleChoice, ViewState } from './view-state.ts';

export interface Selection {
  /** Events passing every filter and the time window, sorted by date. */
  events: readonly AtlasEvent[];
  /** Events passing every filter but ignoring the time window (the timeline highlights these). */
  ignoringWindow: readonly IndexedEvent[];
  /** ISO2 → selected events the country takes part in (any role), for map shading. */
  countryCounts: ReadonlyMap<string, number>;
  /** Option counts for each filter, computed over the window and the *other* filters. */
  countryOptionCounts: ReadonlyMap<string, number>;
  topicOptionCounts: ReadonlyMap<string, number>;
  organizerOptionCounts: ReadonlyMap<string, number>;
  total: number;
}

type Checks = { country: boolean; topic: boolean; org: boolean; text: boolean; window: boolean };

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function countryMatches(indexes: DatasetIndexes, countries: readonly string[], role: RoleChoice): Set<number> {
  const out = new Set<number>();
  for (const code of countries) for (const i of indexes.byCountryRole.get(`${code}:${role}`) ?? []) out.add(i);
  return out;
}

function windowCheck(view: ViewState): (ie: IndexedEvent) => boolean {
  if (!view.from && !view.to) return () => true;
  const from = view.from ? toDay(view.from) : -Infinity;
  const to = view.to ? toDay(view.to) : Infinity;
  // Overlap of [start, end] with [from, to]; an undated event cannot be placed in a window.
  return (ie) => ie.startDay !== null && ie.startDay <= to && ie.endDay! >= from;
}

function checker(indexes: DatasetIndexes, view: ViewState): (ie: IndexedEvent, i: number) => Checks {
  const byCountry = view.countries.length ? countryMatches(indexes, view.countries, view.role) : null;
  const tokens = normalizeText(view.q).split(/\s+/).filter(Boolean);
  const inWindow = windowCheck(view);
  return (ie, i) => ({
    country: byCountry === null || byCountry.has(i),
    topic: view.topics.length === 0 || view.topics.some((t) => ie.topicIds.has(t)),
    org: view.organizers.length === 0 || view.organizers.some((o) => ie.organizerKeys.has(o)),
    text: tokens.every((t) => ie.searchText.includes(t)),
    window: inWindow(ie),
  });
}

interface OptionCounts {
  country: Map<string, number>;
  topic: Map<string, number>;
  org: Map<string, number>;
}

// Each filter's options are counted with every check but its own, so a count says what choosing
// that option would add.
function countOptions(ie: IndexedEvent, c: Checks, role: RoleChoice, counts: OptionCounts): void {
  if (!(c.window && c.text)) return;
  if (c.topic && c.org) {
    for (const country of ie.event.countries) {
      const takesPart = role === 'any' ? country.roles.length > 0 : country.roles.includes(role);
      if (takesPart) bump(counts.country, country.code);
    }
  }
  if (c.country && c.org) ie.topicIds.forEach((t) => bump(counts.topic, t));
  if (c.country && c.topic) ie.organizerKeys.forEach((o) => bump(counts.org, o));
}

/**
 * Dataset + view → what to show. Pure, one pass over the events: an event passes the country
 * filter if ANY chosen country has the chosen role in it ('any' = any of the four roles).
 */
export function selectEvents(indexes: DatasetIndexes, view: ViewState): Selection {
  const check = checker(indexes, view);
  const events: AtlasEvent[] = [];
  const ignoringWindow: IndexedEvent[] = [];
  const countryCounts = new Map<string, number>();
  const counts: OptionCounts = { country: new Map(), topic: new Map(), org: new Map() };
  indexes.events.forEach((ie, i) => {
    const c = check(ie, i);
    countOptions(ie, c, view.role, counts);
    if (!(c.country && c.topic && c.org && c.text)) return;
    ignoringWindow.push(ie);
    if (!c.window) return;
    events.push(ie.event);
    for (const country of ie.event.countries) if (country.roles.length > 0) bump(countryCounts, country.code);
  });
  return {
    events,
    ignoringWindow,
    countryCounts,
    countryOptionCounts: counts.country,
    topicOptionCounts: counts.topic,
    organizerOptionCounts: counts.org,
    total: indexes.events.length,
  };
}
