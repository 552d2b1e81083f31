import { describe, expect, it } from 'vitest';
import { decide, type FeatureTable } from '../../../src/pipeline/extract/decide.ts';

type F = 'strong' | 'weak-a' | 'weak-b' | 'against';
const TABLE: FeatureTable<F> = {
  strong: { weight: 3, note: 'a strong signal' },
  'weak-a': { weight: 2, note: 'one weak signal' },
  'weak-b': { weight: 2, note: 'another weak signal' },
  against: { weight: -4, note: 'a signal against' },
};
const at = (start: number) => ({ start, end: start + 1 });

describe('decide', () => {
  it('lets two weaker signals together overturn the strongest single one', () => {
    const { chosen, decision } = decide('venues', TABLE, 1, [
      { value: 'A', label: 'A', span: at(0), features: [{ feature: 'strong' }] },
      { value: 'B', label: 'B', span: at(5), features: [{ feature: 'weak-a' }, { feature: 'weak-b', note: 'after “in”' }] },
    ]);
    expect(chosen.map((c) => c.value)).toEqual(['B']);
    expect(decision).toEqual({
      fact: 'venues',
      threshold: 1,
      candidates: [
        { label: 'B', span: at(5), score: 4, chosen: true, evidence: [
          { feature: 'weak-a', weight: 2, note: 'one weak signal' },
          { feature: 'weak-b', weight: 2, note: 'after “in”' },
        ] },
        { label: 'A', span: at(0), score: 3, chosen: false, evidence: [{ feature: 'strong', weight: 3, note: 'a strong signal' }] },
      ],
    });
  });

  it('abstains below the threshold and keeps the candidate it did not choose', () => {
    const { chosen, decision } = decide('participantCount', TABLE, 1, [
      { value: 5, label: '5', span: at(0), features: [{ feature: 'strong' }, { feature: 'against' }] },
    ]);
    expect(chosen).toEqual([]);
    expect(decision?.candidates.map((c) => [c.label, c.score, c.chosen])).toEqual([['5', -1, false]]);
  });

  it('stores no decision for a single candidate that won, and breaks ties by text order', () => {
    expect(decide('dates', TABLE, 1, [{ value: 1, label: 'x', span: null, features: [{ feature: 'strong' }] }]).decision).toBeNull();
    const tie = decide('venues', TABLE, 1, [
      { value: 'first', label: 'first', span: at(0), features: [{ feature: 'weak-a' }] },
      { value: 'second', label: 'second', span: at(9), features: [{ feature: 'weak-b' }] },
    ]);
    expect(tie.chosen.map((c) => c.value)).toEqual(['first']);
  });

  it('keeps several when the choice asks for them (a venue list)', () => {
    const { chosen } = decide('venues', TABLE, 2, [
      { value: 'a', label: 'a', span: at(0), features: [{ feature: 'weak-a' }] },
      { value: 'b', label: 'b', span: at(3), features: [{ feature: 'strong' }] },
      { value: 'c', label: 'c', span: at(6), features: [] },
    ], (ranked) => ranked);
    expect(chosen.map((c) => c.value)).toEqual(['b', 'a']);
  });
});
