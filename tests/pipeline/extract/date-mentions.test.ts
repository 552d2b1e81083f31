import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/pipeline/extract/date-mentions.ts';
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

  it('skips days that do not exist and dates without a year to fall back on', () => {
    expect(findDateMentions('on 31 February 2015 and on 12 May', null)).toEqual([]);
  });
});
