import { describe, expect, it } from 'vitest';
import { MemoGazetteer } from '../../../src/pipeline/cache/extract-cache.ts';
import type { Place } from '../../../src/pipeline/gazetteer/place.ts';

const TOWN: Place = { geonameId: 7, name: 'Brindlemoor', countryCode: 'XA', lat: 1.5, lon: 2.5, population: 4200, featureCode: 'PPL' };

// A gazetteer that knows one town and counts how often it is asked.
function memo(): { gazetteer: MemoGazetteer; asked: () => number } {
  let asked = 0;
  const gazetteer = new MemoGazetteer(() => ({
    geocode: (name) => {
      asked++;
      return name === 'Brindlemoor' ? { ...TOWN } : null;
    },
  }));
  return { gazetteer, asked: () => asked };
}

describe('MemoGazetteer', () => {
  it('answers a read-only caller and a geocode caller alike, asking the real gazetteer once per name', () => {
    const { gazetteer, asked } = memo();
    expect(gazetteer.geocodeShared('Brindlemoor', {})).toEqual(TOWN);
    expect(gazetteer.geocode('Brindlemoor', {})).toEqual(TOWN);
    expect(gazetteer.geocodeShared('Nowhere', {})).toBeNull();
    expect(gazetteer.geocode('Nowhere', {})).toBeNull();
    expect(asked()).toBe(2);
  });

  it('gives a geocode caller its own copy: changing it changes no later answer', () => {
    const { gazetteer } = memo();
    const first = gazetteer.geocode('Brindlemoor', {})!;
    first.population = 0;
    const again = gazetteer.geocode('Brindlemoor', {})!;
    again.name = 'Changed';
    expect(gazetteer.geocode('Brindlemoor', {})).toEqual(TOWN);
    expect(gazetteer.geocodeShared('Brindlemoor', {})).toEqual(TOWN);
  });
});
