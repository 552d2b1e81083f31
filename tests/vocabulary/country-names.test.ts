import { describe, expect, it } from 'vitest';
import { alpha2ForShape } from '../../src/app/features/map/countries/alpha2-for-shape.ts';
import { ISO_NUMERIC_TO_ALPHA2 } from '../../src/app/features/map/countries/iso-numeric-to-alpha2.ts';
import { COUNTRY_TABLE } from '../../src/pipeline/lexicon/country-table.ts';
import { countryName } from '../../src/vocabulary/country-names.ts';

describe('one table of country names', () => {
  // The map's labels and tooltips name countries with countryName (not the browser's Intl.DisplayNames).
  it('names every code the basemap can label, as the build step names it', () => {
    const codes = new Set([...Object.values(ISO_NUMERIC_TO_ALPHA2), ...['Kosovo', 'N. Cyprus', 'Somaliland'].map((n) => alpha2ForShape(undefined, n)!)]);
    const built = new Map(COUNTRY_TABLE.map(([code, name]) => [code, name]));
    for (const code of codes) {
      expect(countryName(code), code).toBe(built.get(code));
    }
  });

  it('says "Bosnia and Herzegovina" and "DR Congo" on the map as in the filters', () => {
    expect(countryName('BA')).toBe('Bosnia and Herzegovina');
    expect(countryName('CD')).toBe(countryName('CD'));
  });
});
