import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventRow } from '../../../src/pipeline/app-files/event-row.ts';
import { loadPreviousBuild, saveWrittenBuild, type WrittenBuild } from '../../../src/pipeline/cache/written-build.ts';
import { compactRows, expandRows, wholeRows } from '../../../src/pipeline/cache/compact-rows.ts';
import { writeDataset } from '../../../src/pipeline/output/write-dataset.ts';
import type { AtlasEvent, Dataset } from '../../../src/schema/dataset.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

const span = { start: 0, end: 1 };
const ASTANA = { city: 'Astana', name: 'Astana', countryCode: 'KZ', lat: 51.18, lon: 71.45, geonameId: 1526273 };
const events: AtlasEvent[] = [
  makeEvent('a', { startDate: '2014-11-03', venue: ASTANA, organizers: [{ name: 'OSCE Programme Office in Astana', countryCode: null, span }] }),
  makeEvent('b', {
    startDate: '2015-03-30',
    venue: ASTANA,
    countries: [
      { code: 'KZ', name: 'Kazakhstan', roles: ['host'], evidence: [{ role: 'host', span, reason: null }] },
      { code: 'AF', name: 'Afghanistan', roles: ['participant'], evidence: [{ role: 'participant', span, reason: null }] },
      { code: 'AF', name: 'Afghanistan', roles: ['expert'], evidence: [{ role: 'expert', span, reason: null }] },
    ],
    topics: [{ id: 'customs', label: 'Customs', spans: [span] }],
    participantCount: { value: 30, qualifier: 'about' },
  }),
  makeEvent('c', { startDate: null, venue: { countryCode: 'PL', precision: 'country' } }),
];
const dataset: Dataset = { schemaVersion: 2, generatedAt: '2024-01-01T00:00:00.000Z', events, rejected: [] };

describe('compactRows', () => {
  it('gives the rows back equal, field for field, each shared item stored once', () => {
    const rows = events.map(eventRow);
    const compact = compactRows(rows);
    expect(expandRows(JSON.parse(JSON.stringify(compact)))).toEqual(rows);
    expect(compact.lists.venues.items).toHaveLength(2);
    expect(wholeRows(compact, 3)).toBe(true);
  });

  it('finds damaged rows: a column too short, a position outside its list', () => {
    const compact = compactRows(events.map(eventRow));
    expect(wholeRows(compact, 4)).toBe(false);
    expect(wholeRows({ ...compact, columns: { ...compact.columns, title: ['a'] } }, 3)).toBe(false);
    expect(wholeRows({ ...compact, lists: { ...compact.lists, venues: { ...compact.lists.venues, at: [0, 0, 7] } } }, 3)).toBe(false);
  });
});

describe('loadPreviousBuild', () => {
  /** A dataset written and the state of that build saved; the paths. */
  function built() {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-written-build-'));
    const out = join(dir, 'data', 'dataset.json');
    const written = writeDataset(out, dataset);
    const state: WrittenBuild = {
      version: 'v1',
      out,
      keys: ['ka', 'kb', 'kc'],
      lines: ['✓ a', '✓ b', '✓ c'],
      rows: events.map(eventRow),
      ranges: written.ranges,
      dataset: written.stamp,
      appFiles: {},
      organizations: { asked: 'x', merged: { organizations: [], rows: [[], [], []] } },
      search: { terms: ['astana'], postings: ['A'] },
    };
    const stateFile = join(dir, 'build.json');
    saveWrittenBuild(stateFile, state);
    return { out, stateFile };
  }

  it('reads the state back, with each event as the dataset file holds it', () => {
    const { out, stateFile } = built();
    const previous = loadPreviousBuild(stateFile, 'v1', out)!;
    expect(previous.state.rows).toEqual(events.map(eventRow));
    expect(previous.orderOf('kb')).toMatchObject({ id: 'b', startDate: '2015-03-30' });
    expect(previous.orderOf('zz')).toBeUndefined();
    expect(JSON.parse(previous.jsonOf('kc'))).toEqual(events[2]);
    expect(() => previous.jsonOf('zz')).toThrow(/no event zz/);
  });

  it('is null for other code, another dataset file, a damaged state, or a dataset file changed since', () => {
    const { out, stateFile } = built();
    expect(loadPreviousBuild(stateFile, 'v2', out)).toBeNull();
    expect(loadPreviousBuild(stateFile, 'v1', join(out, '..', 'other.json'))).toBeNull();
    // Changed in place (a space added): not the file the state describes.
    writeFileSync(out, `${readFileSync(out, 'utf8')} `);
    expect(loadPreviousBuild(stateFile, 'v1', out)).toBeNull();
    const again = built();
    writeFileSync(again.stateFile, readFileSync(again.stateFile, 'utf8').slice(0, 100));
    expect(loadPreviousBuild(again.stateFile, 'v1', again.out)).toBeNull();
    const third = built();
    rmSync(third.out);
    expect(loadPreviousBuild(third.stateFile, 'v1', third.out)).toBeNull();
  });
});
