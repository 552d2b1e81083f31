import { describe, expect, it } from 'vitest';
import type { EventCountry, Role } from '../../src/schema/dataset.ts';
import { Annotation } from '../../src/pipeline/eval/annotation.ts';
import { makeVenue } from '../fixtures/make-event.ts';
import { scoreRelease, type ScoredEvent } from '../../src/pipeline/eval/score.ts';
import { summarize } from '../../src/pipeline/eval/summarize.ts';

const annotation = Annotation.parse({
  file: 'a.txt',
  start_date: '2020-05-04',
  end_date: '2020-05-06',
  duration_days: 3,
  venue_city: 'Testville',
  venue_city_aliases: ['Old Testville'],
  venue_country_iso2: 'KZ',
  venue_lat: 50,
  venue_lon: 70,
  participant_count: 12,
  participant_countries_iso2: ['KZ', 'KG'],
  expert_countries_iso2: ['LT'],
  organizer_names: ['OSCE Programme Office in Astana'],
  people_quoted: [{ name: 'Anna Berg', role: null }],
});

const country = (code: string, ...roles: Role[]): EventCountry => ({ code, name: code, roles, evidence: [{ role: null, span: { start: 0, end: 1 }, reason: null }] });
const span = { start: 0, end: 1 };

const event: ScoredEvent = {
  startDate: '2020-05-04',
  endDate: '2020-05-07',
  durationDays: 3,
  // 0.2° of latitude is about 22 km: near enough.
  venues: [makeVenue({ city: 'Elsewhere', name: 'Elsewhere', countryCode: 'KZ', lat: 50.2, lon: 70, geonameId: 1 })],
  participantCount: { value: 12, qualifier: 'exact' },
  countries: [country('KZ', 'host', 'participant'), country('UZ', 'participant'), country('LT', 'expert')],
  organizers: [{ name: 'the OSCE Programme Office in Astana', countryCode: null, span }],
  quotes: [{ speaker: 'Anna Berg', role: null, text: 'Hello', span }],
  people: [],
};

describe('scoreRelease', () => {
  it('compares every field and says what was expected and what came', () => {
    expect(scoreRelease(annotation, event)).toEqual({
      file: 'a.txt',
      fields: [
        { field: 'event found', ok: true, expected: 'an event', got: 'an event' },
        { field: 'startDate', ok: true, expected: '2020-05-04', got: '2020-05-04' },
        { field: 'endDate', ok: false, expected: '2020-05-06', got: '2020-05-07' },
        { field: 'durationDays', ok: true, expected: '3', got: '3' },
        { field: 'venues', ok: true, expected: 'Testville (KZ) 50,70', got: 'Elsewhere (KZ, city) 50.20,70.00' },
        { field: 'participantCount', ok: true, expected: '12', got: '12' },
        { field: 'participant countries', ok: false, expected: '[KG, KZ]', got: '[KZ, UZ]' },
        { field: 'expert countries', ok: true, expected: '[LT]', got: '[LT]' },
        { field: 'organizer names', ok: true, expected: '[OSCE Programme Office in Astana]', got: '[the OSCE Programme Office in Astana]' },
        { field: 'people quoted', ok: true, expected: '[Anna Berg]', got: '[Anna Berg]' },
      ],
      roles: { truePositives: 2, falsePositives: 1, falseNegatives: 1 },
      places: { given: 1, expected: 1, paired: 1 },
    });
  });

  const venuesOk = (a: Annotation, e: ScoredEvent) => scoreRelease(a, e).fields.find((f) => f.field === 'venues')?.ok;
  const first = event.venues[0]!;

  it('fails a venue beyond 30 km, in another country, or by name when no coordinates are annotated', () => {
    expect(venuesOk(annotation, { ...event, venues: [{ ...first, lat: 50.5 }] })).toBe(false);
    expect(venuesOk(annotation, { ...event, venues: [{ ...first, countryCode: 'KG' }] })).toBe(false);
    const noCoordinates = { ...annotation, venue_lat: null, venue_lon: null };
    expect(venuesOk(noCoordinates, event)).toBe(false);
    expect(venuesOk(noCoordinates, { ...event, venues: [{ ...first, city: 'Old Testville' }] })).toBe(true);
  });

  it('pairs v2 venues one to one, in any order, with no place left over', () => {
    const place = (city: string | null, country: string, lat: number | null = null, lon: number | null = null) => ({ city, city_aliases: [], country_iso2: country, lat, lon });
    const two = { ...annotation, venues: [place('Aktown', 'KZ', 43, 51), place('Btown', 'KZ', 47, 52)] };
    const a = makeVenue({ city: 'Aktown', countryCode: 'KZ', lat: 43.1, lon: 51 });
    const b = makeVenue({ city: 'Btown', countryCode: 'KZ', lat: 47, lon: 52.1 });
    expect(venuesOk(two, { ...event, venues: [b, a] })).toBe(true);
    expect(venuesOk(two, { ...event, venues: [a, a] })).toBe(false);
    expect(venuesOk(two, { ...event, venues: [a] })).toBe(false);
    expect(venuesOk(two, { ...event, venues: [a, b, makeVenue({ city: 'Ctown', countryCode: 'KZ' })] })).toBe(false);
    // Only a country is stated: the event's place must not name a town.
    const countryOnly = { ...annotation, venues: [place(null, 'PL')] };
    expect(venuesOk(countryOnly, { ...event, venues: [makeVenue({ countryCode: 'PL', precision: 'country' })] })).toBe(true);
    expect(venuesOk(countryOnly, { ...event, venues: [makeVenue({ city: 'Warsaw', countryCode: 'PL' })] })).toBe(false);
    expect(venuesOk({ ...annotation, venues: [] }, { ...event, venues: [] })).toBe(true);
  });

  it('accepts the other readings listed in also_ok', () => {
    const field = (a: Annotation, name: string) => scoreRelease(a, event).fields.find((f) => f.field === name)?.ok;
    const alsoNull = Annotation.parse({ ...annotation, participant_count: 40, also_ok: { participant_count: [12] } });
    expect(field(alsoNull, 'participantCount')).toBe(true);
    expect(field({ ...alsoNull, also_ok: { participant_count: [null] } }, 'participantCount')).toBe(false);
    const sets = Annotation.parse({ ...annotation, also_ok: { participant_countries_iso2: [['UZ', 'KZ']] } });
    expect(field(sets, 'participant countries')).toBe(true);
  });

  it('accepts another reading of the places listed in also_ok, and counts places under the reading that pairs the most', () => {
    const place = (city: string | null, country: string) => ({ city, city_aliases: [], region: null, country_iso2: country, lat: null, lon: null });
    const twoReadings = Annotation.parse({ ...annotation, venues: [place('Aktown', 'KZ')], also_ok: { venues: [[place(null, 'KZ')]] } });
    const countryOnly = { ...event, venues: [makeVenue({ countryCode: 'KZ', precision: 'country' })] };
    const aktown = { ...event, venues: [makeVenue({ city: 'Aktown', name: 'Aktown', countryCode: 'KZ' })] };
    const elsewhere = { ...event, venues: [makeVenue({ city: 'Btown', name: 'Btown', countryCode: 'KG' })] };
    for (const [e, ok, paired] of [[countryOnly, true, 1], [aktown, true, 1], [elsewhere, false, 0]] as const) {
      const score = scoreRelease(twoReadings, e);
      expect(score.fields.find((f) => f.field === 'venues')?.ok).toBe(ok);
      expect(score.places).toEqual({ given: 1, expected: 1, paired });
    }
    // Without the other reading, the country alone is wrong.
    expect(scoreRelease({ ...twoReadings, also_ok: {} }, countryOnly).places.paired).toBe(0);
    expect(() => scoreRelease(Annotation.parse({ ...annotation, also_ok: { venues: [[{ city: 3 }]] } }), event)).toThrow();
  });

  it('scores a missing event as wrong on every field', () => {
    expect(scoreRelease(annotation, null).fields.every((f) => !f.ok)).toBe(true);
  });
});

describe('summarize', () => {
  it('gives per-field accuracy, the overall shares and role precision/recall', () => {
    const summary = summarize([scoreRelease(annotation, event), scoreRelease({ ...annotation, file: 'b.txt' }, null)]);
    expect(summary).toEqual({
      releases: 2,
      accuracy: {
        'event found': 0.5,
        startDate: 0.5,
        endDate: 0,
        durationDays: 0.5,
        venues: 0.5,
        participantCount: 0.5,
        'participant countries': 0,
        'expert countries': 0.5,
        'organizer names': 0.5,
        'people quoted': 0.5,
      },
      overall: 5 / 14,
      overallAllFields: 8 / 20,
      rolePrecision: 2 / 3,
      roleRecall: 2 / 6,
      // The missing event gave no place: its annotated one is missed, and nothing given is wrong.
      placePrecision: 1,
      placeRecall: 1 / 2,
    });
  });
});

describe('venue places', () => {
  it('pairs places one to one and counts extra and missing ones', () => {
    const venue = event.venues[0]!;
    const far = { ...venue, city: 'Elsewhere', name: 'Elsewhere', lat: (venue.lat ?? 0) + 5, lon: venue.lon };
    expect(scoreRelease(annotation, { ...event, venues: [venue, far] }).places).toEqual({ given: 2, expected: 1, paired: 1 });
    expect(scoreRelease(annotation, { ...event, venues: [far] }).places).toEqual({ given: 1, expected: 1, paired: 0 });
    expect(scoreRelease(annotation, { ...event, venues: [] }).places).toEqual({ given: 0, expected: 1, paired: 0 });
  });
});
