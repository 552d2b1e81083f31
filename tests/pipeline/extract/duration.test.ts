import { describe, expect, it } from 'vitest';
import { extractDuration } from '../../../src/pipeline/extract/duration.ts';
import { bodyOf, spanOf } from './helpers.ts';

function durationOf(body: string): number | null {
  return extractDuration(bodyOf(`Title\n${body}`))?.days ?? null;
}

describe('extractDuration', () => {
  it('reads the day count before an event noun, with its span', () => {
    const text = 'Title\nA four-day regional seminar for police began today.';
    expect(extractDuration(bodyOf(text))).toEqual({ days: 4, written: 'four-day', span: spanOf(text, 'four-day'), unit: 'day', calendarDays: true });
  });

  it('reads no length from a count of zero: a mangled "0000-day" is not a day count', () => {
    expect(durationOf('A 0000-day training course ended on Thursday.')).toBeNull();
    expect(durationOf('A 0-day seminar opened today.')).toBeNull();
  });

  it('reads past a bracketed acronym between the length and the noun', () => {
    expect(durationOf('A six-day Customs Risk Analysis (CRA) course ended today.')).toBe(6);
  });

  it('counts weeks as 7 days each but not as calendar days', () => {
    const text = 'Title\nA three-week training course for customs officers ended today.';
    expect(extractDuration(bodyOf(text))).toMatchObject({ days: 21, unit: 'week', calendarDays: false });
  });

  it('lets a later day count that fits the weeks as working days refine them', () => {
    const text = 'Title\nA two-week course on border checks ended today.\nThe 10-day course mixed theory and practice.';
    expect(extractDuration(bodyOf(text))).toMatchObject({ days: 10, unit: 'day', calendarDays: false });
  });

  it('keeps the weeks when a later day count is about something else', () => {
    const text = 'Title\nA two-week course ended today.\nA three-day workshop for judges will follow in May.';
    expect(extractDuration(bodyOf(text))).toMatchObject({ days: 14, unit: 'week' });
  });

  it.each([
    ['The five-day event was co-organized by the Office.', 5],
    ['A two-week training course opened today.', 14],
    ['A week-long workshop opened today.', 7],
    ['A 10-day course opened today.', 10],
    ['A two-day anti-trafficking course began today.', 2],
    ['The seminar lasted three days.', 3],
    ['It marks the end of a three-month project. The five-day training course was held by two officials.', 5],
  ])('%s → %s', (body, days) => {
    expect(durationOf(body)).toBe(days);
  });

  it.each([
    ['It welcomes a four-year plan for prevention.'],
    ['The event is the second in a series of five events.'],
    ['A three-month extra budgetary project ended.'],
    ['A two-month police teacher-training course ended.'],
  ])('finds no duration in %s', (body) => {
    expect(durationOf(body)).toBeNull();
  });

  it("reads a plural possessive before the noun: \"five-weeks' training\"", () => {
    expect(durationOf("The officers will receive five-weeks' training in investigation.")).toBe(35);
  });

  it('reads the stretch ahead: "over the next two weeks … training"', () => {
    expect(durationOf('Over the next two weeks, the partners will provide customs officers with training on risk analysis.')).toBe(14);
  });

  it('reads no length from a part of the event: "the first two weeks of the course"', () => {
    expect(durationOf('Gendarmes taught the first two weeks of the course; local trainers taught the remaining two weeks of the course.')).toBeNull();
  });

  it('reads a length beside "initiative"', () => {
    expect(durationOf('Fiji takes part in a three-week initiative for young diplomats.')).toBe(21);
  });
});
