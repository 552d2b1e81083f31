import { describe, expect, it } from 'vitest';
import { findDateMentions, findYearlessMentions } from '../../../src/pipeline/extract/date-mentions.ts';
import { spanOf } from './helpers.ts';

describe('findDateMentions', () => {
  it('reads a same-month range with its parts', () => {
    const text = 'held a course from 6 to 10 December 2021 in Mostar';
    expect(findDateMentions(text, null)).toEqual([
      {
        start: '2021-12-06',
        end: '2021-12-10',
        isRange: true,
        preposition: 'from',
        span: spanOf(text, '6 to 10 December 2021'),
        startSpan: spanOf(text, '6'),
        endSpan: spanOf(text, '10 December 2021'),
        yearWritten: true,
      },
    ]);
  });

  it.each([
    ['delivered from 9 April to 4 June.', 2013, '2013-04-09', '2013-06-04'],
    ['on 3–6 November', 2014, '2014-11-03', '2014-11-06'],
    ['from 28 December to 3 January 2015', null, '2014-12-28', '2015-01-03'],
    ['between 3 and 5 May 2016', null, '2016-05-03', '2016-05-05'],
    ['on May 4-6, 2016', null, '2016-05-04', '2016-05-06'],
    ['on 12 May', 2016, '2016-05-12', '2016-05-12'],
    ['dated November 3, 2014', null, '2014-11-03', '2014-11-03'],
  ])('%s', (text, year, start, end) => {
    const [found] = findDateMentions(text, year);
    expect([found?.start, found?.end]).toEqual([start, end]);
  });

  it('gives a day without a year the year that puts it nearest the publication day', () => {
    const text = 'Some 500 clerks will be trained until 10 January, and a review was held on 20 December.';
    const found = findDateMentions(text, 2013, '2013-12-30');
    expect(found.map((m) => [m.start, m.yearWritten])).toEqual([['2014-01-10', false], ['2013-12-20', false]]);
  });

  it('keeps a written year even far from the publication day', () => {
    expect(findDateMentions('a law of 3 March 2011', 2013, '2013-12-30')[0]?.start).toBe('2011-03-03');
  });

  it('does not take the full stop after a month name into the date', () => {
    const text = 'The seminar ended on 4 October. Next';
    expect(findDateMentions(text, 2016)[0]?.span).toEqual(spanOf(text, '4 October'));
  });

  it('skips days that do not exist and dates without a year to fall back on', () => {
    expect(findDateMentions('on 31 February 2015 and on 12 May', null)).toEqual([]);
  });

  it('gives a day without a year the year of a dated day later in its sentence, where no publication year stands in', () => {
    const text = 'The training started on 15th November (Monday) and will end on the 17th November (Wednesday), 2010. It followed a visit on 3 May.';
    expect(findDateMentions(text, null).map((m) => m.start)).toEqual(['2010-11-15', '2010-11-17']);
  });

  it('reads ordinal days without a month in a dated release: the latest such days on or before it', () => {
    const text = 'The three days training was held on the 10th-12th; a follow-up session on the 17th.';
    const found = findDateMentions(text, 2015, '2015-06-18');
    expect(found.map((m) => [m.start, m.end, m.isRange, text.slice(m.span.start, m.span.end)])).toEqual([
      ['2015-06-10', '2015-06-12', true, 'the 10th-12th'],
      ['2015-06-17', '2015-06-17', false, 'the 17th'],
    ]);
    expect(findDateMentions('It was held on the 25th.', 2015, '2015-06-18').map((m) => m.start)).toEqual(['2015-05-25']);
    // No publication day, no month: nothing is read; "the 5th of May" is read by the dated patterns.
    expect(findDateMentions('held on the 10th-12th', null)).toEqual([]);
    expect(findDateMentions('held on the 5th of May', 2015, '2015-06-18').map((m) => m.start)).toEqual(['2015-05-05']);
  });
});

describe('findYearlessMentions', () => {
  it('keeps a range without a year as written, with its length', () => {
    const text = 'From 28 November to 2 December, a seminar was held in Izmir. It was opened on 12 May 2020.';
    expect(findYearlessMentions(text)).toEqual([
      { written: '28 November to 2 December', days: 5, isRange: true, preposition: 'from', span: spanOf(text, '28 November to 2 December') },
    ]);
  });

  it('gives no length to a range whose length depends on a leap year', () => {
    expect(findYearlessMentions('held from 27 February to 2 March in Varna')[0]?.days).toBeNull();
  });
});
