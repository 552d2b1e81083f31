import { describe, expect, it } from 'vitest';
import { sameName, sameNameSets } from '../../src/pipeline/eval/fuzzy-names.ts';

describe('sameName', () => {
  it.each([
    ['OSCE Transnational Threats Department', 'OSCE’s Transnational Threats Department', true],
    ['OSCE Mission to Bosnia and Herzegovina', 'OSCE Mission to BiH', true],
    ['OSCE Centre in Ashgabat', 'the OSCE Centre in Ashgabat', true],
    ['OSCE Border Management Staff College', 'OSCE Border Management Staff College in Dushanbe', true],
    ['OSCE Mission to Skopje', 'OSCE', false],
    ['OSCE Centre in Almaty', 'OSCE Centre in Astana', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('sameNameSets', () => {
  it('needs a counterpart on both sides', () => {
    expect(sameNameSets(['Canadian Embassy', 'La Strada-Ukraine'], ['La Strada-Ukraine', 'Canadian Embassy'])).toBe(true);
    expect(sameNameSets(['Canadian Embassy'], ['Canadian Embassy', 'Austrian Interior Ministry'])).toBe(false);
    expect(sameNameSets([], [])).toBe(true);
  });
});
