// Hostile and broken seed folders, written to a temp dir at test time (no binary fixtures in git),
// read back from disk and built by the real build step with the real gazetteer. Each case asserts
// the whole outcome: the event's key fields, or the rejection's reason, line and duplicateOf.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasEvent, Dataset, Rejected } from '../../../src/schema/dataset.ts';
import { parseDataset } from '../../../src/schema/parse-dataset.ts';
import { buildDataset, type SeedFile } from '../../../src/pipeline/build-dataset.ts';
import type { Gazetteer } from '../../../src/pipeline/gazetteer/place.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import { unreadBytes } from '../../support/unread-bytes.ts';

const NOW = new Date('2024-05-06T07:08:09.000Z');
const EXPECTED = 'expected a press release as plain text (a title line, then the dateline and body)';
const RELEASE = [
  'OSCE trains border guards in Almaty',
  'ALMATY, Kazakhstan, 3 November 2014 – A two-day seminar for 25 border guards began today in Almaty.',
  'It was organized by the OSCE Centre in Astana.',
  '',
].join('\n');

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

type Contents = string | Uint8Array;

function writeSeeds(files: Readonly<Record<string, Contents>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}

function readSeeds(dir: string): SeedFile[] {
  return readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** Writes, reads back and builds; every file must be accounted for exactly once. */
function build(files: Readonly<Record<string, Contents>>): Dataset {
  const seeds = readSeeds(writeSeeds(files));
  const dataset = buildDataset(seeds, { gazetteer, now: NOW });
  // Each file once: an event, a report of one (src/pipeline/reports) or a rejection.
  const accounted = [...dataset.events.flatMap((e) => [e.source.file, ...(e.reports ?? []).map((r) => r.file)]), ...dataset.rejected.map((r) => r.file)].sort();
  expect(accounted).toEqual(Object.keys(files).sort());
  expect(parseDataset(JSON.parse(JSON.stringify(dataset)))).toEqual({ ok: true, dataset });
  return dataset;
}

function onlyEvent(dataset: Dataset): AtlasEvent {
  expect(dataset.rejected).toEqual([]);
  expect(dataset.events).toHaveLength(1);
  return dataset.events[0]!;
}

function onlyRejection(dataset: Dataset): Rejected {
  expect(dataset.events).toEqual([]);
  expect(dataset.rejected).toHaveLength(1);
  return dataset.rejected[0]!;
}

/** The fields a reader sees, in one comparable record. */
function keyFields(e: AtlasEvent) {
  return {
    title: e.title,
    imageUrl: e.imageUrl,
    dates: [e.startDate, e.endDate, e.publishedDate],
    venue: e.venues.flatMap((v) => [v.city, v.name, v.countryCode]),
    countries: e.countries.map((c) => `${c.code}:${c.roles.join('+')}`),
    organizers: e.organizers.map((o) => o.name),
    people: e.people.map((p) => [p.name, p.role]),
    quotes: e.quotes.map((q) => [q.speaker, q.text]),
    participantCount: e.participantCount,
    warnings: e.warnings,
  };
}

const ALMATY_RELEASE = {
  title: 'OSCE trains border guards in Almaty',
  imageUrl: null,
  dates: ['2014-11-03', '2014-11-04', '2014-11-03'],
  venue: ['Almaty', 'Almaty', 'KZ'],
  // No country is named for the 25 guards, so they are the host's.
  countries: ['KZ:host+participant'],
  organizers: ['OSCE Centre in Astana'],
  people: [],
  quotes: [],
  participantCount: { value: 25, qualifier: 'exact' },
  warnings: [],
};

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('bad seeds: files that are not releases are rejected with a reason naming the file', () => {
  it.each([
    ['empty', Buffer.alloc(0), `empty.txt is empty: ${EXPECTED}`, 1],
    ['whitespace only', ' \n\t\r\n   \n', `whitespace-only.txt contains only whitespace: ${EXPECTED}`, 1],
    ['binary', Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x00, 0x01, 0x02, 0xff]), `binary.txt is binary: it contains a NUL byte (at byte offset 6); ${EXPECTED}`, 2],
  ])('%s', (what, contents, reason, line) => {
    const file = `${what.replace(/ /g, '-')}.txt`;
    expect(onlyRejection(build({ [file]: contents }))).toEqual({ file, reason, line, duplicateOf: null });
  });

  it('no title: a release that opens with its dateline', () => {
    const text = RELEASE.split('\n').slice(1).join('\n');
    expect(onlyRejection(build({ 'no-title.txt': text }))).toEqual({
      file: 'no-title.txt',
      reason: 'no-title.txt: line 1: expected a title line before the dateline',
      line: 1,
      duplicateOf: null,
    });
  });

  it('no title: only punctuation and an image', () => {
    expect(onlyRejection(build({ 'dashes.txt': '----\n![](https://img.example/a.jpg)\n***\n' }))).toEqual({
      file: 'dashes.txt',
      reason: 'dashes.txt: the release is empty: expected a title on the first line',
      line: 1,
      duplicateOf: null,
    });
  });

  it('a 10 MB file, rejected for its size without a byte of it being read', () => {
    const dataset = buildDataset([{ name: 'huge.txt', bytes: unreadBytes(10 * 1024 * 1024) }], { gazetteer, now: NOW });
    expect(onlyRejection(dataset)).toEqual({
      file: 'huge.txt',
      reason: `huge.txt is 10.0 MB (10485760 bytes), over the 2.0 MB limit for a seed: ${EXPECTED}`,
      line: null,
      duplicateOf: null,
    });
  });
});

describe('bad seeds: encodings and line endings are decoded to the same release', () => {
  const crlf = RELEASE.replace(/\n/g, '\r\n');
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RELEASE)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(crlf)])],
    ['UTF-16 LE without BOM', Buffer.from(RELEASE, 'utf16le')],
    ['UTF-16 BE without BOM', utf16be(RELEASE)],
    ['CRLF line endings', Buffer.from(crlf)],
    ['old Mac CR line endings', Buffer.from(RELEASE.replace(/\n/g, '\r'))],
  ])('%s', (what, bytes) => {
    const file = `${what.replace(/\W+/g, '-')}.txt`;
    const event = onlyEvent(build({ [file]: bytes }));
    expect(event.source).toMatchObject({ file, text: RELEASE });
    expect(keyFields(event)).toEqual(ALMATY_RELEASE);
  });

  it('Latin-1 (not valid UTF-8) is decoded as Windows-1252, with a warning naming the line', () => {
    // Latin-1 has no en dash, so this release uses a hyphen, as such files do.
    const text = RELEASE.replace('border guards in', 'gardes-frontière in').replace('–', '-');
    const event = onlyEvent(build({ 'latin1.txt': Buffer.from(text, 'latin1') }));
    expect(event.source.text).toBe(text);
    expect(keyFields(event)).toEqual({
      ...ALMATY_RELEASE,
      title: 'OSCE trains gardes-frontière in Almaty',
      warnings: ['latin1.txt is not valid UTF-8 (first bad byte on line 1); read it as Windows-1252 — check accented letters and quotes'],
    });
  });
});

describe('bad seeds: dates, places and country names', () => {
  it('no dateline: the date in the text is used', () => {
    const text = 'Seminar on border security held\nA three-day seminar for 30 officers began in Almaty on 12 May 2015.\n';
    const event = onlyEvent(build({ 'no-dateline.txt': text }));
    expect(keyFields(event)).toEqual({
      ...ALMATY_RELEASE,
      title: 'Seminar on border security held',
      dates: ['2015-05-12', '2015-05-14', null],
      countries: ['KZ:host+participant'],
      organizers: [],
      participantCount: { value: 30, qualifier: 'exact' },
    });
  });

  // Nothing is lost: a release with a title and text is an event even when no day can be read.
  it('no dateline and no date: an event with null dates and a warning saying what to add', () => {
    const event = onlyEvent(build({ 'undated.txt': 'OSCE trains police\nThe OSCE trained police officers in Almaty.\n' }));
    expect([event.startDate, event.endDate, event.publishedDate, event.dates]).toEqual([null, null, null, { start: null, end: null, approximate: null, written: null }]);
    expect(event.warnings).toEqual(['no date: the release has no dateline or date line, and its text gives no day of the event with a year; add the dates by a correction if known']);
  });

  // One rule throughout: a day that does not exist is never turned into a date.
  it('31 February in the dateline: an event without dates, and a warning naming the line', () => {
    const text = RELEASE.replace('3 November 2014', '31 February 2015');
    const event = onlyEvent(build({ 'feb-31.txt': text }));
    expect([event.startDate, event.endDate, event.publishedDate]).toEqual([null, null, null]);
    expect(event.warnings).toContain("line 2: the dateline date '31 February 2015' does not exist; it was ignored");
  });

  it('31 February as the only date in the text: an event without dates, and a warning naming the line', () => {
    const text = 'OSCE trains police\n\nThe seminar was held in Almaty on 31 February 2015.\n';
    const event = onlyEvent(build({ 'feb-31-body.txt': text }));
    expect([event.startDate, event.endDate, event.publishedDate]).toEqual([null, null, null]);
    expect(event.warnings).toContain("line 3: the date '31 February 2015' does not exist; it was ignored");
  });

  it('31 February beside a real dateline: event without event dates, and a warning naming the line', () => {
    const text = `${RELEASE}The follow-up course will open on 31 February 2015.\n`;
    const event = onlyEvent(build({ 'feb-31-later.txt': text }));
    expect(keyFields(event)).toEqual({
      ...ALMATY_RELEASE,
      warnings: ["line 4: the date '31 February 2015' does not exist; it was ignored"],
    });
  });

  it('an unknown city: not placed as a town, but in the country its dateline gives it; named in a typed reason and a warning', () => {
    const text = RELEASE.replace(/Almaty|ALMATY/g, (c) => (c === 'ALMATY' ? 'ZXQWERTYVILLE' : 'Zxqwertyville'));
    const event = onlyEvent(build({ 'unknown-city.txt': text }));
    expect(keyFields(event)).toEqual({
      ...ALMATY_RELEASE,
      title: 'OSCE trains border guards in Zxqwertyville',
      // "ZXQWERTYVILLE, Kazakhstan": the town is not guessed, its country is kept, and with it the host.
      venue: [null, null, 'KZ'],
      countries: ['KZ:host+participant'],
      warnings: ["venue 'Zxqwertyville' not found in the gazetteer: placed at the country"],
    });
    expect(event.absences?.find((a) => a.fact === 'venues')).toMatchObject({ kind: 'unknown-place', name: 'Zxqwertyville' });
  });

  it('"Georgia" the US state and "turkey" the word add neither GE nor TR', () => {
    const text = [
      'University of Georgia hosts workshop on cyber security',
      'ATLANTA, Georgia, 3 November 2014 – A two-day workshop for 20 experts from the University of Georgia began today in Atlanta, Georgia.',
      'Participants from Kazakhstan and Ukraine said they quit paper files cold turkey and shared a roast turkey.',
      '',
    ].join('\n');
    const event = onlyEvent(build({ 'georgia.txt': text }));
    expect(keyFields(event)).toEqual({
      title: 'University of Georgia hosts workshop on cyber security',
      imageUrl: null,
      dates: ['2014-11-03', '2014-11-04', '2014-11-03'],
      venue: ['Atlanta', 'Atlanta', 'US'],
      countries: ['US:host', 'KZ:participant', 'UA:participant'],
      organizers: ['University of Georgia'],
      people: [],
      quotes: [],
      // Experts teach; they are not counted as participants.
      participantCount: null,
      warnings: [],
    });
    expect(event.organizers[0]!.countryCode).toBeNull();
  });
});

describe('bad seeds: duplicates and many files', () => {
  it('a duplicate under another name: one event, the first in name order, with the copy as its republication, whatever the order read', () => {
    const files = { 'almaty-seminar.txt': RELEASE, 'copy-of-almaty-seminar.txt': `\uFEFF${RELEASE.replace(/\n/g, '\r\n')}\r\n` };
    const dataset = build(files);
    expect(dataset.events.map((e) => [e.source.file, (e.reports ?? []).map((r) => [r.file, r.kind])])).toEqual([['almaty-seminar.txt', [['copy-of-almaty-seminar.txt', 'republication']]]]);
    expect(dataset.rejected).toEqual([]);
    const reversed = buildDataset(readSeeds(writeSeeds(files)).reverse(), { gazetteer, now: NOW });
    expect(reversed).toEqual(dataset);
  });

  // A thousand is enough for what can go wrong with many: the same words in every release, far more
  // than find-reports.ts's MAX_TEXT_BUCKET (24), so wording is boilerplate, and about 36 near-identical
  // releases a day in one town for place and date to compare; ten empty files and two repeats.
  it('1,000 small files: every one accounted for once, the bad ones rejected, no release counted twice', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      const name = `r${String(i).padStart(4, '0')}.txt`;
      const day = 1 + (i % 28);
      // Every 100th file is empty and every 250th repeats the file before it.
      files[name] =
        i % 100 === 99 ? '' : i % 250 === 249 ? files[`r${String(i - 1).padStart(4, '0')}.txt`]! : RELEASE.replace('OSCE trains', `Release ${i}: OSCE trains`).replace('3 November', `${day} November`);
    }
    const dataset = build(files);
    const empties = Object.keys(files).filter((_, i) => i % 100 === 99);
    expect(dataset.rejected.map((r) => r.file).sort()).toEqual(empties);
    // The same text on the same day in the same town is one event told again: its releases are its reports.
    const told = dataset.events.flatMap((e) => [e.source.file, ...(e.reports ?? []).map((r) => r.file)]);
    expect(told.sort()).toEqual(Object.keys(files).filter((f) => !empties.includes(f)));
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
    const repeats = Object.keys(files).filter((_, i) => i % 250 === 249 && i % 100 !== 99);
    expect(repeats).toHaveLength(2);
    const eventOf = new Map(dataset.events.flatMap((e) => [e.source.file, ...(e.reports ?? []).map((r) => r.file)].map((f) => [f, e.id])));
    for (const file of repeats) expect(eventOf.get(file)).toBe(eventOf.get(file.replace(/\d+/, (n) => String(Number(n) - 1).padStart(4, '0'))));
  });
});

describe('bad seeds: markup and script are kept as plain text in every field', () => {
  const text = [
    'Seminar <script>alert(1)</script> on <img src=x onerror=alert(2)> security',
    'ALMATY<script>x</script>, Kazakhstan, 3 November 2014 – A two-day seminar organized by the OSCE Centre in <b>Astana</b> and the <i onmouseover=alert(3)>Interior Ministry</i> began today in Almaty.',
    '“We <script>alert(4)</script> welcome <b>you</b>,” said John <img src=x onerror=alert(5)>Smith, Head of the <b>OSCE</b> Centre in Astana.',
    'Jane Doe, Director of the <u>Border</u> Academy, said: “<svg onload=alert(6)>Borders matter.”',
    '![<img src=x onerror=alert(7)>](https://img.example/a.png)',
    '',
  ].join('\n');

  it('as written, never escaped, stripped or interpreted; a city with markup is not a dateline city', () => {
    const event = onlyEvent(build({ 'markup.txt': text }));
    expect(event.source.text).toBe(text);
    expect(keyFields(event)).toEqual({
      title: 'Seminar <script>alert(1)</script> on <img src=x onerror=alert(2)> security',
      imageUrl: 'https://img.example/a.png',
      dates: ['2014-11-03', '2014-11-04', null],
      venue: ['Almaty', 'Almaty', 'KZ'],
      countries: ['KZ:host'],
      organizers: ['OSCE Centre'],
      people: [['Jane Doe', 'Director of the <u>Border</u> Academy']],
      quotes: [
        [null, 'We <script>alert(4)</script> welcome <b>you</b>'],
        ['Jane Doe', '<svg onload=alert(6)>Borders matter.'],
      ],
      participantCount: null,
      warnings: [],
    });
    expect(event.organizations.map((o) => o.name)).toContain('Interior Ministry');
    expect(JSON.stringify(event)).not.toMatch(/&lt;|&gt;|&amp;/);
  });
});

describe('bad seeds: image URLs other than https', () => {
  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['http:', 'http://img.example/a.png'],
    ['protocol-relative', '//img.example/a.png'],
  ])('%s → imageUrl null and a warning naming the URL', (_, url) => {
    const event = onlyEvent(build({ 'image.txt': `${RELEASE}![a photo](${url})\n` }));
    expect(keyFields(event)).toEqual({ ...ALMATY_RELEASE, warnings: [`image '${url}' dropped: only https: URLs are kept`] });
    expect(event.provenance.imageUrl).toBeNull();
  });
});
