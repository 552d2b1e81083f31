import { describe, expect, it } from 'vitest';
import { flowCurve, flowLinks } from '../../../src/app/features/map/flows/flow-links.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

const points = new Map<string, readonly [number, number]>([
  ['AF', [34, 66]],
  ['RU', [62, 99]],
  ['KZ', [48, 67]],
  ['US', [39, -98]],
]);

function country(code: string, roles: ('host' | 'participant' | 'expert' | 'organizer')[]) {
  return { code, name: code, roles, evidence: [{ role: roles[0] ?? null, span: { start: 0, end: 1 }, reason: null }] };
}

describe('flowLinks', () => {
  it('links participant and expert countries to the venue; hosts and organisers alone get none', () => {
    const event = makeEvent('a', {
      countries: [country('KZ', ['host', 'participant', 'expert']), country('AF', ['participant']), country('RU', ['expert']), country('US', ['organizer'])],
    });
    expect(flowLinks({ ...event, approximate: null, written: null, placeKeys: [] }, points).map((l) => [l.code, l.role])).toEqual([
      ['KZ', 'participant'],
      ['AF', 'participant'],
      ['RU', 'expert'],
    ]);
    expect(flowLinks({ ...event, approximate: null, written: null, placeKeys: [] }, points)[0]?.to).toEqual([43.25, 76.95]);
  });

  it('draws nothing without a selection, without venue coordinates, or for countries the map cannot place', () => {
    expect(flowLinks(null, points)).toEqual([]);
    const unplaced = makeEvent('b', { venue: { lat: null, lon: null }, countries: [country('AF', ['participant'])] });
    expect(flowLinks({ ...unplaced, approximate: null, written: null, placeKeys: [] }, points)).toEqual([]);
    const unknown = makeEvent('c', { countries: [country('ZZ', ['participant'])] });
    expect(flowLinks({ ...unknown, approximate: null, written: null, placeKeys: [] }, points)).toEqual([]);
  });
});

describe('flowCurve', () => {
  it('starts and ends at the two places and bends away from the straight line', () => {
    const curve = flowCurve([0, 0], [0, 10], 10);
    expect(curve).toHaveLength(11);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[10]).toEqual([0, 10]);
    expect(curve[5]?.[0]).toBeGreaterThan(0.5); // eastward travel bends north
  });
});
