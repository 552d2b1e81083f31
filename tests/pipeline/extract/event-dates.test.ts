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
  const mentions = findDateMentions(text, published ? Number(published.iso.slice(0, 4)) : null, published?.iso);
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
      precision: { start: 'derived', end: 'derived' },
      approximate: null,
      spans: { startDate: spanOf(text, 'began today'), endDate: spanOf(text, 'four-day'), durationDays: spanOf(text, 'four-day') },
      derivations: [
        { field: 'startDate', reason: "start = the publication date 2014-11-03: 'began today'" },
        { field: 'endDate', reason: "end = start + 3 days: 'four-day' event starting 2014-11-03" },
      ],
      warnings: [],
      decision: null,
    });
  });

  it("derives 'tomorrow' as a day after the publication date", () => {
    const d = datesOf('T\nKARAGANDA, 3 November 2014 – A seminar for judges opens tomorrow in Karaganda.');
    expect(d.startDate).toBe('2014-11-04');
    expect(d.derivations[0]?.reason).toBe("start = 1 day after the publication date 2014-11-03: 'opens tomorrow'");
  });

  it('decides between date mentions by their evidence, and keeps the losers', () => {
    const d = datesOf('T\nBAKU, 3 May 2015 – Ahead of the 17 May elections, a training course for observers took place from 28 to 30 April.');
    expect(brief(d)).toEqual(['2015-04-28', '2015-04-30', 3]);
    expect(d.decision?.candidates.map((c) => [c.label, c.chosen])).toEqual([['2015-04-28 to 2015-04-30', true], ['2015-05-17', false]]);
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

  it('keeps the range, takes the stated day count as the length and warns when they disagree', () => {
    const text = 'T\nVIENNA, 9 May 2016 – A three-day seminar was held from 2 to 5 May.';
    expect(datesOf(text)).toMatchObject({
      startDate: '2016-05-02',
      endDate: '2016-05-05',
      durationDays: 3,
      warnings: ['the text gives a length of 3 days but its dates 2016-05-02 to 2016-05-05 span 4'],
    });
  });

  it('ends an event under way on the day it "will continue until", even in the organiser\'s quoted words', () => {
    const text = 'T\nVIENNA, 15 October 2014 – Police trainers will teach cyber investigation.\n"The courses will continue until October 24," the ministry said.';
    expect(brief(datesOf(text))).toEqual([null, '2014-10-24', null]);
    // A day before the publication date is no end of an event under way.
    expect(brief(datesOf('T\nVIENNA, 15 October 2014 – The courses will continue until October 4.'))).toEqual([null, null, null]);
  });

  it('reads the range of a release without a dateline', () => {
    const text = 'T\n\nThe OSCE held a training course from 6 to 10 December 2021 in Mostar.';
    expect(brief(datesOf(text))).toEqual(['2021-12-06', '2021-12-10', 5]);
  });

  it('ends on the dateline day for a delegation that returned today, with no start from a week-long visit', () => {
    const text = 'T\nCHISINAU, 20 October 2014 – Eleven judges returned today from a week-long study visit.';
    expect(brief(datesOf(text))).toEqual([null, '2014-10-20', 7]);
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
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: null, precision: { start: null, end: null } });
    expect(datesOf(text).warnings[0]).toMatch(/^event dates not stated: only the publication date is known/);
  });

  it('marks a day written in the text as stated and the day counted from it as derived', () => {
    const text = 'T\nVIENNA, 9 May 2016 – A two-day seminar was held on 3 May in Vienna.';
    expect(datesOf(text)).toMatchObject({
      precision: { start: 'stated', end: 'derived' },
      derivations: [{ field: 'endDate', reason: "end = start + 1 day: 'two-day' event starting 2016-05-03" }],
    });
  });
});

describe('resolveEventDates: lengths in weeks', () => {
  it("'two-week … ended today' gives the end and the length, not the start", () => {
    const text = 'T\nTASHKENT, 14 March 2014 – A two-week course for customs officers ended today in Tashkent.';
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: '2014-03-14', durationDays: 14, precision: { start: null, end: 'derived' } });
  });

  it("'three-week … began today' gives the start and the length, not the end", () => {
    const text = 'T\nTASHKENT, 10 March 2014 – A three-week training course for judges began today.';
    expect(brief(datesOf(text))).toEqual(['2014-03-10', null, 21]);
  });

  it('does not count back a day count that refines a week count: they are working days', () => {
    const text =
      'T\nTASHKENT, 14 March 2014 – A two-week course on forged passports concluded today.\n' +
      'The 10-day training course mixed theory with practice.';
    expect(brief(datesOf(text))).toEqual([null, '2014-03-14', 10]);
  });

  it("counts an explicit day count as working days when it fits a stated range without its weekends", () => {
    // 6 July 2015 was a Monday, 17 July a Friday: 12 calendar days, 10 working days.
    const text = 'T\nRIGA, 6 July 2015 – Twenty officers started a course today.\nThe 10-day course runs from 6 to 17 July.';
    expect(datesOf(text)).toMatchObject({ startDate: '2015-07-06', endDate: '2015-07-17', durationDays: 10, warnings: [] });
    expect(datesOf(text).derivations[0]?.field).toBe('durationDays');
  });
});

describe('resolveEventDates: what ties a day to the publication date', () => {
  it("counts back to the weekday after the verb: 'ended Saturday'", () => {
    // 16 March 2015 was a Monday; the Saturday before it was 14 March.
    const text = 'T\nBAKU, 16 March 2015 – A three-day workshop for prosecutors ended Saturday in Baku.';
    expect(datesOf(text)).toMatchObject({
      startDate: '2015-03-12',
      endDate: '2015-03-14',
      precision: { start: 'derived', end: 'derived' },
    });
    expect(datesOf(text).derivations[1]?.reason).toBe("end = 2 days before the publication date 2015-03-16: 'ended Saturday'");
  });

  it('does not count back a weekday in the future', () => {
    const text = 'T\nBAKU, 11 March 2015 – A workshop for prosecutors will begin on Monday in Baku.';
    expect(brief(datesOf(text))).toEqual([null, null, null]);
  });

  it("does not date the event by 'today' that goes with a reporting verb", () => {
    const text = 'T\nLVIV, 2 April 2012 - The first of 40 seminars for notaries has started in the region, the Office announced today.';
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: null });
  });

  it("ends an event under way on the later day given by 'until', the year coming after the publication", () => {
    const text =
      'T\nLVIV, 30 December 2013 - A series of seminars for notaries has started in the region, the Office announced today.\n' +
      'Over the next two weeks, until 10 January, some 900 notaries will be trained.';
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: '2014-01-10', durationDays: null, precision: { start: null, end: 'stated' } });
  });

  it("does not take a past 'started' with no day word for the publication date", () => {
    const text = 'T\nBAKU, 3 June 2015 - The academy started courses on leadership for border officers.';
    expect(brief(datesOf(text))).toEqual([null, null, null]);
  });

  it("takes a simple present 'opens' for the publication date", () => {
    const text = 'T\nBAKU, 3 June 2015 - A two-day seminar on leadership opens in Baku.';
    expect(brief(datesOf(text))).toEqual(['2015-06-03', '2015-06-04', 2]);
  });
});

describe('resolveEventDates: approximate places on the timeline', () => {
  it("places an event held 'last week' on the Monday to Sunday before the publication week", () => {
    // 8 October 2014 was a Wednesday.
    const text = 'T\nMINSK, 8 October 2014 - A seminar for judges was held in Brest last week.';
    expect(datesOf(text)).toMatchObject({
      startDate: null,
      endDate: null,
      approximate: { from: '2014-09-29', to: '2014-10-05' },
      derivations: [{ field: 'approximate', reason: "'last week' before the publication date 2014-10-08: 2014-09-29 to 2014-10-05, no day stated" }],
    });
  });

  it("places an event held 'last month' on the whole previous month", () => {
    const text = 'T\nMINSK, 8 March 2016 - A course for border guards took place in Grodno last month.';
    expect(datesOf(text).approximate).toEqual({ from: '2016-02-01', to: '2016-02-29' });
  });

  it("gives no place for 'recently'", () => {
    const text = 'T\nMINSK, 8 March 2016 - A course for border guards recently took place in Grodno.';
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: null, approximate: null });
  });
});

describe('resolveEventDates: series, and dates that are not the event', () => {
  it('gives a series its stated dates but no length from them', () => {
    const text = 'T\nSKOPJE, 12 May 2016 - The Mission organized a series of workshops for police from 3 to 11 May in four towns.';
    expect(brief(datesOf(text))).toEqual(['2016-05-03', '2016-05-11', null]);
  });

  it('dates one seminar of a series by its own length', () => {
    const text = 'T\nASTANA, 4 April 2016 – The Office today launched the first in a series of four three-day seminars for prosecutors.';
    expect(brief(datesOf(text))).toEqual(['2016-04-04', '2016-04-06', 3]);
  });

  it('does not count a series on from its start by a course length', () => {
    const text = 'T\nSKOPJE, 12 May 2016 - The Mission today concluded a series of two-day workshops for police.';
    expect(brief(datesOf(text))).toEqual([null, '2016-05-12', 2]);
  });

  it('without a publication date, ignores a day in a sentence not about the event', () => {
    const text =
      'T\nThe Ministry adopted a new police law on 3 March 2018.\n' +
      'The OSCE then held a course for 30 police officers on the law, which concluded on 20 April 2018 in Tirana.';
    expect(datesOf(text)).toMatchObject({ startDate: null, endDate: '2018-04-20', precision: { start: null, end: 'stated' } });
  });

  it('keeps the announced dates of a future event', () => {
    const text = 'T\nVIENNA, 2 May 2016 – A workshop on cybercrime will be held from 23 to 25 May in Vienna.';
    expect(brief(datesOf(text))).toEqual(['2016-05-23', '2016-05-25', 3]);
  });
});
