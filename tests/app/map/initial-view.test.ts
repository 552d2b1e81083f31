import { describe, expect, it } from 'vitest';
import { venueGroupsOf } from '../fixtures/venue-groups.ts';
import { initialView } from '../../../src/app/features/map/camera/initial-view.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

describe('initialView', () => {
  it('fits the venues with padding and a regional zoom limit', () => {
    const venues = venueGroupsOf([
      makeEvent('a'),
      makeEvent('b', { venue: { geonameId: 609655, lat: 49.8, lon: 73.1 } }),
    ]);
    expect(initialView(venues)).toEqual({
      bounds: [[43.25, 73.1], [49.8, 76.95]],
      boundsOptions: { padding: [48, 48], maxZoom: 5 },
    });
  });

  it('falls back to a fixed view when no event has a place', () => {
    expect(initialView([])).toHaveProperty('zoom');
  });
});
