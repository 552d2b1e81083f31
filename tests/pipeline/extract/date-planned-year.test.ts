import { describe, expect, it } from 'vitest';
import { plannedYear } from '../../../src/pipeline/extract/date-planned-year.ts';

describe('plannedYear', () => {
  it('puts yearless days in the last such days before a dated plan', () => {
    expect(plannedYear('The Office plans to follow up with a course in January 2018.', 12, 11)?.year).toBe(2017);
    expect(plannedYear('The final event is due to take place in Yaoundé in March 2019.', 8, 6)?.year).toBe(2018);
  });

  it('derives nothing against an earlier step dated after it, nor from plans that disagree, nor without a plan', () => {
    expect(plannedYear('A workshop was held in October 2018. The last one is due to take place in March 2019.', 8, 6)).toBeNull();
    expect(plannedYear('It will meet in March 2019; a review will follow in March 2021.', 8, 6)).toBeNull();
    expect(plannedYear('A workshop was held in March 2018.', 8, 6)).toBeNull();
  });
});
