import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMapParam, parseViewState } from '../../../src/app/view/parse-view-state.ts';
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
      undated: 'include',
      map: null,
      display: 'map',
      sort: null,
    });
  });

  it('reads a parameter left out as the default, and a view\'s lists as its own', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
    expect(parse('zzz=1&country=')).toEqual(DEFAULT_VIEW);
    // Defaults worked out once must not be shared: a list changed in one view stays out of the next.
    const first = parse('');
    first.countries.push('KZ');
    expect(parse('').countries).toEqual([]);
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
    const key = fc.constantFrom('country', 'role', 'topic', 'org', 'q', 'from', 'to', 'event', 'view', 'sort', 'x', '__proto__', 'constructor');
    const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('AF,LT', 'expert', '2015-01-01', '9999-99-99', ',,,', 'table', '-count', 'date'));
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

describe('parseViewState on hostile links', () => {
  const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '../../etc/passwd', '%00', '\u202eFA', 'AFX', '', ' ', '__proto__', 'constructor', '1e309', 'A'.repeat(500)];
  const valid = fc.record({
    countries: fc.uniqueArray(fc.constantFrom('AF', 'KZ', 'LT', 'US', 'XK'), { maxLength: 5 }),
    role: fc.constantFrom(...ROLE_CHOICES),
    topics: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { maxLength: 4 }),
    dates: fc.tuple(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })),
    event: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
  });

  it('keeps every valid value and drops every hostile one mixed in with it', () => {
    const noise = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 6 });
    fc.assert(
      fc.property(valid, noise, noise, fc.string(), (v, countryNoise, topicNoise, junk) => {
        const [from, to] = v.dates.map((d) => d.toISOString().slice(0, 10)).sort() as [string, string];
        const mix = (good: string[], bad: string[]) => encodeURIComponent([...bad.filter((b) => !b.includes(',')), ...good].join(','));
        const qs = [
          `country=${mix(v.countries, countryNoise.filter((n) => !/^[a-z]{2}$/i.test(n.trim())))}`,
          `role=${v.role}`,
          `topic=${mix(v.topics, topicNoise.filter((n) => !/^[a-z0-9-]{1,64}$/.test(n.trim())))}`,
          `from=${from}`,
          `to=${to}`,
          `event=${v.event}`,
          // The rest at their defaults, so random junk cannot give one of them a value ("q=a").
          'org=&q=&undated=include&map=&view=&sort=',
          // Later duplicates and junk must not override what came first.
          `role=<script>&event=../x&${junk}`,
        ].join('&');
        const parsed = parse(qs);
        expect(parsed).toEqual({ ...DEFAULT_VIEW, countries: v.countries, role: v.role, topics: v.topics, from, to, event: v.event });
      }),
      { numRuns: 300 },
    );
  });

  it('drops every hostile value on its own, never throwing', () => {
    for (const key of ['country', 'role', 'topic', 'org', 'from', 'to', 'event']) {
      for (const value of HOSTILE) {
        const v = parse(`${key}=${encodeURIComponent(value)}`);
        expect(isValid(v), `${key}=${value}`).toBe(true);
        expect(JSON.stringify(v)).not.toMatch(/<|javascript:|\.\.\//);
      }
    }
    expect(() => parse('%E0%A4%A&q=%&country=%%%&=&&==')).not.toThrow();
  });
});

describe('serializeViewState', () => {
  it('writes parameters in a stable order, defaults left out', () => {
    const v: ViewState = { countries: ['AF', 'LT'], role: 'expert', topics: ['customs'], organizers: ['osce'], q: 'a&b', from: '2015-01-01', to: '2015-06-30', event: 'e1', undated: 'exclude', map: { lat: 43.2381, lon: -76.9, zoom: 5 }, display: 'table', sort: { key: 'count', direction: 'descending' } };
    expect(serializeViewState(v)).toBe('country=AF,LT&role=expert&from=2015-01-01&to=2015-06-30&event=e1&topic=customs&org=osce&q=a%26b&undated=exclude&view=table&sort=-count&map=43.238,-76.9,5');
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips', () => {
    const v: ViewState = { ...DEFAULT_VIEW, countries: ['KZ'], q: 'Almatý, 2015', undated: 'exclude', map: { lat: 51.5, lon: 71.446, zoom: 6.5 }, display: 'table', sort: { key: 'date', direction: 'ascending' } };
    expect(parse(serializeViewState(v))).toEqual(v);
  });

  it('keeps a map view only on the globe and within the zooms the map allows', () => {
    expect(parse('map=43.238,76.946,5').map).toEqual({ lat: 43.238, lon: 76.946, zoom: 5 });
    for (const bad of ['91,0,3', '0,181,3', '0,0,1', '0,0,11', '0,0', 'a,b,c', '0,0,3,4', '1e2,0,3']) expect(parse(`map=${bad}`).map, bad).toBeNull();
    expect(parse('undated=sometimes').undated).toBe('include');
    expect(parse('view=globe&sort=title')).toMatchObject({ display: 'map', sort: null });
    expect(parse('view=table&sort=-date')).toMatchObject({ display: 'table', sort: { key: 'date', direction: 'descending' } });
  });

  it('reads the map parameter alone as it reads it within the whole view', () => {
    // The map moves far more often than the rest of the view, so the app parses it on its own.
    for (const text of [null, '', '43.238,76.946,5', '-12.5,-170.25,9.5', '91,0,3', '0,0,11', 'a,b,c', `${'1'.repeat(50)},0,3`]) {
      expect(parseMapParam(text), String(text)).toEqual(parse(text === null ? '' : `map=${encodeURIComponent(text)}`).map);
    }
    expect(parseMapParam('43.238,76.946,5')).toEqual({ lat: 43.238, lon: 76.946, zoom: 5 });
  });
});
