// A rebuild re-decides only the joined events a change touches: a joined event whose releases and
// rules are unchanged is taken as the earlier build wrote it (none of its releases is read), and
// one whose release was edited, or that a new rule names, is joined again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import type { BuiltEvent } from '../../../src/pipeline/cache/built-event.ts';
import { MemoryExtractCache } from '../../../src/pipeline/cache/extract-cache.ts';
import type { KnownEvents } from '../../../src/pipeline/cache/known-events.ts';
import type { LocatedReportRule } from '../../../src/pipeline/corrections/read-corrections.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import { reportsOfOneEvent } from '../../../src/pipeline/reports/reports-of-one-event.ts';
import type { AtlasEvent } from '../../../src/schema/dataset.ts';

const DIR = fileURLToPath(new URL('../../fixtures/reports/releases/', import.meta.url));
const FILES = ['e00-announcement.txt', 'e00-report.txt', 'e00-republished.txt', 'e01-announcement.txt', 'e01-report.txt'];
let released: AtlasEvent[];

beforeAll(() => {
  // Each release extracted on its own, as the build holds them before reports of one event.
  const gazetteer = loadGazetteer();
  released = FILES.map((name) => buildDataset([{ name, bytes: readFileSync(join(DIR, name)) }], { gazetteer, now: new Date('2026-01-01T00:00:00Z') }).events[0]!);
}, 60_000);

/** The releases as built events keyed by file and edit, counting which are read (their event parsed). */
function builtEvents(edited: ReadonlySet<string> = new Set()) {
  const read = new Set<string>();
  const events: BuiltEvent[] = released.map((e) => ({
    id: e.id, startDate: e.startDate, publishedDate: e.publishedDate, file: e.source.file,
    key: `${e.source.file}${edited.has(e.source.file) ? '+edit' : ''}`,
    event: () => (read.add(e.source.file), e),
    json: () => JSON.stringify(e),
  }));
  return { events, read };
}

/** What a build wrote, as the next build knows it: each event's order and JSON by its key. */
function knownFrom(events: readonly BuiltEvent[]): KnownEvents {
  const byKey = new Map(events.map((e) => [e.key!, e]));
  return {
    orderOf: (key) => {
      const e = byKey.get(key);
      return e && { id: e.id, startDate: e.startDate, publishedDate: e.publishedDate };
    },
    jsonOf: (key) => byKey.get(key)!.json(),
  };
}

const rule = (file: string, other: string): LocatedReportRule => ({ rule: { file, notSameEventAs: other, note: 'two runs' }, line: 1 });
const joinedOf = (events: readonly BuiltEvent[]) => events.filter((e) => e.key!.startsWith('g')).map((e) => [e.file, ...(e.event().reports ?? []).map((r) => r.file)]);

describe('reportsOfOneEvent with the previous build', () => {
  it('reads only the releases of the joined event an edit or a rule touches', () => {
    const store = new MemoryExtractCache();
    const first = reportsOfOneEvent(builtEvents().events, [], undefined, store);
    expect(joinedOf(first.events)).toEqual([FILES.slice(0, 3), FILES.slice(3)]);
    const known = knownFrom(first.events);

    // Nothing changed: both joined events are kept, no release is read (their prints are in the cache).
    const same = builtEvents();
    const kept = reportsOfOneEvent(same.events, [], known, store);
    expect([...same.read]).toEqual([]);
    expect(kept.events.map((e) => e.json())).toEqual(first.events.map((e) => e.json()));

    // e01's report edited: only e01's releases are read to join it again.
    const edit = builtEvents(new Set(['e01-report.txt']));
    reportsOfOneEvent(edit.events, [], known, store);
    expect([...edit.read].sort()).toEqual(FILES.slice(3));

    // A person splits e00's republication off: only the two releases left are read to join them
    // again (the republication is an event of its own, as extracted); e01 is kept.
    const split = builtEvents();
    const result = reportsOfOneEvent(split.events, [rule('e00-republished.txt', 'e00-announcement.txt'), rule('e00-republished.txt', 'e00-report.txt')], known, store);
    expect([...split.read].sort()).toEqual(FILES.slice(0, 2));
    expect(joinedOf(result.events)).toEqual([FILES.slice(0, 2), FILES.slice(3)]);
    expect(result.events.map((e) => e.file)).toContain('e00-republished.txt');
  });
});
