import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNTRY_TABLE } from '../../../src/pipeline/lexicon/country-table.ts';
import { countryByCode, findCountry, findCountryMentions } from '../../../src/pipeline/lexicon/countries.ts';
import { WORLD_COUNTRY_NAMES } from '../../../src/pipeline/lexicon/world-country-names.ts';

describe('findCountry', () => {
  it.each([
    ['Russia', 'RU', 'Russia'],
    ['the Russian Federation', 'RU', 'Russia'],
    ['the United States of America', 'US', 'United States'],
    ['US', 'US', 'United States'],
    ['U.S.', 'US', 'United States'],
    ['USA', 'US', 'United States'],
    ['UK', 'GB', 'United Kingdom'],
    ['BiH', 'BA', 'Bosnia and Herzegovina'],
    ['the former Yugoslav Republic of Macedonia', 'MK', 'North Macedonia'],
    ['Kosovo', 'XK', 'Kosovo'],
    ['Turkey', 'TR', 'Türkiye'],
    ['Türkiye', 'TR', 'Türkiye'],
    ['Kirghizia', 'KG', 'Kyrgyzstan'],
    ['Byelorussia', 'BY', 'Belarus'],
    ['Moldova', 'MD', 'Moldova'],
    ['Afghans', 'AF', 'Afghanistan'],
    ['Kazakhstani', 'KZ', 'Kazakhstan'],
    ["Kazakhstan's", 'KZ', 'Kazakhstan'],
    ['Turkmen', 'TM', 'Turkmenistan'],
    ['kyrgyz', 'KG', 'Kyrgyzstan'],
    ['Swiss', 'CH', 'Switzerland'],
    ['British', 'GB', 'United Kingdom'],
    ['Côte d’Ivoire', 'CI', "Côte d'Ivoire"],
  ])('%s → %s', (written, code, name) => {
    expect(findCountry(written)).toEqual({ code, name });
  });

  it('does not read lower-case abbreviations or ordinary words', () => {
    expect(findCountry('us')).toBeUndefined();
    expect(findCountry('Astana')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });

  it('covers every ISO code once, with Kosovo', () => {
    const codes = COUNTRY_TABLE.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(250);
    expect(countryByCode('XK')).toEqual({ code: 'XK', name: 'Kosovo' });
  });

  it('reads demonyms of every continent from the generated table', () => {
    expect(['Malian', 'Burundian', 'Bhutanese', 'Salvadoran', 'Mosotho', 'Seychellois', 'Cook Islander'].map((d) => findCountry(d)?.code)).toEqual([
      'ML', 'BI', 'BT', 'SV', 'LS', 'SC', 'CK',
    ]);
    expect(findCountry('Principality of Liechtenstein')?.code).toBe('LI');
    expect(findCountry('Kazakstan')?.code).toBe('KZ');
  });

  it('gives "Dominican" to the Dominican Republic and a shared demonym to no one', () => {
    expect(findCountry('Dominican')?.code).toBe('DO');
    expect(findCountry('Dominicans')?.code).toBe('DO');
    expect(findCountry('Virgin Islander')).toBeUndefined();
    expect(findCountry('Island')).toBeUndefined();
  });

  it('knows every country of the generated table by its name and by a demonym of its own', () => {
    const shared = (d: string): boolean => WORLD_COUNTRY_NAMES.filter(([, , ds]) => ds.includes(d)).length > 1;
    for (const [code, names, demonyms] of WORLD_COUNTRY_NAMES) {
      expect(countryByCode(code), code).toBeDefined();
      expect(findCountry(names[0]!)?.code, names[0]).toBe(code);
      const own = demonyms.filter((d) => !shared(d));
      if (own.length > 0) expect(own.some((d) => findCountry(d) !== undefined), code).toBe(true);
    }
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void findCountry(s)));
  });
});

describe('findCountryMentions', () => {
  it('gives the same answer when asked again, whatever a caller did with the first', () => {
    const text = 'Officers from Afghanistan and Tajik border guards met in Almaty.';
    const first = findCountryMentions(text);
    first[0]!.code = 'XX';
    first.pop();
    expect(findCountryMentions(text)).toEqual([
      { code: 'AF', start: 14, end: 25, form: 'name', text: 'Afghanistan' },
      { code: 'TJ', start: 30, end: 35, form: 'adjective', text: 'Tajik' },
    ]);
  });

  it('reads names, demonyms and abbreviations with spans', () => {
    const text = 'Tajik and Afghan officers met US experts in BiH and Kazakhstan’s police.';
    expect(findCountryMentions(text)).toEqual([
      { code: 'TJ', start: 0, end: 5, form: 'adjective', text: 'Tajik' },
      { code: 'AF', start: 10, end: 16, form: 'adjective', text: 'Afghan' },
      { code: 'US', start: 30, end: 32, form: 'abbreviation', text: 'US' },
      { code: 'BA', start: 44, end: 47, form: 'abbreviation', text: 'BiH' },
      { code: 'KZ', start: 52, end: 62, form: 'name', text: 'Kazakhstan' },
    ]);
  });

  it('prefers the longest form at a position', () => {
    expect(findCountryMentions('the United States of America and Papua New Guinea')).toEqual([
      { code: 'US', start: 4, end: 28, form: 'name', text: 'United States of America' },
      { code: 'PG', start: 33, end: 49, form: 'name', text: 'Papua New Guinea' },
    ]);
  });

  it('ignores lower-case words and a lower-case "us"', () => {
    expect(findCountryMentions('Let us roast a turkey with china plates.')).toEqual([]);
  });

  it('ignores Georgia the US state, a street, and phrases like "Latin American"', () => {
    const text = 'Experts from Atlanta, Georgia, from Georgia State University, on Georgia Avenue, in Georgia, USA, and Latin American police.';
    expect(findCountryMentions(text)).toEqual([{ code: 'US', start: 93, end: 96, form: 'abbreviation', text: 'USA' }]);
  });

  it('ignores Georgia after a US city in capitals (a dateline) and in "University of Georgia"', () => {
    expect(findCountryMentions('ATLANTA, Georgia, 3 May 2016 – experts of the University of Georgia met.')).toEqual([]);
  });

  it('still reads the country in "University of" another country, and after a city that is not in the state', () => {
    expect(findCountryMentions('the University of Kazakhstan; TBILISI, Georgia').map((m) => [m.code, m.text])).toEqual([
      ['KZ', 'Kazakhstan'],
      ['GE', 'Georgia'],
    ]);
  });

  it('still reads Georgia the country and the Georgian demonym', () => {
    expect(findCountryMentions('Experts from Georgia and two Georgian trainers.')).toEqual([
      { code: 'GE', start: 13, end: 20, form: 'name', text: 'Georgia' },
      { code: 'GE', start: 29, end: 37, form: 'adjective', text: 'Georgian' },
    ]);
  });

  it('reads a country glued to a lower-case word where markup was stripped, but not inside a name', () => {
    const codes = (text: string) => findCountryMentions(text).map((m) => [m.code, m.text]);
    expect(codes('officers from five countriesGhana, Togo and Benin')).toEqual([['GH', 'Ghana'], ['TG', 'Togo'], ['BJ', 'Benin']]);
    expect(codes('McChad and eMali are brands.')).toEqual([]);
  });

  it('reads an acronym made of the initials of a country’s body as that body, after its name', () => {
    const text = 'The Papua New Guinea Defence Force and the Kenya Police Service met. Three PNGDF officers and two KPS officers spoke; KPS.';
    expect(findCountryMentions(text).map((m) => [m.code, m.text, m.body ?? false])).toEqual([
      ['PG', 'Papua New Guinea', false],
      ['KE', 'Kenya', false],
      ['PG', 'PNGDF', true],
      ['KE', 'KPS', true],
      ['KE', 'KPS', true],
    ]);
    // Before the name, and for a project, the letters are not read.
    expect(findCountryMentions('KPS met. The Kenya Police Service met.').map((m) => m.text)).toEqual(['Kenya']);
    expect(findCountryMentions('The Somalia Border Programme (SBP) met. SBP spoke.').map((m) => m.text)).toEqual(['Somalia']);
  });

  it('does not read a country named inside a town’s name, however the town is spelt, but reads the town’s own', () => {
    const codes = (text: string) => findCountryMentions(text).map((m) => [m.code, m.text]);
    expect(codes('Customs officers met in Port of Spain, then in Port-of-Spain, Trinidad and Tobago.')).toEqual([['TT', 'Trinidad and Tobago']]);
    expect(codes('Gendarmes trained in Fort-de-France; French gendarmes taught.')).toEqual([['FR', 'French']]);
    expect(codes('Officers came from Spain and from Kuwait City.')).toEqual([['ES', 'Spain'], ['KW', 'Kuwait']]);
  });

  it('tells a country from another whose name holds its name, with a hyphen or a space', () => {
    const codes = (text: string) => findCountryMentions(text).map((m) => m.code);
    expect(codes('Delegates of Guinea-Bissau, Guinea Bissau, Guinea, Papua New Guinea and Equatorial Guinea.')).toEqual(['GW', 'GW', 'GN', 'PG', 'GQ']);
    expect(codes('Officials from Niger, Nigeria, Dominica and the Dominican Republic, and from Timor Leste.')).toEqual(['NE', 'NG', 'DM', 'DO', 'TL']);
  });

  it('reads both sides of a hyphenated border', () => {
    expect(findCountryMentions('the Turkmen-Afghan border').map((m) => m.code)).toEqual(['TM', 'AF']);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void findCountryMentions(s)));
  });
});

// Where a name may start: a capital with nothing letter-like before it, or glued to a whole
// lower-case word of three or more letters (markup stripped between two words), never inside a word.
describe('findCountryMentions: where a capitalised word starts', () => {
  const codes = (text: string) => findCountryMentions(text).map((m) => [m.code, m.text]);

  it('reads a name glued to a lower-case word of three letters or more, not to a shorter one', () => {
    expect(codes('officers from 8 countriesAntigua and Barbuda, Fiji')).toEqual([['AG', 'Antigua and Barbuda'], ['FJ', 'Fiji']]);
    expect(codes('theFrance abFrance')).toEqual([['FR', 'France']]);
  });

  it('does not read a name inside a word with a capital or a digit before its glued letters', () => {
    expect(codes('McFrance xAbcFrance 3abcFrance')).toEqual([]);
    expect(codes('éabcFrance')).toEqual([['FR', 'France']]);
  });

  it('reads names after punctuation and outside the ASCII letters, and a whole name over a shorter one', () => {
    expect(codes('(Côte d’Ivoire), «Türkiye» and Papua New Guinea')).toEqual([['CI', 'Côte d’Ivoire'], ['TR', 'Türkiye'], ['PG', 'Papua New Guinea']]);
  });

  it('reads letters beyond the first plane as letters', () => {
    // Mathematical letters (two UTF-16 units each): a capital glued to the name, three small ones.
    expect(codes('𝐀France')).toEqual([]);
    expect(codes('𝐚𝐛𝐜France')).toEqual([['FR', 'France']]);
  });

  it('reads names whose first word has letters beyond ASCII, in any case, and only whole words', () => {
    expect(codes('Officers from Côte d’Ivoire, São Tomé and Príncipe, Türkiye and Curaçao met in Réunion.')).toEqual([
      ['CI', 'Côte d’Ivoire'], ['ST', 'São Tomé and Príncipe'], ['TR', 'Türkiye'], ['CW', 'Curaçao'], ['RE', 'Réunion'],
    ]);
    expect(codes('Experts from CÔTE D’IVOIRE and the ÅLAND ISLANDS.')).toEqual([['CI', 'CÔTE D’IVOIRE'], ['AX', 'ÅLAND ISLANDS']]);
    expect(codes('Zürich police, Malmö customs and Türkiyeans trained.')).toEqual([]);
  });
});
