import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../src/app/features/map/countries/label-point.ts';

describe('labelPoint', () => {
  it('uses the centroid of the largest polygon', () => {
    const small = [[[50, 50], [51, 50], [51, 51], [50, 50]]];
    const big = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    expect(labelPoint([small, big])).toEqual([5, 5]);
  });

  it('moves into the land when the centroid of a concave shape falls outside it', () => {
    // A "U": the centroid sits in the gap between the arms.
    const u = [[[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
    const [x = 0, y = 0] = labelPoint([u]) ?? [];
    const inLeftArm = x > 0 && x < 2;
    const inRightArm = x > 8 && x < 10;
    expect(inLeftArm || inRightArm || y < 2).toBe(true);
  });

  it('has no point for an empty shape', () => {
    expect(labelPoint([])).toBeNull();
  });
});
