import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRecord } from '../../src/export/export-record.ts';
import { neutraliseCell, toCsv } from '../../src/export/to-csv.ts';
import { toGeoJson } from '../../src/export/to-geojson.ts';
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
    const rows = parseCsv(toCsv(records));
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

describe('npm run export', () => {
  it('gives a script exactly what the screen shows for the same URL parameters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    const data = join(dir, 'dataset.json');
    writeFileSync(data, JSON.stringify(seedDataset()));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/export/cli.ts', '--data', data, ...args], { encoding: 'utf8' });
    const afghanistan = run('--format', 'csv', '--country', 'AF');
    expect(afghanistan.status).toBe(0);
    expect(parseCsv(afghanistan.stdout).slice(1).map((r) => r[0])).toEqual(['000-d4ec6a025d7df8af']);
    const out = join(dir, 'experts.geojson');
    expect(run('--format', 'geojson', '--country', 'LT', '--role', 'expert', '--from', '2015-01-01', '--out', out).status).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id)).toEqual(['001-7dafee3892481c7c']);
    // A search, read by the app's own matcher: a person quoted only in the Karaganda release, misspelt.
    const searched = run('--format', 'csv', '--q', 'Zarudnaa');
    expect(parseCsv(searched.stdout).slice(1).map((r) => r[0])).toEqual(['000-d4ec6a025d7df8af']);
    expect(run('--format', 'xlsx').status).toBe(2);
  });
});
