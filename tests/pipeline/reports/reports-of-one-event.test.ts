// Reports of one event, on the duplicates corpus written for it (tests/fixtures/reports, see
// write-corpus.ts): the pairs it finds against the expected ones, the joined events as a golden
// file, the same answer whatever the order read, and a person's word in corrections.yaml.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type SeedFile } from '../../../src/pipeline/build-dataset.ts';
import { readCorrections } from '../../../src/pipeline/corrections/read-corrections.ts';
import { ExpectedReports, scoreDuplicates } from '../../../src/pipeline/eval/score-duplicates.ts';
import { loadGazetteer } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import type { Gazetteer } from '../../../src/pipeline/gazetteer/place.ts';
import type { AtlasEvent, Dataset } from '../../../src/schema/dataset.ts';

const DIR = fileURLToPath(new URL('../../fixtures/reports/', import.meta.url));
const GOLDEN = join(DIR, 'joined.golden.json');
const NOW = new Date('2026-01-01T00:00:00Z');
let gazetteer: Gazetteer;
let files: SeedFile[];
let dataset: Dataset;

const build = (seeds: readonly SeedFile[], yaml = '') => {
  const read = readCorrections(yaml);
  if (!read.ok) throw new Error(read.message);
  return buildDataset(seeds, { gazetteer, now: NOW, corrections: read.corrections, reportRules: read.rules ?? [] });
};
const releasesOf = (e: AtlasEvent) => [e.source.file, ...(e.reports ?? []).map((r) => r.file)];
const eventOf = (d: Dataset, file: string) => d.events.find((e) => releasesOf(e).includes(file))!;

beforeAll(() => {
  gazetteer = loadGazetteer();
  files = readdirSync(join(DIR, 'releases'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(DIR, 'releases', name)) }));
  dataset = build(files);
});

describe('reports of one event on the duplicates corpus', () => {
  it('finds the pairs: precision ≥ 0.98, recall ≥ 0.9 for every kind, every hard negative apart', () => {
    const expected = ExpectedReports.parse(JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')));
    const score = scoreDuplicates(expected, dataset.events.map(releasesOf));
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    for (const kind of score.byKind) expect(kind.recall, kind.kind).toBeGreaterThanOrEqual(0.9);
    expect(score.joinedApart).toEqual([]);
    expect(dataset.rejected).toEqual([]);
  });

  it('joins them as the golden file says: ids, kinds, the facts each report gave and why', () => {
    const joined = dataset.events
      .filter((e) => e.reports)
      .map((e) => ({
        id: e.id,
        file: e.source.file,
        dates: [e.startDate, e.endDate],
        participantCount: e.participantCount,
        reports: e.reports!.map((r) => ({ id: r.id, file: r.file, kind: r.kind, gave: r.gave, score: r.joinedBy?.score ?? null, evidence: r.joinedBy?.evidence.map((x) => x.feature) ?? [] })),
        derivations: e.derivations.filter((d) => / written (?:after|before)|gives no/.test(d.reason)),
      }));
    const text = `${JSON.stringify(joined, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(GOLDEN) && process.env.CI !== 'true')) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('prefers the report after the event for what happened, and points each span into its release', () => {
    const e = eventOf(dataset, 'e01-report.txt');
    expect(e.source.file).toBe('e01-announcement.txt');
    const at = e.reports!.findIndex((r) => r.file === 'e01-report.txt') + 1;
    const span = e.provenance.participantCount!;
    expect(span.release).toBe(at);
    expect(e.reports![at - 1]!.text.slice(span.start, span.end)).toMatch(/^Twenty/);
    expect(e.reports![at - 1]!.gave).toContain('participantCount');
    expect(e.derivations.map((d) => d.field)).toContain('participantCount');
  });

  it('gives the same dataset whatever the order the releases are read in', () => {
    const shuffled = [...files].sort((a, b) => (a.name.split('').reverse().join('') < b.name.split('').reverse().join('') ? -1 : 1));
    expect(JSON.stringify(build([...files].reverse()))).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(build(shuffled))).toBe(JSON.stringify(dataset));
  });
});

describe('reports of one event by hand (corrections.yaml)', () => {
  it('notSameEventAs splits a grouping; sameEventAs joins two events; a rule naming no release is a warning', () => {
    const yaml = [
      '- file: e03-report.txt',
      '  notSameEventAs: e03-announcement.txt',
      '  note: two runs of the course',
      '- file: e04-other-event.txt',
      '  sameEventAs: e04-report.txt',
      '  note: one programme',
      '- file: gone.txt',
      '  sameEventAs: e04-report.txt',
      '  note: renamed',
      '',
    ].join('\n');
    const corrected = build(files, yaml);
    expect(eventOf(corrected, 'e03-report.txt').id).not.toBe(eventOf(corrected, 'e03-announcement.txt').id);
    const joined = eventOf(corrected, 'e04-other-event.txt');
    expect(releasesOf(joined)).toContain('e04-report.txt');
    expect(joined.reports!.find((r) => r.file === 'e04-other-event.txt' || r.file === 'e04-report.txt')).toBeDefined();
    expect(corrected.warnings).toEqual([expect.stringMatching(/line 7: not applied: 'gone.txt'/)]);
  });

  it('a release with no date or place joins another only on its wording', () => {
    const body = 'A group of mediators met for talks on how to settle disputes over water between neighbouring villages in the valley, and agreed to meet again in spring to compare their notes.';
    const seeds = [
      { name: 'a.txt', bytes: Buffer.from(`Mediators meet on water disputes\n${body}\n`) },
      { name: 'b.txt', bytes: Buffer.from(`Village water talks\nSource: Valley News\n${body}\n`) },
      { name: 'c.txt', bytes: Buffer.from('Mediators discuss water disputes\nMediators of water disputes between villages held talks and agreed to meet again in spring.\n') },
    ];
    const d = build(seeds);
    expect(d.events.map((e) => [e.source.file, (e.reports ?? []).map((r) => [r.file, r.kind])])).toEqual([
      ['a.txt', [['b.txt', 'republication']]],
      ['c.txt', []],
    ]);
  });
});
