import { describe, expect, it } from 'vitest';
import { createGazetteer, gazetteerOver, indexRows } from '../../../src/pipeline/gazetteer/create-gazetteer.ts';
import { decodeGazetteerFile, encodeGazetteerFile } from '../../../src/pipeline/gazetteer/gazetteer-file.ts';
import type { GazetteerRow } from '../../../src/pipeline/gazetteer/geonames-row.ts';

function row(overrides: Partial<GazetteerRow> & Pick<GazetteerRow, 'geonameId' | 'name'>): GazetteerRow {
  return { asciiName: overrides.name, alternateNames: [], countryCode: 'AA', lat: 10.5, lon: -20.25, population: 1000, featureCode: 'PPL', ...overrides };
}

// Names of my own, with what the file must keep: non-ASCII names and keys, an ASCII name that differs
// from the name, an empty ASCII name, alternates shared by several places, a name only in another
// script, a respelling to find in a hinted country, and places with no alternates or an empty one.
const ROWS: GazetteerRow[] = [
  row({ geonameId: 11, name: 'Bigtown', countryCode: 'AA', population: 2_000_000, featureCode: 'PPLC', alternateNames: ['Old Big', 'Freedonia', 'Police', 'BGT'] }),
  row({ geonameId: 12, name: 'Old Big', countryCode: 'BB', population: 500_000, lat: 1e-7, lon: 179.999999 }),
  row({ geonameId: 13, name: 'Old Big', countryCode: 'CC', population: 5_000 }),
  row({ geonameId: 14, name: 'Seaport', countryCode: 'BB', population: 50_000, featureCode: 'PPLA', alternateNames: ['', 'Sea Port'] }),
  row({ geonameId: 15, name: 'Sânt-Ílie', asciiName: 'Sant-Ilie', countryCode: 'CC', alternateNames: ["St. Ilie's", 'Санкт-Илие', 'Sântilie'] }),
  row({ geonameId: 16, name: 'Qaraqalpaq', asciiName: '', countryCode: 'KZ', alternateNames: ['Karakalpak'] }),
  row({ geonameId: 17, name: 'Нижний', asciiName: 'Nizhniy', countryCode: 'RU', population: 1_200_000 }),
  row({ geonameId: 2_147_000_000, name: 'Atamyrat', countryCode: 'TM', population: 30_000 }),
];

const ASKED: [string, { countryCodes?: string[] } | undefined][] = [
  ...['Bigtown', 'Old Big', 'old-big', 'Seaport', 'Sea Port', 'Sant Ilie', 'Sânt-Ílie', "St Ilie's", 'Qaraqalpaq', 'Karakalpak', 'Nizhniy', 'Нижний', 'Police', 'Atamyrat', 'Nowhere', '', 'BGT'].map(
    (name) => [name, undefined] as [string, undefined],
  ),
  ['Old Big', { countryCodes: ['CC'] }],
  ['Old Big', { countryCodes: ['ZZ', 'BB'] }],
  ['Atamurat', { countryCodes: ['TM'] }],
  ['Atamurat', { countryCodes: ['KZ'] }],
  ['Karakalpaq', { countryCodes: ['KZ', 'TM'] }],
  ['Qaraqalpak', { countryCodes: ['KZ'] }],
  ['Seaport', { countryCodes: ['X'] }],
];

describe('the gazetteer file', () => {
  const stamp = 'made-from-these-rows';
  const file = encodeGazetteerFile(indexRows(ROWS), stamp);
  const inMemory = createGazetteer(ROWS);

  it('answers every name, hinted or not, as the index made from the rows does', () => {
    const index = decodeGazetteerFile(file, stamp);
    expect(index).not.toBeNull();
    const fromFile = gazetteerOver(index!);
    for (const [name, hints] of ASKED) expect(fromFile.geocode(name, hints)).toEqual(inMemory.geocode(name, hints));
    // Asked twice (places and records are made once): the same answers.
    for (const [name, hints] of ASKED) expect(fromFile.geocode(name, hints)).toEqual(inMemory.geocode(name, hints));
  });

  it('keeps each place whole, with its fields in the order of a place made from its row', () => {
    const place = gazetteerOver(decodeGazetteerFile(file, stamp)!).geocode('Bigtown')!;
    expect(JSON.stringify(place)).toBe(JSON.stringify(inMemory.geocode('Bigtown')));
    expect(place.alsoKnownAs).toEqual(['Old Big', 'Freedonia', 'Police']);
  });

  it('reads the file wherever its bytes lie in memory (typed arrays need them aligned)', () => {
    const shifted = new Uint8Array(file.length + 3);
    shifted.set(file, 3);
    const fromFile = gazetteerOver(decodeGazetteerFile(shifted.subarray(3), stamp)!);
    for (const [name, hints] of ASKED) expect(fromFile.geocode(name, hints)).toEqual(inMemory.geocode(name, hints));
  });

  it('is refused when made from something else, cut short, or not such a file', () => {
    expect(decodeGazetteerFile(file, 'made-from-other-rows')).toBeNull();
    expect(decodeGazetteerFile(file.subarray(0, file.length - 8), stamp)).toBeNull();
    expect(decodeGazetteerFile(file.subarray(0, 6), stamp)).toBeNull();
    expect(decodeGazetteerFile(Buffer.from('not a gazetteer at all'), stamp)).toBeNull();
  });

  it('indexes no rows at all', () => {
    const empty = gazetteerOver(decodeGazetteerFile(encodeGazetteerFile(indexRows([]), stamp), stamp)!);
    expect(empty.geocode('Bigtown')).toBeNull();
    expect(empty.geocode('Bigtown', { countryCodes: ['AA'] })).toBeNull();
  });
});
