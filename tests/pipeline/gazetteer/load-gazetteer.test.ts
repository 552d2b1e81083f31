import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';

// Coordinates from general knowledge of where these cities are, not read back from GeoNames.
const KNOWN: ReadonlyArray<[written: string, country: string, lat: number, lon: number]> = [
  ['Karaganda', 'KZ', 49.8, 73.1],
  ['KARAGANDA', 'KZ', 49.8, 73.1],
  ['Ust-Kamenogorsk', 'KZ', 49.95, 82.61],
  ['Oskemen', 'KZ', 49.95, 82.61],
  ['Öskemen', 'KZ', 49.95, 82.61],
  ['Kiev', 'UA', 50.45, 30.52],
  ['Kyiv', 'UA', 50.45, 30.52],
  ['Astana', 'KZ', 51.17, 71.45],
  ['Nur-Sultan', 'KZ', 51.17, 71.45],
  ['Prishtina', 'XK', 42.66, 21.17],
  ['Pristina', 'XK', 42.66, 21.17],
  ['Osh', 'KG', 40.53, 72.8],
  ['Khujand', 'TJ', 40.28, 69.62],
  ['Almaty', 'KZ', 43.24, 76.95],
  ['Dushanbe', 'TJ', 38.56, 68.77],
  ['Yerevan', 'AM', 40.18, 44.51],
  ['Skopje', 'MK', 42.0, 21.43],
  ['Mostar', 'BA', 43.34, 17.81],
  ['Ashgabat', 'TM', 37.95, 58.38],
  ['Atamyrat', 'TM', 37.83, 65.21],
  ['Kerki', 'TM', 37.83, 65.21],
];

/** Great-circle distance in km. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('loadGazetteer (GeoNames cities1000)', () => {
  const gazetteer = loadGazetteer();

  it.each(KNOWN)('places %s in %s within 10 km', (written, country, lat, lon) => {
    const place = gazetteer.geocode(written);
    expect(place?.countryCode).toBe(country);
    expect(distanceKm(place!.lat, place!.lon, lat, lon)).toBeLessThan(10);
  });

  it('returns the whole place, with the gazetteer name for an alternate spelling', () => {
    expect(gazetteer.geocode('Karaganda')).toEqual({
      geonameId: 609655,
      name: 'Karagandy',
      countryCode: 'KZ',
      lat: 49.80187,
      lon: 73.10211,
      population: 451800,
      featureCode: 'PPLA',
      alsoKnownAs: ['Karaganda', 'Karagandi', 'Qaragandi', 'Qaraghandy'],
    });
  });

  it('finds a spelling variant in a hinted country, and marks it approximate', () => {
    const place = gazetteer.geocode('Atamurat', { countryCodes: ['TM'] });
    expect(place).toMatchObject({ name: 'Atamyrat', countryCode: 'TM', match: 'approximate' });
    expect(distanceKm(place!.lat, place!.lon, 37.83, 65.21)).toBeLessThan(10);
    expect(gazetteer.geocode('Atamyrat')?.match).toBeUndefined();
  });

  it('never respells a name without a hinted country, nor into another country', () => {
    expect(gazetteer.geocode('Atamurat')).toBeNull();
    expect(gazetteer.geocode('Atamurat', { countryCodes: ['KZ'] })).toBeNull();
    expect(gazetteer.geocode('During')).toBeNull();
    expect(gazetteer.geocode('While', { countryCodes: ['KZ'] })).toBeNull();
  });

  it('is loaded once per process', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it.each(['Police', 'Union', 'union', 'Centre', 'March', 'Today', 'the', '', '   ', 'Алматы', '123'])(
    'never geocodes the common word or non-name %j',
    (word) => {
      expect(gazetteer.geocode(word)).toBeNull();
    },
  );

  it.each(['Kazakhstan', 'Georgia', 'Russia', 'Afghanistan', 'United States', 'Kosovo', 'Moldova', 'Armenia'])(
    'never geocodes the country name %s as a town that lists it',
    (country) => {
      expect(gazetteer.geocode(country)).toBeNull();
    },
  );

  it('geocodes a country name only as that country’s own capital of the same name', () => {
    expect(gazetteer.geocode('Luxembourg')).toMatchObject({ countryCode: 'LU', featureCode: 'PPLC' });
    expect(gazetteer.geocode('Singapore')).toMatchObject({ countryCode: 'SG', featureCode: 'PPLC' });
  });

  it('finds nothing for a name no place has', () => {
    expect(gazetteer.geocode('Qwzxplorbia')).toBeNull();
  });

  it('lets country hints choose among places sharing a name, in the order given', () => {
    expect(gazetteer.geocode('Valencia')?.countryCode).toBe('VE');
    expect(gazetteer.geocode('Valencia', { countryCodes: ['ES'] })?.countryCode).toBe('ES');
    expect(gazetteer.geocode('Aksu')?.countryCode).toBe('CN');
    expect(gazetteer.geocode('Aksu', { countryCodes: ['KZ'] })?.geonameId).toBe(1524298);
    expect(gazetteer.geocode('Aksu', { countryCodes: ['TR', 'KZ'] })?.countryCode).toBe('TR');
    expect(gazetteer.geocode('Aksu', { countryCodes: ['FR', 'KZ'] })?.countryCode).toBe('KZ');
  });

  it('still prefers a hinted country over a bigger place elsewhere', () => {
    expect(gazetteer.geocode('Alexandria', { countryCodes: ['RO'] })?.geonameId).toBe(686502);
  });
});
