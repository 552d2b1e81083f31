import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../src/schema/dataset.ts';
import { decideVenues } from '../../../src/pipeline/extract/venue-decision.ts';
import type { PlaceMention } from '../../../src/pipeline/extract/venue-mentions.ts';
import { VENUE_FEATURES, VENUE_THRESHOLD, type VenueFeature } from '../../../src/pipeline/extract/venue-weights.ts';

let next = 0;
function town(city: string, countryCode: string, id: number): Venue {
  return { city, name: city, region: null, countryCode, lat: 1, lon: 1, geonameId: id, precision: 'city', span: null, reason: null };
}
function mention(venue: Venue | null, features: VenueFeature[], name = venue?.city ?? 'Somewhere'): PlaceMention {
  const start = (next += 10);
  return { venue, name, span: { start, end: start + name.length }, features };
}
const chosen = (mentions: PlaceMention[]): string[] => decideVenues(mentions).venues.map((v) => v.city ?? v.countryCode ?? '');

describe('the venues weight table', () => {
  it('lets two weaker signals together (title and place line) overturn the strongest single one ("held in")', () => {
    const { title, 'location-line': line } = VENUE_FEATURES;
    expect(VENUE_FEATURES['held-in'].weight).toBeGreaterThan(Math.max(title.weight, line.weight));
    expect(title.weight + line.weight).toBeGreaterThan(VENUE_FEATURES['held-in'].weight);
    expect(chosen([mention(town('Arusha', 'TZ', 1), ['held-in']), mention(town('Namanga', 'TZ', 2), ['title', 'location-line'])])).toEqual(['Namanga']);
  });

  it('takes the dateline only when nothing places the event elsewhere', () => {
    expect(chosen([mention(town('Eldoret', 'KE', 1), ['dateline'])])).toEqual(['Eldoret']);
    expect(chosen([mention(town('Eldoret', 'KE', 1), ['dateline']), mention(town('Nakuru', 'KE', 2), ['held-in', 'in-place'])])).toEqual(['Nakuru']);
  });

  it('counts a background mention (a pilot held in X in 2017) against its place, but not against the same place named for this event', () => {
    const nakuru = town('Nakuru', 'KE', 2);
    expect(chosen([mention(town('Eldoret', 'KE', 1), ['dateline']), mention(nakuru, ['held-in', 'in-place', 'background'])])).toEqual(['Eldoret']);
    expect(chosen([mention(nakuru, ['held-in', 'background']), mention(nakuru, ['event-in', 'in-place'])])).toEqual(['Nakuru']);
  });

  it("does not place the event at an office's seat alone, but does when the text also holds the event there", () => {
    const suva = town('Suva', 'FJ', 3);
    // An office's seat is not a place the text gives the event: the reason does not call it the likeliest.
    expect(decideVenues([mention(suva, ['organiser-seat', 'event-noun'])]).absence).toMatchObject({ kind: 'not-stated', name: null });
    expect(chosen([mention(suva, ['organiser-seat']), mention(suva, ['event-in', 'in-place'])])).toEqual(['Suva']);
  });

  it('gives every town the text says the event was held in, in text order', () => {
    const list = [mention(town('Podgorica', 'ME', 1), ['held-in']), mention(town('Budva', 'ME', 2), ['held-in']), mention(town('Tivat', 'ME', 4), ['in-place'])];
    expect(chosen(list)).toEqual(['Podgorica', 'Budva']);
  });

  it('abstains below the threshold, naming the strongest candidate, and keeps every candidate in the decision', () => {
    const { venues, decision, absence } = decideVenues([mention(town('Lyon', 'FR', 5), ['in-place', 'event-noun']), mention(town('Paris', 'FR', 6), ['in-place'])]);
    expect(venues).toEqual([]);
    expect(absence).toMatchObject({ fact: 'venues', kind: 'undecided', name: 'Lyon, FR' });
    expect(decision).toMatchObject({ fact: 'venues', threshold: VENUE_THRESHOLD });
    expect(decision!.candidates.map((c) => [c.label, c.score, c.chosen])).toEqual([['Lyon, FR', 2, false], ['Paris, FR', 1, false]]);
  });

  it('says which name no table knows when it is the best candidate, and never makes it a venue', () => {
    const { venues, absence } = decideVenues([mention(null, ['event-in', 'in-place', 'facility'], 'Kwambeleza'), mention(town('Nairobi', 'KE', 7), ['organiser-seat'])]);
    expect(venues).toEqual([]);
    expect(absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
  });

  it('places an event at a town no table knows at the country the text gives that town, and still names the town', () => {
    const kwambeleza: PlaceMention = { ...mention(null, ['event-in', 'in-place', 'facility'], 'Kwambeleza'), stated: { code: 'TZ', span: { start: 500, end: 508 } } };
    const { venues, absence } = decideVenues([kwambeleza]);
    expect(venues.map((v) => [v.precision, v.countryCode, v.span])).toEqual([['country', 'TZ', { start: 500, end: 508 }]]);
    expect(venues[0]!.reason).toMatch(/'Kwambeleza' is not in the gazetteer/);
    expect(absence).toMatchObject({ kind: 'unknown-place', name: 'Kwambeleza' });
  });

  it("takes the country of the release's head (a title's tag) for an unknown town, never one the body names for something else", () => {
    const unknown = mention(null, ['event-in', 'in-place', 'facility'], 'Kwambeleza');
    const kenya: Venue = { ...town('x', 'KE', 0), city: null, name: null, geonameId: null, lat: null, lon: null, precision: 'country' };
    const uganda: Venue = { ...kenya, countryCode: 'UG' };
    expect(decideVenues([unknown, mention(kenya, ['location-line'], 'Kenya')]).venues.map((v) => v.countryCode)).toEqual(['KE']);
    expect(decideVenues([unknown, mention(uganda, ['event-in', 'in-place', 'event-noun'], 'Uganda')]).venues.map((v) => v.countryCode)).toEqual([]);
  });

  it('calls a place the likeliest only when the text states it as a place this event could be at', () => {
    const lyon = town('Lyon', 'FR', 5);
    // Named after "in", in a sentence about the event: a place the text gives the event, though not sure enough.
    expect(decideVenues([mention(lyon, ['in-place', 'event-noun'])]).absence).toMatchObject({ kind: 'undecided', name: 'Lyon, FR' });
    // Named only as the participants' home, for an earlier pilot, in a quotation, or with nothing around it: no place is stated.
    for (const features of [['in-place', 'participants-origin'], ['in-place', 'event-noun', 'background'], ['in-place', 'event-noun', 'quoted'], ['event-noun']] as VenueFeature[][]) {
      expect(decideVenues([mention(lyon, features)]).absence).toMatchObject({ kind: 'not-stated', name: null });
    }
    // A weaker place stated for the event is named before a stronger one that is only an office's seat.
    const paris = town('Paris', 'FR', 6);
    expect(decideVenues([mention(paris, ['event-noun', 'organiser-seat', 'title']), mention(lyon, ['in-place'])]).absence).toMatchObject({ kind: 'undecided', name: 'Lyon, FR' });
  });

  it('says nothing was stated when there is no candidate at all', () => {
    expect(decideVenues([])).toEqual({ venues: [], decision: null, absence: { fact: 'venues', kind: 'not-stated', name: null, span: null } });
  });
});
