import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRecord } from '../../src/export/export-record.ts';
import { neutraliseCell, toCsv } from '../../src/export/to-csv.ts';
import { toGeoJson } from '../../src/export/to-geojson.ts';
import { encodeAppFiles } from '../../src/pipeline/app-files/encode-app-files.ts';
import { writeAppFiles } from '../../src/pipeline/app-files/write-app-files.ts';
import { runExport, type ExportIo } from '../../src/export-cli/run-export.ts';
import { appFileBodies } from '../app/fixtures/app-files-fetch.ts';
import { seedDataset } from '../app/fixtures/seed-dataset.ts';
import { makeEvent, makeVenue } from '../fixtures/make-event.ts';

/** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(bad)).toBe(`'${bad}`);
    expect(neutraliseCell('OSCE seminar')).toBe('OSCE seminar');
  });

  it('writes RFC 4180 that reads back to the same values, one row per event', () => {
    const dataset = seedDataset();
    const hostile = makeEvent('hostile', { title: '=cmd|"/c calc"!A0, and a\nline break', venues: [] });
    const records = [...dataset.events, hostile].map((e) => exportRecord(e, []));
    const csv = toCsv(records);
    // A byte-order mark first, so a spreadsheet reads UTF-8.
    expect(csv.startsWith('\uFEFFid,title,dates,published_date,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[0]![0]).toBe('id');
    expect(rows.map((r) => r[0])).toEqual(['id', '000-d4ec6a025d7df8af', '001-7dafee3892481c7c', 'hostile']);
    expect(rows[3]![1]).toBe(`'=cmd|"/c calc"!A0, and a\nline break`);
    const karaganda = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(karaganda).toMatchObject({ start_date: '2014-11-03', start_precision: 'derived from other facts', participant_count: '60', participant_qualifier: 'about', source_file: '000_d4ec6a025d7df8af.txt' });
    expect(karaganda.participant_count_sentence).toContain('some 60 officers');
    expect(karaganda.experts).toBe('KZ US GE LT');
  });
});

describe('GeoJSON export', () => {
  it('gives one feature per place, [lon, lat], and a feature without geometry for an event with no place', () => {
    const two = makeEvent('two', { venues: [makeVenue({ city: 'Aktau', countryCode: 'KZ', lat: 43.65, lon: 51.16 }), makeVenue({ countryCode: 'PL', precision: 'country' })] });
    const none = makeEvent('none', { venues: [] });
    const geo = toGeoJson([two, none].map((event) => ({ event, record: exportRecord(event, []) })));
    expect(geo.features.map((f) => [f.properties.id, f.geometry?.coordinates ?? null, f.properties.venue_precision])).toEqual([
      ['two', [51.16, 43.65], 'town'],
      ['two', null, 'country only'],
      ['none', null, ''],
    ]);
  });
});

/** The app's files of `dataset` as the build writes them, read by path under `dir`, as the command's io. */
function appFilesIo(dir: string, dataset = seedDataset()) {
  const bodies = appFileBodies(dataset);
  const out = { stdout: '', stderr: '', files: new Map<string, string>(), read: [] as string[] };
  const io: ExportIo = {
    readFile: (path) => {
      out.read.push(path);
      const body = bodies.get(`/${path.slice(dir.length - 'data'.length)}`);
      if (body === undefined) throw new Error(`ENOENT: ${path}`);
      return JSON.stringify(body);
    },
    writeFile: (path, text) => out.files.set(path, text),
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
  };
  return { io, out };
}

describe('npm run export, in-process', () => {
  it('gives a script exactly what the screen shows for the same URL parameters, from the files the build wrote', () => {
    const { io, out } = appFilesIo('public/data');
    expect(runExport(['--format', 'csv', '--country', 'AF'], io)).toBe(0);
    expect(parseCsv(out.stdout).slice(1).map((r) => r[0])).toEqual(['000-d4ec6a025d7df8af']);
    expect(out.stderr).toBe('1 of 2 events as csv\n');
    // The app's files, never dataset.json: the summary and the one chunk the event is in.
    expect(out.read).toEqual(['public/data/app/summary.json', 'public/data/app/events-0000.json']);
    expect(runExport(['--format', 'geojson', '--country', 'LT', '--role', 'expert', '--from', '2015-01-01', '--out', 'experts.geojson'], io)).toBe(0);
    const geo = JSON.parse(out.files.get('experts.geojson')!) as { features: { properties: { id: string; participant_count: unknown } }[] };
    expect(geo.features.map((f) => f.properties.id)).toEqual(['001-7dafee3892481c7c']);
    expect(typeof geo.features[0]!.properties.participant_count).toBe('number');
  });

  it('reads a search with the app’s own matcher, fetching only the shards its words are in', () => {
    const { io, out } = appFilesIo('public/data');
    // A person quoted only in the Karaganda release, misspelt.
    expect(runExport(['--format', 'csv', '--q', 'Zarudnaa'], io)).toBe(0);
    expect(parseCsv(out.stdout).slice(1).map((r) => r[0])).toEqual(['000-d4ec6a025d7df8af']);
    expect(out.read.filter((f) => /search-\d+\.json$/.test(f)).length).toBeGreaterThan(0);
  });

  it('says what is wrong and exits 2 for a bad format, bad options or no built files', () => {
    const { io, out } = appFilesIo('public/data');
    expect(runExport(['--format', 'xlsx'], io)).toBe(2);
    expect(runExport(['--format'], io)).toBe(2);
    expect(runExport(['--format', 'csv', '--data', 'elsewhere'], io)).toBe(2);
    expect(out.stderr).toContain('cannot read elsewhere/app/summary.json (run npm run data)');
  });
});

describe('npm run export, as a process', () => {
  // The one spawned smoke test: the shell wires the file system to runExport. Not timed: a busy
  // machine may take long to start Node and tsx.
  it('writes the CSV of the built files to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    writeAppFiles(dir, encodeAppFiles(seedDataset()));
    const out = join(dir, 'af.csv');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/export-cli/cli.ts', '--data', dir, '--format', 'csv', '--country', 'AF', '--out', out], { encoding: 'utf8' });
    expect(run.stderr).toContain('1 of 2 events as csv');
    expect(run.status).toBe(0);
    expect(parseCsv(readFileSync(out, 'utf8')).slice(1).map((r) => r[0])).toEqual(['000-d4ec6a025d7df8af']);
  });
});
