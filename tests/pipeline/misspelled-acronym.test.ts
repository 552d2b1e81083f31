import { describe, expect, it } from 'vitest';
import { misspelledAcronymOf, oneLetterMore } from '../../src/pipeline/organizations/misspelled-acronym.ts';

describe('an acronym mistyped by one letter', () => {
  it('is the body whose bracketed acronym has the letter it dropped or added', () => {
    expect(misspelledAcronymOf('UPOL', ['UN Police (UNPOL)', 'Refugee Agency'])).toBe('UN Police (UNPOL)');
    expect(misspelledAcronymOf('RUBAMM', ['Ruritanian Border Assistance Mission (RUBAM)'])).toBe('Ruritanian Border Assistance Mission (RUBAM)');
  });

  it('is no body where a letter changed, where two bodies would fit, or where the acronym is short', () => {
    expect(misspelledAcronymOf('UNMIS', ['UN Mission in Liberia (UNMIL)'])).toBeUndefined();
    expect(misspelledAcronymOf('UPOL', ['UN Police (UNPOL)', 'Urban Police (UPOLS)'])).toBeUndefined();
    expect(misspelledAcronymOf('EUA', ['EU Agency (EUAA)'])).toBeUndefined();
    expect(misspelledAcronymOf('UNPOL', ['UN Police (UNPOL)'])).toBeUndefined();
  });

  it('counts one letter anywhere, and only one', () => {
    expect(oneLetterMore('UPOL', 'UNPOL')).toBe(true);
    expect(oneLetterMore('UNPO', 'UNPOL')).toBe(true);
    expect(oneLetterMore('NPOL', 'UNPOL')).toBe(true);
    expect(oneLetterMore('UPO', 'UNPOL')).toBe(false);
    expect(oneLetterMore('UMPOL', 'UNPOL')).toBe(false);
  });
});
