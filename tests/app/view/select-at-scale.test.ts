// The selection at scale against the plainest possible reading of the same filters: Array.filter
// over the dataset's full events. Event by event and count by count, on both of selectEvents'
// paths (position lists when only countries are chosen, flags otherwise) and with a search, read
// plainly too: each event's words, a query word matching one equal to it, one it begins (the word
// being typed), or one within its typo allowance by a textbook edit distance.
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../bench/app/make-dataset.ts';
import { createLoadedSearchMatcher } from '../../../src/app/dataset/search-matcher.ts';
import { fromDay, toDay } from '../../../src/app/helpers/days.ts';
import { buildIndexes } from '../../../src/app/dataset/build-indexes.ts';
import { createEventSelector, selectEvents } from '../../../src/app/view/select-events.ts';
import { DEFAULT_VIEW, type ViewState } from '../../../src/app/view/view-state.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { searchTextOf } from '../../../src/pipeline/app-files/encode-search-index.ts';
import { endsInWord, MIN_PREFIX, searchTerms, typoAllowance } from '../../../src/schema/search-terms.ts';
import { compareEventOrder } from '../../../src/schema/event-order.ts';
import { placeKey } from '../../../src/schema/place-key.ts';
import type { AtlasEvent } from '../../../src/schema/dataset.ts';

const dataset = makeDataset(3000, 7);
const files = encodeAppFiles(dataset);
const ix = buildIndexes(files.summary);
const events = [...dataset.events].sort(compareEventOrder);
const matcher = createLoadedSearchMatcher(files.search, files.searchShards);
const organizerIdOf = new Map(files.summary.organizers.flatMap((o) => o.variants.map((v) => [v, o.id] as const)));
const bodyOf = new Map(files.summary.organizers.map((o) => [o.id, o]));
const wordsOf = new Map(events.map((e) => [e.id, new Set(searchTerms(searchTextOf(e, [...new Set(e.organizers.map((o) => organizerIdOf.get(o.name)!))].map((id) => bodyOf.get(id)!))))]));

const vocabulary = new Set([...wordsOf.values()].flatMap((words) => [...words]));

/** Levenshtein distance, the textbook way. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The filters read as plainly as they are described, one predicate each. */
function plain(view: ViewState) {
  const start = (e: AtlasEvent) => e.startDate ?? e.publishedDate;
  const end = (e: AtlasEvent) => (e.endDate && start(e) && e.endDate > start(e)! ? e.endDate : start(e));
  const inWindow = (e: AtlasEvent) =>
    (view.from === null && view.to === null) || (start(e) !== null && (view.to === null || start(e)! <= view.to) && (view.from === null || end(e)! >= view.from));
  const takesPart = (e: AtlasEvent, code: string) => e.countries.some((c) => c.code === code && c.roles.some((r) => view.role === 'any' || r === view.role));
  const country = (e: AtlasEvent) => view.countries.length === 0 || view.countries.some((code) => takesPart(e, code));
  const topic = (e: AtlasEvent) => view.topics.length === 0 || e.topics.some((t) => view.topics.includes(t.id));
  // Which spellings are one body is the build step's decision (its organiser table); the rest is plain.
  const orgIds = (e: AtlasEvent) => [...new Set(e.organizers.map((o) => organizerIdOf.get(o.name)!))];
  const organizer = (e: AtlasEvent) => view.organizers.length === 0 || orgIds(e).some((id) => view.organizers.includes(id));
  const words = searchTerms(view.q);
  const typing = endsInWord(view.q);
  const asWritten = (w: string, last: boolean, t: string) => t === w || (last && typing && w.length >= MIN_PREFIX && t.startsWith(w));
  // A word that matches no word of any event as written is read with its typo allowance.
  const fuzzy = words.map((w, k) => ![...vocabulary].some((t) => asWritten(w, k === words.length - 1, t)));
  const matches = (w: string, k: number, t: string) => asWritten(w, k === words.length - 1, t) || (fuzzy[k]! && distance(w, t) <= typoAllowance(w));
  const text = (e: AtlasEvent) => words.every((w, k) => [...wordsOf.get(e.id)!].some((t) => matches(w, k, t)));
  const selected = events.filter((e) => inWindow(e) && country(e) && topic(e) && organizer(e) && text(e));
  const unwindowed = events.filter((e) => country(e) && topic(e) && organizer(e) && text(e));
  const count = (pass: (e: AtlasEvent) => boolean, keys: (e: AtlasEvent) => string[]) => {
    const counts = new Map<string, number>();
    for (const e of events.filter((e) => inWindow(e) && text(e) && pass(e))) for (const k of new Set(keys(e))) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  const roleCodes = (e: AtlasEvent) => e.countries.filter((c) => takesPart(e, c.code)).map((c) => c.code);
  const places = new Map<string, string[]>();
  for (const e of selected) for (const key of new Set(e.venues.map(placeKey).filter((k) => k !== null))) places.set(key, [...(places.get(key) ?? []), e.id]);
  return {
    ids: selected.map((e) => e.id),
    filteredDays: unwindowed.filter((e) => start(e) !== null).map((e) => toDay(start(e)!)),
    countryCounts: count((e) => selected.includes(e), (e) => e.countries.filter((c) => c.roles.length > 0).map((c) => c.code)),
    optionCounts: {
      countries: count((e) => topic(e) && organizer(e), roleCodes),
      topics: count((e) => country(e) && organizer(e), (e) => e.topics.map((t) => t.id)),
      organizers: count((e) => country(e) && topic(e), orgIds),
    },
    places: [...places],
  };
}

// A window opening the day after a one-day event with countries, in the middle of the data: that
// event starts within the look-back of an overlap search but ends before the window, so it must
// be taken out of the counts again.
const edge = events.findIndex((e, i) => i > events.length / 2 && e.startDate !== null && (e.endDate ?? e.startDate) === e.startDate && e.countries.some((c) => c.roles.length > 0));
const edgeCountry = events[edge]!.countries.find((c) => c.roles.length > 0)!.code;
const dayAfter = fromDay(toDay(events[edge]!.startDate!) + 1);
const topic = ix.topics[0]!.key;
const organizer = ix.organizers[1]!.key;
const views: [string, Partial<ViewState>][] = [
  ['no filter', {}],
  ['one country', { countries: ['KZ'] }],
  ['two countries as participants', { countries: ['KZ', 'DE'], role: 'participant' }],
  ['a window', { from: '2003-01-01', to: '2006-12-31' }],
  ['a window open at one end', { from: '2012-06-01' }],
  ['a country in a window', { countries: ['RU'], from: '2010-02-01', to: '2012-03-31' }],
  ['an expert country in a window', { countries: ['AT', 'PL'], role: 'expert', from: '2005-01-01', to: '2009-12-31' }],
  ['a topic', { topics: [topic] }],
  ['a topic and a country as host', { topics: [topic], countries: ['KZ'], role: 'host' }],
  ['an organiser in a window', { organizers: [organizer], from: '2001-01-01', to: '2015-01-01' }],
  ['a window opening the day after an event', { from: dayAfter }],
  ['its country in that window', { countries: [edgeCountry], from: dayAfter }],
  ['a search in a window', { q: 'border', from: '2004-01-01', to: '2014-12-31' }],
  ['a word being typed (a prefix)', { q: 'co-operation bord' }],
  ['words with typos', { q: 'Kazakstan trainng' }],
  ['a country by its adjective and a typo, as participant', { q: 'Ukranian ', countries: ['KZ'], role: 'participant' }],
];

describe('selectEvents over 3,000 generated events, against Array.filter', () => {
  it.each(views)('%s: the same events, option counts, shading counts, timeline days and places', (_, patch) => {
    const view = { ...DEFAULT_VIEW, ...patch };
    const selection = selectEvents(ix, view, matcher.match(view.q));
    const expected = plain(view);
    expect(selection.events.length).toBeGreaterThan(0);
    expect(selection.events.map((e) => e.id)).toEqual(expected.ids);
    expect(Array.from(selection.filteredDays)).toEqual(expected.filteredDays);
    expect(new Map([...selection.countryCounts].sort())).toEqual(new Map([...expected.countryCounts].sort()));
    for (const field of ['countries', 'topics', 'organizers'] as const) {
      expect([...selection.optionCounts[field]].sort(), field).toEqual([...expected.optionCounts[field]].sort());
    }
    expect(selection.venues.map((g) => [g.key, g.events.map((e) => e.id)])).toEqual(expected.places);
  });

  it('a selector that keeps its filter pass while the window moves gives what a fresh selection gives', () => {
    const select = createEventSelector(ix);
    for (const [, patch] of views) {
      for (const window of [{}, { from: '2008-01-01', to: '2008-12-31' }, { from: '2011-05-05', to: '2013-01-01' }]) {
        const view = { ...DEFAULT_VIEW, ...patch, ...window };
        const search = matcher.match(view.q);
        expect(select.select(view, search)).toEqual(selectEvents(ix, view, search));
      }
    }
  });

  it('a new query shown with the previous answer (its own still loading) selects nothing again; its answer does', () => {
    const select = createEventSelector(ix);
    const typed = { ...DEFAULT_VIEW, q: 'kazakstan' };
    const answer = matcher.match(typed.q);
    const shown = select.select(typed, answer);
    // A word more: the same answer is what the screen shows until the new one arrives.
    const next = { ...typed, q: 'kazakstan trai' };
    expect(select.select(next, answer)).toBe(shown);
    const nextAnswer = matcher.match(next.q);
    expect(nextAnswer!.count).toBeLessThan(answer!.count);
    const answered = select.select(next, nextAnswer);
    expect(answered).not.toBe(shown);
    expect(answered).toEqual(selectEvents(ix, next, nextAnswer));
    // An answer with the same events (a letter more often finds the same ones) keeps the selection;
    // one with an event more or less does not.
    const same = { ...nextAnswer!, query: 'kazakstan train', hits: nextAnswer!.hits.slice() };
    expect(select.select({ ...next, q: same.query }, same)).toBe(answered);
    const hits = nextAnswer!.hits.slice();
    const dropped = hits.indexOf(1);
    hits[dropped] = 0;
    const fewer = { ...nextAnswer!, hits, count: nextAnswer!.count - 1 };
    expect(select.select(next, fewer).events.length).toBe(answered.events.length - 1);
    // Another filter or window is a new selection, as before.
    expect(select.select({ ...next, countries: ['KZ'] }, nextAnswer)).toEqual(selectEvents(ix, { ...next, countries: ['KZ'] }, nextAnswer));
    expect(select.select({ ...next, from: '2008-01-01' }, nextAnswer)).toEqual(selectEvents(ix, { ...next, from: '2008-01-01' }, nextAnswer));
  });
});
