import type { AtlasEvent, Role } from '../../schema/dataset.ts';
import { z } from 'zod';
import { AnnotatedVenue, annotatedVenues, type Annotation } from './annotation.ts';
import { distanceKm } from './distance-km.ts';
import { sameName, sameNameSets } from './fuzzy-names.ts';

/** What scoring reads of an event: the extracted fields, without id or source. */
export type ScoredEvent = Pick<
  AtlasEvent,
  'startDate' | 'endDate' | 'durationDays' | 'venues' | 'participantCount' | 'countries' | 'organizers' | 'quotes' | 'people'
>;

export const FIELDS = [
  'event found',
  'startDate',
  'endDate',
  'durationDays',
  'venues',
  'participantCount',
  'participant countries',
  'expert countries',
  'organizer names',
  'people quoted',
] as const;
export type Field = (typeof FIELDS)[number];

/** The fields of the corpus README's scoring rule; the others are reported but not in its figure. */
export const README_FIELDS: readonly Field[] = [
  'event found', 'startDate', 'endDate', 'venues', 'participantCount', 'participant countries', 'expert countries',
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

/** Venue places: how many the build gave, how many are annotated, and how many pair one to one. */
export interface PlaceCounts {
  given: number;
  expected: number;
  paired: number;
}

export interface ReleaseScore {
  file: string;
  fields: FieldResult[];
  roles: RoleCounts;
  places: PlaceCounts;
}

const VENUE_KM = 30;

/** The annotation's name of each field, where `also_ok` may list other accepted values. */
const ANNOTATION_KEY: Partial<Record<Field, string>> = {
  startDate: 'start_date',
  endDate: 'end_date',
  durationDays: 'duration_days',
  participantCount: 'participant_count',
  'participant countries': 'participant_countries_iso2',
  'expert countries': 'expert_countries_iso2',
};
const SCORED_ROLES: readonly Role[] = ['participant', 'expert'];

/** Scores one release; `event` is null when the pipeline produced none (every field is then wrong). */
export function scoreRelease(a: Annotation, event: ScoredEvent | null): ReleaseScore {
  const expectedRoles = { participant: a.participant_countries_iso2, expert: a.expert_countries_iso2 };
  const gotRoles = {
    participant: event ? codesWithRole(event, 'participant') : [],
    expert: event ? codesWithRole(event, 'expert') : [],
  };
  const count = event ? (event.participantCount?.value ?? null) : undefined;
  const fields: FieldResult[] = [
    result('event found', event !== null, 'an event', event ? 'an event' : 'none'),
    compare('startDate', a.start_date, event?.startDate),
    compare('endDate', a.end_date, event?.endDate),
    compare('durationDays', a.duration_days, event?.durationDays),
    venuesResult(venueReadings(a), event),
    compare('participantCount', a.participant_count, count),
    setResult('participant countries', expectedRoles.participant, gotRoles.participant),
    setResult('expert countries', expectedRoles.expert, gotRoles.expert),
    namesResult('organizer names', a.organizer_names, event?.organizers.map((o) => o.name) ?? []),
    namesResult('people quoted', a.people_quoted.map((p) => p.name), quotedNames(event)),
  ].map((r) => (r.ok || !event ? r : alsoOk(a, r, event, gotRoles)));
  const places = placeCounts(venueReadings(a), event);
  return { file: a.file, fields, roles: countRoles(expectedRoles, gotRoles), places };
}

// A field careful annotators read two ways is right when it matches one of the other readings.
function alsoOk(a: Annotation, r: FieldResult, event: ScoredEvent, roles: { participant: string[]; expert: string[] }): FieldResult {
  const key = ANNOTATION_KEY[r.field];
  const others = key ? a.also_ok[key] : undefined;
  if (!others) return r;
  const got: Partial<Record<Field, unknown>> = {
    startDate: event.startDate,
    endDate: event.endDate,
    durationDays: event.durationDays,
    participantCount: event.participantCount?.value ?? null,
    'participant countries': [...new Set(roles.participant)].sort().join(),
    'expert countries': [...new Set(roles.expert)].sort().join(),
  };
  const value = got[r.field];
  const ok = others.some((o) => (Array.isArray(o) ? [...new Set(o as string[])].sort().join() === value : o === value));
  return ok ? { ...r, ok, expected: `${r.expected} (or ${JSON.stringify(others)})` } : r;
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

type ScoredVenue = ScoredEvent['venues'][number];

/**
 * The annotated places, then each other reading of them the annotation accepts (`also_ok.venues`,
 * as the corpus README counts them for venues too).
 */
function venueReadings(a: Annotation): AnnotatedVenue[][] {
  const others = (a.also_ok['venues'] ?? []).map((reading) => z.array(AnnotatedVenue).parse(reading));
  return [annotatedVenues(a), ...others];
}

/**
 * Each annotated place paired one to one with one of the event's places (same country; within 30 km
 * where coordinates are annotated, else the city or an alias; no city where the annotation has
 * none), and no place left over: in the annotation's reading or in one it also accepts.
 */
function venuesResult(readings: readonly AnnotatedVenue[][], event: ScoredEvent | null): FieldResult {
  const show = (expected: readonly AnnotatedVenue[]) => expected.map((v) => `${v.city ?? v.region ?? '—'} (${v.country_iso2 ?? '—'})${v.lat !== null && v.lon !== null ? ` ${v.lat},${v.lon}` : ''}`).join('; ') || 'none';
  const want = readings.length === 1 ? show(readings[0]!) : `${show(readings[0]!)} (or ${readings.slice(1).map(show).join(' / ')})`;
  if (!event) return result('venues', false, want, 'none');
  const got = event.venues.map((v) => `${v.city ?? v.region ?? '—'} (${v.countryCode ?? '—'}, ${v.precision})${v.lat !== null && v.lon !== null ? ` ${v.lat.toFixed(2)},${v.lon.toFixed(2)}` : ''}`).join('; ') || 'none';
  const ok = readings.some((expected) => expected.length === event.venues.length && pairsAll(expected, event.venues, new Set()));
  return result('venues', ok, want, got);
}

/** Places given, expected and paired, under the reading that pairs the most (the annotation's own on a tie). */
function placeCounts(readings: readonly AnnotatedVenue[][], event: ScoredEvent | null): PlaceCounts {
  const given = event?.venues.length ?? 0;
  const scored = readings.map((expected) => ({ given, expected: expected.length, paired: event ? mostPairs(expected, event.venues) : 0 }));
  // The most paired, then the fewest missed and extra: an accepted reading is taken only where it fits better.
  const cost = (c: PlaceCounts) => c.expected - c.paired + (c.given - c.paired);
  return scored.reduce((best, c) => (c.paired > best.paired || (c.paired === best.paired && cost(c) < cost(best)) ? c : best));
}

// Tries every pairing (lists are a handful long): true when each expected place has its own match.
function pairsAll(expected: readonly AnnotatedVenue[], got: readonly ScoredVenue[], used: Set<number>): boolean {
  const [first, ...rest] = expected;
  if (!first) return true;
  return got.some((v, i) => {
    if (used.has(i) || !samePlace(first, v)) return false;
    used.add(i);
    if (pairsAll(rest, got, used)) return true;
    used.delete(i);
    return false;
  });
}

/** The largest number of annotated places paired one to one with the event's (augmenting paths; lists are short). */
function mostPairs(expected: readonly AnnotatedVenue[], got: readonly ScoredVenue[]): number {
  const owner = new Array<number>(got.length).fill(-1);
  const tryPair = (e: number, seen: Set<number>): boolean =>
    got.some((v, g) => {
      if (seen.has(g) || !samePlace(expected[e]!, v)) return false;
      seen.add(g);
      if (owner[g] === -1 || tryPair(owner[g]!, seen)) {
        owner[g] = e;
        return true;
      }
      return false;
    });
  return expected.filter((_, e) => tryPair(e, new Set())).length;
}

function samePlace(a: AnnotatedVenue, v: ScoredVenue): boolean {
  if (v.countryCode !== a.country_iso2) return false;
  if (a.city === null) return v.city === null;
  if (a.lat !== null && a.lon !== null) {
    return v.lat !== null && v.lon !== null && distanceKm(a.lat, a.lon, v.lat, v.lon) <= VENUE_KM;
  }
  const names = [a.city, ...a.city_aliases].map(fold);
  return [v.city, v.name].some((n) => n !== null && names.includes(fold(n)));
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
