import { describe, expect, it } from 'vitest';
import { absenceText, readablePlace } from '../../src/vocabulary/absence-text.ts';
import type { Absence } from '../../src/schema/evidence.ts';

const a = (fields: Partial<Absence>): Absence => ({ fact: 'venues', kind: 'not-stated', name: null, span: null, ...fields });

describe('absenceText', () => {
  it('says what the text does, never a guess', () => {
    expect(absenceText(a({}))).toBe('No place for the event found in the text');
    expect(absenceText(a({ kind: 'online', name: 'Virtual' }))).toBe('Held online');
    expect(absenceText(a({ kind: 'unknown-place', name: 'Lakeside Camp' }))).toBe('Names “Lakeside Camp”, which the gazetteer does not know');
    expect(absenceText(a({ fact: 'startDate', kind: 'no-year', name: '12 to 16 June' }))).toBe('Dated “12 to 16 June”, without a year');
    expect(absenceText(a({ fact: 'participantCount' }))).toBe('No participant count found in the text');
    expect(absenceText(a({ kind: 'removed-by-hand' }))).toBe('Removed by hand');
  });

  it('names a country by its name, not its code, in an undecided place', () => {
    expect(absenceText(a({ kind: 'undecided', name: 'Beirut, LB' }))).toBe('Not decided: the likeliest place, “Beirut, Lebanon”, is not sure enough');
    expect(readablePlace('SS')).toBe('South Sudan');
    expect(readablePlace('South Sudan, SS')).toBe('South Sudan');
    expect(readablePlace('Kara-Kol')).toBe('Kara-Kol');
  });
});
