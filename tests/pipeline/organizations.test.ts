import { describe, expect, it } from 'vitest';
import { mergeOrganizations, organizationId } from '../../src/pipeline/organizations/merge-organizations.ts';
import { organizationKey } from '../../src/pipeline/organizations/organization-key.ts';

describe('organizationKey', () => {
  it.each([
    ['US Embassy in Kazakhstan', 'United States Embassy in Kazakhstan'],
    ['U.S. Embassy in Kazakhstan', 'the US Embassy in Kazakhstan'],
    ['United States of America Embassy in Kazakhstan', 'US embassy in  Kazakhstan'],
    ['OSCE Centre in Almatý', 'OSCE Centre in Almaty'],
    ['OSCE Programme Office in Dushanbe', 'OSCE Programme Office, in Dushanbe'],
  ])('%s and %s are one body', (a, b) => {
    expect(organizationKey(a)).toBe(organizationKey(b));
  });

  it.each([
    ['OSCE Centre in Bishkek', 'OSCE Programme Office in Bishkek'],
    ['US Embassy in Kazakhstan', 'US Embassy in Kyrgyzstan'],
    ['UN Office on Drugs and Crime', 'UNODC'],
    ['Ministry of Internal Affairs of Georgia', 'Georgia Ministry of Internal Affairs'],
    ['Russian Embassy', 'Russia Embassy'],
    ['Министерство внутренних дел', 'Министерство юстиции'],
  ])('%s and %s stay apart', (a, b) => {
    expect(organizationKey(a)).not.toBe(organizationKey(b));
  });
});

describe('organizationId', () => {
  it('is the key as a URL slug', () => {
    expect(organizationId(organizationKey('U.S. Embassy in Kazakhstan'))).toBe('us-embassy-in-kazakhstan');
  });

  it('ends in a hash of the whole key when the slug would lose something, so two bodies never share an id', () => {
    const long = (end: string) => organizationKey(`${'Programme of the Organization for Security and Co-operation '.repeat(2)}${end}`);
    expect(organizationId(long('A'))).not.toBe(organizationId(long('B')));
    expect(organizationId(long('A'))).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
    const a = organizationId(organizationKey('Министерство внутренних дел'));
    const b = organizationId(organizationKey('Министерство юстиции'));
    expect(a).toMatch(/^org-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe('mergeOrganizations', () => {
  it('merges spellings under one id, named by the most frequent, and gives each event its bodies once, sorted by name', () => {
    const { organizations, rows } = mergeOrganizations([
      ['United States Embassy in Kazakhstan', 'OSCE Centre in Astana'],
      ['US Embassy in Kazakhstan', 'U.S. Embassy in Kazakhstan'],
      ['US Embassy in Kazakhstan'],
    ]);
    expect(organizations).toEqual([
      { id: 'osce-centre-in-astana', name: 'OSCE Centre in Astana', variants: ['OSCE Centre in Astana'] },
      {
        id: 'us-embassy-in-kazakhstan',
        name: 'US Embassy in Kazakhstan',
        variants: ['US Embassy in Kazakhstan', 'United States Embassy in Kazakhstan', 'U.S. Embassy in Kazakhstan'],
      },
    ]);
    expect(rows).toEqual([[1, 0], [1], [1]]);
  });

  it('names a body by the first spelling seen when two are as frequent', () => {
    expect(mergeOrganizations([['United States Embassy in Kazakhstan'], ['US Embassy in Kazakhstan']]).organizations[0]!.name).toBe('United States Embassy in Kazakhstan');
  });
});
