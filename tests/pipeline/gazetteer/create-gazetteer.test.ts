import { describe, expect, it } from 'vitest';
import { alsoKnownAs, createGazetteer } from '../../../src/pipeline/gazetteer/create-gazetteer.ts';
import type { GazetteerRow } from '../../../src/pipeline/gazetteer/geonames-row.ts';

function row(overrides: Partial<GazetteerRow> & Pick<GazetteerRow, 'geonameId' | 'name'>): GazetteerRow {
  return {
    asciiName: overrides.name,
    alternateNames: [],
    countryCode: 'AA',
    lat: 10,
    lon: 20,
    population: 1000,
    featureCode: 'PPL',
    ...overrides,
  };
}

const ROWS: GazetteerRow[] = [
  row({ geonameId: 1, name: 'Bigtown', countryCode: 'AA', population: 2_000_000, featureCode: 'PPLC', alternateNames: ['Old Big', 'Freedonia', 'Police'] }),
  row({ geonameId: 2, name: 'Old Big', countryCode: 'BB', population: 500_000 }),
  row({ geonameId: 3, name: 'Old Big', countryCode: 'CC', population: 5_000 }),
  row({ geonameId: 4, name: 'Seaport', countryCode: 'BB', population: 50_000, featureCode: 'PPLA' }),
  row({ geonameId: 5, name: 'Seaport', countryCode: 'CC', population: 80_000 }),
  row({ geonameId: 6, name: 'Freedonia', countryCode: 'FD', population: 90_000, featureCode: 'PPLC' }),
  row({ geonameId: 7, name: 'Sânt-Ílie', asciiName: 'Sant-Ilie', countryCode: 'CC', alternateNames: ["St. Ilie's", 'Санкт-Илие'] }),
];

// "Freedonia" is a country in this fake world; its capital shares its name.
const gazetteer = createGazetteer(ROWS, { countryOf: (name) => (name.toLowerCase() === 'freedonia' ? 'FD' : undefined) });

describe('createGazetteer', () => {
  it("returns the place with its other Latin-script names (one per spelling), never codes or other scripts", () => {
    expect(gazetteer.geocode('Sant Ilie')?.alsoKnownAs).toEqual(["St. Ilie's"]);
    expect(gazetteer.geocode('Bigtown')?.alsoKnownAs).toEqual(['Old Big', 'Freedonia', 'Police']);
    expect(alsoKnownAs('Oskemen', ['UKK', 'Ust-Kamenogorsk', "Ust' Kamenogorsk", 'Öskemen', 'Усть-Каменогорск', '070000', 'Ust’-Kamenogorsk', 'Oskemen'])).toEqual(['Ust-Kamenogorsk']);
    // "Öskemen" is the name's own spelling key (a search folds diacritics too), so it is not another name.
    // Every one, not the first few: a former name may come late in GeoNames' list ("Frunze" is Bishkek's 26th).
    const many = [...Array.from({ length: 30 }, (_, i) => `Name${'x'.repeat(i)}`), 'Frunze'];
    expect(alsoKnownAs('Town', many)).toHaveLength(31);
    expect(alsoKnownAs('Town', many).at(-1)).toBe('Frunze');
  });

  it('returns the place with no other names when it has none', () => {
    expect(gazetteer.geocode('Seaport', { countryCodes: ['CC'] })).toEqual({
      geonameId: 5,
      name: 'Seaport',
      countryCode: 'CC',
      lat: 10,
      lon: 20,
      population: 80_000,
      featureCode: 'PPL',
    });
  });

  it('ranks an admin seat above a slightly bigger ordinary town', () => {
    expect(gazetteer.geocode('Seaport')?.geonameId).toBe(4);
  });

  it('prefers a primary-name match unless the alternate-name match is much bigger', () => {
    // Bigtown (2 M, capital) is called "Old Big" too and dwarfs both towns of that name.
    expect(gazetteer.geocode('Old Big')?.geonameId).toBe(1);
    expect(gazetteer.geocode('Old Big', { countryCodes: ['CC'] })?.geonameId).toBe(3);
    const small = createGazetteer([
      row({ geonameId: 1, name: 'Ridge', population: 30_000, alternateNames: ['Vale'] }),
      row({ geonameId: 2, name: 'Vale', population: 10_000 }),
    ]);
    expect(small.geocode('Vale')?.geonameId).toBe(2);
  });

  it('normalises case, diacritics, hyphens, apostrophes and dots', () => {
    for (const written of ['SANT ILIE', 'Sânt-Ílie', 'sant–ilie', 'St Ilie’s', 'st. ilie s']) {
      expect(gazetteer.geocode(written)?.geonameId).toBe(7);
    }
  });

  it('does not index names in other scripts', () => {
    expect(gazetteer.geocode('Санкт-Илие')).toBeNull();
  });

  it('never returns a town for a country name, only that country’s capital of the same name', () => {
    expect(gazetteer.geocode('Freedonia')?.geonameId).toBe(6);
    const noCapital = createGazetteer(ROWS.filter((r) => r.geonameId !== 6), {
      countryOf: (name) => (name.toLowerCase() === 'freedonia' ? 'FD' : undefined),
    });
    expect(noCapital.geocode('Freedonia')).toBeNull();
  });

  it('never returns a place for a common word even if a town lists it', () => {
    expect(gazetteer.geocode('Police')).toBeNull();
  });

  it('never returns a town for an abbreviation that opens names ("St" of "St. Petersburg"), though a town lists it', () => {
    const abbreviated = createGazetteer([row({ geonameId: 8, name: 'Sete', countryCode: 'FR', alternateNames: ['St', 'Mt'] })]);
    expect(abbreviated.geocode('St')).toBeNull();
    expect(abbreviated.geocode('St.')).toBeNull();
    expect(abbreviated.geocode('Mt')).toBeNull();
    expect(abbreviated.geocode('Sete')?.geonameId).toBe(8);
  });

  it('falls back to a spelling variant and says so', () => {
    expect(gazetteer.geocode('Seapurt', { countryCodes: ['CC'] })).toMatchObject({ geonameId: 5, match: 'approximate' });
    expect(gazetteer.geocode('Bigtawn', { countryCodes: ['AA'] })).toMatchObject({ geonameId: 1, match: 'approximate' });
    expect(gazetteer.geocode('Bagtown', { countryCodes: ['BB', 'AA'] })).toMatchObject({ geonameId: 1, match: 'approximate' });
    expect(gazetteer.geocode('Sea', { countryCodes: ['BB'] })).toBeNull();
    // Only within hinted countries: a respelling is a guess.
    expect(gazetteer.geocode('Bigtawn')).toBeNull();
    expect(gazetteer.geocode('Bigtawn', { countryCodes: ['BB'] })).toBeNull();
    // Alternate names are not respelt: Bigtown, in the first hinted country, is also called
    // "Old Big", but a respelling reaches only the towns whose own name that is.
    expect(gazetteer.geocode('Old Bug', { countryCodes: ['AA', 'CC'] })).toMatchObject({ geonameId: 3, match: 'approximate' });
    expect(gazetteer.geocode('Old Bug', { countryCodes: ['AA'] })).toBeNull();
  });
});
