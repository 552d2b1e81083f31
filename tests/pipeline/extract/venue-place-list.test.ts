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

describe('parsePlaceList with each town’s dates', () => {
  it('reads on past a town’s own dates in parentheses, and says the list is dated', () => {
    const dated = parsePlaceList('Mzuzu (2-3 May) and Zomba (5–6 May 2019), for judges', 0, 0);
    expect(dated.items.map((i) => i.name)).toEqual(['Mzuzu', 'Zomba']);
    expect(dated.dated).toBe(true);
    expect(list('Mzuzu (on 2 May), Lilongwe (3 May) and Zomba (4 May).')).toEqual(['place:Mzuzu', 'place:Lilongwe', 'place:Zomba']);
    // Any other aside ends the list as before, and a list with no dates says none.
    expect(list('Mzuzu (the northern hub) and Zomba')).toEqual(['place:Mzuzu']);
    expect(parsePlaceList('Mzuzu and Zomba', 0, 0).dated).toBeUndefined();
  });
});
