import { describe, expect, it } from 'vitest';
import { clusterName, venueName } from '../../../src/app/features/map/layers/count-label.ts';

describe('marker names', () => {
  it('start with the city and count events in words', () => {
    expect(venueName('Karaganda', 1)).toBe('Karaganda — 1 event');
    expect(venueName('Almaty', 3)).toBe('Almaty — 3 events');
    expect(clusterName(12, 40)).toBe('Cluster of 12 venues, 40 events');
  });
});
