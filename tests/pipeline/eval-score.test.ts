import { describe, expect, it } from 'vitest';
import type { EventCountry, Role } from '../../src/schema/dataset.ts';
import { Annotation } from '../../src/pipeline/eval/annotation.ts';
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

const country = (code: string, ...roles: Role[]): EventCountry => ({ code, name: code, roles, evidence: [{ role: null, span: { start: 0, end: 1 } }] });
const span = { start: 0, end: 1 };

const event: ScoredEvent = {
  startDate: '2020-05-04',
  endDate: '2020-05-07',
  durationDays: 3,
  // 0.2° of latitude is about 22 km: near enough.
  venue: { city: 'Elsewhere', name: 'Elsewhere', countryCode: 'KZ', lat: 50.2, lon: 70, geonameId: 1 },
  participantCount: 12,
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
        { field: 'venue', ok: true, expected: 'Testville (KZ) 50,70', got: 'Elsewhere (KZ) 50.20,70.00' },
        { field: 'participantCount', ok: true, expected: '12', got: '12' },
        { field: 'participant countries', ok: false, expected: '[KG, KZ]', got: '[KZ, UZ]' },
        { field: 'expert countries', ok: true, expected: '[LT]', got: '[LT]' },
        { field: 'organizer names', ok: true, expected: '[OSCE Programme Office in Astana]', got: '[the OSCE Programme Office in Astana]' },
        { field: 'people quoted', ok: true, expected: '[Anna Berg]', got: '[Anna Berg]' },
      ],
      roles: { truePositives: 2, falsePositives: 1, falseNegatives: 1 },
    });
  });

  it('fails a venue beyond 30 km, in another country, or by name when no coordinates are annotated', () => {
    const venueOk = (a: Annotation, e: ScoredEvent) => scoreRelease(a, e).fields.find((f) => f.field === 'venue')?.ok;
    expect(venueOk(annotation, { ...event, venue: { ...event.venue, lat: 50.5 } })).toBe(false);
    expect(venueOk(annotation, { ...event, venue: { ...event.venue, countryCode: 'KG' } })).toBe(false);
    const noCoordinates = { ...annotation, venue_lat: null, venue_lon: null };
    expect(venueOk(noCoordinates, event)).toBe(false);
    expect(venueOk(noCoordinates, { ...event, venue: { ...event.venue, city: 'Old Testville' } })).toBe(true);
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
        venue: 0.5,
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
    });
  });
});
