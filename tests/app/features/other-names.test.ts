import { describe, expect, it } from 'vitest';
import { otherNames } from '../../../src/app/features/details/other-names.ts';
import { makeVenue } from '../../fixtures/make-event.ts';

describe('otherNames', () => {
  it("gives the gazetteer's name when the release spells it otherwise, then the other names, without the release's own spelling", () => {
    expect(otherNames(makeVenue({ city: 'Uralsk', name: 'Oral', alsoKnownAs: ["O'ral", 'Uralsk', "Ural'sk", 'Oural'] }))).toEqual(['Oral', 'Oural']);
  });

  it('shows former names first, one spelling of each, and at most five names in all', () => {
    // GeoNames' names for a made-up town, in its order: transliterations, a former name spelt two ways, another former name.
    const venue = makeVenue({
      city: 'Novaburg', name: 'Novaburg',
      alsoKnownAs: ['Novaburga', 'Nowaburg', 'Novabourg', 'Nuovaburgo', 'Novaburgas', 'Tsarigrad', 'Carigrad', 'Zelenopol', 'Nova Burg'],
    });
    const names = otherNames(venue);
    expect(names).toEqual(['Tsarigrad', 'Zelenopol', 'Nowaburg', 'Novabourg', 'Nuovaburgo']);
    // An inflected form of the town's name ("Novaburga") and one spelt with a space are no names of their own.
    expect(names).not.toContain('Novaburga');
    expect(names).not.toContain('Nova Burg');
  });

  it('has nothing to add when the release uses the only name', () => {
    expect(otherNames(makeVenue({ city: 'Bishkek', name: 'Bishkek' }))).toEqual([]);
    expect(otherNames(makeVenue({ city: 'Ust-Kamenogorsk', name: 'Oskemen', alsoKnownAs: ['Ust Kamenogorsk'] }))).toEqual(['Oskemen']);
    expect(otherNames(makeVenue({}))).toEqual([]);
  });
});
