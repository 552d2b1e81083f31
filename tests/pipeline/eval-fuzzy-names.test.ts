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
    // A body by its acronym alone: the name that gives it in brackets, or whose initials spell it.
    ['IMO', 'International Maritime Organisation', true],
    ['UNODC', 'UN Office on Drugs and Crime (UNODC)', true],
    ['the RCTC', 'Regional Centre for Peace, Disarmament and Training in the Caribbean (RCTC)', true],
    ['IMO', 'International Labour Organization', false],
    ['IMO', 'ILO', false],
    ['OSCE', 'Organization for Security and Co-operation in Europe Mission to Skopje', false],
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
