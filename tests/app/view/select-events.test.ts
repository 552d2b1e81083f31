import { describe, expect, it } from 'vitest';
import { createLoadedSearchMatcher } from '../../../src/app/dataset/search-matcher.ts';
import { buildIndexes } from '../../../src/app/dataset/build-indexes.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { selectEvents } from '../../../src/app/view/select-events.ts';
import { DEFAULT_VIEW, type ViewState } from '../../../src/app/view/view-state.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';
import { makeEvent, makeVenue } from '../../fixtures/make-event.ts';

const files = encodeAppFiles(seedDataset());
const indexes = buildIndexes(files.summary);
const matcher = createLoadedSearchMatcher(files.search, files.searchShards);
const cities = (patch: Partial<ViewState>) =>
  selectEvents(indexes, { ...DEFAULT_VIEW, ...patch }, matcher.match(patch.q ?? '')).events.map((e) => e.venues[0]?.city);

describe('selectEvents with the seed releases', () => {
  it('returns everything sorted by date by default', () => {
    expect(cities({})).toEqual(['Karaganda', 'Almaty']);
  });
  it('Afghanistan → 1 event', () => expect(cities({ countries: ['AF'] })).toEqual(['Karaganda']));
  it('Lithuania (an expert in both) → 2', () => expect(cities({ countries: ['LT'] })).toEqual(['Karaganda', 'Almaty']));
  it('Lithuania as participant → 0', () => expect(cities({ countries: ['LT'], role: 'participant' })).toEqual([]));
  it('Lithuania as expert → 2', () => expect(cities({ countries: ['LT'], role: 'expert' })).toHaveLength(2));
  it('any chosen country is enough', () => expect(cities({ countries: ['AF', 'GE'], role: 'participant' })).toEqual(['Karaganda']));
  it('from=2015-01-01 → Almaty only', () => expect(cities({ from: '2015-01-01' })).toEqual(['Almaty']));
  it('a window overlapping the last day of an event keeps it', () => {
    expect(cities({ from: '2014-11-06', to: '2014-11-06' })).toEqual(['Karaganda']);
    expect(cities({ from: '2014-11-07', to: '2015-03-29' })).toEqual([]);
  });
  it('filters by topic and organiser', () => {
    expect(cities({ topics: ['customs'] })).toEqual(['Almaty']);
    // "US Embassy in Kazakhstan" and "United States Embassy in Kazakhstan": one body, merged by the build step.
    expect(cities({ organizers: ['united-states-embassy-in-kazakhstan'] })).toEqual(['Karaganda', 'Almaty']);
    // The OSCE Centre in Astana, renamed the OSCE Programme Office in Astana: one body too.
    expect(cities({ organizers: ['osce-programme-office-in-astana'] })).toEqual(['Karaganda', 'Almaty']);
    expect(cities({ organizers: ['osce-centre-in-astana'] })).toEqual([]);
  });
  it('free text is case- and diacritic-insensitive over title, city, organisations, people and quotes', () => {
    expect(cities({ q: 'ALMATÝ' })).toEqual(['Almaty']);
    expect(cities({ q: 'zarudna' })).toEqual(['Karaganda']);
    expect(cities({ q: 'thousands of lives' })).toEqual(['Almaty']);
    expect(cities({ q: 'interpol' })).toEqual(['Karaganda']);
    expect(cities({ q: 'nowhere at all' })).toEqual([]);
  });
  it('counts countries for shading and option counts over the other filters', () => {
    const s = selectEvents(indexes, { ...DEFAULT_VIEW, countries: ['AF'], from: '2014-01-01' });
    expect(s.countryCounts.get('US')).toBe(1);
    // The country filter does not narrow its own options: Lithuania would add a second event.
    expect(s.optionCounts.countries.get('LT')).toBe(2);
    expect(s.optionCounts.countries.get('AF')).toBe(1);
    const experts = selectEvents(indexes, { ...DEFAULT_VIEW, role: 'expert' });
    expect(experts.optionCounts.countries.get('AF')).toBeUndefined();
    expect(experts.optionCounts.countries.get('GE')).toBe(2);
  });

  it('filters by a search only once it has the matcher’s answer', () => {
    expect(selectEvents(indexes, { ...DEFAULT_VIEW, q: 'zarudna' }, null).events.map((e) => e.venues[0]?.city)).toEqual(['Karaganda', 'Almaty']);
    expect(selectEvents(indexes, { ...DEFAULT_VIEW, q: 'zarudna' }, matcher.match('zarudna')).events.map((e) => e.venues[0]?.city)).toEqual(['Karaganda']);
  });
});

describe('selectEvents with several places and undated events', () => {
  const AKTAU = { city: 'Aktau', name: 'Aktau', countryCode: 'KZ', lat: 43.65, lon: 51.16, geonameId: 610611 };
  const ATYRAU = { city: 'Atyrau', name: 'Atyrau', countryCode: 'KZ', lat: 47.11, lon: 51.88, geonameId: 610529 };
  const series = makeEvent('series', { venues: [makeVenue(AKTAU), makeVenue(ATYRAU)], participantCount: { value: 54, qualifier: 'exact' } });
  const alone = makeEvent('alone', { startDate: '2015-01-01', venues: [makeVenue(ATYRAU)] });
  const undated = makeEvent('undated', { startDate: null, venues: [makeVenue({ countryCode: 'PL', precision: 'country' })] });
  const ix = buildIndexes(encodeAppFiles({ schemaVersion: 2, generatedAt: '2024-01-01T00:00:00.000Z', events: [series, alone, undated], rejected: [] }).summary);

  it('puts an event held in two towns on both markers, and lists an undated one without a marker', () => {
    const selection = selectEvents(ix, DEFAULT_VIEW);
    expect(selection.events.map((e) => e.id)).toEqual(['series', 'alone', 'undated']);
    expect(selection.venues.map((v) => [v.label, v.events.map((e) => e.id), v.participants])).toEqual([
      ['Aktau', ['series'], 54],
      ['Atyrau', ['series', 'alone'], 54],
    ]);
  });
});

describe('selectEvents: undated events and events with no place on the map', () => {
  const span = { start: 0, end: 1 };
  const kz = [{ code: 'KZ', name: 'Kazakhstan', roles: ['host' as const], evidence: [{ role: 'host' as const, span, reason: null }] }];
  const dated = makeEvent('dated', { startDate: '2015-03-02', countries: kz });
  // Filed by its publication day (2015-03-05), inside the window below, but it has no date of its own.
  const published = makeEvent('published', { startDate: null, publishedDate: '2015-03-05', countries: kz, venues: [] });
  const undated = makeEvent('undated', { startDate: null, countries: kz, venues: [makeVenue({ city: 'Nowhere', countryCode: 'KZ' })] });
  const country = makeEvent('country', { startDate: '2016-01-01', venues: [makeVenue({ countryCode: 'PL', precision: 'country' })] });
  const built = encodeAppFiles({ schemaVersion: 2, generatedAt: '2024-01-01T00:00:00.000Z', events: [dated, published, undated, country], rejected: [] });
  const ix = buildIndexes(built.summary);
  const search = createLoadedSearchMatcher(built.search, built.searchShards);
  const ids = (patch: Partial<ViewState>) => selectEvents(ix, { ...DEFAULT_VIEW, ...patch }, search.match(patch.q ?? '')).events.map((e) => e.id);

  it('keeps undated events whatever the window, unless left out; counts them beside the timeline', () => {
    expect(ids({})).toEqual(['dated', 'published', 'country', 'undated']);
    expect(ids({ from: '2016-01-01' })).toEqual(['published', 'country', 'undated']);
    expect(ids({ from: '2015-03-01', to: '2015-03-31', undated: 'exclude' })).toEqual(['dated']);
    expect(ids({ undated: 'exclude' })).toEqual(['dated', 'country']);
    const s = selectEvents(ix, { ...DEFAULT_VIEW, from: '2016-01-01' });
    expect(s.undated).toBe(2);
    expect(Array.from(s.filteredDays)).toHaveLength(2);
  });

  it('counts options as the undated choice says, on both paths (country chosen or not)', () => {
    const kzCount = (patch: Partial<ViewState>) => selectEvents(ix, { ...DEFAULT_VIEW, ...patch }, search.match(patch.q ?? '')).optionCounts.countries.get('KZ');
    expect(kzCount({ from: '2016-01-01' })).toBe(2);
    expect(kzCount({ from: '2016-01-01', undated: 'exclude' })).toBeUndefined();
    expect(kzCount({ countries: ['KZ'], from: '2016-01-01' })).toBe(2);
    expect(ids({ countries: ['KZ'], from: '2016-01-01' })).toEqual(['published', 'undated']);
    // A search takes the other path (a flag per event).
    expect(kzCount({ q: 'event', from: '2016-01-01' })).toBe(2);
    expect(kzCount({ q: 'event', from: '2016-01-01', undated: 'exclude' })).toBeUndefined();
    expect(ids({ q: 'event', from: '2015-03-01', to: '2015-03-31' })).toEqual(['dated', 'published', 'undated']);
  });

  it('lists the events with no place on the map, and groups country-only venues apart', () => {
    const s = selectEvents(ix, DEFAULT_VIEW);
    expect(s.unplaced.map((e) => e.id)).toEqual(['published', 'undated']);
    expect(s.countryVenues.map((g) => [g.key, g.label, g.events.length])).toEqual([['cPL', 'Poland', 1]]);
  });
});
