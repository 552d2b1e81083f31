import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { CountryFlag } from '../../../src/app/helpers/country-flag.tsx';
import { FLAG_SPRITE_CELLS } from '../../../src/app/helpers/flag-sprite-cells.ts';
import { FLAG_SPRITE } from '../../../src/app/helpers/flag-sprite-grid.ts';
import { formatDateRange, formatEventDates, recordDates, type DateMode } from '../../../src/vocabulary/format-dates.ts';
import { formatParticipantCount } from '../../../src/vocabulary/format-participant-count.ts';
import { highlightSegments } from '../../../src/app/features/details/highlight-segments.ts';

describe('dates in words', () => {
  it('writes ranges the way people do', () => {
    expect(formatDateRange('2014-11-03', '2014-11-06')).toBe('3–6 November 2014');
    expect(formatDateRange('2015-03-30', '2015-04-03')).toBe('30 March – 3 April 2015');
    expect(formatDateRange('2014-12-29', '2015-01-02')).toBe('29 December 2014 – 2 January 2015');
    expect(formatDateRange('2014-11-03', null)).toBe('3 November 2014');
  });
  it('says plainly what is unknown', () => {
    expect(formatEventDates({ startDate: null, endDate: null, publishedDate: '2015-01-05' }, 'list')).toBe('Date not stated (published 5 January 2015)');
    expect(formatEventDates({ startDate: null, endDate: null, publishedDate: null }, 'list')).toBe('Date unknown');
    // What a list row knows of an event with no day: its range, or its end alone.
    expect(formatEventDates({ startDate: null, endDate: null, publishedDate: '2012-07-09', approximate: { from: '2012-07-02', to: '2012-07-08' } }, 'list')).toBe('about 2–8 July 2012');
    expect(formatEventDates({ startDate: null, endDate: '2019-05-23', publishedDate: '2019-05-23' }, 'list')).toBe('ended 23 May 2019');
  });
  it('words a date once: the list says less than the details and the export, never otherwise', () => {
    const startOnly = { startDate: '2014-11-03', endDate: null, publishedDate: null };
    const modes: DateMode[] = ['list', 'details', 'export'];
    expect(modes.map((m) => formatEventDates(startOnly, m))).toEqual(['began 3 November 2014', 'began 3 November 2014 (end not stated)', 'began 3 November 2014 (end not stated)']);
  });
});

describe('dates and counts as the text supports them', () => {
  const none = { start: null, end: null, approximate: null, written: null };
  it('says which end is missing, how rough a range is, and a date without its year', () => {
    const base = { startDate: null, endDate: null, publishedDate: '2011-05-10', derivations: [] };
    expect(formatEventDates(recordDates({ ...base, startDate: '2014-11-03', endDate: '2014-11-06', dates: { ...none, start: 'derived', end: 'derived' } }), 'details')).toBe('3–6 November 2014');
    expect(formatEventDates(recordDates({ ...base, endDate: '2011-05-09', dates: { ...none, end: 'derived' } }), 'details')).toBe('ended 9 May 2011 (start not stated)');
    expect(formatEventDates(recordDates({ ...base, startDate: '2011-05-09', dates: { ...none, start: 'stated' } }), 'details')).toBe('began 9 May 2011 (end not stated)');
    const lastWeek = { ...base, dates: { ...none, approximate: { from: '2004-12-13', to: '2004-12-19' } }, derivations: [{ field: 'approximate', reason: "'last week' before the publication date 2004-12-20" }] };
    expect(formatEventDates(recordDates(lastWeek), 'details')).toBe("about 13–19 December 2004 ('last week')");
    expect(formatEventDates(recordDates({ ...base, dates: { ...none, written: '12 to 16 June, year not stated' } }), 'details')).toBe('12 to 16 June, year not stated');
    expect(formatEventDates(recordDates({ ...base, dates: none }), 'details')).toBe('Date not stated (published 10 May 2011)');
  });
  it('writes a count with its qualifier', () => {
    expect(formatParticipantCount({ value: 8, qualifier: 'exact' })).toBe('8');
    expect(formatParticipantCount({ value: 60, qualifier: 'about' })).toBe('60 (about)');
    expect(formatParticipantCount({ value: 80, qualifier: 'at least' })).toBe('more than 80');
  });
});

describe('flags', () => {
  const cell = (code: string) => FLAG_SPRITE_CELLS.match(/../g)!.indexOf(code);
  const position = (i: number) => {
    const { columns, flagWidth, flagHeight, gutter } = FLAG_SPRITE;
    return `${-(i % columns) * ((flagWidth + gutter) / flagWidth) * 1.125}em ${-Math.floor(i / columns) * ((flagHeight + gutter) / flagHeight) * 0.75}em`;
  };

  it("draws a country's flag as a decorative cell of the sprite, and nothing for a code without one", () => {
    const { container } = render(<><CountryFlag code="AF" /><CountryFlag code="<b>" /><CountryFlag code="QQ" /><CountryFlag code="ZW" /></>);
    const flags = [...container.querySelectorAll<HTMLElement>('.flag')];
    expect(flags).toHaveLength(2);
    expect(flags[0]).toHaveAttribute('aria-hidden', 'true');
    expect(flags[0]?.textContent).toBe('');
    expect(flags.map((f) => f.style.backgroundPosition)).toEqual([position(cell('AF')), position(cell('ZW'))]);
    expect(cell('ZW')).toBeGreaterThan(FLAG_SPRITE.columns);
  });

  it("holds every country flag of country-flag-icons, and only those (regional flags such as 'BQ-BO' are not Bolivia's)", () => {
    const codes = readdirSync('node_modules/country-flag-icons/3x2').filter((f) => /^[A-Z]{2}\.svg$/.test(f)).map((f) => f.slice(0, 2)).sort();
    expect(FLAG_SPRITE_CELLS).toBe(codes.join(''));
  });

  it('is a PNG of exactly the grid the cells are placed in', () => {
    const png = readFileSync('src/app/helpers/flag-sprite.png');
    const { columns, flagWidth, flagHeight, gutter } = FLAG_SPRITE;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([columns * (flagWidth + gutter), Math.ceil(FLAG_SPRITE_CELLS.length / 2 / columns) * (flagHeight + gutter)]);
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
