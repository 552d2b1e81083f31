import { describe, expect, it } from 'vitest';
import { extractDateline } from '../../../src/pipeline/extract/dateline.ts';
import { extractWhen, type When } from '../../../src/pipeline/extract/extract-when.ts';
import { bodyOf } from './helpers.ts';

function whenOf(text: string): When {
  return extractWhen(text, extractDateline(text), bodyOf(text));
}

describe('extractWhen: the date line', () => {
  it("is the publication date and the anchor for 'today' when there is no dateline", () => {
    const text = 'Judges trained in Varna\n14 March 2019\nA three-day seminar for judges began today in Varna.';
    expect(whenOf(text)).toMatchObject({
      publishedDate: '2019-03-14',
      startDate: '2019-03-14',
      endDate: '2019-03-16',
      dates: { start: 'derived', end: 'derived', approximate: null, written: null },
    });
  });

  it("is not the event's day when it opens the first sentence", () => {
    const text = 'Trainers trained\n9 June 2010 - Thirty officers completed a three-month course provided by the Office.';
    expect(whenOf(text)).toMatchObject({ publishedDate: '2010-06-09', startDate: null, endDate: null });
  });

  it('lends its year to days written without one', () => {
    const text = 'Judges trained\n03.04.2016\nThe seminar for judges was held from 28 to 30 March in Ohrid.';
    expect(whenOf(text)).toMatchObject({ publishedDate: '2016-04-03', startDate: '2016-03-28', endDate: '2016-03-30', dates: { start: 'stated', end: 'stated' } });
  });

  it('is ignored with a warning when it is no day', () => {
    const when = whenOf('Judges trained\n31.02.2016\nA seminar for judges began today.');
    expect(when.publishedDate).toBeNull();
    expect(when.warnings[0]).toMatch(/^line 2: the date line '31.02.2016' was not read as a day/);
  });
});

describe('extractWhen: releases without a year', () => {
  it('keeps the days as written, their length and a warning, and borrows no year from another date', () => {
    const text =
      'Customs seminar in Izmir\nFrom 28 November to 2 December, a seminar for customs officers was held in Izmir.\n' +
      'It followed a ministerial conference on 12 May 2019 in Ankara.';
    const when = whenOf(text);
    expect(when).toMatchObject({
      publishedDate: null,
      startDate: null,
      endDate: null,
      durationDays: 5,
      dates: { start: null, end: null, approximate: null, written: '28 November to 2 December, year not stated' },
    });
    expect(when.warnings).toEqual([
      "line 2: the event's dates '28 November to 2 December' have no year and the release has no dateline or date line; the year was not guessed: add it by a correction if known",
    ]);
  });

  it('does not take the release’s own yearless day in a heading line for the event’s, so the year the story gives counts', () => {
    // "9 June. UNDP. GARISSA", "GARISSA, 9 June": a day, a source, a town, no sentence.
    for (const head of ['11 May. FAO. NAKURU', 'NAKURU, 11 May', 'Thu 11 May | Farm Radio Agency']) {
      const text = `Farmers trained\n${head}\nThe training, held from 2 to 5 May 2022 in Nakuru, was organised by FAO.`;
      expect(whenOf(text)).toMatchObject({ startDate: '2022-05-02', endDate: '2022-05-05', durationDays: 4 });
    }
    // A range on such a line is the event's days, year or not.
    expect(whenOf('Farmers trained\n2–5 May, Nakuru\nThe training for farmers was organised by FAO.').dates.written).toBe('2–5 May, year not stated');
  });

  it('gives a series of courses no length from its yearless range', () => {
    const text = 'Police trained\nThe Mission organized a series of training courses from 5 to 8 October in three towns.';
    expect(whenOf(text)).toMatchObject({ durationDays: null, dates: { written: '5 to 8 October, year not stated' } });
  });

  it('is still an event with no date at all, and says what to do', () => {
    const when = whenOf('Police trained\nThe five-day training course was held at the police academy.');
    expect(when).toMatchObject({ startDate: null, endDate: null, durationDays: 5, dates: { start: null, end: null, written: null } });
    expect(when.warnings[0]).toMatch(/^no date: .*add the dates by a correction/);
  });
});

describe('extractWhen: precision', () => {
  it.each([
    'T\nVIENNA, 9 May 2016 – A two-week seminar began today.',
    'T\nVIENNA, 9 May 2016 – A seminar was held last week.',
    'T\nA course on 3 May 2016 in Vienna.',
    'T\nNothing dated here.',
  ])('has a precision exactly for the days it gives: %s', (text) => {
    const when = whenOf(text);
    expect(when.dates.start === null).toBe(when.startDate === null);
    expect(when.dates.end === null).toBe(when.endDate === null);
    for (const field of ['startDate', 'endDate'] as const) {
      const derived = when.dates[field === 'startDate' ? 'start' : 'end'] === 'derived';
      expect(when.derivations.some((d) => d.field === field)).toBe(derived);
    }
  });
});
