import { describe, expect, it } from 'vitest';
import { periodDays } from '../../../src/pipeline/extract/period.ts';

describe('periodDays', () => {
  it.each([
    // 20 December 2004 was a Monday, 23 December a Thursday.
    ['last week', '2004-12-20', { from: '2004-12-13', to: '2004-12-19' }],
    ['last week', '2004-12-23', { from: '2004-12-13', to: '2004-12-19' }],
    ['this week', '2004-12-23', { from: '2004-12-20', to: '2004-12-26' }],
    ['earlier this week', '2004-12-23', { from: '2004-12-20', to: '2004-12-22' }],
    ['last month', '2005-01-10', { from: '2004-12-01', to: '2004-12-31' }],
    ['earlier this month', '2005-01-10', { from: '2005-01-01', to: '2005-01-09' }],
  ] as const)('%s before %s', (period, published, days) => {
    expect(periodDays(period, published)).toEqual(days);
  });

  it('is null when the stretch before the publication day is empty', () => {
    expect(periodDays('earlier this week', '2004-12-20')).toBeNull();
    expect(periodDays('earlier this month', '2005-01-01')).toBeNull();
  });
});
