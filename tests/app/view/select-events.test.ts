import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/app/components/normalize-text.ts';
import { buildIndexes } from '../../../src/app/dataset/build-indexes.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import type { Summary } from '../../../src/schema/app-files.ts';
import { selectEvents } from '../../../src/app/view/select-events.ts';
import { DEFAULT_VIEW, type ViewState } from '../../../src/app/view/view-state.ts';
import { seedDataset } from '../fixtures/seed-dataset.ts';
import { groupByVenue } from '../../../src/app/features/map/group-by-venue.ts';
import type { VenueGroup } from '../../../src/app/view/venue-group.ts';
import { makeDataset } from '../../../bench/app/make-dataset.ts';
import { makeEvent, makeVenue } from '../../fixtures/make-event.ts';

const files = encodeAppFiles(seedDataset());
const indexes = buildIndexes(files.summary);
const texts = Array.from(indexes.summaryPositions, (at) => normalizeText(files.search.texts[at]!));
const cities = (patch: Partial<ViewState>) =>
  selectEvents(indexes, { ...DEFAULT_VIEW, ...patch }, texts).events.map((e) => e.venues[0]?.city);

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
    expect(cities({ organizers: ['us-embassy-in-kazakhstan'] })).toEqual(['Karaganda']);
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
    expect(s.countryOptionCounts.get('LT')).toBe(2);
    expect(s.countryOptionCounts.get('AF')).toBe(1);
    const experts = selectEvents(indexes, { ...DEFAULT_VIEW, role: 'expert' });
    expect(experts.countryOptionCounts.get('AF')).toBeUndefined();
    expect(experts.countryOptionCounts.get('GE')).toBe(2);
  });

  it('matches nothing for a search until the search text has loaded', () => {
    expect(selectEvents(indexes, { ...DEFAULT_VIEW, q: 'almaty' }, null).events).toEqual([]);
    expect(selectEvents(indexes, { ...DEFAULT_VIEW, q: 'almaty' }, texts).events.map((e) => e.venues[0]?.city)).toEqual(['Almaty']);
  });

  it('puts the events of a summary written in another order back in date order', () => {
    const reversed = reorder(files.summary, [1, 0]);
    const ix = buildIndexes(reversed);
    expect(ix.events.map((e) => [e.event.venues[0]?.city, e.chunk])).toEqual([['Karaganda', 0], ['Almaty', 0]]);
    expect(Array.from(ix.summaryPositions)).toEqual([1, 0]);
    expect(selectEvents(ix, { ...DEFAULT_VIEW, countries: ['AF'] }).events.map((e) => e.venues[0]?.city)).toEqual(['Karaganda']);
    expect(ix.countriesAt(0)).toEqual(indexes.countriesAt(0));
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

describe('selectEvents over thousands of generated events', () => {
  const ix = buildIndexes(encodeAppFiles(makeDataset(3000, 7)).summary);
  const topic = ix.topics[0]!.key;
  const organizer = ix.organizers[1]!.key;
  const views: [string, Partial<ViewState>][] = [
    ['no filter', {}],
    ['one country', { countries: ['KZ'] }],
    ['two countries as participants', { countries: ['KZ', 'DE'], role: 'participant' }],
    ['a window', { from: '2003-01-01', to: '2006-12-31' }],
    ['a country in a window', { countries: ['RU'], from: '2010-02-01', to: '2012-03-31' }],
    ['a topic', { topics: [topic] }],
    ['an organiser in a window', { organizers: [organizer], from: '2001-01-01', to: '2015-01-01' }],
  ];
  const shape = (groups: readonly VenueGroup[]) => groups.map((g) => ({ ...g, events: g.events.map((e) => e.id) }));

  it.each(views)('%s: places group the selected events as a plain grouping does; timeline days ignore only the window', (_, patch) => {
    const view = { ...DEFAULT_VIEW, ...patch };
    const selection = selectEvents(ix, view);
    expect(selection.events.length).toBeGreaterThan(0);
    expect(shape(selection.venues)).toEqual(shape(groupByVenue(selection.events)));
    const unwindowed = selectEvents(ix, { ...view, from: null, to: null });
    const days = unwindowed.events.flatMap((e) => {
      const i = ix.byId.get(e.id)!;
      return i < ix.datedCount ? [ix.startDays[i]!] : [];
    });
    expect(Array.from(selection.filteredDays)).toEqual(days);
  });
});

/** The summary with its events in `order` (old positions), every column and row moved with them. */
function reorder(summary: Summary, order: number[]): Summary {
  const rows = <R extends { start: number[]; items: number[] }>(r: R, extra?: number[]) => {
    const start = [0];
    const items: number[] = [];
    const more: number[] = [];
    for (const i of order) {
      for (let k = r.start[i]!; k < r.start[i + 1]!; k++) items.push(r.items[k]!), more.push(extra?.[k] ?? 0);
      start.push(items.length);
    }
    return { start, items, more };
  };
  const pick = <T,>(column: T[]) => order.map((i) => column[i]!);
  const c = rows(summary.countryRows, summary.countryRows.roles);
  const v = rows(summary.venueRows);
  const o = rows(summary.organizerRows);
  const t = rows(summary.topicRows);
  return {
    ...summary,
    id: pick(summary.id), title: pick(summary.title), kind: pick(summary.kind), startDate: pick(summary.startDate),
    endDate: pick(summary.endDate), publishedDate: pick(summary.publishedDate),
    participantCount: pick(summary.participantCount), participantQualifier: pick(summary.participantQualifier),
    venueRows: { start: v.start, items: v.items },
    countryRows: { start: c.start, items: c.items, roles: c.more },
    organizerRows: { start: o.start, items: o.items },
    topicRows: { start: t.start, items: t.items },
  };
}
