// What the "Correct this fact" form writes for each kind of fact: an entry corrections.yaml accepts.
import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, toCorrection, type FormValues } from '../../../src/app/features/details/correction-form-state.ts';
import { Correction } from '../../../src/schema/corrections.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

const span = { start: 0, end: 4 };
const event = makeEvent('e', {
  countries: [{ code: 'AF', name: 'Afghanistan', roles: ['participant', 'organizer'], evidence: [{ role: 'participant', span, reason: null }] }],
  organizers: [{ name: 'The Centre', countryCode: null, span }],
  people: [{ name: 'Jon Smith', role: 'Trainer', span }],
});
const fix = (values: Partial<FormValues>) => {
  const result = toCorrection(event, { ...EMPTY_FORM, note: 'Why', ...values });
  if (!result.ok) return result.problem;
  expect(Correction.safeParse(result.correction).success).toBe(true);
  const { file: _file, textSha256: _sha, note: _note, ...rest } = result.correction;
  return rest;
};

describe('toCorrection', () => {
  it('writes each kind of fact as its entry', () => {
    expect(fix({ fact: 'venues', value: 'Kasese, UG; UG' })).toEqual({ set: { venues: ['Kasese, UG', 'UG'] } });
    expect(fix({ fact: 'addVenue', value: 'Fort Portal, UG' })).toEqual({ add: { venues: ['Fort Portal, UG'] } });
    expect(fix({ fact: 'removeVenue', target: '0' })).toEqual({ remove: ['venues.0'] });
    expect(fix({ fact: 'addRole', value: 'kz', extra: 'expert' })).toEqual({ add: { countries: { KZ: ['expert'] } } });
    expect(fix({ fact: 'removeRole', target: 'AF.organizer' })).toEqual({ remove: ['countries.AF.organizer'] });
    expect(fix({ fact: 'changeRole', target: 'AF.participant', extra: 'organizer' })).toEqual({ add: { countries: { AF: ['organizer'] } }, remove: ['countries.AF.participant'] });
    expect(fix({ fact: 'changeRole', target: 'AF.participant', extra: 'none' })).toEqual({ remove: ['countries.AF.participant'] });
    expect(fix({ fact: 'removeCountry', target: 'AF' })).toEqual({ remove: ['countries.AF'] });
    expect(fix({ fact: 'renameOrganizer', target: 'The Centre', value: 'OSCE Centre' })).toEqual({ rename: { organizers: { 'The Centre': 'OSCE Centre' } } });
    expect(fix({ fact: 'removeOrganizer', target: 'The Centre' })).toEqual({ remove: ['organizers.The Centre'] });
    expect(fix({ fact: 'person', target: 'Jon Smith', value: 'John Smith', extra: '' })).toEqual({ rename: { people: { 'Jon Smith': { name: 'John Smith', role: null } } } });
    expect(fix({ fact: 'participantCount', value: '65', qualifier: 'about' })).toEqual({ set: { participantCount: { value: 65, qualifier: 'about' } } });
  });

  it('says what is missing instead of writing a wrong entry', () => {
    expect(fix({ fact: 'addVenue', value: 'Kasese, Uganda' })).toMatch(/Town, CC/);
    expect(fix({ fact: 'addRole', value: 'KZ' })).toBe('Choose the role.');
    expect(fix({ fact: 'changeRole', target: 'AF.participant', extra: 'participant' })).toMatch(/another role/);
    expect(fix({ fact: 'changeRole', target: 'AF.participant', extra: '' })).toBe('Choose the role.');
    expect(fix({ fact: 'renameOrganizer', target: 'Nobody', value: 'X' })).toBe('Choose the organiser.');
    expect(fix({ fact: 'person', target: '' })).toBe('Choose the person.');
    expect(toCorrection(event, { ...EMPTY_FORM, value: '3' })).toEqual({ ok: false, problem: 'Say why (the note is shown beside the fact).' });
  });
});
