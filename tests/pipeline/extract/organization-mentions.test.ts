import { describe, expect, it } from 'vitest';
import { findOrganizationMentions } from '../../../src/pipeline/extract/organization-mentions.ts';
import { ownerMention } from '../../../src/pipeline/extract/organization-country.ts';

const names = (text: string) => findOrganizationMentions(text).map((m) => m.name);

// Invented sentences, one rule each: bodies named whole, never a fragment of a sentence.
describe('findOrganizationMentions', () => {
  it('reads bodies named by a registry, a treasury, a partnership, a society or a forum', () => {
    expect(names('The National Registry of Births and the Partnership for Safe Harbours held a course.')).toEqual([
      'National Registry of Births',
      'Partnership for Safe Harbours',
    ]);
    expect(names('Facilitators came from the National Treasury, the Red Crescent Society and the Pacific Customs Forum.')).toEqual([
      'National Treasury',
      'Red Crescent Society',
      'Pacific Customs Forum',
    ]);
  });

  it('keeps a complement listed with commas when the acronym closes it', () => {
    expect(names('Experts from the Ruritanian Bureau of Timber, Coal, Salt and Fisheries (RBTCSF) taught.')).toEqual([
      'Ruritanian Bureau of Timber, Coal, Salt and Fisheries (RBTCSF)',
    ]);
  });

  it('keeps an "and" that the body’s acronym spans', () => {
    expect(names('Instructors from the Ruritanian Customs and Border Protection Agency (CBP) taught.')).toEqual([
      'Ruritanian Customs and Border Protection Agency (CBP)',
    ]);
    expect(names('The Ministry of Interior and the Border Service met.')).toEqual(['Ministry of Interior', 'Border Service']);
  });

  it('never cuts a country name at "and"', () => {
    expect(names('Officials from the Embassy of Trinidad and Tobago attended.')).toEqual(['Embassy of Trinidad and Tobago']);
  });

  it('splits two bodies joined by "to", and stops before a day', () => {
    expect(names('The file was sent by the Justice Ministry to the Prosecutor’s Office on Monday.')).toEqual(['Justice Ministry', 'Prosecutor’s Office']);
    expect(names('The OSCE Mission to Skopje held a course.')).toEqual(['OSCE Mission to Skopje']);
  });

  it('reads a component, a consortium and a name after a capitalised "THE"', () => {
    expect(names('The Borduria Standby Force Police Component held a workshop.')).toEqual(['Borduria Standby Force Police Component']);
    expect(names('the International Legal Aid Consortium (ILAC)')).toEqual(['International Legal Aid Consortium (ILAC)']);
    expect(names('Update: 2:01PM THE Ruritania Police Force has trained officers.')).toEqual(['Ruritania Police Force']);
  });
});

describe('ownerMention', () => {
  it('never makes a country the owner of a project named for it', () => {
    expect(ownerMention('Border Management Northern Somalia project')).toBeNull();
    expect(ownerMention('Border Management Programme in Tajikistan (BOMBAF) project')).toBeNull();
    expect(ownerMention('Kenya Police Service')).toBe('KE');
  });
});
