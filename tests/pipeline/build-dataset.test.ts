import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/schema/dataset.ts';
import { parseDataset } from '../../src/schema/parse-dataset.ts';
import { buildArchive, buildDataset, type SeedFile } from '../../src/pipeline/build-dataset.ts';
import type { KnownEvents } from '../../src/pipeline/cache/known-events.ts';
import { MemoryExtractCache } from '../../src/pipeline/cache/extract-cache.ts';
import type { ExtractContext, ExtractedEvent, ExtractResult } from '../../src/pipeline/extract/extract-event.ts';
import { createGazetteer } from '../../src/pipeline/gazetteer/create-gazetteer.ts';
import { loadGazetteer } from '../../src/pipeline/gazetteer/load-gazetteer.ts';
import { makeEventFacts } from '../fixtures/make-event.ts';

const gazetteer = createGazetteer([]);
const NOW = new Date('2024-05-06T07:08:09.000Z');

function hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function seed(name: string, text: string): SeedFile {
  return { name, bytes: Buffer.from(text, 'utf8') };
}

/** A release for the fake extractor: a title line, then "DATE yyyy-mm-dd" (or nothing). */
function release(title: string, date: string | null): string {
  return `${title}\n${date ? `DATE ${date}` : 'no date'}\nBody.`;
}

function extracted(title: string, startDate: string | null): ExtractedEvent {
  return makeEventFacts({
    title,
    startDate,
    endDate: startDate,
    durationDays: startDate ? 1 : null,
    publishedDate: startDate,
    // The build gives each span its sentence (the title is a line of its own).
    provenance: { title: { start: 0, end: title.length, sentence: { start: 0, end: title.length } }, startDate: null, endDate: null, durationDays: null, kind: null, participantCount: null, imageUrl: null },
  });
}

/** Reads the title and "DATE …" line; rejects a text with no title; throws on "BOOM". */
function fakeExtract(text: string, ctx: ExtractContext): ExtractResult {
  if (text.includes('BOOM')) throw new Error('kaboom');
  const [title = '', second = ''] = text.split('\n');
  if (title.trim() === '-') return { ok: false, reason: `${ctx.file}: expected a title on line 1`, line: 1 };
  return { ok: true, event: extracted(title, second.startsWith('DATE ') ? second.slice(5) : null) };
}

function event(file: string, id: string, text: string, startDate: string | null, warnings: string[] = []): AtlasEvent {
  return {
    id,
    source: { file, sha256: hex(text), text },
    ...extracted(text.split('\n')[0]!, startDate),
    warnings,
  };
}

describe('buildDataset', () => {
  it('turns every .txt file into exactly one event or rejection, and ignores other files', () => {
    const b = release('Bravo', '2015-03-30');
    const a = release('Alpha', '2014-11-03');
    const files = [
      seed('b.txt', b),
      seed('README.md', '# not a seed'),
      seed('empty.txt', ''),
      seed('a.txt', a),
      seed('untitled.txt', '-\nDATE 2014-01-01'),
      seed('notes.TXT', release('Charlie', null)),
    ];
    expect(buildDataset(files, { gazetteer, extract: fakeExtract, now: NOW })).toEqual({
      schemaVersion: 2,
      generatedAt: '2024-05-06T07:08:09.000Z',
      events: [
        event('a.txt', 'a', a, '2014-11-03'),
        event('b.txt', 'b', b, '2015-03-30'),
        event('notes.TXT', 'notes', release('Charlie', null), null),
      ],
      rejected: [
        {
          file: 'empty.txt',
          reason: 'empty.txt is empty: expected a press release as plain text (a title line, then the dateline and body)',
          line: 1,
          duplicateOf: null,
        },
        { file: 'untitled.txt', reason: 'untitled.txt: expected a title on line 1', line: 1, duplicateOf: null },
      ],
    });
  });

  it('joins a repeat of an earlier file (whitespace aside) to its event as a republication, rejecting nothing', () => {
    const text = release('Same', '2014-11-03');
    const copy = `  ${text.replace(/\n/g, '\r\n\r\n')}\t\n`;
    const dataset = buildDataset([seed('z-copy.txt', copy), seed('m-original.txt', text), seed('a-other.txt', release('Other', null))], {
      gazetteer,
      extract: fakeExtract,
      now: NOW,
    });
    expect(dataset.events.map((e) => [e.source.file, (e.reports ?? []).map((r) => [r.file, r.id, r.kind])])).toEqual([
      ['m-original.txt', [['z-copy.txt', 'z-copy', 'republication']]],
      ['a-other.txt', []],
    ]);
    expect(dataset.rejected).toEqual([]);
  });

  it('derives ids from file names, the same whatever the input order, and disambiguates collisions by a hash of the name', () => {
    const names = ['000_D4EC6A025D7DF8AF.txt', 'Ünïcode Name!.txt', 'a b.txt', 'a-b.txt', '___.txt'];
    const files = names.map((name, i) => seed(name, release(`Title ${i}`, null)));
    const ids = (fs: SeedFile[]) =>
      Object.fromEntries(buildDataset(fs, { gazetteer, extract: fakeExtract, now: NOW }).events.map((e) => [e.source.file, e.id]));
    const expected = {
      '000_D4EC6A025D7DF8AF.txt': '000-d4ec6a025d7df8af',
      'Ünïcode Name!.txt': 'unicode-name',
      'a b.txt': 'a-b',
      'a-b.txt': `a-b-${hex('a-b.txt').slice(0, 6)}`,
      '___.txt': 'seed',
    };
    expect(ids(files)).toEqual(expected);
    expect(ids([...files].reverse())).toEqual(expected);
  });

  it('turns a throwing extractor into a rejection for that seed only', () => {
    const good = release('Good', '2014-11-03');
    const dataset = buildDataset([seed('bad.txt', 'Title\nBOOM'), seed('good.txt', good)], { gazetteer, extract: fakeExtract, now: NOW });
    expect(dataset.events).toEqual([event('good.txt', 'good', good, '2014-11-03')]);
    expect(dataset.rejected).toEqual([
      { file: 'bad.txt', reason: 'bug: building bad.txt threw "kaboom"; please report it with the file', line: null, duplicateOf: null },
    ]);
  });

  it('rejects an event that fails the schema, naming the field, and keeps the rest', () => {
    const good = release('Good', '2014-11-03');
    const dataset = buildDataset([seed('feb.txt', release('Leap', '2014-02-30')), seed('good.txt', good)], {
      gazetteer,
      extract: fakeExtract,
      now: NOW,
    });
    expect(dataset.events).toEqual([event('good.txt', 'good', good, '2014-11-03')]);
    expect(dataset.rejected).toEqual([
      {
        file: 'feb.txt',
        reason:
          'bug: the event read from feb.txt does not match the dataset schema (startDate: expected a date that exists; endDate: expected a date that exists; publishedDate: expected a date that exists); please report it with the file',
        line: null,
        duplicateOf: null,
      },
    ]);
  });

  it('keeps a rejection valid when an extractor gives no reason or a bad line', () => {
    const extract = (): ExtractResult => ({ ok: false, reason: '', line: 0 });
    expect(buildDataset([seed('x.txt', 'Title')], { gazetteer, extract, now: NOW }).rejected).toEqual([
      { file: 'x.txt', reason: 'x.txt: rejected without a reason (a bug in the extractor)', line: null, duplicateOf: null },
    ]);
  });

  it('adds the reader’s Windows-1252 warning to the event', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from('\nDATE 2014-11-03')]);
    const dataset = buildDataset([{ name: 'w.txt', bytes }], { gazetteer, extract: fakeExtract, now: NOW });
    expect(dataset.events).toEqual([
      event('w.txt', 'w', 'Café\nDATE 2014-11-03', '2014-11-03', [
        'w.txt is not valid UTF-8 (first bad byte on line 1); read it as Windows-1252 — check accented letters and quotes',
      ]),
    ]);
  });

  it('sorts events by start date, undated last, then by file', () => {
    const files = [
      seed('d.txt', release('D', null)),
      seed('c.txt', release('C', '2014-01-01')),
      seed('b.txt', release('B', null)),
      seed('a.txt', release('A', '2015-01-01')),
      seed('e.txt', release('E', '2014-01-01')),
    ];
    const dataset = buildDataset(files, { gazetteer, extract: fakeExtract, now: NOW });
    expect(dataset.events.map((e) => e.source.file)).toEqual(['c.txt', 'e.txt', 'a.txt', 'b.txt', 'd.txt']);
  });

  it('produces a dataset the app’s parser accepts, with nothing for no files', () => {
    expect(buildDataset([], { gazetteer, extract: fakeExtract, now: NOW })).toEqual({
      schemaVersion: 2,
      generatedAt: '2024-05-06T07:08:09.000Z',
      events: [],
      rejected: [],
    });
    const dataset = buildDataset([seed('a.txt', release('A', '2014-01-01')), seed('b.txt', '')], { gazetteer, extract: fakeExtract, now: NOW });
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });
});

describe('buildArchive with a cache', () => {
  const files = [seed('a.txt', release('Alpha', '2014-11-03')), seed('b.txt', release('Bravo', '2015-03-30'))];
  const build = (store: MemoryExtractCache, more: { known?: KnownEvents; files?: SeedFile[]; extract?: typeof fakeExtract } = {}) =>
    buildArchive(more.files ?? files, { gazetteer, now: NOW, extract: more.extract ?? fakeExtract, cache: { store, version: 'v1' }, ...(more.known ? { known: more.known } : {}) });

  it('gives every event a key: the same for the same release, another when its text or id changes', () => {
    const store = new MemoryExtractCache();
    const keys = build(store).events.map((e) => e.key);
    expect(keys.every((k) => typeof k === 'string')).toBe(true);
    expect(build(store).events.map((e) => e.key)).toEqual(keys);
    const edited = build(store, { files: [seed('a.txt', release('Alpha!', '2014-11-03')), files[1]!] }).events.map((e) => e.key);
    expect([edited[0] === keys[0], edited[1] === keys[1]]).toEqual([false, true]);
    const renamed = build(store, { files: [seed('a2.txt', release('Alpha', '2014-11-03')), files[1]!] }).events.map((e) => e.key);
    expect(renamed[0]).not.toBe(keys[0]);
    // Without a cache there is nothing to key by.
    expect(buildArchive(files, { gazetteer, now: NOW, extract: fakeExtract }).events.map((e) => e.key)).toEqual([null, null]);
  });

  it('keeps an event an earlier build made without reading its result or its JSON until asked', () => {
    const store = new MemoryExtractCache();
    const first = build(store);
    const json = new Map(first.events.map((e) => [e.key!, e.json()]));
    const asked: string[] = [];
    const known: KnownEvents = {
      orderOf: (key) => first.events.find((e) => e.key === key),
      jsonOf: (key) => (asked.push(key), json.get(key)!),
    };
    const read = new MemoryExtractCache(new Map([...store.added]));
    const extract = () => {
      throw new Error('nothing is extracted');
    };
    const kept = build(read, { known, extract });
    expect(kept.events.map((e) => [e.id, e.startDate, e.key])).toEqual(first.events.map((e) => [e.id, e.startDate, e.key]));
    // Two results and the two events' report prints (kept beside them, so neither event is read to be compared).
    expect([asked, read.hits, read.used.size]).toEqual([[], 2, 4]);
    expect(kept.events.map((e) => e.event())).toEqual(first.events.map((e) => e.event()));
    expect(kept.events[0]!.json()).toBe(first.events[0]!.json());
  });

  it('never keeps a release that has a correction, even when known', () => {
    const store = new MemoryExtractCache();
    const first = build(store);
    const known: KnownEvents = { orderOf: (key) => first.events.find((e) => e.key === key), jsonOf: () => 'not to be used' };
    const corrections = [{ correction: { file: 'a.txt', set: { participantCount: { value: 65, qualifier: 'exact' as const } }, note: 'By hand' }, line: 1 }];
    const built = buildArchive(files, { gazetteer, now: NOW, extract: fakeExtract, cache: { store, version: 'v1' }, known, corrections });
    expect(built.events[0]!.event().participantCount).toEqual({ value: 65, qualifier: 'exact' });
    expect(built.events[0]!.key).not.toBe(first.events[0]!.key);
    expect(built.events[1]!.json()).toBe('not to be used');
  });

  it('extracts a release again when its cached result is damaged, rather than rejecting it', () => {
    const store = new MemoryExtractCache();
    build(store);
    const [key] = [...store.added.keys()];
    const damaged = new MemoryExtractCache(new Map([...store.added].map(([k, v]) => [k, k === key ? v.slice(0, 30) : v])));
    const again = build(damaged);
    expect([again.rejected, again.events.length, damaged.added.size, damaged.hits]).toEqual([[], 2, 1, 1]);
  });
});

describe('buildDataset on the real seeds, with the real extractor and gazetteer', () => {
  it('makes one schema-valid event per seed and rejects none', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const files = readdirSync(dir).map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
    const dataset = buildDataset(files, { gazetteer: loadGazetteer(), now: NOW });
    expect(dataset.rejected).toEqual([]);
    expect(dataset.events.map((e) => [e.id, e.source.file])).toEqual([
      ['000-d4ec6a025d7df8af', '000_d4ec6a025d7df8af.txt'],
      ['001-7dafee3892481c7c', '001_7dafee3892481c7c.txt'],
    ]);
    expect(parseDataset(JSON.parse(JSON.stringify(dataset)))).toEqual({ ok: true, dataset });
  });
});
