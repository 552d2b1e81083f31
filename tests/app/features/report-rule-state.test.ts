// What "Not the same event" and "Same event as…" write (corrections.yaml report rules the schema
// accepts), and which events the "Same event as…" list offers for what is typed.
import { describe, expect, it } from 'vitest';
import { eventChoices, MAX_CHOICES, sameEventRules, splitOffRules } from '../../../src/app/features/details/report-rule-state.ts';
import type { EventSummary } from '../../../src/schema/app-files.ts';
import type { AtlasEvent, Report } from '../../../src/schema/dataset.ts';
import { ReportRule } from '../../../src/schema/report-rule.ts';
import { makeEvent, makeVenue } from '../../fixtures/make-event.ts';

const report = (id: string): Report => ({ id, file: `${id}.txt`, sha256: '0'.repeat(64), text: '', title: `Report ${id}`, publishedDate: null, kind: 'report', gave: [] });
const told: AtlasEvent = { ...makeEvent('a'), reports: [report('b'), report('c')] };

const rules = (result: ReturnType<typeof splitOffRules>) => {
  if (!result.ok) return result.problem;
  for (const rule of result.rules) expect(ReportRule.safeParse(rule).success).toBe(true);
  return result.rules;
};

describe('splitOffRules', () => {
  it('keeps the release apart from every other release of the event, so no third one joins it back', () => {
    expect(rules(splitOffRules(told, 0, ' Another run of the course '))).toEqual([
      { file: 'b.txt', notSameEventAs: 'a.txt', note: 'Another run of the course' },
      { file: 'b.txt', notSameEventAs: 'c.txt', note: 'Another run of the course' },
    ]);
    expect(rules(splitOffRules({ ...told, reports: [report('b')] }, 0, 'Why'))).toEqual([{ file: 'b.txt', notSameEventAs: 'a.txt', note: 'Why' }]);
  });

  it('asks for a note, and refuses a release no longer joined', () => {
    expect(rules(splitOffRules(told, 1, '  '))).toBe('Say why (the note is kept in corrections.yaml).');
    expect(rules(splitOffRules(told, 2, 'Why'))).toBe('That release is no longer joined to this event.');
    expect(rules(splitOffRules(makeEvent('a'), 0, 'Why'))).toBe('That release is no longer joined to this event.');
  });
});

describe('sameEventRules', () => {
  it('joins the two events by their first releases', () => {
    expect(sameEventRules(told, 'd.txt', 'The announcement of this course')).toEqual({ ok: true, rules: [{ file: 'a.txt', sameEventAs: 'd.txt', note: 'The announcement of this course' }] });
  });

  it('asks for the other event and a note; a release of this event is not another event', () => {
    expect(sameEventRules(told, null, 'Why')).toEqual({ ok: false, problem: 'Choose the other event.' });
    expect(sameEventRules(told, 'd.txt', '')).toEqual({ ok: false, problem: 'Say why (the note is kept in corrections.yaml).' });
    for (const file of ['a.txt', 'c.txt']) expect(sameEventRules(told, file, 'Why')).toEqual({ ok: false, problem: 'That release already tells of this event.' });
  });
});

describe('eventChoices', () => {
  const summary = (id: string, title: string, startDate: string | null, city: string | null): EventSummary => ({
    id, title, kind: 'training', startDate, endDate: startDate, publishedDate: startDate && '2022-01-01', approximate: null, written: null, participantCount: null,
    venues: city ? [makeVenue({ city, name: city, countryCode: 'KZ' })] : [],
  });
  const events = [
    summary('far', 'Customs course', '2019-03-01', 'Öskemen'),
    summary('self', 'Customs course', '2022-10-10', 'Osh'),
    summary('undated', 'Police seminar', null, null),
    summary('near', 'Border seminar', '2022-10-20', 'Almaty'),
    summary('nearer', 'Forum on rivers', '2022-10-08', 'Bishkek'),
  ];
  const ids = (query: string, near: string | null = '2022-10-10') => eventChoices(events, 'self', near, query).choices.map((c) => c.id);

  it('offers every other event, nearest in time first, undated last', () => {
    expect(ids('')).toEqual(['nearer', 'near', 'far', 'undated']);
    // An undated event to join: the build's order.
    expect(ids('', null)).toEqual(['far', 'undated', 'near', 'nearer']);
  });

  it('finds an event by words of its title, place or dates, case and accents aside', () => {
    expect(ids('SEMINAR')).toEqual(['near', 'undated']);
    expect(ids('oskemen')).toEqual(['far']);
    expect(ids('october 2022')).toEqual(['nearer', 'near']);
    expect(ids('seminar almaty')).toEqual(['near']);
    expect(ids('Tashkent')).toEqual([]);
  });

  it('names each choice by its title, places and dates as the list shows them', () => {
    expect(eventChoices(events, 'self', null, 'rivers').choices).toEqual([{ id: 'nearer', title: 'Forum on rivers', place: 'Bishkek', dates: '8 October 2022' }]);
    expect(eventChoices(events, 'self', null, 'police').choices[0]).toMatchObject({ place: 'Place not stated', dates: 'Date unknown' });
  });

  it(`shows at most ${MAX_CHOICES} and counts the rest`, () => {
    const many = Array.from({ length: MAX_CHOICES + 7 }, (_, i) => summary(`e${i}`, `Course ${i}`, '2020-01-01', 'Almaty'));
    const { choices, more } = eventChoices(many, 'e0', null, 'course');
    expect([choices.length, more]).toEqual([MAX_CHOICES, 6]);
  });
});
