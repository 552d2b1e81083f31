import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/vocabulary/format-count.ts';

const intl = new Intl.NumberFormat('en-GB');

describe('formatCount', () => {
  it('groups whole counts by threes with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes every number as en-GB does', () => {
    const numbers = [-1234, -0, 0.5, 1234.5, 1e21, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity];
    for (let n = 0; n < 2_000_000; n += 997) numbers.push(n);
    for (const n of numbers) expect(formatCount(n), String(n)).toBe(intl.format(n));
  });
});
