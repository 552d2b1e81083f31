import type { AtlasEvent, Role } from '../../schema/dataset.ts';
import type { Annotation } from './annotation.ts';
import { distanceKm } from './distance-km.ts';
import { sameName, sameNameSets } from './fuzzy-names.ts';

/** What scoring reads of an event: the extracted fields, without id or source. */
export type ScoredEvent = Pick<
  AtlasEvent,
  'startDate' | 'endDate' | 'durationDays' | 'venue' | 'participantCount' | 'countries' | 'organizers' | 'quotes' | 'people'
>;

export const FIELDS = [
  'event found',
  'startDate',
  'endDate',
  'durationDays',
  'venue',
  'participantCount',
  'participant countries',
  'expert countries',
  'organizer names',
  'people quoted',
] as const;
export type Field = (typeof FIELDS)[number];

/** The fields of the corpus README's scoring rule; the others are reported but not in its figure. */
export const README_FIELDS: readonly Field[] = [
  'event found', 'startDate', 'endDate', 'venue', 'participantCount', 'participant countries', 'expert countries',
];

export interface FieldResult {
  field: Field;
  ok: boolean;
  expected: string;
  got: string;
}

export interface RoleCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ReleaseScore {
  file: string;
  fields: FieldResult[];
  roles: RoleCounts;
}

const VENUE_KM = 30;
const SCORED_ROLES: readonly Role[] = ['participant', 'expert'];

/** Scores one release; `event` is null when the pipeline produced none (every field is then wrong). */
export function scoreRelease(a: Annotation, event: ScoredEvent | null): ReleaseScore {
  const expectedRoles = { participant: a.participant_countries_iso2, expert: a.expert_countries_iso2 };
  const gotRoles = {
    participant: event ? codesWithRole(event, 'participant') : [],
    expert: event ? codesWithRole(event, 'expert') : [],
  };
  const fields: FieldResult[] = [
    result('event found', event !== null, 'an event', event ? 'an event' : 'none'),
    compare('startDate', a.start_date, event?.startDate),
    compare('endDate', a.end_date, event?.endDate),
    compare('durationDays', a.duration_days, event?.durationDays),
    venueResult(a, event),
    compare('participantCount', a.participant_count, event?.participantCount),
    setResult('participant countries', expectedRoles.participant, gotRoles.participant),
    setResult('expert countries', expectedRoles.expert, gotRoles.expert),
    namesResult('organizer names', a.organizer_names, event?.organizers.map((o) => o.name) ?? []),
    namesResult('people quoted', a.people_quoted.map((p) => p.name), quotedNames(event)),
  ];
  return { file: a.file, fields, roles: countRoles(expectedRoles, gotRoles) };
}

function codesWithRole(event: ScoredEvent, role: Role): string[] {
  return event.countries.filter((c) => c.roles.includes(role)).map((c) => c.code);
}

function quotedNames(event: ScoredEvent | null): string[] {
  const speakers = event?.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])) ?? [];
  return speakers.filter((s, i) => speakers.findIndex((t) => sameName(s, t)) === i);
}

function countRoles(expected: Record<string, readonly string[]>, got: Record<string, readonly string[]>): RoleCounts {
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const role of SCORED_ROLES) {
    const e = new Set(expected[role]);
    const g = new Set(got[role]);
    counts.truePositives += [...g].filter((c) => e.has(c)).length;
    counts.falsePositives += [...g].filter((c) => !e.has(c)).length;
    counts.falseNegatives += [...e].filter((c) => !g.has(c)).length;
  }
  return counts;
}

function venueResult(a: Annotation, event: ScoredEvent | null): FieldResult {
  const expected = `${a.venue_city ?? '—'} (${a.venue_country_iso2 ?? '—'})`;
  if (!event) return result('venue', false, expected, 'none');
  const v = event.venue;
  const got = `${v.city ?? '—'} (${v.countryCode ?? '—'})${v.lat !== null ? ` ${v.lat.toFixed(2)},${v.lon?.toFixed(2)}` : ''}`;
  if (v.countryCode !== a.venue_country_iso2) return result('venue', false, expected, got);
  if (a.venue_lat !== null && a.venue_lon !== null) {
    const near = v.lat !== null && v.lon !== null && distanceKm(a.venue_lat, a.venue_lon, v.lat, v.lon) <= VENUE_KM;
    return result('venue', near, `${expected} ${a.venue_lat},${a.venue_lon}`, got);
  }
  const names = [a.venue_city, ...a.venue_city_aliases].filter((n): n is string => n !== null).map(fold);
  const ok = names.length === 0 ? v.city === null : [v.city, v.name].some((n) => n !== null && names.includes(fold(n)));
  return result('venue', ok, expected, got);
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function compare(field: Field, expected: string | number | null, got: string | number | null | undefined): FieldResult {
  return result(field, got !== undefined && expected === got, String(expected), got === undefined ? 'none' : String(got));
}

function setResult(field: Field, expected: readonly string[], got: readonly string[]): FieldResult {
  const e = [...new Set(expected)].sort();
  const g = [...new Set(got)].sort();
  return result(field, e.join() === g.join(), `[${e.join(', ')}]`, `[${g.join(', ')}]`);
}

function namesResult(field: Field, expected: readonly string[], got: readonly string[]): FieldResult {
  return result(field, sameNameSets(expected, got), `[${expected.join('; ')}]`, `[${got.join('; ')}]`);
}

function result(field: Field, ok: boolean, expected: string, got: string): FieldResult {
  return { field, ok, expected, got };
}
