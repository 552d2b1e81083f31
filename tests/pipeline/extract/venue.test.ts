import { describe, expect, it } from 'vitest';
import { extractDateline } from '../../../src/pipeline/extract/dateline.ts';
import { extractVenue, type VenueResult } from '../../../src/pipeline/extract/venue.ts';
import { fakeGazetteer, PLACE } from './fake-gazetteer.ts';
import { bodyOf, spanOf } from './helpers.ts';

function venueOf(text: string, countryCodes: string[] = ['KZ']): VenueResult {
  return extractVenue({
    dateline: extractDateline(text),
    eventSentences: bodyOf(text).slice(0, 2),
    countryCodes,
    datelineCountryCode: countryCodes[0] ?? null,
    gazetteer: fakeGazetteer,
  });
}

const placed = (city: string, key: keyof typeof PLACE) => {
  const p = PLACE[key]!;
  return { city, name: p.name, countryCode: p.countryCode, lat: p.lat, lon: p.lon, geonameId: p.geonameId };
};

describe('extractVenue', () => {
  it('takes the dateline city in normal case when the text names no other place', () => {
    const text = 'T\nKARAGANDA, Kazakhstan, 3 November 2014 – A seminar was co-organized by the OSCE Centre in Astana.';
    expect(venueOf(text)).toEqual({ venue: placed('Karaganda', 'karaganda'), span: spanOf(text, 'KARAGANDA'), warnings: [] });
  });

  it("prefers the event's own place to the dateline: a capital named after its country", () => {
    const text = "T\nALMATY, 20 December 2004 - A training was held by the OSCE in Kazakhstan's capital, Astana, last week.";
    expect(venueOf(text)).toEqual({ venue: placed('Astana', 'astana'), span: spanOf(text, 'Astana'), warnings: [] });
  });

  it('takes "began today in X" and the place of an institution the event is at', () => {
    expect(venueOf('T\nALMATY, 1 June 2015 – A seminar began today in Karaganda.').venue.city).toBe('Karaganda');
    expect(venueOf('T\nALMATY, 1 June 2015 – A course started at the OSCE Staff College in Bishkek today.').venue.city).toBe('Bishkek');
  });

  it('never takes a city inside an organisation name, a country, or a common word', () => {
    const text = 'T\nOSH, 1 June 2015 – Organized by the OSCE Centre in Bishkek, a seminar in Kazakhstan on training in Police methods began.';
    expect(venueOf(text, ['KG']).venue).toEqual(placed('Osh', 'osh'));
  });

  it('takes the destination of a study visit', () => {
    const text = 'T\nALMATY, 1 June 2015 – Ten judges returned today from a study visit to Bishkek.';
    expect(venueOf(text).venue.city).toBe('Bishkek');
  });

  it('takes a bare "in X" only from the first sentence', () => {
    const text = 'T\nALMATY, 1 June 2015 – A seminar on customs began today.\nLast year a similar seminar took place in Bishkek.';
    expect(venueOf(text).venue.city).toBe('Almaty');
  });

  it('maps no single point for a dateline naming several towns, and says so', () => {
    const text = 'T\nALMATY / BISHKEK, 1 June 2015 – Two parallel courses on customs began today.';
    expect(venueOf(text)).toEqual({
      venue: { city: 'Almaty / Bishkek', name: null, countryCode: 'KZ', lat: null, lon: null, geonameId: null },
      span: spanOf(text, 'ALMATY / BISHKEK'),
      warnings: ['the dateline names several places (Almaty, Bishkek): no single venue to map'],
    });
  });

  it('keeps a town the gazetteer does not know, with the dateline country and a warning', () => {
    const text = 'T\nALMATY, 21 August 2009 - A course concluded in the town of Zhanabazar near the border today.';
    expect(venueOf(text)).toEqual({
      venue: { city: 'Zhanabazar', name: null, countryCode: 'KZ', lat: null, lon: null, geonameId: null },
      span: spanOf(text, 'Zhanabazar'),
      warnings: ["venue 'Zhanabazar' not found in the gazetteer"],
    });
  });

  it('has no venue when neither a dateline nor the text names a place', () => {
    expect(venueOf('T\n\nThe OSCE held a course from 6 to 10 December 2021.', [])).toEqual({
      venue: { city: null, name: null, countryCode: null, lat: null, lon: null, geonameId: null },
      span: null,
      warnings: ['no venue: the release names no place for the event'],
    });
  });
});
