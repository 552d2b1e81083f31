import { describe, expect, it } from 'vitest';
import { MAX_RADIUS, MIN_RADIUS, markerRadius } from '../../../src/app/features/map/venues/marker-radius.ts';

describe('markerRadius', () => {
  it('grows with the square root of participants between the minimum and maximum', () => {
    expect(markerRadius(0, 100)).toBe(MIN_RADIUS);
    expect(markerRadius(100, 100)).toBe(MAX_RADIUS);
    expect(markerRadius(25, 100)).toBe(Math.round(MIN_RADIUS + 0.5 * (MAX_RADIUS - MIN_RADIUS)));
    expect(markerRadius(500, 100)).toBe(MAX_RADIUS);
  });

  it('gives every venue a tappable size when no participant counts are known', () => {
    expect(markerRadius(0, 0)).toBe(MIN_RADIUS);
  });
});
