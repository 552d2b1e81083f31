import { describe, expect, it } from 'vitest';
import { labelWidth, unclashedLabels } from '../../../src/app/features/map/unclashed-labels.ts';

const box = (key: string, x: number, y: number) => ({ key, x, y, width: labelWidth(key), height: 13 });

describe('unclashedLabels', () => {
  it('keeps the higher-ranked of two names that would overlap, and every name with room', () => {
    // Armenia and Azerbaijan sit close at a low zoom: the first in rank is written.
    expect([...unclashedLabels([box('Azerbaijan', 100, 100), box('Armenia', 80, 104), box('Kazakhstan', 300, 60)])]).toEqual(['Azerbaijan', 'Kazakhstan']);
    expect([...unclashedLabels([box('Armenia', 80, 104), box('Azerbaijan', 100, 100)])]).toEqual(['Armenia']);
  });

  it('keeps names side by side or one above the other when they do not touch', () => {
    expect(unclashedLabels([box('Georgia', 100, 100), box('Armenia', 100, 120), box('Turkey', 200, 100)]).size).toBe(3);
  });
});
