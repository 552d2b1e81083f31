import { describe, expect, it } from 'vitest';
import { extractKind } from '../../../src/pipeline/extract/kind.ts';

const kindOf = (...texts: string[]) => extractKind(texts.map((text) => ({ text, start: 0 })))?.kind ?? null;

describe('extractKind', () => {
  it('returns the kind with the span of the phrase', () => {
    expect(extractKind([{ text: 'An OSCE training seminar began today.', start: 100 }])).toEqual({
      kind: 'seminar',
      span: { start: 108, end: 124 },
    });
  });

  it.each([
    ['A four-day regional seminar began today.', 'seminar'],
    ['A police teacher-training course ended.', 'training course'],
    ['gathered today for a two-day anti-trafficking course.', 'training course'],
    ['a three-day training programme held last week.', 'training'],
    ['A round table on media freedom took place.', 'roundtable'],
    ['A study visit to Vienna began.', 'study visit'],
    ['A field exercise on detecting explosives began.', 'exercise'],
    ['The Forum on security co-operation met.', 'forum'],
    ['The OSCE hosted a conference.', 'conference'],
    ['A series of workshops for judges ended.', 'workshop'],
    ['Two training sessions were held.', 'training'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('takes the first passage that names a kind and skips verbs', () => {
    expect(kindOf('Officers of course learn by meeting their peers.', 'OSCE supports training on drugs')).toBe('training');
    expect(kindOf('Nothing here names an event.')).toBeNull();
  });
});
