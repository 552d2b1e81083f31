import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_ID } from '../../src/schema/event-id.ts';
import { describe, expect, it } from 'vitest';
import { buildIndexes } from '../../src/app/dataset/build-indexes.ts';
import { encodeAppFiles, type AppFiles } from '../../src/pipeline/app-files/encode-app-files.ts';
import { writeAppFiles, writeAppFolder } from '../../src/pipeline/app-files/write-app-files.ts';
import { piecesWithEvents } from '../../src/pipeline/output/write-dataset.ts';
import { EventChunk, SearchIndex, SearchShard, Summary } from '../../src/schema/app-files.ts';
import { decodePositions } from '../../src/schema/posting-codec.ts';
import { encodeInts, encodeStarts } from '../../src/schema/int-list-codec.ts';
import type { AtlasEvent, Dataset } from '../../src/schema/dataset.ts';
import { makeEvent, makeVenue } from '../fixtures/make-event.ts';
import { formatEventDates } from '../../src/vocabulary/format-dates.ts';

/** Compressed rows as a checked summary holds them (typed arrays). */
const typed = (start: number[], items: number[]) => ({ start: Int32Array.from(start), items: Int32Array.from(items) });
/** Compressed rows as the summary file writes them (strings). */
const written = (start: number[], items: number[]) => ({ start: encodeStarts(start), items: encodeInts(items) });

const AT = '2024-01-01T00:00:00.000Z';
const dataset = (events: AtlasEvent[]): Dataset => ({ schemaVersion: 2, generatedAt: AT, events, rejected: [] });
const span = { start: 0, end: 1 };
const ASTANA = { city: 'Astana', name: 'Astana', countryCode: 'KZ', lat: 51.18, lon: 71.45, geonameId: 1526273 };
/** A venue as the summary's place table holds it: without where and why the text named it. */
const place = ({ span: _span, reason: _reason, ...rest }: AtlasEvent['venues'][number]) => rest;

const late = makeEvent('late', {
  startDate: '2015-03-30',
  endDate: '2015-04-03',
  participantCount: { value: 30, qualifier: 'exact' },
  kind: 'training course',
  countries: [
    { code: 'KZ', name: 'Kazakhstan', roles: ['host'], evidence: [{ role: 'host', span, reason: null }] },
    // Named twice with different roles: one country with both.
    { code: 'AF', name: 'Afghanistan', roles: ['participant'], evidence: [{ role: 'participant', span, reason: null }] },
    { code: 'AF', name: 'Afghanistan', roles: ['expert'], evidence: [{ role: 'expert', span, reason: null }] },
    // Named in passing: takes part in nothing.
    { code: 'US', name: 'United States', roles: [], evidence: [{ role: null, span, reason: null }] },
  ],
  organizers: [{ name: 'OSCE Programme Office in Astana', countryCode: null, span }],
  topics: [{ id: 'customs', label: 'Customs', spans: [span] }],
  quotes: [{ speaker: 'A. Speaker', role: null, text: 'Borders matter.', span }],
});
const early = makeEvent('early', { startDate: '2014-11-03', venue: ASTANA, organizers: [{ name: 'OSCE Programme Office in Astana', countryCode: null, span }] });
const undated = makeEvent('undated', { startDate: null, venue: { city: 'Nowhere', name: null, countryCode: null, lat: null, lon: null, geonameId: null } });
// Held in two towns, one of them twice named: two places in its row, the shared one stored once.
const twoTowns = makeEvent('two-towns', { startDate: '2016-05-02', venues: [...late.venues, makeVenue({ ...ASTANA, span })] });
const published = makeEvent('published', { startDate: null, publishedDate: '2015-01-01' });

/** The ids of the events whose search index entry holds `term`, read from the shard files as written. */
function eventsOf(files: AppFiles, term: string): string[] {
  const index = SearchIndex.parse(files.search);
  const at = index.terms.indexOf(term);
  if (at < 0) return [];
  const shard = index.shards.findLastIndex((first) => first <= at);
  const file = SearchShard.parse(files.searchShards[shard]);
  expect(file.shard).toBe(shard);
  return Array.from(decodePositions(file.postings[at - index.shards[shard]!]!, index.count), (i) => files.summary.id[i]!);
}

describe('encodeAppFiles', () => {
  const files = encodeAppFiles(dataset([undated, late, published, early, twoTowns]), 2);

  it('sorts by start (or publication) date then id, undated last, and stores each value once, keyed and sorted by name', () => {
    expect(Summary.parse(files.summary)).toEqual({
      schemaVersion: 2,
      generatedAt: AT,
      count: 5,
      chunkSize: 2,
      venues: [ASTANA, late.venues[0]!, undated.venues[0]!].map((v) => place(makeVenue(v))),
      // The map's places: only those with coordinates, one per key, named as the first event names them.
      places: [
        { key: 'g1526273', lat: 51.18, lon: 71.45, label: 'Astana', precision: 'city' },
        { key: 'g1526384', lat: 43.25, lon: 76.95, label: 'Almaty', precision: 'city' },
      ],
      countries: [{ code: 'AF', name: 'Afghanistan' }, { code: 'KZ', name: 'Kazakhstan' }],
      organizers: [{ id: 'osce-programme-office-in-astana', name: 'OSCE Programme Office in Astana', variants: ['OSCE Programme Office in Astana'] }],
      topics: [{ id: 'customs', label: 'Customs' }],
      id: ['early', 'published', 'late', 'two-towns', 'undated'],
      title: ['Event early', 'Event published', 'Event late', 'Event two-towns', 'Event undated'],
      // Every date once, ascending; the date columns hold positions in it.
      dates: ['2014-11-03', '2015-01-01', '2015-03-30', '2015-04-03', '2016-05-02'],
      kind: [0, 0, 1, 0, 0],
      startDate: [0, null, 2, 4, null],
      endDate: [null, null, 3, null, null],
      publishedDate: [null, 1, null, null, null],
      startPrecision: [0, null, 0, 0, null],
      endPrecision: [null, null, 0, null, null],
      approximateFrom: [null, null, null, null, null],
      approximateTo: [null, null, null, null, null],
      datesWritten: [null, null, null, null, null],
      timelineDay: [0, null, 2, 4, null],
      venueRows: typed([0, 1, 2, 3, 5, 6], [0, 1, 1, 1, 0, 2]),
      placeRows: typed([0, 1, 2, 3, 5, 5], [0, 1, 1, 1, 0]),
      countryPlaces: [],
      countryPlaceRows: typed([0, 0, 0, 0, 0, 0], []),
      participantCount: [null, null, 30, null, null],
      participantQualifier: [null, null, 0, null, null],
      countryRows: { ...typed([0, 0, 0, 2, 2, 2], [1, 0]), roles: Int32Array.from([1, 2 | 4]) },
      organizerRows: typed([0, 1, 1, 2, 2, 2], [0, 0]),
      topicRows: typed([0, 0, 0, 1, 1, 1], [0]),
      rejected: [],
    });
  });

  it('puts the full records in chunks of chunkSize, in the summary order, each organiser with its merged body\'s id', () => {
    // Every organiser mention carries the id of the body the build merged it into (no join by name downstream).
    const carried = (e: AtlasEvent): AtlasEvent => ({
      ...e,
      organizers: e.organizers.map((o) => ({ ...o, bodyId: files.summary.organizers.find((b) => b.variants.includes(o.name))!.id })),
    });
    expect(files.chunks.map((c) => EventChunk.parse(c))).toEqual([
      { schemaVersion: 2, generatedAt: AT, chunk: 0, events: [early, published].map(carried) },
      { schemaVersion: 2, generatedAt: AT, chunk: 1, events: [late, twoTowns].map(carried) },
      { schemaVersion: 2, generatedAt: AT, chunk: 2, events: [undated].map(carried) },
    ]);
    expect(files.chunks[0]!.events[0]!.organizers.map((o) => o.bodyId)).toEqual(['osce-programme-office-in-astana']);
  });

  it('indexes each word once with the events (in summary order) that contain it: places, countries by every name, bodies, people, quotes', () => {
    const index = SearchIndex.parse(files.search);
    const eventsWith = (term: string) => eventsOf(files, term);
    expect(index.count).toBe(5);
    expect(eventsWith('astana')).toEqual(['early', 'late', 'two-towns']);
    expect(eventsWith('almaty')).toEqual(['published', 'late', 'two-towns']);
    // Afghanistan takes part in 'late' (under its names and adjective); the United States is only named there.
    expect(eventsWith('afghan')).toEqual(['late']);
    expect(eventsWith('afghanistan')).toEqual(['late']);
    expect(eventsWith('kazakh')).toEqual(['early', 'published', 'late', 'two-towns']);
    expect(eventsWith('american')).toEqual([]);
    expect(eventsWith('nowhere')).toEqual(['undated']);
    expect(eventsWith('programme')).toEqual(['early', 'late']);
    expect(eventsWith('speaker')).toEqual(['late']);
    expect(eventsWith('borders')).toEqual(['late']);
    expect(index.terms).toEqual([...index.terms].sort());
  });

  it('indexes the release text, a body under every spelling of it, and a town under the names the gazetteer gives it', () => {
    const renamed = makeEvent('renamed', {
      startDate: '2013-05-05',
      venue: { ...ASTANA, city: 'Oskemen', name: 'Oskemen', alsoKnownAs: ['Ust-Kamenogorsk', 'Öskemen'] },
      organizers: [{ name: 'OSCE Centre in Astana', countryCode: null, span }],
      people: [{ name: 'Aigerim Nurlanova', role: 'Deputy Head of Mission', span }],
    });
    renamed.source.text = 'Twenty customs officers met in the town.';
    const built = encodeAppFiles(dataset([renamed, early]));
    const eventsWith = (term: string) => eventsOf(built, term);
    expect(eventsWith('customs')).toEqual(['renamed']);
    expect(eventsWith('kamenogorsk')).toEqual(['renamed']);
    expect(eventsWith('oskemen')).toEqual(['renamed']);
    expect(eventsWith('nurlanova')).toEqual(['renamed']);
    expect(eventsWith('deputy')).toEqual(['renamed']);
    // One body (the table of renamed bodies): each event is found by either of its names.
    expect(eventsWith('centre')).toEqual(['renamed', 'early']);
    expect(eventsWith('programme')).toEqual(['renamed', 'early']);
  });

  it('gives the same files whatever the order of the events', () => {
    expect(encodeAppFiles(dataset([twoTowns, early, late, undated, published]), 2)).toEqual(files);
  });

  it('round-trips through the app’s indexes: the summary of each event, its countries and its chunk', () => {
    const ix = buildIndexes(Summary.parse(JSON.parse(JSON.stringify(files.summary))));
    const position = ix.byId.get('late')!;
    expect(ix.eventAt[position]).toEqual({
      id: 'late', title: 'Event late', kind: 'training course', startDate: '2015-03-30', endDate: '2015-04-03',
      publishedDate: null, venues: late.venues, participantCount: { value: 30, qualifier: 'exact' }, approximate: null, written: null,
    });
    expect(ix.countriesAt(position)).toEqual([
      { code: 'KZ', name: 'Kazakhstan', roles: ['host'] },
      { code: 'AF', name: 'Afghanistan', roles: ['participant', 'expert'] },
    ]);
    expect(ix.events.map((e) => [e.event.id, e.chunk])).toEqual([['early', 0], ['published', 0], ['late', 1], ['two-towns', 1], ['undated', 2]]);
    // Each option with the number of events it is in, over the whole dataset.
    expect(ix.countries).toEqual([{ key: 'AF', label: 'Afghanistan', total: 1 }, { key: 'KZ', label: 'Kazakhstan', total: 1 }]);
    expect(ix.organizers).toEqual([{ key: 'osce-programme-office-in-astana', label: 'OSCE Programme Office in Astana', total: 2 }]);
    expect(ix.placeKeysAt(ix.byId.get('two-towns')!)).toEqual(['g1526384', 'g1526273']);
  });
});

describe('Summary', () => {
  const summary = encodeAppFiles(dataset([early, late])).summary;
  const problems = (patch: Record<string, unknown>) => {
    const result = Summary.safeParse({ ...summary, ...patch });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('rejects positions outside their tables and columns of the wrong length', () => {
    expect(problems({ venueRows: { ...summary.venueRows, items: encodeInts([0, 9]) } })).toEqual(['venueRows.items.1: expected a position below 2, got 9']);
    expect(problems({ participantQualifier: [0, null] })).toEqual(['participantQualifier.0: expected a qualifier exactly where there is a participant count']);
    expect(problems({ title: ['only one'] })).toEqual(['title: expected 2 values (count), got 1']);
    expect(problems({ countryRows: { ...summary.countryRows, items: encodeInts([0, 7]) } })).toEqual(['countryRows.items.1: expected a position below 2, got 7']);
    expect(problems({ topicRows: written([0, 0, 0], [0]) })).toEqual(['topicRows.start: expected to run from 0 to 1 (items)']);
    expect(problems({ organizerRows: written([0, 1, 1, 1], [0]) })).toContain('organizerRows.start: expected 3 values (count + 1), got 4');
  });

  it('names the first bad value of a column, its position and what was expected', () => {
    expect(problems({ dates: ['2014-11-18', '2015-02-30', '2015-04-03'] })).toEqual(['dates.1: expected a date that exists']);
    expect(problems({ dates: ['18/11/2014', '2015-03-30', '2015-04-03'] })).toEqual(['dates.0: expected a date as YYYY-MM-DD']);
    expect(problems({ endDate: [null, '2015-04-03'] })).toEqual(['endDate.1: Invalid input: expected number, received string']);
    expect(problems({ id: ['Bad id', 'x'] })).toEqual([`id.0: Invalid string: must match pattern ${String(EVENT_ID)}`]);
    expect(problems({ venueRows: { ...summary.venueRows, items: 'A!' } })).toEqual(["venueRows.items: not a digit: '!' at 1"]);
    expect(problems({ venueRows: { ...summary.venueRows, items: [0, 1] } })).toEqual(['venueRows.items: Invalid input: expected string, received array']);
    expect(problems({ participantCount: [0, null] })).toContain('participantCount.0: Too small: expected number to be >0');
    expect(problems({ countryRows: { ...summary.countryRows, roles: encodeInts([16, 16]) } })).toEqual(['countryRows.roles.0: expected role bits from 1 to 15, got 16']);
    expect(problems({ kind: 'seminar' })).toEqual(['kind: expected an array']);
  });
});

describe('Summary: the decisions the app relies on', () => {
  const summary = encodeAppFiles(dataset([early, late, twoTowns])).summary;
  const problems = (patch: Record<string, unknown>) => {
    const result = Summary.safeParse({ ...summary, ...patch });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const swap = <T,>(column: readonly T[]) => [column[1]!, column[0]!, ...column.slice(2)];

  it('rejects dates out of order or twice in the table, and a date column pointing past it', () => {
    expect(summary.dates).toEqual(['2014-11-03', '2015-03-30', '2015-04-03', '2016-05-02']);
    expect(problems({ dates: ['2014-11-03', '2014-11-03', '2015-04-03', '2016-05-02'] })).toEqual(['dates.1: expected distinct dates in ascending order']);
    expect(problems({ endDate: [null, 4, null] })).toEqual(['endDate.1: expected a position below 4 (dates), got 4']);
  });

  it('rejects events out of order, and an id twice', () => {
    const swapped = { id: swap(summary.id), startDate: swap(summary.startDate), publishedDate: swap(summary.publishedDate) };
    expect(problems(swapped)).toEqual(['id.1: expected events in order: by start (or publication) date, then id, undated last, each id once']);
    expect(problems({ id: ['early', 'early', 'two-towns'], startDate: [1, 1, 3] })).toEqual([
      'id.1: expected events in order: by start (or publication) date, then id, undated last, each id once',
    ]);
  });

  it('rejects a place twice, a venue whose place is missing, and an organisation not named by one of its variants', () => {
    expect(problems({ places: [summary.places[0]!, summary.places[0]!] })).toContain('places.1: expected each places once, got g1526273 again');
    expect(problems({ places: summary.places.slice(0, 1), placeRows: written([0, 1, 1, 1], [0]) })).toEqual(['venues.1: expected its place g1526384 in places']);
    expect(problems({ organizers: [{ id: 'osce', name: 'OSCE', variants: ['OSCE Programme Office in Astana'] }] })).toEqual(['organizers.0.name: expected one of its variants']);
    expect(problems({ placeRows: written([0, 1, 2, 3], [0, 1, 1]) })).toEqual(["placeRows.2: expected the places of the event's venues (1, 0), got 1"]);
  });
});

describe('encodeAppFiles: how sure each date and place is', () => {
  const poland = makeEvent('poland', {
    startDate: null,
    endDate: '2019-05-23',
    publishedDate: '2019-05-23',
    dates: { start: null, end: 'derived', approximate: null, written: null },
    countries: [{ code: 'PL', name: 'Poland', roles: ['host'], evidence: [{ role: 'host', span, reason: null }] }],
    venues: [makeVenue({ countryCode: 'PL', precision: 'country' })],
  });
  const lastWeek = makeEvent('last-week', { startDate: null, publishedDate: '2012-07-09', dates: { start: null, end: null, approximate: { from: '2012-07-02', to: '2012-07-08' }, written: null }, venues: [makeVenue(ASTANA)] });
  const region = makeEvent('region', { startDate: '2013-06-12', dates: { start: 'derived', end: null, approximate: null, written: null }, venues: [makeVenue({ region: 'Naryn region', name: 'Naryn Region', countryCode: 'KG', lat: 41.43, lon: 75.99, geonameId: 1527590, precision: 'region' })] });
  const yearless = makeEvent('yearless', { startDate: null, venues: [], dates: { start: null, end: null, approximate: null, written: '12 to 16 June, year not stated' } });
  const file = encodeAppFiles(dataset([poland, lastWeek, region, yearless])).summary;
  const summary = Summary.parse(file);

  it('carries each date’s precision and an approximate range as columns', () => {
    expect(summary.id).toEqual(['last-week', 'region', 'poland', 'yearless']);
    expect(summary.startPrecision).toEqual([null, 1, null, null]);
    expect(summary.endPrecision).toEqual([null, null, 1, null]);
    const dateAt = (at: number | null) => (at === null ? null : summary.dates[at]);
    expect([summary.approximateFrom.map(dateAt), summary.approximateTo.map(dateAt)]).toEqual([['2012-07-02', null, null, null], ['2012-07-08', null, null, null]]);
  });

  it('carries dates written without a day, so a list row reads them instead of "Date unknown"', () => {
    expect(summary.datesWritten).toEqual([null, null, null, '12 to 16 June, year not stated']);
    const ix = buildIndexes(summary);
    expect(formatEventDates(ix.events[3]!.event, 'list')).toBe('12 to 16 June, year not stated');
  });

  it('keeps a region apart from a town, and a country-only venue in its own table named by the country', () => {
    expect(summary.places.map((p) => [p.label, p.precision])).toEqual([['Astana', 'city'], ['Naryn region', 'region']]);
    expect(summary.countryPlaces).toEqual([{ code: 'PL', label: 'Poland' }]);
    expect(summary.countryPlaceRows).toEqual(typed([0, 0, 0, 1, 1], [0]));
  });

  it('lets the app tell stated, derived, approximate and undated apart, and key a country-only place', () => {
    const ix = buildIndexes(summary);
    expect(Array.from(ix.dateKinds)).toEqual([2, 1, 1, 3]);
    expect(Array.from(ix.undatedPositions)).toEqual([3]);
    expect(ix.placeKeysAt(2)).toEqual(['cPL']);
  });

  it('rejects a precision without its date, and half an approximate range', () => {
    const problems = (patch: Record<string, unknown>) => {
      const result = Summary.safeParse({ ...file, ...patch });
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(problems({ startPrecision: [0, 1, null, null] })).toEqual(['startPrecision.0: expected a precision exactly where there is a startDate']);
    expect(problems({ approximateTo: [null, null, null, null] })).toEqual(['approximateTo.0: expected both ends of an approximate range or neither, from ≤ to']);
  });
});

describe('writeAppFiles', () => {
  it("writes the same chunk text when it reuses the events' JSON from the extraction cache", () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'atlas-app-files-')), mkdtempSync(join(tmpdir(), 'atlas-app-files-'))];
    const events = [early, late, undated];
    writeAppFiles(a, encodeAppFiles(dataset(events), 2));
    writeAppFiles(b, encodeAppFiles(dataset(events), 2), new Map(events.slice(0, 2).map((e) => [e, JSON.stringify(e)])));
    for (const file of readdirSync(join(a, 'app'))) expect(readFileSync(join(b, 'app', file), 'utf8')).toBe(readFileSync(join(a, 'app', file), 'utf8'));
  });

  it('replaces the app folder as a whole, so chunks of an earlier, larger build do not linger', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-app-files-'));
    writeAppFiles(dir, encodeAppFiles(dataset([early, late, undated]), 1));
    expect(readdirSync(join(dir, 'app')).sort()).toEqual(['events-0000.json', 'events-0001.json', 'events-0002.json', 'search-0000.json', 'search.json', 'summary.json']);
    writeAppFiles(dir, encodeAppFiles(dataset([early]), 1));
    expect(readdirSync(join(dir, 'app')).sort()).toEqual(['events-0000.json', 'search-0000.json', 'search.json', 'summary.json']);
    expect(readdirSync(dir)).toEqual(['app']);
    expect(JSON.parse(readFileSync(join(dir, 'app', 'summary.json'), 'utf8')).id).toEqual(['early']);
  });

  it('leaves the previous files as they were when it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-app-files-'));
    writeAppFiles(dir, encodeAppFiles(dataset([early])));
    const broken = encodeAppFiles(dataset([early]));
    broken.summary.venueRows.items = encodeInts([5]);
    expect(() => writeAppFiles(dir, broken)).toThrow(/venueRows/);
    expect(JSON.parse(readFileSync(join(dir, 'app', 'summary.json'), 'utf8')).venueRows.items).toBe(encodeInts([0]));
    expect(readdirSync(dir)).toEqual(['app']);
  });

  it('throws without leaving a temporary folder when the folder cannot be replaced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-app-files-'));
    // A file where the data folder should be: nothing can be written under it.
    writeFileSync(join(dir, 'data'), 'x');
    expect(() => writeAppFiles(join(dir, 'data'), encodeAppFiles(dataset([early])))).toThrow();
    expect(readdirSync(dir)).toEqual(['data']);
    expect(readFileSync(join(dir, 'data'), 'utf8')).toBe('x');
  });
});

describe('writeAppFolder', () => {
  const files = encodeAppFiles(dataset([early, late, undated]), 1);
  const chunks = (madeOf: (chunk: number) => string | null) =>
    files.chunks.map((chunk) => ({ chunk: chunk.chunk, pieces: piecesWithEvents(chunk, chunk.events.map((e) => Buffer.from(JSON.stringify(e)))), madeOf: madeOf(chunk.chunk) }));
  const inode = (dir: string, file: string) => statSync(join(dir, 'app', file)).ino;

  it('keeps a chunk made of the same as before and still as written (the same file), writes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-app-folder-'));
    const first = writeAppFolder(dir, files.summary, { index: files.search, shards: files.searchShards }, chunks((c) => `made-${c}`));
    const before = [0, 1, 2].map((c) => inode(dir, `events-000${c}.json`));
    // Chunk 1 is made of something else now; chunk 2 was changed by hand since.
    writeFileSync(join(dir, 'app', 'events-0002.json'), 'changed by hand');
    const second = writeAppFolder(dir, files.summary, { index: files.search, shards: files.searchShards }, chunks((c) => (c === 1 ? 'other' : `made-${c}`)), first);
    expect(inode(dir, 'events-0000.json')).toBe(before[0]);
    expect(inode(dir, 'events-0001.json')).not.toBe(before[1]);
    expect(inode(dir, 'events-0002.json')).not.toBe(before[2]);
    for (const c of [0, 1, 2]) expect(JSON.parse(readFileSync(join(dir, 'app', `events-000${c}.json`), 'utf8'))).toEqual(JSON.parse(JSON.stringify(files.chunks[c])));
    expect(second['events-0001.json']!.madeOf).toBe('other');
    expect(readdirSync(dir)).toEqual(['app']);
  });

  it('never keeps a chunk written without a recipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-app-folder-'));
    const first = writeAppFolder(dir, files.summary, { index: files.search, shards: files.searchShards }, chunks(() => null));
    expect(first).toEqual({});
    const before = inode(dir, 'events-0000.json');
    writeAppFolder(dir, files.summary, { index: files.search, shards: files.searchShards }, chunks(() => null), first);
    expect(inode(dir, 'events-0000.json')).not.toBe(before);
  });
});
