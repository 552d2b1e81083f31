import { describe, expect, it } from 'vitest';
import { parsePlaceList } from '../../../src/pipeline/extract/place-list.ts';

function list(text: string): string[] {
  return parsePlaceList(text, 0, 0).items.map((i) => `${i.kind}:${i.label ?? i.name}${i.countryHint ? ` [${i.countryHint}]` : ''}${i.twoCountries ? ' [two countries]' : ''}`);
}

describe('parsePlaceList', () => {
  it('reads towns joined by commas and "and", with "in" repeated or not', () => {
    expect(list('Aktau, in Atyrau and in Uralsk.')).toEqual(['place:Aktau', 'place:Atyrau', 'place:Uralsk']);
    expect(list('Podgorica, Budva and Kolašin, for police officers')).toEqual(['place:Podgorica', 'place:Budva', 'place:Kolašin']);
  });

  it('keeps only the first name when the list does not close with "and"', () => {
    expect(list('Osh, Ivan Petrov said.')).toEqual(['place:Osh']);
    expect(list('Vienna and met specialists')).toEqual(['place:Vienna']);
  });

  it('reads a country after a town as its country, not as another place', () => {
    expect(list('Almaty, Kazakhstan on 11 July')).toEqual(['place:Almaty [Kazakhstan]']);
    expect(list('Holesov (Czech Republic), the Academy')).toEqual(['place:Holesov [Czech Republic]']);
  });

  it('reads regions, lakes and border crossings', () => {
    expect(list('the Georgian district of Lagodekhi')).toEqual(['region:Lagodekhi district [Georgian]']);
    expect(list('the Chui and Naryn regions')).toEqual(['region:Chui region', 'region:Naryn region']);
    expect(list('Sughd Province')).toEqual(['region:Sughd province']);
    expect(list('Lake Issyk-Kul')).toEqual(['region:Lake Issyk-Kul']);
    expect(list('the Dostyk border crossing point between Kazakhstan and China')).toEqual(['crossing:Dostyk border crossing point [two countries]']);
  });

  it("reads a town's own district as the town", () => {
    expect(list("Quito's Mariscal district, the minister said")).toEqual(['place:Quito']);
    expect(list('the Mariscal district')).toEqual(['region:Mariscal district']);
  });

  it('keeps two names of one town together, and reads nothing from lower-case words', () => {
    expect(list('Vushtrri/Vučitrn today')).toEqual(['place:Vushtrri/Vučitrn']);
    expect(list('the air border crossing point at the airport')).toEqual([]);
    expect(list('co-operation with the Ministry')).toEqual([]);
  });
});
