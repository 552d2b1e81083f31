import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { CountryFlag } from '../../../src/app/components/country-flag.tsx';
import { formatDateRange, formatEventDates } from '../../../src/app/components/format-dates.ts';
import { highlightSegments } from '../../../src/app/features/details/highlight-segments.ts';

describe('dates in words', () => {
  it('writes ranges the way people do', () => {
    expect(formatDateRange('2014-11-03', '2014-11-06')).toBe('3–6 November 2014');
    expect(formatDateRange('2015-03-30', '2015-04-03')).toBe('30 March – 3 April 2015');
    expect(formatDateRange('2014-12-29', '2015-01-02')).toBe('29 December 2014 – 2 January 2015');
    expect(formatDateRange('2014-11-03', null)).toBe('3 November 2014');
  });
  it('says plainly what is unknown', () => {
    expect(formatEventDates({ startDate: null, endDate: null, publishedDate: '2015-01-05' })).toBe('Date not stated (published 5 January 2015)');
    expect(formatEventDates({ startDate: null, endDate: null, publishedDate: null })).toBe('Date unknown');
  });
});

describe('flags', () => {
  it("draws a country's SVG flag as a decorative image, and nothing for a code without one", () => {
    const { container } = render(<><CountryFlag code="AF" /><CountryFlag code="<b>" /><CountryFlag code="QQ" /></>);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('alt', '');
    expect(images[0]?.getAttribute('src')).toMatch(/AF\.svg/);
  });
});

describe('highlightSegments', () => {
  it('cuts overlapping spans into clean segments and marks the active ones', () => {
    const segs = highlightSegments(10, [{ start: 2, end: 6 }, { start: 4, end: 8 }], [{ start: 4, end: 6 }]);
    expect(segs.map((s) => [s.start, s.end, s.marked, s.active])).toEqual([
      [0, 2, false, false],
      [2, 4, true, false],
      [4, 6, true, true],
      [6, 8, true, false],
      [8, 10, false, false],
    ]);
  });
  it('clips a span running past the end of the text', () => {
    expect(highlightSegments(3, [{ start: 2, end: 99 }, { start: 50, end: 60 }], [])).toEqual([
      { start: 0, end: 2, marked: false, active: false },
      { start: 2, end: 3, marked: true, active: false },
    ]);
  });
});
