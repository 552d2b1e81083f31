import { describe, expect, it } from 'vitest';
import { findInstitutionSeat, INSTITUTION_SEATS } from '../../../src/pipeline/gazetteer/institution-seats.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';

const NONE = new Set<string>();

describe('findInstitutionSeat', () => {
  it('knows an international body by its name or acronym, in any release', () => {
    expect(findInstitutionSeat('SELEC', NONE)).toMatchObject({ town: 'Bucharest', countryCode: 'RO' });
    expect(findInstitutionSeat('the Southeast European Law Enforcement Center', NONE)).toMatchObject({ town: 'Bucharest' });
    expect(findInstitutionSeat('Fiji Police Academy', NONE)).toMatchObject({ town: 'Suva', countryCode: 'FJ' });
  });

  it("takes a national body whose name does not say its nation only in a release naming that nation", () => {
    expect(findInstitutionSeat('High School of Justice', NONE)).toBeNull();
    expect(findInstitutionSeat('High School of Justice', new Set(['GE']))).toMatchObject({ town: 'Tbilisi' });
    // Two nations' bodies of one name: the one whose country the text names, and none when it names both.
    expect(findInstitutionSeat('Judicial Academy', new Set(['RS']))).toMatchObject({ town: 'Belgrade' });
    expect(findInstitutionSeat('Judicial Academy', new Set(['RS', 'HR']))).toBeNull();
  });

  it('knows no body outside the table, and no bare kind of site', () => {
    expect(findInstitutionSeat('Police Academy', new Set(['KG']))).toBeNull();
    expect(findInstitutionSeat('Higher School of Magistrates', new Set(['MD']))).toBeNull();
  });

  it("names only seats the gazetteer places in the body's country", () => {
    const gazetteer = loadGazetteer();
    const misplaced = INSTITUTION_SEATS.filter((s) => {
      const place = gazetteer.geocode(s.town, { countryCodes: [s.countryCode] });
      return !place || place.countryCode !== s.countryCode || place.match !== undefined;
    });
    expect(misplaced.map((s) => s.town)).toEqual([]);
  });
});
