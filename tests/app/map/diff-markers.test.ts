import { describe, expect, it } from 'vitest';
import { diffMarkers } from '../../../src/app/features/map/venues/diff-markers.ts';

const previous = (entries: Record<string, string>) => new Map(Object.entries(entries));
const next = (entries: Record<string, string>) => Object.entries(entries).map(([key, signature]) => ({ key, signature }));

describe('diffMarkers', () => {
  it('keeps a marker whose key and look stay, and redraws one whose look changed', () => {
    const plan = diffMarkers(previous({ a: '1', b: '1' }), next({ a: '1', b: '2' }));
    expect(plan).toEqual({ source: new Map([['a', 'a'], ['b', 'b']]), redraw: new Set(['b']), remove: [] });
  });

  it('reuses the marker of a key that went for a new key, and redraws it', () => {
    const plan = diffMarkers(previous({ a: '1', b: '1' }), next({ a: '1', c: '1' }));
    expect(plan).toEqual({ source: new Map([['a', 'a'], ['c', 'b']]), redraw: new Set(['c']), remove: [] });
  });

  it('creates markers only when no spare is left, and removes spares nobody took', () => {
    expect(diffMarkers(previous({ a: '1' }), next({ b: '1', c: '1' })).source).toEqual(new Map([['b', 'a'], ['c', null]]));
    expect(diffMarkers(previous({ a: '1', b: '1', c: '1' }), next({ c: '1' }))).toEqual({ source: new Map([['c', 'c']]), redraw: new Set(), remove: ['a', 'b'] });
  });

  it('never reuses a pinned marker (the focused one): it goes, and the new key gets a marker of its own', () => {
    const plan = diffMarkers(previous({ focused: '1' }), next({ other: '1' }), (key) => key === 'focused');
    expect(plan).toEqual({ source: new Map([['other', null]]), redraw: new Set(), remove: ['focused'] });
  });

  it('keeps a pinned marker whose key stays', () => {
    expect(diffMarkers(previous({ a: '1' }), next({ a: '1' }), () => true)).toEqual({ source: new Map([['a', 'a']]), redraw: new Set(), remove: [] });
  });

  it('gives every next key one marker and every previous marker one fate, whatever the inputs', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let seed = 0; seed < 200; seed++) {
      const pick = (salt: number) => keys.filter((_, i) => ((seed * 7 + salt) >> i) & 1);
      const before = previous(Object.fromEntries(pick(3).map((k) => [k, String(seed % 3)])));
      const after = next(Object.fromEntries(pick(11).map((k) => [k, String(seed % 2)])));
      const pinned = new Set(pick(5));
      const plan = diffMarkers(before, after, (k) => pinned.has(k));
      const taken = [...plan.source.values()].filter((v) => v !== null);
      expect(new Set(taken).size).toBe(taken.length);
      expect([...taken, ...plan.remove].sort()).toEqual([...before.keys()].sort());
      expect([...plan.source.keys()]).toEqual(after.map((m) => m.key));
      for (const key of taken) if (!plan.source.has(key)) expect(pinned.has(key)).toBe(false);
    }
  });
});
