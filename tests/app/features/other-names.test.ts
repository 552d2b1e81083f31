import { describe, expect, it } from 'vitest';
import { otherNames } from '../../../src/app/features/details/other-names.ts';
import { makeVenue } from '../../fixtures/make-event.ts';

describe('otherNames', () => {
  it("gives the gazetteer's name when the release spells it otherwise, then the other names, without the release's own spelling", () => {
    expect(otherNames(makeVenue({ city: 'Uralsk', name: 'Oral', alsoKnownAs: ["O'ral", 'Uralsk', "Ural'sk", 'Oural'] }))).toEqual(['Oral', 'Oural']);
  });

  it('has nothing to add when the release uses the only name', () => {
    expect(otherNames(makeVenue({ city: 'Bishkek', name: 'Bishkek' }))).toEqual([]);
    expect(otherNames(makeVenue({ city: 'Ust-Kamenogorsk', name: 'Oskemen', alsoKnownAs: ['Ust Kamenogorsk'] }))).toEqual(['Oskemen']);
    expect(otherNames(makeVenue({}))).toEqual([]);
  });
});
