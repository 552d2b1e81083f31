import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/pipeline/extract/date-mentions.ts';
import { extractDateline } from '../../../src/pipeline/extract/dateline.ts';
import { extractDuration } from '../../../src/pipeline/extract/duration.ts';
import { resolveEventDates, type EventDates } from '../../../src/pipeline/extract/event-dates.ts';
import { bodyOf, spanOf } from './helpers.ts';

function datesOf(text: string): EventDates {
  const dateline = extractDateline(text);
  const published = dateline?.date.iso ? { iso: dateline.date.iso, span: dateline.date.span } : null;
  const body = bodyOf(text);
  const mentions = findDateMentions(text, published ? Number(published.iso.slice(0, 4)) : null);
  return resolveEventDates({ published, body, mentions, duration: extractDuration(body) });
}

const brief = (d: EventDates) => [d.startDate, d.endDate, d.durationDays];

describe('resolveEventDates', () => {
  it("'four-day … began today' on 3 November runs 3–6 November, each fact with its span", () => {
    const text = 'T\nKARAGANDA, Kazakhstan, 3 November 2014 – A four-day seminar began today in Karaganda.';
    expect(datesOf(text)).toEqual({
      startDate: '2014-11-03',
      endDate: '2014-11-06',
      durationDays: 4,
      spans: { startDate: spanOf(text, 'began today'), endDate: spanOf(text, 'four-day'), durationDays: spanOf(text, 'four-day') },
      warnings: [],
    });
  });

  it('counts back from a course that concluded today', () => {
    const text =
      'T\nASHGABAT, 21 August 2009 - Eight officials took part in a course that concluded in the town of Atamurat today.\n' +
      'The five-day training course was held by two officials.';
    expect(brief(datesOf(text))).toEqual(['2009-08-17', '2009-08-21', 5]);
  });

  it('leaves the days unknown for an event held last week, keeping its length', () => {
    const text = 'T\nALMATY, 20 December 2004 - A three-day training programme was held in Astana last week.';
    expect(brief(datesOf(text))).toEqual([null, null, 3]);
  });

  it('ends on the dateline day when certificates are awarded today after a course of unstated length', () => {
    const text = 'T\nSKOPJE, 28 Sep 2007 - Border police received certificates at a ceremony today after completing a training course.';
    expect(brief(datesOf(text))).toEqual([null, '2007-09-28', null]);
  });

  it('prefers a stated range, taking its year from the dateline, over the ceremony day', () => {
    const text =
      'T\nYEREVAN, 5 June 2013 – Participants of a two-month course were awarded certificates today.\n' +
      'The training programme was delivered from 9 April to 4 June.';
    expect(brief(datesOf(text))).toEqual(['2013-04-09', '2013-06-04', 57]);
  });

  it('keeps the range and warns when a stated length disagrees with it', () => {
    const text = 'T\nVIENNA, 9 May 2016 – A three-day seminar was held from 2 to 5 May.';
    expect(datesOf(text)).toMatchObject({
      startDate: '2016-05-02',
      endDate: '2016-05-05',
      durationDays: 4,
      warnings: ['the text gives a length of 3 days but its dates 2016-05-02 to 2016-05-05 span 4'],
    });
  });

  it('reads the range of a release without a dateline', () => {
    const text = 'T\n\nThe OSCE held a training course from 6 to 10 December 2021 in Mostar.';
    expect(brief(datesOf(text))).toEqual(['2021-12-06', '2021-12-10', 5]);
  });

  it('ends on the dateline day for a delegation that returned today', () => {
    const text = 'T\nCHISINAU, 20 October 2014 – Eleven judges returned today from a week-long study visit.';
    expect(brief(datesOf(text))).toEqual(['2014-10-14', '2014-10-20', 7]);
  });

  it('counts back to the weekday an event began on', () => {
    // 5 May 2016 was a Thursday; the Monday before it was 2 May.
    const text = 'T\nVIENNA, 5 May 2016 – A four-day seminar began on Monday in Vienna.';
    expect(brief(datesOf(text))).toEqual(['2016-05-02', '2016-05-05', 4]);
  });

  it('dates the end by a day written after "ended on"', () => {
    const text = 'T\nVIENNA, 9 May 2016 – A three-day seminar on cybercrime ended on 6 May in Vienna.';
    expect(brief(datesOf(text))).toEqual(['2016-05-04', '2016-05-06', 3]);
  });

  it('dates the start by a day written after "held on"', () => {
    const text = 'T\nVIENNA, 9 May 2016 – A two-day seminar was held on 3 May in Vienna.';
    expect(brief(datesOf(text))).toEqual(['2016-05-03', '2016-05-04', 2]);
  });

  it('starts the day before for an event that began yesterday', () => {
    const text = 'T\nVIENNA, 1 March 2016 – A two-day conference began yesterday in Vienna.';
    expect(brief(datesOf(text))).toEqual(['2016-02-29', '2016-03-01', 2]);
  });

  it('ignores "today" inside a quotation', () => {
    const text = 'T\nVIENNA, 1 March 2016 – The OSCE published a report. “Today we are proud,” said the Head.';
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: null, warnings: ['event dates not stated: only the publication date is known'] });
  });
});
