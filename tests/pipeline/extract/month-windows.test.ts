import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN } from '../../../src/pipeline/lexicon/months.ts';
import { allMatches } from '../../../src/pipeline/text/all-matches.ts';
import { monthMatches, monthWindow } from '../../../src/pipeline/extract/month-windows.ts';

const M = `(${MONTH_PATTERN})`;
const TO = '\\s*(?:[–—-]|to|until|till|through|and)\\s*';
const D = '(?:the\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?';
const EXPRESSIONS = [
  new RegExp(`${D}${TO}${D}\\s+${M}(?:,?\\s+(\\d{4}))?`, 'g'),
  new RegExp(`${M}\\s+${D}`, 'g'),
  new RegExp(`\\b(\\d{1,2})\\s+${M},?\\s+(\\d{4})\\b|\\b${M}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'),
];
const TEXTS = [
  'The course ran from the 2nd to the 5th of September 2019 and again 7 – 9 October.',
  'Held on 6 to 10 December, then 12-14 December 2021; May 5 and June 6, 2020.',
  'Dates: 31 February 2015, April 31, 2016, MayJune 3, 1 2 3 4 5 6 7 8 9 10 11 March',
  'No month here at all, only 12 and 13.',
  '',
];

describe('monthMatches', () => {
  it('finds what a global expression finds, in order, trying only around month names', () => {
    for (const re of EXPRESSIONS) {
      const window = monthWindow(re);
      for (const text of TEXTS) {
        const found = monthMatches(window, text).map((m) => [m.index, ...m]);
        expect(found).toEqual(allMatches(re, text).map((m) => [m.index, ...m]));
      }
    }
    expect(monthMatches(monthWindow(EXPRESSIONS[0]!), TEXTS[0]!).map((m) => m[0])).toEqual(['the 2nd to the 5th of September 2019', '7 – 9 October']);
  });

  it('refuses an expression whose start it cannot bound', () => {
    expect(() => monthWindow(new RegExp(`\\w+\\s+${M}`, 'g'))).toThrow(/no month window/);
    expect(() => monthWindow(new RegExp(`.\\s+${M}`, 'g'))).toThrow(/no month window/);
    expect(() => monthWindow(new RegExp(`the\\s+${M}`, 'gi'))).toThrow(/no month window/);
    expect(() => monthWindow(/\d+ days/g)).toThrow(/no month window/);
  });
});
