import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/pipeline/extract/extract-event.ts';
import { fakeGazetteer, PLACE } from './extract/fake-gazetteer.ts';
import { spanOf } from './extract/helpers.ts';

const ctx = { file: 'x.txt', gazetteer: fakeGazetteer };

describe('extractEvent', () => {
  it('builds the whole record of a short release', () => {
    const text = [
      'OSCE holds workshop on border management',
      '![](https://img.example/a.jpg)',
      'ALMATY, 3 March 2016 – A three-day workshop on border management for 25 customs officers began today in Almaty.',
      'Trainers will explain risk analysis.',
    ].join('\n');
    const almaty = PLACE.almaty!;
    const result = extractEvent(text, ctx);
    expect(result).toEqual({
      ok: true,
      event: {
        title: 'OSCE holds workshop on border management',
        imageUrl: 'https://img.example/a.jpg',
        kind: 'workshop',
        startDate: '2016-03-03',
        endDate: '2016-03-05',
        durationDays: 3,
        // 'began today' ties the start to the dateline's day; the end follows from 'three-day'.
        dates: { start: 'derived', end: 'derived', approximate: null, written: null },
        publishedDate: '2016-03-03',
        venues: [
          {
            city: 'Almaty', name: 'Almaty', region: null, countryCode: 'KZ', lat: almaty.lat, lon: almaty.lon, geonameId: almaty.geonameId,
            precision: 'city', span: spanOf(text, 'Almaty', 100), reason: null,
          },
        ],
        participantCount: { value: 25, qualifier: 'exact' },
        countries: expect.any(Array),
        organizers: expect.any(Array),
        organizations: expect.any(Array),
        people: expect.any(Array),
        quotes: expect.any(Array),
        topics: [
          {
            id: 'border-security',
            label: 'Border security and management',
            spans: [spanOf(text, 'border management'), spanOf(text, 'border management', 100)],
          },
          { id: 'customs', label: 'Customs', spans: [spanOf(text, 'customs')] },
        ],
        provenance: {
          title: spanOf(text, 'OSCE holds workshop on border management'),
          startDate: spanOf(text, 'began today'),
          endDate: spanOf(text, 'three-day'),
          durationDays: spanOf(text, 'three-day'),
          kind: spanOf(text, 'workshop', 50),
          participantCount: spanOf(text, '25 customs officers'),
          imageUrl: spanOf(text, 'https://img.example/a.jpg'),
        },
        derivations: [
          { field: 'startDate', reason: "start = the publication date 2016-03-03: 'began today'" },
          { field: 'endDate', reason: "end = start + 2 days: 'three-day' event starting 2016-03-03" },
        ],
        warnings: [],
      },
    });
  });

  it.each([
    ['', 'the release is empty: expected a title on the first line', 1],
    ['  \n\n', 'the release is empty: expected a title on the first line', 1],
    ['VIENNA, 3 May 2016 – A seminar began today.\nMore text.', 'line 1: expected a title line before the dateline', 1],
  ])('rejects %j', (text, reason, line) => {
    expect(extractEvent(text, ctx)).toEqual({ ok: false, reason, line });
  });

  it.each([
    'OSCE trains police\nThe OSCE trained police officers in human rights.',
    'OSCE trains police\nVIENNA, 31 February 2015 – A seminar began today.',
    'OSCE trains police\nThe seminar was held in Vienna on 31 February 2015.',
  ])('keeps %j as an event without dates: nothing is lost for want of a day', (text) => {
    const result = extractEvent(text, ctx);
    expect(result.ok && [result.event.title, result.event.startDate, result.event.endDate, result.event.publishedDate]).toEqual(['OSCE trains police', null, null, null]);
  });

  it('ignores a day that does not exist beside a real dateline, naming its line in a warning', () => {
    const result = extractEvent('OSCE trains police\nVIENNA, 3 May 2016 – A seminar will be held on\n31 February 2017.', ctx);
    expect(result.ok && [result.event.startDate, result.event.endDate, result.event.publishedDate, result.event.warnings]).toEqual([
      null,
      null,
      '2016-05-03',
      [
        "line 3: the date '31 February 2017' does not exist; it was ignored",
        'event dates not stated: only the publication date is known',
        "venue 'Vienna' not found in the gazetteer",
      ],
    ]);
  });

  it('keeps an event whose dates are not stated, with a warning and a fallback kind', () => {
    const result = extractEvent('OSCE statement\nVIENNA, 3 May 2016 – The OSCE welcomed the adoption of a law.', ctx);
    expect(result.ok && [result.event.startDate, result.event.kind, result.event.warnings]).toEqual([
      null,
      'event',
      ['event dates not stated: only the publication date is known', "venue 'Vienna' not found in the gazetteer"],
    ]);
  });
});
