import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, parseNumber } from '../../../src/pipeline/lexicon/numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['60', 60],
    ['1,200', 1200],
    ['1200', 1200],
    ['80,000', 80000],
    ['Twenty', 20],
    ['twenty-five', 25],
    ['Thirty one', 31],
    ['eight', 8],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a hundred', 100],
    ['one hundred', 100],
    ['two thousand', 2000],
  ])('%s → %s', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });

  it.each([['dozens'], ['several'], ['first'], ['']])('%s is not a number', (written) => {
    expect(parseNumber(written)).toBeUndefined();
  });
});

describe('NUMBER_PATTERN', () => {
  const whole = new RegExp(`^(?:${NUMBER_PATTERN})$`, 'i');
  it.each([['1,200'], ['1200'], ['Forty-two'], ['ninety nine'], ['a dozen']])('matches %s whole', (written) => {
    expect(whole.test(written)).toBe(true);
  });
});
