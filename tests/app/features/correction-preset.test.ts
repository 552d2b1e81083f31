// A fact's own "Correct" button: what it is called (which fact) and what it fills the form with.
import { describe, expect, it } from 'vitest';
import { toCorrection } from '../../../src/app/features/details/correction-form-state.ts';
import { correctionLabel, correctionPreset } from '../../../src/app/features/details/correction-preset.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

const span = { start: 0, end: 4 };
const venue = { lat: 0, lon: 30, geonameId: 1, span, reason: null } as const;
const event = makeEvent('e', {
  title: 'Course in Kasese',
  venues: [
    { ...venue, city: 'Kasese', name: 'Kasese', region: null, countryCode: 'UG', precision: 'city' },
    { ...venue, city: null, name: null, region: null, countryCode: 'KE', precision: 'country' },
  ],
  participantCount: { value: 20, qualifier: 'about' },
  countries: [
    { code: 'UG', name: 'Uganda', roles: ['participant'], evidence: [{ role: 'participant', span, reason: null }] },
    { code: 'PH', name: 'Philippines', roles: ['expert'], evidence: [{ role: 'expert', span, reason: null }] },
  ],
  people: [{ name: 'Jon Smith', role: 'Trainer', span }],
});

describe('correctionLabel', () => {
  it('names the fact the button corrects', () => {
    expect(correctionLabel(event, { fact: 'venue', index: 0 })).toBe('Correct the venue Kasese');
    expect(correctionLabel(event, { fact: 'venue', index: 1 })).toBe('Correct the venue Kenya');
    expect(correctionLabel(event, { fact: 'role', code: 'UG', role: 'participant' })).toBe("Correct Uganda's role as participant");
    expect(correctionLabel(event, { fact: 'role', code: 'PH', role: 'organizer' })).toBe("Correct Philippines' role as organiser");
    expect(correctionLabel(event, { fact: 'organizer', name: 'Centre', shown: 'OSCE Centre' })).toBe('Correct the organiser OSCE Centre');
    expect(correctionLabel(event, { fact: 'person', name: 'Jon Smith' })).toBe('Correct the person Jon Smith');
    expect(correctionLabel(event, { fact: 'count' })).toBe('Correct the participant count');
  });
});

describe('correctionPreset', () => {
  it('opens the form on the fact with its value to edit', () => {
    expect(correctionPreset(event, { fact: 'venue', index: 1 })).toMatchObject({ fact: 'venues', value: 'Kasese, UG; KE' });
    expect(correctionPreset(event, { fact: 'role', code: 'UG', role: 'participant' })).toMatchObject({ fact: 'changeRole', target: 'UG.participant', extra: '' });
    expect(correctionPreset(event, { fact: 'count' })).toMatchObject({ fact: 'participantCount', value: '20', qualifier: 'about' });
    expect(correctionPreset(event, { fact: 'person', name: 'Jon Smith' })).toMatchObject({ fact: 'person', target: 'Jon Smith', value: 'Jon Smith', extra: 'Trainer' });
    expect(correctionPreset(event, { fact: 'organizer', name: 'Centre', shown: 'OSCE Centre' })).toMatchObject({ fact: 'renameOrganizer', target: 'Centre', value: 'OSCE Centre' });
    expect(correctionPreset(event, { fact: 'title' })).toMatchObject({ fact: 'title', value: 'Course in Kasese' });
  });

  it('keeps the other venues when one is fixed: the preset, with a note, is an entry as it stands', () => {
    const result = toCorrection(event, { ...correctionPreset(event, { fact: 'venue', index: 0 }), note: 'Why' });
    expect(result.ok && result.correction.set).toEqual({ venues: ['Kasese, UG', 'KE'] });
  });
});
