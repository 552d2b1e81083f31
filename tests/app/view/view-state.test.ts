import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../../src/app/view/parse-view-state.ts';
import { serializeViewState } from '../../../src/app/view/serialize-view-state.ts';
import { DEFAULT_VIEW, ROLE_CHOICES, type ViewState } from '../../../src/app/view/view-state.ts';

const parse = (qs: string) => parseViewState(new URLSearchParams(qs));

function isValid(v: ViewState): boolean {
  return (
    v.countries.every((c) => /^[A-Z]{2}$/.test(c)) &&
    v.countries.length <= 50 &&
    (ROLE_CHOICES as readonly string[]).includes(v.role) &&
    v.topics.every((t) => /^[a-z0-9-]+$/.test(t)) &&
    v.organizers.every((t) => /^[a-z0-9-]+$/.test(t)) &&
    v.q.length <= 200 &&
    [v.from, v.to].every((d) => d === null || /^\d{4}-\d{2}-\d{2}$/.test(d)) &&
    (v.from === null || v.to === null || v.from <= v.to) &&
    (v.event === null || /^[a-z0-9][a-z0-9-]*$/.test(v.event))
  );
}

describe('parseViewState', () => {
  it('reads every parameter', () => {
    expect(parse('country=AF,LT&role=expert&from=2015-01-01&to=2015-12-31&event=001-abc&topic=customs&org=osce&q=drug%20routes')).toEqual({
      countries: ['AF', 'LT'],
      role: 'expert',
      topics: ['customs'],
      organizers: ['osce'],
      q: 'drug routes',
      from: '2015-01-01',
      to: '2015-12-31',
      event: '001-abc',
    });
  });

  it('drops invalid values one by one and keeps the rest', () => {
    expect(parse('country=AF,XXX,<script>,lt,AF&role=admin&from=2015-02-30&to=soon&event=../x&q=%00hi')).toEqual({
      ...DEFAULT_VIEW,
      countries: ['AF', 'LT'],
      q: ' hi',
    });
  });

  it('reads a window given backwards the way it was meant', () => {
    expect(parse('from=2016-01-01&to=2015-01-01')).toMatchObject({ from: '2015-01-01', to: '2016-01-01' });
  });

  it('caps lengths', () => {
    const v = parse(`q=${'a'.repeat(5000)}&country=${Array.from({ length: 300 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26) % 26)).join(',')}`);
    expect(v.q).toHaveLength(200);
    expect(v.countries.length).toBeLessThanOrEqual(50);
  });

  it('never throws and always returns a valid view for random query strings', () => {
    const key = fc.constantFrom('country', 'role', 'topic', 'org', 'q', 'from', 'to', 'event', 'x', '__proto__', 'constructor');
    const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('AF,LT', 'expert', '2015-01-01', '9999-99-99', ',,,'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value)), fc.string(), (pairs, junk) => {
        const qs = `${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}&${junk}`;
        const v = parse(qs);
        expect(isValid(v)).toBe(true);
        expect(parse(serializeViewState(v))).toEqual(v);
      }),
    );
  });
});

describe('serializeViewState', () => {
  it('writes parameters in a stable order, defaults left out', () => {
    const v: ViewState = { countries: ['AF', 'LT'], role: 'expert', topics: ['customs'], organizers: ['osce'], q: 'a&b', from: '2015-01-01', to: '2015-06-30', event: 'e1' };
    expect(serializeViewState(v)).toBe('country=AF,LT&role=expert&from=2015-01-01&to=2015-06-30&event=e1&topic=customs&org=osce&q=a%26b');
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips', () => {
    const v: ViewState = { ...DEFAULT_VIEW, countries: ['KZ'], q: 'Almatý, 2015' };
    expect(parse(serializeViewState(v))).toEqual(v);
  });
});
